"""The answer engine: rank the pairs for a question, decide whether to answer, cut the excerpt.

Scoring is lexical and explainable. Each meaningful word of the question is a concept weighted by how
rare it is in the knowledge (unknown words weigh most, which is what makes off-topic questions
abstain), matched through stems, synonyms, abbreviations and spelling fixes against a pair's answer
sentences, its interviewer question and its curated key terms.
"""

from __future__ import annotations

import heapq
import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter
from typing import TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.core.answers import Match, Outcome, QuoteHit, Result
from bot.core.index import Index, IndexedEntry
from bot.core.knowledge import Entry, Knowledge
from bot.core.normalize import clean, normalize, words
from bot.core.stemming import stem
from bot.core.text import shorten
from bot.core.vocabulary import LIGHT_STEMS, STOPWORDS

DEFAULT_THRESHOLD = 35.0
MIN_COVERAGE = 0.55
EXCERPT_LIMIT = 600
MAX_EXCERPT_SENTENCES = 3
CANDIDATES = 16
QUESTION_LIMIT = 2000

_WEIGHTS = {"sentence": 0.45, "coverage": 0.30, "curated": 0.15, "question": 0.10}
_CUE_BONUS = 0.12
_DEFINITION_BONUS = 0.35
_CONTEXT_DISCOUNT = 0.3
_LIGHT_WEIGHT = 1.0
_SYNONYM_CREDIT = 0.8
_UNKNOWN_NAME_FACTOR = 1.3
_MIN_PREFIX = 5
_MIN_GAIN = 0.15
_CLOSE_SECOND = 0.7
_COMMON_SHARE = 0.02
_MEMO_LIMIT = 20_000

_ANAPHORA = re.compile(
    r"^(?:This|These|That|Those|It|Such|However|As a result|Additionally|Concurrently|Instead"
    r"|Regarding these|Despite this)\b"
)
_DEFINITION = re.compile(
    r"^(?:what|whats|wat)\s+(?:is|are|does|do)?\s*(?:an?|the)?\s*[\w&-]+\s*(?:stand for|mean)?\W*$"
    r"|\b(?:stand for|stands for|meaning of|define|definition of|abbreviation)\b",
    re.IGNORECASE,
)
_DEFINITION_STEMS = frozenset(("stand", "mean", "defin", "definit", "abbrevi"))
# Words that only say what kind of answer is wanted; the intent keeps their meaning.
_FRAMING = re.compile(r"\bhow (?:long|old)\b|\b(?:what|which|in which) year\b", re.IGNORECASE)
# Idioms whose topic word is not among their words: "how old is the company" asks when it was founded.
_IMPLIED = (
    (re.compile(r"\bhow old\b"), "founded"),
    (re.compile(r"\bset (?:it |them )?up\b"), "founded"),
    (re.compile(r"\b(?:go|goes|going|gone|went) (?:up|higher)\b"), "increase"),
    (re.compile(r"\b(?:go|goes|going|gone|went) (?:down|lower)\b"), "decrease"),
    (re.compile(r"\b(?:go|goes|going|went) (?:global|international|abroad|overseas)\b"), "expansion"),
)
_INTENTS = {
    "when": re.compile(r"\b(?:when|what year|which year|since when|what date|how old)\b"),
    "duration": re.compile(r"\bhow long\b|\bfor how many (?:years|months)\b"),
    "quantity": re.compile(r"\bhow (?:much|many|big|large|fast|high)\b|\b(?:percentage|number of|amount)\b"),
    "place": re.compile(r"\bwhere\b|\bwhich (?:city|country|region|regions|countries|cities|markets)\b"),
    "person": re.compile(r"\bwho\b"),
    "cause": re.compile(r"\bwhy\b|\bwhat (?:led|made|drove|caused)\b|\breasons?\b"),
}
_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][a-z]+\b")

Credits = dict[int, float]
K = TypeVar("K")
V = TypeVar("V")
_NONE: Credits = {}


@dataclass(frozen=True, slots=True)
class Concept:
    """One meaningful word of the question and every stem that counts as saying it."""

    token: str
    alternatives: frozenset[str]
    weight: float
    topical: bool
    context: bool


