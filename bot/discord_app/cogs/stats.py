"""/stats: what people asked in this server, how it went, and the questions still waiting for a lesson."""

from __future__ import annotations

import asyncio
import io
import secrets
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app import render
from bot.discord_app.cogs.teach import offer_answers
from bot.discord_app.feedback import ManagersView, managers_only
from bot.discord_app.replies import tell
from bot.discord_app.store import StoreUnavailable
from bot.reporting import LABELS, chart_png
from bot.storage.report import Report

if TYPE_CHECKING:
    from bot.core.knowledge import Knowledge
    from bot.discord_app.client import InterviewBot


NOT_ALLOWED = "Only members with Manage Server can see the statistics."
CHART = "questions-per-day.png"
PICK_TIMEOUT = 600.0


class StatsCog(commands.Cog):
    """Figures for server managers, from the question log."""

    def __init__(self, bot: InterviewBot) -> None:
        self.bot = bot

    @app_commands.command(name="stats")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.check(managers_only(NOT_ALLOWED))
    @app_commands.describe(days="How many days back (default 7)")
    async def stats(
        self, interaction: discord.Interaction[InterviewBot], days: app_commands.Range[int, 1, 365] = 7
    ) -> None:
        """Questions, outcomes, votes and unanswered questions in this server (Manage Server)."""
        store = self.bot.store
        if store is None:
            await tell(interaction, "There are no statistics: the bot has no database.")
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            report = await store.report(days, interaction.guild_id)
        except StoreUnavailable:
            await tell(interaction, f"There are no statistics: {render.NO_DATABASE}")
            return
        chart = await asyncio.to_thread(chart_png, report)
        embed = stats_embed(report, self.bot.desk.engine.knowledge)
        embed.set_image(url=f"attachment://{CHART}")
        sent: dict[str, Any] = {"embed": embed, "file": discord.File(io.BytesIO(chart), filename=CHART)}
        if report.top_unanswered:
            sent["view"] = UnansweredPicker([question for question, _ in report.top_unanswered], self.bot)
        await interaction.followup.send(**sent, ephemeral=True)


def stats_embed(report: Report, knowledge: Knowledge) -> discord.Embed:
    """The figures as fields; pairs are named by their question when the knowledge still has them.

    A list holds at most ``report.TOP`` lines of at most 160 characters: well within a field's 1024.
    """
    embed = discord.Embed(
        title=f"Questions in the last {report.days} days",
        description=f"**{report.questions}** questions asked in this server.",
        colour=render.COLOUR,
    )
    outcomes = "\n".join(
        f"{LABELS[outcome]}: **{count}** ({report.share(outcome):.0%})"
        for outcome, count in report.outcomes.items()
    )
    embed.add_field(name="Outcomes", value=outcomes, inline=True)
    embed.add_field(
        name="Votes",
        value=f"helpful: **{report.helpful}**\nnot helpful: **{report.not_helpful}**",
        inline=True,
    )
    if report.top_pairs:
        lines = []
        for key, count in report.top_pairs:
            entry = knowledge.get(key)
            lines.append(f"**{count}** × {render.fit(entry.question if entry else key, 150)}")
        embed.add_field(name="Most asked", value="\n".join(lines), inline=False)
    if report.top_unanswered:
        lines = [
            f"**{count}** × {render.fit(question, 150, user=True)}"
            for question, count in report.top_unanswered
        ]
        embed.add_field(name="Not answered", value="\n".join(lines), inline=False)
    return embed


class UnansweredPicker(ManagersView):
    """Pick an unanswered question to teach; kept in memory, so it times out like the pager."""

    def __init__(self, questions: list[str], bot: InterviewBot) -> None:
        super().__init__(UnansweredSelect(questions), bot.live_components, NOT_ALLOWED, PICK_TIMEOUT)


class UnansweredSelect(discord.ui.Select[UnansweredPicker]):
    """The unanswered questions, valued by their place in the list."""

    def __init__(self, questions: list[str]) -> None:
        self.questions = questions[: render.OPTIONS_PER_SELECT]
        super().__init__(
            placeholder="Teach the answer to one of these…",
            options=[
                discord.SelectOption(label=render.option_label(question), value=str(number))
                for number, question in enumerate(self.questions)
            ],
            custom_id=f"ib:stats-teach:{secrets.token_hex(6)}",
        )

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await offer_answers(interaction, self.questions[int(self.values[0])])
