"""A paragraph's lines: which of them start a block of their own, the rest unwrapped into one line.

A page copied from the web or a PDF loses blank lines; a list mark, a label, a question alone on its line,
a header's stacked lines or a line of furniture still start a block.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from bot.core.english import longest, zipf
from bot.importer.sources.blocks import SENTENCE_END, SPEAKER_NAME
from bot.importer.sources.furniture import (
    AUTHOR_BOX,
    CAPTION,
    CLOSING_CREDIT,
    CREDIT,
    END_MARK,
    SUBSCRIBE_PITCH,
    TAG_LINE,
    TIME_MARKER,
    is_furniture,
    stage_direction,
)
from bot.importer.sources.header import DATELINE
from bot.importer.sources.page_breaks import COMMENTER
from bot.importer.sources.speakers import NAME, NAME_LINE, bare_rows, label_alone, timed_name

# The marks an item of a list opens with: Markdown's, and the bullets a word processor or a page prints,
# which some pages put before each question ("■ Why cassava?").
BULLETS = "-*+•▪■□◆◇●○◦►▶▸‣"
# A numbered item's mark: "3." and "3)" as Markdown has them, "3.)" as some blogs type both, and "3.-" as
# Spanish typography sets a number before its words.
ITEM_NUMBER = r"\d{1,2}(?:\.\)|\.-|[.)])"
# A line that starts a block of its own even without a blank line before it: a label, a heading,
# bold, a list item. Interviews often put "Q: ..." and "A: ..." (or "Q – ..." and "A – ...", as a
# blog types them) on consecutive lines; Chinese type sets the label's colon full-width, with no space
# after it ("Q：").
# Spanish and Portuguese set the dialogue dash right against the words ("—¿Por qué?", "—Sí, lo es."): no
# space after it, before a capital or an opening mark, where a dash before a number ("–5 degrees") or a
# word in small letters is no dialogue's.
DIALOGUE_OPENING = r"[¿¡«“\"‘'A-ZÀ-ÖØ-Þ]"
_TIGHT_DASH = rf"[—–](?={DIALOGUE_OPENING})"
_STARTS_BLOCK = re.compile(
    rf"^\s*(?:\*\*|__|#{{1,6}}\s|[{BULLETS}—–]\s|{_TIGHT_DASH}|"
    rf"{ITEM_NUMBER}\s|\d{{1,2}}-\s+(?=[A-Z])|[A-Z]{{2,4}}:\s"
    r"|(?:Q|A|Question|Answer)\s*\d*\s*(?:(?:[:.)]|\s[-–—])\s|：))"
)
HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*?)\s*#*\s*$")
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*=+\s*$")
# A dash also opens a line of dialogue, which is no item of a list: only the other marks are kept. A blog
# may number its questions "1- What ...?".
_TIGHT_LINE = re.compile(rf"^\s*{_TIGHT_DASH}")
LIST_MARK = re.compile(
    rf"^\s*(?:(?:(?P<mark>[{BULLETS}]|{ITEM_NUMBER}|\d{{1,2}}-(?=\s+[A-Z]))|[—–])\s+|{_TIGHT_DASH})"
)
# The dash a line of dialogue opens with, set inside the bold or italics of a question or heading
# ("*— Why did you leave?*", "<em>– How?</em>"), where the list marks before the markup never reach it.
DIALOGUE_MARK = re.compile(rf"^(?:[—–]\s+(?=\S)|{_TIGHT_DASH})")
# A line a question's label opens, the question after it: "Question 1: Was it luck?", "Q: Why boats?".
_QUESTION_OPENING = re.compile(r"^\s*(?:Q|Question)\s*\d{0,2}\s*[:：.)]\s+\S")


# "Ann Marsh: ..." or "Interviewer: ...": a speaker's turn, when several lines of a paragraph open so.
# French sets a space before the colon ("Ann Marsh : ..."); a broadcast transcript adds a role in capitals
# ("ANN MARSH, HOST: ..."), or runs the name in capitals into the turn ("MARSH:Two ...").
_SPEAKER_LINE = re.compile(
    rf"^\s*(?:Q\d{{1,4}}\s+)?(?:\*\*)?{SPEAKER_NAME}(?:, [A-Z0-9\"“][^a-z:]{{0,80}}?)?(?:\*\*)? ?:[\"”]?"
    r"(?:\*\*)?(?:\s|(?<=[A-Z]:)(?=[A-Z\"“‘']))"
)


# Dialogue set with dashes may print a question and its answer in one paragraph, each opening with a dash
# ("— Why did you leave? — Because ..."), as translated interviews often do: the question ends at the
# first "?" the same dash follows.
_DASHED_PAIR = re.compile(
    rf"^(?P<question>\s*(?P<dash>[—–-])(?:\s+|(?={DIALOGUE_OPENING})).*?\?)\s+"
    rf"(?P<answer>(?P=dash)(?:\s+\S|{DIALOGUE_OPENING}).*)$"
)


def _pair_label(words: str) -> str:
    """A question's or an answer's label as pages print it, in bold or not: "Q:", "**A.**", "Answer:"."""
    return rf"(?:\*\*|__)?(?:{words})\s*\d*\s*(?:\*\*|__)?(?:[:.)]|\s[-–—])(?:\*\*|__)?"


# A labelled question and its labelled answer in one paragraph ("**Q:** Why boats? **A:** Because ...",
# "Q. Why boats? A. Because ..."), as blogs and magazines set short interviews: the paragraph opens with
# the question's label, and the answer's follows the question's first sentence end. A label inside a
# sentence ("plan A. Then") follows none.
_LABELLED_PAIR = re.compile(
    rf"^(?P<question>\s*{_pair_label('Q|Question')}\s*\S.*?[.?!…][\"”’')]*)"
    rf"\s+(?P<answer>{_pair_label('A|Answer')}\s+\S.*)$"
)


def _split_pairs(lines: list[str]) -> list[str]:
    """Each turn of a dashed or labelled pair on its own line: the question's line, then the answer's."""
    split: list[str] = []
    for line in lines:
        found = _DASHED_PAIR.match(line) or _LABELLED_PAIR.match(line)
        split += (found["question"], found["answer"]) if found else (line,)
    return split


# A web address alone on its line: where a transcript or a press release says it came from
# ("http://www.pm.gov.au/press-office/transcript-12345"), a video's link over the words transcribed from
# it. Page furniture, unless a sentence runs on through it ("The plan is at\nwww.x.org\nfor anyone.").
BARE_URL = re.compile(r"^<?(?:https?://|www\.)[^\s<>]+>?$", re.IGNORECASE)


def _aside_ends(text: str) -> bool:
    """Whether a line ends on an aside in brackets, closed: "... all night long! (repeat: all night)"."""
    return bool(re.search(r"[.!?…][^()]*\([^()]+\)$", text.strip()))


# How many words a line of furniture must have to stand apart from a line that runs on over it.
_BUTTON_WORDS = 3


def runs_on(text: str) -> bool:
    """Whether the text stops short of a sentence's end, so that what follows it goes on with it."""
    return not SENTENCE_END.search(text.strip())


