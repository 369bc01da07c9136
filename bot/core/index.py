"""A field-weighted BM25 index over the knowledge, built once at load so a question costs a few lookups.

Each pair is one document with three fields: the interviewer's question (with any further phrasings of it),
the answer, and the owner's key terms and aliases. A word's weight in a pair follows BM25F: its counts in
the fields are weighted, normalised by each field's length, summed, then saturated, so a word said ten times
is not ten times the evidence. Sentences are kept apart as well: the pair is finally chosen by the sentence
that answers.
"""

from __future__ import annotations

import bisect
import gc
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from bot.core.acronyms import abbreviations, name_initials
from bot.core.answer_types import NUMBER_WORDS, Facts, carried, counts
from bot.core.english import COMMON, zipf
from bot.core.knowledge import Entry, Knowledge
from bot.core.models import Interview
from bot.core.normalize import stems, words, words_of_each
from bot.core.params import RankingParams
from bot.core.semantic import embedder
from bot.core.stemming import stem_all, stem_set
from bot.core.text import split_sentences
from bot.core.vocabulary import STOPWORDS

Phrase = tuple[str, ...]
_CAPITALISED = re.compile(r"[A-Z]\w*[A-Z]|[A-Z][a-z]+\s+[A-Z]")
_HAS_NUMBER = re.compile(r"\d")
_NONE: frozenset[str] = frozenset()
_MEMO_LIMIT = 20_000
# A token's entries and its saturated weight in each, as parallel arrays.
Posting = tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]
FIELDS = ("question", "answer", "terms")


class Sentence(NamedTuple):
    """One sentence of an answer: its text, its stems and the facts it states (numbers, dates, names).

    A named tuple rather than a dataclass: the index makes one per sentence, and a tuple is cheaper.
    """

    text: str
    stems: frozenset[str]
    facts: Facts
    counts: frozenset[str]


@dataclass(frozen=True, slots=True)
class IndexedEntry:
    """An entry's searchable parts."""

    entry: Entry
    question_stems: frozenset[str]
    terms_stems: frozenset[str]
    question_text: str
    sentences: tuple[Sentence, ...]
    everything: frozenset[str]
    context: frozenset[str]
    quotes: tuple[tuple[str, frozenset[str]], ...]
    abstains: bool
    rows: tuple[int, int]


