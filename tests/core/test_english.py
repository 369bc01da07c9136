"""General-English word frequency tells a casual word from a rare one, and says 0 for words it never saw."""

import pytest

from bot.core.english import zipf


def test_the_commonest_words_score_highest_on_the_zipf_scale() -> None:
    assert 7 <= zipf("the") <= 8
    assert zipf("the") > zipf("tell") > zipf("weather") > zipf("bioreactors")


@pytest.mark.parametrize("word", ["tell", "weather", "company", "revenue", "pizza"])
def test_everyday_words_are_known(word: str) -> None:
    assert 1 < zipf(word) < 7


@pytest.mark.parametrize("word", ["xqzv", "biodlink", "", "a" * 200])
def test_a_word_outside_the_list_scores_zero(word: str) -> None:
    assert zipf(word) == 0.0
