"""Teaching: a manager says which passage answers a phrasing, or that the interview does not answer it.

Three ways in, one path: ``/teach question answer``; the "Teach the bot" message menu (on a reply that
said "not covered", or on any question); and the Teach button after a Not helpful vote. The last two
open a form with the question, then offer the closest passages to pick from.
"""

from __future__ import annotations

import logging
import re
import secrets
from typing import TYPE_CHECKING, Any, Self

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.escape import ZERO_WIDTH_SPACE
from bot.core.knowledge import Entry, Knowledge
from bot.discord_app import refs, render
from bot.discord_app.cogs.mentions import question_of
from bot.discord_app.feedback import ManagersView, is_manager, managers_only
from bot.discord_app.replies import Reply, apologise, respond, tell
from bot.discord_app.store import StoreUnavailable

if TYPE_CHECKING:
    from bot.discord_app.client import InterviewBot

log = logging.getLogger(__name__)

NONE = "none"
NOT_ALLOWED = "Only members with Manage Server can teach the bot."
UNKNOWN_ANSWER = "Pick the answer from the list as you type, or “none”."
PICK_TIMEOUT = 600.0
QUESTION_LIMIT = 300
_ECHOED = re.compile(r"“(?P<question>.+)”")  # on the first line of a non-answer: render.not_answered_embed
_ESCAPED = re.compile(r"\\([^\w\s])")


