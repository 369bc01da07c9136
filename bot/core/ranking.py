"""Ranking one interview's pairs for a question: field-weighted BM25, then evidence at sentence level.

A Ranker knows one interview. BM25F (see index.py) finds the candidates; each candidate's sentences are then
read for the one that says most of what was asked, in words and in meaning, and a fitted linear scorer over
those signals orders them. ``features`` describes the best candidate for the answer/abstain decision.
Every constant comes from ``bot/core/data/model.json``, which ``python -m eval fit`` writes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.core import answer_types
from bot.core.acronyms import LONGEST, SHORTEST, initials
from bot.core.english import COMMON, intended, spellings, zipf
from bot.core.index import Index, IndexedEntry
from bot.core.knowledge import Entry, Knowledge
from bot.core.normalize import WORD, clean, words
from bot.core.params import RankingParams
from bot.core.semantic import Vector, embedder
from bot.core.stemming import stem
from bot.core.vocabulary import STOPWORDS, SYNONYM_GROUPS

QUESTION_LIMIT = 2000
# How many pairs get the sentence-level pass. An interview of up to SMALL pairs (every one in eval/ has 11 to
# 31) gets it for all of them: meaning finds pairs that share no word. Beyond, BM25F's first RERANK: on
# StackFAQ (719 pairs) 15 gives P@1 0.807 and Hit@5 0.936, 30 gives 0.809 and 0.933, at twice the cost.
RERANK = 15
SMALL = 50
_MEMO_LIMIT = 20_000
_MIN_PREFIX = 5
# How sparsely _best samples the scores for its shortlist: at 10,000 pairs 16 takes 36 us, 4 takes 83.
_STRIDE = 16
# About how many words a sentence of an interview has: turns a count of sentences into a rate of words.
_SENTENCE_WORDS = 20

Credits = dict[int, float]


@dataclass(frozen=True, slots=True)
class Term:
    """One meaningful word of the question: how much it matters and every stem that says it."""

    token: str
    word: str
    weight: float
    alternatives: Mapping[str, float]
    known: bool


@dataclass
class Query:
    """A question taken apart against one interview: its weighted terms and the kinds of fact it asks for."""

    text: str
    terms: tuple[Term, ...]
    asks: frozenset[str]
    names: bool
    vector: Vector
    own: frozenset[str]
    counted: frozenset[str]
    words: frozenset[str] = frozenset()
    identifies: bool = False

    def __post_init__(self) -> None:
        self.numbers = frozenset(word for word in self.words if any(c.isdigit() for c in word))
        self.total = sum(term.weight for term in self.terms) or 1.0
        lookup: dict[str, list[tuple[int, float]]] = {}
        for number, term in enumerate(self.terms):
            for alternative, credit in term.alternatives.items():
                lookup.setdefault(alternative, []).append((number, credit))
        self._lookup = lookup
        self._weights = tuple(term.weight for term in self.terms)
        self.vocabulary = frozenset(lookup)
        self.flat = " ".join(sorted(term.token for term in self.terms))

    def credits(self, tokens: frozenset[str]) -> Credits:
        """Which terms ``tokens`` say, and how fully: the word itself counts more than a derived form.

        In the question's order, whatever order the set gives: sums over them must not depend on the
        hash seed, even in their last bit.
        """
        best: Credits = {}
        for token in self.vocabulary.intersection(tokens):
            for number, credit in self._lookup[token]:
                if credit > best.get(number, 0.0):
                    best[number] = credit
        return dict(sorted(best.items())) if len(best) > 1 else best

    def share(self, credits: Credits) -> float:
        """How much of the question ``credits`` say; summed from a list, which is quicker than a generator."""
        weights = self._weights
        return sum([weights[number] * credit for number, credit in credits.items()]) / self.total


@dataclass(frozen=True)
class Candidate:
    """A pair being considered, with the signals ranking it and the evidence of each of its sentences.

    The sentences are read when first asked for: the fitted ranking weighs BM25F and meaning alone, and of
    the RERANK candidates a question ranks only the few shown, and the best one's features, need them.
    Each value is what reading them at once would give, computed the same way.
    """

    indexed: IndexedEntry
    position: int
    query: Query = field(repr=False)
    weights: Mapping[str, float] = field(repr=False)  # the fitted ranking's, by signal
    unread: Mapping[str, float]  # the signals known without reading the sentences: BM25F, meaning, kind
    sentence_similarity: tuple[float, ...]

    @cached_property
    def rank(self) -> float:
        """The fitted linear score; the sentences are read only if it weighs a signal that needs them."""
        unread = self.unread
        signals = unread if unread.keys() >= self.weights.keys() else self.signals
        return sum(weight * signals[name] for name, weight in self.weights.items())

    @cached_property
    def signals(self) -> dict[str, float]:
        """Every signal, in the order the fit and ``ask --json`` read them."""
        query, indexed, unread = self.query, self.indexed, self.unread
        asks = query.asks
        return {
            "bm25": unread["bm25"],
            "lexical": max(self.sentence_scores, default=0.0),
            "question_share": query.share(query.credits(indexed.question_stems)),
            "terms_share": query.share(query.credits(indexed.terms_stems)),
            "semantic_question": unread["semantic_question"],
            "semantic_sentence": unread["semantic_sentence"],
            "type_match": float(
                bool(asks)
                and answer_types.answers(
                    asks, indexed.sentences[self.best_sentence].facts, _own(query, indexed)
                )
            ),
            "about": unread["about"],
        }

    @cached_property
    def _sentences(self) -> tuple[tuple[Credits, ...], tuple[float, ...]]:
        """Which of the question's terms each sentence says, and how much of it, the names implied."""
        query, indexed = self.query, self.indexed
        context = query.credits(indexed.context)
        vocabulary = query.vocabulary
        sentence_credits: list[Credits] = []
        scores: list[float] = []
        for sentence in indexed.sentences:
            if vocabulary.isdisjoint(sentence.stems):
                sentence_credits.append({})
                scores.append(0.0)
            else:
                credits = query.credits(sentence.stems)
                sentence_credits.append(credits)
                scores.append(query.share(credits | context if context else credits))
        return tuple(sentence_credits), tuple(scores)

    @property
    def sentence_credits(self) -> tuple[Credits, ...]:
        return self._sentences[0]

    @property
    def sentence_scores(self) -> tuple[float, ...]:
        return self._sentences[1]

    @cached_property
    def best_sentence(self) -> int:
        """The sentence saying most of the question.

        Among equals, the first that holds the kind of fact asked for; then the earliest.
        """
        query, indexed, scores = self.query, self.indexed, self.sentence_scores
        top = max(scores, default=0.0)
        tied = [n for n, score in enumerate(scores) if score == top]
        if not query.asks or len(tied) < 2:
            return tied[0] if tied else 0
        sentences = indexed.sentences
        own = _own(query, indexed)
        return next((n for n in tied if answer_types.answers(query.asks, sentences[n].facts, own)), tied[0])

    @cached_property
    def said(self) -> Credits:
        """Which of the question's terms the pair says anywhere, and how fully."""
        return self.query.credits(self.indexed.everything)

    @property
    def coverage(self) -> float:
        """How much of the question the pair says anywhere."""
        return self.query.share(self.said)

    @property
    def semantic(self) -> float:
        """How close in meaning the pair comes to the question, by its question or its best sentence."""
        return max(self.unread["semantic_question"], self.unread["semantic_sentence"])

    def best_sentences(self, count: int = 3) -> list[int]:
        """The ``count`` sentences that say most of the question, best first: what an excerpt shows."""
        scores = self.sentence_scores
        return sorted(range(len(scores)), key=lambda n: (-scores[n], n))[:count]


