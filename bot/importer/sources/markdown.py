"""Markdown (and plain text) to blocks: whole-text rewrites first, then paragraphs, lines and emphasis.

Tables, underlined headings, code fences, a thread's counters and a transcript's paragraph numbers become
plain paragraphs; each chunk then becomes a block, and a bold or italic question opening its answer a
block of its own. Lines, speakers, furniture and a PDF's pages each have a module of their own.
"""

from __future__ import annotations

import itertools
import re

from bot.core.english import COMMON, zipf
from bot.importer.sources.blocks import ITALIC, SPEAKER_NAME, Block, Emphasis, asks
from bot.importer.sources.furniture import PAGE_NUMBER, is_furniture
from bot.importer.sources.inline import converted_math, inline_text, only_links, without_images
from bot.importer.sources.lines import (
    BARE_URL,
    BULLETS,
    DIALOGUE_MARK,
    DIALOGUE_OPENING,
    HEADING,
    ITEM_NUMBER,
    LIST_MARK,
    runs_on,
    spaced_breaks_joined,
    split_lines,
    teaser_over_the_first_question,
)
from bot.importer.sources.pdf import (
    PAGE_MARK,
    without_footnotes,
    without_printed_marks,
    without_running_heads,
)
from bot.importer.sources.speakers import (
    TURN_NUMBER,
    bold_names_as_labels,
    bracketed_as_label,
    glued_speakers,
    labels_rejoined,
    labels_unheard,
    run_together_labels,
    speakers_on_their_own_lines,
    time_after_the_name,
    unnamed_chevrons,
)
from bot.importer.sources.times import untimed

# A question in bold or italics opening the paragraph that goes on with its answer; in bold, also a
# topic of two words or more set as a lead-in sentence ("**On leaving the lab.** I left because ..."),
# as magazines set an interview whose questions they leave out. A FAQ may list them, numbered or not.
_LEAD_IN = re.compile(
    rf"^\s*(?:(?:[{BULLETS}]|{ITEM_NUMBER})\s+)?(?P<question>(?P<mark>\*\*|__|[*_{ITALIC}])[^*_{ITALIC}]+\?(?P=mark)"
    r"|(?P<bold>\*\*|__)[^*_\s]+ [^*_]{1,80}?(?:\.(?P=bold)|(?P=bold)\.))"
)
# The answer may start against the question's closing tag ("<strong>Why?</strong>Because …"), as a page
# typed without a space between them shows it: after a question's "?" a letter opens the answer, never
# goes on with the question's last word.
_LEADING_QUESTION = re.compile(rf"{_LEAD_IN.pattern}(?:\s+|(?<=\?\*\*|\?__)(?=[^\W\d_]))(?P<rest>\S.*)$")
# How many paragraphs must open so, whole or with the answer after: one or two are a writer's emphasis in
# running prose ("**Why does it matter?** Because ..."), a rhetorical question an answer opens with.
_LEAD_INS = 3


# A Markdown reference definition ("[3]: https://example.org/talk") is never shown: it gives the address
# of a "[words][3]" link. Writers also use the form for comments ("[//]: # (draft)", "[#]: author: (...)").
_REFERENCE_DEFINITION = re.compile(
    r"(?im)^ {0,3}\[(?:(?://|#|comment)\]:.*"
    r"|[^\]\n]+\]:[ \t]*<?(?:[a-z][a-z+.-]*://|/|#|mailto:|www\.)\S*>?(?:[ \t]+[\"'(].*)?)\n?"
)


# A heading underlined rather than marked ("What do you build?" over a line of "=" or "-"), as Markdown's
# setext headings and plain-text interviews set their questions: a short line of its own, with a blank
# line above and an underline of dashes about as long as it: a short rule ("---") under a turn stays a rule.
# A title's line of "=" may be of any length, as Markdown reads it ("======" under a headline of ten words).
_SETEXT_HEADING = re.compile(
    r"(?m)(?P<above>\A|^[ \t]*\n)(?P<text>[ \t]{0,3}[^\s#>*+=-][^\n]*)\n"
    r"[ \t]{0,3}(?P<rule>={3,}|-{3,})[ \t]*$"
)


def _setext_headings(text: str) -> str:
    """Mark underlined headings with "#" ("=" under a title) or "##" ("-" under a question)."""

    def heading(match: re.Match[str]) -> str:
        line = match["text"].strip()
        if len(line.split()) > 20 or (match["rule"][0] == "-" and len(match["rule"]) * 2 < len(line)):
            return match.group()
        return f"{match['above']}{'#' if match['rule'][0] == '=' else '##'} {line}"

    return _SETEXT_HEADING.sub(heading, text)


