"""Questions by mention and by DM: answered as a reply that pings nobody; everything else is ignored."""

from __future__ import annotations

import logging

import pytest

from bot.discord_app import render
from bot.discord_app.cogs.teach import unescape
from tests.fake_discord import FakeChannel, FakeDiscord, Overwrite, Perm

BIOREACTORS = "how big are the bioreactors?"
CAPACITY_TITLE = "Is BioDlink equipped to manage large-scale production"
EXAMPLE_QUESTION = "who is Jun Liu?"


async def test_a_mention_gets_the_same_answer_as_ask_as_a_reply_that_pings_nobody(running_bot):
    reply = await running_bot.say(BIOREACTORS, mention_bot=True)
    assert len(reply.messages) == 1
    assert reply.embed["title"].startswith(CAPACITY_TITLE)
    assert reply.message.data["message_reference"]["message_id"] == str(reply.trigger.id)
    assert reply.pings == frozenset()
    assert reply.allowed_mentions == {"parse": [], "replied_user": False}
    assert [button["label"] for button in reply.buttons] == ["Full answer", "Helpful", "Not helpful"]


async def test_the_mention_can_be_anywhere_in_the_question(running_bot):
    bot = running_bot.bot_user.mention
    reply = await running_bot.say(f"how big {bot} are the bioreactors?")
    assert reply.embed["title"].startswith(CAPACITY_TITLE)


def is_usage_hint(text: str) -> bool:
    opening = "Ask me about the interview with Jun Liu in your own words"
    return text.startswith(opening) and "`/topics`" in text


async def test_a_bare_mention_gets_a_usage_hint_whose_example_mentions_the_bot_and_is_answered(running_bot):
    reply = await running_bot.say("", mention_bot=True)
    assert is_usage_hint(reply.content)
    example = f"e.g. {running_bot.bot_user.mention} {EXAMPLE_QUESTION}."
    assert example in reply.content, "how members really mention the bot, with a question it answers"
    assert reply.pings == frozenset()
    tried = await running_bot.say(EXAMPLE_QUESTION, mention_bot=True)
    assert tried.embed["title"].startswith("Who is Jun Liu"), "answered by the about entry"


@pytest.mark.parametrize("text", ["help", "!help", "Help?", "commands"])
async def test_asking_for_help_gets_the_usage_hint_not_a_passage(running_bot, text):
    reply = await running_bot.say(text, mention_bot=True)
    assert is_usage_hint(reply.content)
    assert reply.pings == frozenset()


async def test_help_in_a_direct_message_needs_no_mention(running_bot):
    reply = await running_bot.dm("help")
    assert is_usage_hint(reply.content)
    assert f"write your question here, e.g. “{EXAMPLE_QUESTION}”" in reply.content
    assert "mention" not in reply.content


async def test_a_direct_message_needs_no_mention(running_bot):
    reply = await running_bot.dm(BIOREACTORS)
    assert reply.embed["title"].startswith(CAPACITY_TITLE)


async def test_everyone_here_and_role_mentions_are_not_questions(running_bot):
    fake = running_bot
    bot_role = next(role for role in fake.guild.roles if role.managed)
    assert not await fake.mod.say(BIOREACTORS, mention_everyone=True, expect_reply=False)
    assert not await fake.mod.say(f"@here {BIOREACTORS}", expect_reply=False)
    assert not await fake.mod.say(BIOREACTORS, mention_roles=[bot_role], expect_reply=False)
    assert not await fake.mod.say(BIOREACTORS, mention_roles=[fake.moderators], expect_reply=False)


async def test_messages_from_bots_are_ignored(running_bot):
    assert not await running_bot.otherbot.say(BIOREACTORS, mention_bot=True, expect_reply=False)


async def test_a_reply_to_the_bot_without_a_mention_is_not_a_question(running_bot):
    answer = await running_bot.say(BIOREACTORS, mention_bot=True)
    assert not await running_bot.say("thanks!", reply_to=answer, expect_reply=False)


async def test_hostile_mentions_are_answered_without_pings(running_bot):
    question = "@everyone **qwxz** plokij? " * 100
    reply = await running_bot.mod.say(question[:1900], mention_bot=True)
    assert reply.pings == frozenset()
    assert reply.embed["title"] in (render.NOT_IN_INTERVIEW, render.OFF_TOPIC)
    assert "@everyone" not in reply.embed["description"].split("”")[0]


