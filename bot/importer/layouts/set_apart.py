"""Layouts that set the questions apart instead of labelling them: headings, bold, italics, numbers, or "?".

Also a question opening its answer, a prompt before a colon, a doubled dash. Each finder says which blocks
are questions; ``split_at`` cuts the blocks there.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence, Set
from dataclasses import replace

from bot.importer.layouts.asking import (
    QUESTION_START,
    SECOND_PERSON,
    SPEAKS_FOR_ONESELF,
    TOPIC_PROMPT,
    asks_you,
    ends_asking,
    looks_like_question,
    sentences_in,
    signs_off_unlabelled,
    taken_up,
)
from bot.importer.layouts.labels import qa_label, speaker_label, with_names
from bot.importer.layouts.pull_quotes import plain_words
from bot.importer.layouts.turns import Layout, Turn
from bot.importer.sources.blocks import HONORIFICS, NOT_SPEAKERS, Block

# The number a page prints inside a bold or heading question ("**1. Why did you join?**", "## 3) Your
# first job."), where a list would have set it outside.
_QUESTION_NUMBER = re.compile(r"^#?\d{1,3}(?:\.\)|[.):])\s+(?=[A-Z\"“‘'(¿¡])")


def strip_label(text: str) -> str:
    """A question set in bold may still carry "Q:", the interviewer's name or its number: drop it."""
    block = Block(text)
    found = qa_label(block) or speaker_label(block)
    return _QUESTION_NUMBER.sub("", found[1] if found and found[1] else text)


# How the review names the type the questions are set in, so an owner knows what was read as a question.
_STYLES = {"heading": "headings", "bold": "bold", "italic": "italics"}


def titled_questions(blocks: Sequence[Block]) -> Layout | None:
    def asks(block: Block) -> bool:
        return block.emphasis in ("heading", "bold", "italic") and looks_like_question(
            strip_label(block.text)
        )

    # One topic may ask ("What you'd tell your younger self."): a single question is no layout, the topics
    # around it are.
    asking = [number for number, block in enumerate(blocks) if asks(block)]
    asked = asking if len(asking) >= 2 else sorted({*asking, *_topics(blocks)})
    if len(asked) < 2:
        return None
    style = Counter(blocks[number].emphasis for number in asked).most_common(1)[0][0]

    # After the first question, a prompt set like the questions is one too ("Tell us about
    # yourself."): it is a sentence, where a section title ("Get involved") has no closing
    # punctuation. Before it, such a line is the lead ("Jane Doe talks about engines."). Between
    # two questions, a topic set like them and followed by text is a prompt too ("Audio & Modding"):
    # a section title there would be followed by the next question. After the last question, a topic
    # that speaks to the one asked ("Your favourite lighthouse") over a paragraph is one too, where a
    # section title ("Get involved", "About the author") speaks to no one.
    def prompt(number: int, block: Block) -> bool:
        if number <= asked[0] or block.emphasis != style:
            return False
        if len(block.text.split()) > _TITLED_PROMPT_WORDS:
            return len(asked) >= 3 and _long_statement(blocks, number, after_last=number > asked[-1])
        if re.search(r"[.:!…]$", block.text):
            return True
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        if following is None or following.emphasis == style:
            return False
        addressed = following.emphasis == "plain" and not following.mark and SECOND_PERSON.search(block.text)
        return number < asked[-1] or bool(addressed)

    quoted = {
        number
        for number, block in enumerate(blocks)
        if number > asked[0]
        and number not in asked
        and block.emphasis != "plain"
        and _QUOTATION.match(block.text)
    }
    prompts = [
        number for number, block in enumerate(blocks) if number not in quoted and prompt(number, block)
    ]
    blocks, asker, answerer = _first_exchange_named(blocks, asked[0])
    last = max(*asked, *prompts)
    layout = split_at(
        f"questions in {_STYLES[style]}",
        blocks,
        {*asked, *prompts},
        ends_answer=lambda block: block.emphasis == "heading",
        asides={number for number in quoted if number < last or number == last + 1},
    )
    return layout and (with_names(layout, interviewee=answerer, interviewer=asker) if answerer else layout)


def _first_exchange_named(
    blocks: Sequence[Block], first: int
) -> tuple[Sequence[Block], str | None, str | None]:
    """The blocks, the first answer's label dropped, and the asker and answerer its exchange names.

    A page may name the speakers of its first exchange only ("Aaron: _Why Jekyll?_" over "Parker: I …"),
    then set the questions apart with no names: the names say who asks and who answers, and "Parker:" is
    no word of the answer.
    """
    asking = speaker_label(blocks[first])
    answering = speaker_label(blocks[first + 1]) if first + 1 < len(blocks) else None
    if asking is None or answering is None or asking[0] == answering[0] or not answering[1]:
        return blocks, None, None
    answer = replace(blocks[first + 1], text=answering[1])
    return [*blocks[: first + 1], answer, *blocks[first + 2 :]], asking[0], answering[0]


