"""The visible text of a line: Markdown's markup, links and template tags reduced to the words shown."""

import pytest

from bot.importer.sources import read_source
from bot.importer.sources.inline import inline_text
from tests.importer.conftest import FIXTURES


def test_markdown_markup_is_removed_but_the_words_are_kept() -> None:
    line = "We use **open** data, _always_, see [our map](https://example.org) and `code` ![logo](x.png)"

    assert inline_text(line) == "We use open data, always, see our map and code"


def test_snake_case_and_lone_asterisks_are_not_taken_for_emphasis() -> None:
    assert inline_text("the file_name_here and 5 * 3 * 2") == "the file_name_here and 5 * 3 * 2"


@pytest.mark.parametrize("blank", ["___", "_____", "________"])
def test_a_run_of_underscores_alone_is_a_blank_to_fill_in_not_emphasis(blank: str) -> None:
    assert inline_text(f"Sign here: {blank}. Then the *date*.") == f"Sign here: {blank}. Then the date."


def test_reference_links_keep_their_words_and_their_definitions_and_comments_are_never_shown() -> None:
    source = read_source((FIXTURES / "reference_links.md").read_text(encoding="utf-8"))
    texts = [block.text for block in source.blocks]

    assert texts[1] == "Ivar Holm has steered the night ferry for twelve years."
    assert "Mostly diesel, and a battery bank we added last spring for the harbour approach." in texts
    assert texts[-1] == "Tide tables, and the Sailor's Almanac when it is quiet."
    assert not any("example.org" in text or "Draft notes" in text for text in texts)


@pytest.mark.parametrize(
    "line",
    [
        "**More on boats:** [The ferry that runs on batteries](https://example.org/ferry)",
        "READ MORE: [Locks](/locks)",
    ],
)
def test_a_line_of_links_to_related_stories_is_dropped(line: str) -> None:
    source = read_source(f"The keeper spoke to us.\n\n{line}")

    assert [block.text for block in source.blocks] == ["The keeper spoke to us."]


def test_a_table_of_chapters_whose_links_hold_escaped_brackets_is_dropped_as_links_alone() -> None:
    text = (
        "- [\\[00:01:36\\] Starting out](#000136-starting-out)\n"
        "- [\\[00:03:03\\] The first engine](#000303-the-first-engine)\n\n"
        "The keeper spoke to us.\n\n"
        "See the [\\[00:03:03\\] chapter](#000303) for more."
    )
    source = read_source(text)

    assert [block.text for block in source.blocks] == [
        "The keeper spoke to us.",
        "See the [00:03:03] chapter for more.",
    ]


def test_a_sentence_before_a_link_is_kept() -> None:
    source = read_source("My advice: [read the tide tables](https://example.org/tides).")

    assert [block.text for block in source.blocks] == ["My advice: read the tide tables."]


def test_kramdown_attributes_are_markup_and_a_link_with_brackets_in_its_address_keeps_its_words() -> None:
    source = read_source((FIXTURES / "kramdown_attributes_and_wiki_links.md").read_text(encoding="utf-8"))
    texts = [block.text for block in source.blocks]

    assert texts == [
        "Tom Berg [TB]: You named your first boat after a record, didn't you?",
        "Ann Marsh [AM]: I did, after Tidewater, which my father played every Sunday.",
        "TB: And who taught you to sail her?",
        "AM: A neighbour, Ivo Brandt from the next pier.",
    ]


def test_a_format_spec_in_an_answer_is_no_kramdown_attribute() -> None:
    assert (
        inline_text('I print it with "{:.2f}".format(rate) {: .answer }')
        == 'I print it with "{:.2f}".format(rate)'
    )
