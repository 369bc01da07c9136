"""The times a transcript prints: a clock's time before a turn, in brackets, or alone on a line.

Captions, speakers' lines, page furniture and the layouts all read a time the same way; ``untimed``
takes it off a turn.
"""

from __future__ import annotations

import re

# The time a transcript prints, to the second or a fraction of it: "0:07", "00:11:37.24".
CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
# "[00:01:23]", "\[00:03:51.07\]" (Markdown-escaped) or "(12:04)" before a turn in a transcript; not the
# time of day a lead opens with ("1:21 p.m. EDT").
_TIMESTAMP_PREFIX = re.compile(rf"^\s*\\?[\[(]?{CLOCK}\\?[\])]?\s+(?=\S)(?![ap]\.?m\b)", re.IGNORECASE)
# A time on a line of its own inside a turn, as a meeting app's transcript prints it between the speaker's
# name and the words ("Lena Fischer" / "00:00:03" / "Thanks for joining us").
TIME_ALONE = re.compile(rf"^[ \t]*[\[(]?{CLOCK}[\])]?[ \t]*$")
# A time in brackets, as transcripts print when a turn starts or a break comes: "[00:11:37.24]", "(00:07)".
BRACKETED_TIME = rf"[\[(]{CLOCK}[\])]"


def untimed(text: str) -> str:
    """The text without the timestamp a transcript prints before it, or a clip's length after a quotation."""
    return _CLIP_LENGTH.sub("", _TIMESTAMP_PREFIX.sub("", text))


# How long the recording of a quoted answer runs, in brackets after the quotation that clips it: "„I like
# to work … come together.“ [1:02]".
_CLIP_LENGTH = re.compile(rf"(?<=[“”\"»’])\s*{BRACKETED_TIME}\s*$")
