"""Whether a turn asks, and how: a question, a prompt to "you", a remark, thanks or a sign-off.

Also whether the reply answers it. The labelled layouts and those that set their questions apart read a
paragraph alike, so the tests are shared here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.core.vocabulary import STOPWORDS
from bot.importer.sources.blocks import Block
from bot.importer.sources.furniture import PAGE_THANKS, stage_direction

# Whoever answers speaks for themselves, or for their band or firm, at a sentence's start too ("We ...",
# "My ..."); an interviewer asks about the one asked or the subject, and is at most the "us" who were told
# something ("She told us ..."). A bio of the interviewee speaks as neither "I" nor "we": it is the page's,
# in the third person throughout.
SPEAKS_FOR_ONESELF = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Oo]ur|[Oo]urs|[Oo]urselves)\b")


def ends_asking(text: str) -> bool:
    """Whether ``text`` ends in a question mark, inside any closing quote: how a question is told.

    The full-width mark of Chinese and Japanese type ("？") is one too, and so is a question that exclaims
    as it asks ("You haven't heard about it?!").
    """
    return text.rstrip(" \"”’'」』").rstrip("!！").endswith(("?", "？"))


# Where a sentence ends: after its stop and a space, or, as captions run sentences together, at a stop
# glued to the next sentence's capitalised word ("What is your third space?So the space …", "a lot.Yeah."),
# not to an abbreviation's next capital ("Ph.D").
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+|(?<=[a-z][.!?])(?=[A-Z][a-z])")


def sentences_in(paragraphs: Sequence[str]) -> list[str]:
    return [part for text in paragraphs for part in _SENTENCE_BREAK.split(text.strip()) if part]


# An aside is short ("That's the bigger problem!"); an interviewer who speaks longer without asking sets
# up what the guest answers next ("One of the things you said there was your diversity of income, and
# I think this goes back to ..."), as podcast hosts and radio interviewers often do.
_REMARK_WORDS = 25


def turn_length(paragraphs: Sequence[str]) -> int:
    """A turn's length in words as spaces part them: tells a remark from a prompt, a reply from an answer."""
    return sum(len(text.split()) for text in paragraphs)


def is_remark(paragraphs: Sequence[str]) -> bool:
    """An aside that invites no answer: a short sentence or two that asks nothing. Longer, it is a prompt."""
    short = turn_length(paragraphs) <= _REMARK_WORDS
    return short and len(sentences_in(paragraphs)) <= 2 and not asks_anything(paragraphs)


# A guest's echo of the interviewer's remark is a word or four of it, said back.
_ECHO_WORDS = 4


def _said_words(text: str) -> list[str]:
    return [word for word in (part.strip(".,!?;:…\"“”'‘’()[]-–—").lower() for part in text.split()) if word]


def echoes(reply: Sequence[str], remark: Sequence[str], *, most: int = _ECHO_WORDS) -> bool:
    """Whether the guest's reply only says back a few words of the interviewer's remark before it.

    "Every single morning." after "Past the chandlery, every single morning.": with the remark left out,
    the echo would dangle at the end of the answer. The echo's words run in the remark as they run in
    the reply, and hold a word that is not a function word: a reply of its own words ("Even on
    Sundays.") or any longer is the answer's.
    """
    said = _said_words(" ".join(reply))
    heard = _said_words(" ".join(remark))
    return (
        len(reply) == 1
        and 0 < len(said) <= most
        and any(word not in STOPWORDS for word in said)
        and any(heard[start : start + len(said)] == said for start in range(len(heard)))
    )


# A backchannel urges the guest on while they speak ("Really?", "Oh really?", "Is that right?"): a word or
# three, each a function word or a word of reaction, one at least of reaction. A question word asks for more
# ("Why?", "How so?"); an echo of what was said holds a word of its own ("She mended the roofs herself?");
# and words that say no reaction ("And now?", "Will you?") ask after what comes next.
_BACKCHANNEL_WORDS = 3
_REACTIONS = frozenset(
    "oh ah aha wow huh gosh mhm hmm mm-hmm uh-huh really right true seriously indeed".split()
    + "yeah yes yep ok okay".split()
)
_ASKING_WORDS = frozenset({"what", "whats", "how", "why", "who", "whom", "whose", "when", "where", "which"})


