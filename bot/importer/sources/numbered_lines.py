"""A court reporter's transcript: each page's lines numbered at the left, counted again from 1 on each page.

A legislature's hearing or a deposition is typed so: "12   the north quay.", a blank line between two lines,
the page's number alone at the right over its first line. Read as it is, every line is a paragraph of its
own that opens on a number, and a speaker's label ("COUNCILLOR BERG:") sits after a line's number, so no
turn is found. The numbers and the pages' numbers are the reporter's, no words of anyone's: they go, and a
line indented past the page's margin opens a paragraph, as the reporter sets each turn and each new paragraph
in it, the lines under it, across a page too, joined to it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# A line's number at its left, then the line's words after a gap of two spaces or more, or nothing: a
# numbered line left empty. A numbered question ("1. Why …", "2) …") has a stop or a bracket after its number.
_NUMBERED = re.compile(r"^ {0,8}(?P<number>\d{1,2})(?: {2,}(?P<text>\S.*))?$")
# A page's number alone on its line, far to the right over the page's first line.
_PAGE_NUMBER = re.compile(r"^ {20,}\d{1,4} *$")
# Pages counted at least this far, twice or more, make the transcript: a reporter's page holds 24 or 25 lines.
_PAGE_LINES = 12
_PAGES = 2
# A line whose words start this many columns past the page's margin opens a paragraph.
_INDENT = 2


def without_line_numbers(text: str) -> str:
    """The text with a court reporter's line and page numbers left out and each paragraph's lines together.

    Any other text is returned as it is: its lines are not numbered from 1 up, page after page.
    """
    lines = text.split("\n")
    numbered = [(index, found) for index, line in enumerate(lines) if (found := _NUMBERED.match(line))]
    if _pages(int(found["number"]) for _, found in numbered) < _PAGES:
        return text
    first, last = numbered[0][0], numbered[-1][0]
    margin = Counter(found.start("text") for _, found in numbered if found["text"]).most_common(1)[0][0]
    paragraphs: list[list[str]] = []
    opened = False  # whether the next line of words goes on the paragraph before it
    for line in lines[first : last + 1]:
        found = _NUMBERED.match(line)
        if _PAGE_NUMBER.match(line) or not line.strip():
            continue
        if found and not found["text"]:  # a numbered line left empty ends the paragraph over it
            opened = False
            continue
        words = found["text"] if found else line.strip()
        start = found.start("text") if found else len(line) - len(line.lstrip())
        if opened and start < margin + _INDENT:
            paragraphs[-1].append(words)
        else:
            paragraphs.append([words])
        opened = True
    body = "\n\n".join("\n".join(paragraph) for paragraph in paragraphs)
    return "\n".join([*lines[:first], body, *lines[last + 1 :]])


def _pages(numbers: Iterable[int]) -> int:
    """How many runs of line numbers count up from 1, one by one, at least a page's worth of lines."""
    pages = 0
    expected = 0  # the number the next line must carry to go on counting; 0 while nothing counts
    for number in numbers:
        if number == 1:
            expected = 1
        if expected and number == expected:
            expected += 1
            pages += expected == _PAGE_LINES + 1
        else:
            expected = 0
    return pages