@dataclass(frozen=True, slots=True)
class Reading:
    """What a question says before any interview is consulted; read once, however many are loaded."""

    text: str
    words: list[str]
    asks: frozenset[str]
    identifies: bool
    counted: frozenset[str]
    vector: Vector
    slips: Mapping[str, str]  # a word read in place of a typed one, and what was typed
    # The words of each clause that does not ask ("hi all", "thanks!"), as positions in ``words``.
    asides: tuple[range, ...] = ()


def read(question: str) -> Reading:
    """Clean the question, and read off its words, the facts it asks for and its meaning.

    A slip of a function word is read as the word meant ("wen was it founded": when), so the question
    still asks for a time and "wen" does not weigh as a rare word the interview never says.
    """
    text = clean(question[:QUESTION_LIMIT])
    typed = words(text)
    found = [intended(word) for word in typed]
    corrected = {word: meant for word, meant in zip(typed, found, strict=True) if meant != word}
    if corrected:
        text = WORD.sub(lambda m: corrected.get(m.group().casefold(), m.group()), text)
    slips = {meant: word for word, meant in corrected.items()}
    counted = frozenset(stem(word) for word in answer_types.counted(text) if word not in STOPWORDS)
    asks = answer_types.asked(text)
    identifies = not asks and answer_types.identifies(text)
    vector = embedder().embed(found)
    return Reading(text, found, asks, identifies, counted, vector, slips, _asides(text, len(found)))