def _set_apart(line: str) -> bool:
    """A web address, an end mark, a photo's credit, a tag line, an author's box or a newsletter's pitch.

    Each is a line of its own, even with no blank line around it: a page copied from the web keeps a
    caption's line between two turns, over the next question's line, and its tag line, or its pitch to
    subscribe, under the last answer.
    """
    line = line.strip()
    credit = CAPTION.match(line) or CREDIT.search(line)
    closing = TAG_LINE.match(line) or AUTHOR_BOX.match(line) or SUBSCRIBE_PITCH.match(line)
    return bool(BARE_URL.match(line) or END_MARK.match(line) or credit or closing)


# Two questions at least, each a line of its own, make a paragraph whose line breaks part the turns.
_QUESTION_LINES = 2


def _question_lines(lines: list[str]) -> set[int]:
    """The lines that are each a question of their own, over their answer, where the blank lines were lost.

    A page copied from the web keeps one line break between paragraphs: "What makes your day better?"
    over its answer's line, over the next question's. A question starts after a sentence's end and ends
    its line, with a line after it; two such make the layout, where a hard-wrapped paragraph's line that
    happens to hold one whole question is a single chance.
    """
    asked = {
        number
        for number, line in enumerate(lines[:-1])
        if line.rstrip(" *_").endswith("?")
        and (
            number == 0
            or not runs_on(lines[number - 1])
            or _set_apart(lines[number - 1])
            or _aside_ends(lines[number - 1])
        )
    }
    return asked if len(asked) >= _QUESTION_LINES else set()


