"""Helpful / Not helpful under each answer, and the "Teach the bot" button managers get after a Not helpful.

The buttons are ``DynamicItem`` templates (``ib:vote:up:<entry>``, ``ib:vote:down:<entry>``, where
``<entry>`` is a ``refs`` reference, and ``ib:teach``) registered on the client like the answer buttons,
so they work after a restart. A vote is keyed by the answer message and the member, so voting again
changes it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Coroutine
from typing import Any, Self

import discord
from discord import app_commands

from bot.core.knowledge import Entry
from bot.discord_app import refs, render
from bot.discord_app.replies import Reply, apologise, respond, tell
from bot.discord_app.store import StoreUnavailable

log = logging.getLogger(__name__)

_ENTRY = rf"(?P<entry>{refs.PATTERN})"
_PREFIX = len("ib:vote:down:")
THANKS = {True: "Thanks — marked as helpful.", False: "Thanks — marked as not helpful."}
CHANGED = {True: "Changed your vote to helpful.", False: "Changed your vote to not helpful."}
SAME = "You had already voted that way; your vote is unchanged."
NO_STORE = "Votes are not being recorded right now."


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=rf"ib:vote:(?P<verdict>up|down):{_ENTRY}",
):
    """Helpful or Not helpful; the member's vote on this answer, acknowledged privately."""

    def __init__(self, helpful: bool, reference: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Helpful" if helpful else "Not helpful",
                emoji="👍" if helpful else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"ib:vote:{'up' if helpful else 'down'}:{reference}",
                row=2,
            )
        )
        self.helpful = helpful
        self.reference = reference

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(match["verdict"] == "up", match["entry"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        store = interaction.client.store
        if store is None or interaction.message is None:
            await tell(interaction, NO_STORE)
            return
        # The vote is kept under the entry's full key; a reference a reload no longer resolves still
        # names the answer the member saw, so it is kept as it came.
        entry = refs.resolve(interaction.client.desk.engine.knowledge, self.reference)
        try:
            previous = await store.vote(
                message_id=interaction.message.id,
                user_id=interaction.user.id,
                guild_id=interaction.guild_id,
                entry_key=entry.key if entry is not None else self.reference,
                helpful=self.helpful,
            )
        except StoreUnavailable:
            await tell(interaction, f"Your vote was not recorded: {render.NO_DATABASE}")
            return
        except Exception:
            log.exception("recording a vote failed")
            await apologise(interaction)
            return
        text = (
            THANKS[self.helpful]
            if previous is None
            else SAME
            if previous == self.helpful
            else CHANGED[self.helpful]
        )
        view = None
        if not self.helpful and is_manager(interaction):
            text += " You manage this server: you can teach the bot which passage answers the question."
            view = discord.ui.View(timeout=None)
            view.add_item(TeachButton())
        await respond(interaction, Reply(content=text, view=view), ephemeral=True)


class TeachButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=r"ib:teach"):
    """Opens the teaching form; for managers only, like /teach."""

    def __init__(self) -> None:
        super().__init__(
            discord.ui.Button(label="Teach the bot", style=discord.ButtonStyle.primary, custom_id="ib:teach")
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls()

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        from bot.discord_app.cogs.teach import open_teaching_form

        await open_teaching_form(interaction, "")


def is_manager(interaction: discord.Interaction[Any]) -> bool:
    """Manage Server in this server: who may teach, as who may /reload."""
    return interaction.guild is not None and interaction.permissions.manage_guild


def managers_only(refusal: str) -> Callable[[discord.Interaction[Any]], Coroutine[Any, Any, bool]]:
    """An app-command check, run at run time too: default permissions are a default a server can change."""

    async def check(interaction: discord.Interaction[Any]) -> bool:
        if is_manager(interaction):
            return True
        raise app_commands.CheckFailure(refusal)

    return check


class ManagersView(discord.ui.View):
    """A private, in-memory menu for managers: it times out, and until then the bot knows its one select."""

    def __init__(self, select: discord.ui.Select[Any], live: set[str], refusal: str, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.refusal = refusal
        self._live = live
        self._custom_id = str(select.custom_id)
        self.add_item(select)
        live.add(self._custom_id)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if is_manager(interaction):
            return True
        await tell(interaction, self.refusal)
        return False

    async def on_timeout(self) -> None:
        self._live.discard(self._custom_id)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        log.exception("a managers' menu failed", exc_info=error)
        await apologise(interaction)


def vote_buttons(entry: Entry) -> list[VoteButton]:
    """Helpful and Not helpful for an answer from ``entry``, carrying its key (``refs``)."""
    reference = refs.ref(entry, refs.VALUE_LIMIT - _PREFIX)
    return [VoteButton(True, reference), VoteButton(False, reference)]


ITEMS = (VoteButton, TeachButton)
