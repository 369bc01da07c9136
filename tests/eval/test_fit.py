"""The fit's guard: a ranking must keep finding each pair by its own question, asked word for word."""

from bot.core.params import RankingParams
from bot.settings import DEFAULT_KNOWLEDGE_DIR
from eval.corpus import QuestionSet
from eval.fit import own_questions_first

BUNDLED = [QuestionSet("bundled", "biodlink-jun-liu-2024", DEFAULT_KNOWLEDGE_DIR, ())]


def test_the_default_ranking_finds_every_bundled_pair_by_its_own_question() -> None:
    assert own_questions_first(RankingParams(), BUNDLED) == 1.0


def test_a_ranking_blind_to_the_question_loses_pairs_its_own_question_would_find() -> None:
    blind = RankingParams(
        field_weights={"question": 0.0, "answer": 1.0, "terms": 0.0},
        rerank={"about": 1.0},
    )

    assert own_questions_first(blind, BUNDLED) < 1.0