@dataclass(slots=True)
class Query:
    """A question taken apart: its weighted concepts and what kind of answer it wants."""

    text: str
    concepts: tuple[Concept, ...]
    intents: frozenset[str]
    defining: frozenset[str]
    total: float = field(init=False)
    flat: str = field(init=False)
    _lookup: dict[str, list[tuple[int, float]]] = field(init=False)
    vocabulary: frozenset[str] = field(init=False)
    only_context: bool = field(init=False)
    bonus_ceiling: float = field(init=False)

    def __post_init__(self) -> None:
        self.total = sum(concept.weight for concept in self.concepts) or 1.0
        self.flat = " ".join(sorted(concept.token for concept in self.concepts))
        lookup: dict[str, list[tuple[int, float]]] = {}
        for number, concept in enumerate(self.concepts):
            for alternative in concept.alternatives:
                credit = concept.weight if alternative == concept.token else _SYNONYM_CREDIT * concept.weight
                lookup.setdefault(alternative, []).append((number, credit))
        self._lookup = lookup
        self.vocabulary = frozenset(lookup)
        self.only_context = bool(self.concepts) and all(concept.context for concept in self.concepts)
        self.bonus_ceiling = (_CUE_BONUS if self.intents else 0.0) + (
            _DEFINITION_BONUS if self.defining else 0.0
        )

    def credits(self, tokens: frozenset[str]) -> Credits:
        """Which concepts ``tokens`` say, and how fully: the word itself counts more than a synonym."""
        best: Credits = {}
        for token in self.vocabulary.intersection(tokens):
            for number, credit in self._lookup[token]:
                if credit > best.get(number, 0.0):
                    best[number] = credit
        return best

    def share(self, credits: Credits) -> float:
        return sum(credits.values()) / self.total

    def topical(self, credits: Credits) -> bool:
        """Whether a word that names a topic, not just the question's framing, was said."""
        return any(self.concepts[number].topical for number in credits)


@dataclass(frozen=True, slots=True)
class _Bound:
    indexed: IndexedEntry
    parts: dict[str, float]
    everything: Credits
    known: float
    ceiling: float


@dataclass(frozen=True, slots=True)
class _Scored:
    indexed: IndexedEntry
    parts: dict[str, float]
    rank: float
    sentence_credits: tuple[Credits, ...]
    sentence_scores: tuple[float, ...]


