"""Abbreviations the interview spells out become the draft's glossary."""

from bot.importer import import_text
from bot.importer.glossary import defined_abbreviations
from tests.deadline import finishes_within


def test_an_abbreviation_in_brackets_after_the_words_it_abbreviates_is_defined() -> None:
    text = "We focus on antibody drug conjugates (ADCs) and Good Manufacturing Practices (GMP)."

    assert defined_abbreviations([text]) == {
        "ADC": ("antibody drug conjugates",),
        "GMP": ("Good Manufacturing Practices",),
    }


def test_small_words_between_the_initials_belong_to_the_long_form() -> None:
    texts = ["a contract development and manufacturing organisation (CDMO)", "the Center of Excellence (CoE)"]

    assert defined_abbreviations(texts) == {
        "CDMO": ("contract development and manufacturing organisation",),
        "CoE": ("Center of Excellence",),
    }


def test_a_name_in_brackets_or_initials_that_spell_nothing_before_them_define_nothing() -> None:
    texts = ["my employer (Mozilla) lets me", "we met in the spring (USA) of that year"]

    assert defined_abbreviations(texts) == {}


def test_the_draft_carries_the_glossary_and_the_review_list_names_it() -> None:
    text = (
        "**What do you make?**\n\nWe make antibody drug conjugates (ADCs) for clients.\n\n"
        "**Where?**\n\nIn Suzhou, to Good Manufacturing Practices (GMP).\n"
    )
    draft = import_text(text, name="plant.md")

    assert dict(draft.knowledge.glossary) == {
        "ADC": ("antibody drug conjugates",),
        "GMP": ("Good Manufacturing Practices",),
    }
    assert any(line.startswith("glossary: 2 abbreviation(s)") for line in draft.review)


def test_a_long_paragraph_without_brackets_is_read_in_linear_time() -> None:
    # The long form was a lazy run in the pattern, retried from every character after the last bracket:
    # 100,000 characters without one took minutes, a run of 5,000 spaces about a minute (cubic there).
    # Both now take milliseconds; the guard only stops a regression from hanging the suite.
    texts = ["antibody drug conjugates (ADCs), and " + "we make them " * 8_000, "(GMP)" + " " * 5_000]

    with finishes_within(20, "reading abbreviations"):
        found = defined_abbreviations(texts)

    assert found == {"ADC": ("antibody drug conjugates",)}