_TITLED_PROMPT_WORDS = 30
# A heading or a bold line that is a quotation whole ("“Leadership is about enabling others.”"): a pull
# quote, the answer's words set in large type in it or beside it, which no interviewer asks. Between two
# questions, or over the last one's answer, the answer goes on under it; after that answer it closes it.
_QUOTATION = re.compile(r"^[“\"«„][^“”\"«»„]+[”\"»“][.…]?$")
_STATEMENT_END = re.compile(r"[.!?…:][\"”’')]*$")


def _long_statement(blocks: Sequence[Block], number: int, *, after_last: bool) -> bool:
    """Whether a long heading or bold paragraph after the first question is the interviewer's statement.

    Set as the page sets every question, it keeps their place: an answer before it, a plain one after
    it, and it ends as a sentence does. A pull quote, whose words an answer holds, is no statement; nor,
    after the last question, is one that asks nothing (an editor's note set in bold).
    """
    block = blocks[number]
    if block.emphasis not in ("heading", "bold") or not _STATEMENT_END.search(block.text):
        return False
    before, after = blocks[number - 1], blocks[number + 1] if number + 1 < len(blocks) else None
    if before.emphasis != "plain" or after is None or after.emphasis != "plain" or after.mark:
        return False
    if before.text.rstrip(" *_").endswith(":"):  # what the answer quotes: "… and I still believe it:"
        return False
    words = f" {plain_words(block.text)} "
    if any(words in f" {plain_words(other.text)} " for other in blocks if other is not block):
        return False
    return not after_last or "?" in block.text


def _topics(blocks: Sequence[Block]) -> list[int]:
    """Bold lead-ins that name a topic rather than ask ("On leaving the lab."), each before its answer.

    A magazine sets an interview so when it leaves the questions out. A bold sentence or two may open
    a page (the standfirst), so only three of them or more make the layout.
    """
    topics = [
        number
        for number, (block, following) in enumerate(itertools.pairwise(blocks))
        if block.emphasis == "bold"
        and block.text.endswith(".")
        and len(block.text.split()) <= 12
        and following.emphasis == "plain"
    ]
    return topics if len(topics) >= 3 else []


def capital_topics(blocks: Sequence[Block]) -> Layout | None:
    """Topics in capitals over their answers ("ON LEAVING GOOGLE"): a magazine's interview without questions.

    A plain-text copy keeps them so; three at least make the layout. A title or a headline in capitals
    opens the page over its standfirst: a topic comes after the page said something in plain text. What
    follows a topic answers it, where an FAQ's sections in capitals hold questions. Tried last: a page of
    questions reads its capitals as section titles.
    """
    said = next((number for number, block in enumerate(blocks) if not section_title(block)), len(blocks))
    topics = {
        number
        for number, (block, following) in enumerate(itertools.pairwise(blocks))
        if number > said
        and block.emphasis == following.emphasis == "plain"
        and section_title(block)
        and not section_title(following)
        and not following.mark
        and not ends_asking(following.text)
    }
    if len(topics) < _LISTED_QUESTIONS:
        return None
    return split_at("topics in capitals", blocks, topics, ends_answer=section_title)


# Speaking as "I" ("I" is a word in "I'm" and "I've" too): an answer's voice.
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself)\b")


def _answer_asks_itself(blocks: Sequence[Block], number: int, questions: Set[int]) -> bool:
    """An answer's last paragraph that ends asking itself ("I stayed. What else could I do?").

    It follows the answer's paragraph and comes before the next question, and it speaks as "I", never to
    "you", after saying something first: the interviewer's questions speak to the one they ask.
    """
    text = blocks[number].text
    return (
        number > 0
        and number - 1 not in questions
        and number + 1 in questions
        and len(sentences_in([text])) > 1
        and bool(_FIRST_PERSON.search(text))
        and not SECOND_PERSON.search(text)
    )


# The quotation that closes a paragraph on a question, after a comma or a colon: "… like, “Is it?”".
_TOLD_QUESTION = re.compile(r"[,:]\s*[“\"][^“”\"]+[?？][”\"]$")
_QUOTATION_SPAN = re.compile(r"[“\"][^“”\"]*[”\"]")
_OPENS_QUOTING = ("“", '"')