def is_backchannel(paragraphs: Sequence[str]) -> bool:
    """A reaction that ends asking but says no word of its own: like "Wow.", it asks the guest nothing."""
    words = [word.strip(".,!?？;:…\"“”'‘’()[]").lower() for word in " ".join(paragraphs).split()]
    words = [word for word in words if word]
    return (
        len(paragraphs) == 1
        and 0 < len(words) <= _BACKCHANNEL_WORDS
        and ends_asking(paragraphs[0])
        and any(word in _REACTIONS for word in words)
        and all((word in STOPWORDS or word in _REACTIONS) and word not in _ASKING_WORDS for word in words)
    )


# A prompt of a word or two that has the guest finish their own thought ("Meaning?", "And then?"), as
# opposed to a question of its own ("Why?", "How so?") that only asking words make.
_GO_ON_WORDS = 2
_JUST_ASKING = _ASKING_WORDS | {"so", "not", "exactly"}


def prompts_to_go_on(paragraphs: Sequence[str], reply: str) -> bool:
    """Whether a prompt of a word or two is finished by the reply, which opens on its words and goes on.

    "Meaning?" answered "Meaning that the ferry stops at noon." asks nothing the answer before had not
    begun: the reply is that answer's next sentence. "Why?" answered "Because ..." is a question.
    """
    words = _said_words(" ".join(paragraphs))
    said = _said_words(reply)[: len(words) + 1]
    return (
        len(paragraphs) == 1
        and 0 < len(words) <= _GO_ON_WORDS
        and ends_asking(paragraphs[0])
        and not set(words) <= _JUST_ASKING
        and said[: len(words)] == words
        and len(said) > len(words)
        and not ends_asking(sentences_in([reply])[0])
    )


# A guest's word of assent while a host talks ("Yeah.", "Yeah.Yeah,", "Right.", a "Thank" the host talks
# over): a word or three of reaction or thanks, asking nothing. Captions drop the space after the full stop.
_ASSENT_WORDS = frozenset({*_REACTIONS, "sure", "exactly", "absolutely", "totally", "thank", "thanks", "you"})


def assents(paragraphs: Sequence[str]) -> bool:
    """Whether a turn only agrees or thanks, in a word or three: it answers nothing it was told."""
    words = re.findall(r"[\w'’-]+", " ".join(paragraphs).lower())
    return (
        0 < len(words) <= _BACKCHANNEL_WORDS
        and not asks_anything(paragraphs)
        and all(word in _ASSENT_WORDS for word in words)
        and any(word != "you" for word in words)
    )


# What an interviewer says to the last answer before asking the next question, laughing at it ("[laughter]
# Was it …?", "All right. [laughter] Was it …?"): a note of a sound in small letters, after a sentence or
# two of a word or three, each a function word or a word of reaction. Without the note, curators differ on
# a reaction ("All right. So …", "Oh, wow! Tell us …"), and it stays.
_NOTE_FIRST = re.compile(r"[\[(][a-z][a-z ]{0,30}[\])]\s*")
_REACTION_FIRST = re.compile(r"([^.!?\[\]()]{1,30}[.!])\s+")


def _reaction(sentence: str) -> bool:
    words = [word.strip(".,!;:…\"“”'‘’").lower() for word in sentence.split()]
    short = 0 < len(words) <= _BACKCHANNEL_WORDS
    return short and all(word in STOPWORDS or word in _REACTIONS for word in words)


def without_reaction(question: str) -> str:
    """The question without the interviewer's laughing reaction to the answer before it, where one follows.

    The reaction asks nothing and names nothing a reader would ask about: "Was it …?" is the question.
    """
    start = cut = 0
    while True:
        note = _NOTE_FIRST.match(question, start)
        sentence = _REACTION_FIRST.match(question, start)
        if note:
            start = cut = note.end()
        elif sentence and _reaction(sentence[1]):
            start = sentence.end()
        else:
            break
    rest = question[cut:]
    return rest if cut and rest and asks_anything([rest]) else question


# A guest who did not catch the question says so in a few words opening on an apology ("I'm sorry, with the
# what?", "Sorry, what was that?"), as a research interview's transcript keeps them.
_ASKING_BACK = re.compile(r"^(?:(?:I'm|I’m|I am) )?(?:sorry|pardon|excuse me)\b", re.IGNORECASE)
_ASKING_BACK_WORDS = 6


