"""A reply as plain data, and the two ways to send it: to an interaction or to a message.

Handlers build a Reply once and send it with one call, so "respond or follow up" is decided here only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import discord

from bot.discord_app import render

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Reply:
    """What to send: embeds, an optional view of buttons and an optional line of text."""

    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    content: str | None = None

    def kwargs(self) -> dict[str, Any]:
        """Keyword arguments for any discord.py send call, leaving out what is not set."""
        sent: dict[str, Any] = {"embeds": self.embeds}
        if self.view is not None:
            sent["view"] = self.view
        if self.content:
            sent["content"] = self.content
        return sent


async def respond(interaction: discord.Interaction[Any], reply: Reply, *, ephemeral: bool) -> None:
    """Answer an interaction once, or follow up when it was already answered or deferred."""
    if interaction.response.is_done():
        await interaction.followup.send(**reply.kwargs(), ephemeral=ephemeral)
    else:
        await interaction.response.send_message(**reply.kwargs(), ephemeral=ephemeral)


async def tell(interaction: discord.Interaction[Any], text: str) -> None:
    """A short private note to whoever triggered the interaction; never raises, since it is the last word."""
    try:
        await respond(interaction, Reply(content=render.plain(text, render.CONTENT_LIMIT)), ephemeral=True)
    except discord.HTTPException as error:
        log.warning("could not send a note for interaction %s: %s", interaction.id, error)


async def apologise(interaction: discord.Interaction[Any]) -> None:
    """The user-facing half of an unexpected error; the caller has already logged it."""
    await tell(interaction, render.APOLOGY)


async def expired(interaction: discord.Interaction[Any]) -> None:
    """A component from a message the bot no longer understands (an old page, a removed answer)."""
    await tell(interaction, render.EXPIRED)
