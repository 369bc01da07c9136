"""What finding turns gives back: the turns, the Layout around them, or NoInterviewFound.

A module of its own so that each layout can build one, and the rest of the importer read one, without
importing the layouts.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.importer.sources.blocks import Block


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
    cold_open: tuple[str, ...] = ()  # a podcast's clips before the host's welcome, left out of the turns
    unasked: tuple[str, ...] = ()  # what the interviewee says before any question: none to draft it under
    billing: str | None = None  # the part the interviewee's label bills them in once: "Harbour Master"

    def texts(self) -> list[str]:
        """The paragraphs the layout read, lead first: the page's own text, as its metadata is read from."""
        return [block.text for block in self.lead] + [
            text for turn in self.turns for text in (turn.question, *turn.answer)
        ]