def _told_questions(blocks: Sequence[Block], asked: Set[int]) -> set[int]:
    """Paragraphs of answers that end on someone's question in quotes: they tell the question, not ask it.

    The speaker says who asked, as "I" or "we" outside the quotation ("… the clerk looked me up and
    down, like, “Are you sure?”"); or the paragraph is one line, a quotation whole, of a conversation the
    answer tells a line at a time, the reply after it quoted too. A reader's question a page introduces
    ("Sam asks: “Why oak?”") speaks for no one, and is asked; so is a quotation where the page quotes
    most of its questions.
    """
    told = set()
    quoted = {number for number in asked if _QUOTATION.match(blocks[number].text)}
    for number in asked:
        text = blocks[number].text
        said = _TOLD_QUESTION.search(text)
        if said is not None:
            before = _QUOTATION_SPAN.sub("", text[: said.start()])
            if SPEAKS_FOR_ONESELF.search(before):
                told.add(number)
        elif (
            number in quoted
            and 2 * len(quoted) < len(asked)
            and number + 1 < len(blocks)
            and blocks[number + 1].text.startswith(_OPENS_QUOTING)
        ):
            told.add(number)
    return told


# An interviewer may prompt rather than ask, in one sentence that tells the one asked what to do, and
# ends in a full stop: "Tell us about your first kiln.", "Surprise us with a fact about your team.",
# "Walk me through your day." Its verb comes first, with the asker ("us", "me") after it, or it is a
# verb that prompts alone; "Let me ..." proposes what the speaker does.
_PROMPT = re.compile(
    r"^(?:please,? )?(?:(?:tell|describe|explain|talk|walk|give|share|name)\b"
    r"|(?!let\b)[a-z]+ (?:us|me)\b(?!,))",
    re.IGNORECASE,
)
_PROMPT_SENTENCE_WORDS = 25
# Without "you", only a prompt that names the asker or is a verb that prompts for an account: "Tell us
# about the first winter.", "Walk me through a storm night.", "Describe a normal day." An answer's advice
# ("Give it time.") is neither. Other languages ask for the account with "us" or "me" on the verb:
# "Cuéntanos …", "Háblame de …", "Racontez-nous …", "Parlaci di …", "Conte-nos …", "Erzählen Sie uns …".
_PROMPT_ALONE = re.compile(
    r"^(?:please,? )?(?:(?:tell|walk|talk|take|give) (?:us|me)\b|describe\b|talk about\b"
    r"|(?:cuént|hábl|descríb|explíc)[ae](?:nos|me)\b"
    r"|(?:parlez|racontez|dites|décrivez|expliquez|parle|raconte|dis|décris|explique)-(?:nous|moi)\b"
    r"|(?:raccont|parl|descriv|spieg)[ai](?:ci|mi)\b"
    r"|(?:conte|conta|fale|fala|descreva|explique)-(?:nos|me)\b"
    r"|(?:erzählen|beschreiben|erklären) sie (?:uns|mir)\b|(?:erzähl|beschreib|erklär)e? (?:uns|mir)\b)",
    re.IGNORECASE,
)


def _prompts_you(blocks: Sequence[Block], number: int) -> bool:
    """A prompt set like the question paragraphs, between the answer before it and its own answer.

    The paragraph just after a question is that question's answer, whatever it says ("Read your work
    aloud."); a prompt speaks to "you" in one short sentence, or asks "us" or "me" for an account
    ("Tell us about the first winter.", "Describe a normal day."), or names the next topic ("Let's talk
    about the money.").
    """
    text = blocks[number].text
    *before, prompt = sentences_in([text]) or [""]
    return (
        0 < number < len(blocks) - 1
        and not asks_you(blocks[number - 1])
        and not ends_asking(blocks[number + 1].text)
        and bool(
            _PROMPT_ALONE.match(prompt)
            or (_PROMPT.match(prompt) and SECOND_PERSON.search(prompt))
            or TOPIC_PROMPT.match(prompt)
        )
        and len(text.split()) <= _PROMPT_SENTENCE_WORDS
        and (not before or _sets_up(before, prompt, blocks[number + 1].text))
        and text.endswith(".")
    )


_SET_UP_SENTENCES = 2
# The one who prompts is its object only ("Talk me through it."): "Give me a boat and I will show you." is
# an answer's.
_SPEAKER_IN_PROMPT = re.compile(r"\b(?:I|my|we|our)\b", re.IGNORECASE)
_TO_US = re.compile(r"^(?:please,? )?[a-z]+ us\b", re.IGNORECASE)


