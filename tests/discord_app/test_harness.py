"""The fake Discord behaves like Discord towards the real discord.py client.

A tiny discord.py bot defined here exercises every path the fake serves, so these tests pin the harness
itself; the bot's own behaviour is tested elsewhere through the same fake.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import discord
import discord.gateway
import discord.http
import pytest
import yarl
from discord import app_commands

from tests.fake_discord import CommandUnavailable, FakeDiscord, FakeDiscordTimeout, Intent, Overwrite, Perm
from tests.fake_discord.validation import (
    validate_autocomplete,
    validate_commands,
    validate_components,
    validate_embeds,
    validate_message,
)

pytestmark = pytest.mark.usefixtures("fast_discord")

TOPICS = ["biography", "biology", "books", "childhood", "music", "travel"]


class Pager(discord.ui.View):
    """Two buttons and a select, answering by editing the message they sit on."""

    def __init__(self) -> None:
        super().__init__(timeout=60)
        self.page = 1

    @discord.ui.button(label="Previous", custom_id="pager:prev", disabled=True)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]) -> None:
        await interaction.response.edit_message(content=f"page {self.page}")

    @discord.ui.button(label="Next", custom_id="pager:next", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Pager]) -> None:
        self.page += 1
        self.previous.disabled = False
        await interaction.response.edit_message(content=f"page {self.page}", view=self)

    @discord.ui.select(
        custom_id="pager:topic",
        placeholder="Pick a topic",
        options=[discord.SelectOption(label=t, value=t) for t in TOPICS[:3]],
    )
    async def topic(self, interaction: discord.Interaction, select: discord.ui.Select[Pager]) -> None:
        await interaction.response.send_message(f"topic: {select.values[0]}", ephemeral=True, view=Pager())


class TinyBot(discord.Client):
    """The smallest bot that touches every route: chat replies, commands, views, files, DMs, context menus."""

    def __init__(self, fake: FakeDiscord, *, intents: discord.Intents | None = None, **options: Any) -> None:
        if intents is None:
            intents = discord.Intents.default()
            intents.message_content = True
        super().__init__(intents=intents, allowed_mentions=discord.AllowedMentions.none(), **options)
        self.fake = fake
        self.tree = app_commands.CommandTree(self)
        self.ready_event = asyncio.Event()
        self.heard: list[discord.Message] = []
        self.errors: list[BaseException] = []
        self.reconnected = asyncio.Event()
        _add_commands(self)

    async def setup_hook(self) -> None:
        guild = discord.Object(self.fake.guild.id)
        self.tree.copy_global_to(guild=guild)
        await self.tree.sync(guild=guild)

    async def on_ready(self) -> None:
        self.ready_event.set()

    async def on_resumed(self) -> None:
        self.reconnected.set()

    async def on_message(self, message: discord.Message) -> None:
        self.heard.append(message)
        if message.author.bot:
            return
        mentioned = self.user is not None and self.user in message.mentions
        if message.content == "!tidy":
            async with message.channel.typing():
                draft = await message.channel.send("draft")
            await draft.edit(content="tidied")
            await message.add_reaction("\N{BROOM}")
            extra = await message.channel.send("temporary")
            await extra.delete()
        elif (
            isinstance(message.channel, discord.DMChannel) or mentioned or message.content.startswith("!echo")
        ):
            await message.reply(f"heard: {message.content}")


def _add_commands(bot: TinyBot) -> None:
    tree = bot.tree

    async def on_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        bot.errors.append(error)

    tree.on_error = on_error  # type: ignore[method-assign]

    @tree.command()
    @app_commands.describe(text="what to say back", private="only you see it")
    async def echo(interaction: discord.Interaction, text: str, private: bool = False) -> None:
        """Say the text back."""
        await interaction.response.send_message(text, ephemeral=private)

    @tree.command()
    async def ask(interaction: discord.Interaction, question: str) -> None:
        """Ask about the interview."""
        embed = discord.Embed(title="Answer", description=f"You asked about {question}")
        await interaction.response.send_message(embed=embed)

    @ask.autocomplete("question")
    async def ask_topics(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=t.title(), value=t) for t in TOPICS if current.lower() in t][:25]

    @tree.command()
    async def many(interaction: discord.Interaction, pick: str) -> None:
        """Offer too many choices."""
        await interaction.response.send_message(pick)

    @many.autocomplete("pick")
    async def many_choices(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        await interaction.response.autocomplete(
            [app_commands.Choice(name=f"c{i}", value=f"c{i}") for i in range(26)]
        )
        return []

    @tree.command()
    async def slow(interaction: discord.Interaction) -> None:
        """Think first, then answer."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        await asyncio.sleep(0.05)
        await interaction.followup.send("done thinking", ephemeral=False)
        await interaction.followup.send("and one more thing")

    @tree.command()
    async def revise(interaction: discord.Interaction) -> None:
        """Answer, then fetch and edit the answer, then add and remove a followup."""
        await interaction.response.send_message("draft")
        original = await interaction.original_response()
        await interaction.edit_original_response(content=f"final (was {original.content})")
        note = await interaction.followup.send("temporary", wait=True)
        await note.delete()

    @tree.command()
    async def pager(interaction: discord.Interaction) -> None:
        """Show a paged message."""
        await interaction.response.send_message("page 1", view=Pager())

    @tree.command()
    @app_commands.default_permissions(manage_guild=True)
    async def admin(interaction: discord.Interaction) -> None:
        """Moderators only."""
        await interaction.response.send_message(
            f"manage_guild={interaction.permissions.manage_guild}", ephemeral=True
        )

    @tree.command()
    async def attach(interaction: discord.Interaction) -> None:
        """Send a file."""
        await interaction.response.send_message("here", file=discord.File(io.BytesIO(b"hello"), "hello.txt"))

    @tree.command()
    async def dm_me(interaction: discord.Interaction) -> None:
        """Send a DM."""
        await interaction.user.send("psst")
        await interaction.response.send_message("sent you a DM", ephemeral=True)

    @tree.command()
    async def toolong(interaction: discord.Interaction) -> None:
        """Break the content limit."""
        await interaction.response.send_message("x" * 2001)

    @tree.command()
    async def late(interaction: discord.Interaction) -> None:
        """Answer after the interaction expired."""
        await asyncio.sleep(0.3)
        await interaction.response.send_message("too late")

    faq = app_commands.Group(name="faq", description="Frequently asked")

    @faq.command(name="show")
    async def faq_show(interaction: discord.Interaction, number: app_commands.Range[int, 1, 10]) -> None:
        """Show one entry."""
        await interaction.response.send_message(f"faq #{number}")

    tree.add_command(faq)

    @tree.context_menu(name="Quote message")
    async def quote(interaction: discord.Interaction, message: discord.Message) -> None:
        await interaction.response.send_message(f"> {message.content} (by {message.author.name})")

    @tree.context_menu(name="Wave")
    async def wave(interaction: discord.Interaction, member: discord.Member) -> None:
        await interaction.response.send_message(f"waves at {member.name}")


