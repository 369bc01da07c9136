"""The part of an answer to show: the sentences that answer, in the interviewee's order, within a size."""

from __future__ import annotations

from bisect import bisect_left, insort
from itertools import pairwise

from bot.core.ranking import Candidate, Credits
from bot.core.text import shorten

# What a reply shows before the full answer: a short paragraph, read at a glance in Discord or a terminal.
# Only this room bounds an excerpt, not a count of sentences: short ones ("I work a lot. I mean, a lot.")
# each say little, and the answer is often the third or fourth of them.
EXCERPT_LIMIT = 600


def excerpt(candidate: Candidate, semantic: float = 0.0, opening: float | None = None) -> tuple[str, str]:
    """The sentences that answer, in answer order, within EXCERPT_LIMIT characters, and the best one.

    The best sentence says most of the question, in its words and, weighted by ``semantic``, in meaning;
    beside it, the sentence the pair was ranked by (the most of the question's words), and the answer's
    first sentence when the pair's own question says at least ``opening`` of the question; then come the
    sentences that add words of the question the chosen ones leave unsaid; then, while there
    is room, the sentence after the best one and the one after the last chosen (a subject raised, then
    answered), and the next that say something of it, by the same score. Filling
    the room was measured with ``python -m eval --quick``: held-out excerpt@1 0.506 with the following
    sentence alone, 0.533 filled; 0.552 with at most three sentences, 0.592 with the room alone.
    """
    texts = [sentence.text for sentence in candidate.indexed.sentences]
    if not texts:
        return "", ""
    credits = candidate.sentence_credits
    scores = [
        said + semantic * max(0.0, close)
        for said, close in zip(candidate.sentence_scores, candidate.sentence_similarity, strict=True)
    ]
    best = max(range(len(scores)), key=lambda n: (scores[n], n == candidate.best_sentence, -n))
    if scores[best] <= 0:
        lead = _join(texts, [0, 1]) if len(texts) > 1 and _size(texts, [0, 1]) <= EXCERPT_LIMIT else None
        first = shorten(texts[0], EXCERPT_LIMIT)
        return lead or first, first
    chosen = {best}
    # The sentence the pair was ranked by says most of the question's words; when meaning picked another
    # first, it still belongs beside it ("profitable" may be said by both, but only one says the profit).
    evidence = candidate.best_sentence
    if candidate.sentence_scores[evidence] > 0 and _size(texts, {best, evidence}) <= EXCERPT_LIMIT:
        chosen.add(evidence)
    # Asked what the interviewer asked, the interviewee replies first and explains after: the reply ("Mostly
    # by luck.", "Not yet.") often shares no word with the question, so no sentence score finds it.
    if (
        opening is not None
        and candidate.signals["question_share"] >= opening
        and _size(texts, chosen | {0}) <= EXCERPT_LIMIT
    ):
        chosen.add(0)
    said: dict[int, float] = {}
    for n in chosen:
        _say(said, credits[n])
    while True:
        room = EXCERPT_LIMIT - _size(texts, chosen) - 3
        gains = {
            n: sum(max(0.0, credit - said.get(k, 0.0)) for k, credit in credits[n].items())
            for n in range(len(texts))
            if credits[n] and n not in chosen and len(texts[n]) <= room
        }
        useful = [n for n, gain in gains.items() if gain > 0]
        if not useful:
            break
        pick = max(useful, key=lambda n: (gains[n], scores[n], -abs(n - best)))
        chosen.add(pick)
        _say(said, credits[pick])
    # Then the sentences that follow the best and the last chosen, which usually complete them; then the
    # next best, while there is room.
    following = [n for n in dict.fromkeys((best + 1, max(chosen) + 1)) if n < len(texts)]
    relevant = sorted((n for n in range(len(texts)) if scores[n] > 0), key=lambda n: (-scores[n], n))
    order = sorted(chosen)
    size = _size(texts, order)
    for n in following + relevant:
        if n in chosen:
            continue
        grown = size + _growth(texts, order, n)
        if grown <= EXCERPT_LIMIT:
            chosen.add(n)
            insort(order, n)
            size = grown
    if size > EXCERPT_LIMIT:
        highlight = shorten(texts[best], EXCERPT_LIMIT)
        return highlight, highlight
    return _join(texts, sorted(chosen)), texts[best]


def _say(said: dict[int, float], credits: Credits) -> None:
    """Count the question's terms a chosen sentence says as said, each at its fullest credit."""
    for term, credit in credits.items():
        said[term] = max(credit, said.get(term, 0.0))


def _size(texts: list[str], chosen: set[int] | list[int]) -> int:
    """Length of the joined excerpt without building it: sentences, spaces and gap markers."""
    if len(chosen) == 1:
        return sum(len(texts[n]) for n in chosen)
    order = sorted(chosen)
    gaps = sum(1 for a, b in pairwise(order) if b != a + 1)
    return sum(len(texts[n]) for n in order) + (len(order) - 1) + 2 * gaps


def _growth(texts: list[str], order: list[int], n: int) -> int:
    """How much the excerpt of the sorted sentences ``order`` grows with sentence ``n``, as _size counts it.

    Without rebuilding the excerpt: trying each remaining sentence against the room is the excerpt's
    inner loop, run for every match of every question.
    """
    at = bisect_left(order, n)
    before = order[at - 1] if at else None
    after = order[at] if at < len(order) else None
    gaps = (before is not None and n != before + 1) + (after is not None and after != n + 1)
    if before is not None and after is not None:
        gaps -= after != before + 1  # the gap n sits in is replaced by those around it
    return len(texts[n]) + (1 if order else 0) + 2 * gaps


def _join(texts: list[str], order: list[int]) -> str:
    parts: list[str] = []
    for position, n in enumerate(order):
        if position and n != order[position - 1] + 1:
            parts.append("…")
        parts.append(texts[n])
    return " ".join(parts)