def _sets_up(before: Sequence[str], prompt: str, reply: str) -> bool:
    """Whether a sentence or two before a prompt set it up ("Wow! Tell us about the launch.").

    The interviewer reacts or gives context, speaking to "you" or asking "us" for the account, never as
    "I" or "we" and asking nothing before it; the paragraph after it answers as "I" or "we". An answer that
    ends on an idiom ("Cold? Tell me about it.", "Wet feet. Give me a boat and I'll show you.") says neither.
    """
    context = " ".join(before)
    return (
        len(before) <= _SET_UP_SENTENCES
        and not any(ends_asking(sentence) for sentence in before)
        and not SPEAKS_FOR_ONESELF.search(context)
        and not _SPEAKER_IN_PROMPT.search(prompt)
        and bool(SECOND_PERSON.search(context) or SECOND_PERSON.search(prompt) or _TO_US.match(prompt))
        and bool(SPEAKS_FOR_ONESELF.search(reply))
    )


def _states_to_you(blocks: Sequence[Block], number: int) -> bool:
    """An interviewer's statement about the one asked, which the next paragraph takes up as a question.

    "In 2019 you were caught in the avalanche. Three people in your group were injured." over "Yes. It was
    the worst day of my working life.": it speaks to "you", never as "I" or "we", asks nothing, and is
    answered with "Yes." or "No." at once; an answer's own "You learn the colours." goes on with no reply.
    """
    return 0 < number < len(blocks) - 1 and taken_up(blocks[number].text, blocks[number + 1].text)


_CONTEXT_WORDS = 5
_CLIPPED_QUESTION_WORDS = 3


def _asks_then_adds(block: Block) -> bool:
    """An interviewer's paragraph that asks and then adds a sentence of context about what it asks.

    "Did the songs come back? Many of them have been out of the shows for years." An answer may open on
    a question too, but goes on as its speaker ("Why did I do it? Because ..."), or asks itself in a few
    words that pick up what it said before ("Was it risky? Of course it was, ..."), or replies to it
    curtly ("Was it worth it? Absolutely."); a question in quotes is someone else's, not asked outright.
    """
    text = block.text
    sentences = sentences_in([text])
    if len(sentences) < 2 or len(text.split()) > _PROMPT_WORDS:
        return False
    question, context = sentences[-2:]
    # The interviewer may say what they know of the one asked ("I know you trained as a nurse."): the
    # only "I" of the paragraph, and it speaks to "you".
    spoken = " ".join(sentences[:-1]) if _ASIDE_TO_YOU.match(context) else text
    return (
        ends_asking(question)
        and bool(QUESTION_START.match(question))
        and (len(question.split()) > _CLIPPED_QUESTION_WORDS or bool(SECOND_PERSON.search(question)))
        and context.endswith(".")
        and len(context.split()) >= _CONTEXT_WORDS
        and not SPEAKS_FOR_ONESELF.search(spoken)
    )


_ASIDE_TO_YOU = re.compile(
    r"^(?:I|We)(?:'ve|’ve| have)? (?:know|gather|understand|read|hear|heard|believe|remember|see|saw|noticed"
    r"|learned|learnt)\b[^.!?]*\b(?:you|your)\b"
)


def _opens_the_interview(blocks: Sequence[Block], number: int) -> bool:
    """A question with context after it, before the first question paragraph, that opens the interview.

    "What got you started? I know you trained as a nurse." over "I did, and I loved it. ...": it asks
    "you", and the paragraph after it answers as "I" or "we". A lead that asks and goes on ("What makes a
    beautiful letter? Ask ten calligraphers ...") asks no one, and the standfirst after it says "she".
    """
    question = sentences_in([blocks[number].text])[-2]
    following = blocks[number + 1].text
    return (
        bool(SECOND_PERSON.search(question))
        and bool(SPEAKS_FOR_ONESELF.search(following))
        and not ends_asking(following)
    )


# A panel's speaker named by title on a line of their own over the answer they give, as a transcribed
# live stream's FAQ prints them ("Prof. Somak Raychaudhury", "Dr. Divya Oberoi :", "Prof.Bhargav Vaidya"):
# a title, a name of two words or more, maybe a colon.
_TITLED_SPEAKER_LINE = re.compile(
    rf"^(?i:{'|'.join(sorted(HONORIFICS))})\.?\s*(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]*){{1,3}})\s*:?$"
)
# How many paragraphs of a moderator reading the question out may come before the speaker's name.
_READ_OUT = 3


def question_paragraphs(blocks: Sequence[Block]) -> Layout | None:
    layout = _question_paragraphs_read(blocks)
    return layout and _answers_after_their_speaker(layout)