def asks_back(paragraphs: Sequence[str]) -> bool:
    """Whether an answering turn only asks back ("Sorry?", "Pardon?", "I'm sorry, the which one?").

    The question went uncaught: it is put again, and answered after that.
    """
    said = " ".join(paragraphs)
    words = said.split()
    short = len(words) == 1 or (len(words) <= _ASKING_BACK_WORDS and bool(_ASKING_BACK.match(said)))
    return short and ends_asking(said)


# A reply of a sentence or more says something of its own; a courtesy ("Thank you, Grace.", "Fantastic.")
# is shorter. A statement has a sentence of a few words; interjections ("Okay. Oh, great.") have none.
_ANSWER_WORDS = 8
_STATEMENT_WORDS = 3


def is_answered(remark: Sequence[str], reply: Sequence[str]) -> bool:
    """Whether ``reply`` answers ``remark``: a statement, answered at length and not with thanks for coming.

    A note in place of the words ("[inaudible]") may stand for any statement. A remark that goes on from
    the answer before ("Which is not quite how it turned out.") is part of it.
    """
    words = turn_length(reply)
    noted = bool(remark) and all(stage_direction(text) for text in remark)
    states = noted or any(len(sentence.split()) >= _STATEMENT_WORDS for sentence in sentences_in(remark))
    goes_on = bool(remark) and bool(_GOES_ON.match(remark[0]))
    return words >= _ANSWER_WORDS and states and not goes_on and not thanks_for_having(reply)


# An opening may set the scene and then ask for a fact without a question mark ("This is a recorded
# conversation with … The interviewer is … Edda, I know you were born in the cottage, but never the year."):
# a short reply that tells a number the opening does not hold ("In 1938.") answers it, as a courtesy back
# ("Great to be here.") does not. A sentence puts something to the guest where it speaks to "you" or opens
# on their name and a comma.
_NUMBER = re.compile(r"\d+")
# Their name is followed by the sentence said to them ("Edda, I know …", "Ann, what …"), not by more names
# in a list ("Ann, Tom and Ida are joined by …").
_NAMED_FIRST = re.compile(r"([A-Z][\w'’-]*),\s+(?:I\b|[a-z])")


def _addresses_the_guest(sentence: str) -> bool:
    named = _NAMED_FIRST.match(sentence)
    return bool(SECOND_PERSON.search(sentence)) or (named is not None and named[1].lower() not in STOPWORDS)


def answers_the_opening(opening: Sequence[str], reply: Sequence[str]) -> bool:
    """Whether a short reply to the first turn tells it a number it did not hold, thanking no one: an answer.

    The opening must put something to the guest; a reply that tells what the opening said is no answer.
    """
    told = set(_NUMBER.findall(" ".join(opening)))
    new = set(_NUMBER.findall(" ".join(reply))) - told
    thanks = thanks_for_having(reply) or opens_thanking(reply)
    return bool(new) and not thanks and any(_addresses_the_guest(part) for part in sentences_in(opening))


def put_to_the_guest(opening: Sequence[str]) -> tuple[list[str], list[str]]:
    """The opening parted into what sets the scene and what it puts to the guest.

    What it puts to them runs from the sentence that first speaks to them on: "This is … The interviewer is
    …" is the lead, "Edda, I know you …" asks. An opening that never speaks to them is put whole.
    """
    for number, text in enumerate(opening):
        parts = sentences_in([text])
        for place, part in enumerate(parts):
            if _addresses_the_guest(part):
                scene = [*opening[:number], " ".join(parts[:place])] if place else list(opening[:number])
                return scene, [" ".join(parts[place:]), *opening[number + 1 :]]
    return [], list(opening)


# A statement the interviewer makes about the guest, for them to take up: "You grew up on a farm in Kerry."
_OF_YOU = re.compile(r"^(?:(?:And|So|Now|Well),?\s+)?(?:You|Your)\b[^!?]*\.$")
# What takes such a statement up is a real answer: several sentences, as a courtesy or an "I did." is not.
_ANSWER_SENTENCES = 3
_LONG_ANSWER_WORDS = 30