# A teaser's line says something of its own: a sentence of a few words at least, never a headline's.
_TEASER_WORDS = 8


def teaser_over_the_first_question(paragraphs: list[str]) -> list[str]:
    """The paragraphs, the page's first question parted from the teaser on the line over it.

    A page copied from the web may lose the blank line between its standfirst and the first question ("Ines
    Varga has run the yard for twenty years. We asked her about the ferry." over "How did you start?"). The
    first paragraph that asks anywhere is that one where its last line alone asks, each line over it ends a
    sentence, which a hard-wrapped paragraph's lines do not, and a later paragraph ends asking too: the
    page sets its questions apart. Its rhetorical question is no answer's: no question came before it.
    """
    first = next((n for n, paragraph in enumerate(paragraphs) if "?" in paragraph), None)
    if first is None:
        return paragraphs
    *over, question = [line for line in paragraphs[first].split("\n") if line.strip()] or [""]
    later = any(_ends_asking(line) for paragraph in paragraphs[first + 1 :] for line in paragraph.split("\n"))
    teaser = bool(over) and all(
        not runs_on(line) and "?" not in line and len(line.split()) >= _TEASER_WORDS for line in over
    )
    if not (teaser and later and _ends_asking(question)):
        return paragraphs
    return [*paragraphs[:first], "\n".join(over), question, *paragraphs[first + 1 :]]


def _ends_asking(line: str) -> bool:
    """Whether a line ends in "?", inside any bold, italics or closing quote."""
    return line.rstrip(" *_\"”’'").endswith("?")


# A header's line is short: a headline, a name, a role.
_HEADER_WORDS = 12
_NAME_ALONE = re.compile(rf"^(?!(?:The|A|An) ){NAME}$")


def _stacked(lines: list[str]) -> bool:
    """Short lines, none with a sentence's end, one a name: a header's lines, each of its own.

    A page copied from the web keeps one line break between a headline, the name under it and the role
    under that ("Ann Marsh" over "Harbour master, Port Ellen", or "Ann Marsh, Port of Skarv" on one line),
    where the lines of a hard-wrapped paragraph run on into each other, the next opening in small letters
    or the last ending a sentence.
    """
    texts = [line.strip() for line in lines if line.strip()]
    short = all(
        len(text.split()) <= _HEADER_WORDS and text[0].isupper() and not re.search(r"[.!?:;,-]$", text)
        for text in texts
    )
    named = any(_NAME_ALONE.match(name) and 2 <= len(name.split()) <= 4 for name in _names_first(texts))
    return len(texts) >= 2 and short and named


def _names_first(texts: list[str]) -> Iterable[str]:
    """What each line holds before its first comma: a name before its billing ("Ann Marsh, Port of Skarv").

    A line in capitals is a header's own ("DOORSTOP INTERVIEW, HOBART"), whose words may pass for a name.
    """
    return (text if text.isupper() else text.split(", ")[0] for text in texts)


def _dated_header(lines: list[str]) -> bool:
    """Short lines, none with a sentence's end, one a date: a masthead, a headline and a dateline, stacked.

    A plain-text page may print its header with no blank line between its lines ("Harbour Transcripts"
    over "Interview with Ida Voss, Harbour Master" over "Release Date:" over "30/09/2023"): each line is
    a block of its own. A line that ends with a colon is the date's label, over the date.
    """
    texts = [line.strip() for line in lines if line.strip()]
    labels = [n for n, text in enumerate(texts[:-1]) if text.endswith(":")]
    short = all(
        len(text.split()) <= _HEADER_WORDS and (text[0].isupper() or text[0].isdigit()) for text in texts
    ) and not any(re.search(r"[.!?;,-]$", text) for text in texts)
    labelled = all(DATELINE.match(texts[n + 1]) and len(texts[n].split()) <= _LABEL_WORDS for n in labels)
    ends = not texts or not texts[-1].endswith(":")
    dated = any(DATELINE.match(text) for text in texts)
    return len(texts) >= 3 and short and labelled and ends and dated


# A section's label over its text is a word or three: "Show notes", "Episode summary".
_LABEL_WORDS = 3
# The text under it is a sentence's worth, where a hard-wrapped paragraph's short first line is a chance.
_UNDER_LABEL_WORDS = 6


