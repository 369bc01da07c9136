"""Buttons and selects: answer buttons that survive restarts, and a topics pager that times out.

Answer components are ``DynamicItem`` templates (``ib:full:<entry>``, ``ib:more:<entry>``,
``ib:ask:<entry>``, where ``<entry>`` is a ``refs`` reference) registered on the client, so a click works
on any message the bot ever sent. They are sent in views with no timeout and are never stopped:
discord.py forgets a template when a view holding it is removed. The pager keeps its pages in memory, so
it times out and removes its buttons; a click on an old page button, or on an answer whose entry a
reload removed, gets an "expired" note.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Self

import discord

from bot.discord_app import feedback, refs, render
from bot.discord_app.replies import Reply, apologise, expired, log_missed, missed, respond, send_outcome
from bot.discord_app.store import interaction_place

if TYPE_CHECKING:
    from bot.core.answers import Match
    from bot.core.knowledge import Entry
    from bot.discord_app.client import InterviewBot

log = logging.getLogger(__name__)

PAGER_TIMEOUT = 600.0  # below the 15 minutes an interaction token can edit its message
_ENTRY = rf"(?P<entry>{refs.PATTERN})"
_PREFIX = len("ib:full:")  # every answer component's prefix has this length


class FullAnswerButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=rf"ib:full:{_ENTRY}"
):
    """Sends the whole answer privately, split over as many embeds and messages as it needs."""

    def __init__(self, entry_id: str) -> None:
        super().__init__(
            discord.ui.Button(
                label="Full answer", style=discord.ButtonStyle.primary, custom_id=f"ib:full:{entry_id}"
            )
        )
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        return cls(match["entry"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await send_full_answer(interaction, self.entry_id)


class OtherMatchesSelect(
    discord.ui.DynamicItem[discord.ui.Select[discord.ui.View]], template=rf"ib:more:{_ENTRY}"
):
    """The next best matches; picking one answers it privately."""

    def __init__(self, entry_id: str, options: list[discord.SelectOption]) -> None:
        super().__init__(
            discord.ui.Select(
                placeholder="Other matches…", options=options, custom_id=f"ib:more:{entry_id}", row=1
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        options = item.options if isinstance(item, discord.ui.Select) else []
        return cls(match["entry"], options or [discord.SelectOption(label="…", value=match["entry"])])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await answer_pick(interaction, self.item.values[0] if self.item.values else "", via="other-matches")


class AskButton(discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]], template=rf"ib:ask:{_ENTRY}"):
    """A "did you mean" suggestion; pressing it answers that question privately."""

    def __init__(self, entry_id: str, label: str = "Did you mean…") -> None:
        super().__init__(
            discord.ui.Button(
                label=render.button_label(label),
                style=discord.ButtonStyle.secondary,
                custom_id=f"ib:ask:{entry_id}",
            )
        )
        self.entry_id = entry_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> Self:
        label = item.label if isinstance(item, discord.ui.Button) and item.label else "Did you mean…"
        return cls(match["entry"], label)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await answer_pick(interaction, self.entry_id, via="did-you-mean")


DYNAMIC_ITEMS = (FullAnswerButton, OtherMatchesSelect, AskButton, *feedback.ITEMS)


async def send_full_answer(interaction: discord.Interaction[InterviewBot], entry_id: str) -> None:
    """The whole answer, privately; a click counts toward the cooldown, and an unknown pair expired."""
    desk = interaction.client.desk
    try:
        if throttled := desk.throttle(interaction.user.id, "full-answer"):
            await send_outcome(interaction, throttled, ephemeral=True)
            return
        entry = refs.resolve(desk.engine.knowledge, entry_id)
        if entry is None:
            await expired(interaction)
            return
        for messages in render.full_answer_messages(entry):
            await respond(interaction, Reply(embeds=messages), ephemeral=True)
    except Exception as error:
        await _failed(interaction, error, f"the full answer to {entry_id!r}")


async def answer_pick(interaction: discord.Interaction[InterviewBot], entry_id: str, *, via: str) -> None:
    """Answer a pair picked from a component, privately; it counts toward the cooldown like a question."""
    try:
        reply = await interaction.client.desk.pick(
            interaction.user.id, entry_id, via=via, throttle=True, place=interaction_place(interaction)
        )
        await send_outcome(interaction, reply, ephemeral=True)
    except Exception as error:
        await _failed(interaction, error, f"the pick {entry_id!r}")


async def _failed(interaction: discord.Interaction[Any], error: Exception, what: str) -> None:
    """A late answer is one warning line; anything else is logged in full and apologised for."""
    if missed(error):
        log_missed(interaction, what)
        return
    log.exception("%s failed", what, exc_info=error)
    await apologise(interaction)


def answer_view(best: Match, others: Sequence[Match]) -> discord.ui.View:
    """Full answer and the vote buttons for the best match, and a select of the others when there are any."""
    view = full_answer_view(best.entry)
    for button in feedback.vote_buttons(best.entry):
        view.add_item(button)
    options = [
        discord.SelectOption(
            label=render.option_label(match.entry.question),
            value=refs.ref(match.entry),
            description=render.option_description(match),
        )
        for match in others[: render.OPTIONS_PER_SELECT]
    ]
    if options:
        view.add_item(OtherMatchesSelect(_custom_ref(best.entry), options))
    return view


def full_answer_view(entry: Entry) -> discord.ui.View:
    """Just the Full answer button, under a quote or a picked answer."""
    view = discord.ui.View(timeout=None)
    view.add_item(FullAnswerButton(_custom_ref(entry)))
    return view


def did_you_mean_view(closest: Sequence[Match], *, several: bool = False) -> discord.ui.View | None:
    """One button per close question (at most a row of five), or nothing when none is close.

    With ``several`` interviews loaded, each label says whose interview the question is from.
    """
    if not closest:
        return None
    view = discord.ui.View(timeout=None)
    for match in closest[:5]:
        label = render.suggestion_label(match.entry, several=several)
        view.add_item(AskButton(_custom_ref(match.entry), label))
    return view


def _custom_ref(entry: Entry) -> str:
    """The entry's reference with room left for the ``ib:xxxx:`` prefix of a custom id."""
    return refs.ref(entry, refs.VALUE_LIMIT - _PREFIX)


