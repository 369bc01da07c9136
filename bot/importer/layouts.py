"""Find the question/answer turns in an interview's blocks, whatever layout the page uses.

Four layouts are tried from the most explicit to the least: ``Q:``/``A:`` labels, speaker names before
each turn, questions set in headings or bold, and question paragraphs ending in "?". The first that
yields turns wins, so a page with labels is never second-guessed by the weaker heuristics.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass, replace

from bot.importer.capitals import Casing, opens_a_name
from bot.importer.sources.blocks import NOT_SPEAKERS, SPEAKER_NAME, Block
from bot.importer.sources.furniture import (
    ABOUT_PERSON,
    AUTHOR_BOX,
    CLOSING_CREDIT,
    FIELD_LABEL,
    PERSONAL_PRONOUN,
    STANDING_BIO,
    TAG_LINE,
    stage_direction,
)
from bot.importer.sources.page_breaks import COMMENTER
from bot.importer.sources.speakers import AUDIENCE, BARE_TURNS, bare_labels, bare_openings, is_initials
from bot.importer.sources.times import untimed


class NoInterviewFound(ValueError):
    """The text has no question/answer structure the importer recognises."""


@dataclass(frozen=True, slots=True)
class Turn:
    """One question as printed and the answer's paragraphs, word for word."""

    question: str
    answer: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    """The turns and what surrounds them: the lead before the first question, and unused text after."""

    name: str
    turns: tuple[Turn, ...]
    lead: tuple[Block, ...]
    unused: tuple[str, ...] = ()
    interviewee: str | None = None
    interviewer: str | None = None
    dropped_questions: tuple[str, ...] = ()
    remarks: tuple[str, ...] = ()  # what the interviewer said between two answers without asking
    sign_off: tuple[str, ...] = ()  # the interviewer's thanks after the last answer, and the courtesy back
    panel: tuple[str, ...] = ()  # the names of those who answer, when several do
    pull_quotes: tuple[str, ...] = ()  # an answer's words the page repeats in large type beside it
    sponsor_reads: tuple[str, ...] = ()  # a podcast host's ad reads, left out of the turns they sit in
    billing: str | None = None  # the part the interviewee's label bills them in once: "Harbour Master"

    def texts(self) -> list[str]:
        """The paragraphs the layout read, lead first: the page's own text, as its metadata is read from."""
        return [block.text for block in self.lead] + [
            text for turn in self.turns for text in (turn.question, *turn.answer)
        ]


def find_turns(blocks: Sequence[Block]) -> Layout:
    """The first layout that finds turns, or NoInterviewFound."""
    finders = (
        _qa_labels,
        _ask_me_anything,
        _panel_under_questions,
        _speakers,
        _capital_speakers,
        _dash_speakers,
        _letter_labels,
        _bare_speakers,
        _question_labels,
        _titled_questions,
        _numbered_questions,
        _questions_opening_answers,
        _prompts_before_colons,
        _interviewer_dashes,
        _question_paragraphs,
        _capital_topics,
    )
    for finder in finders:
        layout = finder(blocks)
        if layout is not None:
            return _without_closing_matter(_without_pull_quotes(layout))
    raise NoInterviewFound(
        "no questions and answers found: expected Q:/A: labels, speaker names before each turn, "
        "questions in headings or bold, or question paragraphs ending in '?'"
    )


# A pull quote is a sentence or two of an answer that a magazine sets again in large type beside it: read
# as a paragraph, it would put the same words in the answer twice. A short one may be a phrase said twice.
_PULL_QUOTE_WORDS = 5


def _without_pull_quotes(layout: Layout) -> Layout:
    """The layout without the answer paragraphs whose words another answer paragraph holds, and says more.

    An answer keeps one paragraph at least: a pull quote is set beside an answer, never as one.
    """
    said = [f" {_plain_words(text)} " for turn in layout.turns for text in turn.answer]

    def pulled(text: str) -> bool:
        words = _plain_words(text)
        return len(words.split()) >= _PULL_QUOTE_WORDS and any(
            f" {words} " in other and len(other) > len(words) + 2 for other in said
        )

    turns: list[Turn] = []
    quotes: list[str] = []
    for turn in layout.turns:
        kept = tuple(text for text in turn.answer if not pulled(text)) or turn.answer
        quotes += [text for text in turn.answer if text not in kept]
        turns.append(replace(turn, answer=kept))
    return (
        replace(layout, turns=tuple(turns), pull_quotes=(*layout.pull_quotes, *quotes)) if quotes else layout
    )


# Where a sentence ends and the next starts, inside a paragraph.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’')\]]*\s+(?=\S)")
# A bio opens on a person's full name, maybe their age, and what they are or do: "Rosa Diaz is the night
# supervisor of ...", "Tom Reyes, 41, covers the courts for ...".
_BIO = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})(?:, [^,]{1,40},)? "
    r"(?:is|was|has|had|lives|works|writes|covers|teaches|leads|runs|joined|serves|holds|reports)\b"
)
# Whoever answers speaks for themselves, or for their band or firm, at a sentence's start too ("We ...",
# "My ..."); an interviewer asks about the one asked or the subject, and is at most the "us" who were told
# something ("She told us ..."). A bio of the interviewee speaks as neither "I" nor "we": it is the page's,
# in the third person throughout.
SPEAKS_FOR_ONESELF = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Oo]ur|[Oo]urs|[Oo]urselves)\b")


def _without_closing_matter(layout: Layout) -> Layout:
    """The last answer without what the page prints under the interview and ran into it: tags, a bio.

    A tag line, an author's box, or a bio of someone the lead names ("Rosa Diaz is the night supervisor
    of ...") is the page's voice, not the answer's, even with no blank line before it. It goes with the
    unused text, where the metadata reads it; the answer keeps its words before it, verbatim.
    """
    if not layout.turns:
        return layout
    last = layout.turns[-1]
    lead = " ".join([block.text for block in layout.lead] + [layout.interviewee or ""])
    asked = [text for turn in layout.turns[:-1] for text in (turn.question, *turn.answer)] + [last.question]
    for number, paragraph in enumerate(last.answer):
        said = " ".join([lead, *asked, *last.answer[:number]])
        if number and _bio_of_its_own(last.answer[number:], said):
            turns = (*layout.turns[:-1], replace(last, answer=last.answer[:number]))
            return replace(layout, turns=turns, unused=(*last.answer[number:], *layout.unused))
        for start in [0, *(found.end() for found in _SENTENCE_BREAK.finditer(paragraph))]:
            tail = (paragraph[start:], *last.answer[number + 1 :])
            if (number or start) and _closes_the_page(tail, lead):
                kept = (*last.answer[:number], paragraph[:start].rstrip()) if start else last.answer[:number]
                turns = (*layout.turns[:-1], replace(last, answer=kept))
                return replace(layout, turns=turns, unused=(*tail, *layout.unused))
    return layout


def _closes_the_page(tail: Sequence[str], lead: str) -> bool:
    """Whether ``tail``, the end of the last answer, is the page's: its tags, author's box, or a bio.

    A field's label ("Media contact", "Tags") stands over the page's fields, the rest of it; a tag line
    or the credit for the questions ends the page, or stands over more of its own; a bio is
    about someone the ``lead`` names, in the third person throughout, where an answer that opens on a name
    ("Ann Marsh was my first skipper.") soon says "my" or "I".
    """
    if AUTHOR_BOX.match(tail[0]) or FIELD_LABEL.match(tail[0]) or _thanks_for_the_interview(tail):
        return True
    if CLOSING_CREDIT.match(tail[0]) or TAG_LINE.match(tail[0]):
        return len(tail) == 1 or _closes_the_page(tail[1:], lead)
    bio = _BIO.match(tail[0])
    return bool(bio and bio["name"] in lead) and not any(SPEAKS_FOR_ONESELF.search(text) for text in tail)


# The interviewer's thanks for the interview, run into the last answer with no label of its own: "Thanks
# a lot for your time Raj, you were really fun to interview!" The guest's "Thanks for having me" is none.
_THANKED_FOR_THE_INTERVIEW = re.compile(
    r"\bfor (?:your time|talking|speaking|chatting|joining|taking the time|doing this|sharing|the interview"
    r"|being (?:here|with us|on))\b|\bfun to interview\b",
    re.IGNORECASE,
)


def _thanks_for_the_interview(tail: Sequence[str]) -> bool:
    """Whether the end of the last answer is the interviewer thanking the guest, in a sentence or two."""
    return (
        len(tail) == 1
        and bool(_THANKS.match(tail[0]))
        and bool(_THANKED_FOR_THE_INTERVIEW.search(tail[0]))
        and len(_sentences(tail)) <= _THANKS_BACK_SENTENCES
    )


def _bio_of_its_own(tail: Sequence[str], said: str) -> bool:
    """Whether ``tail``, the last answer's closing paragraphs, is a bio of one the page names nowhere else.

    "Marit Solberg is the chief officer of ..." on a paragraph of its own, or "About Osman Quaye: he ...",
    in the third person throughout: the page's note on whom it interviewed. A name the questions, the
    answers or the lead said before is someone the answer talks about.
    """
    about = ABOUT_PERSON.match(tail[0])
    bio = about or STANDING_BIO.match(tail[0])
    if bio is None or bio["name"] in said or len(tail) > 2:
        return False
    third_person = not any(SPEAKS_FOR_ONESELF.search(text) for text in tail)
    return third_person and (about is None or bool(PERSONAL_PRONOUN.search(about["bio"])))


