"""Keeping personal data no longer than needed: the periodic purge and ``forget``."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, update
from sqlalchemy.exc import SQLAlchemyError

from bot.storage.database import Database, one_line
from bot.storage.tables import LessonRow, QuestionRow, VoteRow

log = logging.getLogger(__name__)

PURGE_INTERVAL = 3600.0


@dataclass(frozen=True, slots=True)
class Removed:
    """How many rows a purge or ``forget`` deleted (lessons: anonymised)."""

    questions: int
    votes: int
    lessons: int = 0


async def purge(database: Database, days: int, *, now: datetime | None = None) -> Removed:
    """Delete questions and votes older than ``days``; lessons stay, they are the bot's knowledge."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    async with database.session() as session:
        questions = await session.execute(delete(QuestionRow).where(QuestionRow.asked_at < cutoff))
        votes = await session.execute(delete(VoteRow).where(VoteRow.voted_at < cutoff))
    return Removed(questions.rowcount, votes.rowcount)  # type: ignore[attr-defined]


async def forget(database: Database, user_id: int) -> Removed:
    """Delete a member's questions and votes, and remove their name from the lessons they taught."""
    user_hash = database.hash_user(user_id)
    async with database.session() as session:
        questions = await session.execute(delete(QuestionRow).where(QuestionRow.user_hash == user_hash))
        votes = await session.execute(delete(VoteRow).where(VoteRow.user_hash == user_hash))
        lessons = await session.execute(
            update(LessonRow).where(LessonRow.taught_by == user_hash).values(taught_by=None)
        )
    return Removed(questions.rowcount, votes.rowcount, lessons.rowcount)  # type: ignore[attr-defined]


async def purge_forever(database: Database, days: int, interval: float = PURGE_INTERVAL) -> None:
    """The periodic purge the bot runs while it is up; a failure waits for the next round."""
    while True:
        try:
            removed = await purge(database, days)
        except (SQLAlchemyError, OSError) as error:
            log.warning("the retention purge failed, will retry: %s", one_line(error))
        else:
            if removed.questions or removed.votes:
                log.info(
                    "purged %d questions and %d votes older than %d days",
                    removed.questions,
                    removed.votes,
                    days,
                )
        await asyncio.sleep(interval)
