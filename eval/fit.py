"""Fit every constant of the engine on the labelled corpus, with leave-one-interview-out checks.

1. Ranking: the index's constants (BM25F field weights and saturation, the general-English weighting, the
   meaning-neighbour cut-off, whether hand synonym lists help) by coordinate ascent on what the bot gets
   right with them: right answers to answerable questions and abstentions on unanswerable ones, with the
   answer model fitted on the other interviews, averaged over interviews so a long one does not dominate;
   and the weights of the reranking signals by pairwise logistic regression (a linear RankNet), alternately.
2. Answer or abstain: a logistic model over the best pair's features; label 1 when answering would give
   the right passage. It answers above probability 0.5; ``python -m eval thresholds`` shows the trade-off.
   One feature is the log-odds of a wording model (the words a question is put in, answerable against
   unanswerable), cross-fitted by interview.
3. On topic or not: a logistic model telling questions about an interview's subject (answerable or not) from
   off-topic ones, for the wording of the reply.
4. Which interview: pairwise logistic regression of a question's own interview's features against each
   other interview's, so that with several loaded the question goes to the one it is about.
5. How much surer of a subject to be with more interviews loaded (``Model.topic_prior``): each question is
   put to its own interview beside others drawn at random, as a server might load them, and the value with
   the best mean of right answers and abstentions is kept.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from bot.core.engine import Engine, Verdict, addressed, decide
from bot.core.excerpts import excerpt
from bot.core.knowledge import Knowledge
from bot.core.loader import load_knowledge
from bot.core.params import Logistic, Model, RankingParams, caution
from eval.corpus import KINDS, QuestionSet
from eval.measure import contains

ANSWER_FEATURES = (
    "bm25",
    "coverage",
    "sentence",
    "unknown",
    "type_missing",
    "type_far",
    "margin",
    "question",
    "terms",
    "semantic",
    "semantic_margin",
    "missing",
    "gap",
    "widest_gap",
    "count_missing",
    "number_missing",
    "identifies",
    "content",
    "wording",
)
# A word weighs in the wording model when the questions of several interviews use it, so that it is a way of
# asking, not one interview's topic. `python -m eval wording` compares the floor by leave-one-interview-out.
WORDING_INTERVIEWS = 4
WORDING_FLOORS = (2, 3, 4, 5, 6, 8)
CHOOSER_FEATURES = ("coverage", "unknown", "semantic", "bm25", "missing", "sentence", "key")
TOPIC_FEATURES = ("coverage", "unknown", "named", "bm25", "terms", "semantic", "content", "key")
# How many interviews a server loads, to fit topic_prior: these many drawn at random (DRAWS times for each
# question, its own among them), and every interview of the corpus.
LOADS = (2, 4, 8, 16)
DRAWS = 3
TOPIC_PRIORS = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5)
# The grid each ranking constant is searched over (coordinate ascent visits one constant at a time).
GRID: dict[str, Sequence[Any]] = {
    "k1": (0.6, 0.9, 1.2, 1.6, 2.0),
    "question": (1.0, 1.5, 2.0, 3.0, 4.0),
    "terms": (0.0, 0.5, 1.0, 2.0),
    "answer_b": (0.3, 0.5, 0.75, 0.9),
    "question_b": (0.2, 0.5, 0.75),
    "derived_credit": (0.5, 0.7, 0.9),
    "common_zipf": (5.5, 6.0, 6.5),
    "rare_zipf": (2.5, 3.5, 4.5),
    "common_floor": (0.05, 0.15, 0.3, 0.5),
    "synonyms": (False, True),
    "about_weight": (0.25, 0.5, 1.0),
    "neighbour_min": (0.5, 0.6, 0.7, 0.8, 1.0),
}
RERANK_SIGNALS = (
    "bm25",
    "lexical",
    "question_share",
    "terms_share",
    "semantic_question",
    "semantic_sentence",
    "type_match",
    "about",
)
# Ridge on the logistic weights (the features are on comparable 0-1 scales). `python -m eval ridge` shows
# the mean of held-out right answers and abstentions peaks here, narrowly over 0.1 and 0.3 (eval/README.md).
L2 = 1.0
RIDGES = (0.1, 0.3, 1.0, 3.0, 10.0)
# The grids of the excerpt's constants: meaning's weight beside shared words, and the share of a question the
# pair's own question must say for the answer's first sentence to be shown (None: never).
EXCERPT_SEMANTIC: Sequence[float] = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
EXCERPT_OPENING: Sequence[float | None] = (None, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1)
EXCERPT_GRIDS: tuple[tuple[str, Sequence[Any]], ...] = (
    ("excerpt_semantic", EXCERPT_SEMANTIC),
    ("excerpt_opening", EXCERPT_OPENING),
)


@dataclass(frozen=True, slots=True)
class Observation:
    """One question's features and labels under a given ranking."""

    interview: str
    features: dict[str, float]
    kind: str
    right_first: bool
    candidates: tuple[tuple[dict[str, float], bool], ...] = ()
    excerpt_right: bool = False
    words: frozenset[str] = frozenset()