def said_of_you(remark: Sequence[str], reply: Sequence[str]) -> bool:
    """Whether an interviewer's statement of one sentence about the guest is answered at length: a question.

    "You grew up on a farm in Kerry." over an answer of several sentences puts a topic to the guest, as
    "That's the bigger problem!" or a short reply does not.
    """
    return (
        len(remark) == 1
        and len(sentences_in(remark)) == 1
        and bool(_OF_YOU.match(remark[0]))
        and len(sentences_in(reply)) >= _ANSWER_SENTENCES
        and turn_length(reply) >= _LONG_ANSWER_WORDS
        and not thanks_for_having(reply)
    )


# A guest's thanks for the invitation, what they answer a welcome with: "Thanks so much for having me",
# "Thank you, Jane, it's a pleasure to be here". Thanks alone ("Thanks, Guyon. Look, ...") may open an
# answer to a host's prompt that asks without a question mark.
_THANKS_FOR_HAVING = re.compile(
    r"^(?:[\w'’]+,?\s+)?(?:thank you|thanks)\b[^.?!]{0,40}?\b(?:for (?:having|inviting) (?:me|us)"
    r"|for the invitation|to be (?:here|on|with you))\b",
    re.IGNORECASE,
)


def thanks_for_having(paragraphs: Sequence[str]) -> bool:
    """Whether a guest's turn opens thanking the host for the invitation: nothing was asked yet."""
    return bool(paragraphs) and bool(_THANKS_FOR_HAVING.match(paragraphs[0]))


# The interviewer's thanks, maybe after a word or the guest's full name ("Thank you, Minister.", "Alright,
# thanks very much for coming in.", "Owen Price, thank you."), and the guest's courtesy back ("Thanks
# everyone."), shorter than a reply that says something, or thanks of a sentence or two in return ("Thank
# you for listening to an old woman.").
_THANKS = re.compile(
    r"^(?:[\w'’]+,?\s+|(?:[A-Z][\w'’-]*\s+){1,2}[A-Z][\w'’-]*,\s+)?(?:thank you|thanks|many thanks)\b"
    r"(?!\s+to\s+(?!you\b))",
    re.IGNORECASE,
)
_THANKS_BACK_SENTENCES = 2


def signs_off(
    remark: Sequence[str], later: Sequence[tuple[str, list[str]]], asks: Callable[[str], bool]
) -> bool:
    """Whether the interviewer's remark thanks the guest and the guest answers nothing after it: a sign-off.

    It is no part of the last answer, nor a question its courtesy back answers. The publication's thanks
    to those who helped make the piece, under the courtesy with no label of its own, answers nothing; nor
    do a podcast's hosts, talking the episode over between them once the guest has thanked them.
    """
    replies = [(speaker, [text for text in texts if not PAGE_THANKS.match(text)]) for speaker, texts in later]
    courtesies = all(
        asks(speaker) or _courtesy(texts) or _thanks_in_passing(texts, 2 * _ANSWER_WORDS - 1)
        for speaker, texts in replies
    )
    thanked_back = any(not asks(speaker) and _thanks_in_passing(texts) for speaker, texts in replies)
    return courtesies and (_thanks(remark) or (_thanks_in_passing(remark) and thanked_back))


def _thanks_in_passing(texts: Sequence[str], most: int = _REMARK_WORDS) -> bool:
    """Whether a short turn that asks nothing thanks someone in one of its sentences, wherever that is.

    An automatic transcript cuts the goodbyes where the speaker changes, a word of the next one's ending a
    turn ("Great to hear all this. And", "Thank you very much. Take" over "care. Bye now."): the thanks is
    one sentence among pleasantries and the cut words. Thanked back, it signs off all the same.
    """
    return (
        turn_length(texts) <= most
        and not asks_anything(texts)
        and any(opens_thanking([sentence]) for sentence in sentences_in(texts))
    )


# The interviewer saying the questions are over ("I don't have any more questions, but thank you ...").
_NO_MORE_QUESTIONS = re.compile(r"\b(?:any|no) more questions\b", re.IGNORECASE)


def closes_the_questions(paragraphs: Sequence[str]) -> bool:
    """Whether the interviewer's turn thanks the guest or says the questions are over, asking nothing."""
    said = _thanks(paragraphs) or bool(_NO_MORE_QUESTIONS.search(" ".join(paragraphs)))
    return said and not asks_anything(paragraphs)


