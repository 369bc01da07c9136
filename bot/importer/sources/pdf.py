"""A printed page's text as a PDF gives it: columns side by side, a page's running head and foot, footnotes.

A page's number says where a page broke: the lines repeated around it and the notes at its foot are no
part of the interview.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from bot.importer.sources.blocks import Block
from bot.importer.sources.furniture import PAGE_TOTAL, PAGED_LINE, PAGED_LINE_WRAPPED
from bot.importer.sources.times import TIME_ALONE

# A PDF's text laid out as the page is (pdftotext -layout) prints two columns side by side: each line holds
# a line of the left column, a gap of spaces, and a line of the right one. Read across, every sentence
# would run on into the one beside it. The gap stands where the right column's lines start, after three
# spaces at least; six lines with words on both sides of it, each side a column of prose rather than a
# table's cells or a name and a time, make the columns.
_GUTTER = 3
_COLUMN_LINES = 6
_COLUMN_WIDTH = 25
_AFTER_GAP = re.compile(rf"(?<! ) {{{_GUTTER},}}(?=\S)")


def columns_in_turn(page: str) -> str:
    """A page's side-by-side columns as the left one's lines, then the right one's; other lines as they are.

    A PDF's text marks each new page with a form feed: the columns are found page by page, and a title or
    a footnote across the page's width, which crosses the gap, stays where it is.
    """
    lines = page.split("\n")
    starts = Counter(
        found.end() for line in lines for found in _AFTER_GAP.finditer(line) if found.end() > _COLUMN_WIDTH
    )
    if not starts:
        return page
    gap, _ = starts.most_common(1)[0]
    out: list[str] = []
    run: list[str] = []
    for line in lines:
        if line[gap - _GUTTER : gap].strip(" "):  # across the gap: it closes the lines beside it
            out += [*_read_in_turn(run, gap), line]
            run = []
        else:
            run.append(line)
    return "\n".join(out + _read_in_turn(run, gap))


def _read_in_turn(run: list[str], gap: int) -> list[str]:
    """Lines that all leave the gap open: the left column then the right, where they are two columns."""
    beside = [(line[: gap - _GUTTER].strip(), line[gap:].strip()) for line in run]
    both = [(left, right) for left, right in beside if left and right]
    if len(both) < _COLUMN_LINES or min(
        sum(len(left) for left, _ in both), sum(len(right) for _, right in both)
    ) < _COLUMN_WIDTH * len(both):
        return run
    return [left for left, _ in beside] + [""] + [right for _, right in beside]


def without_printed_marks(paragraph: str, dropped: list[str]) -> list[list[str] | None]:
    """The paragraph's lines but a time alone or a page's head or foot, which go to the furniture dropped.

    Read line by line, before the spacing that sets a page's number apart is lost. A page's line with its
    number ("Harbour News        Page 2") parts the lines before it from those after, and leaves None in
    their place: a page broke there, and a line beside it may be the rest of its head.
    """
    pieces: list[list[str] | None] = []
    lines: list[str] = []
    given = paragraph.split("\n")
    wrapped = {number for number in range(len(given)) if wrapped_total(given, number)}
    for number, line in enumerate(given):
        if number - 1 in wrapped:
            continue  # the count of pages of the head over it, gone with it
        if number in wrapped:
            line = f"{line.rstrip()} {given[number + 1].strip()}"
        paged = bool(PAGED_LINE.match(line.strip()))
        if paged or TIME_ALONE.match(line):
            dropped.append(" ".join(line.split()))
        if paged:
            pieces += [lines, None] if lines else [None]
            lines = []
        elif not TIME_ALONE.match(line):
            lines.append(line)
    return [*pieces, lines] if lines else pieces


def wrapped_total(lines: list[str], number: int) -> bool:
    """Whether ``lines[number]`` is a page's head whose count of pages wrapped onto the line under it."""
    return (
        0 <= number < len(lines) - 1
        and bool(PAGED_LINE_WRAPPED.match(lines[number].strip()))
        and bool(PAGE_TOTAL.match(lines[number + 1].strip()))
    )


