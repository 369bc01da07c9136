"""A paragraph that a page break split in two, joined back; a commenter's line is never half of one."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.importer.sources.blocks import Block

# The line over each comment of a Reddit AMA as archives print it: the author and their karma or points,
# run together or not ("spez4211 karma", "[–]spez 4211 points 5 years ago", "u/spez · 4.2k points"), or,
# as the site prints it now, the author, "OP" for the one who posted, and the comment's age ("u/spez OP ·
# 5h", "spez · 3 days ago"), its points on a line of buttons under it.
COMMENTER = re.compile(
    r"^(?:\[[–-]\]\s*)?(?:u/)?(?P<author>[\w-]{3,20}?)"
    r"(?:\s*(?:[·•]\s*)?[\d,.]+k?\s+(?:karma|points?)\b[^.?!]{0,40}"
    r"|(?:\s+OP)?\s*[·•]\s*\d{1,3}\s*(?:[smhdwy]|mo|mins?|hrs?|(?:minute|hour|day|week|month|year)s?)\.?(?:\s+ago)?)$"
)


def join_page_breaks(blocks: list[Block]) -> list[Block]:
    """Join a paragraph that stops mid-sentence to the next one when that starts in lower case.

    A commenter's line ("spez4211 karma") is no part of a sentence, though it may start in lower case
    after a comment that ends without a full stop; an item of a list starts a line of its own. A page
    typed in small letters throughout starts every paragraph so: there, a small letter goes on nothing.
    """
    cased = [block.text[0] for block in blocks if block.text[:1].lower() != block.text[:1].upper()]
    if sum(letter.islower() for letter in cased) * 2 > len(cased):
        return blocks
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.emphasis == block.emphasis == "plain"
            and not block.mark
            and not re.search(r"[.!?:;\"”’')\]…]$", previous.text)
            and block.text[:1].islower()
            and not any(COMMENTER.match(text) for text in (previous.text, block.text))
        ):
            joined[-1] = replace(previous, text=f"{previous.text} {block.text}")
        else:
            joined.append(block)
    return joined