def _answers_after_their_speaker(layout: Layout) -> Layout:
    """Each answer from its speaker's name on, where a line of its own names them by title.

    A live stream's FAQ transcribes the moderator reading the question out, then names the one who
    answers: the reading is the page's, not the answer's words, and the answer keeps who says it, as a
    panel's do ("Dr. Divya Oberoi: Okay, so ...").
    """
    turns: list[Turn] = []
    unused: list[str] = []
    panel: list[str] = []
    for turn in layout.turns:
        named = [
            (n, found)
            for n, text in enumerate(turn.answer[: _READ_OUT + 1])
            if (found := _TITLED_SPEAKER_LINE.match(text))
        ]
        if named and named[0][0] + 1 < len(turn.answer):
            number, found = named[0]
            line, first, *rest = turn.answer[number:]
            unused += turn.answer[:number]
            panel.append(found["name"])
            turn = replace(turn, answer=(f"{line.rstrip(' :')}: {first}", *rest))
        turns.append(turn)
    if not panel:
        return layout
    speakers = tuple(dict.fromkeys(panel))
    return replace(layout, turns=tuple(turns), unused=(*layout.unused, *unused), panel=speakers)


def _question_paragraphs_read(blocks: Sequence[Block]) -> Layout | None:
    questions = {number for number, block in enumerate(blocks) if asks_you(block)}
    questions -= _told_questions(blocks, questions)
    # What a speaker named on the line over it says is their answer, whatever it ends with; what comes
    # between a question and that line is the moderator reading the question out.
    named = {number for number, block in enumerate(blocks) if _TITLED_SPEAKER_LINE.match(block.text)}
    reading = {number - 1 for number in named if number - 2 in questions}
    questions -= {number + 1 for number in named} | reading
    adding = {number for number, block in enumerate(blocks) if _asks_then_adds(block)}
    asked = questions | adding
    questions -= {number for number in questions if _answer_asks_itself(blocks, number, asked)}
    # A question with context after it is read only where the page sets its questions apart as paragraphs
    # ending in "?", mostly: between two answers, after the first such question. The paragraph just after
    # a question is its answer, whatever it opens with.
    # Before it, only the one that opens the interview, its answer after it.
    first = min(questions, default=len(blocks))
    opening = max((n for n in adding if n + 1 < first and _opens_the_interview(blocks, n)), default=None)
    adding = {
        number
        for number in adding
        if questions
        and (min(questions) < number or number == opening)
        and number < len(blocks) - 1
        and not {number - 1, number + 1} & questions
    }
    if len(adding) <= len(questions):
        questions |= adding
    if len(questions) >= 2:
        questions |= {
            number
            for number in range(len(blocks))
            if _prompts_you(blocks, number)
            or (number - 1 not in questions and _states_to_you(blocks, number))
        }
    listed = _listed(questions, blocks)
    return split_at(
        "question paragraphs ending in '?'",
        blocks,
        questions - listed,
        ends_answer=section_title,
        closing=listed,
    )


# The doubled dash a Japanese magazine opens each of the interviewer's turns with ("――最初のきっかけは？"),
# the answers set as plain paragraphs.
_INTERVIEWER_DASH = re.compile(r"^[―—─]{2}\s*(?=\S)")
# A line that ends no sentence, short, between two answers: a section's title ("概要").
_CLOSING_MARKS = "。．.!?！？」』）)…"
_SECTION_CHARACTERS = 16


def interviewer_dashes(blocks: Sequence[Block]) -> Layout | None:
    """The interviewer's turns, each opened with a doubled dash, and the answers after them, unmarked.

    Whatever they end with, a statement or a question: the dash says who speaks, as a label would. Two
    at least, and fewer than the paragraphs that answer them.
    """
    asked = {number for number, block in enumerate(blocks) if _INTERVIEWER_DASH.match(block.text)}
    if len(asked) < 2 or len(asked) * 2 > len(blocks):
        return None
    split = [
        Block(_INTERVIEWER_DASH.sub("", b.text), b.emphasis, b.mark) if n in asked else b
        for n, b in enumerate(blocks)
    ]

    def section(block: Block) -> bool:
        text = block.text.strip()
        short = len(text) <= _SECTION_CHARACTERS and not text.endswith(tuple(_CLOSING_MARKS))
        return block.emphasis == "heading" or short

    return split_at("questions opened by a doubled dash", split, asked, ends_answer=section)


# An interviewer may ask twice before the answer comes; three questions or more with nothing between them,
# and no answer after them, are a list: an FAQ's index, a how-to's questions to ask, a form. None of them
# waits for an answer, and none is one: the list closes the answer before it. Where an answer follows, the
# run is one interviewer's questions, asked together, and stays one turn.
_LISTED_QUESTIONS = 3


