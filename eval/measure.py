"""Run an engine over a question set and count what a member would see: answers, excerpts, abstentions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np

from bot.core.answers import Result
from bot.core.engine import Engine
from bot.core.knowledge import Knowledge
from bot.core.normalize import words
from bot.core.semantic import embedder
from bot.core.text import split_sentences
from eval.corpus import Item


def contains(text: str, expect: Iterable[str]) -> bool:
    folded = text.casefold()
    return any(part.casefold() in folded for part in expect)


@dataclass
class Tally:
    """The figures of one set, as shared/eval/score.py counts them."""

    answerable: int = 0
    answered_right: int = 0
    excerpt_right: int = 0
    ranked_first: int = 0
    hit5: int = 0
    # How long the excerpts of answered questions are: a longer excerpt holds the expected words more often.
    excerpt_chars: int = 0
    excerpts: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    abstained: Counter[str] = field(default_factory=Counter)

    def add(self, item: Item, result: Result) -> None:
        if result.answered and result.matches:
            self.excerpt_chars += len(result.matches[0].excerpt)
            self.excerpts += 1
        if item.expect is None:
            self.kinds[item.kind] += 1
            self.abstained[item.kind] += not result.answered
            return
        self.answerable += 1
        matches = result.matches
        first = bool(matches) and contains(matches[0].entry.answer, item.expect)
        self.ranked_first += first
        self.hit5 += any(contains(match.entry.answer, item.expect) for match in matches[:5])
        if result.answered and first:
            self.answered_right += 1
            self.excerpt_right += contains(matches[0].excerpt, item.expect)

    def rate(self, name: str) -> float | None:
        if name in ("unanswerable", "offtopic"):
            return self.abstained[name] / self.kinds[name] if self.kinds[name] else None
        if not self.answerable:
            return None
        value = {
            "answer@1": self.answered_right,
            "excerpt@1": self.excerpt_right,
            "rank@1": self.ranked_first,
            "hit@5": self.hit5,
        }[name]
        return value / self.answerable

    def mean_excerpt(self) -> float:
        return self.excerpt_chars / self.excerpts if self.excerpts else 0.0

    def merge(self, other: Tally) -> None:
        self.answerable += other.answerable
        self.answered_right += other.answered_right
        self.excerpt_right += other.excerpt_right
        self.ranked_first += other.ranked_first
        self.hit5 += other.hit5
        self.excerpt_chars += other.excerpt_chars
        self.excerpts += other.excerpts
        self.kinds.update(other.kinds)
        self.abstained.update(other.abstained)


def tally(engine: Engine, items: Iterable[Item], *, interview: str | None = None) -> Tally:
    found = Tally()
    for item in items:
        found.add(item, engine.ask(item.q, top=5, interview=interview))
    return found


# What an owner writes beside the interviewer's question and the interviewee's answer.
OWNER_FIELDS = ("terms", "aliases", "examples", "glossary")


def without(knowledge: Knowledge, fields: Iterable[str]) -> Knowledge:
    """The same interviews with the owner's ``fields`` left empty: what import gives before any hand edit.

    The about entry keeps its own: it is the owner's writing throughout, and import drafts one too.
    """
    dropped = frozenset(fields)
    emptied = dict.fromkeys(dropped & {"terms", "aliases", "examples"}, ())
    entries = tuple(
        replace(entry, pair=entry.pair.model_copy(update=emptied)) if entry.pair.kind == "qa" else entry
        for entry in knowledge.entries
    )
    return Knowledge(knowledge.interviews, entries, {} if "glossary" in dropped else knowledge.glossary)


def meaning_ranks(knowledge: Knowledge, items: Iterable[Item]) -> list[int]:
    """Where meaning alone puts the first right pair of each answerable question (0 is first).

    A pair scores its best cosine between the question and the pair's own question or one of its answer
    sentences: the token vectors' share of the engine's evidence, with no word statistics and nothing fitted.
    """
    embed = embedder().embed
    entries = knowledge.entries
    rows = [
        np.vstack([embed(words(text)) for text in (entry.pair.question, *split_sentences(entry.answer))])
        for entry in entries
    ]
    ranks = []
    for item in items:
        rights = [n for n, entry in enumerate(entries) if item.expect and contains(entry.answer, item.expect)]
        if not rights:
            continue
        vector = embed(words(item.q))
        scores = [float((row @ vector).max()) for row in rows]
        order = sorted(range(len(entries)), key=lambda n: (-scores[n], n))
        ranks.append(min(order.index(n) for n in rights))
    return ranks
