"""The header: "Key: value" lines and front matter are metadata, not text."""

import pytest

from bot.importer.sources import read_source
from tests.importer.conftest import FIXTURES


def test_a_header_of_fields_before_a_rule_is_read_as_metadata_not_text() -> None:
    source = read_source("Title: Quiet machines\nInterviewee: Ada Lovelace\nNotes: none\n---\n\nQ: Why?\n")

    assert source.fields == {"title": "Quiet machines", "interviewee": "Ada Lovelace", "notes": "none"}
    assert [block.text for block in source.blocks] == ["Q: Why?"]


def test_front_matter_is_read_as_metadata() -> None:
    source = read_source('---\ntitle: "Quiet machines"\ndate: 2021-03-14\n---\nQ: Why?\n')

    assert source.fields == {"title": "Quiet machines", "date": "2021-03-14"}


def test_a_first_paragraph_of_known_fields_is_a_header_without_a_rule() -> None:
    source = read_source("Title: Quiet machines\nDate: June 2018\n\nQ: Why?\n")

    assert source.fields == {"title": "Quiet machines", "date": "June 2018"}
    assert [block.text for block in source.blocks] == ["Q: Why?"]


@pytest.mark.parametrize(
    "line",
    [
        "Original URL: https://x.example/a-talk",
        "Source: https://x.example/a-talk",
        "Link: <https://x.example/a-talk>",
    ],
)
def test_a_labelled_web_address_opening_the_page_is_where_it_came_from_not_text(line: str) -> None:
    source = read_source(f"{line}\nInterview with Ann Lee\n\nQ: Why?\n")

    assert source.fields == {"original url": "https://x.example/a-talk"}
    assert [block.text for block in source.blocks] == ["Interview with Ann Lee", "Q: Why?"]


def test_an_answer_that_starts_with_a_label_like_phrase_is_not_a_header() -> None:
    source = read_source("Note: this is an answer.\n\nMore of it.")

    assert source.fields == {}
    assert len(source.blocks) == 2


def test_front_matter_lists_are_read_as_comma_separated_values() -> None:
    source = read_source(
        "---\ntitle: Quiet machines\ntags:\n  - engines\n  - 'looms'\ndraft: false\n---\nQ: Why?\n"
    )

    assert source.fields == {"title": "Quiet machines", "tags": "engines, looms", "draft": "false"}


def test_a_paragraph_of_known_fields_under_a_title_line_is_the_header_and_keeps_the_title() -> None:
    source = read_source((FIXTURES / "title_over_header_fields.txt").read_text())

    assert source.fields == {
        "title": "Valley Orchards Recordings, Tape 3",
        "interviewee": "Hetty Moran",
        "interviewer": "Paul Essien",
        "date": "2 October 2011",
    }
    assert source.blocks[0].text == "Interviewer: When did your family plant the first trees?"


def test_a_title_line_directly_over_header_fields_is_the_headers_title() -> None:
    source = read_source(
        'Transcript — "Small Rooms", episode 12\nGuest: Beatriz Souza, theatre director\nDate: 2021-04-22\n\n'
        "Kim Tran: Why such a small theatre?\nBeatriz Souza: Because you hear the actors breathe.\n"
    )

    assert source.fields == {
        "title": 'Transcript — "Small Rooms", episode 12',
        "guest": "Beatriz Souza, theatre director",
        "date": "2021-04-22",
    }
    assert source.blocks[0].text == "Kim Tran: Why such a small theatre?"
