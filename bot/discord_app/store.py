"""The bot's link to its database: the question log, votes, lessons and the background tasks behind them.

Opened before the bot logs in (an unreachable database stops the start with one line), closed after it
disconnects. Lessons taught in any process reach this one by polling the newest lesson id.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import discord
from sqlalchemy.exc import SQLAlchemyError

from bot.core.lessons import Lesson
from bot.settings import Settings
from bot.storage import lessons as lesson_store
from bot.storage import votes
from bot.storage.database import Database, one_line
from bot.storage.questions import Asked, ChannelKind, FailureNotice, QuestionLog
from bot.storage.report import Report, build_report
from bot.storage.retention import purge_forever

log = logging.getLogger(__name__)

LESSON_POLL_SECONDS = 2.0


@dataclass(frozen=True, slots=True)
class Place:
    """Where a question was asked, as the log keeps it: the server (None in DMs) and the kind of channel."""

    guild_id: int | None = None
    channel_kind: ChannelKind = "unknown"


NOWHERE = Place()


class StoreUnavailable(Exception):
    """The database failed while a member waited: logged here in one line, for the caller to tell them."""


@contextlib.asynccontextmanager
async def database_for(what: str) -> AsyncIterator[None]:
    """Turn a database failure while doing ``what`` into one log line and StoreUnavailable."""
    try:
        yield
    except (SQLAlchemyError, OSError) as error:
        log.error("could not %s: %s", what, one_line(error))
        raise StoreUnavailable(what) from None


def place_of(channel: object, guild_id: int | None) -> Place:
    """The Place of a message or interaction channel."""
    if isinstance(channel, discord.Thread):
        return Place(guild_id, "thread")
    if isinstance(channel, discord.DMChannel):
        return Place(None, "dm")
    if isinstance(channel, discord.GroupChannel):
        return Place(None, "group")
    if guild_id is not None:
        return Place(guild_id, "guild")
    return Place(None, "dm" if channel is None else "unknown")


def interaction_place(interaction: discord.Interaction[Any]) -> Place:
    return place_of(interaction.channel, interaction.guild_id)


class BotStore:
    """What the bot keeps: ``record`` never waits, the rest are short awaited queries."""

    def __init__(self, database: Database, settings: Settings, lessons: list[Lesson], latest: int) -> None:
        self.database = database
        self.retention_days = settings.retention_days
        self.log = QuestionLog(database, keep_text=settings.log_question_text)
        self.lessons = lessons
        self.latest_lesson = latest
        self._tasks: list[asyncio.Task[None]] = []
        self._poll_notice = FailureNotice("read the lessons")
        self._on_lessons: Callable[[list[Lesson]], None] = lambda _lessons: None

    @classmethod
    async def open(cls, settings: Settings) -> BotStore:
        """Connect, migrate and read the lessons; raises DatabaseError with a one-line reason."""
        database = await Database.from_settings(settings)
        try:
            latest = await lesson_store.latest_id(database)
            lessons = await lesson_store.all_lessons(database)
        except BaseException:
            await database.close()
            raise
        return cls(database, settings, lessons, latest)

    def start(self, on_lessons: Callable[[list[Lesson]], None]) -> None:
        """Start writing the log, purging old rows and watching for lessons from other processes."""
        self._on_lessons = on_lessons
        self.log.start()
        self._tasks = [
            asyncio.create_task(
                purge_forever(self.database, self.retention_days), name="interview-bot-purge"
            ),
            asyncio.create_task(self._watch_lessons(), name="interview-bot-lessons"),
        ]

    def record(self, asked: Asked) -> None:
        self.log.record(asked)

    async def vote(
        self, *, message_id: int, user_id: int, guild_id: int | None, entry_key: str, helpful: bool
    ) -> bool | None:
        """The member's previous vote on that answer, if any; raises StoreUnavailable."""
        async with database_for("record a vote"):
            return await votes.vote(
                self.database,
                message_id=message_id,
                user_id=user_id,
                guild_id=guild_id,
                entry_key=entry_key,
                helpful=helpful,
            )

    async def teach(
        self, question: str, entry_key: str | None, *, user_id: int, guild_id: int | None
    ) -> None:
        """Keep the lesson and apply it here at once; other processes pick it up when they poll.

        Raises StoreUnavailable when the lesson could not be kept. Once kept, a failure to read the lessons
        back is only logged: the lesson is safe, and the poll applies it when the database answers.
        """
        async with database_for("keep a lesson"):
            await lesson_store.teach(
                self.database, question=question, entry_key=entry_key, user_id=user_id, guild_id=guild_id
            )
        with contextlib.suppress(StoreUnavailable):
            async with database_for("read the lessons back"):
                await self.refresh_lessons()

    async def report(self, days: int, guild_id: int | None) -> Report:
        """The figures; raises StoreUnavailable."""
        await self.log.flush()  # the figures include the questions asked a moment ago
        async with database_for("read the statistics"):
            return await build_report(self.database, days=days, guild_id=guild_id)

    async def refresh_lessons(self) -> bool:
        """Read the lessons again if any were added since the last look; True when they changed."""
        latest = await lesson_store.latest_id(self.database)
        if latest == self.latest_lesson:
            return False
        self.lessons = await lesson_store.all_lessons(self.database)
        self.latest_lesson = latest
        self._on_lessons(self.lessons)
        return True

    async def _watch_lessons(self) -> None:
        while True:
            await asyncio.sleep(LESSON_POLL_SECONDS)
            try:
                if await self.refresh_lessons():
                    log.info("now using %d lessons", len(self.lessons))
                self._poll_notice.recovered()
            except (SQLAlchemyError, OSError) as error:
                self._poll_notice.failed(error)

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.log.close()
        await self.database.close()
