"""A search index over the knowledge, built once at load so each question costs a few set operations."""

from __future__ import annotations

import bisect
import gc
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from bot.core.knowledge import Entry, Knowledge
from bot.core.models import Interview
from bot.core.normalize import stems, words, words_of_each
from bot.core.stemming import stem_all, stem_set
from bot.core.text import split_sentences
from bot.core.vocabulary import STOPWORDS, SYNONYM_GROUPS

Phrase = tuple[str, ...]

# Answer-type cues: which sentences can answer a "when", "how long", "how many", "where", "who" or
# "why" question. Read off the sentence's words, which are at hand anyway, rather than by regex.
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_UNITS_OF_TIME = frozenset(("years", "months", "weeks", "decades"))
_SINCE = frozenset(("since", "ago"))
_HALVES = frozenset(("first", "second"))
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten dozens hundreds thousands millions".split()
)
_CAUSES = frozenset("because due driven stemmed desire reason reasons thanks given result".split())
_DIGIT = re.compile(r"\d")
_CAPITALISED = re.compile(r"[\w,;] [A-Z][a-z]")


def _cues(text: str, present: set[str]) -> frozenset[str]:
    digits = [word for word in present if word.isdigit()] if _DIGIT.search(text) else []
    numbers = bool(digits) or not present.isdisjoint(_NUMBER_WORDS)
    cues = []
    if (
        not present.isdisjoint(_MONTHS)
        or any(len(word) == 4 and word[:2] in ("18", "19", "20") for word in digits)
        or ("half" in present and not present.isdisjoint(_HALVES))
    ):
        cues.append("when")
    if not present.isdisjoint(_SINCE) or (numbers and not present.isdisjoint(_UNITS_OF_TIME)):
        cues.append("duration")
    if numbers:
        cues.append("quantity")
    if not present.isdisjoint(_CAUSES):
        cues.append("cause")
    if not text[1:].islower() and _CAPITALISED.search(text):
        cues += ("place", "person")
    return _interned(tuple(cues))


@lru_cache(maxsize=64)
def _interned(cues: tuple[str, ...]) -> frozenset[str]:
    """One frozenset per combination of cues: there are few, and the index holds one per sentence."""
    return frozenset(cues)


class Sentence(NamedTuple):
    """One sentence of an answer with what it says, what answer types it carries, what it defines.

    A named tuple rather than a frozen dataclass: the index makes one per sentence, and a tuple is
    several times cheaper to create.
    """

    text: str
    stems: frozenset[str]
    cues: frozenset[str]
    defines: frozenset[str]


@dataclass(frozen=True, slots=True)
class IndexedEntry:
    """An entry's searchable parts: its curated fields apart from its answer's sentences."""

    entry: Entry
    question_text: str
    fields: frozenset[str]
    context: frozenset[str]
    sentences: tuple[Sentence, ...]
    everything: frozenset[str]
    quotes: tuple[tuple[str, frozenset[str]], ...]


class Thesaurus:
    """Maps a stem to the stems that mean the same, and multi-word long forms to their abbreviation."""

    def __init__(self, glossary: Mapping[str, Iterable[str]]) -> None:
        groups: defaultdict[str, set[str]] = defaultdict(set)
        for line in SYNONYM_GROUPS:
            group = set(stem_all(line))
            for member in group:
                groups[member] |= group
        self.phrases: dict[Phrase, str] = {}
        for short, long_forms in glossary.items():
            short_stems = stems(short, keep_stopwords=True)
            if len(short_stems) != 1:
                continue
            abbreviation = short_stems[0]
            for long_form in long_forms:
                phrase = tuple(stems(long_form))
                if len(phrase) > 1:
                    self.phrases[phrase] = abbreviation
                elif phrase:
                    pair = {abbreviation, phrase[0]}
                    groups[abbreviation] |= pair
                    groups[phrase[0]] |= pair
        self.abbreviations = frozenset(self.phrases.values())
        self.starts = frozenset(phrase[0] for phrase in self.phrases)
        self._groups = {key: frozenset(value) for key, value in groups.items()}
        self._longest = max((len(phrase) for phrase in self.phrases), default=0)

    def alternatives(self, token: str) -> frozenset[str]:
        return self._groups.get(token, frozenset((token,)))

    def long_forms(self, tokens: list[str]) -> tuple[set[str], set[int]]:
        """The abbreviations whose long forms appear in ``tokens``, and the positions those cover."""
        found: set[str] = set()
        covered: set[int] = set()
        starts = self.starts
        for start, token in enumerate(tokens):
            if token not in starts:
                continue
            for length in range(2, self._longest + 1):
                abbreviation = self.phrases.get(tuple(tokens[start : start + length]))
                if abbreviation:
                    found.add(abbreviation)
                    covered.update(range(start, start + length))
        return found, covered


