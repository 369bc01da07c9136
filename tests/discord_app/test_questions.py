"""The shared question path: cooldown, length cap, log lines, the question log, and errors."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.core.engine import Engine
from bot.discord_app import render
from bot.discord_app.questions import hash_user
from bot.storage.database import Database
from bot.storage.tables import QuestionRow
from tests.fake_discord import FakeDiscordTimeout

BIOREACTORS = "how big are the bioreactors?"
UNCOVERED = "qwxz vbnm plokij?"


async def test_slash_questions_over_the_cooldown_get_a_private_slow_down(start_bot, fake_discord):
    await start_bot(COOLDOWN_QUESTIONS="2", COOLDOWN_SECONDS="60")
    for _ in range(2):
        assert not (await fake_discord.slash("ask", question=BIOREACTORS)).ephemeral
    refused = await fake_discord.slash("ask", question=BIOREACTORS)
    assert refused.ephemeral
    assert re.fullmatch(r"Slow down a little — you can ask again in \d+ s\.", refused.content)
    assert not (
        await fake_discord.mod.slash("ask", question=BIOREACTORS)
    ).ephemeral  # others are not affected


async def test_the_cooldown_counts_every_way_of_asking(start_bot, fake_discord):
    await start_bot(COOLDOWN_QUESTIONS="2", COOLDOWN_SECONDS="60")
    await fake_discord.say(BIOREACTORS, mention_bot=True)
    await fake_discord.dm(BIOREACTORS)
    refused = await fake_discord.slash("ask", question="financials")
    assert refused.content.startswith("Slow down")


@pytest.mark.parametrize("click", ["Full answer", "Other matches", "Did you mean"])
async def test_button_clicks_count_toward_the_cooldown_like_questions(start_bot, fake_discord, click):
    await start_bot(COOLDOWN_QUESTIONS="2", COOLDOWN_SECONDS="60")
    if click == "Did you mean":
        reply = await fake_discord.slash("ask", question="what colour are the bioreactors painted?")
        press = lambda: fake_discord.click(reply, reply.buttons[0]["custom_id"])  # noqa: E731
    elif click == "Other matches":
        reply = await fake_discord.slash("ask", question="What are BioDlink's ADC capabilities?")
        [select] = reply.selects
        value = select["options"][0]["value"]
        press = lambda: fake_discord.select(reply, select["custom_id"], [value])  # noqa: E731
    else:
        reply = await fake_discord.slash("ask", question=BIOREACTORS)
        press = lambda: fake_discord.click(reply, "Full answer")  # noqa: E731
    assert (await press()).embeds, "the first click is within the cooldown"
    refused = await press()
    assert refused.ephemeral and refused.content.startswith("Slow down") and not refused.embeds


async def test_an_answer_too_late_for_discord_is_one_warning_line_without_a_traceback(running_bot, caplog):
    reply = await running_bot.slash("ask", question=BIOREACTORS)
    running_bot.expect_errors(404)
    running_bot.response_deadline = 0.0  # every answer from now on misses Discord's deadline
    caplog.set_level(logging.INFO)
    with pytest.raises(FakeDiscordTimeout, match="to respond"):
        await running_bot.slash("ask", question=BIOREACTORS, timeout=0.5)
    with pytest.raises(FakeDiscordTimeout, match="to respond"):
        await running_bot.click(reply, "Full answer", timeout=0.5)
    await running_bot.settle()
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(problems) == 2, problems
    assert all(r.getMessage().startswith("missed interaction ") for r in problems)
    assert all(r.exc_info is None for r in problems)


async def test_mentions_over_the_cooldown_get_one_short_reply_then_silence(start_bot, fake_discord):
    await start_bot(COOLDOWN_QUESTIONS="1", COOLDOWN_SECONDS="60")
    await fake_discord.say(BIOREACTORS, mention_bot=True)
    refused = await fake_discord.say(BIOREACTORS, mention_bot=True)
    assert refused.content.startswith("Slow down") and not refused.embeds
    assert refused.pings == frozenset()
    assert not await fake_discord.say(BIOREACTORS, mention_bot=True, expect_reply=False)


async def test_a_long_question_is_shortened_before_matching_and_the_asker_is_told(start_bot, fake_discord):
    await start_bot(MAX_QUESTION_LENGTH="40")
    reply = await fake_discord.slash("ask", question="how big are the bioreactors " + "and what else " * 50)
    assert reply.content == render.too_long(40)
    assert reply.embed["title"].startswith("Is BioDlink equipped")


async def test_each_question_is_logged_once_with_a_hashed_user(running_bot, caplog):
    caplog.set_level(logging.INFO, logger="bot.discord_app.questions")
    await running_bot.slash("ask", question=BIOREACTORS)
    lines = [record.getMessage() for record in caplog.records if record.getMessage().startswith("question ")]
    assert len(lines) == 1
    user = hash_user(running_bot.alice.id)
    assert re.fullmatch(
        rf"question user={user} via=ask matched=biodlink-jun-liu-2024/capacity score=[\d.]+ "
        rf"answered=True ms=\d+",
        lines[0],
    )
    assert str(running_bot.alice.id) not in caplog.text


async def stored_questions(path: Path) -> list[QuestionRow]:
    database = await Database.connect(f"sqlite:///{path}")
    try:
        async with database.session() as session:
            return list((await session.scalars(select(QuestionRow).order_by(QuestionRow.id))).all())
    finally:
        await database.close()


async def test_every_way_of_asking_lands_in_the_question_log(start_bot, fake_discord, tmp_path):
    running = await start_bot(COOLDOWN_QUESTIONS="20")
    guild = fake_discord.general.guild_id
    await fake_discord.slash("ask", question=BIOREACTORS)
    uncovered = await fake_discord.slash("ask", question="what colour are the bioreactors painted?")
    await fake_discord.click(uncovered, uncovered.buttons[0]["label"])
    await fake_discord.slash("ask", question="capacity")  # an autocomplete pick sends the pair's id
    await fake_discord.dm(UNCOVERED)
    await fake_discord.say(BIOREACTORS, mention_bot=True)
    said = await fake_discord.mod.post("How big are the bioreactors, then?")
    await fake_discord.context_menu("Ask the interview", said)
    assert await running.stop() == 0  # closing writes whatever is still buffered
    rows = await stored_questions(tmp_path / "data" / "interview-bot.sqlite3")
    assert [(row.via, row.outcome, row.channel_kind) for row in rows] == [
        ("ask", "answered", "guild"),
        ("ask", "not_in_interview", "guild"),
        ("did-you-mean", "answered", "guild"),
        ("ask-pick", "answered", "guild"),
        ("dm", "off_topic", "dm"),
        ("mention", "answered", "guild"),
        ("menu", "answered", "guild"),
    ]
    assert rows[0].question == BIOREACTORS and rows[0].entry_key == "biodlink-jun-liu-2024/capacity"
    assert rows[0].score and rows[0].score > 0 and rows[0].latency_ms > 0
    assert [row.guild_id for row in rows] == [guild] * 4 + [None] + [guild] * 2
    assert {row.user_hash for row in rows[:6]} == {rows[0].user_hash}
    assert str(fake_discord.alice.id) not in rows[0].user_hash
    assert rows[6].question == "How big are the bioreactors, then?"


async def test_throttled_questions_are_logged_and_text_logging_can_be_turned_off(
    start_bot, fake_discord, tmp_path
):
    running = await start_bot(COOLDOWN_QUESTIONS="1", COOLDOWN_SECONDS="60", LOG_QUESTION_TEXT="false")
    await fake_discord.slash("ask", question=BIOREACTORS)
    await fake_discord.slash("ask", question=BIOREACTORS)
    assert await running.stop() == 0
    rows = await stored_questions(tmp_path / "data" / "interview-bot.sqlite3")
    assert [(row.outcome, row.question) for row in rows] == [("answered", None), ("throttled", None)]


def broken(self, *args, **kwargs):
    raise RuntimeError("the engine broke")


async def test_an_error_in_a_command_gets_a_private_apology_and_is_logged(running_bot, caplog):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Engine, "ask", broken)
        reply = await running_bot.slash("ask", question=BIOREACTORS)
    assert reply.ephemeral and reply.content == render.APOLOGY
    assert "command /ask failed" in caplog.text and "the engine broke" in caplog.text


async def test_an_error_answering_a_mention_gets_an_apology(running_bot):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Engine, "ask", broken)
        reply = await running_bot.say(BIOREACTORS, mention_bot=True)
    assert reply.content == render.APOLOGY


async def test_an_error_in_a_component_gets_a_private_apology(running_bot):
    answer = await running_bot.slash("ask", question="What are BioDlink's ADC capabilities?")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Engine, "answer_entry", broken)
        picked = await running_bot.select(
            answer, "Other matches…", [answer.selects[0]["options"][0]["value"]]
        )
    assert picked.ephemeral and picked.content == render.APOLOGY
