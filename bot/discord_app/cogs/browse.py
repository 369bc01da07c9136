"""/topics, /quote and /about: what the interview covers, a quote, and how to use the bot."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app import render, views
from bot.discord_app.replies import Reply, respond, tell

if TYPE_CHECKING:
    from bot.discord_app.client import InterviewBot


class BrowseCog(commands.Cog):
    """Ways to find out what to ask."""

    def __init__(self, bot: InterviewBot) -> None:
        self.bot = bot

    @property
    def ephemeral(self) -> bool:
        return self.bot.settings.ephemeral_replies

    @app_commands.command(name="topics")
    async def topics(self, interaction: discord.Interaction[InterviewBot]) -> None:
        """List every question the interview answers, grouped by interview."""
        pages = render.topic_pages(self.bot.desk.engine.knowledge)
        if len(pages) == 1:
            await respond(interaction, Reply(embeds=pages), ephemeral=self.ephemeral)
            return
        pager = views.TopicsPager(pages, owner_id=interaction.user.id, live=self.bot.live_components)
        await respond(interaction, Reply(embeds=[pages[0]], view=pager), ephemeral=self.ephemeral)
        pager.interaction = interaction

    @app_commands.command(name="quote")
    @app_commands.describe(about="A subject, in a word or two; leave empty for a random quote")
    async def quote(self, interaction: discord.Interaction[InterviewBot], about: str | None = None) -> None:
        """A quote from the interview about a subject, or a random one, with who said it and when."""
        hit = self.bot.desk.engine.quote(about[: self.bot.desk.max_length] if about else None)
        if hit is None:
            await tell(interaction, render.no_quote(about or ""))
            return
        reply = Reply(embeds=[render.quote_embed(hit)], view=views.full_answer_view(hit.entry))
        await respond(interaction, reply, ephemeral=self.ephemeral)

    @app_commands.command(name="about")
    async def about(self, interaction: discord.Interaction[InterviewBot]) -> None:
        """What this bot knows (interviews, dates, number of questions) and how to ask it."""
        embed = render.about_embed(self.bot.desk.engine.knowledge)
        await respond(interaction, Reply(embeds=[embed]), ephemeral=self.ephemeral)