@pytest.fixture
async def running_bot_with_a_thread(start_bot, fake_discord):
    thread = fake_discord.add_thread("bioreactor talk")
    await start_bot()
    return fake_discord, thread


def channel_denying_the_bot(fake: FakeDiscord, name: str, denied: Perm) -> FakeChannel:
    """A channel where ``denied`` is taken from the bot's role; made before the bot starts, to be known."""
    bot_role = next(role for role in fake.guild.roles if role.managed)
    return fake.add_channel(name, overwrites=[Overwrite(bot_role.id, 0, deny=int(denied))])


def warnings_in(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [record for record in caplog.records if record.levelno >= logging.WARNING]


async def test_where_the_bot_cannot_embed_a_mention_is_told_to_use_ask_and_the_log_says_why(
    start_bot, fake_discord, caplog
):
    channel = channel_denying_the_bot(fake_discord, "no-embeds", Perm.EMBED_LINKS)
    await start_bot()
    caplog.set_level(logging.INFO)
    reply = await fake_discord.say(BIOREACTORS, mention_bot=True, channel=channel)
    assert reply.content == render.NO_EMBEDS, "not an answer whose embeds Discord dropped"
    assert reply.embeds == [] and reply.buttons == []
    assert reply.pings == frozenset()
    [warning] = warnings_in(caplog)
    assert warning.getMessage() == f"cannot answer in channel {channel.id}: the bot lacks Embed Links there"
    assert warning.exc_info is None
    usage = await fake_discord.say("help", mention_bot=True, channel=channel)
    assert is_usage_hint(usage.content), "text needs no embeds"


async def test_where_the_bot_cannot_send_a_mention_costs_one_log_line_and_no_refused_request(
    start_bot, fake_discord, caplog
):
    channel = channel_denying_the_bot(fake_discord, "read-only", Perm.SEND_MESSAGES)
    await start_bot()
    caplog.set_level(logging.INFO)
    assert not await fake_discord.say(BIOREACTORS, mention_bot=True, channel=channel, expect_reply=False)
    [warning] = warnings_in(caplog)
    assert warning.getMessage() == f"cannot answer in channel {channel.id}: the bot lacks Send Messages there"
    assert fake_discord.client_errors == []


async def test_where_the_bot_cannot_read_the_history_it_answers_without_a_reply_reference(
    start_bot, fake_discord
):
    channel = channel_denying_the_bot(fake_discord, "no-history", Perm.READ_MESSAGE_HISTORY)
    await start_bot()
    reply = await fake_discord.say(BIOREACTORS, mention_bot=True, channel=channel)
    assert reply.embed["title"].startswith(CAPACITY_TITLE)
    assert "message_reference" not in reply.message.data
    assert reply.pings == frozenset()


async def test_editing_a_question_edits_the_answer_in_place(running_bot):
    asked = await running_bot.say("what is the weather on mars?", mention_bot=True)
    assert asked.embed["title"] in (render.NOT_IN_INTERVIEW, render.OFF_TOPIC)
    edited = await running_bot.alice.edit(asked, BIOREACTORS, mention_bot=True)
    assert edited.messages == asked.messages, "the same reply, edited: no second message"
    assert edited.embed["title"].startswith(CAPACITY_TITLE)
    assert [button["label"] for button in edited.buttons] == ["Full answer", "Helpful", "Not helpful"]
    assert edited.pings == frozenset()
    again = await running_bot.alice.edit(asked, "qwxz plokij?", mention_bot=True)
    assert again.embed["title"] in (render.NOT_IN_INTERVIEW, render.OFF_TOPIC)
    assert "Helpful" not in [button["label"] for button in again.buttons], "no votes on a non-answer"


async def test_editing_a_question_whose_answer_was_deleted_gets_a_new_answer(running_bot):
    asked = await running_bot.say("what is the weather on mars?", mention_bot=True)
    asked.message.deleted = True  # a moderator tidied the channel
    running_bot.expect_errors(404)
    edited = await running_bot.alice.edit(asked, BIOREACTORS, mention_bot=True)
    [answer] = edited.messages
    assert answer is not asked.message
    assert answer.embed["title"].startswith(CAPACITY_TITLE)


async def test_adding_the_mention_by_an_edit_asks_the_question(running_bot):
    forgot = await running_bot.say(BIOREACTORS, expect_reply=False)
    assert not forgot, "no mention, no question"
    reply = await running_bot.alice.edit(forgot, BIOREACTORS, mention_bot=True)
    assert reply.embed["title"].startswith(CAPACITY_TITLE)
    assert reply.message.data["message_reference"]["message_id"] == str(forgot.trigger.id)


async def test_an_edit_that_keeps_the_text_or_drops_the_mention_leaves_the_answer_alone(running_bot):
    asked = await running_bot.say(BIOREACTORS, mention_bot=True)
    assert not await running_bot.alice.edit(asked, asked.trigger.content, expect_reply=False)
    assert not await running_bot.alice.edit(asked, "never mind", expect_reply=False)
    assert asked.embed["title"].startswith(CAPACITY_TITLE)


async def test_an_edit_over_the_cooldown_keeps_the_answer_and_says_so_beside_it(start_bot, fake_discord):
    await start_bot(COOLDOWN_QUESTIONS="1", COOLDOWN_SECONDS="60")
    asked = await fake_discord.say(BIOREACTORS, mention_bot=True)
    note = await fake_discord.alice.edit(asked, "how big is the biggest bioreactor?", mention_bot=True)
    assert note.content.startswith("Slow down")
    assert note.message is not asked.message, "the note is a reply of its own"
    assert asked.message.data["embeds"][0]["title"].startswith(CAPACITY_TITLE), "the answer stays"


async def test_editing_a_direct_message_edits_the_answer_too(running_bot):
    asked = await running_bot.dm("what is the weather on mars?")
    edited = await running_bot.alice.edit(asked, BIOREACTORS)
    assert edited.messages == asked.messages
    assert edited.embed["title"].startswith(CAPACITY_TITLE)


def echoed(reply) -> str:
    """The question a non-answer echoes on its first line, with the escaper's marks taken off."""
    return unescape(reply.embed["description"].partition("\n")[0])


async def test_other_mentions_are_whom_a_message_is_for_not_what_it_asks(running_bot):
    fake = running_bot
    relayed = await fake.say(f"{fake.mod.mention} was asking how big the bioreactors are", mention_bot=True)
    assert relayed.embed["title"].startswith(CAPACITY_TITLE), "a name read as a fact would be refused"
    question = f"what does {fake.moderators.mention} in {fake.general.mention} think of mars?"
    reply = await fake.say(question, mention_bot=True)
    assert reply.embed["title"] in (render.NOT_IN_INTERVIEW, render.OFF_TOPIC)
    assert "“what does in think of mars?”" in echoed(reply), "no raw ids echoed"
    assert reply.pings == frozenset()


async def test_the_message_menu_asks_the_text_without_any_mention(running_bot):
    fake = running_bot
    posted = await fake.mod.post(f"{fake.bot_user.mention} is {fake.alice.mention} on mars?")
    reply = await fake.context_menu("Ask the interview", posted)
    assert "“is on mars?”" in echoed(reply)


async def test_questions_in_a_thread_are_answered_in_the_thread(running_bot_with_a_thread):
    fake, thread = running_bot_with_a_thread
    reply = await fake.say(BIOREACTORS, mention_bot=True, channel=thread)
    assert reply.embed["title"].startswith(CAPACITY_TITLE)
    assert reply.message.channel is thread
    assert reply.pings == frozenset()
    asked = await fake.slash("ask", question=BIOREACTORS, channel=thread)
    assert asked.embed["title"].startswith(CAPACITY_TITLE)
    assert asked.message.channel is thread


async def test_threads_of_a_channel_closed_to_the_bot_still_get_answers_where_it_may_send_in_threads(
    start_bot, fake_discord
):
    announcements = channel_denying_the_bot(fake_discord, "announcements", Perm.SEND_MESSAGES)
    thread = fake_discord.add_thread("discussion", parent=announcements)
    await start_bot()
    reply = await fake_discord.say(BIOREACTORS, mention_bot=True, channel=thread)
    assert reply.embed["title"].startswith(CAPACITY_TITLE)


async def test_where_the_bot_cannot_send_in_threads_a_mention_in_one_costs_one_log_line(
    start_bot, fake_discord, caplog
):
    parent = channel_denying_the_bot(fake_discord, "no-threads", Perm.SEND_MESSAGES_IN_THREADS)
    thread = fake_discord.add_thread("discussion", parent=parent)
    await start_bot()
    caplog.set_level(logging.INFO)
    assert not await fake_discord.say(BIOREACTORS, mention_bot=True, channel=thread, expect_reply=False)
    [warning] = warnings_in(caplog)
    expected = f"cannot answer in channel {thread.id}: the bot lacks Send Messages in Threads there"
    assert warning.getMessage() == expected
    assert fake_discord.client_errors == []
