"""A guard for the tests that pin a hang or a quadratic blow-up: a hostile input must not stall the suite.

Speed itself is measured in benchmarks/, not here. These tests use a size at which the slow code took
minutes and the fixed code takes well under a second, so the limit is generous and only a regression
trips it; it interrupts the test (the regex engine checks for signals) instead of letting it run for hours.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

import pytest


@contextmanager
def finishes_within(seconds: int, what: str) -> Iterator[None]:
    """Fail the test if its body runs longer than ``seconds`` (Unix: SIGALRM, main thread only)."""

    def expired(signum: int, frame: FrameType | None) -> None:
        pytest.fail(f"{what} took over {seconds} s: something grew faster than linearly again")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
