"""The chart and the text lines drawn from a Report."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from PIL import Image

from bot.reporting import COLOURS, HEIGHT, WIDTH, chart_png, text_lines
from bot.storage.report import Report


def report(per_day: dict[date, dict[str, int]]) -> Report:
    totals = {outcome: sum(day.get(outcome, 0) for day in per_day.values()) for outcome in COLOURS}
    return Report(7, None, datetime(2026, 6, 1, tzinfo=UTC), sum(totals.values()), totals, per_day, 1, 0)


def colours(png: bytes) -> set[tuple[int, int, int]]:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (WIDTH, HEIGHT)
    return {colour for _, colour in image.getcolors(WIDTH * HEIGHT)}


def test_the_chart_draws_a_bar_segment_for_each_outcome_that_happened():
    png = chart_png(
        report({date(2026, 6, 1): {"answered": 3, "off_topic": 1}, date(2026, 6, 2): {"answered": 1}})
    )
    drawn = colours(png)
    assert COLOURS["answered"] in drawn and COLOURS["off_topic"] in drawn
    # the legend shows every colour, so count pixels: the bars make "answered" far the largest
    image = Image.open(io.BytesIO(png)).convert("RGB")
    counts = {colour: n for n, colour in image.getcolors(WIDTH * HEIGHT)}
    assert counts[COLOURS["answered"]] > 3 * counts[COLOURS["throttled"]]


def test_an_empty_report_still_draws_a_chart_and_says_zero():
    empty = report({date(2026, 6, 1): {}})
    assert colours(chart_png(empty))
    assert text_lines(empty)[0] == "Last 7 days, all servers: 0 questions"
