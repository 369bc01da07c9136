"""Teaching: /teach, teaching from a message, and lessons reaching every process on the database."""

from __future__ import annotations

import asyncio

import pytest

from bot.core.escape import escape_user_text
from bot.core.lessons import Lesson
from bot.core.loader import load_knowledge
from bot.discord_app import render
from bot.discord_app.cogs.teach import NONE
from tests.bundled import BUNDLED_INTERVIEW
from tests.fake_discord import CommandUnavailable

UNTAUGHT = "how many tanks of product per batch?"
REPHRASED = "how many tanks of product in a batch?"
CAPACITY = "biodlink-jun-liu-2024/capacity"
CAPACITY_TITLE = "Is BioDlink equipped"


def bundled_knowledge():
    return load_knowledge(BUNDLED_INTERVIEW)


async def test_only_managers_can_see_and_use_teach(running_bot):
    with pytest.raises(CommandUnavailable):
        await running_bot.slash("teach", question=UNTAUGHT, answer=CAPACITY)
    with pytest.raises(CommandUnavailable):
        await running_bot.context_menu("Teach the bot", await running_bot.mod.post(UNTAUGHT))


async def test_the_answer_option_offers_none_and_the_pairs_by_their_keys(running_bot, start_bot):
    choices = await running_bot.mod.autocomplete("teach", "answer", "", question=UNTAUGHT)
    assert choices[0]["value"] == NONE
    assert all(choice["value"].startswith("biodlink-jun-liu-2024/") for choice in choices[1:])
    assert len(choices) == 1 + min(24, len(bundled_knowledge()))
    typed = await running_bot.mod.autocomplete("teach", "answer", "bioreactor capacity", question=UNTAUGHT)
    assert CAPACITY in [choice["value"] for choice in typed]


async def test_a_manager_teaches_with_the_command_and_the_lesson_is_kept(start_bot, fake_discord):
    running = await start_bot()
    reply = await fake_discord.mod.slash("teach", question=UNTAUGHT, answer=CAPACITY)
    assert reply.ephemeral and reply.content.startswith(
        f"Learned: “{escape_user_text(UNTAUGHT)}” is answered by “{CAPACITY_TITLE}"
    )
    assert running.bot.store.lessons == [Lesson(UNTAUGHT, CAPACITY)]
    none = await fake_discord.mod.slash("teach", question="who won the football cup?", answer="none")
    assert "the interview does not answer this" in none.content
    assert running.bot.store.lessons[-1] == Lesson("who won the football cup?", None)


async def test_an_answer_that_is_not_a_pair_is_refused(start_bot, fake_discord):
    running = await start_bot()
    reply = await fake_discord.mod.slash("teach", question=UNTAUGHT, answer="the big one")
    assert reply.ephemeral and "Pick the answer from the list" in reply.content
    assert running.bot.store.lessons == []


async def test_a_manager_teaches_from_a_not_covered_reply(start_bot, fake_discord):
    running = await start_bot()
    uncovered = await fake_discord.slash("ask", question=UNTAUGHT)
    assert uncovered.embed["title"] in (render.NOT_IN_INTERVIEW, render.OFF_TOPIC)
    form = await fake_discord.mod.context_menu("Teach the bot", uncovered)
    (field,) = [row["components"][0] for row in form.modal["components"]]
    assert field["value"] == UNTAUGHT  # the question the reply quoted, ready to teach
    picker = await fake_discord.mod.submit_modal(form, {})
    assert picker.ephemeral and picker.selects[0]["options"][0]["value"] == NONE
    offered = [option["value"] for option in picker.selects[0]["options"]]
    assert CAPACITY in offered
    done = await fake_discord.mod.select(picker, "The passage that answers it…", [CAPACITY])
    assert done.content.startswith("Learned:")
    assert running.bot.store.lessons == [Lesson(UNTAUGHT, CAPACITY)]


