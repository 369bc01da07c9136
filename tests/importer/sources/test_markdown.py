"""Markdown and plain text to blocks: emphasis, fences, quotes, lead-ins, signatures, counters, lists."""

import pytest

from bot.importer.sources import read_source
from bot.importer.sources.blocks import Block
from tests.importer.conftest import FIXTURES
from tests.importer.sources.conftest import texts


def test_a_code_fence_marks_a_block_and_is_no_text_of_its_own() -> None:
    text = "What was hard?\n\n```\nMara Odell\n\nThe weight, mostly.\n```\n\n~~~ text\nAnd the cold.\n~~~"

    assert texts(text) == ["What was hard?", "Mara Odell", "The weight, mostly.", "And the cold."]


def test_headings_bold_and_italic_paragraphs_are_marked() -> None:
    source = read_source("# Title\n\n**A bold line?**\n\n_An italic lead._\n\nPlain text.")

    assert source.blocks == [
        Block("Title", "heading"),
        Block("A bold line?", "bold"),
        Block("An italic lead.", "italic"),
        Block("Plain text."),
    ]


@pytest.mark.parametrize(
    "marked", ["***The worst storm you sailed in***", "___The worst storm you sailed in___"]
)
def test_a_paragraph_in_bold_and_italic_at_once_is_marked_bold(marked: str) -> None:
    assert read_source(f"{marked}\n\nJanuary 2015.").blocks == [
        Block("The worst storm you sailed in", "bold"),
        Block("January 2015."),
    ]


def test_a_text_without_blank_lines_reads_each_line_as_a_paragraph() -> None:
    assert texts("Intro line here.\nWhy now?\nBecause it is time.\nWhat next?\nMore work.") == [
        "Intro line here.",
        "Why now?",
        "Because it is time.",
        "What next?",
        "More work.",
    ]


def test_block_quoted_markdown_is_read_as_its_text() -> None:
    assert texts("> **Q: Why?**\n>\n> Because it works.\n") == ["Q: Why?", "Because it works."]


def test_a_bold_question_opening_paragraphs_is_set_apart_only_where_the_page_does_it_three_times() -> None:
    once = "Boats\n\n**Why boats?** My father built them.\n\nHe sold them too."
    thrice = "**Why boats?** My father.\n\n**And you?** The coast.\n\n**Ever sunk?** Once."

    assert [(block.text, block.emphasis) for block in read_source(once).blocks] == [
        ("Boats", "plain"),
        ("Why boats? My father built them.", "plain"),
        ("He sold them too.", "plain"),
    ]
    assert [block.emphasis for block in read_source(thrice).blocks] == ["bold", "plain"] * 3


def test_a_web_address_alone_on_its_line_is_dropped_unless_a_sentence_runs_through_it() -> None:
    source = read_source((FIXTURES / "transcript_source_url.txt").read_text(encoding="utf-8"))

    assert [block.text for block in source.blocks][-3:] == [
        "MINISTER: In March, if the piles go in before the winter storms.",
        "HOST: And what will it cost?",
        "MINISTER: Forty million dollars, shared with the council. The full plan is at"
        " www.ports.example.gov/wharf for anyone who wants the detail.",
    ]
    assert source.dropped == [
        "https://www.ports.example.gov/wharf/timeline",
        "http://www.ports.example.gov/media/transcript-4711",
    ]
    assert texts("Sign up for the tours at\n\nhttps://ports.example.gov/tours") == [
        "Sign up for the tours at https://ports.example.gov/tours"
    ]


def test_a_list_of_links_under_a_question_is_its_answer_and_elsewhere_navigation() -> None:
    source = read_source(
        "- [Home](/)\n- [Interviews](/interviews)\n\n"
        "## Which sites do you read for news?\n\n"
        "- [Ride Channel](https://ride.example)\n- [The Berrics](https://berrics.example)\n\n"
        "## What do you think of the rules?\n\n"
        "Funny. Generally true, but meant to be broken.\n\n"
        "- [Next interview](/next)\n"
    )

    assert [block.text for block in source.blocks] == [
        "Which sites do you read for news?",
        "Ride Channel",
        "The Berrics",
        "What do you think of the rules?",
        "Funny. Generally true, but meant to be broken.",
    ]
    assert source.dropped == ["Home", "Interviews", "Next interview"]