# A Markdown table: the header row, the row under it that sets the columns ("|---|:---:|"), and its rows.
# The header and each row are a line with a "|" in it; the spaces around an edge's "|" are read in one
# place, not split between two runs ("[ \t]*\|?.*\|.*" took quadratic time on a line of 40,000 "|" or
# spaces: 10 s).
_PIPE_TABLE = re.compile(
    r"(?m)^(?P<header>[^\n|]*\|.*)\n"
    r"[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+(?:\|[ \t]*)?\n"
    r"(?P<rows>(?:[^\n|]*\|.*(?:\n|$))*)"
)


def _pipe_tables(text: str) -> str:
    """Each cell of a Markdown table a paragraph, as an HTML table's are: a question, then its answer.

    A transcript set as a table ("| 00:01 | Interviewer | How did ...? |") so reads as a time, dropped,
    then a name on its own line before the turn.
    """

    def cells(match: re.Match[str]) -> str:
        rows = [match["header"], *match["rows"].splitlines()]
        found = [cell.strip() for row in rows for cell in re.split(r"(?<!\\)\|", row.strip().strip("|"))]
        return "\n\n".join(cell for cell in found if cell) + "\n"

    return _PIPE_TABLE.sub(cells, text)


# A Markdown code fence ("```", "~~~ text") marks where a block starts and ends; it is no text of its own.
# Transcripts pasted into Markdown often sit in one, and the fence read as text left a stray "`".
_FENCE = re.compile(r"^[ \t]*(?:`{3,}|~{3,})[ \t]*[\w+-]*[ \t]*$", re.MULTILINE)


# A thread copied from a social network numbers each post where it opens ("1/", "2/", "3/12", "4/n"):
# the number says where a post begins, nothing of the interview, and would end each answer as "3/".
# Not a date ("12/03/2024") nor a fraction in a sentence: only a bare counter before a space.
_THREAD_COUNTER = re.compile(r"(?m)^[ \t]*(?P<number>\d{1,2})/(?:\d{1,2}|n)?(?=[ \t]|$)[ \t]*")
# How many posts must count up from 1, one by one, before the numbers read as a thread's, not a list's.
_THREAD_POSTS = 3


def _without_thread_counters(text: str) -> str:
    """The text without the counters of a thread's posts, where every counter follows the one before."""
    numbers = [int(found["number"]) for found in _THREAD_COUNTER.finditer(text)]
    if len(numbers) < _THREAD_POSTS or numbers != list(range(1, len(numbers) + 1)):
        return text
    return _THREAD_COUNTER.sub("", text)


# A transcript that numbers its paragraphs ("6) BILL MOYERS: Thank you …", "7) JON STEWART: …", as a copy of
# a broadcast's transcript does): the number says where the paragraph stands, nothing of the interview,
# and would keep the speaker's label from opening the turn. The numbers count up (a paragraph may be
# missing, "3)" then "5)"), and three of them stand before a speaker's label, two speakers' at least: a
# list of numbered questions or points counts up too, but names no speaker after its numbers.
_PARAGRAPH_NUMBER = re.compile(r"(?m)^[ \t]*(?P<number>\d{1,4})[.)][ \t]+(?=\S)")
_NUMBERED_LABEL = re.compile(rf"[ \t]*\d{{1,4}}[.)][ \t]+(?P<name>{SPEAKER_NAME}):\s")
_NUMBERED_TURNS = 3


def _without_paragraph_numbers(text: str) -> str:
    """The text without a transcript's paragraph numbers, where they count up and stand before speakers."""
    numbers = [int(found["number"]) for found in _PARAGRAPH_NUMBER.finditer(text)]
    if any(later <= earlier for earlier, later in itertools.pairwise(numbers)):
        return text
    names = [found["name"] for line in text.splitlines() if (found := _NUMBERED_LABEL.match(line))]
    if len(names) < _NUMBERED_TURNS or len(set(names)) < 2:
        return text
    return _PARAGRAPH_NUMBER.sub("", text)


