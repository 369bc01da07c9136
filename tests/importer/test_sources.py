"""Reading a page: visible text only, page furniture gone, split paragraphs joined back."""

import pytest

from bot.importer.sources import read_source
from bot.importer.sources.blocks import Block
from bot.importer.sources.furniture import is_furniture
from bot.importer.sources.inline import inline_text
from bot.importer.sources.times import untimed
from tests.importer.conftest import FIXTURES


def texts(source_text: str, **kwargs) -> list[str]:
    return [block.text for block in read_source(source_text, **kwargs).blocks]


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


def test_a_paragraph_split_by_a_page_break_is_joined_back() -> None:
    text = "I worked at Bayer's largest\n\nbiologics site in Berkeley.\n\nThen I moved."

    assert texts(text) == ["I worked at Bayer's largest biologics site in Berkeley.", "Then I moved."]


def test_a_printed_pages_running_head_beside_its_number_is_dropped_and_a_repeated_answer_is_not() -> None:
    text = (
        "Harbour Quarterly    Spring 2019\n\nIN PROFILE: MARTA VOSS\n\nHow do you board?\n\nBy a ladder.\n\n"
        "12\n\nHarbour Quarterly    Spring 2019\n\nAny fear?\n\nNo\n\nAnd fog?\n\nNo"
    )

    assert texts(text) == [
        "IN PROFILE: MARTA VOSS", "How do you board?", "By a ladder.", "Any fear?", "No", "And fog?", "No"
    ]  # fmt: skip


def test_a_code_fence_marks_a_block_and_is_no_text_of_its_own() -> None:
    text = "What was hard?\n\n```\nMara Odell\n\nThe weight, mostly.\n```\n\n~~~ text\nAnd the cold.\n~~~"

    assert texts(text) == ["What was hard?", "Mara Odell", "The weight, mostly.", "And the cold."]


def test_a_finished_paragraph_is_not_joined_to_the_next_even_in_lower_case() -> None:
    assert texts("It ended.\n\nand then it began.") == ["It ended.", "and then it began."]


def test_markdown_markup_is_removed_but_the_words_are_kept() -> None:
    line = "We use **open** data, _always_, see [our map](https://example.org) and `code` ![logo](x.png)"

    assert inline_text(line) == "We use open data, always, see our map and code"


def test_snake_case_and_lone_asterisks_are_not_taken_for_emphasis() -> None:
    assert inline_text("the file_name_here and 5 * 3 * 2") == "the file_name_here and 5 * 3 * 2"


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


def test_labels_on_consecutive_lines_start_separate_blocks() -> None:
    assert texts("**Q: Why?**\n**A.** Because.\nIt works.") == ["Q: Why?", "A. Because. It works."]


def test_a_text_without_blank_lines_reads_each_line_as_a_paragraph() -> None:
    assert texts("Intro line here.\nWhy now?\nBecause it is time.\nWhat next?\nMore work.") == [
        "Intro line here.",
        "Why now?",
        "Because it is time.",
        "What next?",
        "More work.",
    ]


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


def test_html_keeps_what_a_reader_sees_and_skips_scripts_navigation_and_captions() -> None:
    page = """<html><head><title>T | Site</title><script>var x = "Why?";</script></head><body>
    <nav><a>Home</a> <a>Why read us?</a></nav>
    <h2>What do you build?</h2>
    <p>We build <strong>engines</strong> &amp; looms.<br>Line two.</p>
    <figure><img src="a.jpg"><figcaption>Who took this?</figcaption></figure>
    <div class="social-share">Share on Twitter</div>
    <footer>See more interviews</footer></body></html>"""

    source = read_source(page)

    assert source.blocks == [
        Block("What do you build?", "heading"),
        Block("We build engines & looms. Line two."),
    ]
    assert source.fields["html title"] == "T | Site"


