"""The command tree: every failed command gets an answer, never the silence of the default tree."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.discord_app import render
from bot.discord_app.replies import log_missed, missed, tell

if TYPE_CHECKING:
    from bot.discord_app.client import InterviewBot

log = logging.getLogger(__name__)


class InterviewTree(app_commands.CommandTree["InterviewBot"]):
    """Answers a failed check with its reason and anything else with an apology, both privately."""

    async def on_error(
        self, interaction: discord.Interaction[InterviewBot], error: app_commands.AppCommandError
    ) -> None:
        name = interaction.command.qualified_name if interaction.command else "?"
        if missed(getattr(error, "original", error)):
            log_missed(interaction, f"/{name}")
            return  # the interaction is gone: there is nobody left to tell
        if isinstance(error, app_commands.CheckFailure):
            log.info("check failed for /%s: %s", name, error)
            message = str(error) or "You can't use this command here."
        else:
            log.exception("command /%s failed", name, exc_info=error)
            message = render.APOLOGY
        if interaction.type is discord.InteractionType.autocomplete:
            return  # an autocomplete cannot be answered with a message
        await tell(interaction, message)
