"""The engine's fitted constants, shipped as data in ``bot/core/data/model.json``.

Nothing here is chosen by hand: ``python -m eval fit`` fits the ranking constants by leave-one-interview-out
cross-validation and the answer/abstain models by logistic regression on the labelled corpus in ``eval/``,
then writes this file. The engine only reads it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

MODEL_FILE = "model.json"


@dataclass(frozen=True, slots=True)
class RankingParams:
    """BM25F and the evidence mix: how the pairs are ordered for a question."""

    k1: float = 1.2
    field_weights: Mapping[str, float] = field(
        default_factory=lambda: {"question": 2.0, "answer": 1.0, "terms": 1.0}
    )
    field_b: Mapping[str, float] = field(
        default_factory=lambda: {"question": 0.5, "answer": 0.75, "terms": 0.5}
    )
    excerpt_semantic: float = 0.5
    # From how much of a question the pair's own question says the answer's first sentence is shown (never
    # when None): see excerpts.excerpt.
    excerpt_opening: float | None = None
    neighbour_min: float = 1.0
    about_weight: float = 1.0
    rerank: Mapping[str, float] = field(
        default_factory=lambda: {
            "bm25": 1.0,
            "semantic_question": 0.5,
            "semantic_sentence": 0.5,
        }
    )
    derived_credit: float = 0.8
    common_zipf: float = 6.0
    rare_zipf: float = 3.0
    common_floor: float = 0.1
    synonyms: bool = False


@dataclass(frozen=True, slots=True)
class Logistic:
    """A logistic model over named features: P = 1 / (1 + exp(-(b + sum w_i x_i)))."""

    intercept: float = 0.0
    weights: Mapping[str, float] = field(default_factory=dict)
    threshold: float = 0.5

    def logit(self, features: Mapping[str, float]) -> float:
        weights = self.weights
        if len(features) < len(weights):  # a question's few words against the wording model's hundreds
            return self.intercept + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return self.intercept + sum(weight * features.get(name, 0.0) for name, weight in weights.items())

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.logit(features)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def accepts(self, features: Mapping[str, float]) -> bool:
        return self.probability(features) >= self.threshold


def caution(wording: Logistic, words: Iterable[str]) -> float:
    """The wording model's log-odds that a question put in these words is answerable, capped at even.

    Wording can make the bot more careful ("what is the name of…", "how much exactly…"), never bolder: an
    everyday "is it going to rain this weekend?" gains no answer from sounding like an answerable question.
    """
    return min(0.0, wording.logit(dict.fromkeys(sorted(words), 1.0)))  # sorted: no sum in set order


@dataclass(frozen=True, slots=True)
class Model:
    """Everything fitted: the ranking, whether to answer, whether a question is on topic, which interview.

    ``wording`` weighs the words a question is put in ("which", "name", "how much", "why"): how often,
    across interviews, questions worded so turn out to be answerable. Its log-odds is one of the answer
    model's features.

    ``on_topic`` is fitted one interview at a time. With N loaded, a question is about any one of them with
    prior odds 1/N as great, and the likeliest of N looks on topic by chance more often than one alone does:
    its odds must clear the threshold's times N ** ``topic_prior`` (1 is that prior; the fit chooses).
    """

    ranking: RankingParams = field(default_factory=RankingParams)
    wording: Logistic = field(default_factory=Logistic)
    answer: Logistic = field(default_factory=Logistic)
    on_topic: Logistic = field(default_factory=Logistic)
    chooser: Logistic = field(default_factory=Logistic)
    topic_prior: float = 0.0
    fitted_on: Sequence[str] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Model:
        ranking = dict(data.get("ranking", {}))
        defaults = RankingParams()
        for name in ("field_weights", "field_b"):
            ranking[name] = {**getattr(defaults, name), **ranking.get(name, {})}
        return cls(
            ranking=RankingParams(**ranking),
            wording=Logistic(**data.get("wording", {})),
            answer=Logistic(**data.get("answer", {})),
            on_topic=Logistic(**data.get("on_topic", {})),
            chooser=Logistic(**data.get("chooser", {})),
            topic_prior=float(data.get("topic_prior", 0.0)),
            fitted_on=tuple(data.get("fitted_on", ())),
        )

    def on_topic_among(self, topical: float, loaded: int) -> bool:
        """Whether a question is on the subject of the likeliest of ``loaded`` interviews (see above)."""
        threshold = self.on_topic.threshold
        if loaded > 1 and 0.0 < threshold < 1.0:
            odds = threshold / (1.0 - threshold) * loaded**self.topic_prior
            threshold = odds / (1.0 + odds)
        return topical >= threshold

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=2, sort_keys=True) + "\n", encoding="utf-8")


def load_model(path: Path | None = None) -> Model:
    """The shipped model, or the one at ``path`` (the fitting script tries candidates this way)."""
    if path is not None:
        text = path.read_text(encoding="utf-8")
    else:
        text = resources.files("bot.core").joinpath("data", MODEL_FILE).read_text(encoding="utf-8")
    return Model.from_json(json.loads(text))
