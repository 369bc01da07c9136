"""What every step of reading a source shares: the Block a page becomes, and a few marks and patterns.

The private-use marks stand in the Markdown that HTML becomes for its italics and its list items; a
speaker's name, the words that name no one, and a sentence's or a question's end are read alike by
captions, lines, speakers' labels and HTML, so they are defined once, here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Emphasis = Literal["heading", "bold", "italic", "plain"]
# HTML italics become this private-use mark rather than Markdown's _ or *, which would stay in the
# text when they fall inside a word ("<em>engine</em>s").
ITALIC = "\ue000"
# An HTML list item's number or bullet is printed after this private-use mark, so that the number reaches
# the item's first words however many block tags open it ("<li><p>Dry the wood.</p></li>").
ITEM = "\ue001"


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph, heading or line of the page, markup removed and whitespace flattened."""

    text: str
    emphasis: Emphasis = "plain"
    mark: str = ""  # what an item of a list opens with: its number ("3." or "3)") or its bullet

    @property
    def number(self) -> int | None:
        """The number of an item of a numbered list: where a page numbers its questions, their order."""
        return int(self.mark.rstrip(".)-:")) if self.mark[:1].isdigit() else None

    @property
    def shown(self) -> str:
        """The text as a reader sees it in an answer: an item of a list keeps its number or its bullet.

        An answer that says "three reasons:" goes on to list them, and they read as a list only so.
        """
        return f"{self.mark} {self.text}" if self.mark else self.text

    @property
    def is_title_like(self) -> bool:
        """A heading or a paragraph wholly in bold: where pages put questions and section titles."""
        return self.emphasis in ("heading", "bold")


# A speaker's name as labels print it: one to four capitalised words ("Ann Marsh", "Dr. Vik").
SPEAKER_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"

# Titles printed before a name ("Dr. Chen", "MS. DIAZ:"): part of no initials, and no name themselves.
HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "gov",
        "governor", "secretary", "ambassador", "judge", "rev", "sir", "dame", "captain", "capt",
    }
)  # fmt: skip

# Words that end in a colon at the start of a paragraph without naming anyone.
NOT_SPEAKERS = frozenset(
    {
        "note", "notes", "update", "editor's note", "tags", "tag", "source", "sources", "photo", "image",
        "title", "date", "example", "for example", "disclaimer", "warning", "tip", "summary", "background",
        "correction", "read more", "see also", "listen", "watch", "credit", "credits", "edit",
        "location", "published", "keywords", "topics", "category", "categories", "related", "bio", "also",
    }
)  # fmt: skip


def asks(text: str) -> bool:
    return text.rstrip(" \"”’')").endswith("?")


# A sentence's end, inside any closing quote or bracket.
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