def _section_label(first: str, second: str) -> bool:
    """A paragraph's first line is a section's label over the text, as show notes head their summary.

    "Show notes" over "Jonas Falk keeps forty hives ...": a few words with no stop, over a line that
    opens a sentence and runs longer, where a hard-wrapped paragraph's lines run to the width. A name
    so set is a speaker's over their turn ("Lena Fischer" over "What would you do differently?").
    """
    first, second = first.strip(), second.strip()
    return (
        0 < len(first.split()) <= _LABEL_WORDS
        and not NAME_LINE.match(first)
        and first[:1].isupper()
        and not re.search(r"[.!?:;,\-]$", first)
        and second[:1].isupper()
        and len(second.split()) >= _UNDER_LABEL_WORDS
    )


def split_lines(paragraph: str) -> list[str]:
    chunks: list[list[str]] = []
    lines = _split_pairs(paragraph.split("\n"))
    # Two speakers' lines make the paragraph turns, or one under a line its question's label opens, as a
    # talk's write-up prints an audience's question over the speaker's answer ("Question 1: Was it luck?"
    # over "Spike Lee: First off, ..."), with no blank line between them.
    speaking = sum(bool(_SPEAKER_LINE.match(line)) for line in lines)
    turns = speaking >= 2 or (speaking == 1 and any(_QUESTION_OPENING.match(line) for line in lines))
    questions = _question_lines(lines)
    named = bare_rows(lines)
    header = _dated_header(lines)
    stacked = header or _stacked(lines)
    # A podcast site's transcript keeps no blank line between turns: "Speaker 1 (00:03):" over the turn,
    # a bare "(00:25):" where a long turn breaks. Two such timed names make the paragraph a transcript, or
    # one with the colon that says a turn follows.
    named_times = [line for line in lines if timed_name(line)]
    timed = len(named_times) >= 2 or any(line.rstrip().endswith("):") for line in named_times)
    timed = timed or (len(lines) > 1 and bool(TIME_MARKER.match(lines[0].strip())))
    for number, line in enumerate(lines):
        if not line.strip() or _RULE.match(line):
            continue
        # A question or a speaker's name on the first line of a paragraph, the turn on the lines below;
        # a question on the line under its label ("Question 3:"), its answer on the lines below that;
        # or a question opening an item of a list, its answer on the lines below it.
        opened = len(chunks) == 1 or (len(chunks) == 2 and len(chunks[0]) == 1 and label_alone(chunks[0][0]))
        listed = len(chunks) > 1 and LIST_MARK.match(chunks[-1][0])
        first = chunks[-1][0].strip() if chunks and len(chunks[-1]) == 1 and (opened or listed) else ""
        asked = first.rstrip(" *_").endswith("?") or label_alone(first)
        # A dash set against a capital opens a line of dialogue after a sentence's end, where a wrapped
        # line of prose may open on a dash of its own ("we\n—Tom will tell you—had no power").
        wrapped = chunks and _TIGHT_LINE.match(line) and runs_on(chunks[-1][-1])
        starts = (
            (_STARTS_BLOCK.match(line) and not wrapped)
            or (turns and _SPEAKER_LINE.match(line))
            or stage_direction(line)
            or COMMENTER.match(line)
        )
        apart = chunks and _set_apart(line) and not runs_on(chunks[-1][-1])
        # A newsletter's foot keeps no blank lines between its lines ("Unsubscribe · Manage preferences"
        # over "Instagram · Twitter" over "© 2024 ..."): each such line after a sentence's end, or after
        # another, is one of its own, and goes as furniture. So does a button of three words or more
        # under a line that runs on, as a forum's "View previous topic" under the trail to the post: no
        # sentence breaks its line there.
        apart = apart or (
            chunks
            and is_furniture(line)
            and (
                not runs_on(chunks[-1][-1])
                or is_furniture(chunks[-1][-1])
                or len(line.split()) >= _BUTTON_WORDS
            )
        )
        ends = chunks and (
            HEADING.match(chunks[-1][-1])
            or COMMENTER.match(chunks[-1][-1])
            or stage_direction(chunks[-1][-1])
            or DATELINE.match(chunks[-1][-1])
            or CLOSING_CREDIT.match(chunks[-1][-1].strip())
            or (len(chunks[-1]) == 1 and _set_apart(chunks[-1][0]))
        )
        own = number in questions or number - 1 in questions or number in named or stacked
        own = own or (number == 1 and _section_label(lines[0], line))
        if timed and chunks and (timed_name(line) or TIME_MARKER.match(chunks[-1][-1].strip())):
            own = True
        if timed and TIME_MARKER.match(line.strip()):
            own = True
        # A dateline, or the credit for the questions ("Interviewed by Tom Berg"), is a line of its own, as
        # a PDF's text stacks a title, the credit and the lead with no blank line between them.
        credit = DATELINE.match(line) or CLOSING_CREDIT.match(line.strip())
        if not chunks or asked or starts or apart or ends or own or credit:
            chunks.append([line])
        else:
            chunks[-1].append(line)
    return [_unwrapped(chunk) for chunk in _emphasis_closed(chunks)]


