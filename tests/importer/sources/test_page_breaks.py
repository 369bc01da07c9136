"""A paragraph a page break split in two is joined back; a finished one is not."""

from tests.importer.sources.conftest import texts


def test_a_paragraph_split_by_a_page_break_is_joined_back() -> None:
    text = "I worked at Bayer's largest\n\nbiologics site in Berkeley.\n\nThen I moved."

    assert texts(text) == ["I worked at Bayer's largest biologics site in Berkeley.", "Then I moved."]


def test_a_finished_paragraph_is_not_joined_to_the_next_even_in_lower_case() -> None:
    assert texts("It ended.\n\nand then it began.") == ["It ended.", "and then it began."]
