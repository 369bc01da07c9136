"""The answer engine: find the passage that answers a question, or say plainly that none does.

Each interview is ranked on its own (ranking.py), with its own word statistics, so loading another interview
cannot change how the first one ranks. A fitted logistic model then gives, for each interview's best pair,
the probability that it answers, and a second one the probability that the question is on the interview's
subject at all. A third picks the interview a question is most likely about; its best pair answers when the
first probability reaches ANSWER_THRESHOLD (0.5, the calibrated midpoint, by default) and the second says
the question is on the subject; otherwise the second tells "the interview doesn't say" from a question
about something else. The more interviews a question is put to, the surer the second must be (see
``Model.topic_prior``). A question naming an interviewee or organisation goes to that interview.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from bot.core.answers import Match, Outcome, QuoteHit, Result
from bot.core.excerpts import excerpt
from bot.core.knowledge import Entry, Knowledge
from bot.core.lessons import Lesson
from bot.core.models import Pair
from bot.core.normalize import normalize
from bot.core.params import Model, caution, load_model
from bot.core.ranking import Candidate, Query, Ranker, read


@dataclass(frozen=True, slots=True)
class Verdict:
    """One interview's best attempt at a question."""

    ranker: Ranker
    query: Query
    candidates: list[Candidate]
    features: dict[str, float]
    probability: float
    topical: float
    likeness: float


class Engine:
    """Answers questions from one loaded Knowledge; build a new Engine to reload or to learn."""

    def __init__(
        self,
        knowledge: Knowledge,
        *,
        threshold: float | None = None,
        lessons: Sequence[Lesson] = (),
        model: Model | None = None,
    ) -> None:
        self.knowledge = knowledge
        model = model or load_model()
        if threshold is not None:
            # ANSWER_THRESHOLD overrides the fitted probability at which the engine answers.
            model = replace(model, answer=replace(model.answer, threshold=threshold))
        self.model = model
        self.lessons = tuple(lessons)
        variants: defaultdict[str, list[str]] = defaultdict(list)
        abstaining: list[Entry] = []
        for number, lesson in enumerate(self.lessons):
            entry = knowledge.get(lesson.entry_key) if lesson.entry_key is not None else None
            if entry is not None:
                variants[entry.key].append(lesson.question)
            elif lesson.entry_key is None and knowledge.interviews:
                abstaining.append(_abstaining_entry(number, lesson.question, knowledge))
        self._rankers: dict[str, Ranker] = {}
        for interview in knowledge.interviews:
            own = tuple(entry for entry in knowledge.entries if entry.interview.id == interview.id)
            part = Knowledge(interviews=(interview,), entries=own, glossary=knowledge.glossary)
            self._rankers[interview.id] = Ranker(
                part, model.ranking, variants=variants, abstaining=abstaining
            )
        self._search_texts: list[str] | None = None  # for autocomplete; made on its first use
        self._positions = {entry.key: n for n, entry in enumerate(knowledge.entries)}
        self._all_quotes = [(text, entry) for entry in knowledge for text in entry.quotes]
        self._quote_texts: list[str] | None = None  # normalised, for /quote; made on its first use

    def with_lessons(self, lessons: Sequence[Lesson]) -> Engine:
        """A new engine over the same knowledge and model that also knows these taught phrasings."""
        return Engine(self.knowledge, lessons=lessons, model=self.model)

    # -- asking -----------------------------------------------------------------------------------

    def ask(self, question: str, *, top: int = 3, interview: str | None = None) -> Result:
        """Rank the pairs for ``question`` and say whether the best one answers it."""
        verdicts = self.consider(question, interview, max(top, 1))
        best, outcome = decide(self.model, verdicts)
        if best is None:
            # No meaningful word at all ("?", a bare mention): nothing to match, nothing to suggest.
            return Result(query=question, outcome=outcome, matches=())
        # The chosen interview's best pair leads; the rest follow by score, whichever interview they are from.
        first_pair = next((c for c in best.candidates if not c.indexed.abstains), None)
        rest = [
            (verdict, candidate)
            for verdict in verdicts
            for candidate in verdict.candidates
            if not candidate.indexed.abstains and candidate is not first_pair
        ]
        rest.sort(key=lambda item: (-item[0].ranker.score(item[1]), item[1].position))
        chosen = ([(best, first_pair)] if first_pair is not None else []) + rest
        matches = [
            self._match(verdict.ranker, verdict.query, candidate, best.features if number == 0 else {})
            for number, (verdict, candidate) in enumerate(chosen[:top])
        ]
        chosen_interview = best.ranker.knowledge.interviews[0]  # each ranker holds one interview
        return Result(query=question, outcome=outcome, matches=tuple(matches), interview=chosen_interview)

    def consider(self, question: str, interview: str | None = None, top: int = 5) -> list[Verdict]:
        """Each interview's best attempt (only the named interviews' when the question names any)."""
        rankers = list(self._rankers.values())
        if interview is not None:
            rankers = [
                ranker for ranker in rankers if interview in (i.id for i in ranker.knowledge.interviews)
            ]
        reading = read(question)
        queries = [(ranker, ranker.parse(reading)) for ranker in rankers]
        queries = [queries[n] for n in addressed([query for _, query in queries])]
        verdicts = []
        for ranker, query in queries:
            candidates = ranker.rank(query, top)
            features = ranker.features(query, candidates)
            # Read from the words the interview weighs, as the fit reads it: not from asides it dropped.
            features["wording"] = caution(self.model.wording, query.words)
            probability = self.model.answer.probability(features) if candidates else 0.0
            topical = self.model.on_topic.probability(features)
            likeness = self.model.chooser.probability(features)
            verdicts.append(Verdict(ranker, query, candidates, features, probability, topical, likeness))
        return verdicts

    def answer_entry(self, entry_id: str, question: str = "") -> Match | None:
        """Answer with exactly this pair: the user picked it, so only the excerpt depends on the question."""
        entry = self.knowledge.get(entry_id)
        if entry is None:
            return None
        ranker = self._rankers[entry.interview.id]
        query = ranker.parse(question)
        candidate = ranker.evidence(query, ranker.positions[entry.key], 0.0)
        return self._match(ranker, query, candidate, {})

    def _match(
        self, ranker: Ranker, query: Query, candidate: Candidate, features: Mapping[str, float]
    ) -> Match:
        indexed = candidate.indexed
        ranking = self.model.ranking
        text, highlight = excerpt(candidate, ranking.excerpt_semantic, ranking.excerpt_opening)
        quotes = sorted(indexed.quotes, key=lambda quote: -query.share(query.credits(quote[1])))
        parts = dict(candidate.signals)
        parts["coverage"] = candidate.coverage
        # On the topic: one of its sentences says some of the question, not just its question or key terms.
        parts["topical"] = float(candidate.signals["lexical"] > 0)
        parts.update({f"feature_{name}": value for name, value in features.items()})
        return Match(
            entry=indexed.entry,
            score=ranker.score(candidate),
            excerpt=text,
            highlight=highlight,
            quotes=tuple(text for text, _ in quotes),
            parts=parts,
        )

    # -- browsing ---------------------------------------------------------------------------------

    def suggest(self, text: str, *, limit: int = 25, interview: str | None = None) -> list[Entry]:
        """Entries for autocomplete, best first: what someone typing ``text`` is most likely after.

        First the ranked pairs whose question or key terms have a word starting with the word being typed
        ("bior"), then those a sentence of which says the text's words, then questions that look like the
        text, then the pairs a small interview ranks anyway, on meaning alone.
        """
        entries = self.knowledge.entries
        allowed = [n for n, entry in enumerate(entries) if interview in (None, entry.interview.id)]
        if not text.strip():
            return [entries[n] for n in allowed[:limit]]
        matches = self.ask(text, top=limit, interview=interview).matches
        if self._search_texts is None:
            self._search_texts = [normalize(" ".join((e.question, *e.pair.terms))) for e in entries]
        texts = self._search_texts
        # The word being typed is a prefix: the pairs whose question or key terms start a word with it.
        typed = normalize(text).rsplit(" ", 1)[-1]
        ranked = [
            match.entry
            for match in matches
            if len(typed) > 1
            and any(word.startswith(typed) for word in texts[self._positions[match.entry.key]].split())
        ]
        ranked += [match.entry for match in matches if match.parts.get("topical", 0.0) > 0]
        choices = {n: texts[n] for n in allowed}
        for _, _, n in process.extract(
            normalize(text), choices, scorer=fuzz.WRatio, processor=None, limit=limit, score_cutoff=50
        ):
            ranked.append(entries[n])
        ranked += [match.entry for match in matches]
        return list(dict.fromkeys(ranked))[:limit]

    def quote(self, about: str | None = None, *, rng: random.Random | None = None) -> QuoteHit | None:
        """A quote snippet about ``about``, or any quote when no subject is given."""
        if not self._all_quotes:
            return None
        if about is None or not about.strip():
            text, entry = (rng or random).choice(self._all_quotes)
            return QuoteHit(text, entry)
        result = self.ask(about, top=1)
        if result.answered and result.best and result.best.quotes:
            return QuoteHit(result.best.quotes[0], result.best.entry)
        if self._quote_texts is None:
            self._quote_texts = [normalize(text) for text, _ in self._all_quotes]
        found = process.extractOne(
            normalize(about), self._quote_texts, scorer=fuzz.partial_ratio, processor=None, score_cutoff=80
        )
        return QuoteHit(*self._all_quotes[found[2]]) if found else None