# The bold or italics a paragraph's first line opens ("*Recorded in March 2022.").
_EMPHASIS_OPENING = re.compile(r"^\s*(\*\*|__|\*|_)(?=\S)")


def _emphasis_closed(chunks: list[list[str]]) -> list[list[str]]:
    """The chunks, one that a line of furniture set apart closing its emphasis closed again.

    A note in italics may end on a line the page prints inside them ("*Recorded in March 2022." over
    "© 2022 Harbour Voices*"): that line goes as furniture, and without its mark the note would read as
    plain words of the answer above it, the asterisk kept.
    """
    for before, after in itertools.pairwise(chunks):
        opening = _EMPHASIS_OPENING.match(before[0])
        closing = after[-1].rstrip()
        if (
            opening
            and " ".join(before).count(opening[1]) % 2
            and closing.endswith(opening[1])
            and not closing.lstrip().startswith(opening[1])
            and is_furniture(closing[: -len(opening[1])])
        ):
            before[-1] = before[-1].rstrip() + opening[1]
    return chunks


# A word a hard-wrapped line broke with a hyphen at its end ("brew-" over "ing"), and its part before it.
_BROKEN_WORD = re.compile(r"(?<=[A-Za-z])-$")
_PART_BEFORE_BREAK = re.compile(r"[A-Za-z]+-$")


# A word a PDF-to-text converter broke at a line's end, its hyphen kept and the break read as a space
# ("differen- tial"): a lower-case part after "- " within a line. A compound's parts ("two-and- a-half")
# are no word's halves: no hyphen joins either part to another word.
_SPACED_BREAK = re.compile(r"(?<![\w-])([A-Za-z]+)- ([a-z]+)(?![\w-])")


# A transcript prints a speaker's false start so too ("the sea was in- the whole yard"). Two common words
# run together are in the word list as typos ("inthe", "ofthe"), a thousand times rarer than the rarer of
# them: no word a converter broke is.
_RARER = 3.0


def spaced_breaks_joined(text: str) -> str:
    """``text`` with each word a converter broke at a line's end ("tele- phone") printed whole again.

    As for a hard-wrapped line's break, only where the two halves make an English word ("telephone"): a
    hyphen a word is left out after on purpose ("pre- and post-war") stays, as does a false start between
    two words ("kind of- the first time").
    """
    return _SPACED_BREAK.sub(
        lambda part: part[1] + part[2] if _halves_of_a_word(part[1], part[2]) else part[0], text
    )


def _halves_of_a_word(before: str, after: str) -> bool:
    whole = zipf((before + after).lower())
    return whole > 0 and whole >= min(zipf(before.lower()), zipf(after.lower())) - _RARER


def _unwrapped(lines: list[str]) -> str:
    """The lines of one paragraph as one line, a word broken across two of them printed whole again.

    The hyphen goes where the two halves make an English word ("brewing"), and stays where they do not
    ("state-of-the-art", "well-known"): only the last part before the break is weighed.
    """
    text = ""
    for line in (line.strip() for line in lines):
        # Only the text's last letters are read, as many as English's longest word has and two more: a
        # longer part is no word, whole or cut there (reading the whole text for each line was quadratic:
        # 25,000 short lines in one paragraph took 9 s).
        end = max(0, len(text) - longest() - 2)
        broken = _BROKEN_WORD.search(text, end)
        after = re.match(r"[a-z]+", line)
        if broken and after:
            before = _PART_BEFORE_BREAK.search(text, end)
            word = (before.group()[:-1] if before else "") + after.group()
            text = (text[:-1] if zipf(word.lower()) > 0 else text) + line
        else:
            text = f"{text} {line}" if text else line
    return text
