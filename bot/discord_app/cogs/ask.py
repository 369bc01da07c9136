"""/ask, its autocomplete, and the "Ask the interview" message menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.knowledge import Knowledge
from bot.core.models import Interview
from bot.discord_app import refs, render
from bot.discord_app.cogs.mentions import question_of
from bot.discord_app.replies import Reply, send_outcome, tell
from bot.discord_app.store import interaction_place

if TYPE_CHECKING:
    from bot.discord_app.client import InterviewBot


class AskCog(commands.Cog):
    """Questions asked through application commands."""

    def __init__(self, bot: InterviewBot) -> None:
        self.bot = bot
        # discord.py cannot declare a context menu as a cog method, so it is added to the tree here.
        self.menu = app_commands.ContextMenu(name="Ask the interview", callback=self.ask_message)
        bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    @app_commands.command(name="ask")
    @app_commands.describe(
        question="Your question, or pick one of the interview's questions as you type",
        private="Show the answer only to you (default: the server's setting)",
        interview="Which interview to search, when there are several",
    )
    async def ask(
        self,
        interaction: discord.Interaction[InterviewBot],
        question: str,
        private: bool | None = None,
        interview: str | None = None,
    ) -> None:
        """Ask about the interview; the answer quotes the interviewee's own words."""
        desk = self.bot.desk
        ephemeral = self.bot.settings.ephemeral_replies if private is None else private
        chosen = find_interview(desk.engine.knowledge, interview)
        if interview and chosen is None:
            names = ", ".join(item.title for item in desk.engine.knowledge.interviews)
            await tell(interaction, f"I don't know that interview. Pick one of: {names}")
            return
        interview_id = chosen.id if chosen else None
        picked = refs.resolve(desk.engine.knowledge, question)
        if picked is not None and (interview_id is None or picked.interview.id == interview_id):
            outcome = await desk.pick(
                interaction.user.id,
                question,
                via="ask-pick",
                throttle=True,
                place=interaction_place(interaction),
            )
        else:
            outcome = await desk.ask(
                interaction.user.id,
                question,
                via="ask",
                interview=interview_id,
                place=interaction_place(interaction),
            )
        await send_outcome(interaction, outcome, ephemeral=ephemeral)

    @ask.autocomplete("question")
    async def question_choices(
        self, interaction: discord.Interaction[InterviewBot], current: str
    ) -> list[app_commands.Choice[str]]:
        """The interview's questions closest to what is typed; the value names the entry (``refs``)."""
        engine = self.bot.desk.engine
        chosen = find_interview(engine.knowledge, getattr(interaction.namespace, "interview", None))
        entries = engine.suggest(
            current[: self.bot.desk.max_length],
            limit=render.CHOICES_PER_AUTOCOMPLETE,
            interview=chosen.id if chosen else None,
        )
        return [
            app_commands.Choice(name=render.choice_name(entry.question), value=refs.ref(entry))
            for entry in entries
        ]

    @ask.autocomplete("interview")
    async def interview_choices(
        self, interaction: discord.Interaction[InterviewBot], current: str
    ) -> list[app_commands.Choice[str]]:
        typed = current.casefold().strip()
        found = [
            item
            for item in self.bot.desk.engine.knowledge.interviews
            if typed in f"{item.id} {item.title} {item.interviewee}".casefold()
        ]
        return [
            app_commands.Choice(name=render.choice_name(f"{item.title} {item.published_long}"), value=item.id)
            for item in found[: render.CHOICES_PER_AUTOCOMPLETE]
        ]

    async def ask_message(
        self, interaction: discord.Interaction[InterviewBot], message: discord.Message
    ) -> None:
        """Answer the text of the chosen message, as if it had been asked with /ask."""
        question = question_of(message)
        if not question:
            await tell(interaction, "That message has no text I can read; try /ask instead.")
            return
        outcome = await self.bot.desk.ask(
            interaction.user.id, question, via="menu", place=interaction_place(interaction)
        )
        if isinstance(outcome, Reply):  # whoever reads the answer sees which message it answers
            outcome.content = " ".join(filter(None, [render.in_answer_to(message.jump_url), outcome.content]))
        await send_outcome(interaction, outcome, ephemeral=self.bot.settings.ephemeral_replies)


def find_interview(knowledge: Knowledge, value: str | None) -> Interview | None:
    """The interview an option names, by id (what autocomplete sends) or by title or interviewee."""
    if not value or not value.strip():
        return None
    typed = value.casefold().strip()
    for interview in knowledge.interviews:
        if typed in (interview.id, interview.title.casefold(), interview.interviewee.casefold()):
            return interview
    return None
