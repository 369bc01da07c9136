"""Buttons and selects after a restart: answers keep working, session pagers say they expired."""

from __future__ import annotations

from bot.discord_app import render
from tests.discord_app.samples import knowledge_dir

BIOREACTORS = "how big are the bioreactors?"


async def test_answer_buttons_and_select_still_work_after_a_restart(start_bot, fake_discord):
    first = await start_bot()
    answer = await fake_discord.slash("ask", question="What are BioDlink's ADC capabilities?")
    unsure = await fake_discord.slash("ask", question="what colour are the bioreactors painted?")
    assert unsure.embed["title"] == render.NOT_IN_INTERVIEW
    assert await first.stop() == 0

    await start_bot()
    full = await fake_discord.click(answer, "Full answer")
    assert full.ephemeral and full.embed["title"] == answer.embed["title"]
    other = answer.selects[0]["options"][0]["value"]
    picked = await fake_discord.select(answer, "Other matches…", [other])
    assert picked.buttons[0]["custom_id"] == f"ib:full:{other}"
    suggestion = await fake_discord.click(unsure, unsure.buttons[0]["custom_id"])
    assert suggestion.ephemeral and suggestion.embed["title"] not in (
        render.NOT_IN_INTERVIEW,
        render.OFF_TOPIC,
    )


async def test_an_old_page_button_says_it_expired_instead_of_failing(start_bot, fake_discord, tmp_path):
    directory = knowledge_dir(tmp_path, copies=1)
    first = await start_bot(KNOWLEDGE_DIR=str(directory))
    topics = await fake_discord.slash("topics")
    assert await first.stop() == 0

    await start_bot(KNOWLEDGE_DIR=str(directory))
    expired = await fake_discord.click(topics, "Next ▶")
    assert expired.ephemeral and expired.content == render.EXPIRED


async def test_a_component_the_bot_never_made_says_it_expired(running_bot):
    from tests.fake_discord.store import StoredMessage

    answer = await running_bot.slash("ask", question=BIOREACTORS)
    stored: StoredMessage = answer.message
    stored.data["components"][0]["components"][0]["custom_id"] = "ib:legacy:capacity"
    expired = await running_bot.click(answer, "Full answer")
    assert expired.content == render.EXPIRED