def _listed(questions: set[int], blocks: Sequence[Block]) -> set[int]:
    """The questions that stand in a run of ``_LISTED_QUESTIONS`` paragraphs or more with no answer after."""
    runs: list[list[int]] = []
    for number in sorted(questions):
        if runs and runs[-1][-1] == number - 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return {
        number
        for run in runs
        if len(run) >= _LISTED_QUESTIONS and not _answers_follow(blocks, run[-1] + 1)
        for number in run
    }


def _answers_follow(blocks: Sequence[Block], after: int) -> bool:
    """Whether the block at ``after`` can answer: there is one, and it is no section title."""
    return after < len(blocks) and not section_title(blocks[after])


def section_title(block: Block) -> bool:
    """A line in capitals with no full stop is a plain-text page's section title ("RETURNS AND EXCHANGES").

    It closes the answer before it, and is no answer itself: an FAQ's topics come between its questions.
    """
    text = block.text
    return (
        len(text.split()) <= 10 and text.upper() == text != text.lower() and not re.search(r"[.!?…]$", text)
    )


# The opening sentence(s) of a paragraph up to its first "?", then the answer: "What got you started? I
# was twelve when ...". The answer opens as a sentence does, or a quotation as any language marks it
# („…“, «…»), so a question quoted in a sentence ('"Why?" she asked') opens none.
_OPENING_QUESTION = re.compile(r"^(?P<question>[^?]+\?[\"”’')\]]*)\s+(?P<rest>[A-Z0-9\"“‘'(\[¡¿„‚«].*)$")
# A prompt, then a colon and its answer, as quick-fire interviews print them: "Favourite tool: the 2B
# pencil.", "Why comics?: Because ...". The prompt is one clause, no sentence ends inside it.
_COLON_PROMPT = re.compile(r"^(?P<question>[^.!?:;]+\??):\s+(?P<rest>\S.*)$")
# Such a question may follow the answer before it in the same paragraph, a line break lost ("... at
# Restaurant Mexico. Who would you most like to cook for?: Colman Andrews."): "?:" marks it.
_COLON_QUESTION_INSIDE = re.compile(r"(?<=[.!…])\s+(?=[A-Z][^.!?:;]*\?:\s)")
# A question is a sentence or a few, a prompt before a colon a clause: a longer opening is an answer's.
_PROMPT_WORDS = 60
_COLON_PROMPT_WORDS = 20
# How many paragraphs must open so: one or two may be an answer's rhetorical question ("Sick? I think
# not.") or an aside ("The rule was simple: no talking.").
_OPENING_PROMPTS = 3

Opening = tuple[str, str]


def _opening_question(text: str) -> Opening | None:
    """The question that opens the paragraph and the answer after it."""
    found = _OPENING_QUESTION.match(text)
    if found is None or len(found["question"].split()) > _PROMPT_WORDS:
        return None
    return found["question"], found["rest"]


def _colon_prompt(text: str) -> Opening | None:
    """The prompt before the paragraph's colon and the answer after it.

    A name before a colon ("Ann Marsh:") is a speaker's label, all its words capitalised; a prompt has a
    word in lower case ("Favourite tool:") or asks ("Why comics?:"). A note ("Editor's note:") is neither.
    """
    found = _COLON_PROMPT.match(text)
    if found is None:
        return None
    prompt = found["question"].strip()
    words = prompt.split()
    if len(words) > _COLON_PROMPT_WORDS or prompt.lower() in NOT_SPEAKERS:
        return None
    if not (prompt.endswith("?") or any(word[0].islower() for word in words)):
        return None
    return prompt, found["rest"]


def questions_opening_answers(blocks: Sequence[Block]) -> Layout | None:
    """A question opening the paragraph that holds its answer, the interview's only mark of a question."""
    return _opening_prompts("questions opening their answers", blocks, _opening_question)


def prompts_before_colons(blocks: Sequence[Block]) -> Layout | None:
    """Prompts before a colon and the answer after it, quick-fire; a paragraph may hold two ("?:").

    Each prompt is asked once: words before a colon that recur are a label ("Reply by u/jopark:"). One
    of them at least asks, or speaks to the one asked ("The best thing you ever cooked:"): a sheet of
    facts ("Battery life: ten hours", "Cook time: 20 minutes") asks nobody anything.
    """
    split = [
        Block(part.strip(), block.emphasis, block.mark)
        for block in blocks
        for part in _COLON_QUESTION_INSIDE.split(block.text)
    ]
    prompts = Counter(found[0] for block in split if (found := _colon_prompt(block.text)))
    if not any(looks_like_question(prompt) or SECOND_PERSON.search(prompt) for prompt in prompts):
        return None

    def asked_once(text: str) -> Opening | None:
        found = _colon_prompt(text)
        return found if found and prompts[found[0]] == 1 else None

    return _opening_prompts("prompts before a colon", split, asked_once)


