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


UNKNOWN_INTERACTION = 10062  # Discord's code when an interaction was not answered within 3 s


@dataclass(frozen=True, slots=True)
class Throttled:
    """The user asked too often; ``first`` is True only for the first refusal in a row."""

    retry_after: float
    first: bool


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


async def send_outcome(
    interaction: discord.Interaction[Any], outcome: Reply | Throttled | None, *, ephemeral: bool
) -> None:
    """Send an answer, or the private note that explains why there is none."""
    if isinstance(outcome, Throttled):
        await tell(interaction, render.slow_down(outcome.retry_after))
    elif outcome is None:
        await tell(interaction, render.EXPIRED)
    else:
        await respond(interaction, outcome, ephemeral=ephemeral)


def missed(error: BaseException) -> bool:
    """Whether ``error`` says the interaction expired before the bot answered: nothing left to tell anyone."""
    return isinstance(error, discord.NotFound) and error.code == UNKNOWN_INTERACTION


def log_missed(interaction: discord.Interaction[Any], what: str) -> None:
    """One warning line for an answer that came too late, instead of an error with tracebacks."""
    log.warning("missed interaction %s (%s): answered after Discord's 3 s deadline", interaction.id, what)


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