# Where a page's numbered line stood among the chunks of the text.
PAGE_MARK = "\ue002"


# A printed page's footnotes at its foot, as a PDF's text keeps them: each one's number, a space and the
# note, the lines of several run together ("1 He kept it from 1931. 2 The lamp was electrified in 1974.").
_FOOTNOTE = re.compile(r"^\d{1,2} (?=[A-Z“\"])")
_NOTE_NUMBER = re.compile(r"(?:^|(?<=[.!?] ))(\d{1,2}) (?=[A-Z“\"])")


def without_footnotes(
    blocks: list[Block], page_breaks: list[int], dropped: list[str]
) -> tuple[list[Block], list[int]]:
    """The page without the footnotes at a printed page's foot, nor their numbers in the text above.

    "1 The chandlery closed in 1991." just over a page's number is an editor's note, no answer's words;
    its number, set against the word or the stop it annotates ("the last one.1 I was"), no word of the
    answer either. A paragraph opening on a number is a note only where each of its numbers stands so in
    the text of the page above it. Also returns the page breaks, moved up past the notes left out.
    """
    texts = [block.text for block in blocks]
    notes: set[int] = set()
    start = 0
    for page in sorted(set(page_breaks)):
        note = page - 1
        while start <= note < len(blocks) and _FOOTNOTE.match(texts[note]):
            unmarked = _unmarked(texts, note, start)
            if unmarked is None:
                break
            texts = unmarked
            notes.add(note)
            note -= 1
        start = page
    dropped.extend(texts[note] for note in sorted(notes))
    kept = [
        replace(block, text=text)
        for number, (block, text) in enumerate(zip(blocks, texts, strict=True))
        if number not in notes
    ]
    moved = [page - sum(note < page for note in notes) for page in page_breaks]
    return kept, moved


def _unmarked(texts: list[str], note: int, start: int) -> list[str] | None:
    """The texts without the marks of the notes ``texts[note]`` holds, each in a text from ``start`` on.

    None where a note's number is marked nowhere above it: then the paragraph is no note.
    """
    texts = texts[:]
    for number in _NOTE_NUMBER.findall(texts[note]):
        marker = re.compile(rf"(?<=[^\W\d_]|[.,;:!?”’\"')]){number}(?=\s|$)")
        place = next((n for n in range(start, note) if marker.search(texts[n])), None)
        if place is None:
            return None
        texts[place] = marker.sub("", texts[place], count=1)
    return texts


# How many lines a printed page's head or foot may take on either side of its number: a publication's
# name, an issue or an interviewee's name, and a date, each of which a PDF's text may put on its own line.
_HEAD_LINES = 3


def without_running_heads(blocks: list[Block], page_breaks: list[int], dropped: list[str]) -> list[Block]:
    """The page without the lines a printed page repeats over or under its number, as a PDF's text keeps it.

    "Harbour Quarterly    Spring 2019" over every page is no title and no part of an answer. It is known
    by coming back word for word beside a page number, or, a head of several lines ("Harbour Oral
    History Project" over "Ann Marsh"), by coming back only ever near one; no sentence of an answer does
    either, and a speaker's name over their turns comes back elsewhere too.
    """
    beside = {place for page in page_breaks for place in (page - 1, page)}
    near = {place for page in page_breaks for place in range(page - _HEAD_LINES, page + _HEAD_LINES)}
    places: dict[str, set[int]] = {}
    for place, block in enumerate(blocks):
        places.setdefault(block.text, set()).add(place)
    heads = {
        text
        for text, found in places.items()
        if len(found) > 1 and not re.search(r"[.!?:;]$", text) and (found & beside or found <= near)
    }
    dropped.extend(block.text for block in blocks if block.text in heads)
    return [block for block in blocks if block.text not in heads]
