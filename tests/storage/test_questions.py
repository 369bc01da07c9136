"""The question log: batched background writes that survive a database outage."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from datetime import UTC, datetime

from sqlalchemy import select

from bot.storage.database import Database
from bot.storage.questions import Asked, FailureNotice, QuestionLog
from bot.storage.tables import QuestionRow


def asked(number: int, *, outcome="answered", user_id=7, guild_id: int | None = 1) -> Asked:
    return Asked(
        user_id=user_id,
        guild_id=guild_id,
        channel_kind="guild" if guild_id else "dm",
        via="ask",
        question=f"question {number}",
        outcome=outcome,
        entry_key="jun-liu/capacity" if outcome == "answered" else None,
        score=71.234,
        latency_ms=1.5,
    )


async def stored(database: Database) -> list[QuestionRow]:
    async with database.session() as session:
        return list((await session.scalars(select(QuestionRow).order_by(QuestionRow.id))).all())


async def test_questions_are_written_in_the_background_one_row_each(database: Database):
    log = QuestionLog(database, interval=0.05)
    log.start()
    for number in range(3):
        log.record(asked(number))
    assert log.pending == 3  # recording only buffers: nobody waited on the database
    for _ in range(100):
        if log.written == 3:
            break
        await asyncio.sleep(0.02)
    await log.close()
    rows = await stored(database)
    assert [row.question for row in rows] == ["question 0", "question 1", "question 2"]
    row = rows[0]
    assert (row.guild_id, row.channel_kind, row.via, row.outcome) == (1, "guild", "ask", "answered")
    assert (row.entry_key, row.score, row.latency_ms) == ("jun-liu/capacity", 71.23, 1.5)
    assert row.user_hash == database.hash_user(7)


async def test_without_text_logging_only_the_outcome_is_kept(database: Database):
    log = QuestionLog(database, keep_text=False)
    log.record(asked(1, outcome="off_topic"))
    assert await log.flush()
    (row,) = await stored(database)
    assert row.question is None and row.outcome == "off_topic"


async def test_a_full_batch_is_written_at_once_in_batches(database: Database):
    log = QuestionLog(database, batch=4)
    for number in range(10):
        log.record(asked(number))
    assert await log.flush()
    assert log.written == 10 and log.pending == 0
    assert len(await stored(database)) == 10


async def test_an_outage_keeps_the_rows_and_writes_them_when_the_database_is_back(tmp_path, caplog):
    path = tmp_path / "bot.sqlite3"
    database = await Database.connect(f"sqlite:///{path}?timeout=0.05")
    log = QuestionLog(database, interval=0.02)
    log.start()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another process holds the database: every write fails
    try:
        with caplog.at_level(logging.ERROR, logger="bot.storage.questions"):
            for number in range(5):
                log.record(asked(number))
                await asyncio.sleep(0.05)
        assert log.written == 0 and log.pending == 5
        failures = [r for r in caplog.records if "could not write the question log" in r.getMessage()]
        assert len(failures) == 1  # many failed attempts, one notice
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    for _ in range(100):
        if log.pending == 0:
            break
        await asyncio.sleep(0.02)
    await log.close()
    assert [row.question for row in await stored(database)] == [f"question {n}" for n in range(5)]
    await database.close()


def test_failures_are_logged_at_most_once_a_minute(caplog):
    now = [1000.0]
    notice = FailureNotice(clock=lambda: now[0])
    with caplog.at_level(logging.ERROR, logger="bot.storage.questions"):
        for _ in range(30):  # one failure a second for 30 s
            notice.failed(OSError("connection refused"))
            now[0] += 1
        assert len(caplog.records) == 1
        now[0] += 31
        notice.failed(OSError("connection refused"))
    assert len(caplog.records) == 2
    assert "29 more failures" in caplog.records[1].getMessage()


async def test_rows_keep_the_time_they_were_asked_not_the_time_they_were_written(database: Database):
    log = QuestionLog(database)
    when = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    log.record(Asked(1, None, "dm", "dm", "q", "answered", "a/b", 50.0, 1.0, asked_at=when))
    await log.flush()
    (row,) = await stored(database)
    assert row.asked_at.replace(tzinfo=UTC) == when


async def test_a_full_buffer_keeps_the_newest_questions_and_says_how_many_it_dropped(
    database: Database, caplog
):
    log = QuestionLog(database, capacity=3)
    for number in range(5):
        log.record(asked(number))
    assert (log.pending, log.dropped) == (3, 2)
    with caplog.at_level(logging.WARNING, logger="bot.storage.questions"):
        assert await log.flush()
    assert [row.question for row in await stored(database)] == ["question 2", "question 3", "question 4"]
    assert "2 questions were not logged" in caplog.text and log.dropped == 0
