"""The retention purge and ``forget``: personal data goes, lessons stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.storage.database import Database
from bot.storage.lessons import teach
from bot.storage.questions import Asked, QuestionLog
from bot.storage.retention import forget, purge
from bot.storage.tables import LessonRow, QuestionRow, VoteRow
from bot.storage.votes import vote

NOW = datetime(2026, 6, 1, tzinfo=UTC)


async def log_questions(database: Database, *asked: tuple[int, datetime]) -> None:
    log = QuestionLog(database)
    for user_id, when in asked:
        log.record(Asked(user_id, 1, "guild", "ask", f"from {user_id}", "answered", "a/b", 60.0, 1.0, when))
    assert await log.flush()


async def count(database: Database, column) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count(column))) or 0)


async def test_the_purge_removes_questions_older_than_the_retention_and_keeps_the_rest(database: Database):
    await log_questions(database, (1, NOW - timedelta(days=91)), (2, NOW - timedelta(days=89)), (3, NOW))
    removed = await purge(database, 90, now=NOW)
    assert removed.questions == 1
    async with database.session() as session:
        kept = (await session.scalars(select(QuestionRow.question).order_by(QuestionRow.id))).all()
    assert kept == ["from 2", "from 3"]


async def test_the_purge_removes_old_votes_but_never_lessons(database: Database):
    await vote(database, message_id=1, user_id=1, guild_id=1, entry_key="a/b", helpful=True)
    await teach(database, question="q", entry_key="a/b", user_id=1, guild_id=1)
    removed = await purge(database, 1, now=datetime.now(UTC) + timedelta(days=2))
    assert (removed.votes, await count(database, VoteRow.id), await count(database, LessonRow.id)) == (
        1,
        0,
        1,
    )


async def test_forget_deletes_one_members_questions_and_votes_only(database: Database):
    await log_questions(database, (1, NOW), (1, NOW), (2, NOW))
    await vote(database, message_id=1, user_id=1, guild_id=1, entry_key="a/b", helpful=True)
    await vote(database, message_id=1, user_id=2, guild_id=1, entry_key="a/b", helpful=False)
    await teach(database, question="taught by one", entry_key="a/b", user_id=1, guild_id=1)
    removed = await forget(database, 1)
    assert (removed.questions, removed.votes, removed.lessons) == (2, 1, 1)
    async with database.session() as session:
        users = set((await session.scalars(select(QuestionRow.user_hash))).all())
        voters = set((await session.scalars(select(VoteRow.user_hash))).all())
        teacher = (await session.scalars(select(LessonRow.taught_by))).one()
    assert users == voters == {database.hash_user(2)}
    assert teacher is None  # the lesson stays, without who taught it