def _plain_words(text: str) -> str:
    """The words of ``text`` in lower case, without the quotation marks and punctuation around them."""
    return " ".join(re.findall(r"\w+(?:['’]\w+)*", text.lower()))


# -- labels: Q:/A: and speaker names ------------------------------------------------------------------

# A question sent in names its asker after the label, and so may the answer its author: "Question from Jane
# in Ohio:", "Q from pixelpusher88:", "Question from the floor:", as readers' and forums' Q&As print them.
_FROM = r"\s+(?:from|by)\s+[^:?]{1,40}(?=:)"
_QA_LABEL = re.compile(
    rf"^(?P<label>Q|A|Question|Answer)\s*\d*(?:{_FROM})?\s*(?:[:：.)]|\s[-–—])\s*(?P<rest>.*)$"
)
_ASKING_LABELS = frozenset({"Q", "Question"})
_SENT_IN = re.compile(rf"^(?:Q|Question){_FROM}:\s+(?P<rest>\S.*)$")
# "Name:", also "Name (Acme):", "Name [00:12]:", "[Name]:" or "Speaker 2:" as transcripts print it. A
# name in capitals may run into the turn, a typist's slip broadcast transcripts keep ("LAMB:Two years").
# The first turns may give each speaker's part after a comma ("Dave Walden, interviewer:"), as a society's
# email interviews print them before going on with initials ("DW:"). Chinese and Japanese type set the
# colon full width ("吉田："), and put no space after a colon, full width or not ("吉田:俳優さんは…").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_SPEAKER_LABEL = re.compile(
    r"^(?:Q\d{1,4}\s+)?(\[)?(?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,4}(?: \d{1,2})?)(?(1)\])"
    r"(?:, [a-z][\w'’-]*(?: [\w'’-]+){0,2})?"
    r"\s?(?:[(\[](?P<bracketed>[^()\[\]]{1,100})[)\]])?\s?(?::|(?<=[" + _CJK + r"])：)"
    r"(?:\s+|(?<=[A-Z]:)(?=[A-Z\"“‘'])|(?<=[" + _CJK + r"][:：]))(?P<rest>\S.*)$"
)
# A parliamentary committee numbers each question its members put to the witnesses ("Q12 Tom Berg: How
# late is it?"), as the House of Commons prints its oral evidence, or marks it "Q" at the head of the
# member's words ("Tom Berg: Q How late is it?"), as TheyWorkForYou prints it: whoever is numbered asks.
_NUMBERED_QUESTION = re.compile(r"^Q\d{1,4}\s+\S|^[^:]{1,80}:\s+Q\.?\s+[A-Z\"“‘'(]")
# A broadcast transcript gives a speaker's role, in capitals too, the first time it names them ("KATE
# BOLDUAN, CNN ANCHOR: Should ...?", 'WALTER ISAACSON, AUTHOR, "KISSINGER:" Well ...'), as CNN and C-SPAN
# print them; after that, the surname alone ("BOLDUAN:").
_ROLE_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}), "
    r"(?P<role>[A-Z0-9\"“][^a-z:]{0,80}?):[\"”]?\s+(?P<rest>\S.*)$"
)
# A government transcript bills each speaker once with their part in title case after a comma ("Katherine
# Murphy, Host:", "Anthony Albanese, Prime Minister:"), then labels them by surname or by office.
_TITLE_CASE_ROLE_LABEL = re.compile(
    r"^(?P<name>[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}), "
    r"(?P<role>[A-Z][\w'’.&-]*(?: (?:[A-Z][\w'’.&-]*|of|the|and|for)){0,5}):\s+(?P<rest>\S.*)$"
)
# A press briefing marks the reporter's question with a bare "Q" and no colon ("Q    Thanks. Why ...?"),
# or "Q." as sports transcripts print it, and the answer with the speaker's name ("MS. MARSH:  The crane
# failed."), as White House and State Department transcripts print them. The question must open with a
# capital: "Q" alone is no word.
_BARE_Q = re.compile(r"^Q\.?\s+(?P<rest>[A-Z\"“‘'(].*)$")
# The labels that mark a question, not a person: whoever answers it is named.
_QUESTION_LABELS = frozenset({"Q", "Question"})
_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "la", "le", "du", "del", "bin", "al", "y"}
)
# A label with a number in it names nobody either: "Speaker 2", or a question's number in another
# language ("Frage 5:", "Pregunta 3:") over each question.
_GENERIC_SPEAKER = re.compile(
    r"^(?:speaker|interviewer|interviewee|respondent|narrator|host|guest|moderator|audience|question|questioner"
    r"|reporter)\b|^[^\d\n]{0,40}\d",
    re.I,
)
# Titles printed before a name ("Dr. Chen", "MS. DIAZ:"): part of no initials, and no name themselves.
HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "gov",
        "governor", "secretary", "ambassador", "judge", "rev", "sir", "dame", "captain", "capt",
    }
)  # fmt: skip

Label = tuple[str, str]


# The words of a label that names the asker's part, not the asker: "ANCHOR:", "The Convener:", "Journalist:",
# and the question's own label before a named answer ("QUESTION:" then "MR PRICE:", as a press briefing
# prints them).
ASKING_ROLES = frozenset(
    "the anchor convener journalist reporter correspondent presenter host moderator interviewer guide"
    " q question questioner".split()
)


def asks_by_role(label: str) -> bool:
    """Whether a label names the asker's part only ("HOST", "The Convener"): whoever bears it asks."""
    words = label.lower().split()
    return bool(words) and set(words) <= ASKING_ROLES and words != ["the"]


def ends_asking(text: str) -> bool:
    """Whether ``text`` ends in a question mark, inside any closing quote: how a question is told.

    The full-width mark of Chinese and Japanese type ("？") is one too, and so is a question that exclaims
    as it asks ("You haven't heard about it?!").
    """
    return text.rstrip(" \"”’'」』").rstrip("!！").endswith(("?", "？"))


def _qa_label(block: Block) -> Label | None:
    match = _QA_LABEL.match(block.text)
    if match is None:
        return None
    return ("Q" if match["label"] in ("Q", "Question") else "A"), match["rest"].strip()


# A hearing's record names each speaker by a title and the surname in capitals, then a full stop ("Mr.
# DAWSON. Why so slow?", "Senator LEAHY.", "The CHAIRMAN."), as the US Government Publishing Office
# prints them: a title in mixed case before a name in capitals is a label, however few turns it opens.
_TITLED_LABEL = re.compile(
    rf"^(?P<name>(?:(?i:{'|'.join(sorted(HONORIFICS))})\.?|The) [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?)\.\s+"
    r"(?P<rest>[A-Z\"“‘'(].*)$"
)


def _speaker_label(block: Block) -> Label | None:
    text = block.text
    if sent_in := _SENT_IN.match(text):
        return "Q", sent_in["rest"]
    match = (
        _SPEAKER_LABEL.match(text)
        or _ROLE_LABEL.match(text)
        or _TITLE_CASE_ROLE_LABEL.match(text)
        or _TITLED_LABEL.match(text)
    )
    if match is None:
        bare = _BARE_Q.match(text)
        return ("Q", bare["rest"]) if bare else None
    name = _bracketed_name(match["name"].strip(), match.groupdict().get("bracketed"))
    words = name.split()
    if name.lower() in NOT_SPEAKERS or not opens_a_name(words[0][0]):
        return None
    capitalised = all(opens_a_name(word[0]) or word.isdigit() or word in _PARTICLES for word in words)
    if not capitalised and not AUDIENCE.match(name):
        return None
    rest = untimed(match["rest"].strip())
    marked = _BARE_Q.match(rest)  # the "Q" a committee's report marks a member's question with
    return "Q" if name in _QUESTION_LABELS else name, marked["rest"] if marked else rest


def _slipping_to_full_stops(found_labels: Sequence[Label | None]) -> Callable[[Block], Label | None]:
    """Read labels as ``_speaker_label`` does, and a label typed once with a full stop for its colon.

    A hand-typed transcript slips ("Richard. Yes, several times.") where the page gives the label twice
    or more with a colon: read as prose, the answer would join the question before it, and the turn be lost.
    """
    counts = Counter(found[0] for found in found_labels if found)
    known = {name for name, count in counts.items() if count >= 2}

    def read(block: Block) -> Label | None:
        if found := _speaker_label(block):
            return found
        stopped = next((name for name in known if block.text.startswith(f"{name}. ")), None)
        return (stopped, block.text[len(stopped) + 2 :].strip()) if stopped else None

    return read


def _bracketed_name(label: str, bracketed: str | None) -> str:
    """The name in brackets after a label naming the speaker's part: "Respondent (Jane Doe):".

    Research transcripts print them so ("Interviewer (Tom Berg):"); an aside ("(laughs)") names no one.
    """
    words = (bracketed or "").split()
    if _GENERIC_SPEAKER.match(label) and 2 <= len(words) <= 4 and all(word[0].isupper() for word in words):
        return " ".join(words)
    return label


