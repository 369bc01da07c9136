"""The fitted constants travel as JSON: they round-trip, partial files fill in defaults, and the shipped
model names only features and signals the engine computes."""

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge import Knowledge
from bot.core.params import Logistic, Model, RankingParams, caution, load_model


def test_a_model_survives_a_round_trip_through_json() -> None:
    model = Model(
        ranking=replace(
            RankingParams(),
            k1=0.7,
            field_weights={"question": 3.0, "answer": 1.5, "terms": 2.0, "pairs": 0.5},
            rerank={"bm25": 2.0, "about": -0.5},
            synonyms=True,
        ),
        wording=Logistic(intercept=0.3, weights={"which": -1.5, "why": 1.0}),
        answer=Logistic(intercept=-1.5, weights={"coverage": 2.0}, threshold=0.6),
        on_topic=Logistic(intercept=0.5, weights={"bm25": 1.0}),
        chooser=Logistic(weights={"semantic": 0.25}),
        fitted_on=("one-interview", "another"),
    )

    assert Model.from_json(json.loads(json.dumps(model.to_json()))) == model


def test_a_saved_model_loads_back_from_its_path(tmp_path: Path) -> None:
    model = Model(answer=Logistic(intercept=2.0, weights={"margin": 1.0}, threshold=0.7), fitted_on=("x",))
    path = tmp_path / "model.json"

    model.save(path)

    assert load_model(path) == model
    assert path.read_text(encoding="utf-8").endswith("}\n")


def test_missing_parts_take_their_defaults_and_field_maps_merge_with_them() -> None:
    model = Model.from_json({"ranking": {"k1": 2.0, "field_weights": {"question": 5.0}}})
    defaults = RankingParams()

    assert model.ranking.k1 == 2.0
    assert model.ranking.field_weights == {**defaults.field_weights, "question": 5.0}
    assert model.ranking.field_b == defaults.field_b
    assert model.ranking.rerank == defaults.rerank
    assert model.wording == model.answer == model.on_topic == model.chooser == Logistic()
    assert model.fitted_on == ()
    assert Model.from_json({}) == Model()


def test_an_unknown_constant_is_refused_rather_than_ignored() -> None:
    with pytest.raises(TypeError):
        Model.from_json({"ranking": {"k_one": 2.0}})


def test_the_logistic_is_the_sigmoid_of_its_linear_score() -> None:
    logistic = Logistic(intercept=-1.0, weights={"a": 2.0, "b": -0.5}, threshold=0.5)

    z = -1.0 + 2.0 * 0.75 - 0.5 * 2.0
    assert logistic.probability({"a": 0.75, "b": 2.0}) == pytest.approx(1 / (1 + math.exp(-z)))
    assert logistic.probability({}) == pytest.approx(1 / (1 + math.e))
    assert logistic.probability({"a": 0.5, "unused": 100.0}) == pytest.approx(0.5)
    assert logistic.probability({"b": 1000.0}) == 0.0


def test_a_logistic_accepts_from_its_threshold_up() -> None:
    logistic = Logistic(weights={"a": 1.0}, threshold=0.5)

    assert logistic.accepts({"a": 0.0})
    assert logistic.accepts({"a": 0.1})
    assert not logistic.accepts({"a": -0.1})


def test_with_one_interview_loaded_the_fitted_on_topic_threshold_decides() -> None:
    model = Model(on_topic=Logistic(threshold=0.5), topic_prior=1.0)

    assert model.on_topic_among(0.5, loaded=1)
    assert not model.on_topic_among(0.49, loaded=1)


@pytest.mark.parametrize(
    ("prior", "loaded", "needed"), [(1.0, 4, 0.8), (1.0, 9, 0.9), (0.5, 4, 2 / 3), (0.0, 9, 0.5)]
)
def test_each_interview_loaded_multiplies_the_odds_a_topic_must_clear(
    prior: float, loaded: int, needed: float
) -> None:
    # Threshold 0.5 is odds 1; with N loaded the odds to clear are N ** prior.
    model = Model(on_topic=Logistic(threshold=0.5), topic_prior=prior)

    assert model.on_topic_among(needed + 0.005, loaded=loaded)
    assert not model.on_topic_among(needed - 0.005, loaded=loaded)


def test_the_shipped_model_is_fitted() -> None:
    model = load_model()

    assert model.fitted_on
    for logistic in (model.wording, model.answer, model.on_topic, model.chooser):
        assert logistic.weights
        assert 0 < logistic.threshold < 1


def test_the_shipped_model_names_only_features_and_signals_the_engine_computes(
    knowledge: Knowledge, engine: Engine
) -> None:
    """A misspelt name would silently weigh a feature that is always 0."""
    model = load_model()
    [verdict] = engine.consider("How big are the bioreactors?")

    for logistic in (model.answer, model.on_topic, model.chooser):
        assert set(logistic.weights) <= set(verdict.features)
    assert set(model.ranking.rerank) <= set(verdict.candidates[0].signals)
    assert set(model.ranking.field_weights) == set(model.ranking.field_b)


def test_wording_can_only_make_the_bot_more_careful() -> None:
    wording = Logistic(intercept=0.5, weights={"name": -2.0, "why": 1.5})

    assert caution(wording, ["what", "is", "the", "name"]) == pytest.approx(-1.5)
    assert caution(wording, ["why", "why", "so"]) == 0.0  # +2.0, capped at even; a repeated word counts once
    assert caution(Logistic(), ["anything"]) == 0.0


def test_the_engine_gives_the_answer_model_the_wording_of_the_question(knowledge: Knowledge) -> None:
    model = replace(load_model(), wording=Logistic(weights={"exactly": -3.0}))
    engine = Engine(knowledge, model=model)

    [plain] = engine.consider("How big are the bioreactors?")
    [exact] = engine.consider("How big are the bioreactors exactly?")
    assert plain.features["wording"] == 0.0
    assert exact.features["wording"] == -3.0
