"""Hostile input the importer must read in about linear time: each size here took the old patterns minutes.

Each test gives the text it reads the way the importer read it before, so the fix changed nothing but the
time; the guard in tests/deadline.py only stops a regression from hanging the suite.
"""

from bot.importer.sources import inline_text, read_source
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
