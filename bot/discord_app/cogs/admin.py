"""/reload: pick up edited knowledge files without a restart, or keep the old ones if they are broken."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.core.loader import KnowledgeError
from bot.discord_app import render
from bot.discord_app.client import build_engine
from bot.discord_app.replies import Reply, respond

if TYPE_CHECKING:
    from bot.discord_app.client import InterviewBot

log = logging.getLogger(__name__)

NOT_ALLOWED = "Only the bot's owner or members with Manage Server can reload the knowledge."


async def may_reload(interaction: discord.Interaction[InterviewBot]) -> bool:
    """Checked at run time too: default permissions are only a default that a server can change."""
    if interaction.guild is not None and interaction.permissions.manage_guild:
        return True
    if await interaction.client.is_owner(interaction.user):
        return True
    raise app_commands.CheckFailure(NOT_ALLOWED)


class AdminCog(commands.Cog):
    """Maintenance commands for server managers and the bot owner."""

    def __init__(self, bot: InterviewBot) -> None:
        self.bot = bot

    @app_commands.command(name="reload")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.check(may_reload)
    async def reload(self, interaction: discord.Interaction[InterviewBot]) -> None:
        """Reload the knowledge files; if any is invalid, keep the current knowledge and list the problems."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        async with self.bot.reload_lock:
            try:
                engine = await asyncio.to_thread(build_engine, self.bot.settings, self.bot.lessons)
            except KnowledgeError as error:
                problems = error.problems
                log.warning(
                    "reload refused, the old knowledge kept: %d problem(s) in %s, the first: %s; "
                    "`interview-bot check` lists them all",
                    len(problems),
                    self.bot.settings.knowledge_dir,
                    problems[0],
                )
                embed = render.reload_failed(problems, str(self.bot.settings.knowledge_dir))
                await respond(interaction, Reply(embeds=[embed]), ephemeral=True)
                return
            self.bot.desk.engine = engine  # built in full before this one swap, so no question sees half
        log.info("reloaded %d pairs from %s", len(engine.knowledge), self.bot.settings.knowledge_dir)
        await respond(interaction, Reply(embeds=[render.reload_done(engine.knowledge)]), ephemeral=True)