async def test_a_taught_phrasing_is_answered_at_once_and_after_a_restart(start_bot, fake_discord):
    first = await start_bot()
    await fake_discord.mod.slash("teach", question=UNTAUGHT, answer=CAPACITY)
    assert (await fake_discord.slash("ask", question=UNTAUGHT)).embed["title"].startswith(CAPACITY_TITLE)
    assert (await fake_discord.slash("ask", question=REPHRASED)).embed["title"].startswith(CAPACITY_TITLE)
    assert await first.stop() == 0
    await start_bot()
    assert (await fake_discord.slash("ask", question=UNTAUGHT)).embed["title"].startswith(CAPACITY_TITLE)


async def test_lessons_are_read_back_after_a_restart(start_bot, fake_discord):
    first = await start_bot()
    await fake_discord.mod.slash("teach", question=UNTAUGHT, answer=CAPACITY)
    assert await first.stop() == 0
    second = await start_bot()
    assert second.bot.store.lessons == [Lesson(UNTAUGHT, CAPACITY)]


async def two_processes(start_bot, fake_discord, database_url):
    """Two bots on one database, each running one of two shards: a second process, as in production."""
    mine = (fake_discord.guild.id >> 22) % 2  # the shard of the guild where the mod teaches
    other = fake_discord.add_guild("Second Fans", guild_id=fake_discord.ids.for_shard(1 - mine, 2))
    carol = fake_discord.add_user("carol", guild=other)
    guilds = f"{fake_discord.guild.id},{other.id}"
    common = {"DATABASE_URL": database_url, "SHARD_COUNT": "2", "DISCORD_GUILD_IDS": guilds}
    first = await start_bot(SHARD_IDS=str(mine), **common)
    second = await start_bot(SHARD_IDS=str(1 - mine), **common)
    return first, second, carol, other


async def wait_for(predicate, seconds: float) -> float:
    loop = asyncio.get_running_loop()
    started = loop.time()
    while not predicate():
        assert loop.time() - started < seconds, f"not within {seconds} s"
        await asyncio.sleep(0.1)
    return loop.time() - started


async def test_a_lesson_reaches_a_second_process_within_10_seconds(database_url, start_bot, fake_discord):
    first, second, _, _ = await two_processes(start_bot, fake_discord, database_url)
    await fake_discord.mod.slash("teach", question=UNTAUGHT, answer=CAPACITY)
    await wait_for(lambda: Lesson(UNTAUGHT, CAPACITY) in second.bot.store.lessons, 10)
    assert first.bot.store.lessons == second.bot.store.lessons


async def test_a_second_process_answers_a_lesson_within_10_seconds(database_url, start_bot, fake_discord):
    _, second, carol, other = await two_processes(start_bot, fake_discord, database_url)
    await fake_discord.mod.slash("teach", question=UNTAUGHT, answer=CAPACITY)
    await wait_for(lambda: second.bot.store.lessons, 10)
    reply = await carol.slash("ask", question=REPHRASED, channel=other.channel("general"))
    assert reply.embed["title"].startswith(CAPACITY_TITLE)


async def test_teaching_from_an_answer_to_a_mention_starts_from_the_question_it_answered(running_bot):
    answer = await running_bot.say("how big are the bioreactors?", mention_bot=True)
    form = await running_bot.mod.context_menu("Teach the bot", answer)
    (field,) = [row["components"][0] for row in form.modal["components"]]
    assert field["value"] == "how big are the bioreactors?"


async def test_a_members_own_message_can_be_taught_as_it_is(running_bot):
    said = await running_bot.alice.post("what about the canteen?")
    form = await running_bot.mod.context_menu("Teach the bot", said)
    (field,) = [row["components"][0] for row in form.modal["components"]]
    assert field["value"] == "what about the canteen?"


async def test_a_question_with_markup_is_echoed_inert_and_taught_as_it_was_typed(start_bot, fake_discord):
    running = await start_bot()
    hostile = "who won [the cup](https://evil.example) for @everyone?"
    uncovered = await fake_discord.slash("ask", question=hostile)
    form = await fake_discord.mod.context_menu("Teach the bot", uncovered)
    (field,) = [row["components"][0] for row in form.modal["components"]]
    assert field["value"] == hostile  # read back from the escaped echo, as the member typed it
    reply = await fake_discord.mod.slash("teach", question=hostile, answer=NONE)
    assert escape_user_text(hostile) in reply.content and "](https" not in reply.content
    assert running.bot.store.lessons == [Lesson(hostile, None)]