def addressed(queries: Sequence[Query]) -> list[int]:
    """The interviews a question is put to: those it names (an interviewee, an organisation), else all."""
    named = [number for number, query in enumerate(queries) if query.names]
    return named if named and len(named) < len(queries) else list(range(len(queries)))


def decide(model: Model, verdicts: Sequence[Verdict]) -> tuple[Verdict | None, Outcome]:
    """The interview a question is most likely about, and whether its best pair answers.

    None when no interview finds a meaningful word in the question: it is about none of them.
    """
    if not any(verdict.query.terms for verdict in verdicts):
        return None, "off_topic"
    best = max(verdicts, key=lambda verdict: (verdict.likeness, verdict.probability))
    first = best.candidates[0] if best.candidates else None
    on_topic = model.on_topic_among(best.topical, len(verdicts))
    if first is not None and first.indexed.abstains:
        return best, "not_in_interview"
    if first is not None and best.probability >= model.answer.threshold and on_topic:
        return best, "answered"
    return best, "not_in_interview" if on_topic else "off_topic"


def _abstaining_entry(number: int, question: str, knowledge: Knowledge) -> Entry:
    """A phrasing taught as "the interview does not answer this", indexed like a pair of its own."""
    pair = Pair.model_construct(
        id=f"taught-none-{number}",
        kind="qa",
        question=question,
        answer=question,
        terms=(),
        aliases=(),
        quotes=(),
        examples=(),
    )
    return Entry(pair=pair, interview=knowledge.interviews[0], source_file="(taught)")
