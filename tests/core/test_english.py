"""General-English word frequency tells a casual word from a rare one, and says 0 for words it never saw."""

import pytest

from bot.core.english import intended, zipf


def test_the_commonest_words_score_highest_on_the_zipf_scale() -> None:
    assert 7 <= zipf("the") <= 8
    assert zipf("the") > zipf("tell") > zipf("weather") > zipf("bioreactors")


@pytest.mark.parametrize("word", ["tell", "weather", "company", "revenue", "pizza"])
def test_everyday_words_are_known(word: str) -> None:
    assert 1 < zipf(word) < 7


@pytest.mark.parametrize("word", ["xqzv", "biodlink", "", "a" * 200])
def test_a_word_outside_the_list_scores_zero(word: str) -> None:
    assert zipf(word) == 0.0


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("wen", "when"), ("wat", "what"), ("hw", "how"), ("meny", "many"), ("waht", "what"), ("wher", "where")],
)
def test_a_slip_of_a_function_word_is_read_as_the_word_meant(typed: str, meant: str) -> None:
    assert intended(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"), [("comhpany", "company"), ("salray", "salary"), ("interiewing", "interviewing")]
)
def test_a_slip_of_a_word_english_knows_well_is_read_as_that_word(typed: str, meant: str) -> None:
    assert intended(typed) == meant


@pytest.mark.parametrize("word", ["when", "bioreactor", "two", "adc", "biodlink", "2024", "x"])
def test_a_word_as_common_as_its_neighbours_or_far_from_any_is_left_as_typed(word: str) -> None:
    assert intended(word) == word
