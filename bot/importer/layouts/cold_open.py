"""A podcast's cold open in a transcript of named turns: the clips played before the host's welcome.

A show may open on a montage of moments from later in the episode (the guest's best line, a question and
its answer) before the host welcomes the listeners or introduces the guest. Read as turns, the clips run
together into a first exchange that no one had, and the guest's first clip, said before anyone asked, is
in no answer. Set aside and listed in the review list, as a subtitle file's cold open is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.importer.layouts.asking import sentences_in, turn_length
from bot.importer.sources.captions import OPENS_A_SHOW, WELCOME

# A host's introduction of the guest, opening their turn: "Today, my guest is …", "My guest this week
# is …", "Joining me today is …", "This week I'm joined by …".
_INTRODUCTION = re.compile(
    r"^(?:(?:today|this week|on (?:today['’]s|this) (?:show|episode)),?\s+)?"
    r"(?:my guests? (?:today |this week )?(?:is|are)\b|joining me (?:today |this week )?(?:is|are)\b"
    r"|(?:I['’]m|I am) joined (?:today |this week )?by\b)",
    re.IGNORECASE,
)
# How much a cold open may hold: a few clips, a minute or three of talk, before the show's welcome.
_COLD_OPEN_TURNS = 8
_COLD_OPEN_WORDS = 450


def without_cold_open(
    turns: Sequence[tuple[str, list[str]]], asks: Callable[[str], bool]
) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """The turns from the host's welcome on, and the words of the clips before it (none if no cold open).

    A cold open is the few turns before a turn of the host's that opens the show ("Welcome to Harbour
    Voices. I'm …", "Today, my guest is …"), the guest speaking in them: a host's own teaser before the
    welcome puts no words in the guest's mouth, and is read as the lead is. A video podcast may end the
    clips inside a host's turn instead, on "Here's the full episode.": the words after it are the show's.
    """
    for number, (speaker, paragraphs) in enumerate(turns[: _COLD_OPEN_TURNS + 1]):
        if not asks(speaker) or not paragraphs:
            continue
        before = turns[:number]
        clips = [text for _, texts in before for text in texts]
        guest = any(not asks(name) for name, _ in before)
        if _opens_the_show(paragraphs[0]):
            if guest and turn_length(clips) <= _COLD_OPEN_WORDS:
                return list(turns[number:]), clips
            break
        if marked := _after_the_marker(paragraphs):
            teaser, rest = marked
            if guest and turn_length([*clips, *teaser]) <= _COLD_OPEN_WORDS:
                kept = [(speaker, rest)] if rest else []
                return [*kept, *turns[number + 1 :]], [*clips, *teaser]
            break
    return list(turns), []


# The host's line that ends a teaser of clips and starts the show, in the turn of the teaser's last clip or
# the first question ("… about your work? Here's the full episode. You applied to …"), as a video podcast
# says it.
_FULL_EPISODE = re.compile(
    r"(?:^|(?<=[.!?…]\s))(?:so,? |now,? )?here['’]s (?:the|our) full"
    r" (?:episode|interview|conversation)[.!]\s*",
    re.IGNORECASE,
)


def _after_the_marker(paragraphs: list[str]) -> tuple[list[str], list[str]] | None:
    """The host's turn split after "Here's the full episode.": the teaser's words, then the show's."""
    for number, paragraph in enumerate(paragraphs):
        if found := _FULL_EPISODE.search(paragraph):
            teaser = [*paragraphs[:number], paragraph[: found.end()].strip()]
            rest = [part for part in (paragraph[found.end() :], *paragraphs[number + 1 :]) if part.strip()]
            return teaser, rest
    return None


def _opens_the_show(paragraph: str) -> bool:
    """Whether the host's paragraph welcomes the listeners to the show or introduces the guest to them."""
    opening = " ".join(sentences_in([paragraph])[:3])
    welcome = WELCOME.search(opening)
    return bool(_INTRODUCTION.match(paragraph) or (welcome and OPENS_A_SHOW.search(opening)))
