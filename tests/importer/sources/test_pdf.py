"""A PDF's text: side-by-side columns read in turn, running heads and footnotes left out."""

from bot.importer.sources import read_source
from tests.importer.conftest import FIXTURES
from tests.importer.sources.conftest import texts


def test_a_printed_pages_running_head_beside_its_number_is_dropped_and_a_repeated_answer_is_not() -> None:
    text = (
        "Harbour Quarterly    Spring 2019\n\nIN PROFILE: MARTA VOSS\n\nHow do you board?\n\nBy a ladder.\n\n"
        "12\n\nHarbour Quarterly    Spring 2019\n\nAny fear?\n\nNo\n\nAnd fog?\n\nNo"
    )

    assert texts(text) == [
        "IN PROFILE: MARTA VOSS", "How do you board?", "By a ladder.", "Any fear?", "No", "And fog?", "No"
    ]  # fmt: skip


def test_a_printed_pages_head_with_its_number_set_apart_is_dropped_from_the_answer_it_interrupts() -> None:
    source = read_source(
        "How will you bring in new members?\n"
        "We are splitting the big plots into half plots.\n\n"
        "Riverside Allotment Society Newsletter                        Page 2\n\n"
        "What is your secret for pumpkins?\n"
        "Manure, and lots of it. See page 2 of the almanac.\n"
    )

    texts = [block.text for block in source.blocks]
    assert not any("Newsletter" in text for text in texts)
    assert "Manure, and lots of it. See page 2 of the almanac." in texts
    assert source.dropped == ["Riverside Allotment Society Newsletter Page 2"]


def test_a_pdfs_head_of_several_lines_near_each_page_number_is_dropped_and_the_broken_answer_joined() -> None:
    source = read_source((FIXTURES / "pdf_text_head_of_two_lines_over_each_page.txt").read_text())

    texts = [block.text for block in source.blocks]
    assert not {"Hesk Point Keepers Archive", "Ida Voss", "Recorded 9 April 2021"} & set(texts)
    assert texts[-3].startswith("VOSS: Harder in winter") and texts[-3].endswith("look after itself.")
    assert texts[-2] == "REYES: What do you miss?"


def test_two_columns_a_pdfs_text_sets_side_by_side_are_read_one_after_the_other() -> None:
    source = read_source((FIXTURES / "pdf_text_two_columns_side_by_side.txt").read_text())

    assert [block.text for block in source.blocks][3:] == [
        "How did you start on the ferry?",
        "I answered an advertisement in the harbour office window. They wanted a deckhand who could start "
        "that same night, and I had nothing else to do, so I walked down to the slipway with a sandwich and "
        "never went home.",
        "What frightens you out there?",
        "It is the fog. You can hear a fishing boat before you see it, but a kayak makes no sound at all, "
        "and people still paddle out after dark.",
        "What do you listen for?",
        "Engines first, then bells, and then voices, in that order of worry. The gulls tell you where the "
        "land is.",
    ]


def test_lines_of_a_table_or_a_name_over_its_time_are_no_columns() -> None:
    text = "Ann Marsh      00:01\nHello.\n\nTom Berg       00:09\nHi.\n\nAnn Marsh      00:12\nSo.\n" * 3

    assert read_source(text).blocks[0].text.startswith("Ann Marsh")


def test_a_laid_out_pdfs_head_under_each_pages_numbered_foot_is_dropped_and_the_answer_joined() -> None:
    source = read_source((FIXTURES / "pdf_text_laid_out_head_under_each_pages_foot.txt").read_text())

    texts = [block.text for block in source.blocks]
    assert not any("Keepers Archive" in text for text in texts)
    assert (
        "VOSS: Harder in winter than anyone imagines. The glass iced over and we went out on the gallery "
        "with a scraper and a rope round the waist, twice a night." in texts
    )


def test_footnotes_at_a_printed_pages_foot_and_their_numbers_in_the_answers_are_left_out() -> None:
    source = read_source((FIXTURES / "pdf_text_footnotes_at_a_pages_foot.txt").read_text())

    texts = [block.text for block in source.blocks]
    assert texts[2] == (
        "From my grandfather, who kept the light before the war. He taught me to trim a wick before I "
        "could read."
    )
    assert texts[4] == "Everything and nothing. The lamp still turns; nobody climbs to it at night."
    assert texts[5] == "Do you miss it?"
    assert any(text.startswith("1 He kept it from 1931 to 1968.") for text in source.dropped)


def test_a_paragraph_opening_on_a_number_over_a_page_number_is_kept_where_no_note_mark_is_above() -> None:
    texts = [
        block.text
        for block in read_source("Which film?\n\n12 Angry Men, every time.\n\n7\n\nWhy?\n\nSo.").blocks
    ]

    assert texts[1] == "12 Angry Men, every time."


def test_a_pdfs_page_head_whose_page_count_wrapped_onto_the_line_under_it_is_dropped_too() -> None:
    source = read_source((FIXTURES / "pdf_text_page_total_wrapped_under_its_head.txt").read_text())

    texts = [block.text for block in source.blocks]
    assert not any("Keepers Archive" in text or "Oral History of" in text for text in texts)
    assert texts[3].endswith(
        "Then one night we both stayed by the fire and nothing went wrong, and that was the end of it."
    )
    assert texts[-2:] == [
        "Reyes: Who took the keys after you?",
        "Voss: Nobody. The coastguard checks the station twice a year from a boat.",
    ]
    assert "Ref: HK.2021.04 © 2021 Hesk Point Keepers Archive Page 10 of 11" in source.dropped
