"""A search index over the knowledge, built once at load so each question costs a few set operations."""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.core.knowledge import Entry, Knowledge
from bot.core.normalize import stems, words
from bot.core.stemming import stem
from bot.core.text import split_sentences
from bot.core.vocabulary import STOPWORDS, SYNONYM_GROUPS

Phrase = tuple[str, ...]

# Answer-type cues: which sentences can answer a "when", "how many", "where", "who" or "why" question.
_YEAR_OR_DATE = re.compile(
    r"\b(?:1[89]\d\d|20\d\d)\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|\b(?:first|second) half\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b(?:\d+|\w+teen|twenty|thirty) (?:years|months|weeks)\b|\bsince\b|\bago\b", re.IGNORECASE
)
_QUANTITY = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b")
_PROPER_NOUN = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+\b")
_CAUSE = re.compile(
    r"\b(?:because|due to|driven by|stemmed from|desire|in order to|so that|as a result|reason|led to|"
    r"thanks to|given|since)\b",
    re.IGNORECASE,
)
CUES: Mapping[str, re.Pattern[str]] = {
    "when": _YEAR_OR_DATE,
    "duration": _DURATION,
    "quantity": _QUANTITY,
    "place": _PROPER_NOUN,
    "person": _PROPER_NOUN,
    "cause": _CAUSE,
}


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an answer with what it says, what answer types it carries, what it defines."""

    text: str
    stems: frozenset[str]
    cues: frozenset[str]
    defines: frozenset[str]


@dataclass(frozen=True, slots=True)
class IndexedEntry:
    """An entry's searchable parts: its curated fields apart from its answer's sentences."""

    entry: Entry
    question_text: str
    question: frozenset[str]
    curated: frozenset[str]
    context: frozenset[str]
    sentences: tuple[Sentence, ...]
    everything: frozenset[str]
    quotes: tuple[tuple[str, frozenset[str]], ...]


class Thesaurus:
    """Maps a stem to the stems that mean the same, and multi-word long forms to their abbreviation."""

    def __init__(self, glossary: Mapping[str, Iterable[str]]) -> None:
        groups: defaultdict[str, set[str]] = defaultdict(set)
        for line in SYNONYM_GROUPS:
            group = {stem(word) for word in line}
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
        self._groups = {key: frozenset(value) for key, value in groups.items()}
        self._longest = max((len(phrase) for phrase in self.phrases), default=0)

    def alternatives(self, token: str) -> frozenset[str]:
        return self._groups.get(token, frozenset((token,)))

    def long_forms(self, tokens: list[str]) -> tuple[set[str], set[int]]:
        """The abbreviations whose long forms appear in ``tokens``, and the positions those cover."""
        found: set[str] = set()
        covered: set[int] = set()
        for start in range(len(tokens)):
            for length in range(2, self._longest + 1):
                abbreviation = self.phrases.get(tuple(tokens[start : start + length]))
                if abbreviation:
                    found.add(abbreviation)
                    covered.update(range(start, start + length))
        return found, covered


class Index:
    """Inverted index and document frequencies over every entry's question, terms and sentences."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.thesaurus = Thesaurus(knowledge.glossary)
        self.entries = tuple(self._index_entry(entry) for entry in knowledge)
        document_frequency: defaultdict[str, int] = defaultdict(int)
        documents = 0
        postings: defaultdict[str, list[int]] = defaultdict(list)
        surface: dict[str, str] = {}
        for position, indexed in enumerate(self.entries):
            for document in (indexed.question, indexed.curated, *(s.stems for s in indexed.sentences)):
                documents += 1
                for token in document:
                    document_frequency[token] += 1
            for token in indexed.everything:
                postings[token].append(position)
            for text in (
                indexed.entry.question,
                indexed.entry.answer,
                *indexed.entry.pair.terms,
                *indexed.entry.pair.aliases,
            ):
                for word in words(text):
                    if word not in STOPWORDS and len(word) > 3:
                        surface.setdefault(word, stem(word))
        self.documents = max(documents, 1)
        self.unseen_weight = self._idf(0)
        self.weights = {token: self._idf(count) for token, count in document_frequency.items()}
        self.postings = {token: tuple(found) for token, found in postings.items()}
        self.surface_words = tuple(surface)
        self.surface_stems = tuple(surface.values())
        self.context_tokens = frozenset().union(*(indexed.context for indexed in self.entries))
        self._sorted_stems = sorted(self.weights)

    def truncations(self, token: str) -> frozenset[str]:
        """The longest known stem that ``token`` extends by a suffix stemming missed ("valuabl")."""
        for end in range(len(token) - 1, max(3, len(token) - 4), -1):
            if token[:end] in self.weights:
                return frozenset((token[:end],))
        return frozenset()

    def completions(self, prefix: str, limit: int = 5) -> frozenset[str]:
        """Known stems that ``prefix`` abbreviates ("postdoc" for "postdoctoral", "biotech" for ...)."""
        start = bisect.bisect_right(self._sorted_stems, prefix)
        found = []
        for candidate in self._sorted_stems[start : start + limit]:
            if not candidate.startswith(prefix):
                break
            found.append(candidate)
        return frozenset(found)

    def _idf(self, count: int) -> float:
        return math.log(1 + (self.documents - count + 0.5) / (count + 0.5))

    def analyse(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """Stems of ``text`` with abbreviations added, and the abbreviations it spells out in full."""
        tokens = stems(text)
        defined, _ = self.thesaurus.long_forms(tokens)
        return frozenset(tokens) | defined, frozenset(defined)

    def _index_entry(self, entry: Entry) -> IndexedEntry:
        question, _ = self.analyse(entry.question)
        curated_text = " ; ".join((*entry.pair.terms, *entry.pair.aliases))
        curated, _ = self.analyse(curated_text)
        interview = entry.interview
        # Every answer is implicitly by this person, at this company, in this interview.
        context, _ = self.analyse(f"{interview.interviewee} {interview.organisation} interview")
        sentences = []
        for text in split_sentences(entry.answer):
            tokens, defines = self.analyse(text)
            cues = frozenset(name for name, pattern in CUES.items() if pattern.search(text))
            sentences.append(Sentence(text, tokens, cues, defines))
        quotes = tuple((quote, self.analyse(quote)[0]) for quote in entry.quotes)
        everything = frozenset().union(question, curated, context, *(s.stems for s in sentences))
        return IndexedEntry(
            entry=entry,
            question_text=" ".join(stems(entry.question)),
            question=question,
            curated=curated,
            context=context,
            sentences=tuple(sentences),
            everything=everything,
            quotes=quotes,
        )
