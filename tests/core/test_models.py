"""The knowledge models: dates as printed, quotes that are the interviewee's exact words."""

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from bot.core.models import Interview, KnowledgeFile, Pair


def interview(**changes: Any) -> Interview:
    fields: dict[str, Any] = {
        "id": "test-interview",
        "title": "A test interview",
        "interviewee": "Ada Lovelace",
        "role": "Analyst",
        "organisation": "Engines Ltd",
        "published": "09.12.2024",
        "headline_quote": "Numbers are poetry",
        "standfirst": "A short standfirst.",
        "source": "Test source",
    }
    return Interview(**{**fields, **changes})


def pair(**changes: Any) -> Pair:
    fields: dict[str, Any] = {
        "id": "engines",
        "question": "What do you build?",
        "answer": "We build analytical engines.\nThey weave algebraic patterns.",
        "terms": ["engines"],
        "quotes": ["We build analytical engines."],
    }
    return Pair(**{**fields, **changes})


@pytest.mark.parametrize(
    "printed",
    ["09.12.2024", "2024-12-09", "9 December 2024", "09 December 2024", "December 9, 2024"],
)
def test_a_published_date_in_any_printed_format_means_the_same_day(printed: str) -> None:
    assert interview(published=printed).published_on == date(2024, 12, 9)


def test_a_dotted_date_is_read_day_first() -> None:
    assert interview(published="01.02.2024").published_on == date(2024, 2, 1)


def test_the_published_date_is_kept_exactly_as_printed() -> None:
    assert interview(published="09.12.2024").published == "09.12.2024"


@pytest.mark.parametrize(
    ("printed", "spelt_out"),
    [
        ("09.12.2024", "9 December 2024"),
        ("01.02.2024", "1 February 2024"),
        ("2023-11-30", "30 November 2023"),
    ],
)
def test_published_long_spells_out_the_month_without_a_leading_zero(printed: str, spelt_out: str) -> None:
    assert interview(published=printed).published_long == spelt_out


@pytest.mark.parametrize(
    "printed", ["31.02.2024", "12/09/2024", "2024.12.09", "yesterday", "9th December 2024"]
)
def test_a_published_date_that_does_not_parse_is_rejected_with_an_example_of_the_format(printed: str) -> None:
    with pytest.raises(ValidationError) as raised:
        interview(published=printed)

    [error] = raised.value.errors()
    assert error["loc"] == ("published",)
    assert "not a date in a known format (e.g. 09.12.2024 for 9 December 2024)" in error["msg"]


def test_a_pair_is_a_qa_pair_unless_it_says_otherwise() -> None:
    assert pair().kind == "qa"
    assert pair(kind="about").kind == "about"


def test_a_quote_matches_the_answer_across_different_line_breaks() -> None:
    folded = pair(quotes=["We build analytical\n   engines. They weave"])

    assert folded.quotes == ("We build analytical\n   engines. They weave",)


def test_a_quote_that_rewords_the_answer_is_rejected() -> None:
    with pytest.raises(ValidationError, match="quote is not a verbatim part of the answer"):
        pair(quotes=["We build engines."])


def test_text_fields_are_stripped_and_may_not_be_blank() -> None:
    assert pair(question="  What do you build?  ").question == "What do you build?"
    with pytest.raises(ValidationError):
        pair(question="   ")


def test_an_unknown_field_is_rejected_rather_than_ignored() -> None:
    with pytest.raises(ValidationError, match="extra"):
        pair(quote=["We build analytical engines."])


def test_pair_ids_must_be_unique_within_a_file() -> None:
    with pytest.raises(ValidationError, match="duplicate id 'engines'"):
        KnowledgeFile(interview=interview(), pairs=(pair(), pair(question="Again?")))


def test_a_file_needs_at_least_one_pair() -> None:
    with pytest.raises(ValidationError):
        KnowledgeFile(interview=interview(), pairs=())
