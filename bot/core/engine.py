"""The answer engine: rank the pairs for a question, decide whether to answer, cut the excerpt.

Scoring is lexical and explainable: each meaningful word of the question is a concept weighted by how
rare it is in the interview (unknown words weigh most, which is what makes off-topic questions abstain),
matched through stems, synonyms, abbreviations and spelling fixes against a pair's answer sentences,
its interviewer question and its curated key terms.
"""

from __future__ import annotations

import heapq
import random
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.core.answers import Match, QuoteHit, Result
from bot.core.index import Index, IndexedEntry, Sentence
from bot.core.knowledge import Entry, Knowledge
from bot.core.normalize import clean, normalize, words
from bot.core.stemming import stem
from bot.core.text import shorten
from bot.core.vocabulary import LIGHT_STEMS, STOPWORDS

DEFAULT_THRESHOLD = 45.0
MIN_COVERAGE = 0.55
EXCERPT_LIMIT = 600
MAX_EXCERPT_SENTENCES = 3
CANDIDATES = 40
QUESTION_LIMIT = 2000

_WEIGHTS = {"sentence": 0.45, "coverage": 0.30, "curated": 0.15, "question": 0.10}
_CUE_BONUS = 0.12
_DEFINITION_BONUS = 0.35
_CONTEXT_DISCOUNT = 0.3
_LIGHT_WEIGHT = 1.0
_SYNONYM_CREDIT = 0.8
_MIN_PREFIX = 5
_MIN_GAIN = 0.15
_UNKNOWN_NAME_FACTOR = 1.3
_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+\b")
_CLOSE_SECOND = 0.7
_ANAPHORA = re.compile(
    r"^(?:This|These|That|Those|It|Such|However|As a result|Additionally|Concurrently|"
    r"Instead|Regarding these|Despite this)\b"
)
_DEFINITION = re.compile(
    r"^(?:what|whats|wat)\s+(?:is|are|does|do)?\s*(?:an?|the)?\s*(?P<term>[\w&-]+)\s*(?:stand for|mean)?\W*$"
    r"|\b(?:stand for|stands for|meaning of|define|definition of|abbreviation)\b",
    re.IGNORECASE,
)
_DEFINITION_STEMS = frozenset(("stand", "mean", "defin", "definit", "abbrevi"))
# Words that only say what kind of answer is wanted; the intent keeps their meaning.
_FRAMING = re.compile(r"\bhow long\b|\b(?:what|which|in which) year\b", re.IGNORECASE)
_INTENTS = {
    "when": re.compile(r"\b(?:when|what year|which year|since when|what date)\b"),
    "duration": re.compile(r"\bhow long\b|\bfor how many (?:years|months)\b"),
    "quantity": re.compile(r"\bhow (?:much|many|big|large|fast|high)\b|\b(?:percentage|number of|amount)\b"),
    "place": re.compile(r"\bwhere\b|\bwhich (?:city|country|region|regions|countries|cities|markets)\b"),
    "person": re.compile(r"\bwho\b"),
    "cause": re.compile(r"\bwhy\b|\bwhat (?:led|made|drove|caused)\b|\breasons?\b"),
}


@dataclass(frozen=True, slots=True)
class Concept:
    """One meaningful word of the question and every stem that counts as saying it."""

    token: str
    alternatives: frozenset[str]
    weight: float
    topical: bool
    context: bool

    def said_by(self, tokens: frozenset[str]) -> float:
        """How fully ``tokens`` say this concept: the word itself counts more than a synonym."""
        if self.token in tokens:
            return self.weight
        return _SYNONYM_CREDIT * self.weight if not self.alternatives.isdisjoint(tokens) else 0.0


