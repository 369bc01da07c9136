"""General-English word frequency tells a casual word from a rare one, and says 0 for words it never saw."""

import pytest

from bot.core.english import intended, spellings, zipf


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


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("licence", "license"),
        ("license", "licence"),
        ("colour", "color"),
        ("behavior", "behaviour"),
        ("organisation", "organization"),
        ("analyze", "analyse"),
        ("centre", "center"),
        ("catalogue", "catalog"),
        ("travelled", "traveled"),
        ("programme", "program"),
    ],
)
def test_a_word_has_its_spelling_in_the_other_standard(word: str, other: str) -> None:
    assert other in spellings(word)


@pytest.mark.parametrize("word", ["for", "four", "door", "motor", "offer"])
def test_short_words_and_words_outside_the_rules_have_no_other_spelling(word: str) -> None:
    assert spellings(word) == []