class Thesaurus:
    """Maps an abbreviation to its long forms and back, from the knowledge files' glossaries."""

    def __init__(self, glossary: Mapping[str, Iterable[str]], groups: Iterable[str] = ()) -> None:
        found: defaultdict[str, set[str]] = defaultdict(set)
        for line in groups:
            group = set(stem_all(line.split()))
            for member in group:
                found[member] |= group
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
                    found[abbreviation] |= pair
                    found[phrase[0]] |= pair
        self.starts = frozenset(phrase[0] for phrase in self.phrases)
        self._groups = {key: frozenset(value) for key, value in found.items()}
        self._longest = max((len(phrase) for phrase in self.phrases), default=0)

    def alternatives(self, token: str) -> frozenset[str]:
        return self._groups.get(token, frozenset((token,)))

    def long_forms(self, tokens: Sequence[str]) -> tuple[set[str], set[int]]:
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
    """BM25F postings, inverse document frequencies and sentences for every entry.

    ``variants`` adds further phrasings to an entry's question field (taught lessons), by entry key;
    ``abstaining`` are phrasings the interview does not answer: they become entries of their own that,
    when they win, make the engine say so.
    """

    def __init__(
        self,
        knowledge: Knowledge,
        params: RankingParams,
        *,
        variants: Mapping[str, Sequence[str]] | None = None,
        abstaining: Sequence[Entry] = (),
        synonyms: Iterable[str] = (),
    ) -> None:
        self.params = params
        self.thesaurus = Thesaurus(knowledge.glossary, synonyms)
        self._surface: set[str] = set()
        self._abbreviations: set[str] = set()
        self._named: dict[str, frozenset[str]] = {}
        self._contexts: dict[str, frozenset[str]] = {}
        self._embedder = embedder()
        self._entry_words: list[set[str]] = []
        self._rows: list[npt.NDArray[np.float32]] = []
        self._row_count = 0
        variants = variants or {}
        with _bulk_allocation():
            counts: list[dict[str, Counter[str]]] = []
            entries: list[IndexedEntry] = []
            for position, entry in enumerate((*knowledge.entries, *abstaining)):
                abstains = position >= len(knowledge.entries)
                indexed, fields = self._index_entry(entry, variants.get(entry.key, ()), abstains)
                entries.append(indexed)
                counts.append(fields)
            self.entries = tuple(entries)
            self.postings = self._postings(counts)
            # Row 0 of an entry's block is its question, then one row per sentence, all unit vectors.
            self.vectors = np.vstack(self._rows) if self._rows else np.zeros((0, self._embedder.dimensions))
            del self._rows
            # Document frequencies over sentences and questions rather than pairs: an interview has only
            # a dozen pairs, too few for a pair-level rarity to mean much.
            documents = Counter[str]()
            total = 0
            for indexed in self.entries:
                documents.update(indexed.question_stems)
                for sentence in indexed.sentences:
                    documents.update(sentence.stems)
                total += 1 + len(indexed.sentences)
        self.documents = max(total, 1)
        self.document_counts = documents
        self.unseen_idf = self._idf(0)
        self.idf = {token: self._idf(count) for token, count in documents.items()}
        for token in self.postings:
            self.idf.setdefault(token, self.unseen_idf)
        self.surface_words = tuple(sorted(word for word in self._surface if len(word) > 3))
        self.said = frozenset(self.surface_words)
        # Every word of the interview as a unit vector, and each entry's words as rows of that matrix: what
        # tells a question's word that the passage says in other words from one it does not say at all.
        vectors = {word: self._embedder.word_vector(word) for word in sorted(self._surface)}
        known = [(word, vector) for word, vector in vectors.items() if vector is not None]
        dimensions = self._embedder.dimensions
        self.word_matrix = (
            np.vstack([v for _, v in known]) if known else np.zeros((0, dimensions), np.float32)
        )
        self.word_rows = {word: row for row, (word, _) in enumerate(known)}
        self.word_stems = tuple(stem_all(word for word, _ in known))
        self.entry_words = tuple(
            np.fromiter(sorted({self.word_rows[w] for w in found if w in self.word_rows}), dtype=np.intp)
            for found in self._entry_words
        )
        del self._surface, self._entry_words
        self._neighbours: dict[tuple[str, float], dict[str, float]] = {}
        self._sorted_stems = sorted(self.idf)
        self.context_tokens = frozenset().union(*(indexed.context for indexed in self.entries))
        # The abbreviations the interview uses ("OSS"): a question's "open source software" says them.
        self.abbreviations = frozenset(stem_all(sorted(self._abbreviations)))
        del self._abbreviations

    def _idf(self, count: int) -> float:
        return math.log(1 + (self.documents - count + 0.5) / (count + 0.5))

    def _postings(self, counts: list[dict[str, Counter[str]]]) -> dict[str, Posting]:
        """Each token's saturated BM25F weight in each entry that says it (the idf is applied per query).

        Kept as two arrays per token, entry positions and weights, so a question adds them up in C.
        """
        params = self.params
        lengths = {name: [sum(fields[name].values()) for fields in counts] for name in FIELDS}
        average = {
            name: (sum(values) / len(values) if values else 0.0) or 1.0 for name, values in lengths.items()
        }
        positions: defaultdict[str, list[int]] = defaultdict(list)
        impacts: defaultdict[str, list[float]] = defaultdict(list)
        k1 = params.k1
        for position, fields in enumerate(counts):
            weighted: defaultdict[str, float] = defaultdict(float)
            for name in FIELDS:
                weight = params.field_weights[name]
                b = params.field_b[name]
                norm = weight / (1 - b + b * lengths[name][position] / average[name])
                for token, count in fields[name].items():
                    weighted[token] += count * norm
            for token, tf in weighted.items():
                positions[token].append(position)
                impacts[token].append(tf / (k1 + tf))
        return {
            token: (np.array(found, dtype=np.intp), np.array(impacts[token], dtype=np.float64))
            for token, found in positions.items()
        }

    def analyse(self, text: str) -> tuple[list[str], set[str]]:
        """Stems of ``text`` with the abbreviations its long forms spell out, and its words."""
        return self._analyse_words(words(text))

    def _analyse_words(self, every: list[str]) -> tuple[list[str], set[str]]:
        present = set(every)
        meaningful = [word for word in every if word not in STOPWORDS]
        self._surface.update(meaningful)
        tokens = stem_all(meaningful)
        thesaurus = self.thesaurus
        if not thesaurus.starts.isdisjoint(tokens):
            defined, _ = thesaurus.long_forms(tokens)
            tokens.extend(sorted(defined))
        return tokens, present

    def neighbours(self, word: str, minimum: float, limit: int = 3) -> dict[str, float]:
        """The interview's words closest in meaning to ``word`` (a word it never uses), by cosine."""
        key = (word, minimum)
        found = self._neighbours.get(key)
        if found is not None:
            return found
        found = {}
        vector = self._embedder.word_vector(word)
        if vector is not None and minimum < 1.0 and len(self.word_stems):
            similarity = self.word_matrix @ vector
            wanted = min(limit * 3, len(similarity))
            best = np.argpartition(-similarity, wanted - 1)[:wanted]
            for n in sorted(best.tolist(), key=lambda n: (-similarity[n], n)):
                value = float(similarity[n])
                if value < minimum or len(found) >= limit:
                    break
                if len(self.word_stems[n]) > 3:
                    found.setdefault(self.word_stems[n], value)
        if len(self._neighbours) < _MEMO_LIMIT:
            self._neighbours[key] = found
        return found

    def completions(self, prefix: str, limit: int = 5) -> frozenset[str]:
        """Known stems that ``prefix`` abbreviates ("postdoc" for "postdoctoral")."""
        start = bisect.bisect_right(self._sorted_stems, prefix)
        found = []
        for candidate in self._sorted_stems[start : start + limit]:
            if not candidate.startswith(prefix):
                break
            found.append(candidate)
        return frozenset(found)

    def context(self, interview: Interview) -> frozenset[str]:
        """The words of the interviewee's name: the speaker of every answer, so implied in all of them."""
        found = self._contexts.get(interview.id)
        if found is None:
            found = self._contexts[interview.id] = frozenset(
                stem_set(set(words(interview.interviewee)) - STOPWORDS)
            )
        return found

    def names(self, interview: Interview) -> frozenset[str]:
        """The words naming an interview's interviewee or organisation: a question using them is about it.

        Only words outside English's few thousand commonest (Zipf frequency under 5, about one use in ten
        thousand words): "Williams" names the interview, "John", "Bank" and "New" do not.
        """
        return frozenset(
            stem_set({word for word in set(words(interview.names)) - STOPWORDS if zipf(word) < COMMON})
        )

    def _index_entry(
        self, entry: Entry, taught: Sequence[str], abstains: bool
    ) -> tuple[IndexedEntry, dict[str, Counter[str]]]:
        pair = entry.pair
        phrasings = (pair.question, *pair.examples, *taught)
        question_tokens: list[str] = []
        question_words: list[str] = []
        everything_said: set[str] = set()
        for phrasing in phrasings:
            found = words(phrasing)
            tokens, _ = self._analyse_words(found)
            question_words += found
            question_tokens += tokens
        start = self._row_count
        # The question's meaning without the interview's names, which every pair is about (as a question's).
        named = self._named.get(entry.interview.id)
        if named is None:
            named = self._named[entry.interview.id] = frozenset(words(entry.interview.names))
        unnamed = [word for word in question_words if word not in named] or question_words
        vectors = [self._embedder.embed(unnamed)]
        self._abbreviations.update(abbreviations(pair.question))
        terms_tokens = self.analyse(" ; ".join((*pair.terms, *pair.aliases)))[0]
        answer_tokens: list[str] = []
        sentences = []
        texts = split_sentences(pair.answer)
        for text, found in zip(texts, words_of_each(texts), strict=True):
            tokens, present = self._analyse_words(found)
            if _CAPITALISED.search(text):
                self._abbreviations.update(abbreviations(text))
                tokens += stem_all(sorted(name_initials(text)))
            answer_tokens += tokens
            counted = (
                frozenset(stem_all(counts(text)))
                if _HAS_NUMBER.search(text) or present & NUMBER_WORDS
                else _NONE
            )
            sentences.append(Sentence(text, frozenset(tokens), carried(text, present), counted))
            everything_said.update(found)
            vectors.append(self._embedder.embed(found))
        everything_said.update(question_words)
        everything_said.update(words(" ".join((*pair.terms, *pair.aliases))))
        self._entry_words.append(everything_said - STOPWORDS)
        self._rows.append(np.vstack(vectors))
        self._row_count += len(vectors)
        said = {sentence.text: sentence.stems for sentence in sentences}
        quotes = tuple((quote, said.get(quote) or frozenset(self.analyse(quote)[0])) for quote in pair.quotes)
        question_stems = frozenset(question_tokens)
        context = self.context(entry.interview)
        fields = {
            "question": Counter(question_tokens),
            "answer": Counter(answer_tokens),
            "terms": Counter(terms_tokens),
        }
        indexed = IndexedEntry(
            entry=entry,
            question_stems=question_stems,
            terms_stems=frozenset(terms_tokens),
            question_text=" ".join(sorted(question_stems)),
            sentences=tuple(sentences),
            everything=frozenset((*question_tokens, *answer_tokens, *terms_tokens)) | context,
            context=context,
            quotes=quotes,
            abstains=abstains,
            rows=(start, start + len(vectors)),
        )
        return indexed, fields