@contextmanager
def _bulk_allocation() -> Iterator[None]:
    """Keep the cyclic garbage collector off the index.

    Building allocates millions of small acyclic objects; collecting over the growing heap again and
    again makes 10,000 pairs several times slower, and scanning the finished index later would stall
    a question. Freezing moves what exists now out of the collector's sight; reference counting still
    frees it when a reload drops the old index.
    """
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class Index:
    """Inverted index and document frequencies over every entry's question, terms and sentences."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.thesaurus = Thesaurus(knowledge.glossary)
        self._surface: set[str] = set()
        self._contexts: dict[str, frozenset[str]] = {}
        self._posting_sets: dict[str, frozenset[int]] = {}
        with _bulk_allocation():
            self.entries = tuple(self._index_entry(entry) for entry in knowledge)
            documents_of_entries = (
                (indexed.fields - indexed.context, *(s.stems for s in indexed.sentences))
                for indexed in self.entries
            )
            document_frequency = Counter(chain.from_iterable(chain.from_iterable(documents_of_entries)))
            documents = sum(1 + len(indexed.sentences) for indexed in self.entries)
            postings: defaultdict[str, list[int]] = defaultdict(list)
            for position, indexed in enumerate(self.entries):
                for token in indexed.everything:
                    postings[token].append(position)
            self.postings = dict(postings)
        self.documents = max(documents, 1)
        self.unseen_weight = self._idf(0)
        self.weights = {token: self._idf(count) for token, count in document_frequency.items()}
        self.surface_words = tuple(sorted(word for word in self._surface if len(word) > 3))
        self.surface_stems = tuple(stem_all(self.surface_words))
        del self._surface
        self.context_tokens = frozenset().union(*(indexed.context for indexed in self.entries))
        self._sorted_stems = sorted(self.weights)

    def posting_set(self, token: str) -> frozenset[int]:
        """The entries saying ``token``, as a set for fast intersections; made on first use."""
        found = self._posting_sets.get(token)
        if found is None:
            found = self._posting_sets[token] = frozenset(self.postings.get(token, ()))
        return found

    def _idf(self, count: int) -> float:
        return math.log(1 + (self.documents - count + 0.5) / (count + 0.5))

    def analyse(self, text: str) -> tuple[frozenset[str], frozenset[str], set[str]]:
        """Stems of ``text`` with abbreviations added, the abbreviations it spells out, and its words."""
        return self._analyse_words(words(text))

    def _analyse_words(self, every: list[str]) -> tuple[frozenset[str], frozenset[str], set[str]]:
        present = set(every)
        meaningful = present - STOPWORDS
        self._surface |= meaningful
        tokens = stem_set(meaningful)
        thesaurus = self.thesaurus
        if tokens.isdisjoint(thesaurus.starts):
            return tokens, frozenset(), present
        defined, _ = thesaurus.long_forms(stem_all(word for word in every if word not in STOPWORDS))
        return tokens | defined, frozenset(defined), present

    def truncations(self, token: str) -> frozenset[str]:
        """The longest known stem that ``token`` extends by a suffix stemming missed ("valuabl")."""
        for end in range(len(token) - 1, max(3, len(token) - 4), -1):
            if token[:end] in self.weights:
                return frozenset((token[:end],))
        return frozenset()

    def completions(self, prefix: str, limit: int = 5) -> frozenset[str]:
        """Known stems that ``prefix`` abbreviates ("postdoc" for "postdoctoral")."""
        start = bisect.bisect_right(self._sorted_stems, prefix)
        found = []
        for candidate in self._sorted_stems[start : start + limit]:
            if not candidate.startswith(prefix):
                break
            found.append(candidate)
        return frozenset(found)

    def _context(self, interview: Interview) -> frozenset[str]:
        """Every answer is implicitly by this person, at this company, in this interview."""
        found = self._contexts.get(interview.id)
        if found is None:
            found = self._contexts[interview.id] = self.analyse(
                f"{interview.interviewee} {interview.organisation} interview"
            )[0]
        return found

    def _index_entry(self, entry: Entry) -> IndexedEntry:
        question = self.analyse(entry.question)[0]
        curated = self.analyse(" ; ".join((*entry.pair.terms, *entry.pair.aliases)))[0]
        context = self._context(entry.interview)
        sentences = []
        texts = split_sentences(entry.answer)
        for text, found in zip(texts, words_of_each(texts), strict=True):
            tokens, defines, present = self._analyse_words(found)
            sentences.append(Sentence(text, tokens, _cues(text, present), defines))
        # Quotes are usually whole sentences of the answer: reuse what those already say.
        said = {sentence.text: sentence.stems for sentence in sentences}
        quotes = tuple((quote, said.get(quote) or self.analyse(quote)[0]) for quote in entry.quotes)
        everything = frozenset().union(question, curated, context, *(s.stems for s in sentences))
        return IndexedEntry(
            entry=entry,
            question_text=" ".join(sorted(question)),
            fields=question | curated | context,
            context=context,
            sentences=tuple(sentences),
            everything=everything,
            quotes=quotes,
        )
