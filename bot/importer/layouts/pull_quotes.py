"""Pull quotes: an answer's words that a magazine sets again in large type beside it.

Every layout's answers go without them; each is kept in the layout's ``pull_quotes``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.importer.layouts.turns import Layout, Turn

# A pull quote is a sentence or two of an answer that a magazine sets again in large type beside it: read
# as a paragraph, it would put the same words in the answer twice. A short one may be a phrase said twice.
_PULL_QUOTE_WORDS = 5


def without_pull_quotes(layout: Layout) -> Layout:
    """The layout without the answer paragraphs whose words another answer paragraph holds, and says more.

    An answer keeps one paragraph at least: a pull quote is set beside an answer, never as one.
    """
    said = [f" {plain_words(text)} " for turn in layout.turns for text in turn.answer]

    def pulled(text: str) -> bool:
        words = plain_words(text)
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


def plain_words(text: str) -> str:
    """The words of ``text`` in lower case, without the quotation marks and punctuation around them."""
    return " ".join(re.findall(r"\w+(?:['’]\w+)*", text.lower()))
