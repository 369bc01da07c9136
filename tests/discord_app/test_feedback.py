"""Helpful / Not helpful: one vote per member per answer, changeable, acknowledged privately."""

from __future__ import annotations

from sqlalchemy import select

from bot.discord_app.feedback import CHANGED, SAME, THANKS
from bot.storage.report import build_report
from bot.storage.tables import VoteRow

BIOREACTORS = "how big are the bioreactors?"
CAPACITY = "biodlink-jun-liu-2024/capacity"


async def votes(running) -> tuple[int, int]:
    report = await build_report(running.bot.store.database, days=1)
    return report.helpful, report.not_helpful


async def test_a_vote_is_acknowledged_privately_and_recorded(start_bot, fake_discord):
    running = await start_bot()
    answer = await fake_discord.slash("ask", question=BIOREACTORS)
    ack = await fake_discord.click(answer, "Helpful")
    assert ack.ephemeral and ack.content == THANKS[True] and not ack.buttons
    assert await votes(running) == (1, 0)


async def test_voting_again_changes_the_vote_and_each_member_has_one(start_bot, fake_discord):
    running = await start_bot()
    answer = await fake_discord.slash("ask", question=BIOREACTORS)
    await fake_discord.click(answer, "Helpful")
    assert (await fake_discord.click(answer, "Helpful")).content == SAME
    assert (await fake_discord.click(answer, "Not helpful")).content.startswith(CHANGED[False])
    await fake_discord.mod.click(answer, "Helpful")
    assert await votes(running) == (1, 1)


async def test_only_managers_are_offered_to_teach_after_a_not_helpful_vote(start_bot, fake_discord):
    await start_bot()
    answer = await fake_discord.slash("ask", question=BIOREACTORS)
    member = await fake_discord.click(answer, "Not helpful")
    assert member.content == THANKS[False] and not member.buttons
    manager = await fake_discord.mod.click(answer, "Not helpful")
    assert manager.ephemeral and [button["label"] for button in manager.buttons] == ["Teach the bot"]
    form = await fake_discord.mod.click(manager, "Teach the bot")
    assert form.modal["title"] == "Teach the bot"


async def test_vote_buttons_keep_working_after_a_restart(start_bot, fake_discord):
    first = await start_bot()
    answer = await fake_discord.slash("ask", question=BIOREACTORS)
    assert await first.stop() == 0
    second = await start_bot()
    ack = await fake_discord.click(answer, "Not helpful")
    assert ack.content == THANKS[False]
    assert await votes(second) == (0, 1)


async def test_vote_buttons_carry_the_entry_key_and_the_vote_is_kept_under_it(start_bot, fake_discord):
    running = await start_bot()
    answer = await fake_discord.slash("ask", question=BIOREACTORS)
    ids = [button["custom_id"] for button in answer.buttons if "helpful" in button["label"].casefold()]
    assert ids == [f"ib:vote:up:{CAPACITY}", f"ib:vote:down:{CAPACITY}"]
    await fake_discord.click(answer, "Helpful")
    async with running.bot.store.database.session() as session:
        assert list(await session.scalars(select(VoteRow.entry_key))) == [CAPACITY]