def test_html_metadata_is_read_from_meta_tags_and_time() -> None:
    page = """<html><head>
    <meta name="description" content="A lead.">
    <meta name="keywords" content="a, b">
    <meta property="og:title" content="The title">
    </head><body><time datetime="2020-05-04">4 May</time><p>Text.</p></body></html>"""

    fields = read_source(page).fields

    assert fields == {
        "description": "A lead.",
        "keywords": "a, b",
        "title": "The title",
        "date": "2020-05-04",
    }


def test_html_article_tags_one_to_a_meta_element_are_all_read() -> None:
    page = """<html><head>
    <meta property="article:tag" content="flooding">
    <meta property="article:tag" content="sea walls">
    </head><body><p>Text.</p></body></html>"""

    assert read_source(page).fields["tags"] == "flooding, sea walls"


def test_html_is_recognised_without_being_told() -> None:
    assert texts("<p>One.</p><p>Two.</p>") == ["One.", "Two."]
    assert texts("<p>One.</p>\n<p>Two.</p>", kind="text") == ["One. Two."]


def test_html_tags_named_in_prose_do_not_make_a_text_html() -> None:
    text = "Note: the <h3> titles and <p> paragraphs became Markdown.\n\n### Why?\n\nBecause."

    assert read_source(text).blocks[1:] == [Block("Why?", "heading"), Block("Because.")]


def test_block_quoted_markdown_is_read_as_its_text() -> None:
    assert texts("> **Q: Why?**\n>\n> Because it works.\n") == ["Q: Why?", "Because it works."]