def read_blocks(text: str, dropped: list[str]) -> list[Block]:
    text = _without_paragraph_numbers(_without_thread_counters(_FENCE.sub("", text)))
    text = converted_math(spaced_breaks_joined(text))
    text = _pipe_tables(_setext_headings(_REFERENCE_DEFINITION.sub("", text)))
    # Block quotes, nested ones too: the quoted text is the text. Closed captions mark each change of
    # speaker with ">>" (">> HOST: Welcome back."), which reads as a speaker's turn once the marks go.
    text = re.sub(r"(?m)^[ \t]*(?:>[ \t]?)+", "", unnamed_chevrons(glued_speakers(text)))
    text = _hyphens_as_dialogue_dashes(labels_rejoined(text))
    paragraphs = [part for part in re.split(r"\n\s*\n", text) if part.strip()]
    if len(paragraphs) == 1 and text.count("\n") > 3:
        paragraphs = text.split("\n")  # no blank lines at all: every line is a paragraph
    paragraphs = teaser_over_the_first_question(_unsigned(paragraphs, dropped))
    # Timestamps and turn numbers go first, line by line, so that a "[00:01:02] Host:" line opens a turn.
    chunks = [
        chunk
        for paragraph in paragraphs
        for piece in without_printed_marks(paragraph, dropped)
        for chunk in (
            [PAGE_MARK]
            if piece is None
            else split_lines(
                "\n".join(
                    TURN_NUMBER.sub("", untimed(bracketed_as_label(time_after_the_name(line))))
                    for line in piece
                )
            )
        )
    ]
    chunks = bold_names_as_labels(run_together_labels(chunks))
    lead_ins = sum(bool(_LEAD_IN.match(chunk)) for chunk in chunks) >= _LEAD_INS
    blocks: list[Block] = []
    # Where the page's numbers were, as the place in the blocks they stood: the lines about them may be
    # its running head or foot.
    page_breaks: list[int] = []
    # A list of links under a question answers it ("Which sites do you read?" over a list of them), down to
    # the list's end; anywhere else a line of links is the page's navigation, tags or share buttons.
    listing = False
    for chunk in chunks:
        if chunk == PAGE_MARK:
            page_breaks.append(len(blocks))
            continue
        links = only_links(chunk)
        listed = links and bool(LIST_MARK.match(chunk))
        listing = listed and (listing or (bool(blocks) and asks(blocks[-1].text)))
        for block in _block(chunk, lead_ins=lead_ins):
            unheard = bool(blocks) and labels_unheard(blocks[-1].text, block.text)
            address = bool(BARE_URL.match(block.text)) and not (blocks and runs_on(blocks[-1].text))
            # A saved page's title over the same words as its headline ("Turning The Tables" twice): one is
            # the title, the other a copy, never a speaker's name over two turns.
            repeated = 0 < len(blocks) < _TOP_LINES and _repeats_title(blocks[-1].text, block.text)
            if (is_furniture(block.text) or (links and not listing) or address or repeated) and not unheard:
                dropped.append(block.text)
                if PAGE_NUMBER.match(block.text.strip()):
                    page_breaks.append(len(blocks))
            else:
                blocks.append(block)
    blocks, page_breaks = without_footnotes(blocks, page_breaks, dropped)
    return speakers_on_their_own_lines(without_running_heads(blocks, page_breaks, dropped))


# How far down the page a headline printed twice may stand: under a masthead and a date at most.
_TOP_LINES = 4


def _repeats_title(above: str, line: str) -> bool:
    """Whether ``line`` prints again the short line above it that ends no sentence, as a headline is."""
    return line == above and len(line.split()) <= 20 and not re.search(r"[.!?:;,]$", line)


# A line that signs the text above it with a dash and a name, maybe where the signer lives: "—Amara",
# "— Jenny Holt, Leeds", as an advice column signs each answer, or each reader's question.
_SIGNATURE = re.compile(
    r"^[ \t]*(?:[—–]|--)[ \t]?(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})(?:, [^.!?:;]{1,40})?[ \t]*$"
)
_DIALOGUE_DASH = re.compile(r"^[ \t]*(?:[—–-]|--)")
# A forum's rule over the signature it prints under each post, in the same paragraph as the post's last
# line: phpBB prints seventeen underscores ("_________________"), then the poster's name and links.
_SIGNATURE_RULE = re.compile(r"^[ \t]*_{8,}[ \t]*$")
# How many lines a signature under such a rule may take: a name, a motto, a line of links.
_SIGNATURE_LINES = 4