def _asides(text: str, size: int) -> tuple[range, ...]:
    """Where in the question's words each clause that does not ask lies; none unless another clause asks."""
    parts = answer_types.clauses(text)
    if len(parts) < 2 or not any(asking for _, asking in parts):
        return ()
    spans, start = [], 0
    for part, asking in parts:
        end = start + len(words(part))
        if not asking:
            spans.append(range(start, end))
        start = end
    return tuple(spans) if start == size else ()


class Ranker:
    """One interview's index, and how a question ranks its pairs."""

    def __init__(
        self,
        knowledge: Knowledge,
        ranking: RankingParams,
        *,
        variants: Mapping[str, Sequence[str]] | None = None,
        abstaining: Sequence[Entry] = (),
    ) -> None:
        self.knowledge = knowledge
        self.ranking = ranking
        self.index = Index(
            knowledge,
            ranking,
            variants=variants,
            abstaining=abstaining,
            synonyms=[" ".join(group) for group in SYNONYM_GROUPS] if ranking.synonyms else (),
        )
        self.names = frozenset().union(*(self.index.names(interview) for interview in knowledge.interviews))
        # Every word that names the interviewee or organisation: a question saying only these is about them.
        self._named = self.index.context_tokens | self.names
        # The interview's own names state no new fact: "who runs BioDlink" is not answered by "BioDlink".
        self.name_words = frozenset(
            word for interview in knowledge.interviews for word in words(interview.names)
        )
        self.rank_ceiling = sum(max(0.0, weight) for weight in ranking.rerank.values()) or 1.0
        self.positions = {indexed.entry.key: n for n, indexed in enumerate(self.index.entries)}
        self._about = np.array(
            [n for n, indexed in enumerate(self.index.entries) if indexed.entry.pair.kind == "about"],
            dtype=np.intp,
        )
        self._corrections: dict[str, str | None] = {}
        # What the interviewee's passages say: not the about entry's words about the interview itself.
        self._passages = frozenset().union(
            *(indexed.everything for indexed in self.index.entries if indexed.entry.pair.kind != "about")
        )

    def parse(self, question: str | Reading) -> Query:
        """The question against this interview: its words weighed by this interview's statistics."""
        reading = question if isinstance(question, Reading) else read(question)
        text, index = reading.text, self.index
        meant = [self._meant(word, reading.slips.get(word, word)) for word in reading.words]
        found = self._pertinent(meant, reading.asides)
        tokens = [(word, stem(word)) for word in found if word not in STOPWORDS]
        abbreviations, covered = index.thesaurus.long_forms([token for _, token in tokens])
        terms: dict[str, Term] = {}
        for position, (word, token) in enumerate(tokens):
            if position in covered or token in terms:
                continue
            terms[token] = self._term(word, token)
        for token in sorted(abbreviations):
            terms.setdefault(token, self._term(token, token))
        self._spell_abbreviations(tokens, terms)
        names = not self.names.isdisjoint(terms)
        own = frozenset(found) | self.name_words
        # Meaning without the interview's own names: every pair is about them, so they would only pull a
        # question towards the pair that names them most, the about entry.
        vector = reading.vector
        rest = [word for word in found if word not in self.name_words]
        if rest and rest != reading.words:
            vector = embedder().embed(rest)
        # What "how many" counts, in every form this interview could say it ("clints": clients).
        respelt = {stem(read): stem(word) for read, word in zip(reading.words, meant, strict=True)}
        asked = frozenset(respelt.get(token, token) for token in reading.counted)
        counted = asked.union(*(term.alternatives for term in terms.values() if term.token in asked))
        return Query(
            text,
            tuple(terms.values()),
            reading.asks,
            names,
            vector,
            own,
            counted,
            frozenset(found),
            reading.identifies,
        )

    def _pertinent(self, found: list[str], asides: Sequence[range]) -> list[str]:
        """The question without its asides that say nothing this interview knows ("hey, quick question:").

        Beside a clause that asks, one that neither asks nor names something the interview's passages say is
        greeting, thanks or preamble, and its words would only weigh as words the interview never says. An
        everyday word the passages happen to use names nothing ("ok so I was reading this last night"), nor
        does the about entry's talk of the interview itself ("I read the interview"); a name or a rarer word
        of the passages does ("I work on ADCs.").
        """
        said, names = self._passages, self.name_words
        knows = [
            word in names or (word not in STOPWORDS and zipf(word) < COMMON and stem(word) in said)
            for word in found
        ]
        idle = {n for span in asides if not any(knows[n] for n in span) for n in span}
        return [word for n, word in enumerate(found) if n not in idle] if idle else found

    def _meant(self, read: str, typed: str) -> str:
        """The word meant: as typed, the interview's word a slip or two away, or the word English read.

        The interview's own words and names come first: "skte" is skate where skating is the subject, though
        English's commoner word is "site".
        """
        if stem(typed) in self.index.idf or typed in self.name_words:
            return typed
        if typed.endswith("s") and typed[:-1] in self.name_words:
            return typed[:-1]  # a name's possessive typed without its apostrophe: "lius" is Liu's
        # The interview's word as the other standard spells it: "licence" where it says "license".
        respelt = next((word for word in spellings(typed) if word in self.index.said), None)
        return respelt or self._correct(typed) or read

    def _spell_abbreviations(self, tokens: list[tuple[str, str]], terms: dict[str, Term]) -> None:
        """Let words whose initials spell an abbreviation of the interview say it too: OSS, say.

        Three words at least, each one English knows: two-letter initials, or the initials of a typed
        jumble, spell one of an interview's abbreviations by chance far too often.
        """
        known = self.index.abbreviations
        if not known or len(tokens) < SHORTEST:
            return
        credit = self.ranking.derived_credit
        for start in range(len(tokens) - SHORTEST + 1):
            for length in range(SHORTEST, min(LONGEST, len(tokens) - start) + 1):
                run = tokens[start : start + length]
                spelled = initials([word for word, _ in run])
                if spelled not in known or not all(zipf(word) > 0 for word, _ in run):
                    continue
                for _, token in run:
                    term = terms.get(token)
                    if term is not None and spelled not in term.alternatives:
                        alternatives = {**term.alternatives, spelled: credit}
                        terms[token] = replace(term, alternatives=alternatives, known=True)

    def _term(self, word: str, token: str) -> Term:
        index, ranking = self.index, self.ranking
        alternatives = dict.fromkeys(index.thesaurus.alternatives(token), ranking.derived_credit)
        alternatives[token] = 1.0
        if token not in index.idf and len(token) >= _MIN_PREFIX:
            for completion in index.completions(token):
                alternatives.setdefault(completion, ranking.derived_credit)
        # Known is what the interview says in these words; a word it says only in other words still weighs
        # as a word it never uses, and still counts as unknown.
        known = [index.idf[alt] for alt in alternatives if alt in index.idf]
        if not known:
            for neighbour, similarity in index.neighbours(word, ranking.neighbour_min).items():
                alternatives.setdefault(neighbour, ranking.derived_credit * similarity)
        idf = index.idf.get(token) or (max(known) if known else index.unseen_idf)
        return Term(token, word, idf * self._commonness(word), alternatives, bool(known))

    def _commonness(self, word: str) -> float:
        """1 for a rare word, down to a floor for the commonest: "tell" says less than "bioreactor"."""
        ranking = self.ranking
        frequency = zipf(word)
        if frequency <= ranking.rare_zipf:
            return 1.0
        if frequency >= ranking.common_zipf:
            return ranking.common_floor
        span = (frequency - ranking.rare_zipf) / (ranking.common_zipf - ranking.rare_zipf)
        return 1.0 - span * (1.0 - ranking.common_floor)

    def _correct(self, word: str) -> str | None:
        """The interview's word that ``word`` misspells by one or two slips, if any.

        A slip is a letter missed, added or changed, or two neighbours swapped ("qaulity"): the four kinds
        of single error Damerau found behind most misspellings.

        Only words English does not know are corrected: "weather" is a word of its own, not a typo.
        """
        if word in self._corrections:
            return self._corrections[word]
        found: str | None = None
        if len(word) >= 4 and zipf(word) == 0.0 and not word.isdigit():
            edits = 1 if len(word) < 8 else 2
            hit = process.extractOne(word, self.index.surface_words, scorer=OSA.distance, score_cutoff=edits)
            found = hit[0] if hit else None
        if len(self._corrections) < _MEMO_LIMIT:
            self._corrections[word] = found
        return found

    # -- ranking ----------------------------------------------------------------------------------

    def rank(self, query: Query, top: int) -> list[Candidate]:
        """The candidates, best first: BM25F's first RERANK (or every pair), re-scored on their evidence."""
        scores = self._bm25(query)
        if self.ranking.about_weight != 1.0 and len(self._about) and not self._about_them(query):
            scores[self._about] *= self.ranking.about_weight
        wanted = max(top, RERANK)
        chosen = np.arange(len(scores)) if len(scores) <= max(wanted, SMALL) else _best(scores, wanted)
        candidates = [self.evidence(query, position, float(scores[position])) for position in chosen.tolist()]
        candidates.sort(key=lambda candidate: (-candidate.rank, candidate.position))
        return candidates

    def _about_them(self, query: Query) -> bool:
        """Whether all the question says that the interview knows is its interviewee's or organisation's name.

        "Who is John Williams?" asks what the about entry is for, so it is not held back as it is for the
        questions the interview's passages answer, where its summary would draw every question to it.
        """
        known = [term.token for term in query.terms if term.known]
        return bool(known) and all(token in self._named for token in known)

    def _bm25(self, query: Query) -> npt.NDArray[np.float64]:
        """Each entry's BM25F score, as a share of the most the question could score."""
        postings = self.index.postings
        size = len(self.index.entries)
        scores = np.zeros(size)
        speakers = self.index.context_tokens
        # The interviewee's name is implied in every answer: it ranks nothing, unless it is all the question
        # says ("who is Jun Liu?"), which asks about the interviewee: then the pairs that name them rank.
        implied = speakers if any(term.token not in speakers for term in query.terms) else frozenset()
        for term in query.terms:
            if term.token in implied:
                continue
            lists = [(postings[alt], credit) for alt, credit in term.alternatives.items() if alt in postings]
            if not lists:
                continue
            weight = term.weight / query.total
            if len(lists) == 1:
                (positions, impacts), credit = lists[0]
                scores[positions] += (weight * credit) * impacts
                continue
            best = np.zeros(size)
            for (positions, impacts), credit in lists:
                best[positions] = np.maximum(best[positions], credit * impacts)
            scores += weight * best
        return scores

    def evidence(self, query: Query, position: int, bm25: float) -> Candidate:
        """An entry as a candidate, its meaning measured; its sentences are read when asked for."""
        indexed = self.index.entries[position]
        start, end = indexed.rows
        similarity = (self.index.vectors[start:end] @ query.vector).tolist()
        unread = {
            "bm25": bm25,
            "semantic_question": similarity[0],
            "semantic_sentence": max(similarity[1:], default=0.0),
            "about": float(indexed.entry.pair.kind == "about"),
        }
        return Candidate(indexed, position, query, self.ranking.rerank, unread, tuple(similarity[1:]))

    def features(self, query: Query, candidates: Sequence[Candidate]) -> dict[str, float]:
        """What the answer/abstain models look at, for the best candidate."""
        # A question with no meaningful word says nothing the interview knows.
        unknown = (
            sum(term.weight for term in query.terms if not term.known) / query.total if query.terms else 1.0
        )
        named = float(query.names)
        features = {
            "unknown": unknown,
            "named": named,
            "asks": float(bool(query.asks)),
            "identifies": float(query.identifies),
            "terms": math.log1p(len(query.terms)),
            # How much the question says at all: "what time is it" says almost nothing to match on.
            "content": math.log1p(sum(term.weight for term in query.terms)),
            "key": self._keyness(query),
        }
        if not candidates:
            return features
        first = candidates[0]
        runner_up = candidates[1].rank if len(candidates) > 1 else 0.0
        said = first.said
        missing = max(
            (term.weight for number, term in enumerate(query.terms) if number not in said), default=0.0
        )
        gap, widest = self._gap(query, first, said)
        features.update(
            bm25=first.signals["bm25"],
            coverage=first.coverage,
            sentence=first.sentence_scores[first.best_sentence],
            margin=(first.rank - runner_up) / first.rank if first.rank > 0 else 0.0,
            type_missing=float(bool(query.asks) and not self._evidence_answers(query, first)),
            # The fact asked for must be where the question's words are, not only in the excerpt around.
            type_far=float(bool(query.asks) and not first.signals["type_match"]),
            count_missing=float(bool(query.counted) and not self._evidence_counts(query, first)),
            # A number the question gives ("revenue in 2023") that the passage never says: another year, sum.
            number_missing=float(any(word not in first.indexed.everything for word in query.numbers)),
            missing=missing / query.total,
            gap=gap,
            widest_gap=widest,
            question=fuzz.token_set_ratio(query.flat, first.indexed.question_text) / 100
            if query.terms
            else 0.0,
            semantic=first.semantic,
            semantic_margin=first.semantic - max((c.semantic for c in candidates[1:]), default=0.0),
        )
        return features

    def _keyness(self, query: Query) -> float:
        """How much more often than English at large the interview says the question's most telling word.

        A word the interview uses far beyond its everyday rate ("bioreactor", "bowl" among skaters) is its
        subject; one it says at the everyday rate ("everyone", "won") tells nothing of topic. On the Zipf
        scale: the word's uses per billion in the interview's sentences (about 20 words each) less English's.
        With several interviews loaded, it tells which one a question is about, and whether any is.
        """
        counts, documents = self.index.document_counts, self.index.documents
        best = 0.0
        for term in query.terms:
            found = max((counts.get(alt, 0) for alt in term.alternatives), default=0)
            if found:
                rate = math.log10(found / documents / _SENTENCE_WORDS) + 9.0
                best = max(best, rate - max(zipf(term.word), 1.0))
        return best

    def score(self, candidate: Candidate) -> float:
        """The candidate's rank on a 0-100 scale, for people reading ``ask --json``."""
        return round(100 * min(1.0, max(0.0, candidate.rank) / self.rank_ceiling), 1)

    def _gap(self, query: Query, candidate: Candidate, said: Credits) -> tuple[float, float]:
        """How much of the question the passage says in no words close in meaning, in total and at most.

        Each word the passage does not use is matched to the passage's closest word by meaning; the gap is
        what remains. A paraphrase leaves little ("doctorate" and "PhD"); a fact the passage lacks leaves
        its word alone ("salary").
        """
        unsaid = [(term.weight, term.word) for number, term in enumerate(query.terms) if number not in said]
        if not unsaid:
            return 0.0, 0.0
        index = self.index
        rows = index.entry_words[candidate.position]
        vectors = [embedder().word_vector(word) for _, word in unsaid]
        closeness = [0.0] * len(unsaid)
        known = [n for n, vector in enumerate(vectors) if vector is not None]
        if len(rows) and known:
            matrix = np.vstack([vectors[n] for n in known])  # type: ignore[misc]
            best = (index.word_matrix[rows] @ matrix.T).max(axis=0).tolist()
            for n, value in zip(known, best, strict=True):
                closeness[n] = max(0.0, value)
        gaps = [weight * (1 - close) for (weight, _), close in zip(unsaid, closeness, strict=True)]
        return sum(gaps) / query.total, max(gaps) / query.total

    @staticmethod
    def _evidence_counts(query: Query, candidate: Candidate) -> bool:
        """Whether a number in any of its sentences counts what a "how many" question counts."""
        return any(not query.counted.isdisjoint(sentence.counts) for sentence in candidate.indexed.sentences)

    @staticmethod
    def _evidence_answers(query: Query, candidate: Candidate) -> bool:
        """Whether the three sentences that best answer (an excerpt's core) hold the kind of fact asked."""
        sentences = candidate.indexed.sentences
        return any(
            answer_types.answers(query.asks, sentences[n].facts, _own(query, candidate.indexed))
            for n in candidate.best_sentences()
        )