# A broadcast transcript's "GUYON Thank you for joining us": the name in capitals and no colon, maybe
# followed by an affiliation after a dash ("METIRIA TUREI – Green Party Co-Leader Look, we ..."), or by a
# full stop, as oral histories print the interviewer's and the narrator's surnames ("HALE. Where did you
# grow up?"). A name whose capitals go on to a colon ("JON STEWART: …") is a label with its colon, whole:
# its first word ("JON") names no one.
_CAPITAL_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2})(?:\.| [-–—](?: [A-Z][\w'’-]*){1,5}(?= [A-Z]))?"
    r"\s+(?![A-Z'’-]+(?: [A-Z'’-]+){0,2}:)(?P<rest>[A-Z\"“‘'].*)$"
)


def _named_by(pattern: re.Pattern[str]) -> Callable[[Block], Label | None]:
    """A reader of the speaker's name that ``pattern`` finds before a turn, unless it is a word of prose."""

    def read(block: Block) -> Label | None:
        match = pattern.match(block.text)
        if match is None or match["name"].lower() in NOT_SPEAKERS:
            return None
        return match["name"], match["rest"].strip()

    return read


_capital_label = _named_by(_CAPITAL_LABEL)


def _capital_speakers(blocks: Sequence[Block]) -> Layout | None:
    """Speakers named in capitals without a colon: only where two of them take turns, often."""
    return _speakers(blocks, _capital_label, regulars=2)


# "Pia Lund — My grandfather had a shed." or "Interviewer – How did you start?": a name and a dash
# before each turn, as some magazines and blogs set them.
_DASH_LABEL = re.compile(rf"^(?P<name>{SPEAKER_NAME}) [—–-] (?P<rest>\S.*)$")
_dash_label = _named_by(_DASH_LABEL)


def _dash_speakers(blocks: Sequence[Block]) -> Layout | None:
    """Speakers named before a dash: as in prose ("Honestly — no."), so two must take turns, often."""
    return _speakers(blocks, _dash_label, regulars=2)


# A question's or an answer's label as a house style abbreviates it in its own language: one letter and a
# full stop or a bracket ("P. ", "R) "), or a full stop and a hyphen, as Spanish typography sets it ("P.- ",
# "R.- "). With a colon or a dash ("I: ", "F – ") it reads as a speaker's.
_LETTER_LABEL = re.compile(r"^(?P<name>[A-Z])(?:\.-|[.)])\s+(?P<rest>\S.*)$")
_letter_label = _named_by(_LETTER_LABEL)


def _letter_labels(blocks: Sequence[Block]) -> Layout | None:
    """Turns under two letters ("P."/"R.", "F."/"A.", "I."/"R."), whatever words they abbreviate.

    A letter and a full stop opens a sentence too ("A. Smith wrote to us."), so the two letters must take
    turns, one of them asking: no list of the languages' words is needed.
    """
    turns, _, _ = _walk(blocks, _letter_label)
    pair = _taking_turns(turns)
    if not pair:
        return None
    asker, _ = pair
    return _labelled(
        "letter labels",
        blocks,
        _letter_label,
        asks=lambda letter: letter == asker,
        min_turns=1,
        remarks=False,
    )


def _bare_speakers(blocks: Sequence[Block]) -> Layout | None:
    """Speakers named without a colon, mixed case or initials: two who take turns, often, one asking.

    Where two such names open most paragraphs but do not take turns, or neither asks, the page is a
    transcript the importer cannot split: it says so rather than read its paragraphs as questions.
    """
    labels = bare_labels(block.text for block in blocks if block.emphasis != "heading")
    if not labels:
        return None

    def read(block: Block, among: Set[str] = labels.keys()) -> Label | None:
        if block.emphasis == "heading":
            return None
        found = [opening for opening in bare_openings(block.text) if opening in among]
        return (found[-1], block.text[len(found[-1]) :].strip()) if found else None

    turns, _, _ = _walk(blocks, read)
    pair = _taking_turns(turns)
    if pair and all(labels[speaker] >= BARE_TURNS for speaker in pair):
        return _speakers(blocks, lambda block: read(block, set(pair)))
    two = sorted(labels, key=lambda label: -labels[label])[:2]
    opened = sum(1 for block in blocks if (found := read(block)) and found[0] in two)
    if len(two) == 2 and opened * 2 >= len(blocks):
        raise NoInterviewFound(
            f"speakers named without a colon ({joined(two)}) open most paragraphs, but they do not take "
            "turns with one of them asking: add a colon after each speaker's name, or Q:/A: labels"
        )
    return None


# An answer's points lettered "A)", "B)" (or "A.", "B."), as a list in prose letters them: the first is no
# "A)" label. The letter after it, with the same mark, comes before the next question's label.
_LETTERED = re.compile(r"^(?P<letter>[A-Z])(?P<mark>[.)])\s")


def _lettered_points(blocks: Sequence[Block]) -> set[int]:
    """The blocks that open a lettered list "A)", "B)" …: an answer's points, not its label."""
    points: set[int] = set()
    for number, block in enumerate(blocks):
        first = _LETTERED.match(block.text)
        if first is None or first["letter"] != "A":
            continue
        for later in blocks[number + 1 :]:
            found = _LETTERED.match(later.text)
            if found and found["letter"] == "B" and found["mark"] == first["mark"]:
                points.add(number)
                break
            if (label := _qa_label(later)) and label[0] == "Q":
                break
    return points


def _qa_labels(blocks: Sequence[Block]) -> Layout | None:
    # By identity: the walk goes over these very blocks, and a page may print the same words twice.
    points = {id(blocks[number]) for number in _lettered_points(blocks)}

    def label(block: Block) -> Label | None:
        return None if id(block) in points else _qa_label(block)

    labels = Counter(found[0] for block in blocks if (found := label(block)))
    if labels["Q"] < 1 or labels["A"] < 1:
        return None
    # A "Q:" label says the page counts the words a question, even "Q: Thank you.": none is a remark.
    return _labelled(
        "Q:/A: labels", blocks, label, asks=lambda speaker: speaker == "Q", min_turns=1, remarks=False
    )


def _commenter(block: Block) -> Label | None:
    match = COMMENTER.match(block.text)
    return (match["author"], "") if match else None


def _ask_me_anything(blocks: Sequence[Block]) -> Layout | None:
    """A Reddit AMA: each comment under its author's line; whoever answers most is the one asked.

    Every other author asks once or twice, so no count of turns tells the askers; the host's comments
    are the answers, and a follow-up under another author's line is a question again.
    """
    authors = Counter(found[0] for block in blocks if (found := _commenter(block)))
    if len(authors) < 2:
        return None
    host = authors.most_common(1)[0][0]
    return _labelled("an AMA's comments", blocks, _commenter, asks=lambda author: author != host, min_turns=2)


# The words of a name, to find it in a lead whole ("Ed" is not in "Edinburgh").
_NAME_WORD = re.compile(r"[\w'’-]+")


def _speakers(
    blocks: Sequence[Block], read: Callable[[Block], Label | None] = _speaker_label, *, regulars: int = 0
) -> Layout | None:
    """Turns by the speaker named before each; ``regulars`` speakers must take three turns or more."""
    found_labels = [read(block) for block in blocks]
    if read is _speaker_label and (put := _put_to_the_named(blocks, found_labels)):
        return _speakers(put, read, regulars=regulars)
    if read is _speaker_label:
        read = _slipping_to_full_stops(found_labels)
        found_labels = [read(block) for block in blocks]
    raw = Counter(found[0] for found in found_labels if found)
    canonical = _merge_initials(raw)
    billings = {
        number: billing
        for number, block in enumerate(blocks)
        if (billing := _ROLE_LABEL.match(block.text) or _TITLE_CASE_ROLE_LABEL.match(block.text))
    }
    for (
        billing
    ) in billings.values():  # "ANN MARSH, HARBOUR MASTER:" once, then "HARBOUR MASTER:" as the page goes on
        if billing["role"] in raw:
            canonical.setdefault(billing["name"], billing["role"])
    counts: Counter[str] = Counter()
    for name, count in raw.items():
        counts[canonical.get(name, name)] += count
    labelled = [(block, found) for block, found in zip(blocks, found_labels, strict=True) if found]
    numbered = {
        canonical.get(found[0], found[0]) for block, found in labelled if _NUMBERED_QUESTION.match(block.text)
    }
    briefed = _briefed([canonical.get(found[0], found[0]) for _, found in labelled], numbered)
    # A broadcast transcript that gives a speaker's role with their name is labelled beyond doubt: a
    # segment of one question is an interview too, as a single bare "Q" is in a briefing.
    billed = any(found_labels[number] for number in billings)
    named_turns, _, _ = _walk(
        blocks, lambda block: (found := read(block)) and (canonical.get(found[0], found[0]), found[1])
    )
    # Two speakers who take turns, one asking, are an interview however short: two turns, or one.
    pair = set(_taking_turns(named_turns) or ())
    speakers = {name for name, count in counts.items() if count >= 2} | briefed | pair
    speakers |= _asking_once(named_turns, counts)
    co_hosts = _prompting_once(named_turns, counts) if speakers else set()
    speakers |= co_hosts
    # The audience calls out or asks, once or more: its words are no part of the answer they interrupt.
    speakers |= {name for name in counts if AUDIENCE.match(name)} if speakers else set()
    if not speakers or (sum(count >= 3 for count in counts.values()) < regulars and not pair):
        return None
    if pair and all(counts[name] == 1 for name in pair) and _questions_after(blocks, found_labels):
        return None

    panel: set[str] = set()  # when several answer, their turns keep who is speaking, as printed

    def label(block: Block) -> Label | None:
        found = read(block)
        if found is None:
            return None
        name = canonical.get(found[0], found[0])
        if name not in speakers:
            return None
        return name, block.text if name in panel else found[1]

    turns, lead, _ = _walk(blocks, label)
    words: Counter[str] = Counter()
    for speaker, paragraphs in turns:
        words[speaker] += sum(len(paragraph.split()) for paragraph in paragraphs)
    if len(speakers) == 1 or _board(turns):
        # Only the interviewer is named, or an editorial board's members: a turn is the question, then the
        # paragraphs that answer it. A question's label ("Q:", "Question:") names nobody: the layout of
        # question labels reads it. The member who asks most stands for the board.
        asker = max(sorted(speakers), key=lambda name: counts[name])
        if _QA_LABEL.match(f"{asker}:"):
            return None
        asked = [paragraphs[0].endswith("?") for _, paragraphs in turns if paragraphs]
        if sum(asked) * 2 < len(asked):
            return None
        layout = _labelled(
            "a named interviewer", blocks, label, asks=bool, min_turns=2, answers_unlabelled=True
        )
        return layout and _named(layout, interviewer=asker)
    # A label, or a billing, that names the speaker's part as the asker's ("HOST:", "KYMBA CAHILL, HOST:")
    # says who asks, however little of what they say ends in a question, as a breakfast show's chat goes.
    billed_as = {canonical.get(b["name"], b["name"]): b["role"] for b in billings.values()}
    by_role = {name for name in speakers if asks_by_role(billed_as.get(name, name))}
    # Under a question's label ("Question:"), as a question-and-answer site prints each, every speaker named
    # answers it, a panellist whose short answer is all questions ("Why are plants green?") too.
    labels = {name for name in speakers if name in _ASKING_LABELS}
    askers = (labels or _askers(turns)) | numbered | by_role | co_hosts
    # Who answers speaks at length; a co-host who only chimes in ("That's the bigger problem!") says a
    # small part of what the interviewee says, and asks with the host. A panellist who says less than
    # the others still answers a question put to them, or is one of the guests the lead introduces ("we
    # spoke to Sina Alemohammad and Josue Casco-Rodriguez"); a co-host does neither.
    most = max(words.values(), default=0)
    introduced = set(_NAME_WORD.findall(" ".join(block.text for block in lead)))
    answered = {
        speaker
        for (asker, asked), (speaker, _) in itertools.pairwise(turns)
        if asker in askers and asked and (asker == "Q" or ends_asking(asked[-1]))
    }
    answering = [
        name
        for name in dict.fromkeys(speaker for speaker, _ in turns)
        if name not in askers
        and not _narrates(name)
        and (
            bool(labels)
            or words[name] * 4 >= most
            or name in answered
            or introduced.issuperset(_NAME_WORD.findall(name))
        )
    ]
    if not askers or not answering:
        answering = [max(sorted(speakers), key=lambda name: words[name])]
    if len(answering) > 1:
        panel.update(answering)  # a panel: "DR: We have one main coach"

    def billed_label(block: Block) -> Label | None:
        """A speaker billed by role who speaks once (the next segment's anchor) ends the answer before."""
        found = label(block)
        if found is None and billed and _ROLE_LABEL.match(block.text):
            return read(block)
        return found

    layout = _labelled(
        "speaker names",
        blocks,
        billed_label,
        asks=lambda speaker: speaker not in answering,
        min_turns=1 if briefed or billed or pair else 2,
        by_role=bool(by_role),
        prompters=co_hosts,
    )
    printed = {name for name in raw if canonical.get(name, name) in pair}  # "ADA LOVELACE" once, then "ADA"
    if layout is None or (pair and _only_labels(printed, layout)):
        return layout
    others = sorted(speakers - set(answering), key=lambda name: -words[name])
    # The full name the page printed once ("ANN MARSH, HARBOUR MASTER:") names them better than "MARSH".
    fuller = {short: name for name, short in canonical.items() if " " in name}
    named = _named(
        layout,
        interviewee=fuller.get(answering[0], answering[0]),
        interviewer=fuller.get(others[0], others[0]) if others else None,
        panel=[fuller.get(name, name) for name in answering] if len(answering) > 1 else (),
    )
    if len(answering) > 1:
        return named
    billed_in = next(
        (
            part
            for block, found in labelled
            if canonical.get(found[0], found[0]) == answering[0] and (part := _billed_part(block.text))
        ),
        None,
    )
    return replace(named, billing=billed_in)


# How many questions set apart after a single labelled exchange say that its labels are no layout.
_QUESTIONS_AFTER_THE_NAMES = 2


def _questions_after(blocks: Sequence[Block], found_labels: Sequence[Label | None]) -> bool:
    """Whether questions set apart by emphasis or a number follow the page's last speaker's label.

    A page may name the speakers of its first exchange only ("Aaron: _Why Jekyll?_" over "Parker: I …"),
    then set every question in italics or number it; a quotation an answer opens with ("Ortega said:
    …") may look like a label too. Read by those labels, the page would be one exchange whose answer
    holds every question after it: the layout the questions are set in reads it.
    """
    last = max(number for number, found in enumerate(found_labels) if found)
    asked = sum(
        (block.emphasis != "plain" or block.number is not None) and ends_asking(block.text)
        for block in blocks[last + 1 :]
    )
    return asked >= _QUESTIONS_AFTER_THE_NAMES


def _set_apart(block: Block) -> str | None:
    """How the page sets a paragraph apart: its emphasis, its number in a count, or its "?" alone."""
    if block.emphasis != "plain":
        return block.emphasis
    if block.number is not None:
        return "numbered"
    return "asking" if ends_asking(block.text) else None


def _panel_under_questions(blocks: Sequence[Block]) -> Layout | None:
    """A panel's answers, each paragraph opening with its speaker's name, under questions the page sets apart.

    "**How did you start?**" (or "3. How …?", or a plain "How …?") over "Ann Marsh: I was twelve …" and
    "Tom Berg: …": the questions carry no label, the panellists' paragraphs do. Read as speakers' turns,
    an answer that ends a turn would take the next question into it. Where every paragraph just before a
    name is set apart the same way (a heading, bold or italics, a number, or a "?" where nothing else marks
    it), two of them at least, and no named panellist asks, the page's questions are those paragraphs
    (and the others so set that ask, over an answer that names no one), each answer kept as printed with
    its speakers' names.
    """
    # The page's title may read as a label ("Captains' Interviews: Swimming"): a heading, or the first line.
    labels = [
        None if number == 0 or block.emphasis == "heading" else _speaker_label(block)
        for number, block in enumerate(blocks)
    ]
    named = [number for number, found in enumerate(labels) if found and found[0] not in _QUESTION_LABELS]
    if not named or any(found and found[0] in _QUESTION_LABELS for found in labels):
        return None
    before = {number - 1 for number in named if number and labels[number - 1] is None}
    styles = {_set_apart(blocks[number]) for number in before}
    style = styles.pop() if len(styles) == 1 else None
    if style is None or len(before) < 2 or min(before) > min(named):
        return None

    def asked(number: int) -> bool:
        block = blocks[number]
        if labels[number] is not None or number + 1 >= len(blocks) or labels[number + 1] is not None:
            return False
        if style == "asking":
            return _asks_you(block)
        return _set_apart(block) == style and ends_asking(_strip_label(block.text))

    questions = before | {number for number in range(min(before), len(blocks)) if asked(number)}
    layout = _split_at(
        "speaker names",  # a panel's, under questions the page sets apart
        blocks,
        questions,
        ends_answer=_section_title if style == "asking" else lambda block: block.emphasis == "heading",
        apart=style == "numbered",
    )
    if layout is None:
        return None
    # Every name opens a paragraph of an answer, and no one named asks: they answer, as a panel does.
    answered = {text for turn in layout.turns for text in turn.answer}
    if any(blocks[number].shown not in answered for number in named):
        return None
    canonical = _merge_initials(Counter(found[0] for found in labels if found))
    runs: list[tuple[str, list[str]]] = []
    for turn in layout.turns:
        for text in turn.answer:
            found = _speaker_label(Block(text))
            if found is not None:
                runs.append((canonical.get(found[0], found[0]), [text]))
            elif runs:
                runs[-1][1].append(text)
    panel = list(dict.fromkeys(speaker for speaker, _ in runs))
    if len(panel) < 2 or _askers(runs):
        return None
    fuller = {short: name for name, short in canonical.items() if " " in name}
    return _named(layout, interviewee=fuller.get(panel[0], panel[0]), panel=[fuller.get(n, n) for n in panel])


def _board(turns: Sequence[tuple[str, list[str]]]) -> bool:
    """Whether the speakers named are all interviewers, as an editorial board's are, the answers unlabelled.

    Each named turn asks ("How does that prepare you? I have a follow-up, but I'll leave it there.") and
    paragraphs with no name follow it, every time: a guest named too would not ask each time they speak.
    """
    return len(turns) >= _BOARD_TURNS and all(
        len(paragraphs) > 1 and "?" in paragraphs[0] for _, paragraphs in turns
    )


# A board's questions, two at least from each of two members: fewer may be a guest's questions back.
_BOARD_TURNS = 4


def _billed_part(text: str) -> str | None:
    """The part a speaker's label bills them in: "Harbour Master" in "Ann Marsh, Harbour Master: …".

    After a comma, in capitals or title case as broadcast and government transcripts print it, or in
    brackets as NPR's do ("Ms. ANN MARSH (Harbour master, Port of Leith):"); a time or an aside in brackets
    ("(00:03)", "(laughs)") bills nothing.
    """
    if found := _ROLE_LABEL.match(text) or _TITLE_CASE_ROLE_LABEL.match(text):
        return found["role"].strip('"“” ')
    found = _SPEAKER_LABEL.match(text)
    bracketed = found["bracketed"] if found else None
    if bracketed and bracketed[:1].isupper() and not re.search(r"\d", bracketed):
        return bracketed.strip()
    return None


def _put_to_the_named(blocks: Sequence[Block], found_labels: Sequence[Label | None]) -> list[Block] | None:
    """The blocks with each unlabelled question before a named answer labelled "Q", where nobody named asks.

    A magazine's round table sets its questions apart, in bold or not at all, and names each panellist
    before their answer ("What was your first job? / Muireann: A lab assistant. / Samantha: Barista."):
    run on, such a question would end the answer before it. Two such questions at least make the layout.
    """
    asked = {
        number
        for number, block in enumerate(blocks[:-1])
        if found_labels[number] is None
        and (following := found_labels[number + 1]) is not None
        and following[0] not in _QUESTION_LABELS
        and _asks_you(block)
    }
    if len(asked) < 2:  # a single one may be the page's "Where can people find you?" over its links
        return None
    put = [Block(f"Q: {b.text}", b.emphasis) if n in asked else b for n, b in enumerate(blocks)]
    turns, _, _ = _walk(put, _speaker_label)
    return None if _askers(turns) - _QUESTION_LABELS else put


def _asking_once(turns: Sequence[tuple[str, list[str]]], counts: Counter[str]) -> set[str]:
    """Those named once who ask a question a regular speaker answers: a member's or an audience's only one.

    An official report names every member who puts a question, and one may put a single one; taken for
    no speaker, their question would run on in the answer before it.
    """
    return {
        asker
        for (asker, asked), (speaker, _) in itertools.pairwise(turns)
        if counts[asker] == 1 and counts[speaker] >= 2 and asked and ends_asking(asked[-1])
    }


def _prompting_once(turns: Sequence[tuple[str, list[str]]], counts: Counter[str]) -> set[str]:
    """Those billed once by full name in capitals whose statement the guest answers at length: a co-host.

    A radio transcript names each presenter as it names the guest ("ANNABELLE BRETT:"), and one may speak
    once, to put a statement the guest, who says most, takes up ("We've turned the weather on for you
    today."); taken for no speaker, their words would run on in the guest's answer before it.
    """
    said = Counter[str]()
    for name, paragraphs in turns:
        said[name] += _turn_length(paragraphs)
    guest = max(said, key=lambda name: said[name], default=None)
    return {
        asker
        for (asker, asked), (speaker, reply) in itertools.pairwise(turns)
        if counts[asker] == 1
        and speaker == guest
        and counts[speaker] >= 2
        and reply
        and not ends_asking(reply[-1])
        and asker.isupper()
        and " " in asker
        and asked
        and not ends_asking(asked[-1])
        and _answered(asked, reply)
    }


def _taking_turns(turns: Sequence[tuple[str, list[str]]]) -> tuple[str, str] | None:
    """The asker and the answerer, where the only two labels alternate turn by turn and one of them asks.

    That is how a question and its answer are marked, whatever the labels say ("I:"/"R:", "F."/"A.",
    "Frage:"/"Antwort:", two names): most of one label's turns end in "?", and the other's, which says
    more, mostly do not. So the page needs no count of turns to be an interview: one exchange is one.
    """
    speakers = list(dict.fromkeys(speaker for speaker, _ in turns))
    alternate = all(first != second for (first, _), (second, _) in itertools.pairwise(turns))
    askers = _askers(turns)
    if len(speakers) != 2 or not alternate or len(askers) != 1:
        return None
    asker, answerer = sorted(speakers, key=lambda speaker: speaker not in askers)
    said = Counter[str]()
    for number, (speaker, paragraphs) in enumerate(turns):
        # A host who opens the show welcomes the listeners before the first question: of that turn, only
        # the question is what they ask, the welcome (which asks nothing) the lead.
        opening = number == 0 and speaker == asker and len(paragraphs) > 1
        opening = opening and not any(ends_asking(paragraph) for paragraph in paragraphs[:-1])
        said[speaker] += _turn_length(paragraphs[-1:] if opening else paragraphs)
    return (asker, answerer) if said[asker] < said[answerer] else None


def _only_labels(labels: Set[str], layout: Layout) -> bool:
    """Whether one-word labels are no word of the page's own text: they mark a turn and name nobody.

    "Frage:"/"Antwort:" or "Interviewer:"/"Respondent:" say who asks and who answers; a person the page
    labels by one name ("Nate:") is named in its lead or a turn too, and a full name is a name anyway.
    """
    said = set(_NAME_WORD.findall(" ".join(layout.texts()).lower()))
    return all(" " not in label and label.lower() not in said for label in labels)


def joined(names: Sequence[str]) -> str:
    """A panel's names as a sentence lists them: "Ann, Bo and Cy"."""
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def _briefed(labels: Sequence[str], numbered: set[str]) -> set[str]:
    """The bare "Q" and whoever answers it by name, as a press briefing prints them: speakers at once.

    A short briefing ("MS. LUND: The quay closes. / Q When will it reopen? / MS. LUND: Thursday.") has
    a single question, and maybe a single answer: the bare "Q" is label enough to take them as a turn.
    So is a committee's number, though each member may put a single question ("Q7 Tom Berg: ..."), and
    a round table's question is answered by each panellist in turn, each of them named once.
    """
    asking = {"Q", *numbered}
    briefed: set[str] = set()
    asker: str | None = None
    for label in labels:
        if label in asking:
            asker = label
        elif asker is not None:
            briefed.update((asker, label))
    return briefed


def _askers(turns: Sequence[tuple[str, list[str]]]) -> set[str]:
    """The speakers most of whose turns end in a question: the interviewer, however many answer.

    A "Q" label asks whatever its words end with: a fan's question signed with their handle ("How did you
    start? - jossi") is one still.
    """
    asked: Counter[str] = Counter()
    spoke: Counter[str] = Counter()
    for speaker, paragraphs in turns:
        spoke[speaker] += 1
        asked[speaker] += bool(paragraphs) and ends_asking(paragraphs[-1])
    return {speaker for speaker, count in spoke.items() if speaker == "Q" or asked[speaker] * 2 >= count}


def _named(
    layout: Layout,
    *,
    interviewee: str | None = None,
    interviewer: str | None = None,
    panel: Sequence[str] = (),
) -> Layout:
    """Keep full names only (initials or a generic label say nothing); "ADA LOVELACE" reads "Ada Lovelace".

    A ``panel`` of several who answer is the interviewee together, where two of them at least are named.
    """
    casing = Casing.of(layout.texts())
    named = replace(layout, interviewee=_full(interviewee, casing), interviewer=_full(interviewer, casing))
    if not panel:
        return named
    full = tuple(person for name in panel if (person := _full(name, casing)))
    return replace(named, interviewee=joined(full) if len(full) > 1 else None, panel=full)


# The words in capitals of a name, read together: "ADA LOVELACE", or "ROMERO" after a title ("Dr. ROMERO").
_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*\b")


def _full(name: str | None, casing: Casing) -> str | None:
    """The speaker's name as a person's; a lone letter or a generic label names nobody.

    "DIAZ" reads "Diaz", "Dr. ROMERO" "Dr. Romero", and initials ("RD") stay: metadata completes them
    from the title or lead.
    """
    if not name or not _names_someone(name):
        return None
    return name if is_initials(name) else _CAPITALS_RUN.sub(lambda run: casing(run.group()), name)


def _names_someone(label: str) -> bool:
    return not _GENERIC_SPEAKER.match(label) and len(label.strip()) >= 2


def _initials(name: str) -> str:
    """The initials a page abbreviates a name to: AL for Ada Lovelace, CC-G for Carla Canturri-Gispert."""
    return "".join(
        "-".join(part[0] for part in word.split("-") if part)
        for word in name.split()
        if word.lower().rstrip(".") not in HONORIFICS and word[0].isupper()
    )


def _merge_initials(names: Iterable[str]) -> dict[str, str]:
    """Map the other spellings of a speaker to the one the page goes on with.

    "CA" to "Chris Anderson" when the page switches to initials after the first turns (or "SH" to "Sandra
    Stewart Holyoak": the first and the last name's), and a full name printed once ("METIRIA TUREI") to
    the first name or the surname the page then uses ("METIRIA", "BOLDUAN").
    """
    names = list(names)
    full = [name for name in names if " " in name]
    merged: dict[str, str] = {}
    for name in names:
        if name.isupper() and 2 <= len(name) <= 4 and " " not in name:
            matches = [
                candidate
                for candidate in full
                if name in ((initials := _initials(candidate).upper()), initials[:1] + initials[-1:])
            ]
            if len(matches) == 1:
                merged[name] = matches[0]
    for name in full:
        shorter = [
            other for other in names if " " not in other and other in (name.split()[0], name.split()[-1])
        ]
        if len(shorter) == 1 and name not in merged.values():
            merged[name] = shorter[0]
        # A title kept with the surname: "Mr. STEVE HELY" printed once, then "Mr. HELY", as NPR's older
        # transcripts print a guest.
        words = name.split()
        titled = [other for other in names if len(words) > 2 and other.split() == [words[0], words[-1]]]
        if words[0].lower().rstrip(".") in HONORIFICS and len(titled) == 1 and name not in merged.values():
            merged[name] = titled[0]
    # A first name printed once, then its initial alone: "Idris:", then "I:" as the page goes on.
    for place, letter in enumerate(names):
        if len(letter) != 1 or not letter.isupper():
            continue
        spelled = [name for name in names if " " not in name and len(name) > 2 and name[0] == letter]
        if len(spelled) == 1 and spelled[0] not in merged and names.index(spelled[0]) < place:
            merged[letter] = spelled[0]
    return merged


def _walk(
    blocks: Sequence[Block], label: Callable[[Block], Label | None]
) -> tuple[list[tuple[str, list[str]]], list[Block], list[str]]:
    """Group blocks into turns: a labelled block starts one, plain blocks continue it.

    A heading that is not a turn ends the current one (a "Get involved" box after the last answer).
    """
    turns: list[tuple[str, list[str]]] = []
    lead: list[Block] = []
    unused: list[str] = []
    open_turn = False
    for block in blocks:
        found = label(block)
        if found is not None:
            speaker, rest = found
            turns.append((speaker, [rest] if rest else []))
            open_turn = True
        elif not turns:
            lead.append(block)
        elif block.emphasis == "heading" or not open_turn:
            open_turn = False
            unused.append(block.text)
        else:
            turns[-1][1].append(block.shown)
    return turns, lead, unused


# The voice a documentary or a podcast tells its story in, between the interview's turns.
_NARRATORS = frozenset({"narrator", "announcer", "voiceover", "voice-over", "voice over", "vo"})


def _narrates(speaker: str) -> bool:
    """Whether the label names a narrator, who tells the story rather than asking or answering."""
    return speaker.lower() in _NARRATORS


def _labelled(
    name: str,
    blocks: Sequence[Block],
    label: Callable[[Block], Label | None],
    *,
    asks: Callable[[str], bool],
    min_turns: int,
    answers_unlabelled: bool = False,
    remarks: bool = True,
    by_role: bool = False,
    prompters: Set[str] = frozenset(),
) -> Layout | None:
    """The turns ``label`` finds; with ``remarks``, an aside between two answers is no question.

    Where the labels name the asker's part (``by_role``: "JOURNALIST:", "HOST:"), the page says who put
    each turn and who answered it: a statement answered at length is a question of its own, as a
    reporter's at a doorstop ("The union says the owners walked away from the table."). So does a co-host's
    statement, one of the ``prompters`` named once.
    """
    raw_turns, lead, unused = _walk(blocks, label)
    raw_turns, sponsor_reads = _without_sponsor_reads(raw_turns, asks)
    turns: list[Turn] = []
    question: list[str] = []
    answer: list[str] = []
    dropped: list[str] = []

    def close() -> None:
        if question and answer:
            turns.append(Turn(" ".join(question), tuple(answer)))
        elif question:
            dropped.append(" ".join(question))

    asides: list[str] = []
    sign_off: list[str] = []
    if raw_turns and not answers_unlabelled and not asks(raw_turns[0][0]) and _asked_in_the_lead(lead):
        # The host's opening is printed with no label, the guest's name over the answer to it: the lead's
        # last paragraph, put to the guest, is the first question ("Steve Hely, welcome to FRESH AIR. Why
        # did you want to write a book about bad books?" over "Mr. STEVE HELY (Comedy writer): Well, ...").
        question = [lead[-1].shown]
        lead = lead[:-1]
    for number, (speaker, paragraphs) in enumerate(raw_turns):
        following = raw_turns[number + 1][0] if number + 1 < len(raw_turns) else None
        if _narrates(speaker) and question:
            unused.extend(paragraphs)  # no part of the answer it interrupts, which goes on after it
            continue
        if _narrates(speaker):
            lead += [Block(text) for text in paragraphs]  # before the questions, it sets the scene
            continue
        if answers_unlabelled:
            close()
            question, answer = paragraphs[:1], paragraphs[1:]
        elif asks(speaker):
            if remarks and answer and _signs_off(paragraphs, raw_turns[number + 1 :], asks):
                sign_off = [text for _, texts in raw_turns[number:] for text in texts]
                break
            between = bool(answer) and following is not None and not asks(following)
            reply = next(iter(raw_turns[number + 1][1]), "") if between else ""
            answered = between and (
                ((by_role or speaker in prompters) and _answered(paragraphs, raw_turns[number + 1][1]))
                or _said_of_you(paragraphs, raw_turns[number + 1][1])
                or (len(paragraphs) == 1 and _taken_up(paragraphs[0], reply))
            )
            if remarks and between and _remark(paragraphs) and not answered:
                # A remark between two answers ("That's the bigger problem!") asks nothing: the answer goes
                # on. The TED interview in shared/eval has 43 interviewer turns, 29 of them questions or
                # prompts of three sentences or more ("So your proposition to consumers is … You don't pay
                # anything.").
                asides.extend(paragraphs)
                continue
            if answer:
                close()
                question, answer = [], []
            question.extend(paragraphs)
        elif question:
            if not answer and following is not None and asks(following) and _asks_back(paragraphs):
                unused.extend(paragraphs)  # the question is put again, and answered after that
                continue
            if not turns and not answer:
                # Before the first answer, what the hosts say before they ask is the show's lead; so is a
                # welcome that asks nothing and the guest's thanks for it ("Thanks for having me."), however
                # long they go on after them ("I have listened to this show for years ..."). A
                # welcome may ask in passing ("And who does not love fresh bread?") and go on: the question
                # opens with the first paragraph that ends asking, where one does.
                asking = [n for n, text in enumerate(question) if _asks_anything([text])]
                ending = [n for n in asking if _asks_anything(_sentences([question[n]])[-1:])]
                opening = next(iter(ending or asking), None)
                if opening is None and remarks and (_remark(paragraphs) or _thanks_for_having(paragraphs)):
                    lead += [Block(text) for text in (*question, *paragraphs)]
                    question = []
                    continue
                lead += [Block(text) for text in question[: opening or 0]]
                question = question[opening or 0 :]
            answer.extend(paragraphs)
        else:
            unused.extend(paragraphs)
    close()
    if len(turns) < min_turns:
        return None
    return Layout(
        name,
        tuple(turns),
        tuple(lead),
        tuple(unused),
        dropped_questions=tuple(dropped),
        remarks=tuple(asides),
        sign_off=tuple(sign_off),
        sponsor_reads=tuple(sponsor_reads),
    )


# How a podcast's host reads an ad: "This episode is brought to you by …", "Today's show is sponsored
# by …", "Support for this podcast comes from …", "… use code HARBOUR at checkout", "And now a word from
# our sponsors".
_SHOW = r"(?:this|today['’]s|the) (?:episode|show|podcast|season|program|programme|segment)"
# The sponsor it names, in capitals ("… brought to you by Kettle & Crumb, the bakery …"): the read names
# it again where it goes on ("Kettle & Crumb ships …", "… today with Kettle & Crumb?").
_SPONSOR = r"(?:\s+(?:the\s+)?(?-i:(?P<sponsor>[A-Z][\w'’-]*(?: (?:&|and|[A-Z][\w'’-]*))*)))?"
_SPONSOR_READ = re.compile(
    rf"\b(?:{_SHOW}(?: of [\w'’ .-]{{1,40}}?)? is (?:brought to you|sponsored|supported|presented"
    rf"|made possible|underwritten)(?: in part)? by"
    rf"|support for {_SHOW}\b[^.?!]{{0,30}}? (?:comes|is provided) from)\b{_SPONSOR}"
    r"|\b(?:use|enter) (?:the )?(?:promo |discount |offer |coupon )?code \w[\w-]* (?:at checkout|for \d+ ?%)"
    r"|\ba word from (?:our|today['’]s) sponsors?\b",
    re.IGNORECASE,
)


def _without_sponsor_reads(
    turns: Sequence[tuple[str, list[str]]], asks: Callable[[str], bool]
) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """The turns without the host's ad reads, and the reads: no one's question, nor part of an answer.

    A read sits in the host's turn, between two answers or before the first question, and says what it
    is. Its sentences go from the first that says so to the last that says so or names the sponsor
    ("This episode is brought to you by Acme. … Try Acme today. Use code HARBOUR at checkout."); what
    the host says after it ("Now, back to Rune. Where …?") stays. A turn with nothing left is gone, and
    the answers either side of it one answer.
    """
    kept: list[tuple[str, list[str]]] = []
    reads: list[str] = []
    for speaker, paragraphs in turns:
        sentences = [(n, sentence) for n, text in enumerate(paragraphs) for sentence in _sentences([text])]
        read = _sponsor_read([sentence for _, sentence in sentences]) if asks(speaker) else None
        if read is not None:
            reads.append(" ".join(sentences[n][1] for n in read))
            touched = {sentences[n][0] for n in read}
            rest = [(number, sentence) for n, (number, sentence) in enumerate(sentences) if n not in read]
            paragraphs = [
                " ".join(sentence for number, sentence in rest if number == paragraph)
                if paragraph in touched
                else text
                for paragraph, text in enumerate(paragraphs)
            ]
            paragraphs = [text for text in paragraphs if text]
        if paragraphs:
            kept.append((speaker, paragraphs))
    return kept, reads


def _sponsor_read(sentences: Sequence[str]) -> range | None:
    """Which of a host's sentences read an ad: from the first that says so to the last that names it.

    A sentence that asks is no read's saying so: "So the podcast is supported by listeners, how?" asks.
    """
    said = [None if ends_asking(sentence) else _SPONSOR_READ.search(sentence) for sentence in sentences]
    opening = next((n for n, found in enumerate(said) if found), None)
    if opening is None:
        return None
    sponsors = {found["sponsor"] for found in said if found and found["sponsor"]}
    naming = re.compile(rf"\b(?:{'|'.join(map(re.escape, sponsors))})\b") if sponsors else None
    last = max(
        n
        for n in range(opening, len(sentences))
        if said[n] or (naming is not None and naming.search(sentences[n]))
    )
    return range(opening, last + 1)


def _asked_in_the_lead(lead: Sequence[Block]) -> bool:
    """Whether the lead ends on a paragraph that puts a question to the guest, not on a heading."""
    last = lead[-1] if lead else None
    return last is not None and last.emphasis != "heading" and _asks_you(last) and len(last.text.split()) > 3


def _sentences(paragraphs: Sequence[str]) -> list[str]:
    return [part for text in paragraphs for part in re.split(r"(?<=[.!?…])\s+", text.strip()) if part]


# An aside is short ("That's the bigger problem!"); an interviewer who speaks longer without asking sets
# up what the guest answers next ("One of the things you said there was your diversity of income, and
# I think this goes back to ..."), as podcast hosts and radio interviewers often do.
_REMARK_WORDS = 25


def _turn_length(paragraphs: Sequence[str]) -> int:
    """A turn's length in words as spaces part them: tells a remark from a prompt, a reply from an answer."""
    return sum(len(text.split()) for text in paragraphs)


def _remark(paragraphs: Sequence[str]) -> bool:
    """An aside that invites no answer: a short sentence or two that asks nothing. Longer, it is a prompt."""
    short = _turn_length(paragraphs) <= _REMARK_WORDS
    return short and len(_sentences(paragraphs)) <= 2 and not _asks_anything(paragraphs)


def _asks_back(paragraphs: Sequence[str]) -> bool:
    """Whether an answering turn is one word asking back ("Sorry?", "Pardon?"): the question went uncaught."""
    words = " ".join(paragraphs).split()
    return len(words) == 1 and ends_asking(words[0])


# A reply of a sentence or more says something of its own; a courtesy ("Thank you, Grace.", "Fantastic.")
# is shorter. A statement has a sentence of a few words; interjections ("Okay. Oh, great.") have none.
_ANSWER_WORDS = 8
_STATEMENT_WORDS = 3


def _answered(remark: Sequence[str], reply: Sequence[str]) -> bool:
    """Whether ``reply`` answers ``remark``: a statement, answered at length and not with thanks for coming.

    A note in place of the words ("[inaudible]") may stand for any statement. A remark that goes on from
    the answer before ("Which is not quite how it turned out.") is part of it.
    """
    words = _turn_length(reply)
    noted = bool(remark) and all(stage_direction(text) for text in remark)
    states = noted or any(len(sentence.split()) >= _STATEMENT_WORDS for sentence in _sentences(remark))
    goes_on = bool(remark) and bool(_GOES_ON.match(remark[0]))
    return words >= _ANSWER_WORDS and states and not goes_on and not _thanks_for_having(reply)


# A statement the interviewer makes about the guest, for them to take up: "You grew up on a farm in Kerry."
_OF_YOU = re.compile(r"^(?:(?:And|So|Now|Well),?\s+)?(?:You|Your)\b[^!?]*\.$")
# What takes such a statement up is a real answer: several sentences, as a courtesy or an "I did." is not.
_ANSWER_SENTENCES = 3
_LONG_ANSWER_WORDS = 30


def _said_of_you(remark: Sequence[str], reply: Sequence[str]) -> bool:
    """Whether an interviewer's statement of one sentence about the guest is answered at length: a question.

    "You grew up on a farm in Kerry." over an answer of several sentences puts a topic to the guest, as
    "That's the bigger problem!" or a short reply does not.
    """
    return (
        len(remark) == 1
        and len(_sentences(remark)) == 1
        and bool(_OF_YOU.match(remark[0]))
        and len(_sentences(reply)) >= _ANSWER_SENTENCES
        and _turn_length(reply) >= _LONG_ANSWER_WORDS
        and not _thanks_for_having(reply)
    )


# A guest's thanks for the invitation, what they answer a welcome with: "Thanks so much for having me",
# "Thank you, Jane, it's a pleasure to be here". Thanks alone ("Thanks, Guyon. Look, ...") may open an
# answer to a host's prompt that asks without a question mark.
_THANKS_FOR_HAVING = re.compile(
    r"^(?:[\w'’]+,?\s+)?(?:thank you|thanks)\b[^.?!]{0,40}?\b(?:for (?:having|inviting) (?:me|us)"
    r"|for the invitation|to be (?:here|on|with you))\b",
    re.IGNORECASE,
)


def _thanks_for_having(paragraphs: Sequence[str]) -> bool:
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


def _signs_off(
    remark: Sequence[str], later: Sequence[tuple[str, list[str]]], asks: Callable[[str], bool]
) -> bool:
    """Whether the interviewer's remark thanks the guest and nothing after it asks or answers: a sign-off.

    It is no part of the last answer, nor a question its courtesy back answers.
    """
    courtesies = all(not asks(speaker) and _courtesy(texts) for speaker, texts in later)
    return _thanks(remark) and courtesies


def _thanks(remark: Sequence[str]) -> bool:
    """A short remark that opens thanking someone ("Thank you, Rosa."), not what someone is owed thanks to."""
    return bool(remark) and bool(_THANKS.match(remark[0])) and _remark(remark)


def _signs_off_unlabelled(paragraphs: Sequence[str]) -> bool:
    """Unlabelled paragraphs that close a page: the interviewer's thanks, then each courtesy back.

    Where the page names no speaker, the thanks and the guest's "Thank you. Come back soon." would run
    into the last answer.
    """
    return _thanks(paragraphs[:1]) and all(_courtesy([text]) for text in paragraphs[1:])


def _courtesy(texts: Sequence[str]) -> bool:
    """A reply that says nothing of its own: a few words, or thanks back in a sentence or two."""
    thanks = (
        bool(texts) and bool(_THANKS.match(texts[0])) and len(_sentences(texts)) <= _THANKS_BACK_SENTENCES
    )
    return _turn_length(texts) < _ANSWER_WORDS or (thanks and _turn_length(texts) < 2 * _ANSWER_WORDS)


# A sentence that opens with "which" and does not end in "?" goes on from the one before, as people speak
# and write ("Which is a long way from the lab."): it asks nothing.
_GOES_ON = re.compile(r"^which\b(?!.*\?$)", re.IGNORECASE)


# An interviewer who names the next topic ("Let's talk about funding.", "Now let's turn to the students.")
# prompts the guest as a question does: what follows answers it, however short the prompt.
_TOPIC_PROMPT = re.compile(
    r"^(?:(?:so|now|ok(?:ay)?|well|right|and|but),? )?let(?:'|’)?s (?:talk|turn|move on|move|go back"
    r"|come back|get back|discuss|look|focus|switch|shift|dig into"
    r"|start with|finish with|end with|close with)\b",
    re.IGNORECASE,
)


def _asks_anything(paragraphs: Sequence[str]) -> bool:
    """Whether any sentence of a speaker's turn asks or prompts ("Tell us about your first six.")."""
    return any(
        (_looks_like_question(sentence) or _TOPIC_PROMPT.match(sentence)) and not _GOES_ON.match(sentence)
        for sentence in _sentences(paragraphs)
    )


# -- questions set apart: headings, bold, italics; or paragraphs ending in "?" -----------------------

# A prompt may open politely: "Please tell me his name ...".
_QUESTION_START = re.compile(
    r"^(?:please,? )?(?:what|how|why|who|whom|whose|when|where|which|do|does|did|is|are|was|were|can|could|"
    r"would|will|should|have|has|had|tell|describe|explain|talk|walk|give|share)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def _looks_like_question(text: str) -> bool:
    return text.rstrip(" *_\"”’'」』").endswith(("?", "？")) or bool(_QUESTION_START.match(text))


# The number a page prints inside a bold or heading question ("**1. Why did you join?**", "## 3) Your
# first job."), where a list would have set it outside.
_QUESTION_NUMBER = re.compile(r"^#?\d{1,3}(?:\.\)|[.):])\s+(?=[A-Z\"“‘'(¿¡])")


def _strip_label(text: str) -> str:
    """A question set in bold may still carry "Q:", the interviewer's name or its number: drop it."""
    block = Block(text)
    found = _qa_label(block) or _speaker_label(block)
    return _QUESTION_NUMBER.sub("", found[1] if found and found[1] else text)


def _titled_questions(blocks: Sequence[Block]) -> Layout | None:
    def asks(block: Block) -> bool:
        return block.emphasis in ("heading", "bold", "italic") and _looks_like_question(
            _strip_label(block.text)
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
        addressed = following.emphasis == "plain" and not following.mark and _SECOND_PERSON.search(block.text)
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
    layout = _split_at(
        "questions in headings or bold",
        blocks,
        {*asked, *prompts},
        ends_answer=lambda block: block.emphasis == "heading",
        asides={number for number in quoted if number < last or number == last + 1},
    )
    return layout and (_named(layout, interviewee=answerer, interviewer=asker) if answerer else layout)


def _first_exchange_named(
    blocks: Sequence[Block], first: int
) -> tuple[Sequence[Block], str | None, str | None]:
    """The blocks, the first answer's label dropped, and the asker and answerer its exchange names.

    A page may name the speakers of its first exchange only ("Aaron: _Why Jekyll?_" over "Parker: I …"),
    then set the questions apart with no names: the names say who asks and who answers, and "Parker:" is
    no word of the answer.
    """
    asking = _speaker_label(blocks[first])
    answering = _speaker_label(blocks[first + 1]) if first + 1 < len(blocks) else None
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
    words = f" {_plain_words(block.text)} "
    if any(words in f" {_plain_words(other.text)} " for other in blocks if other is not block):
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


def _capital_topics(blocks: Sequence[Block]) -> Layout | None:
    """Topics in capitals over their answers ("ON LEAVING GOOGLE"): a magazine's interview without questions.

    A plain-text copy keeps them so; three at least make the layout. A title or a headline in capitals
    opens the page over its standfirst: a topic comes after the page said something in plain text. What
    follows a topic answers it, where an FAQ's sections in capitals hold questions. Tried last: a page of
    questions reads its capitals as section titles.
    """
    said = next((number for number, block in enumerate(blocks) if not _section_title(block)), len(blocks))
    topics = {
        number
        for number, (block, following) in enumerate(itertools.pairwise(blocks))
        if number > said
        and block.emphasis == following.emphasis == "plain"
        and _section_title(block)
        and not _section_title(following)
        and not following.mark
        and not ends_asking(following.text)
    }
    if len(topics) < _LISTED_QUESTIONS:
        return None
    return _split_at("topics in capitals", blocks, topics, ends_answer=_section_title)


def _asks_you(block: Block) -> bool:
    """An interviewer's question paragraph: short, or opening with a question word, or speaking to "you".

    An answer may end on a rhetorical question, which is longer. The question may follow a sentence of
    context: "A demanding show. Was it hard to get in shape?"
    """
    words = len(block.text.split())
    last = (_sentences([block.text]) or [""])[-1]
    addressed = bool(_QUESTION_START.match(block.text) or _QUESTION_START.match(last))
    addressed = addressed or bool(_SECOND_PERSON.search(block.text))
    return ends_asking(block.text) and words <= 120 and (words <= 20 or addressed)


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
        and len(_sentences([text])) > 1
        and bool(_FIRST_PERSON.search(text))
        and not _SECOND_PERSON.search(text)
    )


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
    block = blocks[number]
    text = block.text
    return (
        0 < number < len(blocks) - 1
        and not _asks_you(blocks[number - 1])
        and not ends_asking(blocks[number + 1].text)
        and bool(
            _PROMPT_ALONE.match(text)
            or (_PROMPT.match(text) and _SECOND_PERSON.search(text))
            or _TOPIC_PROMPT.match(text)
        )
        and len(text.split()) <= _PROMPT_SENTENCE_WORDS
        and len(_sentences([text])) == 1
        and text.endswith(".")
    )


# A reply to a statement opens by taking it up, a word and a stop: "Yes. It was the worst day.", "No, never."
_TAKES_UP = re.compile(
    r"^(?:yes|no|yeah|yep|nope|right|exactly|true|absolutely|indeed|correct|definitely|of course"
    r"|that's (?:right|true|fair)|that is (?:right|true))[.,!;:—–]",
    re.IGNORECASE,
)
_STATEMENT_PROMPT_WORDS = 40


def _states_to_you(blocks: Sequence[Block], number: int) -> bool:
    """An interviewer's statement about the one asked, which the next paragraph takes up as a question.

    "In 2019 you were caught in the avalanche. Three people in your group were injured." over "Yes. It was
    the worst day of my working life.": it speaks to "you", never as "I" or "we", asks nothing, and is
    answered with "Yes." or "No." at once; an answer's own "You learn the colours." goes on with no reply.
    """
    return 0 < number < len(blocks) - 1 and _taken_up(blocks[number].text, blocks[number + 1].text)


# A proposal the guest agrees to ("Let's roll that video and you can talk us through it."): no statement.
_PROPOSES = re.compile(r"\b(?:let's|let’s|let us)\b", re.IGNORECASE)


def _taken_up(statement: str, reply: str) -> bool:
    """A statement to "you", never as "I" or "we", that asks nothing and the reply opens with "Yes."."""
    return (
        bool(_SECOND_PERSON.search(statement))
        and not SPEAKS_FOR_ONESELF.search(statement)
        and not _PROPOSES.search(statement)
        and not _asks_anything([statement])
        and statement.endswith(".")
        and len(statement.split()) <= _STATEMENT_PROMPT_WORDS
        and bool(_TAKES_UP.match(reply))
    )


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
    sentences = _sentences([text])
    if len(sentences) < 2 or len(text.split()) > _PROMPT_WORDS:
        return False
    question, context = sentences[-2:]
    # The interviewer may say what they know of the one asked ("I know you trained as a nurse."): the
    # only "I" of the paragraph, and it speaks to "you".
    spoken = " ".join(sentences[:-1]) if _ASIDE_TO_YOU.match(context) else text
    return (
        ends_asking(question)
        and bool(_QUESTION_START.match(question))
        and (len(question.split()) > _CLIPPED_QUESTION_WORDS or bool(_SECOND_PERSON.search(question)))
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
    question = _sentences([blocks[number].text])[-2]
    following = blocks[number + 1].text
    return (
        bool(_SECOND_PERSON.search(question))
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


def _question_paragraphs(blocks: Sequence[Block]) -> Layout | None:
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
    questions = {number for number, block in enumerate(blocks) if _asks_you(block)}
    # What a speaker named on the line over it says is their answer, whatever it ends with.
    questions -= {number + 1 for number, block in enumerate(blocks) if _TITLED_SPEAKER_LINE.match(block.text)}
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
    return _split_at(
        "question paragraphs ending in '?'",
        blocks,
        questions - listed,
        ends_answer=_section_title,
        closing=listed,
    )


# The doubled dash a Japanese magazine opens each of the interviewer's turns with ("――最初のきっかけは？"),
# the answers set as plain paragraphs.
_INTERVIEWER_DASH = re.compile(r"^[―—─]{2}\s*(?=\S)")
# A line that ends no sentence, short, between two answers: a section's title ("概要").
_CLOSING_MARKS = "。．.!?！？」』）)…"
_SECTION_CHARACTERS = 16


def _interviewer_dashes(blocks: Sequence[Block]) -> Layout | None:
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

    return _split_at("questions opened by a doubled dash", split, asked, ends_answer=section)


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
    return after < len(blocks) and not _section_title(blocks[after])


def _section_title(block: Block) -> bool:
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


def _questions_opening_answers(blocks: Sequence[Block]) -> Layout | None:
    """A question opening the paragraph that holds its answer, the interview's only mark of a question."""
    return _opening_prompts("questions opening their answers", blocks, _opening_question)


def _prompts_before_colons(blocks: Sequence[Block]) -> Layout | None:
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
    if not any(_looks_like_question(prompt) or _SECOND_PERSON.search(prompt) for prompt in prompts):
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
        if opened or (number > opening[0] and _asks_you(block)):
            questions.add(len(split))
        split += [Block(opened[0]), Block(opened[1])] if opened else [block]
    return _split_at(name, split, questions, ends_answer=_section_title)


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


def _numbered_questions(blocks: Sequence[Block]) -> Layout | None:
    """Questions numbered 1, 2, 3 … ("3. Name one thing beginners get wrong."), each before its answer.

    The numbering tells a prompt that asks nothing from an answer's sentence. A numbered list in an
    answer starts again at 1, or runs on without text between its items, so only the one run counting
    up from 1 whose every item has text after it is taken; most of its items must end in "?". Past the
    first, a question directly followed by the next number, or ending the page, was left unanswered: the
    numbers part it from the question or the answer next to it, so it is dropped; one followed by a list
    numbered from 1 again is answered by that list.
    """
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
    return _split_at(
        "numbered questions",
        blocks,
        set(questions),
        ends_answer=lambda block: block.emphasis == "heading",
        apart=True,
    )


def _question_labels(blocks: Sequence[Block]) -> Layout | None:
    """Questions labelled ("Question 3:", "Q3.", "Question:") and answers that are not.

    The labels are the layout, so a question that asks nothing ("Describe the worst repair.") is one too.
    """
    labels = [_qa_label(block) for block in blocks]
    questions = {number for number, found in enumerate(labels) if found and found[0] == "Q" and found[1]}
    return _split_at(
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


def _split_at(
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
                turns[-1][0].append(_strip_label(block.text))  # two question paragraphs in a row
            else:
                turns.append(([_strip_label(block.text)], []))
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
    signed = next((n for n in range(1, len(last)) if _signs_off_unlabelled(last[n:])), len(last))
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
