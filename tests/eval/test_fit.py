"""The fit's guard: a ranking must keep finding each pair by its own question, asked word for word.

And where the coordinate ascent starts: from given constants only where they score better than the defaults;
the excerpt's constants, chosen by how often excerpts of right pairs hold the answer; and how much surer of a
subject the engine must be with more interviews loaded.
"""

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import pytest

import eval.fit
from bot.core.params import Model, RankingParams
from eval.corpus import Item, QuestionSet
from eval.fit import (
    Shown,
    fit_excerpts,
    fit_ranking,
    fit_topic_prior,
    loads_score,
    own_questions_first,
    with_setting,
)
from tests.bundled import BUNDLED_INTERVIEW

BUNDLED = [QuestionSet("bundled", "biodlink-jun-liu-2024", BUNDLED_INTERVIEW, ())]


def test_the_default_ranking_finds_every_bundled_pair_by_its_own_question() -> None:
    assert own_questions_first(RankingParams(), BUNDLED) == 1.0


def test_a_ranking_blind_to_the_question_loses_pairs_its_own_question_would_find() -> None:
    blind = RankingParams(
        field_weights={"question": 0.0, "answer": 1.0, "terms": 0.0},
        rerank={"about": 1.0},
    )

    assert own_questions_first(blind, BUNDLED) < 1.0


@pytest.fixture
def two_local_bests(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in score whose best (k1 2.0, common floor 0.3) no single step from the defaults reaches.

    Each of the two changes alone scores below the defaults, as settings of the real score often do.
    """
    scores = {(1.2, 0.1): 0.5, (2.0, 0.1): 0.4, (1.2, 0.3): 0.4, (2.0, 0.3): 0.9, (0.6, 0.3): 0.1}

    def observe(params: RankingParams, _sets: Sequence[QuestionSet]) -> list[RankingParams]:
        return [params]

    def score(observations: Sequence[RankingParams]) -> float:
        params = observations[0]
        return (
            scores.get((params.k1, params.common_floor), 0.0)
            if params.rerank == RankingParams().rerank
            else 0.0
        )

    monkeypatch.setattr(eval.fit, "observe", observe)
    monkeypatch.setattr(eval.fit, "ranking_score", score)
    monkeypatch.setattr(eval.fit, "own_questions_first", lambda _params, _sets: 1.0)
    monkeypatch.setattr(eval.fit, "fit_rerank", lambda _observations: {"about": 1.0})
    monkeypatch.setattr(eval.fit, "GRID", {"k1": (0.6, 1.2, 2.0), "common_floor": (0.1, 0.3)})
    monkeypatch.setattr(eval.fit, "fit_excerpts", lambda params, _sets: params)


@pytest.mark.usefixtures("two_local_bests")
def test_the_ascent_from_the_defaults_stops_at_the_first_local_best() -> None:
    assert fit_ranking(BUNDLED, log=lambda _line: None) == RankingParams()


@pytest.mark.usefixtures("two_local_bests")
def test_the_ascent_resumes_from_given_constants_that_score_better_than_the_defaults() -> None:
    start = replace(RankingParams(), k1=2.0, common_floor=0.3)

    assert fit_ranking(BUNDLED, log=lambda _line: None, start=start) == start


@pytest.mark.usefixtures("two_local_bests")
def test_given_constants_scoring_below_the_defaults_are_not_where_the_ascent_starts() -> None:
    start = replace(RankingParams(), k1=0.6, common_floor=0.3)

    assert fit_ranking(BUNDLED, log=lambda _line: None, start=start) == RankingParams()


def shown_with(
    monkeypatch: pytest.MonkeyPatch, held: Callable[[RankingParams], int], total: int = 10
) -> None:
    """A stand-in shown_by_value(): ``held(params)`` of ``total`` right first pairs hold the answer."""

    def shown_by_value(
        params: RankingParams, _sets: Sequence[QuestionSet], name: str, values: Sequence[Any]
    ) -> list[Shown]:
        settings = [with_setting(params, name, value) for value in values]
        return [
            Shown("one", tuple(number < held(setting) for setting in settings), (0,) * len(values))
            for number in range(total)
        ]

    monkeypatch.setattr(eval.fit, "shown_by_value", shown_by_value)


def test_the_opening_is_shown_from_the_share_under_which_most_excerpts_hold_the_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown_with(monkeypatch, lambda params: 8 if params.excerpt_opening == 0.5 else 6)

    assert fit_excerpts(RankingParams(), BUNDLED).excerpt_opening == 0.5


def test_an_opening_that_changes_no_excerpt_is_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    shown_with(monkeypatch, lambda _params: 6)

    assert fit_excerpts(RankingParams(), BUNDLED).excerpt_opening is None


def test_loads_score_weighs_right_answers_as_much_as_every_abstention_together() -> None:
    rates = {"answerable": 1.0, "unanswerable": 0.0, "offtopic": 1.0}
    kinds = {"answerable": 10, "unanswerable": 3, "offtopic": 1}

    assert loads_score(rates, kinds) == pytest.approx((1.0 + 1 / 4) / 2)


def test_the_topic_prior_kept_is_best_on_average_over_loads_and_the_smaller_of_equals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def rates(answer: float, abstain: float) -> dict[str, float]:
        return {"answerable": answer, "unanswerable": abstain, "offtopic": abstain}

    table = {
        0.0: {2: rates(0.75, 0.5), 31: rates(0.5, 0.25)},  # 0.5 on average
        0.5: {2: rates(0.75, 0.75), 31: rates(0.75, 0.5)},  # 0.6875
        1.0: {2: rates(0.75, 1.0), 31: rates(0.5, 0.75)},  # 0.75, the best
        1.25: {2: rates(0.5, 1.0), 31: rates(0.5, 1.0)},  # 0.75 too: of equals, the smaller prior is kept
        1.5: {2: rates(1.0, 1.0), 31: rates(0.25, 0.25)},  # 0.625: the best with 2 loaded only
    }
    monkeypatch.setattr(eval.fit, "loads_table", lambda _model, _sets: table)
    # One question of each kind, so the kinds weigh alike.
    items = (Item("a", ("x",), "answerable"), Item("u", None, "unanswerable"), Item("o", None, "offtopic"))
    sets = [QuestionSet("three", "three", BUNDLED_INTERVIEW, items)]

    assert fit_topic_prior(Model(), sets, log=lambda _line: None) == 1.0
