"""/reload: swaps in edited knowledge, or keeps the old knowledge and lists what is wrong."""

from __future__ import annotations

import pytest

from bot.discord_app import render
from bot.discord_app.cogs.admin import NOT_ALLOWED
from tests.discord_app.samples import hostile_interview, knowledge_dir
from tests.fake_discord import CommandUnavailable

BIOREACTORS = "how big are the bioreactors?"


@pytest.fixture
def editable(tmp_path):
    return knowledge_dir(tmp_path)


async def test_a_server_manager_reloads_edited_knowledge(start_bot, fake_discord, editable):
    import yaml

    await start_bot(KNOWLEDGE_DIR=str(editable))
    (editable / "second.yaml").write_text(
        yaml.safe_dump(hostile_interview(), allow_unicode=True), encoding="utf-8"
    )
    reply = await fake_discord.mod.slash("reload")
    assert reply.ephemeral
    assert reply.embed["title"] == "Knowledge reloaded"
    assert "2 interviews and 12 questions" in reply.embed["description"]
    choices = await fake_discord.autocomplete("ask", "interview", "")
    assert [choice["value"] for choice in choices] == ["biodlink-jun-liu-2024", "hostile-interview"]


async def test_broken_knowledge_is_refused_and_the_old_knowledge_keeps_answering(
    start_bot, fake_discord, editable, caplog
):
    await start_bot(KNOWLEDGE_DIR=str(editable))
    (editable / "broken.yaml").write_text("interview:\n  id: [unclosed\n", encoding="utf-8")
    reply = await fake_discord.mod.slash("reload")
    assert reply.embed["title"] == "Reload refused"
    assert "\n• broken.yaml:3: YAML syntax error" in reply.embed["description"]
    # Whoever runs the bot reads the log, not the manager's private reply: it names the file and line.
    [refused] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("reload refused")]
    assert refused.startswith(f"reload refused, the old knowledge kept: 1 problem(s) in {editable}, ")
    assert f"{editable / 'broken.yaml'}:3: YAML syntax error" in refused
    assert (
        (await fake_discord.slash("ask", question=BIOREACTORS))
        .embed["title"]
        .startswith("Is BioDlink equipped")
    )


async def test_every_problem_is_listed_within_the_limits(start_bot, fake_discord, editable):
    await start_bot(KNOWLEDGE_DIR=str(editable))
    for number in range(150):
        (editable / f"empty-{number:03}.yaml").write_text("", encoding="utf-8")
    reply = await fake_discord.mod.slash("reload")
    assert "\n• empty-000.yaml:1: the file is empty" in reply.embed["description"]
    assert "more lines" in reply.embed["description"]


async def test_reload_is_hidden_from_members_without_manage_server(running_bot):
    with pytest.raises(CommandUnavailable, match="cannot see /reload"):
        await running_bot.slash("reload")
    reload_command = next(c for c in running_bot.commands(running_bot.guild) if c["name"] == "reload")
    assert reload_command["default_member_permissions"] == "32"


async def test_the_run_time_check_refuses_anyone_but_the_owner_where_permissions_do_not_apply(
    start_bot, fake_discord
):
    await start_bot(DISCORD_GUILD_IDS="")  # global commands, usable in DMs where there is no Manage Server
    refused = await fake_discord.alice.slash(
        "reload", channel=fake_discord.dm_channel(fake_discord.alice.user)
    )
    assert refused.ephemeral and refused.content == NOT_ALLOWED
    owner = fake_discord.actor(fake_discord.owner)
    allowed = await owner.slash("reload", channel=fake_discord.dm_channel(fake_discord.owner))
    assert allowed.embed["title"] == "Knowledge reloaded"


async def test_buttons_for_an_answer_that_a_reload_removed_say_they_expired(
    start_bot, fake_discord, editable
):
    await start_bot(KNOWLEDGE_DIR=str(editable))
    reply = await fake_discord.slash("ask", question=BIOREACTORS)
    path = editable / "biodlink-jun-liu-2024.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("id: capacity", "id: production-capacity"), encoding="utf-8"
    )
    await fake_discord.mod.slash("reload")
    expired = await fake_discord.click(reply, "Full answer")
    assert expired.ephemeral and expired.content == render.EXPIRED