def test_html_linked_data_gives_the_headline_date_description_and_keywords() -> None:
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"},
     {"@type": "NewsArticle", "headline": "Ada on engines", "datePublished": "2021-03-14T08:00:00Z",
      "description": "A lead.", "keywords": ["engines", "looms"]}]}
    </script><script type="application/ld+json">not json</script></head><body><p>Text.</p></body></html>"""

    assert read_source(page).fields == {
        "title": "Ada on engines",
        "date": "2021-03-14T08:00:00Z",
        "description": "A lead.",
        "keywords": "engines, looms",
    }


def test_html_italics_mark_a_whole_paragraph_and_vanish_inside_words() -> None:
    source = read_source(
        "<p><em>Tell us about engines.</em></p><p>We build <em>engine</em>s, <i>slowly</i>.</p>"
    )

    assert source.blocks == [Block("Tell us about engines.", "italic"), Block("We build engines, slowly.")]


def test_front_matter_lists_are_read_as_comma_separated_values() -> None:
    source = read_source(
        "---\ntitle: Quiet machines\ntags:\n  - engines\n  - 'looms'\ndraft: false\n---\nQ: Why?\n"
    )

    assert source.fields == {"title": "Quiet machines", "tags": "engines, looms", "draft": "false"}


def test_a_stage_direction_on_its_own_line_inside_a_turn_is_dropped_and_the_turn_goes_on() -> None:
    source = read_source('A: "It will change soon."\n(Laughter.)\nWe have time.\n\nQ: Why?')

    assert [block.text for block in source.blocks] == [
        'A: "It will change soon."',
        "We have time.",
        "Q: Why?",
    ]
    assert source.dropped == ["(Laughter.)"]


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


def test_a_markdown_post_with_html_blocks_and_template_tags_is_read_as_markdown() -> None:
    source = read_source((FIXTURES / "markdown_with_html_blocks.md").read_text(encoding="utf-8"))

    assert source.fields["title"] == "An interview with Ada Lovelace"
    assert source.blocks == [
        Block("What do you build?", "heading"),
        Block("Analytical engines. They weave algebraic patterns."),
        Block("Where is your workshop?", "heading"),
        Block("Above a bakery in London."),
    ]


def test_a_markdown_posts_html_blocks_keep_their_headings_italics_and_lists() -> None:
    source = read_source((FIXTURES / "markdown_post_in_html.md").read_text(encoding="utf-8"))

    assert source.fields["title"] == "Weaving with Python"
    assert source.blocks[2:] == [
        Block("A word with Ada Lovelace", "heading"),
        Block("Q: What kind of setup do you use? Which editor?", "italic"),
        Block("I write in a plain editor and try each card in a notebook first."),
        Block("Then the tests, which I am prouder of than the package."),
        Block("Q. Why did you choose the BSD license?", "italic"),
        Block("It places no restrictions on the weavers who use the code."),
        Block("Resources:", "heading"),
    ]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("[00:01:23] Host: Welcome back.", "Host: Welcome back."),
        ("(12:04) Ada: We built it.", "Ada: We built it."),
        ("1:21 p.m. EDT", "1:21 p.m. EDT"),
        ("10:05 AM: the briefing begins.", "10:05 AM: the briefing begins."),
    ],
)
def test_a_transcript_timestamp_is_dropped_but_a_time_of_day_is_kept(line: str, kept: str) -> None:
    assert untimed(line) == kept


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


def test_a_paragraph_of_known_fields_under_a_title_line_is_the_header_and_keeps_the_title() -> None:
    source = read_source((FIXTURES / "title_over_header_fields.txt").read_text())

    assert source.fields == {
        "title": "Valley Orchards Recordings, Tape 3",
        "interviewee": "Hetty Moran",
        "interviewer": "Paul Essien",
        "date": "2 October 2011",
    }
    assert source.blocks[0].text == "Interviewer: When did your family plant the first trees?"


def test_a_recorded_dateline_under_the_title_is_a_line_of_its_own() -> None:
    texts = [
        block.text
        for block in read_source((FIXTURES / "recorded_dateline_under_title.txt").read_text()).blocks
    ]

    assert texts[:2] == ["Stories from the Signal Box", "Recorded 11 May 2003"]


def test_an_html_paragraph_of_links_alone_is_dropped_but_a_link_in_a_sentence_keeps_its_words() -> None:
    texts = [block.text for block in read_source((FIXTURES / "link_only_paragraphs.html").read_text()).blocks]

    assert not any("Back to all stories" in text for text in texts)
    assert "They are quiet. I miss the old engines, but the new ones burn half the fuel." in texts


def test_a_blogs_comments_and_comment_form_after_the_interview_are_dropped() -> None:
    source = read_source((FIXTURES / "blog_comments_after_interview.txt").read_text(encoding="utf-8"))

    assert source.blocks[-1].text == "“Tomorrow, if they asked.”"
    assert source.dropped[0] == "3 thoughts on “Five questions for the lighthouse keeper”"
    assert "Tom: “Did she say which bakery?”" in source.dropped


def test_a_leave_a_reply_link_without_the_comment_forms_notice_ends_nothing() -> None:
    source = read_source((FIXTURES / "leave_a_reply_link_under_title.txt").read_text(encoding="utf-8"))

    assert source.blocks[-1].text == "The ships got bigger."


def test_a_definition_list_of_facts_is_read_as_it_is_printed_not_as_questions() -> None:
    page = "<dl><dt>Born</dt><dd>1981, Coimbra</dd><dt>Workshop</dt><dd>Porto</dd></dl>"

    assert [block.text for block in read_source(page, kind="html").blocks] == [
        "Born",
        "1981, Coimbra",
        "Workshop",
        "Porto",
    ]


def test_a_definition_list_that_answers_in_sentences_labels_its_terms_as_questions() -> None:
    page = (
        "<dl><dt>Your favourite tool</dt><dd>A scraper.</dd><dt>Q: Why wood?</dt><dd>It sings.</dd>"
        "<dt>Lives</dt><dd>Porto</dd></dl>"
    )

    assert [block.text for block in read_source(page, kind="html").blocks] == [
        "Q: Your favourite tool",
        "A: A scraper.",
        "Q: Why wood?",
        "A: It sings.",
        "Lives",
        "Porto",
    ]


def test_one_summary_over_every_answer_is_a_buttons_label_not_a_question() -> None:
    page = (
        "<h3>What is a plane iron?</h3><details><summary>Answer</summary>The blade.</details>"
        "<h3>What is a frog?</h3><details><summary>Answer</summary>What holds the blade.</details>"
    )

    blocks = read_source(page, kind="html").blocks

    assert [block.text for block in blocks if block.emphasis == "heading"] == [
        "What is a plane iron?",
        "What is a frog?",
    ]
    assert not any(block.text.startswith("Q:") for block in blocks)


def test_q_and_a_labels_run_together_in_one_paragraph_start_a_block_each() -> None:
    text = "Boats\n\nQ: Why boats? A: Because of my father. He built them. Q: And you grew up? A: The coast."

    assert texts(text) == [
        "Boats",
        "Q: Why boats?",
        "A: Because of my father. He built them.",
        "Q: And you grew up?",
        "A: The coast.",
    ]


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


def test_a_bold_question_opening_paragraphs_is_set_apart_only_where_the_page_does_it_three_times() -> None:
    once = "Boats\n\n**Why boats?** My father built them.\n\nHe sold them too."
    thrice = "**Why boats?** My father.\n\n**And you?** The coast.\n\n**Ever sunk?** Once."

    assert [(block.text, block.emphasis) for block in read_source(once).blocks] == [
        ("Boats", "plain"),
        ("Why boats? My father built them.", "plain"),
        ("He sold them too.", "plain"),
    ]
    assert [block.emphasis for block in read_source(thrice).blocks] == ["bold", "plain"] * 3


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


def test_a_google_docs_paste_sets_bold_and_italics_by_style_not_by_its_wrapping_b() -> None:
    source = read_source((FIXTURES / "google_docs_bold_by_style.html").read_text(encoding="utf-8"))

    bold = [block.text for block in source.blocks if block.emphasis == "bold"]
    assert bold == [
        "How did you get into brewing?",
        "Three words for the brewhouse team",
        "What will change first?",
    ]
    assert source.blocks[1].emphasis == "plain"


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


def test_bold_paragraphs_one_under_another_in_html_stay_bold_each() -> None:
    page = (
        "<html><body><p><strong>Why the river?</strong></p>"
        "<p><strong>Dara:</strong> For the herons.</p>"
        "<p><strong>And now?</strong></p><p><strong>Still the herons.</strong></p></body></html>"
    )

    blocks = read_source(page).blocks

    assert [(block.text, block.emphasis) for block in blocks] == [
        ("Why the river?", "bold"),
        ("Dara: For the herons.", "plain"),
        ("And now?", "bold"),
        ("Still the herons.", "bold"),
    ]


def test_hyphens_against_the_words_that_ask_nothing_are_no_dialogue_dashes() -> None:
    text = "What do you pack?\n\nOnly this:\n-Rope\n-Bread\n-Water\n-Maps\n\nNothing else at all."

    assert "Only this: -Rope -Bread -Water -Maps" in [block.text for block in read_source(text).blocks]


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


def test_a_link_around_whole_blocks_leaves_their_words_and_no_brackets() -> None:
    page = (FIXTURES / "links_around_whole_blocks.html").read_text()

    texts = [block.text for block in read_source(page).blocks]

    assert texts[:3] == ["The Canal Blog", "Five questions for a lock keeper", "Ruth Okafor"]
    assert texts[-1] == "The first warm Saturday in May, when every boat on the canal wakes up at once."


def test_a_tags_chip_linking_to_its_page_leaves_no_words_and_a_link_in_a_sentence_keeps_them() -> None:
    page = (FIXTURES / "tag_chips_under_the_last_answer.html").read_text()

    texts = [block.text for block in read_source(page).blocks]

    assert texts[-1] == "Easier to run, harder to fix. Read the keepers' stories for how it was."


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