def opens_thanking(texts: Sequence[str]) -> bool:
    """Whether a turn opens thanking someone ("Thank you, Rosa."), not with what someone is owed thanks to."""
    return bool(texts) and bool(_THANKS.match(texts[0]))


def thanks_briefly(texts: Sequence[str]) -> bool:
    """Whether a turn opens thanking someone and says it all in a sentence or two."""
    return opens_thanking(texts) and len(sentences_in(texts)) <= _THANKS_BACK_SENTENCES


def acknowledges(texts: Sequence[str]) -> bool:
    """Whether a reply of a few words only acknowledges, ending on thanks ("Okay, sure. Fine. Thanks.")."""
    thanking = opens_thanking(texts) or opens_thanking(sentences_in(texts)[-1:])
    return thanking and turn_length(texts) < _ANSWER_WORDS and not asks_anything(texts)


def _thanks(remark: Sequence[str]) -> bool:
    """A short remark that thanks someone, opening on it or after a word of its own.

    An interviewer signs off as often on the last answer first ("Sounds like a good life. Thank you so
    much for taking the time.") as on the thanks alone.
    """
    thanking = opens_thanking(remark) or opens_thanking(sentences_in(remark)[-1:])
    return thanking and is_remark(remark)


def signs_off_unlabelled(paragraphs: Sequence[str]) -> bool:
    """Unlabelled paragraphs that close a page: the interviewer's thanks, then each courtesy back.

    Where the page names no speaker, the thanks and the guest's "Thank you. Come back soon." would run
    into the last answer.
    """
    return _thanks(paragraphs[:1]) and all(_courtesy([text]) for text in paragraphs[1:])


def _courtesy(texts: Sequence[str]) -> bool:
    """A reply that says nothing of its own: a few words, or thanks back in a sentence or two."""
    return turn_length(texts) < _ANSWER_WORDS or (
        thanks_briefly(texts) and turn_length(texts) < 2 * _ANSWER_WORDS
    )


# A sentence that opens with "which" and does not end in "?" goes on from the one before, as people speak
# and write ("Which is a long way from the lab."): it asks nothing.
_GOES_ON = re.compile(r"^which\b(?!.*\?$)", re.IGNORECASE)


# A word that carries the talk on before a prompt: "So", "Now", "And", "Okay,".
_CARRYING_ON = r"(?:so|now|ok(?:ay)?|well|right|and|but),? "
# An interviewer who names the next topic ("Let's talk about funding.", "Now let's turn to the students.")
# prompts the guest as a question does: what follows answers it, however short the prompt.
TOPIC_PROMPT = re.compile(
    rf"^(?:{_CARRYING_ON})?let(?:'|’)?s (?:talk|turn|move on|move|go back"
    r"|come back|get back|discuss|look|focus|switch|shift|dig into"
    r"|start with|finish with|end with|close with)\b",
    re.IGNORECASE,
)


# A prompt may open on a word that carries the talk on ("So tell us why you sold the boat.", "And walk me
# through the first night."), as a host's first question after the welcome often does.
_CARRIED_PROMPT = re.compile(rf"^{_CARRYING_ON}(?:please,? )?(?:tell|walk|take) (?:us|me)\b", re.IGNORECASE)


# A question carried on by "And" or "So" that a transcript ends on a full stop ("And how long had the yard
# been open before that.") still asks: a question word, then its verb before the subject. "So what I did was
# …" and "And how it works is …" put no verb there, and "what" is left out, as "So what is odd is …" says.
_CARRIED_QUESTION = re.compile(
    rf"^{_CARRYING_ON}(?:how(?: long| much| many| often| old| far)?|why|when|where|who|which \w+)"
    r" (?:is|are|was|were|do|does|did|have|has|had|can|could|would|will|should)\b",
    re.IGNORECASE,
)


def asks_anything(paragraphs: Sequence[str]) -> bool:
    """Whether any sentence of a speaker's turn asks or prompts ("Tell us about your first six.")."""
    return any(
        (
            looks_like_question(sentence)
            or TOPIC_PROMPT.match(sentence)
            or _CARRIED_PROMPT.match(sentence)
            or _CARRIED_QUESTION.match(sentence)
            or _cut_off_question(sentence)
        )
        and not _GOES_ON.match(sentence)
        for sentence in sentences_in(paragraphs)
    )


