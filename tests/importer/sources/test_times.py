"""A transcript's times: the timestamp before a turn goes, a time of day stays."""

import pytest

from bot.importer.sources.times import untimed


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