def _own(query: Query, indexed: IndexedEntry) -> frozenset[str]:
    """The words that state no new fact in this passage: the question's, and the interview's names.

    Not in the about entry, though: its answer to "who is the CEO" is the interviewee's name.
    """
    return query.words if indexed.entry.pair.kind == "about" else query.own


def _best(scores: npt.NDArray[np.float64], wanted: int) -> npt.NDArray[np.intp]:
    """The positions of the ``wanted`` highest positive scores; ties go to the earlier position.

    They are sought among a shortlist: the ``wanted``-th highest of every _STRIDE-th score is at most the
    ``wanted``-th highest of all, so no score below it can be chosen. At 10,000 pairs most scores are small
    and positive; partitioning them all took three times as long as the shortlist does.
    """
    floor = 0.0
    if len(scores) > _STRIDE * wanted:
        sample = scores[::_STRIDE]
        floor = np.partition(sample, len(sample) - wanted)[len(sample) - wanted]
    shortlist = np.flatnonzero(scores >= floor) if floor > 0 else np.flatnonzero(scores > 0)
    if len(shortlist) <= wanted:
        return shortlist
    values = scores[shortlist]
    cut = np.partition(values, len(values) - wanted)[len(values) - wanted]
    above = shortlist[values > cut]
    level = shortlist[values == cut][: wanted - len(above)]
    return np.concatenate([above, level])