def _opening_prompts(
    name: str, blocks: Sequence[Block], read: Callable[[str], Opening | None]
) -> Layout | None:
    """Turns where the page opens its paragraphs with the question that ``read`` finds, consistently.

    Most paragraphs from the first such on open so, three at least; an item of a bulleted list is no
    paragraph of an interview ("- Why does it matter? (Ann Lee)"), where a numbered item may be one, its
    numbers skipping as a page cut to its best questions does ("10. Why? „I always …“"). What follows a
    question is no answer where it asks again ("Why boats? Was it your father?"): a paragraph of
    questions opens with none. Each opening
    paragraph is cut in two, question and answer, and a paragraph that does not open so goes on with the
    answer before it. After the first, a question that is a paragraph of its own asks too, its answer in
    the paragraphs after it.
    """
    found = [
        opened
        if block.emphasis == "plain"
        and (not block.mark or block.number is not None)
        and (opened := read(block.text))
        and not ends_asking(opened[1])
        else None
        for block in blocks
    ]
    opening = [number for number, opened in enumerate(found) if opened]
    if len(opening) < _OPENING_PROMPTS or len(opening) * 2 <= len(blocks) - opening[0]:
        return None
    split: list[Block] = []
    questions: set[int] = set()
    for number, (block, opened) in enumerate(zip(blocks, found, strict=True)):
        if opened or (number > opening[0] and asks_you(block)):
            questions.add(len(split))
        split += [Block(opened[0]), Block(opened[1])] if opened else [block]
    return split_at(name, split, questions, ends_answer=section_title)


_NUMBERED_QUESTION_WORDS = 40


def _in_step(blocks: Sequence[Block], numbered: Sequence[int], number: int) -> bool:
    """Whether a long numbered paragraph keeps the page's count, as the interviewer's statement does.

    Set as a numbered item like every question, it keeps the count, where an answer's list breaks it.
    The numbered paragraph before it is the one before in the count (or none, for the first), the one
    after it the next (or none: then, as the last, it must ask).
    """
    at = numbered.index(number)
    count = blocks[number].number
    assert count is not None
    before = blocks[numbered[at - 1]].number if at else None
    after = blocks[numbered[at + 1]].number if at + 1 < len(numbered) else None
    if before != (count - 1 if count > 1 else None):
        return False
    return after == count + 1 or (after is None and "?" in blocks[number].text)


# A plain-text page may number its questions with a colon ("3: Any plans for next year?"), which no
# Markdown reads as a list: three such paragraphs at least, and they are numbered as a list's items are.
_COLON_NUMBER = re.compile(r"^(?P<number>\d{1,3}):\s+(?=[A-Z\"“‘'(¿¡])")
_COLON_NUMBERED = 3


def _colon_numbered(blocks: Sequence[Block]) -> Sequence[Block]:
    """The blocks, a plain paragraph opening on "3: " numbered 3 as a list's item, where three do so."""
    found = [_COLON_NUMBER.match(b.text) if b.emphasis == "plain" and not b.mark else None for b in blocks]
    if sum(1 for opened in found if opened) < _COLON_NUMBERED:
        return blocks
    return [
        Block(block.text[opened.end() :], block.emphasis, f"{opened['number']}:") if opened else block
        for block, opened in zip(blocks, found, strict=True)
    ]


def numbered_questions(blocks: Sequence[Block]) -> Layout | None:
    """Questions numbered 1, 2, 3 … ("3. Name one thing beginners get wrong."), each before its answer.

    The numbering tells a prompt that asks nothing from an answer's sentence. A numbered list in an
    answer starts again at 1, or runs on without text between its items, so only the one run counting
    up from 1 whose every item has text after it is taken; most of its items must end in "?". Past the
    first, a question directly followed by the next number, or ending the page, was left unanswered: the
    numbers part it from the question or the answer next to it, so it is dropped; one followed by a list
    numbered from 1 again is answered by that list.
    """
    blocks = _colon_numbered(blocks)
    numbered = [number for number, block in enumerate(blocks) if block.number is not None]
    questions: list[int] = []
    for number, block in enumerate(blocks):
        count = len(questions) + 1
        following = blocks[number + 1].number if number + 1 < len(blocks) else count + 1
        unanswered = count > 1 and following == count + 1 and ends_asking(block.text)
        # An answer may open on a list of its own, numbered from 1 again ("5. Your top tips?" over "1. Put
        # yourself out there."): past the first question, that list answers it.
        answered = number + 1 < len(blocks) and (following is None or (count > 1 and following == 1))
        short = len(block.text.split()) <= _NUMBERED_QUESTION_WORDS
        if (
            block.number == count
            and (answered or unanswered)
            and (short or _in_step(blocks, numbered, number))
        ):
            questions.append(number)
    asked = sum(ends_asking(blocks[number].text) for number in questions)
    if len(questions) < 3 or asked * 2 <= len(questions):
        return None
    return split_at(
        "numbered questions",
        blocks,
        set(questions),
        ends_answer=lambda block: block.emphasis == "heading",
        apart=True,
    )