def _unsigned(paragraphs: list[str], dropped: list[str]) -> list[str]:
    """The paragraphs without the signatures under them, which go to the furniture dropped.

    Dash dialogue opens every turn with a dash ("— Who taught you?" over "— Jem Harlow"): a line under
    text that opens so signs nothing. A name is no common word: "— Yes" under a question answers it. A
    forum's signature rule under a post's last line ends the post: the lines under it are the poster's
    signature, whose name would read as a speaker's label and its links as a question with no answer.
    """
    kept: list[str] = []
    for paragraph in paragraphs:
        lines: list[str] = []
        split = paragraph.split("\n")
        rule = next((n for n, line in enumerate(split) if n and _SIGNATURE_RULE.match(line)), None)
        if rule is not None and len(split) - rule - 1 <= _SIGNATURE_LINES:
            signature = [line.strip() for line in split[rule + 1 :] if line.strip()]
            dropped.extend([split[rule].strip(), *map(inline_text, signature)])
            split = split[:rule]
        for line in split:
            above = (lines or kept[-1:] or [""])[0].split("\n")[0]
            found = _SIGNATURE.match(line)
            if (
                found
                and above.strip()
                and not _DIALOGUE_DASH.match(above)
                and any(zipf(word.lower()) < COMMON for word in found["name"].split())
            ):
                dropped.append(line.strip())
            else:
                lines.append(line)
        if any(line.strip() for line in lines):
            kept.append("\n".join(lines))
    return kept


# A hyphen set against the words a line opens with, where a page types it for the dialogue dash ("-¿Por
# qué?" over "-Porque …"), as Spanish news sites often do.
_HYPHEN_DIALOGUE = re.compile(rf"(?m)^([ \t]*)-(?={DIALOGUE_OPENING})")
# How many lines must open so, and how many of them ask, before the hyphens are read as dialogue dashes:
# a line or two so may be a list typed without its space ("-Novela histórica"), which asks nothing.
_HYPHEN_LINES = 4
_HYPHEN_QUESTIONS = 2


def _hyphens_as_dialogue_dashes(text: str) -> str:
    """The lines a hyphen opens against their words as lines of dialogue ("—¿Por qué?"), on a page set so.

    Four lines at least must open so, two of them asking: the page's turns, not a list.
    """
    opened = [line for line in text.split("\n") if _HYPHEN_DIALOGUE.match(line)]
    if len(opened) < _HYPHEN_LINES or sum("?" in line for line in opened) < _HYPHEN_QUESTIONS:
        return text
    return _HYPHEN_DIALOGUE.sub("\\1—", text)


# A speaker's name before words wholly in bold or italics ("Aaron: _Why Jekyll?_", "**Aaron:** *Why?*"):
# the words are set apart as the page sets its questions, the name or not.
_LABEL_BEFORE_EMPHASIS = re.compile(
    rf"^(?:\*\*|__)?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}}(?:\*\*|__)?:(?:\*\*|__)?\s+(?=[*_{ITALIC}])"
)


def _block(chunk: str, *, lead_ins: bool) -> list[Block]:
    """The chunk as a block, or two when a bold or italic question (or a bold topic) opens a paragraph.

    Only a page that sets its questions so, ``lead_ins``, splits them from the answer after them.
    """
    leading = _LEADING_QUESTION.match(chunk) if lead_ins else None
    if leading:
        emphasis: Emphasis = "italic" if leading["mark"] and len(leading["mark"]) == 1 else "bold"
        return [
            Block(DIALOGUE_MARK.sub("", inline_text(leading["question"])), emphasis),
            *_block(leading["rest"], lead_ins=lead_ins),
        ]
    heading = HEADING.match(chunk)
    emphasis = "plain"
    if heading:
        chunk, emphasis = heading["text"], "heading"
    listed = LIST_MARK.match(chunk) if emphasis == "plain" else None
    chunk = chunk[listed.end() :] if listed else chunk
    text = inline_text(chunk)
    if not text:
        return []
    if emphasis == "plain":
        bare = without_images(chunk).strip()
        bare = bare[labelled.end() :] if (labelled := _LABEL_BEFORE_EMPHASIS.match(bare)) else bare
        if re.fullmatch(r"(\*\*\*?|___?)(?:(?!\1).)+\1[.:]?", bare):  # bold, or bold and italic
            emphasis = "bold"
        elif re.fullmatch(r"([*_])[^*_].*[^*_]\1", bare) or re.fullmatch(
            f"{ITALIC}[^{ITALIC}]+{ITALIC}[.:]?", bare
        ):
            emphasis = "italic"
    if emphasis != "plain":
        text = DIALOGUE_MARK.sub("", text)
    return [Block(text=text, emphasis=emphasis, mark=(listed and listed["mark"]) or "")]