# A question the guest cuts off before its mark, as a transcript prints it, on a dash: "So, was it all
# paper back then or did you have some kind of--". It asks from the word after the "So," or "And" that leads
# into it; a statement cut off so ("And the operators would mount the--") asks nothing, and neither does a
# question cut off after a word or two ("And which one --"), which the guest talks over.
_CUT_OFF = re.compile(r"(?:--|—|–)$")
_LEADING_INTO = re.compile(r"^(?:so|and|but|now|well|okay),?\s+", re.IGNORECASE)
_CUT_OFF_WORDS = 6


def _cut_off_question(sentence: str) -> bool:
    asked = _LEADING_INTO.sub("", sentence.rstrip(), count=1)
    return (
        bool(_CUT_OFF.search(asked))
        and bool(QUESTION_START.match(asked))
        and len(asked.split()) >= _CUT_OFF_WORDS
    )


# A prompt may open politely: "Please tell me his name ...".
QUESTION_START = re.compile(
    r"^(?:please,? )?(?:what|how|why|who|whom|whose|when|where|which|do|does|did|is|are|was|were|can|could|"
    r"would|will|should|have|has|had|tell|describe|explain|talk|walk|give|share)\b",
    re.IGNORECASE,
)
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def looks_like_question(text: str) -> bool:
    return text.rstrip(" *_\"”’'」』").endswith(("?", "？")) or bool(QUESTION_START.match(text))


# Where a long sentence turns to its question after a comma or a dash, the question opens its last
# clause: "… and to an extent we do not, what is wrong with that?", "… if we could play it -- what is new?"
_CLAUSE_BREAK = re.compile(r"[,;]\s+|\s*(?:--|—|–)\s*")


# What the interviewer asks may be glossed in brackets after its "?", as an emailed questionnaire does:
# "What fills your week? (i.e. repairs, teaching, the accounts)". An aside ("(Laughs)") glosses nothing.
_GLOSS = re.compile(r"(?<=[?？])\s*\((?:i\.\s?e\.|e\.\s?g\.|for example|such as)[^()]*\)$", re.IGNORECASE)


def asks_you(block: Block) -> bool:
    """An interviewer's question paragraph: short, or opening with a question word, or speaking to "you".

    An answer may end on a rhetorical question, which is longer. The question may follow a sentence of
    context ("A demanding show. Was it hard to get in shape?"), or a clause of it ("All the deals we
    signed, has any of them cost us?").
    """
    text = _GLOSS.sub("", block.text)
    words = len(text.split())
    last = (sentences_in([text]) or [""])[-1]
    clause = _CLAUSE_BREAK.split(last)[-1]
    addressed = any(QUESTION_START.match(part) for part in (text, last, clause))
    addressed = addressed or bool(SECOND_PERSON.search(text))
    return ends_asking(text) and words <= 120 and (words <= 20 or addressed)


# A reply to a statement opens by taking it up, a word and a stop: "Yes. It was the worst day.", "No, never."
_TAKES_UP = re.compile(
    r"^(?:yes|no|yeah|yep|nope|right|exactly|true|absolutely|indeed|correct|definitely|of course"
    r"|that's (?:right|true|fair)|that is (?:right|true))[.,!;:—–]",
    re.IGNORECASE,
)
_STATEMENT_PROMPT_WORDS = 40


# A proposal the guest agrees to ("Let's roll that video and you can talk us through it."): no statement.
_PROPOSES = re.compile(r"\b(?:let's|let’s|let us)\b", re.IGNORECASE)


def taken_up(statement: str, reply: str) -> bool:
    """A statement to "you", never as "I" or "we", that asks nothing and the reply opens with "Yes."."""
    return (
        bool(SECOND_PERSON.search(statement))
        and not SPEAKS_FOR_ONESELF.search(statement)
        and not _PROPOSES.search(statement)
        and not asks_anything([statement])
        and statement.endswith(".")
        and len(statement.split()) <= _STATEMENT_PROMPT_WORDS
        and bool(_TAKES_UP.match(reply))
    )
