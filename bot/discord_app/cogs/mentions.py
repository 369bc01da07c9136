"""Questions asked by mentioning the bot in a channel, or by writing to it directly."""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.core.normalize import MENTION
from bot.discord_app import render
from bot.discord_app.replies import Reply, Throttled
from bot.discord_app.store import place_of

if TYPE_CHECKING:
    from bot.discord_app.client import InterviewBot

log = logging.getLogger(__name__)

_CONVERSATION = (discord.MessageType.default, discord.MessageType.reply)
# Replies whose question may still be edited: as many as discord.py keeps messages to tell edits by.
REMEMBERED_REPLIES = 1000
# "@bot help", "!help", "commands?": asking how to use the bot, not a question about the interview.
_HELP = re.compile(r"^[!/?]?\s*(?:help|commands|usage|how does this work)\s*[?!.]*$", re.IGNORECASE)


class MentionsCog(commands.Cog):
    """A mention ("@bot how big are the bioreactors?") gets the /ask answer, as a reply that pings nobody.

    Editing the question asks again: the bot's reply is edited to answer the new text, in place.
    """

    def __init__(self, bot: InterviewBot) -> None:
        self.bot = bot
        self.replies: OrderedDict[int, discord.Message] = OrderedDict()  # question id -> the bot's reply

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        await self._respond(message)

    @commands.Cog.listener()
    async def on_message_edit(self, before: discord.Message, after: discord.Message) -> None:
        """A question edited (not just given a link preview) is answered again."""
        if before.content != after.content:
            await self._respond(after)

    async def _respond(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.type not in _CONVERSATION:
            return
        direct = message.guild is None
        if not direct and not addressed_to(message, me.id):
            return
        allowed = permissions_here(message)
        if allowed is not None and (lacking := cannot_send(message, allowed)):
            log.warning("cannot answer in channel %s: the bot lacks %s there", message.channel.id, lacking)
            return
        try:
            reply = await self._answer(message, me, allowed)
        except Exception:
            log.exception("answering message %s failed", message.id)
            reply = Reply(content=render.APOLOGY)
        if isinstance(reply, Throttled):
            # One note per burst, further attempts ignored; the note never takes an answer's place.
            if reply.first:
                note = Reply(content=render.slow_down(reply.retry_after))
                await self._send(message, note, allowed, beside=message.id in self.replies)
        elif reply is not None:
            await self._send(message, reply, allowed)

    async def _answer(
        self, message: discord.Message, me: discord.ClientUser, allowed: discord.Permissions | None
    ) -> Reply | Throttled | None:
        """What to answer; None when nothing should be said."""
        question = question_of(message)
        direct = message.guild is None
        if not question or _HELP.match(question):
            return Reply(content=render.usage(self.bot.desk.engine.knowledge, me.mention, direct=direct))
        if allowed is not None and not allowed.embed_links:  # Discord would drop the answer's embeds
            log.warning("cannot answer in channel %s: the bot lacks Embed Links there", message.channel.id)
            return Reply(content=render.NO_EMBEDS)
        place = place_of(message.channel, message.guild.id if message.guild else None)
        via = "dm" if direct else "mention"
        return await self.bot.desk.ask(message.author.id, question, via=via, place=place)

    async def _send(
        self,
        message: discord.Message,
        reply: Reply,
        allowed: discord.Permissions | None,
        *,
        beside: bool = False,
    ) -> None:
        """Edit the bot's reply to this message if there is one (and it was not deleted), else reply.

        ``beside``: a new reply that leaves the earlier one, and the edits it will take, as they are.
        """
        earlier = None if beside else self.replies.pop(message.id, None)
        try:
            sent = await _edited(earlier, reply) if earlier is not None else None
            if sent is None:
                sent = await _replied(message, reply, allowed)
        except discord.HTTPException as error:
            log.warning("could not reply in channel %s: %s", message.channel.id, error)
            return
        if beside:
            return
        self.replies[message.id] = sent
        while len(self.replies) > REMEMBERED_REPLIES:
            self.replies.popitem(last=False)


async def _replied(
    message: discord.Message, reply: Reply, allowed: discord.Permissions | None
) -> discord.Message:
    """A new reply; a plain send where the bot may not read the history, which a reply needs."""
    if allowed is None or allowed.read_message_history:
        return await message.reply(**reply.kwargs(), mention_author=False)
    return await message.channel.send(**reply.kwargs())


async def _edited(earlier: discord.Message, reply: Reply) -> discord.Message | None:
    """The earlier reply, edited to say this instead; None when someone deleted it meanwhile."""
    try:
        return await earlier.edit(content=reply.content, embeds=reply.embeds, view=reply.view)
    except discord.NotFound:
        return None


def permissions_here(message: discord.Message) -> discord.Permissions | None:
    """The bot's permissions where the message was sent; None in DMs, or where discord.py cannot tell."""
    channel, guild = message.channel, message.guild
    if guild is None or guild.me is None:
        return None
    if not isinstance(channel, discord.abc.GuildChannel | discord.Thread):
        return None
    try:
        return channel.permissions_for(guild.me)
    except discord.ClientException:  # a thread whose parent channel is not cached
        return None


def addressed_to(message: discord.Message, user_id: int) -> bool:
    """Whether the bot itself is mentioned: not @everyone, @here, a role, nor a reply that pings it."""
    mentioned = any(user.id == user_id for user in message.mentions)
    return mentioned and _mention(user_id).search(message.content) is not None


def cannot_send(message: discord.Message, allowed: discord.Permissions) -> str | None:
    """The permission the bot lacks to send where the message was, by name; None when it has it.

    In a thread that is Send Messages in Threads, whatever the parent channel allows.
    """
    if isinstance(message.channel, discord.Thread):
        return None if allowed.send_messages_in_threads else "Send Messages in Threads"
    return None if allowed.send_messages else "Send Messages"


def question_of(message: discord.Message) -> str:
    """A message's text as a question: every mention left out, the bot's and anyone else's.

    A mention is whom the message is for, not what it asks: "@Sam was asking how many lines they have"
    read "Sam" as a fact the interview lacks and was refused, where the words alone are answered. Left out,
    the question's echo shows no raw ids either.
    """
    return " ".join(MENTION.sub(" ", message.content).split())


def _mention(user_id: int) -> re.Pattern[str]:
    return re.compile(rf"<@!?{user_id}>")
