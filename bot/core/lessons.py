"""What moderators taught the bot: a phrasing and the pair that answers it, or None for "not covered".

Plain data shared by the storage layer, which keeps lessons, and the engine, which treats a lesson as
one more way of asking its pair's question.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lesson:
    """``entry_key`` is ``interview-id/pair-id``, or None when the interview does not answer this."""

    question: str
    entry_key: str | None
