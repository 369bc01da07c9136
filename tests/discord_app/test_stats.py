"""/stats: the same counts as the questions asked, a chart, and a way to teach what went unanswered."""

from __future__ import annotations

import asyncio
import io
import json

import pytest
from PIL import Image

from bot.cli import main
from bot.core.escape import escape_user_text
from bot.core.lessons import Lesson
from bot.discord_app.cogs.teach import NONE
from tests.fake_discord import CommandUnavailable

UNTAUGHT = "how many tanks of product per batch?"


def field(reply, name: str) -> str:
    return next(item["value"] for item in reply.embed["fields"] if item["name"] == name)


async def ask_a_few(fake_discord) -> None:
    answer = await fake_discord.slash("ask", question="how big are the bioreactors?")
    await fake_discord.click(answer, "Helpful")
    await fake_discord.mod.click(answer, "Not helpful")
    await fake_discord.slash("ask", question=UNTAUGHT)
    await fake_discord.mod.slash("ask", question=UNTAUGHT)
    await fake_discord.say("qwxz vbnm plokij?", mention_bot=True)  # off-topic
    await fake_discord.dm("how big are the bioreactors?")  # a DM: not this server's


async def test_stats_show_this_servers_questions_with_a_chart(start_bot, fake_discord):
    await start_bot(COOLDOWN_QUESTIONS="20")
    await ask_a_few(fake_discord)
    with fake_discord.recording() as requests:
        reply = await fake_discord.mod.slash("stats")
    assert reply.ephemeral
    assert reply.embed["description"] == "**4** questions asked in this server."
    outcomes = field(reply, "Outcomes")
    assert outcomes.splitlines() == [
        "answered: **1** (25%)",
        "not in the interview: **2** (50%)",
        "off-topic: **1** (25%)",
        "throttled: **0** (0%)",
    ]
    assert field(reply, "Votes") == "helpful: **1**\nnot helpful: **1**"
    assert field(reply, "Most asked").startswith("**1** × Is BioDlink equipped")
    assert field(reply, "Not answered").startswith(f"**2** × {escape_user_text(UNTAUGHT)}")
    (attachment,) = reply.last.data["attachments"]
    assert reply.embed["image"]["url"] == f"attachment://{attachment['filename']}"
    (chart,) = [file for request in requests for file in request.files]
    assert Image.open(io.BytesIO(chart["data"])).format == "PNG"


async def test_stats_and_the_report_command_count_the_same(start_bot, fake_discord, capsys):
    await start_bot(COOLDOWN_QUESTIONS="20")
    await ask_a_few(fake_discord)
    reply = await fake_discord.mod.slash("stats", days=7)
    capsys.readouterr()
    # The command line reads the same database (DATA_DIR is set for the bot), from another thread.
    assert (
        await asyncio.to_thread(
            main, ["report", "--json", "--days", "7", "--guild", str(fake_discord.guild.id)]
        )
        == 0
    )
    figures = json.loads(capsys.readouterr().out)
    assert reply.embed["description"] == f"**{figures['questions']}** questions asked in this server."
    for outcome, count in figures["outcomes"].items():
        label = {"not_in_interview": "not in the interview", "off_topic": "off-topic"}.get(outcome, outcome)
        assert f"{label}: **{count}**" in field(reply, "Outcomes")
    assert figures["votes"] == {"helpful": 1, "not_helpful": 1}


async def test_an_unanswered_question_is_taught_from_stats(start_bot, fake_discord):
    running = await start_bot()
    await fake_discord.slash("ask", question=UNTAUGHT)
    reply = await fake_discord.mod.slash("stats")
    picker = await fake_discord.mod.select(reply, "Teach the answer to one of these…", ["0"])
    assert picker.ephemeral and escape_user_text(UNTAUGHT) in picker.content
    done = await fake_discord.mod.select(picker, "The passage that answers it…", [NONE])
    assert done.content.startswith("Learned:")
    assert running.bot.store.lessons == [Lesson(UNTAUGHT, None)]


async def test_members_cannot_see_stats(running_bot):
    with pytest.raises(CommandUnavailable):
        await running_bot.slash("stats")
