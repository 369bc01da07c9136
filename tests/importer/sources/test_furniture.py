"""Page furniture: what a page prints around the interview is dropped, and remembered for the review."""

import pytest

from bot.importer.sources import read_source
from bot.importer.sources.furniture import is_furniture
from tests.importer.conftest import FIXTURES
from tests.importer.sources.conftest import texts


@pytest.mark.parametrize(
    "line",
    [
        "Play / 00:00 / Mute",
        "00:00",
        "See more interviews",
        "Share on Twitter",
        "Facebook | Twitter | LinkedIn",
        "Share Tweet Email",
        "Reply  Quote  Report",
        "(Laughter)",
        "(Applause)",
        "[inaudible]",
        "Image: Ada Lovelace at her desk",
        "Photo by John Smith",
        "Page 3 of 12",
        "38 views0 comments",
        "Read more",
        "The lamp room today. (Photo by Lars Moe)",
        "Jon Vik at the top of the tower in 1998. Photo: Kari Dahl",
        "Courtesy of the Skarv Museum",
        "©Paul Wearing",
        "© Kari Dahl",
        "Harbour at dawn | Image courtesy of Port of Leith",
        "END 10:05 A.M. EST",
        "Break: [00:11:37.24]",
        "Chapter two: (12:04)",
        "(00:31):",
        "Best, Cora",
        "Kind regards, Tobias Brandt",
        "54c672b4433cd.image.jpg",
        "IMG_2041.JPG Ann Marsh at the north quay",
        "HoC 85mm(Green).tif",
        "Annual report 2020 (final).pdf",
        "View this email in your browser",
        "Read in browser",
        "Skip to main content",
        "Unsubscribe | Update your preferences",
        "You received this email because you subscribed to The Harbour Letter.",
        "Want to change how you receive these emails?",
        "You can update your preferences or unsubscribe from this list.",
        "Copyright © 2021 The Harbour Letter, All rights reserved.",
        "On Mon, 3 May 2021 at 10:02, Jane Smith <jane@marshlane.example> wrote:",
        "---------- Forwarded message ---------",
        "This story originally appeared in The Canal Times.",
        "A version of this interview was first published in Harbour Life, May 2019.",
        "Reprinted with permission of the Skarv Museum.",
        "This article is republished from The Tide under a Creative Commons license. Read the original.",
        "-",
        "* * *",
        "———",
        "428 points · Reply · Share",
        "Comments (214)",
        "1.2k Share Save",
        "Sort by: Best",
        "Read in browser",
        "Continued on page 2",
        "(Continued from page 1)",
        "Continued on next page",
        "Turn to page 14",
        "This interview has been edited for length and clarity.",
        "(The conversation was condensed and lightly edited.)",
        "Answers edited for brevity.",
        "Edited for length and clarity.",
        "Instagram · YouTube · TikTok",
        "You're receiving this because you signed up at lockletter.example.",
    ],
)
def test_page_furniture_is_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "We play to win, and we share what we learn.",
        "Like, reply, report.",
        "Twelve people work here (and a cat).",
        "Share prices fell by 3% in 2020.",
        "I keep the photo by my bed.",
        "It was courtesy of my uncle, Lars.",
        "© is the mark I stamp on every print.",
        "A: 9:30",
        "Thanks, Mark.",
        "Best wishes to everyone who came.",
        "logo.png is the one we chose in the end.",
        "I saved it as final.pdf and sent it.",
        "We sent the plans as a PDF.",
        "When you get these messages from strangers, you block them.",
        "Readers can unsubscribe whenever they like, and a few do every week.",
        "On the night my father wrote:",
        "This story is one I tell every winter.",
        "The interview was the first I ever gave.",
        "…",
        "Sort by colour, then by size.",
        "Save it for later.",
        "Continued on the same road for an hour.",
        "It was edited for length.",
        "The answers were edited by my agent.",
    ],
)
def test_sentences_that_mention_furniture_words_are_kept(line: str) -> None:
    assert not is_furniture(line)


def test_furniture_lines_are_dropped_and_remembered_for_the_review() -> None:
    source = read_source(
        "First paragraph.\n\nPlay / 00:00 / Mute\n\n(Laughter)\n\n[See more interviews](#)\n"
    )

    assert [block.text for block in source.blocks] == ["First paragraph."]
    assert source.dropped == ["Play / 00:00 / Mute", "(Laughter)", "See more interviews"]