def combine(parts: Sequence[Knowledge]) -> Knowledge:
    seen: dict[str, Knowledge] = {}
    for part in parts:
        seen.setdefault(",".join(i.id for i in part.interviews), part)
    unique = list(seen.values())
    glossary: dict[str, tuple[str, ...]] = {}
    for part in unique:
        for short, longs in part.glossary.items():
            glossary[short] = tuple(dict.fromkeys((*glossary.get(short, ()), *longs)))
    return Knowledge(
        interviews=tuple(i for part in unique for i in part.interviews),
        entries=tuple(e for part in unique for e in part.entries),
        glossary=glossary,
    )


@cache
def knowledge_of(path: str) -> Knowledge:
    """Each knowledge folder loaded once, however many fits read it (cached by path)."""
    return load_knowledge(Path(path))


def with_setting(params: RankingParams, name: str, value: Any) -> RankingParams:
    if name in ("question", "terms"):
        return replace(params, field_weights={**params.field_weights, name: value})
    if name in ("answer_b", "question_b"):
        return replace(params, field_b={**params.field_b, name.removesuffix("_b"): value})
    return replace(params, **{name: value})


def observe(params: RankingParams, sets: Sequence[QuestionSet]) -> list[Observation]:
    found = []
    for question_set in sets:
        engine = Engine(knowledge_of(str(question_set.knowledge)), model=Model(ranking=params))
        for item in question_set.items:
            verdict = engine.consider(item.q)[0]  # one interview per set
            candidates, features = verdict.candidates, verdict.features
            expect = item.expect
            rights = [expect is not None and contains(c.indexed.entry.answer, expect) for c in candidates]
            first = bool(rights) and rights[0]
            signals = tuple((c.signals, right) for c, right in zip(candidates, rights, strict=True))
            shown_text = (
                excerpt(candidates[0], params.excerpt_semantic, params.excerpt_opening)[0] if first else ""
            )
            shown = first and expect is not None and contains(shown_text, expect)
            found.append(
                Observation(
                    question_set.interview, features, item.kind, first, signals, shown, verdict.query.words
                )
            )
    return found


def ranking_score(observations: Sequence[Observation]) -> float:
    """How well the bot does with this ranking on interviews it was not fitted on, balanced.

    For each interview, the answer model is fitted on the others; the interview scores the mean of its
    answerable questions answered with the right pair and its unanswerable ones abstained on. The score is
    the mean over interviews. Rank@1 alone cannot see that a setting also orders the runners-up, and so
    the evidence the answer model weighs, in ways that cost more abstentions than it wins right answers.
    """
    interviews = sorted({o.interview for o in observations})
    scores = []
    for interview in interviews:
        model = fit_answer([o for o in observations if o.interview != interview])
        kinds: dict[str, list[bool]] = {}
        for observation in observations:
            if observation.interview != interview or observation.kind == "offtopic":
                continue
            answers = "bm25" in observation.features and model.accepts(observation.features)
            answerable = observation.kind == "answerable"
            kinds.setdefault(observation.kind, []).append(
                answers and observation.right_first if answerable else not answers
            )
        if kinds:
            scores.append(sum(sum(v) / len(v) for v in kinds.values()) / len(kinds))
    return sum(scores) / max(len(scores), 1)


def own_questions_first(params: RankingParams, sets: Sequence[QuestionSet]) -> float:
    """How often a pair's own question, asked word for word, ranks that pair first.

    Members often ask in the interviewer's words; a ranking that loses those pairs fails them however well
    it does on the corpus's questions (fitted weights that leaned on key terms put 22 of 345 elsewhere).
    """
    found = total = 0
    for knowledge in {str(s.knowledge): knowledge_of(str(s.knowledge)) for s in sets}.values():
        engine = Engine(knowledge, model=Model(ranking=params))
        for entry in knowledge.entries:
            if entry.pair.kind == "about":
                continue
            candidates = engine.consider(entry.pair.question)[0].candidates
            total += 1
            found += bool(candidates) and candidates[0].indexed.entry.key == entry.key
    return found / max(total, 1)