@dataclass(frozen=True, slots=True)
class Query:
    """A question taken apart: its weighted concepts and what kind of answer it wants."""

    text: str
    concepts: tuple[Concept, ...]
    intents: frozenset[str]
    defining: frozenset[str]
    flat: str

    @property
    def total(self) -> float:
        return sum(concept.weight for concept in self.concepts) or 1.0

    def covered(self, tokens: frozenset[str]) -> float:
        """The share of the question's weight that ``tokens`` say."""
        return sum(concept.said_by(tokens) for concept in self.concepts) / self.total

    def topical(self, tokens: frozenset[str]) -> bool:
        """Whether ``tokens`` say at least one word that names a topic, not just its framing."""
        return any(concept.topical and concept.said_by(tokens) for concept in self.concepts)


class Engine:
    """Answers questions from one loaded Knowledge; build a new Engine to reload."""

    def __init__(self, knowledge: Knowledge, *, threshold: float | None = None) -> None:
        self.knowledge = knowledge
        self.threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        self.index = Index(knowledge)
        self._positions = {indexed.entry.id: n for n, indexed in enumerate(self.index.entries)}
        self._correct = lru_cache(maxsize=4096)(self._correct_spelling)

    # -- asking -----------------------------------------------------------------------------------

    def ask(self, question: str, *, top: int = 3, interview: str | None = None) -> Result:
        """Rank the pairs for ``question`` and say whether the best one answers it."""
        query = self.parse(question)
        ranked = self._rank(query, interview)
        matches = tuple(self._match(query, indexed, parts) for indexed, parts in ranked[:top])
        answered = bool(matches) and self._confident(matches[0])
        return Result(query=question, answered=answered, matches=matches)

    def answer_entry(self, entry_id: str, question: str = "") -> Match | None:
        """Answer with exactly this pair: the user picked it, so only the excerpt depends on the question."""
        position = self._positions.get(entry_id)
        if position is None:
            return None
        indexed = self.index.entries[position]
        query = self.parse(question)
        return self._match(query, indexed, self._score(query, indexed))

    def parse(self, question: str) -> Query:
        text = clean(question[:QUESTION_LIMIT])
        lowered = " ".join(words(text))
        intents = frozenset(name for name, pattern in _INTENTS.items() if pattern.search(lowered))
        defining_words = _DEFINITION.search(lowered) is not None
        names = {word.casefold() for word in _NAME.findall(text)}
        tokens: list[str] = []
        named: set[str] = set()
        for word in words(_FRAMING.sub(" ", text)):
            if word in STOPWORDS:
                continue
            token = self._correct(word)
            if defining_words and token in _DEFINITION_STEMS:
                continue
            tokens.append(token)
            if word in names:
                named.add(token)
        abbreviations, covered = self.index.thesaurus.long_forms(tokens)
        kept = [token for position, token in enumerate(tokens) if position not in covered]
        concepts: dict[str, Concept] = {}
        for token in (*kept, *sorted(abbreviations)):
            if token not in concepts:
                concepts[token] = self._concept(token, named=token in named)
        defining: frozenset[str] = frozenset()
        if defining_words:
            defining = frozenset(
                token for token in concepts if token in self.index.thesaurus.phrases.values()
            )
        return Query(text, tuple(concepts.values()), intents, defining, " ".join(concepts))

    def _concept(self, token: str, *, named: bool = False) -> Concept:
        index = self.index
        alternatives = index.thesaurus.alternatives(token) | {token}
        if token not in index.weights and len(token) >= _MIN_PREFIX:
            alternatives |= index.completions(token) | index.truncations(token)
        weights = index.weights
        known = [weights[alt] for alt in alternatives if alt in weights]
        weight = weights.get(token) or (max(known) if known else index.unseen_weight)
        if named and not known:
            # A capitalised word the interview never uses names something else: another company,
            # a city, a team. It should weigh against answering more than an unknown common word.
            weight *= _UNKNOWN_NAME_FACTOR
        context = token in index.context_tokens
        light = token in LIGHT_STEMS
        if context:
            weight *= _CONTEXT_DISCOUNT
        elif light:
            weight = min(weight, _LIGHT_WEIGHT)
        return Concept(token, frozenset(alternatives), weight, not (context or light), context)

    def _correct_spelling(self, word: str) -> str:
        """The stem of ``word``, or of the interview's word it misspells by one or two letters."""
        token = stem(word)
        index = self.index
        if len(word) < 6 or token in index.weights or token in LIGHT_STEMS or index.completions(token):
            return token
        if index.thesaurus.alternatives(token) != {token}:
            return token
        edits = 1 if len(word) < 9 else 2
        found = process.extractOne(word, index.surface_words, scorer=Levenshtein.distance, score_cutoff=edits)
        return index.surface_stems[found[2]] if found else token

    # -- ranking ----------------------------------------------------------------------------------

    def _rank(self, query: Query, interview: str | None) -> list[tuple[IndexedEntry, dict[str, float]]]:
        entries = self.index.entries
        coverage: defaultdict[int, float] = defaultdict(float)
        for concept in query.concepts:
            if concept.context:
                continue
            seen: set[int] = set()
            for alternative in concept.alternatives:
                seen.update(self.index.postings.get(alternative, ()))
            for position in seen:
                coverage[position] += concept.weight
        if interview is not None:
            coverage = defaultdict(
                float,
                {
                    position: value
                    for position, value in coverage.items()
                    if entries[position].entry.interview.id == interview
                },
            )
        if not coverage and any(concept.context for concept in query.concepts):
            coverage = defaultdict(
                float,
                {
                    position: 0.0
                    for position, indexed in enumerate(entries)
                    if indexed.entry.pair.kind == "about"
                    and (interview is None or indexed.entry.interview.id == interview)
                },
            )
        candidates = heapq.nlargest(CANDIDATES, coverage, key=coverage.__getitem__)
        scored = [(entries[position], self._score(query, entries[position])) for position in candidates]
        scored.sort(key=lambda item: -item[1]["rank"])
        return scored

    def _score(self, query: Query, indexed: IndexedEntry) -> dict[str, float]:
        if not query.concepts:
            return {"score": 0.0, "coverage": 0.0, "sentence": 0.0, "curated": 0.0, "question": 0.0}
        context = indexed.context
        sentence = max((self._sentence_score(query, s, context) for s in indexed.sentences), default=0.0)
        parts = {
            "sentence": sentence,
            "coverage": query.covered(indexed.everything),
            "curated": query.covered(indexed.question | indexed.curated | context),
            "question": fuzz.token_sort_ratio(query.flat, indexed.question_text) / 100,
        }
        parts["score"] = min(100.0, 100 * sum(_WEIGHTS[name] * value for name, value in parts.items()))
        parts["rank"] = 100 * sum(_WEIGHTS[name] * value for name, value in parts.items() if name in _WEIGHTS)
        about_interviewee = indexed.entry.pair.kind == "about" and all(c.context for c in query.concepts)
        parts["topical"] = float(query.topical(indexed.everything) or about_interviewee)
        return parts

    def _sentence_score(self, query: Query, sentence: Sentence, context: frozenset[str]) -> float:
        score = query.covered(sentence.stems | context) if query.concepts else 0.0
        if score and query.intents & sentence.cues:
            score += _CUE_BONUS
        if query.defining & sentence.defines:
            score += _DEFINITION_BONUS
        return score

    def _confident(self, match: Match) -> bool:
        parts = match.parts
        return (
            parts.get("topical", 0.0) > 0
            and parts.get("coverage", 0.0) >= MIN_COVERAGE
            and match.score >= self.threshold
        )

    # -- building a match -------------------------------------------------------------------------

    def _match(self, query: Query, indexed: IndexedEntry, parts: dict[str, float]) -> Match:
        excerpt, highlight = self._excerpt(query, indexed)
        quotes = sorted(indexed.quotes, key=lambda quote: -query.covered(quote[1]) if query.concepts else 0)
        return Match(
            entry=indexed.entry,
            score=round(parts["score"], 1),
            excerpt=excerpt,
            highlight=highlight,
            quotes=tuple(text for text, _ in quotes),
            parts={name: value for name, value in parts.items() if name not in ("score", "rank")},
        )

    def _excerpt(self, query: Query, indexed: IndexedEntry) -> tuple[str, str]:
        """The 1-3 sentences that answer, in answer order, within EXCERPT_LIMIT characters.

        The best sentence comes first; then, greedily, the sentences that say the most of what the
        chosen ones leave unsaid, so a question touching two facts gets both.
        """
        sentences = indexed.sentences
        scores = [self._sentence_score(query, s, frozenset()) for s in sentences]
        best = max(range(len(sentences)), key=lambda n: (scores[n], -n))
        if scores[best] <= 0:
            return _fit([s.text for s in sentences[:2]]), shorten(sentences[0].text, EXCERPT_LIMIT)
        chosen = {best}
        if best > 0 and _ANAPHORA.match(sentences[best].text):
            chosen.add(best - 1)
        said = sentences[best].stems
        while len(chosen) < MAX_EXCERPT_SENTENCES:
            gains = {
                n: query.covered(said | sentences[n].stems) - query.covered(said)
                for n in range(len(sentences))
                if n not in chosen and _length(sentences, chosen | {n}) <= EXCERPT_LIMIT
            }
            useful = [n for n in gains if gains[n] >= _MIN_GAIN or scores[n] >= _CLOSE_SECOND * scores[best]]
            if not useful:
                break
            pick = max(useful, key=lambda n: (gains[n], scores[n], -abs(n - best)))
            chosen.add(pick)
            said = said | sentences[pick].stems
        highlight = sentences[best].text
        if _length(sentences, chosen) > EXCERPT_LIMIT:
            highlight = shorten(highlight, EXCERPT_LIMIT)
            return highlight, highlight
        return _join(sentences, sorted(chosen)), highlight

    # -- browsing ---------------------------------------------------------------------------------

    def suggest(self, text: str, *, limit: int = 25, interview: str | None = None) -> list[Entry]:
        """Entries for autocomplete: the best answers first, then questions that look like the text."""
        pool = [entry for entry in self.knowledge if interview is None or entry.interview.id == interview]
        if not text.strip():
            return pool[:limit]
        ranked = [match.entry for match in self.ask(text, top=limit, interview=interview).matches]
        choices = {n: _search_text(entry) for n, entry in enumerate(pool)}
        for _, _, n in process.extract(
            normalize(text), choices, scorer=fuzz.WRatio, processor=None, limit=limit, score_cutoff=50
        ):
            ranked.append(pool[n])
        return list(dict.fromkeys(ranked))[:limit]

    def quote(self, about: str | None = None, *, rng: random.Random | None = None) -> QuoteHit | None:
        """A quote snippet about ``about``, or any quote when no subject is given."""
        if about is None or not about.strip():
            every = [(text, entry) for entry in self.knowledge for text in entry.quotes]
            text, entry = (rng or random).choice(every)
            return QuoteHit(text, entry)
        result = self.ask(about, top=1)
        if result.answered and result.best:
            return QuoteHit(result.best.quotes[0], result.best.entry)
        every_quote = {
            (n, q): text for n, e in enumerate(self.knowledge.entries) for q, text in enumerate(e.quotes)
        }
        found = process.extractOne(
            normalize(about), every_quote, scorer=fuzz.partial_ratio, processor=normalize, score_cutoff=80
        )
        if not found:
            return None
        entry = self.knowledge.entries[found[2][0]]
        return QuoteHit(found[0], entry)


def _search_text(entry: Entry) -> str:
    return normalize(" ".join((entry.question, *entry.pair.terms)))


def _length(sentences: tuple[Sentence, ...], chosen: Iterable[int]) -> int:
    return len(_join(sentences, sorted(chosen)))


def _join(sentences: tuple[Sentence, ...], order: list[int]) -> str:
    parts: list[str] = []
    for position, n in enumerate(order):
        if position and n != order[position - 1] + 1:
            parts.append("…")
        parts.append(sentences[n].text)
    return " ".join(parts)


def _fit(texts: list[str]) -> str:
    joined = " ".join(texts)
    return joined if len(joined) <= EXCERPT_LIMIT else shorten(texts[0], EXCERPT_LIMIT)
