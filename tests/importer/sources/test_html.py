"""HTML: what a reader sees, as the same light Markdown a text file uses, and the page's own metadata."""

from bot.importer.sources import read_source
from bot.importer.sources.blocks import Block
from tests.importer.conftest import FIXTURES
from tests.importer.sources.conftest import texts


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
        Block("We build engines & looms."),
        Block("Line two."),  # a line break after a sentence parts the paragraphs a reader sees
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


def test_an_html_paragraph_of_links_alone_is_dropped_but_a_link_in_a_sentence_keeps_its_words() -> None:
    texts = [block.text for block in read_source((FIXTURES / "link_only_paragraphs.html").read_text()).blocks]

    assert not any("Back to all stories" in text for text in texts)
    assert "They are quiet. I miss the old engines, but the new ones burn half the fuel." in texts


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


def test_a_google_docs_paste_sets_bold_and_italics_by_style_not_by_its_wrapping_b() -> None:
    source = read_source((FIXTURES / "google_docs_bold_by_style.html").read_text(encoding="utf-8"))

    bold = [block.text for block in source.blocks if block.emphasis == "bold"]
    assert bold == [
        "How did you get into brewing?",
        "Three words for the brewhouse team",
        "What will change first?",
    ]
    assert source.blocks[1].emphasis == "plain"


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


def test_a_link_around_whole_blocks_leaves_their_words_and_no_brackets() -> None:
    page = (FIXTURES / "links_around_whole_blocks.html").read_text()

    texts = [block.text for block in read_source(page).blocks]

    assert texts[:3] == ["The Canal Blog", "Five questions for a lock keeper", "Ruth Okafor"]
    assert texts[-1] == "The first warm Saturday in May, when every boat on the canal wakes up at once."


def test_a_tags_chip_linking_to_its_page_leaves_no_words_and_a_link_in_a_sentence_keeps_them() -> None:
    page = (FIXTURES / "tag_chips_under_the_last_answer.html").read_text()

    texts = [block.text for block in read_source(page).blocks]

    assert texts[-1] == "Easier to run, harder to fix. Read the keepers' stories for how it was."