def fit_ranking(
    sets: Sequence[QuestionSet],
    log: Callable[[str], None] = print,
    start: RankingParams | None = None,
) -> RankingParams:
    """Alternate: the index's constants by coordinate ascent, then the reranking weights by regression.

    A setting is kept when it raises the score and its pairs' own questions still find them as often as
    with the default settings. The ascent starts from ``start`` where it is better than the defaults by
    that same test: the score is bumpy, and from the defaults the ascent stops at the first local best it
    meets.
    """
    params = RankingParams()
    best = ranking_score(observe(params, sets))
    floor = own_questions_first(params, sets)

    def better(trial: RankingParams, score: float) -> bool:
        return score > best + 1e-9 and own_questions_first(trial, sets) >= floor

    if start is not None and start != params:
        score = ranking_score(observe(start, sets))
        log(f"  start: the defaults score {best:.3f}, the given constants {score:.3f}")
        if better(start, score):
            best, params = score, start

    for sweep in range(3):
        # The regression optimises a smooth stand-in for rank@1: keep its weights only when the score agrees.
        trial = replace(params, rerank=fit_rerank(observe(params, sets)))
        score = ranking_score(observe(trial, sets))
        if better(trial, score):
            best, params = score, trial
        log(f"  sweep {sweep + 1}: reranking weights, held-out right answers and abstentions {best:.3f}")
        improved = False
        for name, values in GRID.items():
            for value in values:
                trial = with_setting(params, name, value)
                if trial == params:
                    continue
                score = ranking_score(observe(trial, sets))
                if better(trial, score):
                    best, params, improved = score, trial, True
        log(f"  sweep {sweep + 1}: index constants, held-out right answers and abstentions {best:.3f}")
        if not improved:
            break
    params = fit_excerpts(params, sets)
    log(
        f"  excerpts: meaning weighs {params.excerpt_semantic} beside shared words; the opening is shown"
        f" from a question share of {params.excerpt_opening}"
    )
    return params


def fit_excerpts(params: RankingParams, sets: Sequence[QuestionSet]) -> RankingParams:
    """How much meaning, beside shared words, picks the sentences shown, and from how much of the question
    the pair's own question says the answer's first sentence is shown: most excerpts holding the answer.

    Each grid is tried in turn; a tie keeps the value the constant came with, or the earlier in its grid.
    """
    best, chosen = -1.0, params
    for name, values in EXCERPT_GRIDS:
        start = chosen
        # The excerpt's constants rank nothing: the same pairs come first whatever the value, so one pass
        # over the corpus makes every value's excerpts.
        shown = shown_by_value(start, sets, name, values)
        for number, value in enumerate(values):
            score = sum(s.holds[number] for s in shown) / max(len(shown), 1)
            if score > best + 1e-9:
                best, chosen = score, with_setting(start, name, value)
    return chosen


@dataclass(frozen=True, slots=True)
class Shown:
    """A right pair's excerpts, one per value of an excerpt constant: which hold the answer, how long."""

    interview: str
    holds: tuple[bool, ...]
    lengths: tuple[int, ...]


def shown_by_value(
    params: RankingParams, sets: Sequence[QuestionSet], name: str, values: Sequence[Any]
) -> list[Shown]:
    """Every answerable question whose first pair is right, its excerpt made with each of ``values``."""
    found = []
    trials = [with_setting(params, name, value) for value in values]
    for question_set in sets:
        engine = Engine(knowledge_of(str(question_set.knowledge)), model=Model(ranking=params))
        for item in question_set.items:
            expect = item.expect
            candidates = engine.consider(item.q)[0].candidates if expect else []
            if not expect or not candidates or not contains(candidates[0].indexed.entry.answer, expect):
                continue
            texts = [excerpt(candidates[0], t.excerpt_semantic, t.excerpt_opening)[0] for t in trials]
            holds = tuple(contains(text, expect) for text in texts)
            found.append(Shown(question_set.interview, holds, tuple(len(text) for text in texts)))
    return found


