"""A paragraph's lines: which start a block of their own, and a word broken at a line's end made whole."""

import pytest

from bot.importer.sources import read_source
from tests.importer.conftest import FIXTURES
from tests.importer.sources.conftest import texts


def test_labels_on_consecutive_lines_start_separate_blocks() -> None:
    assert texts("**Q: Why?**\n**A.** Because.\nIt works.") == ["Q: Why?", "A. Because. It works."]


def test_questions_on_lines_of_their_own_over_their_answers_part_a_paragraph_into_turns() -> None:
    page = "Our lead.\n\nWhy now?\nBecause it is time. We waited.\nWhat next?\nMore work, and\nsoon.\n"

    assert texts(page) == [
        "Our lead.",
        "Why now?",
        "Because it is time. We waited.",
        "What next?",
        "More work, and soon.",
    ]


def test_a_wrapped_paragraph_with_one_whole_question_on_a_line_stays_one_paragraph() -> None:
    page = (
        "Intro.\n\nWe asked the crew about it.\nWhy would anyone row at night?\n"
        "The answer was the tide, which\nturns late in the summer.\n"
    )

    assert texts(page) == [
        "Intro.",
        "We asked the crew about it. Why would anyone row at night? The answer was the tide, which turns late"
        " in the summer.",
    ]


@pytest.mark.parametrize(
    ("fixture", "question"),
    [
        ("teaser_over_the_first_question_line.txt", "How did you come to boatbuilding?"),
        ("teaser_over_the_first_labelled_question.txt", "HARBOUR NOTES: How did you come to boatbuilding?"),
    ],
)
def test_the_first_question_on_the_line_under_the_teaser_is_a_paragraph_of_its_own(
    fixture: str, question: str
) -> None:
    found = texts((FIXTURES / fixture).read_text(encoding="utf-8"))

    assert found[1:3] == [
        "Ines Varga has run the ferry repair yard at Skarv for twenty years. We asked her about the new ferry"
        " and the winters.",
        question,
    ]


def test_a_wrapped_lead_over_a_question_line_stays_one_paragraph_without_questions_after_it() -> None:
    page = (
        "Intro.\n\nWe asked the crew about the night rowing in May.\nWhy would anyone row at night?\n\n"
        "The tide.\n"
    )

    assert texts(page)[1] == "We asked the crew about the night rowing in May. Why would anyone row at night?"


@pytest.mark.parametrize(
    "dateline",
    [
        "Published March 2021",
        "Date: 3 June 2020",
        "Posted on 2019-05-12 by Ann Marsh",
        "By Ann Marsh | 12 May 2019",
        "By Ann Marsh",
        "April 2018",
        # a weekday before the date, a forum's byline by a user name, a log's place after the date
        "Thursday, 14 September 2023",
        "Posted by admin on 5 January 2024",
        "Logged 2 March 2024 in #fennel",
        "Recorded 14 August 1998 at the miners' welfare hall",
    ],
)
def test_a_dateline_or_byline_under_the_title_is_a_line_of_its_own(dateline: str) -> None:
    assert texts(f"Sails and how they are made\n{dateline}\n\nQ: Why sails?\nA: Wind.") == [
        "Sails and how they are made",
        dateline,
        "Q: Why sails?",
        "A: Wind.",
    ]


def test_a_wrapped_sentence_is_not_split_at_a_line_that_mentions_a_date() -> None:
    text = "We opened the shop in\nMay 2019 and by the end of the year\nby then we had moved."

    assert texts(text) == ["We opened the shop in May 2019 and by the end of the year by then we had moved."]


def test_a_header_printed_without_blank_lines_reads_as_title_and_byline() -> None:
    source = read_source((FIXTURES / "header_lines_run_together.txt").read_text())

    assert [block.text for block in source.blocks[:3]] == [
        "Stitching sails by hand",
        "By Tess Harlow | 9 October 2017",
        "Q: How long does one sail take to stitch?",
    ]


def test_a_word_hyphenated_at_a_line_break_is_printed_whole_again() -> None:
    found = texts((FIXTURES / "hyphenated_line_breaks.txt").read_text())

    assert found[0] == "Q: What made you start restoring old bicycles?"
    assert found[1].startswith("A: A neighbour left a rusted frame out for collection, and")
    assert "It was a state-of-the-art racer in its day, and a well-known make." in found[1]
    assert "never manufactured again" in found[3]


def test_a_recorded_dateline_under_the_title_is_a_line_of_its_own() -> None:
    texts = [
        block.text
        for block in read_source((FIXTURES / "recorded_dateline_under_title.txt").read_text()).blocks
    ]

    assert texts[:2] == ["Stories from the Signal Box", "Recorded 11 May 2003"]


@pytest.mark.parametrize(
    ("paragraph", "question", "answer"),
    [
        ("**Q:** Why boats? **A:** Because of my father.", "Q: Why boats?", "A: Because of my father."),
        ("**Q.** Why boats? **A.** Because of my father.", "Q. Why boats?", "A. Because of my father."),
        (
            "Q. Tell us about boats. A. My father built them.",
            "Q. Tell us about boats.",
            "A. My father built them.",
        ),
        ("Question: Why boats? Answer: Because.", "Question: Why boats?", "Answer: Because."),
    ],
)
def test_a_question_label_opening_a_paragraph_splits_it_at_the_answer_label(
    paragraph: str, question: str, answer: str
) -> None:
    assert texts(f"Boats\n\n{paragraph}\n") == ["Boats", question, answer]


@pytest.mark.parametrize(
    "paragraph",
    [
        # an "A." inside a sentence is an initial or a grade, not the answer's label
        "Q. Did you meet John A. Smith there? Yes, and he helped.",
        "Q: Was it in Block A. or Block B?",
    ],
)
def test_an_a_inside_the_labelled_question_is_no_answer_label(paragraph: str) -> None:
    assert texts(f"Boats\n\n{paragraph}\n") == ["Boats", paragraph]


def test_a_word_a_pdf_converter_broke_with_a_space_after_its_hyphen_is_printed_whole_again() -> None:
    found = texts((FIXTURES / "pdf_converted_markdown_spaced_breaks.md").read_text())

    assert "I wanted to be a telephone engineer, and I spent two winters" in found[4]
    assert "A small pilot launch with a temperamental engine." in found[6]
    # A hyphen a word is left out after on purpose stays: its halves make no word.
    assert "Some of the pre- and post-war hulls in the yard" in found[6]


def test_a_compound_a_converter_broke_after_one_of_its_hyphens_is_left_as_it_is() -> None:
    assert texts("They played for two-and- a-half hours.") == ["They played for two-and- a-half hours."]


def test_a_speakers_false_start_between_two_common_words_is_no_word_broken_in_two() -> None:
    found = texts((FIXTURES / "transcript_false_starts_after_a_hyphen.txt").read_text())

    # "inthe" and "ofthe" are in the word list as typos, far rarer than "in", "of" and "the".
    assert "By morning the sea was in- the whole yard was under water" in found[1]
    assert "it was a kind of- the first time" in found[3]
    assert "behind the new harbour wall" in found[3]
