"""A local Discord (REST + gateway) that the real discord.py client logs in to, for end-to-end tests.

The bot under test runs unmodified; only its endpoints point here (``DISCORD_API_BASE_URL`` and
``DISCORD_GATEWAY_URL``, see :meth:`FakeDiscord.env`). People act through :class:`Actor` methods that
send what Discord would send and return what the bot sent back::

    async def test_ask(running_bot: FakeDiscord) -> None:
        reply = await running_bot.slash("ask", question="how big are the bioreactors?")
        assert reply.embed["title"] and reply.pings == frozenset()
        more = await running_bot.mod.click(reply, "Full answer")
        assert more.ephemeral

Anything Discord would refuse is refused with Discord's status and error body, and an unknown route or an
unexpected 4xx fails the test at teardown (``fake.expect_errors(400)`` when a test provokes one).
"""

from .actors import Actor, CommandUnavailable, Reply
from .payloads import FakeChannel, FakeGuild, FakeRole, FakeUser, Intent, Overwrite, Perm
from .server import FakeDiscord, FakeDiscordTimeout
from .store import DiscordError, InteractionRecord, RecordedRequest, StoredMessage
from .validation import Errors

__all__ = [
    "Actor",
    "CommandUnavailable",
    "DiscordError",
    "Errors",
    "FakeChannel",
    "FakeDiscord",
    "FakeDiscordTimeout",
    "FakeGuild",
    "FakeRole",
    "FakeUser",
    "Intent",
    "InteractionRecord",
    "Overwrite",
    "Perm",
    "RecordedRequest",
    "Reply",
    "StoredMessage",
]
