"""Shortening at a word boundary and splitting answers into sentences without breaking dates or quotes."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.text import ELLIPSIS, paragraphs, shorten, split_sentences

SENTENCE = "The quick brown fox jumps over the lazy dog"


def test_shorten_leaves_text_that_fits_untouched_apart_from_whitespace() -> None:
    assert shorten("  The quick\n brown   fox ", 100) == "The quick brown fox"


def test_shorten_keeps_text_exactly_at_the_limit() -> None:
    assert shorten(SENTENCE, len(SENTENCE)) == SENTENCE


def test_shorten_cuts_at_the_last_whole_word_and_marks_the_cut() -> None:
    assert shorten(SENTENCE, 20) == "The quick brown fox…"
    assert shorten(SENTENCE, 19) == "The quick brown…"


def test_shorten_does_not_leave_a_comma_before_the_ellipsis() -> None:
    assert shorten("First, second, third, fourth", 16) == "First, second…"


def test_shorten_cuts_a_single_overlong_word_because_there_is_no_boundary() -> None:
    assert shorten("Supercalifragilistic", 10) == "Supercali…"


@pytest.mark.parametrize(("limit", "expected"), [(1, ELLIPSIS), (0, "")])
def test_shorten_to_almost_nothing_gives_at_most_the_ellipsis(limit: int, expected: str) -> None:
    assert shorten(SENTENCE, limit) == expected


def test_shorten_can_use_another_placeholder() -> None:
    assert shorten(SENTENCE, 20, placeholder="...") == "The quick brown..."


word = st.text(alphabet=st.characters(categories=["L", "N", "P"]), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(word, min_size=1, max_size=40), limit=st.integers(min_value=14, max_value=200))
def test_shorten_never_exceeds_the_limit_and_never_cuts_a_word(words: list[str], limit: int) -> None:
    text = " ".join(words)

    short = shorten(text, limit)

    assert len(short) <= limit
    if short == text:
        return
    assert short.endswith(ELLIPSIS)
    head = short.removesuffix(ELLIPSIS)
    assert text.startswith(head)
    assert not text[len(head)].isalnum()


def test_a_numbered_list_items_mark_stays_with_its_sentence() -> None:
    answer = "Three things:\n\n1. Put yourself out there.\n\n2. Find mentors. They help."

    assert split_sentences(answer) == [
        "Three things:",
        "1. Put yourself out there.",
        "2. Find mentors.",
        "They help.",
    ]


def test_split_sentences_splits_at_full_stops_question_and_exclamation_marks() -> None:
    assert split_sentences("We grew. Did we? Yes! By 144%.") == ["We grew.", "Did we?", "Yes!", "By 144%."]


def test_split_sentences_keeps_a_dotted_date_inside_its_sentence() -> None:
    text = "This interview was published on 09.12.2024 (9 December 2024). It is tagged China."

    assert split_sentences(text) == [
        "This interview was published on 09.12.2024 (9 December 2024).",
        "It is tagged China.",
    ]


@pytest.mark.parametrize("abbreviation", ["e.g.", "i.e.", "U.S.", "Dr.", "No."])
def test_split_sentences_does_not_end_a_sentence_at_an_abbreviation(abbreviation: str) -> None:
    text = f"We serve firms, {abbreviation} Genentech and others. Then more."

    assert split_sentences(text) == [f"We serve firms, {abbreviation} Genentech and others.", "Then more."]


def test_split_sentences_keeps_a_quotation_that_ends_a_paragraph_inside_its_sentence() -> None:
    text = 'Liu emphasises quality, stating, "Our mission is to deliver exceptional value."'

    assert split_sentences(text) == [text]


def test_split_sentences_never_splits_inside_curly_quotes_without_a_sentence_end() -> None:
    text = "It made biosimilars, both “me-too” and “me-better” products. Then it changed."

    assert split_sentences(text) == [
        "It made biosimilars, both “me-too” and “me-better” products.",
        "Then it changed.",
    ]


def test_split_sentences_keeps_the_closing_quote_of_a_quoted_sentence_followed_by_another() -> None:
    text = 'He said, "We will expand." Then he left.'

    assert split_sentences(text) == ['He said, "We will expand."', "Then he left."]


def test_split_sentences_never_joins_two_paragraphs_and_flattens_line_breaks() -> None:
    text = "First paragraph\nwraps here\n\n\nSecond paragraph"

    assert split_sentences(text) == ["First paragraph wraps here", "Second paragraph"]


def test_split_sentences_of_blank_text_is_empty() -> None:
    assert split_sentences("  \n\n ") == []


def test_paragraphs_are_split_at_blank_lines_and_flattened() -> None:
    assert paragraphs("one\ntwo\n\n  \n\nthree ") == ["one two", "three"]


def test_the_sentences_of_every_bundled_answer_rejoin_into_its_paragraphs(knowledge) -> None:
    for entry in knowledge:
        rejoined = " ".join(split_sentences(entry.answer))
        assert rejoined == " ".join(paragraphs(entry.answer)), entry.id
        for sentence in split_sentences(entry.answer):
            assert re.match(r"[A-Z0-9“\"]", sentence), (entry.id, sentence)