def test_short_lines_that_speak_of_the_page_are_dropped_only_where_they_end_it() -> None:
    text = "Q: Share this story?\n\nA: Please do.\n\nRead this post for free\n\n"
    text += "#tips - May 2nd, 2019\n\nShare this story"

    assert texts(text) == ["Q: Share this story?", "A: Please do."]
    assert texts("Share this story\n\nQ: Why?\n\nA: This story is mine.") == [
        "Share this story",
        "Q: Why?",
        "A: This story is mine.",
    ]


def test_a_stage_direction_on_its_own_line_inside_a_turn_is_dropped_and_the_turn_goes_on() -> None:
    source = read_source('A: "It will change soon."\n(Laughter.)\nWe have time.\n\nQ: Why?')

    assert [block.text for block in source.blocks] == [
        'A: "It will change soon."',
        "We have time.",
        "Q: Why?",
    ]
    assert source.dropped == ["(Laughter.)"]


def test_a_blogs_comments_and_comment_form_after_the_interview_are_dropped() -> None:
    source = read_source((FIXTURES / "blog_comments_after_interview.txt").read_text(encoding="utf-8"))

    assert source.blocks[-1].text == "“Tomorrow, if they asked.”"
    assert source.dropped[0] == "3 thoughts on “Five questions for the lighthouse keeper”"
    assert "Tom: “Did she say which bakery?”" in source.dropped


def test_a_leave_a_reply_link_without_the_comment_forms_notice_ends_nothing() -> None:
    source = read_source((FIXTURES / "leave_a_reply_link_under_title.txt").read_text(encoding="utf-8"))

    assert source.blocks[-1].text == "The ships got bigger."


def test_a_blogger_comment_count_and_comment_form_after_the_interview_are_dropped() -> None:
    source = read_source((FIXTURES / "blogger_comment_form_after_interview.txt").read_text(encoding="utf-8"))

    assert source.blocks[-1].text == "KEEPER: It opens in August, if the concrete sets."
    assert source.dropped[-4:] == [
        "2 comments:",
        "Ines said... Lovely to read. My uncle worked the same boat.",
        "Post a Comment",
        "Note: only a member of this blog may post a comment.",
    ]


def test_a_comment_forms_heading_over_its_notice_of_who_may_comment_ends_the_interview() -> None:
    page = (
        "REPORTER: How many crossings?\n\nKEEPER: Eleven a day.\n\nPost a Comment\n\n"
        "You must be logged in to post a comment.\n\nNewer Post Older Post Home\n"
    )

    assert read_source(page).blocks[-1].text == "KEEPER: Eleven a day."


def test_a_divider_of_rules_either_side_of_a_bar_is_furniture() -> None:
    assert is_furniture("____________   |   ____________")


def test_a_platforms_reaction_counts_and_pitch_to_subscribe_under_the_last_answer_are_dropped() -> None:
    source = read_source(
        "## What are you working on now?\n\n"
        "A Chinese companion to Harbour Sans. It will take three years.\n\n"
        "Thanks for reading The Letterform! Subscribe for free to receive new posts.\n\n"
        "12 Likes · 3 Comments\n\n"
        "Clap · 212\n"
    )

    assert [block.text for block in source.blocks][
        -1
    ] == "A Chinese companion to Harbour Sans. It will take three years."
    assert "12 Likes · 3 Comments" in source.dropped


def test_an_author_box_and_recommended_stories_under_the_interview_are_no_part_of_it() -> None:
    source = read_source(
        "## What would you want people to know?\n\n"
        "That it is not giving up.\n\n"
        "Written by Dana Whitfield\n\n"
        "Dana writes about work and the people who do it.\n\n"
        "## More from Dana Whitfield\n\n"
        "The last lighthouse keeper in Maine\n"
    )

    assert [block.text for block in source.blocks] == [
        "What would you want people to know?",
        "That it is not giving up.",
    ]


def test_a_closing_section_with_a_question_after_it_is_the_interviews_own() -> None:
    texts = [
        block.text
        for block in read_source(
            "## Who is your favourite author?\n\nMore from Le Guin than anyone\n\n## Why her?\n\nThe ideas.\n"
        ).blocks
    ]

    assert texts[-3:] == ["More from Le Guin than anyone", "Why her?", "The ideas."]


@pytest.mark.parametrize(
    "line",
    [
        "Available transcripts are automatically generated. Complete accuracy is not guaranteed.",
        "NPR transcripts are created on a rush deadline by an NPR contractor. This text may not be in its"
        " final form and may be updated or revised in the future. Accuracy and availability may vary.",
        "This transcript was made by a machine and may contain mistakes.",
        "Episode Transcript",
        "Mark as Played",
    ],
)
def test_a_transcripts_heading_and_a_sites_notice_on_how_it_was_made_are_furniture(line: str) -> None:
    assert is_furniture(line)