def question_labels(blocks: Sequence[Block]) -> Layout | None:
    """Questions labelled ("Question 3:", "Q3.", "Question:") and answers that are not.

    The labels are the layout, so a question that asks nothing ("Describe the worst repair.") is one too.
    """
    labels = [qa_label(block) for block in blocks]
    questions = {number for number, found in enumerate(labels) if found and found[0] == "Q" and found[1]}
    return split_at(
        "question labels", blocks, questions, ends_answer=lambda block: block.emphasis == "heading"
    )


def _introduces(block: Block, before: Block) -> bool:
    """A short line ending in a colon, or in italics after an answer that is not: the page's aside.

    Where the answers are set in italics, an answer's last paragraph is too.
    """
    short = len(block.text.split()) <= 15
    return short and (block.text.rstrip(" *_").endswith(":") or block.emphasis == "italic" != before.emphasis)


def _closing_note(blocks: Sequence[Block], questions: Set[int]) -> set[int]:
    """The paragraphs in italics that end the page under a plain answer: the editor's note, not the answer.

    "*Peter Lund's workshop is open to visitors on the first Saturday of each month.*" Where the answers
    are set in italics, the paragraphs before it are too, up to the question: none is a note.
    """
    end = len(blocks)
    while end and blocks[end - 1].emphasis == "italic" and end - 1 not in questions:
        end -= 1
    answered = 0 < end < len(blocks) and end - 1 not in questions and blocks[end - 1].emphasis == "plain"
    return set(range(end, len(blocks))) if answered and questions and min(questions) < end else set()


def split_at(
    name: str,
    blocks: Sequence[Block],
    questions: set[int],
    *,
    ends_answer: Callable[[Block], bool],
    closing: Set[int] = frozenset(),
    apart: bool = False,
    asides: Set[int] = frozenset(),
) -> Layout | None:
    """Cut the blocks at the ``questions`` (their positions); what follows each is its answer.

    A block that ``ends_answer``, or stands at a ``closing`` position, is left out and closes the turn;
    one at an ``asides`` position (a pull quote) is left out and the answer goes on after it. Two
    questions in a row are asked together, unless the page sets each ``apart`` (numbers them).
    """
    lead: list[Block] = []
    unused: list[str] = []
    pulled: list[str] = []
    turns: list[tuple[list[str], list[str]]] = []
    open_turn = False
    closing = closing | _closing_note(blocks, questions)
    # "@han_tani asks:" just before a question introduces it: it is no part of the answer before. Just
    # after a question, it is that question's answer.
    introductions = {
        number - 1
        for number in questions
        if number > 1
        and not {number - 1, number - 2} & questions
        and _introduces(blocks[number - 1], blocks[number - 2])
    }
    for number, block in enumerate(blocks):
        if number in introductions and turns:
            unused.append(block.text)
        elif number in questions:
            if open_turn and not turns[-1][1] and not apart:
                turns[-1][0].append(strip_label(block.text))  # two question paragraphs in a row
            else:
                turns.append(([strip_label(block.text)], []))
            open_turn = True
        elif not turns:
            lead.append(block)
        elif number in asides:
            pulled.append(block.text)
        elif ends_answer(block) or number in closing or not open_turn:
            open_turn = False
            unused.append(block.text)
        else:
            turns[-1][1].append(block.shown)
    complete = [Turn(" ".join(question), tuple(answer)) for question, answer in turns if answer]
    if len(complete) < 2:
        return None
    dropped = tuple(" ".join(question) for question, answer in turns if not answer)
    last = complete[-1].answer
    signed = next((n for n in range(1, len(last)) if signs_off_unlabelled(last[n:])), len(last))
    complete[-1] = replace(complete[-1], answer=last[:signed])
    return Layout(
        name,
        tuple(complete),
        tuple(lead),
        tuple(unused),
        dropped_questions=dropped,
        sign_off=last[signed:],
        pull_quotes=tuple(pulled),
    )