def fit_rerank(observations: Sequence[Observation]) -> dict[str, float]:
    """Pairwise logistic regression (RankNet with a linear scorer): the right pair above each wrong one."""
    names = RERANK_SIGNALS
    differences = []
    for observation in observations:
        rights = [signals for signals, right in observation.candidates if right]
        wrongs = [signals for signals, right in observation.candidates if not right]
        if not rights or not wrongs:
            continue
        weight = 1.0 / len(wrongs)  # each question counts once, whatever its number of candidates
        for right in rights[:1]:
            for wrong in wrongs:
                differences.append(([right[n] - wrong[n] for n in names], weight))
    rows = [(dict(zip(names, d, strict=True)), True) for d, _ in differences]
    mirrored = [({n: -v for n, v in row.items()}, False) for row, _ in rows]
    weights = [w for _, w in differences] * 2
    model = fit_logistic([*rows, *mirrored], names, sample_weights=weights, intercept=False)
    return dict(model.weights)


def fit_logistic(
    rows: Sequence[tuple[dict[str, float], bool]],
    names: Sequence[str],
    *,
    sample_weights: Sequence[float] | None = None,
    intercept: bool = True,
    l2: float = L2,
) -> Logistic:
    """L2-regularised logistic regression by Newton's method (the intercept is not penalised)."""
    x = np.array([[row.get(name, 0.0) for name in names] for row, _ in rows], dtype=float)
    if intercept:
        x = np.hstack([np.ones((len(rows), 1)), x])
    y = np.array([1.0 if label else 0.0 for _, label in rows])
    s = np.ones(len(rows)) if sample_weights is None else np.asarray(sample_weights, dtype=float)
    penalty = np.full(x.shape[1], l2)
    if intercept:
        penalty[0] = 0.0
    w = np.zeros(x.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (s * (p - y)) + penalty * w
        hessian = (x * (s * p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(x.shape[1])
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-9:
            break
    weights = w[1:] if intercept else w
    return Logistic(
        intercept=round(float(w[0]), 4) if intercept else 0.0,
        weights={n: round(float(v), 4) for n, v in zip(names, weights, strict=True)},
    )


def answer_rows(observations: Sequence[Observation]) -> list[tuple[dict[str, float], bool]]:
    return [
        (o.features, o.kind == "answerable" and o.right_first) for o in observations if "bm25" in o.features
    ]


def decision_rates(
    observations: Sequence[Observation], probabilities: Sequence[float], threshold: float
) -> tuple[float, float, float]:
    """Answerable questions answered with the right pair, and unanswerable and off-topic ones abstained on."""
    right = answerable = 0
    abstained: dict[str, list[int]] = {"unanswerable": [0, 0], "offtopic": [0, 0]}
    for observation, probability in zip(observations, probabilities, strict=True):
        answers = probability >= threshold
        if observation.kind == "answerable":
            answerable += 1
            right += answers and observation.right_first
        else:
            tally = abstained[observation.kind]
            tally[0] += not answers
            tally[1] += 1
    (unanswerable, asked), (offtopic, off) = abstained.values()
    return right / max(answerable, 1), unanswerable / max(asked, 1), offtopic / max(off, 1)


_DECISION_COLUMNS = {"answer@1": 9, "unanswerable": 13, "offtopic": 9}


def decision_line(label: str, rates: Sequence[float] | None = None) -> str:
    """A row of a table of ``decision_rates`` under ``label``; without ``rates``, the table's header."""
    cells = [f"{rate:.3f}" for rate in rates] if rates is not None else list(_DECISION_COLUMNS)
    widths = _DECISION_COLUMNS.values()
    return f"{label:>9} " + " ".join(f"{cell:>{width}}" for cell, width in zip(cells, widths, strict=True))


def threshold_table(observations: Sequence[Observation], probabilities: Sequence[float]) -> list[str]:
    """Right answers and abstentions at each answer threshold, from held-out probabilities."""
    lines = [decision_line("threshold")]
    for step in range(3, 10):
        threshold = step / 10
        rates = decision_rates(observations, probabilities, threshold)
        lines.append(decision_line(f"{threshold:.1f}", rates))
    return lines


def fit_answer(observations: Sequence[Observation], l2: float = L2) -> Logistic:
    """Answer when the passage is more likely right than not: the calibrated probability's midpoint.

    Across thresholds the balance of right answers and honest abstentions is flat (see ``python -m eval
    thresholds``), so no threshold is fitted: ANSWER_THRESHOLD moves it for a stricter or a bolder bot.
    """
    return fit_logistic(answer_rows(observations), ANSWER_FEATURES, l2=l2)


def fit_wording(
    observations: Sequence[Observation], l2: float = L2, floor: int = WORDING_INTERVIEWS
) -> Logistic:
    """How the words a question is put in bear on whether the interview answers it, across interviews.

    Binary presence of each word asked with in at least ``floor`` interviews; label 1 for answerable, 0 for
    unanswerable (off-topic is the on-topic model's business).
    """
    asked = [o for o in observations if o.kind in ("answerable", "unanswerable")]
    interviews: dict[str, set[str]] = {}
    for observation in asked:
        for word in observation.words:
            interviews.setdefault(word, set()).add(observation.interview)
    vocabulary = sorted(word for word, seen in interviews.items() if len(seen) >= floor)
    rows = [(dict.fromkeys(o.words, 1.0), o.kind == "answerable") for o in asked]
    model = fit_logistic(rows, vocabulary, l2=l2)
    return replace(model, weights={word: w for word, w in model.weights.items() if w != 0.0})


def with_wording(
    observations: Sequence[Observation], l2: float = L2, floor: int = WORDING_INTERVIEWS
) -> list[Observation]:
    """Each observation with its wording feature from a model fitted on the other interviews only.

    The answer model must learn how far to trust the wording model on questions it has not seen, as in use.
    """
    found = []
    for interview in dict.fromkeys(o.interview for o in observations):
        wording = fit_wording([o for o in observations if o.interview != interview], l2, floor)
        for observation in observations:
            if observation.interview == interview:
                found.append(worded(observation, wording))
    return found


def worded(observation: Observation, wording: Logistic) -> Observation:
    """The observation with the feature the engine adds for the question's wording."""
    return replace(
        observation, features={**observation.features, "wording": caution(wording, observation.words)}
    )


def fit_decision(
    observations: Sequence[Observation], l2: float = L2, floor: int = WORDING_INTERVIEWS
) -> tuple[Logistic, Logistic]:
    """The wording model, and the answer model over features that include its cross-fitted log-odds."""
    return fit_wording(observations, l2, floor), fit_answer(with_wording(observations, l2, floor), l2)


def fit_on_topic(observations: Sequence[Observation], l2: float = L2) -> Logistic:
    rows = [(o.features, o.kind != "offtopic") for o in observations]
    return fit_logistic(rows, TOPIC_FEATURES, l2=l2)


def held_out_decisions(
    observations: Sequence[Observation], l2: float = L2, floor: int = WORDING_INTERVIEWS
) -> list[float]:
    """Each question's answer probability from models fitted without its interview (0 when off-topic).

    The ranking is the one the observations were made with; only the logistic models are refitted.
    """
    probabilities = dict.fromkeys(range(len(observations)), 0.0)
    for interview in dict.fromkeys(o.interview for o in observations):
        training = [o for o in observations if o.interview != interview]
        (wording, answer), topic = fit_decision(training, l2, floor), fit_on_topic(training, l2)
        for number, observation in enumerate(observations):
            if observation.interview != interview:
                continue
            features = worded(observation, wording).features
            # As the engine decides: an off-topic question is never answered, however likely its passage.
            if "bm25" in features and topic.accepts(features):
                probabilities[number] = answer.probability(features)
    return list(probabilities.values())


def fit_chooser(ranking: RankingParams, sets: Sequence[QuestionSet]) -> Logistic:
    """Which interview a question is about: its own interview's features against each other's."""
    engine = Engine(combine([knowledge_of(str(s.knowledge)) for s in sets]), model=Model(ranking=ranking))
    rows: list[tuple[dict[str, float], bool]] = []
    weights: list[float] = []
    for question_set in sets:
        for item in question_set.items:
            if item.kind == "offtopic":
                continue
            verdicts = engine.consider(item.q)
            own = [v for v in verdicts if v.ranker.knowledge.interviews[0].id == question_set.interview]
            others = [v for v in verdicts if v not in own]
            if not own or not others:
                continue
            for other in others:
                difference = {
                    n: own[0].features.get(n, 0.0) - other.features.get(n, 0.0) for n in CHOOSER_FEATURES
                }
                rows += [(difference, True), ({n: -v for n, v in difference.items()}, False)]
                weights += [1.0 / len(others)] * 2
    if not rows:
        return Logistic()
    return fit_logistic(rows, CHOOSER_FEATURES, sample_weights=weights, intercept=False)


@dataclass(frozen=True, slots=True)
class Put:
    """One question put to every interview of the corpus, each answering alone."""

    interview: str
    kind: str
    verdicts: dict[str, Verdict]
    right: bool  # whether its own interview's best pair holds the expected words


def put_to_all(model: Model, sets: Sequence[QuestionSet]) -> list[Put]:
    engines = {s.interview: Engine(knowledge_of(str(s.knowledge)), model=model) for s in sets}
    found = []
    for question_set in sets:
        for item in question_set.items:
            verdicts = {name: engine.consider(item.q)[0] for name, engine in engines.items()}
            own, expect = verdicts[question_set.interview].candidates, item.expect
            right = expect is not None and bool(own) and contains(own[0].indexed.entry.answer, expect)
            found.append(Put(question_set.interview, item.kind, verdicts, right))
    return found


def loads_table(model: Model, sets: Sequence[QuestionSet]) -> dict[float, dict[int, dict[str, float]]]:
    """For each topic_prior and number of interviews loaded: right answers, and abstentions by kind."""
    puts = put_to_all(model, sets)
    names = [s.interview for s in sets]
    draws = random.Random(0)
    loads = {len(names): [[names] for _ in puts]}
    for size in (size for size in LOADS if size < len(names)):
        loads[size] = [
            [
                [put.interview, *draws.sample([n for n in names if n != put.interview], size - 1)]
                for _ in range(DRAWS)
            ]
            for put in puts
        ]
    table: dict[float, dict[int, dict[str, float]]] = {}
    for prior in TOPIC_PRIORS:
        trial = replace(model, topic_prior=prior)
        table[prior] = {}
        for size, drawn in loads.items():
            counts: dict[str, list[bool]] = {kind: [] for kind in KINDS}
            for put, loaded_sets in zip(puts, drawn, strict=True):
                for loaded in loaded_sets:
                    verdicts = [put.verdicts[name] for name in loaded]
                    verdicts = [verdicts[n] for n in addressed([v.query for v in verdicts])]
                    best, outcome = decide(trial, verdicts)
                    if put.kind != "answerable":
                        counts[put.kind].append(outcome != "answered")
                        continue
                    chosen = best.ranker.knowledge.interviews[0].id if best is not None else None
                    counts[put.kind].append(outcome == "answered" and chosen == put.interview and put.right)
            table[prior][size] = {kind: sum(found) / max(len(found), 1) for kind, found in counts.items()}
    return table


def loads_score(rates: Mapping[str, float], kinds: Mapping[str, int]) -> float:
    """Right answers, and abstentions on unanswerable and off-topic questions together, equally weighted."""
    without = sum(kinds[kind] for kind in KINDS[1:]) or 1
    abstained = sum(rates[kind] * kinds[kind] for kind in KINDS[1:]) / without
    return (rates["answerable"] + abstained) / 2


def fit_topic_prior(model: Model, sets: Sequence[QuestionSet], log: Callable[[str], None] = print) -> float:
    """The topic_prior with the best mean, over the numbers of interviews loaded, of loads_score."""
    table = loads_table(model, sets)
    kinds = {k: sum(item.kind == k for s in sets for item in s.items) for k in KINDS}
    scores = {
        prior: sum(loads_score(rates, kinds) for rates in by_load.values()) / len(by_load)
        for prior, by_load in table.items()
    }
    for prior, by_load in table.items():
        rows = "  ".join(
            f"{size}: " + " ".join(f"{rates[kind]:.3f}" for kind in KINDS) for size, rates in by_load.items()
        )
        log(f"  topic_prior {prior:4.2f}  score {scores[prior]:.4f}  {rows}")
    return max(scores, key=lambda prior: (scores[prior], -prior))


def fit_model(
    sets: Sequence[QuestionSet],
    log: Callable[[str], None] = print,
    start: RankingParams | None = None,
) -> Model:
    ranking = fit_ranking(sets, log, start)
    observations = observe(ranking, sets)
    wording, answer = fit_decision(observations)
    model = Model(
        ranking=ranking,
        wording=wording,
        answer=answer,
        on_topic=fit_on_topic(observations),
        chooser=fit_chooser(ranking, sets),
        fitted_on=tuple(question_set.name for question_set in sets),
    )
    return replace(model, topic_prior=fit_topic_prior(model, sets, log))
