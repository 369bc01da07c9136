"""The bot and its database: start-up with an unreachable database, and a log that fails while running."""

from __future__ import annotations

import asyncio
import logging
import sqlite3

BIOREACTORS = "how big are the bioreactors?"


async def test_an_unreachable_database_stops_the_start_with_one_line_and_exit_2(
    start_bot, fake_discord, caplog
):
    running = await start_bot(wait_ready=False, DATABASE_URL="postgresql://bot:s3cret-pw@127.0.0.1:1/bot")
    running.expected_exit = 2
    assert await asyncio.wait_for(running.task, 10) == 2
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].getMessage().startswith("database: cannot use the database")
    assert "\n" not in errors[0].getMessage() and errors[0].exc_info is None
    assert "s3cret-pw" not in caplog.text
    assert not fake_discord.gateway.identifies


async def test_the_bot_keeps_answering_while_the_database_is_locked(
    start_bot, fake_discord, tmp_path, caplog
):
    path = tmp_path / "bot.sqlite3"
    await start_bot(DATABASE_URL=f"sqlite:///{path}?timeout=0.05")
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # as if another program held the database: every write fails
    try:
        with caplog.at_level(logging.ERROR, logger="bot.storage.questions"):
            for _ in range(3):
                reply = await fake_discord.slash("ask", question=BIOREACTORS)
                assert reply.embed["title"].startswith("Is BioDlink equipped")
                await asyncio.sleep(0.6)  # past the writer's interval: it tries, and fails, each time
        failures = [r for r in caplog.records if "could not write the question log" in r.getMessage()]
        assert len(failures) == 1
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


async def test_while_the_database_is_locked_votes_lessons_and_stats_say_they_failed(
    start_bot, fake_discord, tmp_path, caplog
):
    """A generic "something went wrong while answering" left a manager unsure whether a lesson was kept."""
    path = tmp_path / "bot.sqlite3"
    running = await start_bot(DATABASE_URL=f"sqlite:///{path}?timeout=0.05")
    answer = await fake_discord.slash("ask", question=BIOREACTORS)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.ERROR, logger="bot.discord_app"):
            vote = await fake_discord.click(answer, "Helpful")
            lesson = await fake_discord.mod.slash("teach", question="how many tanks?", answer="none")
            stats = await fake_discord.mod.slash("stats")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    unavailable = "the bot's database is not answering right now"
    assert vote.ephemeral and vote.content.startswith(f"Your vote was not recorded: {unavailable}")
    assert lesson.ephemeral and lesson.content.startswith(f"The lesson was not kept: {unavailable}")
    assert stats.ephemeral and stats.content.startswith(f"There are no statistics: {unavailable}")
    assert running.bot.store.lessons == []
    errors = [r for r in caplog.records if r.name.startswith("bot.discord_app")]
    assert [r.getMessage().split(":")[0] for r in errors] == [
        "could not record a vote",
        "could not keep a lesson",
        "could not read the statistics",
    ]
    assert all(r.exc_info is None for r in errors)
    again = await fake_discord.mod.slash("teach", question="how many tanks?", answer="none")
    assert again.content.startswith("Learned:")
