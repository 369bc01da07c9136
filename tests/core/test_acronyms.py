"""Abbreviations are their words' initials: found in an interview's text, spelled by a question's words."""

from bot.core.acronyms import abbreviations, initials, name_initials


def test_abbreviations_are_short_words_with_two_capitals_folded_like_any_word() -> None:
    assert abbreviations("We ship OSS for IoT and ADCs, said Alice in Paris.") == {"oss", "iot", "adc"}


def test_a_capitalised_name_gives_its_initials_without_the_small_words() -> None:
    found = name_initials("They follow Good Manufacturing Practices at the Center of Excellence.")

    assert found == {"gmp", "ce"}


def test_initials_of_a_run_of_words() -> None:
    assert initials(["open", "source", "software"]) == "oss"
