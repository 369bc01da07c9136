"""The question log: one row per question, written in the background in batches.

The reply never waits on the database: ``QuestionLog.record`` only appends to a buffer, and a task
writes the buffer every ``interval`` seconds. When the database fails, the rows stay buffered (up to
``capacity``, oldest dropped first) and are written once it is back, and the failure is logged at most
once a minute however many questions arrive meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import insert
from sqlalchemy.exc import SQLAlchemyError

from bot.storage.database import Database, one_line
from bot.storage.tables import QuestionRow

log = logging.getLogger(__name__)

Outcome = Literal["answered", "not_in_interview", "off_topic", "throttled"]
ChannelKind = Literal["guild", "thread", "dm", "group", "unknown"]
OUTCOMES: tuple[Outcome, ...] = ("answered", "not_in_interview", "off_topic", "throttled")

FAILURE_LOG_INTERVAL = 60.0


@dataclass(frozen=True, slots=True)
class Asked:
    """What the question path knows about one question; the user id is hashed before it is stored."""

    user_id: int
    guild_id: int | None
    channel_kind: ChannelKind
    via: str
    question: str
    outcome: Outcome
    entry_key: str | None
    score: float | None
    latency_ms: float
    asked_at: datetime = field(default_factory=lambda: datetime.now(UTC))


class FailureNotice:
    """Says "logging failed" at most once per ``interval``, and how many failures it kept quiet."""

    def __init__(
        self,
        what: str = "write the question log",
        interval: float = FAILURE_LOG_INTERVAL,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what = what
        self.interval = interval
        self.clock = clock
        self._last: float | None = None
        self._quiet = 0

    def failed(self, error: BaseException) -> None:
        now = self.clock()
        if self._last is not None and now - self._last < self.interval:
            self._quiet += 1
            return
        extra = f" ({self._quiet} more failures since the last notice)" if self._quiet else ""
        log.error("could not %s, will retry: %s%s", self.what, one_line(error), extra)
        self._last, self._quiet = now, 0

    def recovered(self) -> None:
        if self._last is not None:
            log.warning("could %s again", self.what)
        self._last, self._quiet = None, 0


class QuestionLog:
    """A buffer of questions and the task that writes it; ``start()`` it, ``close()`` it at shutdown."""

    def __init__(
        self,
        database: Database,
        *,
        keep_text: bool = True,
        interval: float = 0.5,
        batch: int = 500,
        capacity: int = 10_000,
        notice: FailureNotice | None = None,
    ) -> None:
        self.database = database
        self.keep_text = keep_text
        self.interval = interval
        self.batch = batch
        self.notice = notice or FailureNotice()
        self._pending: deque[Asked] = deque(maxlen=capacity)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.written = 0
        self.dropped = 0

    def record(self, asked: Asked) -> None:
        """Queue one question; never blocks and never raises. A full buffer drops its oldest row."""
        if len(self._pending) == self._pending.maxlen:
            self.dropped += 1
        self._pending.append(asked)
        if len(self._pending) >= self.batch:
            self._wake.set()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="interview-bot-question-log")

    async def flush(self) -> bool:
        """Write everything buffered now; False if the database refused (the rows stay buffered)."""
        while self._pending:
            rows = [self._row(asked) for asked in list(self._pending)[: self.batch]]
            try:
                async with self.database.session() as session:
                    await session.execute(insert(QuestionRow), rows)
            except (SQLAlchemyError, OSError) as error:
                self.notice.failed(error)
                return False
            for _ in rows:
                self._pending.popleft()
            self.written += len(rows)
            self.notice.recovered()
            if self.dropped:
                log.warning(
                    "%d questions were not logged: the buffer was full while the database was away",
                    self.dropped,
                )
                self.dropped = 0
        return True

    async def close(self) -> None:
        """Stop the task and make a last attempt to write what is buffered."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._pending and not await self.flush():
            log.warning("%d logged questions could not be written before shutdown", len(self._pending))

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()
            try:
                await self.flush()
            except Exception:  # a bug here must not end the logging for good
                log.exception("the question log writer failed")

    def _row(self, asked: Asked) -> dict[str, object]:
        return {
            "asked_at": asked.asked_at,
            "guild_id": asked.guild_id,
            "channel_kind": asked.channel_kind,
            "via": asked.via,
            "user_hash": self.database.hash_user(asked.user_id),
            "question": asked.question if self.keep_text else None,
            "outcome": asked.outcome,
            "entry_key": asked.entry_key,
            "score": None if asked.score is None else round(asked.score, 2),
            "latency_ms": round(asked.latency_ms, 3),
        }