class Engine:
    """Answers questions from one loaded Knowledge; build a new Engine to reload."""

    def __init__(self, knowledge: Knowledge, *, threshold: float | None = None) -> None:
        self.knowledge = knowledge
        self.threshold = DEFAULT_THRESHOLD if threshold is None else threshold
        self.index = Index(knowledge)
        self._positions = {indexed.entry.id: n for n, indexed in enumerate(self.index.entries)}
        self._common = max(50, int(_COMMON_SHARE * len(self.index.entries)))
        self._search_texts: list[str] | None = None  # for autocomplete; made on its first use
        self._all_quotes = [(text, entry) for entry in knowledge for text in entry.quotes]
        self._quote_texts: list[str] | None = None  # normalised, for /quote; made on its first use
        # Plain dicts, not lru_cache on bound methods: those would tie the engine into a reference
        # cycle, and the index is kept out of the cyclic collector's sight (see index.py).
        self._corrections: dict[str, str] = {}
        self._concepts: dict[tuple[str, bool], Concept] = {}

    # -- asking -----------------------------------------------------------------------------------

    def ask(self, question: str, *, top: int = 3, interview: str | None = None) -> Result:
        """Rank the pairs for ``question`` and say whether the best one answers it."""
        query = self.parse(question)
        ranked = self._rank(query, interview, top)
        matches = tuple(self._match(query, scored) for scored in ranked)
        if matches and self._confident(matches[0]):
            outcome: Outcome = "answered"
        elif matches and matches[0].parts.get("topical", 0.0) > 0:
            outcome = "not_in_interview"
        else:
            outcome = "off_topic"
        return Result(query=question, outcome=outcome, matches=matches)

    def answer_entry(self, entry_id: str, question: str = "") -> Match | None:
        """Answer with exactly this pair: the user picked it, so only the excerpt depends on the question."""
        position = self._positions.get(entry_id)
        if position is None:
            return None
        query = self.parse(question)
        indexed = self.index.entries[position]
        return self._match(query, self._score(query, self._bound(query, indexed), {}))

    def parse(self, question: str) -> Query:
        text = clean(question[:QUESTION_LIMIT])
        lowered = " ".join(words(text))
        intents = frozenset(name for name, pattern in _INTENTS.items() if pattern.search(lowered))
        defining_words = _DEFINITION.search(lowered) is not None
        names = {word.casefold() for word in _NAME.findall(text)}
        tokens: list[str] = []
        named: set[str] = set()
        implied = [word for pattern, word in _IMPLIED if pattern.search(lowered)]
        for word in (*words(_FRAMING.sub(" ", text)), *implied):
            if word in STOPWORDS:
                continue
            token = self._corrections.get(word) or self._remember(
                self._corrections, word, self._correct(word)
            )
            if defining_words and token in _DEFINITION_STEMS:
                continue
            tokens.append(token)
            if word in names:
                named.add(token)
        thesaurus = self.index.thesaurus
        abbreviations, covered = thesaurus.long_forms(tokens)
        kept = [token for position, token in enumerate(tokens) if position not in covered]
        concepts = {}
        for token in (*kept, *sorted(abbreviations)):
            key = (token, token in named)
            concepts[token] = self._concepts.get(key) or self._remember(
                self._concepts, key, self._concept(*key)
            )
        defining = frozenset(concepts) & thesaurus.abbreviations if defining_words else frozenset()
        return Query(text, tuple(concepts.values()), intents, defining)

    @staticmethod
    def _remember(cache: dict[K, V], key: K, value: V) -> V:
        if len(cache) < _MEMO_LIMIT:
            cache[key] = value
        return value

    def _concept(self, token: str, named: bool) -> Concept:
        index = self.index
        alternatives = index.thesaurus.alternatives(token) | {token}
        if len(token) >= _MIN_PREFIX:
            alternatives |= index.completions(token)
            if token not in index.weights:
                alternatives |= index.truncations(token)
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

    def _correct(self, word: str) -> str:
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

    def _rank(self, query: Query, interview: str | None, top: int) -> list[_Scored]:
        entries = self.index.entries
        coverage = self._candidates(query)
        if interview is not None:
            coverage = {
                n: value for n, value in coverage.items() if entries[n].entry.interview.id == interview
            }
        if not coverage and any(concept.context for concept in query.concepts):
            coverage = {
                n: 0.0
                for n, indexed in enumerate(entries)
                if indexed.entry.pair.kind == "about" and interview in (None, indexed.entry.interview.id)
            }
        best = heapq.nlargest(CANDIDATES, coverage.items(), key=itemgetter(1)) if coverage else []
        context_credits: dict[frozenset[str], Credits] = {}
        bounded = sorted((self._bound(query, entries[n]) for n, _ in best), key=lambda item: -item.ceiling)
        # Branch and bound: the sentence pass is the costly part, and an entry whose best possible
        # score cannot reach the top ``top`` found so far cannot change the answer.
        scored: list[_Scored] = []
        for bound in bounded:
            if len(scored) >= top and bound.ceiling < scored[top - 1].rank:
                break
            scored.append(self._score(query, bound, context_credits))
            scored.sort(key=lambda item: -item.rank)
        return scored[:top]

    def _candidates(self, query: Query) -> dict[int, float]:
        """Entries that say at least one topic word, found through the inverted index.

        Words found in a large share of the entries are left out of the search (not of the score)
        when rarer words exist: they would make every entry a candidate and say little.
        """
        postings = self.index.postings
        found = []
        for concept in query.concepts:
            if concept.context:
                continue
            known = tuple(alt for alt in concept.alternatives if alt in postings)
            found.append((sum(len(postings[alt]) for alt in known), concept.weight, known))
        found.sort(key=itemgetter(0))
        if found and found[0][0] > self._common:
            return self._common_candidates([(weight, known) for _, weight, known in found])
        coverage: defaultdict[int, float] = defaultdict(float)
        for size, weight, known in found:
            if size > self._common and coverage:
                break
            positions = postings[known[0]] if len(known) == 1 else set().union(*(postings[a] for a in known))
            for position in positions:
                coverage[position] += weight
        return coverage

    def _common_candidates(self, found: list[tuple[float, tuple[str, ...]]]) -> dict[int, float]:
        """Every word of the question is common: the first entries that say them all.

        Walking thousands of postings in Python would cost milliseconds; the walk stops as soon as
        enough entries are found, and membership tests run against cached sets. A question made only
        of common words says too little to rank thousands of entries by anyway.
        """
        index = self.index
        rarest = found[0][1]
        walk = index.postings[rarest[0]] if len(rarest) == 1 else sorted(self._said_by_any(rarest))
        others = [self._said_by_any(known) for _, known in found[1:]]
        wanted = 4 * CANDIDATES
        chosen: list[int] = []
        for position in walk:
            if all(position in other for other in others):
                chosen.append(position)
                if len(chosen) == wanted:
                    break
        return dict.fromkeys(chosen or walk[:wanted], sum(weight for weight, _ in found))

    def _said_by_any(self, tokens: tuple[str, ...]) -> frozenset[int]:
        sets = [self.index.posting_set(token) for token in tokens]
        return sets[0] if len(sets) == 1 else frozenset().union(*sets)

    def _bound(self, query: Query, indexed: IndexedEntry) -> _Bound:
        """The parts of the score that need no sentence, and the most the sentences could add."""
        everything = query.credits(indexed.everything)
        coverage = query.share(everything)
        parts = {
            "coverage": coverage,
            "curated": query.share(query.credits(indexed.fields)),
            "question": fuzz.token_sort_ratio(query.flat, indexed.question_text) / 100
            if query.concepts
            else 0.0,
        }
        known = 100 * sum(_WEIGHTS[name] * value for name, value in parts.items())
        ceiling = known + 100 * _WEIGHTS["sentence"] * (coverage + query.bonus_ceiling)
        return _Bound(indexed, parts, everything, known, ceiling)

    def _score(self, query: Query, bound: _Bound, context_cache: dict[frozenset[str], Credits]) -> _Scored:
        indexed = bound.indexed
        context = context_cache.get(indexed.context)
        if context is None:
            context = context_cache[indexed.context] = query.credits(indexed.context)
        # One tight loop: this runs for every sentence of every candidate of every question.
        vocabulary, total, intents, defining = query.vocabulary, query.total, query.intents, query.defining
        context_weight = sum(context.values())
        sentence_credits: list[Credits] = []
        sentence_scores: list[float] = []
        best_in_context = 0.0
        for sentence in indexed.sentences:
            credits = _NONE if vocabulary.isdisjoint(sentence.stems) else query.credits(sentence.stems)
            sentence_credits.append(credits)
            if not credits and not context:
                sentence_scores.append(0.0)
                continue
            bonus = (_CUE_BONUS if intents & sentence.cues else 0.0) + (
                _DEFINITION_BONUS if defining & sentence.defines else 0.0
            )
            said = sum(credits.values())
            sentence_scores.append(said / total + bonus if credits else 0.0)
            # The interviewee and the company are implied in every sentence of their interview.
            unsaid_context = (
                sum(c for n, c in context.items() if n not in credits) if credits else context_weight
            )
            best_in_context = max(best_in_context, (said + unsaid_context) / total + bonus)
        parts = {"sentence": best_in_context, **bound.parts}
        rank = bound.known + 100 * _WEIGHTS["sentence"] * best_in_context
        about_interviewee = indexed.entry.pair.kind == "about" and query.only_context
        parts["topical"] = float(
            bool(query.concepts) and (query.topical(bound.everything) or about_interviewee)
        )
        parts["score"] = min(100.0, rank)
        return _Scored(indexed, parts, rank, tuple(sentence_credits), tuple(sentence_scores))

    def _confident(self, match: Match) -> bool:
        parts = match.parts
        return (
            parts.get("topical", 0.0) > 0
            and parts.get("coverage", 0.0) >= MIN_COVERAGE
            and match.score >= self.threshold
        )

    # -- building a match -------------------------------------------------------------------------

    def _match(self, query: Query, scored: _Scored) -> Match:
        indexed = scored.indexed
        excerpt, highlight = self._excerpt(query, scored)
        quotes = sorted(indexed.quotes, key=lambda quote: -query.share(query.credits(quote[1])))
        return Match(
            entry=indexed.entry,
            score=round(scored.parts["score"], 1),
            excerpt=excerpt,
            highlight=highlight,
            quotes=tuple(text for text, _ in quotes),
            parts={name: value for name, value in scored.parts.items() if name != "score"},
        )

    def _excerpt(self, query: Query, scored: _Scored) -> tuple[str, str]:
        """The 1-3 sentences that answer, in answer order, within EXCERPT_LIMIT characters.

        The best sentence comes first; then, greedily, the sentences that say the most of what the
        chosen ones leave unsaid, so a question touching two facts gets both.
        """
        texts = [sentence.text for sentence in scored.indexed.sentences]
        scores, credits = scored.sentence_scores, scored.sentence_credits
        best = max(range(len(texts)), key=lambda n: (scores[n], -n))
        if scores[best] <= 0:
            opening = (
                _join(texts, [0, 1]) if len(texts) > 1 and _size(texts, [0, 1]) <= EXCERPT_LIMIT else None
            )
            first = shorten(texts[0], EXCERPT_LIMIT)
            return opening or first, first
        chosen = {best}
        if best > 0 and _ANAPHORA.match(texts[best]):
            chosen.add(best - 1)
        said = dict(credits[best])
        while len(chosen) < MAX_EXCERPT_SENTENCES:
            room = EXCERPT_LIMIT - _size(texts, chosen) - 3
            gains = {
                n: sum(max(0.0, credit - said.get(k, 0.0)) for k, credit in credits[n].items()) / query.total
                for n in range(len(texts))
                if credits[n] and n not in chosen and len(texts[n]) <= room
            }
            useful = [
                n
                for n, gain in gains.items()
                if gain >= _MIN_GAIN or scores[n] >= _CLOSE_SECOND * scores[best]
            ]
            if not useful:
                break
            pick = max(useful, key=lambda n: (gains[n], scores[n], -abs(n - best)))
            chosen.add(pick)
            for k, credit in credits[pick].items():
                said[k] = max(credit, said.get(k, 0.0))
        if _size(texts, chosen) > EXCERPT_LIMIT:
            highlight = shorten(texts[best], EXCERPT_LIMIT)
            return highlight, highlight
        return _join(texts, sorted(chosen)), texts[best]

    # -- browsing ---------------------------------------------------------------------------------

    def suggest(self, text: str, *, limit: int = 25, interview: str | None = None) -> list[Entry]:
        """Entries for autocomplete: the best answers first, then questions that look like the text."""
        entries = self.knowledge.entries
        allowed = [n for n, entry in enumerate(entries) if interview in (None, entry.interview.id)]
        if not text.strip():
            return [entries[n] for n in allowed[:limit]]
        ranked = [match.entry for match in self.ask(text, top=limit, interview=interview).matches]
        if self._search_texts is None:
            self._search_texts = [normalize(" ".join((e.question, *e.pair.terms))) for e in entries]
        texts = self._search_texts
        choices = {n: texts[n] for n in allowed}
        for _, _, n in process.extract(
            normalize(text), choices, scorer=fuzz.WRatio, processor=None, limit=limit, score_cutoff=50
        ):
            ranked.append(entries[n])
        return list(dict.fromkeys(ranked))[:limit]

    def quote(self, about: str | None = None, *, rng: random.Random | None = None) -> QuoteHit | None:
        """A quote snippet about ``about``, or any quote when no subject is given."""
        if about is None or not about.strip():
            text, entry = (rng or random).choice(self._all_quotes)
            return QuoteHit(text, entry)
        result = self.ask(about, top=1)
        if result.answered and result.best:
            return QuoteHit(result.best.quotes[0], result.best.entry)
        if self._quote_texts is None:
            self._quote_texts = [normalize(text) for text, _ in self._all_quotes]
        found = process.extractOne(
            normalize(about), self._quote_texts, scorer=fuzz.partial_ratio, processor=None, score_cutoff=80
        )
        return QuoteHit(*self._all_quotes[found[2]]) if found else None


def _size(texts: list[str], chosen: set[int] | list[int]) -> int:
    """Length of the joined excerpt without building it: sentences, spaces and gap markers."""
    if len(chosen) == 1:
        return sum(len(texts[n]) for n in chosen)
    order = sorted(chosen)
    gaps = sum(1 for a, b in pairwise(order) if b != a + 1)
    return sum(len(texts[n]) for n in order) + (len(order) - 1) + 2 * gaps


def _join(texts: list[str], order: list[int]) -> str:
    parts: list[str] = []
    for position, n in enumerate(order):
        if position and n != order[position - 1] + 1:
            parts.append("…")
        parts.append(texts[n])
    return " ".join(parts)