@asynccontextmanager
async def connected(
    fake: FakeDiscord, client: discord.Client, *, token: str | None = None
) -> AsyncIterator[discord.Client]:
    """Run ``client`` against the fake until the block ends, the way a bot runner points discord.py at it."""
    discord.http.Route.BASE = fake.api_base_url
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    task = asyncio.create_task(client.start(token or fake.token))
    fake.watch(task)
    ready = getattr(client, "ready_event", None) or asyncio.Event()
    try:
        await fake.wait_until(ready.is_set, what="the client to be ready")
        yield client
    finally:
        await client.close()
        await asyncio.wait_for(task, 5)


@pytest.fixture
async def tiny_bot(fake_discord: FakeDiscord) -> AsyncIterator[TinyBot]:
    async with connected(fake_discord, TinyBot(fake_discord)) as client:
        assert isinstance(client, TinyBot)
        yield client


# --- logging in ---------------------------------------------------------------------------------------


async def test_login_identifies_once_with_intents_and_gets_the_guild(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    [identify] = fake_discord.gateway.identifies
    assert identify["token"] == fake_discord.token
    assert identify["intents"] == tiny_bot.intents.value
    assert identify["intents"] & Intent.MESSAGE_CONTENT
    [connection] = fake_discord.gateway.connections
    assert connection.compression == "zlib-stream"
    assert connection.heartbeats >= 1
    guild = tiny_bot.get_guild(fake_discord.guild.id)
    assert guild is not None and guild.name == "Interview Fans"
    assert {c.name for c in guild.text_channels} == {"general", "questions"}
    assert tiny_bot.user is not None and tiny_bot.user.id == fake_discord.bot_user.id
    assert tiny_bot.application_id == fake_discord.application_id
    assert [r.route for r in fake_discord.requests[:2]] == ["GET /users/@me", "GET /oauth2/applications/@me"]


async def test_every_request_is_recorded_with_its_headers(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    me = fake_discord.requests[0]
    assert (me.method, me.path, me.status) == ("GET", "/users/@me", 200)
    assert me.headers["Authorization"] == f"Bot {fake_discord.token}"
    assert me.headers["User-Agent"].startswith("DiscordBot")


async def test_a_wrong_token_is_refused_with_401_and_discord_py_raises_login_failure(
    fake_discord: FakeDiscord,
) -> None:
    fake_discord.expect_errors(401)
    discord.http.Route.BASE = fake_discord.api_base_url
    client = discord.Client(intents=discord.Intents.default())
    with pytest.raises(discord.LoginFailure):
        await client.login("not-the-token")
    await client.close()
    [refused] = fake_discord.client_errors
    assert refused.response == {"message": "401: Unauthorized", "code": 0}


async def test_a_wrong_token_in_identify_closes_the_gateway_with_4004(fake_discord: FakeDiscord) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(fake_discord.gateway_url + "?v=10&encoding=json") as ws,
    ):
        hello = await ws.receive_json()
        assert hello["op"] == 10 and hello["d"]["heartbeat_interval"] > 0
        await ws.send_json({"op": 2, "d": {"token": "wrong", "intents": 513, "properties": {}}})
        closed = await ws.receive()
        assert closed.type is aiohttp.WSMsgType.CLOSE
        assert ws.close_code == 4004


async def test_unknown_routes_answer_404_and_are_recorded_as_failures(fake_discord: FakeDiscord) -> None:
    async with aiohttp.ClientSession() as session:
        response = await session.get(fake_discord.api_base_url + "/guilds/1/bans")
        assert response.status == 404
        assert response.headers["Content-Type"] == "application/json"
    assert [f.kind for f in fake_discord.failures] == ["unknown-route"]
    assert fake_discord.unexpected()
    fake_discord.failures.clear()


# --- commands -----------------------------------------------------------------------------------------


async def test_the_registered_commands_are_exactly_what_the_tree_declares(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    guild = discord.Object(fake_discord.guild.id)
    declared = [command.to_dict(tiny_bot.tree) for command in tiny_bot.tree.get_commands(guild=guild)]
    [put] = fake_discord.requests_to("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
    assert put.json == declared
    stored = fake_discord.commands(fake_discord.guild)
    assert [c["name"] for c in stored] == [c["name"] for c in declared]
    assert all(c["id"].isdigit() and c["guild_id"] == str(fake_discord.guild.id) for c in stored)
    fetched = await tiny_bot.tree.fetch_commands(guild=guild)
    assert {c.name for c in fetched} == {c["name"] for c in declared}


async def test_a_slash_command_gets_a_reply_that_pings_nobody(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.slash("echo", text=f"hello {fake_discord.mod.mention} @everyone")
    assert reply.kind == "message"
    assert reply.content == f"hello {fake_discord.mod.mention} @everyone"
    assert not reply.ephemeral
    assert reply.allowed_mentions == {"parse": []}
    assert reply.pings == frozenset()
    interaction = reply.interaction
    assert interaction is not None and interaction.payload["data"]["id"] == interaction.command["id"]  # type: ignore[index]


async def test_ephemeral_replies_carry_the_ephemeral_flag(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.slash("echo", text="secret", private=True)
    assert reply.ephemeral and reply.flags & 64


async def test_sub_commands_and_ranges_arrive_typed(tiny_bot: TinyBot, fake_discord: FakeDiscord) -> None:
    reply = await fake_discord.slash("faq show", number=3)
    assert reply.content == "faq #3"
    with pytest.raises(CommandUnavailable, match="outside the range"):
        await fake_discord.slash("faq show", number=11)


async def test_a_person_cannot_run_a_command_that_is_not_registered(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    with pytest.raises(CommandUnavailable, match="not registered"):
        await fake_discord.slash("nope")
    with pytest.raises(CommandUnavailable, match="needs"):
        await fake_discord.slash("echo")


async def test_permission_gated_commands_are_visible_only_to_members_with_the_permission(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    with pytest.raises(CommandUnavailable, match="cannot see /admin"):
        await fake_discord.alice.slash("admin")
    reply = await fake_discord.mod.slash("admin")
    assert reply.content == "manage_guild=True"
    boss = fake_discord.add_user("boss", permissions=Perm.ADMINISTRATOR)
    assert (await boss.slash("admin")).content == "manage_guild=True"


async def test_autocomplete_returns_the_bots_choices(tiny_bot: TinyBot, fake_discord: FakeDiscord) -> None:
    choices = await fake_discord.autocomplete("ask", "question", "bio")
    assert choices == [{"name": "Biography", "value": "biography"}, {"name": "Biology", "value": "biology"}]
    reply = await fake_discord.slash("ask", question=choices[1]["value"])
    assert reply.embed["description"] == "You asked about biology"


async def test_more_than_25_autocomplete_choices_are_rejected(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    fake_discord.expect_errors(400)
    with pytest.raises(FakeDiscordTimeout, match="autocomplete"):
        await fake_discord.autocomplete("many", "pick", "c", timeout=0.5)
    [rejected] = fake_discord.client_errors
    assert rejected.response["code"] == 50035
    assert "choices" in rejected.response["errors"]["data"]


async def test_a_thinking_defer_is_replaced_by_the_first_followup(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.slash("slow")
    assert reply.kind == "deferred"
    first, second = reply.messages
    assert first.id == reply.interaction.original.id  # type: ignore[union-attr]
    assert first.content == "done thinking" and not first.loading
    assert first.ephemeral, "the first followup keeps the defer's ephemerality"
    assert second.content == "and one more thing" and not second.ephemeral
    assert reply.followups == [first, second]


async def test_the_original_response_can_be_fetched_and_edited_and_followups_deleted(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.slash("revise")
    original, note = reply.messages
    assert original.content == "final (was draft)" and original.edited
    assert note.content == "temporary" and note.deleted
    routes = [r.route for r in fake_discord.requests if r.route and "webhooks" in r.route]
    assert routes == [
        "GET /webhooks/{application_id}/{token}/messages/{message_id}",
        "PATCH /webhooks/{application_id}/{token}/messages/{message_id}",
        "POST /webhooks/{application_id}/{token}",
        "DELETE /webhooks/{application_id}/{token}/messages/{message_id}",
    ]


async def test_a_response_after_the_deadline_fails_as_unknown_interaction(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    fake_discord.response_deadline = 0.1
    fake_discord.expect_errors(404)
    with pytest.raises(FakeDiscordTimeout):
        await fake_discord.slash("late", timeout=0.5)
    await fake_discord.wait_until(lambda: fake_discord.client_errors, what="the late callback")
    assert fake_discord.client_errors[0].response["code"] == 10062


async def test_an_interaction_is_answered_once_and_followups_need_an_answer(
    fake_discord: FakeDiscord,
) -> None:
    fake_discord.expect_errors(400, 404)
    record = fake_discord.new_interaction(
        kind=2,
        data={"id": "1", "name": "x", "type": 1},
        channel=fake_discord.general,
        user=fake_discord.alice.user,
    )
    callback = f"{fake_discord.api_base_url}/interactions/{record.id}/{record.token}/callback?with_response=1"
    followup = f"{fake_discord.api_base_url}/webhooks/{fake_discord.application_id}/{record.token}?wait=1"
    async with aiohttp.ClientSession() as session:
        early = await session.post(followup, json={"content": "too early"})
        assert (early.status, (await early.json())["code"]) == (404, 10015)
        first = await session.post(callback, json={"type": 4, "data": {"content": "hi"}})
        body = await first.json()
        assert first.status == 200 and body["resource"]["message"]["content"] == "hi"
        assert body["interaction"]["response_message_id"] == body["resource"]["message"]["id"]
        second = await session.post(callback, json={"type": 4, "data": {"content": "again"}})
        assert second.status == 400
        assert await second.json() == {"message": "Interaction has already been acknowledged.", "code": 40060}
        empty = await session.post(followup, json={"content": "   "})
        assert (empty.status, (await empty.json())["code"]) == (400, 50006)


# --- components -----------------------------------------------------------------------------------------


async def test_a_button_click_reaches_the_view_on_the_message_the_bot_sent(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    page = await fake_discord.slash("pager")
    assert [b["label"] for b in page.buttons] == ["Previous", "Next"]
    with pytest.raises(AssertionError, match="disabled"):
        await fake_discord.click(page, "Previous")
    clicked = await fake_discord.click(page, "Next")
    assert clicked.kind == "update"
    assert clicked.message.id == page.message.id
    assert page.content == "page 2", "the reply is live: it shows the edit"
    assert not page.component("Previous").get("disabled")
    payload = clicked.interaction.payload  # type: ignore[union-attr]
    assert payload["message"]["id"] == str(page.message.id)
    assert payload["data"] == {
        "custom_id": "pager:next",
        "component_type": 2,
        "id": page.component("Next")["id"],
    }


async def test_picking_from_a_select_menu(tiny_bot: TinyBot, fake_discord: FakeDiscord) -> None:
    page = await fake_discord.slash("pager")
    picked = await fake_discord.select(page, "pager:topic", ["books"])
    assert picked.content == "topic: books" and picked.ephemeral
    with pytest.raises(AssertionError, match="not offered"):
        await fake_discord.select(page, "Pick a topic", ["cooking"])


async def test_someone_else_cannot_click_an_ephemeral_message(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    page = await fake_discord.slash("pager")
    picked = await fake_discord.select(page, "pager:topic", ["books"])
    with pytest.raises(AssertionError, match="cannot see alice's ephemeral message"):
        await fake_discord.mod.click(picked, "Next")
    assert (await fake_discord.click(picked, "Next")).content == "page 2"


# --- context menus ----------------------------------------------------------------------------------------


async def test_a_message_context_menu_gets_the_target_message(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    target = await fake_discord.mod.post("What did she say about music?")
    reply = await fake_discord.context_menu("Quote message", target)
    assert reply.content == "> What did she say about music? (by mod)"
    data = reply.interaction.payload["data"]  # type: ignore[union-attr]
    assert data["target_id"] == str(target.id) and data["type"] == 3
    assert data["resolved"]["messages"][str(target.id)]["content"] == target.content


async def test_a_user_context_menu_gets_the_member(tiny_bot: TinyBot, fake_discord: FakeDiscord) -> None:
    reply = await fake_discord.context_menu("Wave", fake_discord.mod)
    assert reply.content == "waves at mod"


# --- chat -------------------------------------------------------------------------------------------------


async def test_mentioning_the_bot_gets_a_reply(tiny_bot: TinyBot, fake_discord: FakeDiscord) -> None:
    reply = await fake_discord.say("tell me about music", mention_bot=True)
    assert reply.content == f"heard: {fake_discord.bot_user.mention} tell me about music"
    assert reply.message.data["message_reference"]["message_id"] == str(reply.trigger.id)  # type: ignore[union-attr]
    assert reply.pings == frozenset(), "AllowedMentions.none() also silences the reply ping"


async def test_other_bots_and_unaddressed_chatter_get_no_reply(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    assert not await fake_discord.say("just chatting", expect_reply=False)
    assert not await fake_discord.otherbot.say("!echo from a bot", expect_reply=False)
    assert [m.content for m in tiny_bot.heard][-2:] == ["just chatting", "!echo from a bot"]


async def test_everyone_and_role_mentions_need_permission(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    plain = await fake_discord.alice.post(
        "hi", mention_everyone=True, mention_roles=[fake_discord.moderators]
    )
    assert plain.data["mention_everyone"] is False
    assert plain.data["mention_roles"] == [str(fake_discord.moderators.id)], (
        "the Moderators role is mentionable"
    )
    boss = fake_discord.add_user("boss", permissions=Perm.MENTION_EVERYONE)
    loud = await boss.post("hi", mention_everyone=True)
    assert loud.data["mention_everyone"] is True
    await fake_discord.settle()


async def test_channel_messages_can_be_edited_reacted_to_and_deleted(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.say("!tidy")
    draft, extra = reply.messages
    assert draft.content == "tidied" and draft.history[0]["content"] == "draft"
    assert extra.deleted
    assert reply.trigger is not None and reply.trigger.reactions == ["\N{BROOM}"]
    assert fake_discord.requests_to("POST", "/channels/{channel_id}/typing")


async def test_without_embed_links_embeds_are_dropped_and_without_history_replies_are_refused(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    bot_role = next(role for role in fake_discord.guild.roles if role.managed)
    denied = int(Perm.EMBED_LINKS | Perm.READ_MESSAGE_HISTORY)
    channel = fake_discord.add_channel("strict", overwrites=[Overwrite(bot_role.id, 0, deny=denied)])
    question = await fake_discord.alice.post("a question", channel=channel)
    where = tiny_bot.get_partial_messageable(channel.id)
    sent = await where.send("text", embed=discord.Embed(title="dropped"))
    assert fake_discord.messages[sent.id].embeds == [] and sent.content == "text"
    fake_discord.expect_errors(403)
    with pytest.raises(discord.Forbidden) as refused:
        await where.get_partial_message(question.id).reply("a reply")
    assert refused.value.code == 160002


async def test_threads_arrive_with_the_guild_and_sending_in_them_takes_send_messages_in_threads(
    fake_discord: FakeDiscord,
) -> None:
    bot_role = next(role for role in fake_discord.guild.roles if role.managed)
    parent = fake_discord.add_channel(
        "announcements", overwrites=[Overwrite(bot_role.id, 0, deny=int(Perm.SEND_MESSAGES))]
    )
    thread = fake_discord.add_thread("discussion", parent=parent)
    client = TinyBot(fake_discord)
    async with connected(fake_discord, client):
        seen = client.get_channel(thread.id)
        assert isinstance(seen, discord.Thread) and seen.parent_id == parent.id
        reply = await fake_discord.say("!echo in a thread", channel=thread)
        assert reply.content == "heard: !echo in a thread" and reply.message.channel is thread
        fake_discord.expect_errors(403)
        with pytest.raises(discord.Forbidden):
            await client.get_partial_messageable(parent.id).send("not in the parent")


async def test_direct_messages_both_ways(tiny_bot: TinyBot, fake_discord: FakeDiscord) -> None:
    reply = await fake_discord.dm("hello bot")
    assert reply.content == "heard: hello bot"
    assert reply.message.channel.is_dm
    sent = await fake_discord.mod.slash("dm_me")
    assert sent.content == "sent you a DM"
    [dm] = [m for m in fake_discord.bot_messages if m.content == "psst"]
    assert dm.channel.recipient == fake_discord.mod.user
    assert fake_discord.requests_to("POST", "/users/@me/channels")


async def test_without_the_message_content_intent_content_is_empty_unless_the_bot_is_mentioned(
    fake_discord: FakeDiscord,
) -> None:
    client = TinyBot(fake_discord, intents=discord.Intents.default())
    async with connected(fake_discord, client):
        await fake_discord.say("!echo hidden", expect_reply=False)
        reply = await fake_discord.say("visible", mention_bot=True)
    assert client.heard[0].content == ""
    assert reply.content.endswith("visible")


async def test_privileged_intents_not_enabled_close_the_gateway_with_4014(fake_discord: FakeDiscord) -> None:
    fake_discord.privileged_intents = 0
    client = TinyBot(fake_discord)
    discord.http.Route.BASE = fake_discord.api_base_url
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake_discord.gateway_url)
    with pytest.raises(discord.PrivilegedIntentsRequired):
        await asyncio.wait_for(client.start(fake_discord.token), 5)
    await client.close()
    assert fake_discord.gateway.close_codes == [4014]


# --- files and limits -------------------------------------------------------------------------------------


async def test_files_arrive_as_multipart_with_payload_json(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    reply = await fake_discord.slash("attach")
    [attachment] = reply.message.data["attachments"]
    assert (attachment["filename"], attachment["size"]) == ("hello.txt", 5)
    [callback] = [r for r in fake_discord.requests if r.path.endswith("/callback")]
    assert callback.files[0]["data"] == b"hello"
    assert callback.json["data"]["content"] == "here"


async def test_over_limit_content_raises_http_exception_in_discord_py(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    fake_discord.expect_errors(400)
    channel = tiny_bot.get_channel(fake_discord.general.id)
    assert isinstance(channel, discord.TextChannel)
    with pytest.raises(discord.HTTPException) as raised:
        await channel.send("x" * 2001)
    assert (raised.value.status, raised.value.code) == (400, 50035)
    assert "In content: Must be 2000 or fewer in length." in str(raised.value)
    with pytest.raises(discord.HTTPException) as empty:
        await channel.send(" ")
    assert empty.value.code == 50006
    embed = discord.Embed(title="t" * 257)
    with pytest.raises(discord.HTTPException, match=r"embeds\.0\.title"):
        await channel.send(embed=embed)


async def test_an_over_limit_interaction_reply_reaches_the_tree_error_handler(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    fake_discord.expect_errors(400)
    with pytest.raises(FakeDiscordTimeout):
        await fake_discord.slash("toolong", timeout=0.5)
    await fake_discord.wait_until(lambda: tiny_bot.errors, what="the tree's error handler")
    assert isinstance(tiny_bot.errors[0].__cause__, discord.HTTPException)


# --- reconnecting -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["reconnect", "close"])
async def test_a_dropped_connection_is_resumed_and_the_bot_still_answers(
    tiny_bot: TinyBot, fake_discord: FakeDiscord, how: str
) -> None:
    await fake_discord.force_reconnect(how=how, code=4000)
    assert len(fake_discord.gateway.identifies) == 1, "resumed, not identified again"
    [resume] = fake_discord.gateway.resumes
    assert resume["session_id"] == fake_discord.session().session_id
    assert fake_discord.gateway.connections[-1].path == "/gateway/resume"
    assert (await fake_discord.slash("echo", text="still here")).content == "still here"


async def test_events_sent_while_disconnected_are_replayed_on_resume(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    session = fake_discord.session()
    assert session.connection is not None
    await session.connection.close(4000)
    await fake_discord.wait_until(lambda: session.connection is None, what="the connection to drop")
    missed = await fake_discord.alice.post("!echo while you were away")
    await fake_discord.wait_until(lambda: session.resumes == 1, what="the resume")
    await fake_discord.wait_until(
        lambda: missed.content in [m.content for m in tiny_bot.heard], what="the replayed message"
    )
    assert len(fake_discord.gateway.identifies) == 1


async def test_an_invalid_session_makes_the_client_identify_again(
    tiny_bot: TinyBot, fake_discord: FakeDiscord
) -> None:
    await fake_discord.invalidate_session(resumable=False)
    assert len(fake_discord.gateway.identifies) == 2
    assert (await fake_discord.slash("echo", text="back")).content == "back"


async def test_each_shard_identifies_and_answers_for_its_own_guilds(fake_discord: FakeDiscord) -> None:
    second = fake_discord.add_guild("Second", guild_id=fake_discord.ids.for_shard(1, 2))
    carol = fake_discord.add_user("carol", guild=second)
    intents = discord.Intents.default()
    intents.message_content = True
    sharded = discord.AutoShardedClient(intents=intents, shard_count=2)
    sharded.ready_event = asyncio.Event()  # type: ignore[attr-defined]

    @sharded.event
    async def on_ready() -> None:
        sharded.ready_event.set()  # type: ignore[attr-defined]

    @sharded.event
    async def on_message(message: discord.Message) -> None:
        if not message.author.bot and message.guild is not None:
            await message.channel.send(f"shard {message.guild.shard_id}")

    async with connected(fake_discord, sharded):
        assert sorted(tuple(i["shard"]) for i in fake_discord.gateway.identifies) == [(0, 2), (1, 2)]
        reply = await carol.say("hello", channel=second.channel("general"))
        first = await fake_discord.say("hello")
    assert reply.content == "shard 1"
    assert first.content == f"shard {(fake_discord.guild.id >> 22) % 2}"


# --- the validators on their own ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"content": "x" * 2001}, ("content", "BASE_TYPE_MAX_LENGTH")),
        ({"embeds": [{"title": "t" * 257}]}, ("embeds.0.title", "BASE_TYPE_MAX_LENGTH")),
        ({"embeds": [{"description": "d" * 4097}]}, ("embeds.0.description", "BASE_TYPE_MAX_LENGTH")),
        (
            {"embeds": [{"fields": [{"name": "n" * 257, "value": "v"}]}]},
            ("embeds.0.fields.0.name", "BASE_TYPE_BAD_LENGTH"),
        ),
        (
            {"embeds": [{"fields": [{"name": "n", "value": "v" * 1025}]}]},
            ("embeds.0.fields.0.value", "BASE_TYPE_BAD_LENGTH"),
        ),
        (
            {"embeds": [{"fields": [{"name": "n", "value": "v"}] * 26}]},
            ("embeds.0.fields", "BASE_TYPE_MAX_LENGTH"),
        ),
        ({"embeds": [{"footer": {"text": "f" * 2049}}]}, ("embeds.0.footer.text", "BASE_TYPE_BAD_LENGTH")),
        ({"embeds": [{"author": {"name": "a" * 257}}]}, ("embeds.0.author.name", "BASE_TYPE_BAD_LENGTH")),
        (
            {"embeds": [{"description": "d" * 4000}, {"description": "d" * 2001}]},
            ("embeds", "MAX_EMBED_SIZE_EXCEEDED"),
        ),
        ({"embeds": [{"title": "t"}] * 11}, ("embeds", "BASE_TYPE_MAX_LENGTH")),
        (
            {"allowed_mentions": {"parse": ["users"], "users": ["1"]}},
            ("allowed_mentions", "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE"),
        ),
    ],
)
def test_message_limits(body: dict[str, Any], where: tuple[str, str]) -> None:
    assert where in validate_message(body).leaves()


def test_messages_within_every_limit_pass() -> None:
    embed = {
        "title": "t" * 256,
        "description": "d" * 3000,
        "fields": [{"name": "n", "value": "v" * 1024}] * 2,
        "footer": {"text": "f"},
    }
    assert not validate_message({"content": "x" * 2000, "embeds": [embed], "allowed_mentions": {"parse": []}})


def button(label: str = "b", custom_id: str | None = "b", **extra: Any) -> dict[str, Any]:
    return {"type": 2, "style": 1, "label": label, "custom_id": custom_id, **extra}


def row(*components: dict[str, Any]) -> dict[str, Any]:
    return {"type": 1, "components": list(components)}


@pytest.mark.parametrize(
    ("components", "where"),
    [
        ([row(button(custom_id=f"b{i}")) for i in range(6)], ("components", "BASE_TYPE_MAX_LENGTH")),
        (
            [row(*(button(custom_id=f"b{i}") for i in range(6)))],
            ("components.0.components", "BASE_TYPE_BAD_LENGTH"),
        ),
        ([row(button(custom_id="x" * 101))], ("components.0.components.0.custom_id", "BASE_TYPE_BAD_LENGTH")),
        ([row(button(label="l" * 81))], ("components.0.components.0.label", "BASE_TYPE_MAX_LENGTH")),
        (
            [row(button(custom_id="same"), button(custom_id="same"))],
            ("components.0.components.1.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED"),
        ),
        (
            [row(button(), {"type": 3, "custom_id": "s", "options": [{"label": "a", "value": "a"}]})],
            ("components.0.components", "COMPONENT_LAYOUT_WIDTH_EXCEEDED"),
        ),
        (
            [
                row(
                    {
                        "type": 3,
                        "custom_id": "s",
                        "options": [{"label": "a", "value": str(i)} for i in range(26)],
                    }
                )
            ],
            ("components.0.components.0.options", "BASE_TYPE_BAD_LENGTH"),
        ),
        (
            [row({"type": 3, "custom_id": "s", "options": [{"label": "l" * 101, "value": "v"}]})],
            ("components.0.components.0.options.0.label", "BASE_TYPE_BAD_LENGTH"),
        ),
        ([button()], ("components.0.type", "UNION_TYPE_CHOICES")),
    ],
)
def test_component_limits(components: list[dict[str, Any]], where: tuple[str, str]) -> None:
    assert where in validate_components(components).leaves()


def command(name: str = "ask", description: str = "Ask", **extra: Any) -> dict[str, Any]:
    return {"name": name, "description": description, "type": 1, **extra}


def option(name: str = "q", **extra: Any) -> dict[str, Any]:
    return {"name": name, "description": "d", "type": 3, **extra}


@pytest.mark.parametrize(
    ("commands", "where"),
    [
        ([command("Ask")], ("0.name", "APPLICATION_COMMAND_INVALID_NAME")),
        ([command("has space")], ("0.name", "APPLICATION_COMMAND_INVALID_NAME")),
        ([command("x" * 33)], ("0.name", "APPLICATION_COMMAND_INVALID_NAME")),
        ([command(description="")], ("0.description", "BASE_TYPE_REQUIRED")),
        ([command(description="d" * 101)], ("0.description", "BASE_TYPE_BAD_LENGTH")),
        ([command(options=[option(f"o{i}") for i in range(26)])], ("0.options", "BASE_TYPE_MAX_LENGTH")),
        (
            [command(options=[option(description="d" * 101)])],
            ("0.options.0.description", "BASE_TYPE_BAD_LENGTH"),
        ),
        ([command(options=[option("Q")])], ("0.options.0.name", "APPLICATION_COMMAND_INVALID_NAME")),
        (
            [command(options=[option("a"), option("b", required=True)])],
            ("0.options.1", "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID"),
        ),
        ([{"name": "m" * 33, "type": 3}], ("0.name", "BASE_TYPE_BAD_LENGTH")),
        ([command(), command()], ("1.name", "APPLICATION_COMMANDS_DUPLICATE_NAME")),
    ],
)
def test_command_limits(commands: list[dict[str, Any]], where: tuple[str, str]) -> None:
    assert where in validate_commands(commands).leaves()


def test_context_menu_names_may_have_spaces_and_capitals() -> None:
    assert not validate_commands([{"name": "Ask the interview", "type": 3}, command("ask_2-b")])


@pytest.mark.parametrize(
    ("choices", "where"),
    [
        ([{"name": f"c{i}", "value": "v"} for i in range(26)], ("data.choices", "BASE_TYPE_MAX_LENGTH")),
        ([{"name": "", "value": "v"}], ("data.choices.0.name", "BASE_TYPE_REQUIRED")),
        ([{"name": "n" * 101, "value": "v"}], ("data.choices.0.name", "BASE_TYPE_BAD_LENGTH")),
        ([{"name": "n", "value": "v" * 101}], ("data.choices.0.value", "BASE_TYPE_BAD_LENGTH")),
    ],
)
def test_autocomplete_limits(choices: list[dict[str, Any]], where: tuple[str, str]) -> None:
    assert where in validate_autocomplete({"choices": choices}, 3).leaves()


def test_embed_urls_must_be_http() -> None:
    assert ("embeds.0.url", "URL_TYPE_INVALID_SCHEME") in validate_embeds([{"url": "ftp://x"}]).leaves()


def test_the_error_body_is_discords_shape() -> None:
    from tests.fake_discord.validation import form_body_error

    body = form_body_error(validate_message({"content": "x" * 2001}))
    assert json.loads(json.dumps(body)) == {
        "code": 50035,
        "message": "Invalid Form Body",
        "errors": {
            "content": {
                "_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]
            }
        },
    }
