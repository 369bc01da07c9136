"""Speakers' names and labels: run together in a paragraph, glued to a time, in bold, or with no colon."""

import pytest

from bot.importer.sources import read_source
from tests.importer.conftest import FIXTURES
from tests.importer.sources.conftest import texts


def test_a_note_under_a_label_alone_on_its_line_is_the_speakers_turn() -> None:
    source = read_source(
        "JOURNALIST:\n\n[inaudible]\n\nMINISTER:\n\nNo.\n\nJOURNALIST:\n\nWhy?\n\nMINISTER:\n\nCost."
    )

    assert [block.text for block in source.blocks] == [
        "JOURNALIST: [inaudible]",
        "MINISTER: No.",
        "JOURNALIST: Why?",
        "MINISTER: Cost.",
    ]
    assert source.dropped == []


def test_q_and_a_labels_run_together_in_one_paragraph_start_a_block_each() -> None:
    text = "Boats\n\nQ: Why boats? A: Because of my father. He built them. Q: And you grew up? A: The coast."

    assert texts(text) == [
        "Boats",
        "Q: Why boats?",
        "A: Because of my father. He built them.",
        "Q: And you grew up?",
        "A: The coast.",
    ]


def test_speaker_names_in_bold_run_together_in_one_paragraph_start_a_block_each() -> None:
    text = "Boats\n\n**Kit:** Why boats? **Ann Lee:** My father.\n\n**Kit**: And you? **Ann Lee**: The coast."

    assert texts(text) == [
        "Boats",
        "Kit: Why boats?",
        "Ann Lee: My father.",
        "Kit: And you?",
        "Ann Lee: The coast.",
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a word of prose before a colon, said once: no one's label
        "We met at 10:30 by the quay. Spoiler: it rained. Update: we went back. Lesson: bring a coat.",
        # a single question's label inside a paragraph is a quotation, not a lost line break
        'Her first email read "Q: Why boats? A: Because." and nothing more.',
        # the same word of prose said twice before a colon is still prose: it labels nobody
        "Note: the quay was rebuilt. Editor's note: in 1953. Note: twice.",
    ],
)
def test_label_like_words_inside_prose_do_not_split_a_paragraph(paragraph: str) -> None:
    assert texts(f"Boats\n\n{paragraph}\n") == ["Boats", paragraph]


def test_a_speaker_table_copied_one_line_a_row_parts_each_row_into_a_turn() -> None:
    rows = texts((FIXTURES / "speaker_table_one_line_a_row.txt").read_text())

    assert rows[rows.index("Speaker Transcript") + 1 :][:3] == [
        "Host Welcome to the show. I am on a rock off the coast of Cornwall. Who keeps this light?",
        "Marguerite I do, for thirty years now. My name is Marguerite Pellow and I was the last keeper the"
        " service hired.",
        "Host Tell me how you came to it.",
    ]


def test_a_wrapped_paragraph_whose_lines_open_with_the_same_common_words_stays_one_paragraph() -> None:
    paragraph = "\n".join(
        [
            "The harbour was quiet that winter, and the boats stayed in.",
            "So the keepers painted, mended nets and wrote letters home.",
            "The supply ship came once a month when the weather allowed.",
            "So nobody minded the silence much, or said so if they did.",
            "The keepers' wives kept bees on the headland above the light.",
            "So the honey, they said, tasted faintly of salt and of paraffin.",
            "I remember the smell of it still.",
        ]
    )

    assert texts(f"Title\n\n{paragraph}") == ["Title", " ".join(paragraph.split("\n"))]


def test_a_player_panels_glued_time_speaker_and_turn_read_as_labelled_turns() -> None:
    source = read_source(
        "00:00:04HostWelcome back. How did the co-op start?\n"
        "00:00:15Maria LopezIt started in my kitchen in 2015.\n"
        "00:01:02HostWhy a co-op?\n"
        "00:01:09Maria LopezI wanted the bakers to own the bakery.\n"
    )

    assert [block.text for block in source.blocks] == [
        "Host: Welcome back. How did the co-op start?",
        "Maria Lopez: It started in my kitchen in 2015.",
        "Host: Why a co-op?",
        "Maria Lopez: I wanted the bakers to own the bakery.",
    ]


def test_glued_times_with_one_recurring_name_are_a_programme_not_a_transcript() -> None:
    text = "Programme\n\n09:30Coffee BreakIn the Main Hall.\n\n11:00Coffee BreakOn the terrace."

    assert [block.text for block in read_source(text).blocks][1:] == [
        "09:30Coffee BreakIn the Main Hall.",
        "11:00Coffee BreakOn the terrace.",
    ]
