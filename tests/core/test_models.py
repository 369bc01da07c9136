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
    "printed",
    ["31.02.2024", "12/09/2024", "2024.12.09", "yesterday", "9th December 2024", "18", "Summer 2018", "0000"],
)
def test_a_published_date_that_does_not_parse_is_rejected_with_an_example_of_the_format(printed: str) -> None:
    with pytest.raises(ValidationError) as raised:
        interview(published=printed)

    [error] = raised.value.errors()
    assert error["loc"] == ("published",)
    assert (
        "not a date in a known format (e.g. 09.12.2024 for 9 December 2024, June 2024 or 2024)"
        in error["msg"]
    )


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


@pytest.mark.parametrize(
    ("printed", "spelt_out", "first_day"),
    [
        ("2018", "2018", date(2018, 1, 1)),
        ("June 2018", "June 2018", date(2018, 6, 1)),
        ("Jun 2018", "June 2018", date(2018, 6, 1)),
        ("2018-06", "June 2018", date(2018, 6, 1)),
    ],
)
def test_a_year_or_a_month_is_shown_as_printed_and_sorts_from_its_first_day(
    printed: str, spelt_out: str, first_day: date
) -> None:
    published = interview(published=printed)

    assert (published.published_long, published.published_on) == (spelt_out, first_day)


def test_an_interview_without_a_date_says_so_rather_than_inventing_one() -> None:
    undated = interview(published=None)

    assert (undated.published_long, undated.published_on) == ("date not given", None)


def test_only_id_title_and_interviewee_are_required_and_replies_use_what_is_there() -> None:
    bare = Interview(id="faq", title="The FAQ", interviewee="Acme support")

    assert (bare.role, bare.organisation, bare.headline_quote, bare.standfirst, bare.source) == (None,) * 5
    assert bare.attribution == "Acme support"
    assert bare.cited_as == "The FAQ"
    assert interview().attribution == "Ada Lovelace, Analyst, Engines Ltd"
    assert interview(organisation=None).attribution == "Ada Lovelace, Analyst"
    assert interview().cited_as == "Test source"


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("14 March 2025", "A test interview, published 14 March 2025"),
        ("09.12.2024", "A test interview, published 9 December 2024"),
        ("June 2018", "A test interview, published June 2018"),
        ("2018", "A test interview, published 2018"),
        (None, "A test interview"),
    ],
)
def test_an_interview_without_a_source_is_cited_by_its_title_and_when_it_was_published(
    printed: str | None, cited: str
) -> None:
    assert interview(source=None, published=printed).cited_as == cited


def test_a_source_line_is_cited_as_written_whatever_the_date() -> None:
    assert interview(source="Engines Weekly, issue 4", published="2018").cited_as == "Engines Weekly, issue 4"


def test_a_pair_keeps_further_phrasings_of_its_question_as_examples() -> None:
    taught = pair(examples=["  what machines do you make?  ", "what is your product"])

    assert taught.examples == ("what machines do you make?", "what is your product")
    assert pair().examples == ()


def test_terms_and_quotes_may_be_empty() -> None:
    assert (pair(terms=[], quotes=[]).terms, pair(terms=[], quotes=[]).quotes) == ((), ())
