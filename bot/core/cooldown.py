"""A per-user sliding-window rate limit: at most ``limit`` questions in any ``per`` seconds.

Pure and clock-injectable so it is tested with plain asserts; the Discord layer decides how to refuse.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass

SWEEP_EVERY = 1024


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether one attempt may go ahead; when not, how long to wait and whether it is the first refusal."""

    allowed: bool
    retry_after: float = 0.0
    first_refusal: bool = False


class Cooldown:
    """Counts each key's recent attempts; refusals are not counted, so waiting always helps."""

    def __init__(self, limit: int, per: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1 or per <= 0:
            raise ValueError("a cooldown needs limit >= 1 and per > 0")
        self.limit = limit
        self.per = per
        self._clock = clock
        self._hits: dict[Hashable, deque[float]] = {}
        self._warned: set[Hashable] = set()
        self._calls = 0

    def hit(self, key: Hashable) -> Verdict:
        """Record an attempt by ``key`` if it is allowed now, else say how long until it would be."""
        now = self._clock()
        self._calls += 1
        if self._calls % SWEEP_EVERY == 0:
            self._sweep(now)
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.per:
            hits.popleft()
        if len(hits) < self.limit:
            hits.append(now)
            self._warned.discard(key)
            return Verdict(allowed=True)
        first = key not in self._warned
        self._warned.add(key)
        return Verdict(allowed=False, retry_after=hits[0] + self.per - now, first_refusal=first)

    def __len__(self) -> int:
        """How many keys are tracked, so tests can see that idle users are forgotten."""
        return len(self._hits)

    def _sweep(self, now: float) -> None:
        """Forget keys whose attempts have all expired, so memory follows active users only."""
        idle = [key for key, hits in self._hits.items() if not hits or hits[-1] <= now - self.per]
        for key in idle:
            del self._hits[key]
            self._warned.discard(key)
