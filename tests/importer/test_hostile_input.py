"""Hostile input the importer must read in about linear time: each size here took the old patterns minutes.

Each test gives the text it reads the way the importer read it before, so the fix changed nothing but the
time; the guard in tests/deadline.py only stops a regression from hanging the suite.
"""

from bot.importer.draft import draft_pairs
from bot.importer.layouts.turns import Turn
from bot.importer.metadata import Metadata
from bot.importer.sources import read_source
from bot.importer.sources.inline import inline_text
from tests.deadline import finishes_within


def test_a_line_of_open_brackets_is_read_in_linear_time() -> None:
    # A link was tried from every "[" to the end of the line: a line of 40,000 "[" took minutes.
    lines = ["[" * 100_000, "![" * 50_000, "[\\]" * 30_000, "[a][" * 25_000]

    with finishes_within(20, "reading links"):
        visible = [inline_text(line) for line in lines]
        blocks = [block.text for block in read_source(lines[0]).blocks]

    assert visible[:2] == lines[:2]
    assert visible[3] == "a[" * 12_500
    assert blocks == [lines[0]]


def test_a_long_run_of_capitalised_words_is_read_in_linear_time() -> None:
    # A label was tried from every capitalised word to the end of the run: 70,000 characters took 35 s.
    run = " ".join(f"Word{number}" for number in range(15_000))
    paragraphs = [f"Q: Why? A: {run}.", "Q: How? A: So."]

    with finishes_within(20, "finding labels"):
        turns = [block.text for block in read_source("\n\n".join(paragraphs)).blocks]

    assert turns == ["Q: Why?", f"A: {run}.", "Q: How?", "A: So."]


def test_labels_run_together_in_one_paragraph_are_split_in_linear_time() -> None:
    # Each label's tests read the paragraph from its start: 56 KB of "Q: … A: …" took 1 s, 560 KB minutes.
    paragraph = "Q: Why? A: So. [00:01:02] Ann Lee: Yes. It is. Bo Ray: Never. " * 10_000

    with finishes_within(20, "splitting labels run together"):
        turns = [block.text for block in read_source(paragraph).blocks]

    assert turns[:5] == ["Q: Why?", "A: So.", "Ann Lee: Yes. It is.", "Bo Ray: Never.", "Q: Why?"]
    assert len(turns) == 40_000


def test_a_paragraph_of_many_short_lines_is_joined_in_linear_time() -> None:
    # Each line looked for a broken word in all the lines before it: 50,000 lines took 35 s.
    text = "Q: Why?\n\nA: " + "a\n" * 50_000 + "\n\nQ: How?\n\nA: So."

    with finishes_within(20, "joining a paragraph's lines"):
        turns = [block.text for block in read_source(text).blocks]

    assert turns == ["Q: Why?", "A: " + " ".join(["a"] * 50_000), "Q: How?", "A: So."]


def test_many_blank_lines_before_the_text_are_skipped_in_linear_time() -> None:
    # The header's reader took blank lines off the list's front one by one: 400,000 took 16 s.
    text = "\n" * 600_000 + "Q: Why?\n\nA: So.\n\nQ: How?\n\nA: Like this."

    with finishes_within(20, "skipping blank lines"):
        turns = [block.text for block in read_source(text).blocks]

    assert turns == ["Q: Why?", "A: So.", "Q: How?", "A: Like this."]


def test_the_same_question_asked_many_times_gets_its_ids_in_linear_time() -> None:
    # Each id counted up from "-2" past every id the question had already: 20,000 turns took 29 s.
    turns = [Turn("Why?", ("So.",))] * 20_000

    with finishes_within(20, "numbering ids"):
        ids = [pair.id for pair in draft_pairs(turns, Metadata(title="T", interviewee="Ada Lovelace"))]

    assert ids[:3] == ["about", "question", "question-2"]
    assert ids[-1] == "question-20000" and len(set(ids)) == len(ids)


def test_words_after_unclosed_italic_marks_are_read_in_linear_time() -> None:
    # Italics were tried from every "*" or "_" to the end of the line: 60,000 characters took 13 s.
    lines = ["*a " * 50_000, "_a " * 50_000]

    with finishes_within(20, "reading italics"):
        visible = [inline_text(line) for line in lines]

    assert visible == [line.strip() for line in lines]
    assert inline_text("I *really* do, and _so_ does she") == "I really do, and so does she"


def test_a_line_of_pipes_or_spaces_is_read_as_no_table_in_linear_time() -> None:
    # A table's header and rows were ".*\|.*" after optional spaces and "|": a line of 40,000 "|" took 10 s,
    # 100,000 spaces under a line with a "|" over a minute.
    texts = ["|" * 100_000, "a | b\n" + " " * 100_000 + "c", "| Q | A |\n|---|---|\n| Why? | Because. |\n"]

    with finishes_within(20, "finding tables"):
        read = [[block.text for block in read_source(text).blocks] for text in texts]

    assert read == [[], ["a | b c"], ["Q", "A", "Why?", "Because."]]


def test_many_unclosed_comments_are_read_in_linear_time() -> None:
    # A comment's end was searched for from every "<!--" to the end of the text: 8,000 took 1.3 s.
    text = "Why? <!-- a --> Yes.\n\n" + "<!-- " * 40_000

    with finishes_within(20, "removing comments"):
        read = [block.text for block in read_source(text).blocks]

    assert read == ["Why? Yes.", ("<!-- " * 40_000).strip()]


def test_a_line_of_spaces_is_searched_for_a_columns_gap_in_linear_time() -> None:
    # A gap between two columns was tried from every space to the end of the run: quadratic in its length.
    text = f"Why?\n\nBecause{' ' * 100_000}\n\nHow?\n\nSo."

    with finishes_within(20, "finding columns"):
        blocks = [block.text for block in read_source(text).blocks]

    assert blocks == ["Why?", "Because", "How?", "So."]