def understood(custom_id: str, live: set[str]) -> bool:
    """Whether a component still means something: a dynamic template, or a live pager's button."""
    if custom_id in live:
        return True
    return any(item.__discord_ui_compiled_template__.fullmatch(custom_id) for item in DYNAMIC_ITEMS)


class TopicsPager(discord.ui.View):
    """Previous / next buttons over the topic pages, for the person who asked; removed on timeout."""

    def __init__(
        self, pages: list[discord.Embed], *, owner_id: int, live: set[str], timeout: float | None = None
    ) -> None:
        super().__init__(timeout=PAGER_TIMEOUT if timeout is None else timeout)
        self.pages = pages
        self.owner_id = owner_id
        self.page = 0
        self.interaction: discord.Interaction[Any] | None = None
        self._live = live
        nonce = secrets.token_hex(6)
        self.previous.custom_id = f"ib:page:{nonce}:previous"
        self.counter.custom_id = f"ib:page:{nonce}:counter"
        self.next.custom_id = f"ib:page:{nonce}:next"
        self._ids = {self.previous.custom_id, self.next.custom_id, self.counter.custom_id}
        live.update(self._ids)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page == len(self.pages) - 1
        self.counter.label = f"{self.page + 1} / {len(self.pages)}"

    async def _show(self, interaction: discord.Interaction[Any], page: int) -> None:
        self.page = max(0, min(page, len(self.pages) - 1))
        self._update_buttons()
        await interaction.response.edit_message(embed=self.pages[self.page], view=self)

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Self]) -> None:
        await self._show(interaction, self.page - 1)

    @discord.ui.button(label="1 / 1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Self]) -> None:
        """Only shows the page number; Discord never sends clicks on a disabled button."""

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Self]) -> None:
        await self._show(interaction, self.page + 1)

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await respond(
            interaction,
            Reply(content="These pages belong to whoever ran /topics; run /topics to get your own."),
            ephemeral=True,
        )
        return False

    async def on_timeout(self) -> None:
        """Remove the buttons, so nobody presses a pager that no longer listens."""
        self._live.difference_update(self._ids)
        if self.interaction is None:
            return
        try:
            await self.interaction.edit_original_response(view=None)
        except discord.HTTPException as error:
            log.debug("could not remove the pager buttons: %s", error)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        await _failed(interaction, error, "the topics pager")