def test_a_printed_bullet_before_a_line_marks_an_item_of_a_list_as_markdowns_do() -> None:
    text = "■ Why cassava?\nIt grows everywhere and the starch is cheap.\n\n▶ Who buys them?\nJuice bars."

    assert read_source(text).blocks == [
        Block("Why cassava?", mark="■"),
        Block("It grows everywhere and the starch is cheap."),
        Block("Who buys them?", mark="▶"),
        Block("Juice bars."),
    ]


def test_a_dash_and_a_name_under_an_answer_sign_it_and_are_dropped_but_dash_dialogue_stays() -> None:
    column = (
        "How do I stop my rice going mushy?\n\n"
        "Rinse it until the water runs clear.\n—Amara\n\n"
        "Can I freeze fresh herbs?\n\n"
        "Chop them and cover them with olive oil.\n\n— Amara Diallo, Leeds"
    )
    dialogue = "— Who taught you?\n— Jem Harlow\n\n— Did he pay you?\n\n— Never"

    source = read_source(column)
    assert [block.text for block in source.blocks] == [
        "How do I stop my rice going mushy?",
        "Rinse it until the water runs clear.",
        "Can I freeze fresh herbs?",
        "Chop them and cover them with olive oil.",
    ]
    assert source.dropped == ["—Amara", "— Amara Diallo, Leeds"]
    assert texts(dialogue) == ["Who taught you?", "Jem Harlow", "Did he pay you?", "Never"]


@pytest.mark.parametrize(
    ("page", "kind"),
    [
        ("*— Why did you leave the orchestra?*\n\nI wanted to play my own music for once.", "markdown"),
        ("**– Why did you leave the orchestra?**\n\nI wanted to play my own music for once.", "markdown"),
        (
            "<p><em>— Why did you leave the orchestra?</em></p><p>I wanted to play my own music.</p>",
            "html",
        ),
    ],
)
def test_a_dialogue_dash_inside_a_questions_emphasis_is_no_part_of_the_question(page: str, kind) -> None:
    # A translated interview may set each question in italics or bold and open it with a dash, as
    # dialogue: the dash is the mark of the turn, as it is before the markup.
    blocks = read_source(page, kind=kind).blocks

    assert blocks[0].text == "Why did you leave the orchestra?"
    assert blocks[0].emphasis in ("italic", "bold")
    assert blocks[1].text.startswith("I wanted to play my own music")


def test_a_copied_threads_post_counters_are_no_part_of_the_turns() -> None:
    # Each post of a thread opens with its number: the numbers run 1, 2, 3 ... and say nothing.
    page = (
        "1/ We asked the harbour master about her first year. A thread\n\n"
        "2/ Q: What surprised you?\nA: How much of the job is weather. I read forecasts every morning.\n\n"
        "3/12 Q: Is the harbour busier?\nA: Much busier. The pontoons were full every weekend.\n"
    )

    assert texts(page, kind="text") == [
        "We asked the harbour master about her first year. A thread",
        "Q: What surprised you?",
        "A: How much of the job is weather. I read forecasts every morning.",
        "Q: Is the harbour busier?",
        "A: Much busier. The pontoons were full every weekend.",
    ]


def test_numbers_with_a_slash_that_do_not_count_posts_stay() -> None:
    # Dates, and fractions that do not run 1, 2, 3 from the first, are the text's own.
    page = "12/03/2024 We met in Leeds.\n\n1/2 cup of flour goes in first.\n\n3/4 of it is water."

    assert texts(page, kind="text") == [
        "12/03/2024 We met in Leeds.",
        "1/2 cup of flour goes in first.",
        "3/4 of it is water.",
    ]


def test_hyphens_against_the_words_that_ask_nothing_are_no_dialogue_dashes() -> None:
    text = "What do you pack?\n\nOnly this:\n-Rope\n-Bread\n-Water\n-Maps\n\nNothing else at all."

    assert "Only this: -Rope -Bread -Water -Maps" in [block.text for block in read_source(text).blocks]


def test_the_tex_a_pdf_converter_sets_a_number_or_a_letter_in_reads_as_the_printed_number_or_letter() -> None:
    found = texts((FIXTURES / "pdf_converted_markdown_spaced_breaks.md").read_text())

    assert found[9] == (
        "A: About 1.5 thousand in a good year, fewer when the fishing is poor. "
        "Each of the n berths has its own sign."
    )
    # Dollars are no TeX: no "$" closes right after the amount.
    assert found[10] == "Q: And the $5 landing fee, does it still stand?"
    assert found[11] == "A: It still stands at $5 for a small boat, or $10 with a mooring."
