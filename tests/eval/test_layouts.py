"""Each layout's rendering of a small interview imports back to its pairs: the renderers, and the importer."""

from pathlib import Path

import pytest

from bot.importer.layouts.asking import ends_asking
from eval.layouts import LAYOUTS, Layout, Sample, date_parts, score

TINY = Sample(
    name="ann-marsh-harbour",
    title="Interview with Ann Marsh, Harbour Master",
    interviewee="Ann Marsh",
    role="Harbour Master",
    organisation="Port of Skarv",
    published="9 February 2016",
    pairs=(
        ("What does a harbour master do all day?", "Mostly I watch the weather.\n\nThen I watch the ships."),
        ("Why did you take the job?", "I grew up on the quay, and I never wanted to leave it."),
    ),
)


@pytest.mark.parametrize("layout", LAYOUTS, ids=[layout.name for layout in LAYOUTS])
def test_each_layout_imports_back_to_its_two_pairs(layout: Layout, tmp_path: Path) -> None:
    found = score(TINY, layout, tmp_path)

    assert not found.refused
    assert (found.turns, found.exact, found.verbatim, found.check) == (1.0, 1.0, 1.0, 1.0)
    assert all(getattr(found, name) in (None, 1.0) for name in ("interviewee", "title", "date"))


def test_dates_are_compared_as_the_day_they_name() -> None:
    assert date_parts("09.12.2024") == date_parts("9 December 2024") == (2024, 12, 9)
    assert date_parts("January 2021") == (2021, 1, None)
    assert date_parts("2013") == (2013, None, None)
    assert date_parts("sometime") is None


def test_a_question_that_asks_nothing_is_told_apart() -> None:
    assert ends_asking('Why "now?"') and not ends_asking("Tell us about yourself.")