class TeachCog(commands.Cog):
    """``/teach`` and the "Teach the bot" message menu."""

    def __init__(self, bot: InterviewBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name="Teach the bot", callback=self.teach_from_message)
        self.menu.default_permissions = discord.Permissions(manage_guild=True)
        self.menu.guild_only = True
        bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @app_commands.command(name="teach")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.check(managers_only(NOT_ALLOWED))
    @app_commands.describe(
        question="The question as people ask it",
        answer="The passage that answers it, or “none” if the interview does not",
    )
    async def teach(self, interaction: discord.Interaction[InterviewBot], question: str, answer: str) -> None:
        """Teach the bot which passage answers a question (Manage Server)."""
        await learn(interaction, question, answer)

    @teach.autocomplete("answer")
    async def answer_choices(
        self, interaction: discord.Interaction[InterviewBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """The pairs, grouped by interview; each value is the pair's ``interview-id/pair-id`` (``refs``)."""
        knowledge = self.bot.desk.engine.knowledge
        typed = current.strip()
        entries = self.bot.desk.engine.suggest(typed, limit=len(knowledge)) if typed else list(knowledge)
        order = {interview.id: number for number, interview in enumerate(knowledge.interviews)}
        entries = sorted(entries, key=lambda entry: order.get(entry.interview.id, 0))
        choices = [app_commands.Choice(name="none — the interview does not answer this", value=NONE)]
        choices += [
            app_commands.Choice(name=answer_name(entry, knowledge), value=refs.ref(entry))
            for entry in entries[: render.CHOICES_PER_AUTOCOMPLETE - 1]
        ]
        return choices

    async def teach_from_message(
        self, interaction: discord.Interaction[InterviewBot], message: discord.Message
    ) -> None:
        """Teach from a message: the question it asked, or that a "not covered" reply quotes."""
        await open_teaching_form(interaction, question_in(message, self.bot.user.id if self.bot.user else 0))


def answer_name(entry: Entry, knowledge: Knowledge) -> str:
    """``Interviewee › question``, naming the interview only when there are several."""
    name = f"{entry.interview.interviewee} › {entry.question}" if knowledge.several else entry.question
    return render.choice_name(name)


def question_in(message: discord.Message, bot_id: int) -> str:
    """The question in a message: its text, the one a "not covered" reply echoes, or the one replied to."""
    if message.author.id != bot_id:
        return question_of(message)
    for embed in message.embeds:
        first_line = (embed.description or "").partition("\n")[0]
        if echoed := _ECHOED.search(first_line):
            return unescape(echoed["question"])
    replied = message.reference.resolved if message.reference else None
    if isinstance(replied, discord.Message):
        return question_of(replied)
    return ""


def unescape(echoed: str) -> str:
    """The question as typed, from its echo: the escaper's backslashes and zero-width spaces removed."""
    return _ESCAPED.sub(r"\1", echoed).replace("@" + ZERO_WIDTH_SPACE, "@")


async def open_teaching_form(interaction: discord.Interaction[InterviewBot], question: str) -> None:
    if not is_manager(interaction):
        await tell(interaction, NOT_ALLOWED)
        return
    await interaction.response.send_modal(TeachForm(question[:QUESTION_LIMIT]))


class TeachForm(discord.ui.Modal, title="Teach the bot"):
    """The phrasing to teach; submitting it offers the closest passages to choose from."""

    question: discord.ui.TextInput[Self] = discord.ui.TextInput(
        label="The question, as people ask it", custom_id="question", max_length=QUESTION_LIMIT
    )

    def __init__(self, question: str) -> None:
        super().__init__(timeout=PICK_TIMEOUT, custom_id=f"ib:teach-form:{secrets.token_hex(6)}")
        self.question.default = question or None

    async def on_submit(self, interaction: discord.Interaction[Any], /) -> None:
        await offer_answers(interaction, self.question.value.strip())

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:  # type: ignore[override]
        log.exception("the teaching form failed", exc_info=error)
        await apologise(interaction)


async def offer_answers(interaction: discord.Interaction[InterviewBot], question: str) -> None:
    """A private select of the passages closest to ``question``, and "none"."""
    bot = interaction.client
    result = bot.desk.engine.ask(question, top=render.OPTIONS_PER_SELECT - 1)
    view = AnswerPicker(question, [match.entry for match in result.matches], bot)
    text = f"Which passage answers “{render.fit(question, 200, user=True)}”?"
    if not result.matches:
        text += " No passage comes close; pick “none”, or use /teach to choose any passage."
    await respond(interaction, Reply(content=text, view=view), ephemeral=True)


class AnswerPicker(ManagersView):
    """The closest passages for one question; picking one teaches it. Kept in memory, so it times out."""

    def __init__(self, question: str, entries: list[Entry], bot: InterviewBot) -> None:
        self.question = question
        super().__init__(AnswerSelect(entries), bot.live_components, NOT_ALLOWED, PICK_TIMEOUT)


class AnswerSelect(discord.ui.Select[AnswerPicker]):
    """The "none" option first, then the passages, each valued by its ``interview-id/pair-id`` (``refs``)."""

    def __init__(self, entries: list[Entry]) -> None:
        options = [discord.SelectOption(label="none — the interview does not answer this", value=NONE)]
        options += [
            discord.SelectOption(
                label=render.option_label(entry.question),
                value=refs.ref(entry),
                description=render.plain(entry.interview.interviewee, render.OPTION_DESCRIPTION_LIMIT),
            )
            for entry in entries
        ]
        super().__init__(
            placeholder="The passage that answers it…",
            options=options,
            custom_id=f"ib:teach-pick:{secrets.token_hex(6)}",
        )

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        assert self.view is not None
        await learn(interaction, self.view.question, self.values[0])


async def learn(interaction: discord.Interaction[InterviewBot], question: str, answer: str) -> None:
    """Keep the lesson, use it here at once, and confirm privately.

    ``answer`` is a choice's value: a ``refs`` reference to the passage, or ``none``.
    """
    bot = interaction.client
    if bot.store is None:
        await tell(interaction, "Lessons cannot be kept right now: the bot has no database.")
        return
    if not question.strip():
        await tell(interaction, "The question is empty; there is nothing to teach.")
        return
    entry = None
    if answer.strip().casefold() != NONE:
        entry = refs.resolve(bot.desk.engine.knowledge, answer.strip())
        if entry is None:  # typed rather than picked, or removed by a /reload since
            await tell(interaction, UNKNOWN_ANSWER)
            return
    key = entry.key if entry else None
    try:
        await bot.store.teach(question, key, user_id=interaction.user.id, guild_id=interaction.guild_id)
    except StoreUnavailable:
        await tell(interaction, f"The lesson was not kept: {render.NO_DATABASE}")
        return
    taught = f"“{render.fit(entry.question, 300)}”" if entry else "“the interview does not answer this”"
    log.info("taught a phrasing -> %s", key or NONE)
    asked = render.fit(question, render.ECHO_LIMIT, user=True)
    await respond(interaction, Reply(content=f"Learned: “{asked}” is answered by {taught}."), ephemeral=True)
