"""Plain-data results of asking the engine: what the CLI prints and the Discord layer renders."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.core.knowledge import Entry
from bot.core.models import Interview

NAMED_INTERVIEWS = 5


@dataclass(frozen=True, slots=True)
class Match:
    """One pair that may answer the question, with the part of its answer that does."""

    entry: Entry
    score: float
    excerpt: str
    highlight: str
    quotes: tuple[str, ...]
    parts: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.entry.id,
            "interview": self.entry.interview.id,
            "question": self.entry.question,
            "score": round(self.score, 1),
            "excerpt": self.excerpt,
            "answer": self.entry.answer,
            "quotes": list(self.quotes),
        }


Outcome = Literal["answered", "not_in_interview", "off_topic"]


@dataclass(frozen=True, slots=True)
class Result:
    """The engine's verdict.

    ``outcome`` tells the three cases apart: a real answer; a question on the interview's subject that
    the interview does not answer; and a question about something else. ``matches`` are the closest
    passages in every case, but only an ``answered`` result presents the first as the answer.
    ``interview`` is the one the question was judged to be about, so a reply can name the interview that
    does not say; None when the question had no word to judge by.
    """

    query: str
    outcome: Outcome
    matches: tuple[Match, ...]
    interview: Interview | None = None

    @property
    def answered(self) -> bool:
        return self.outcome == "answered"

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None

    def related(self, share: float = 0.6) -> tuple[Match, ...]:
        """The runners-up worth offering as "other matches": close to the best, and on a topic it named.

        The engine always ranks a few entries; the weak ones would only look like noise to a reader.
        """
        best = self.best
        if best is None:
            return ()
        return tuple(
            match
            for match in self.matches[1:]
            if match.score >= share * best.score and match.parts.get("topical", 0.0) > 0
        )

    def to_json(self, *, explain: bool = False) -> dict[str, Any]:
        matches = []
        for match in self.matches:
            item = match.to_json()
            if explain:
                item["parts"] = {name: round(value, 3) for name, value in match.parts.items()}
            matches.append(item)
        return {"query": self.query, "answered": self.answered, "outcome": self.outcome, "matches": matches}


def interviews_with(interviews: Sequence[Interview]) -> str:
    """Whom a non-answer is about: "interview with Jun Liu", "interviews with Jun Liu and Grace Hopper".

    Singular or plural to match, so a reply over several interviews never reads "the interview with A, B".
    """
    names = [interview.interviewee for interview in interviews[:NAMED_INTERVIEWS]]
    if len(interviews) > NAMED_INTERVIEWS:
        names.append(f"{len(interviews) - NAMED_INTERVIEWS} more")
    if len(names) < 2:
        return f"interview with {''.join(names)}"
    return f"interviews with {', '.join(names[:-1])} and {names[-1]}"


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """A quote snippet with the entry it came from, for attribution."""

    text: str
    entry: Entry
