"""The bot: a discord.py client holding the question desk, its cogs, components and heartbeat."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence
from typing import Any

import aiohttp
import discord
import discord.http
from discord.ext import commands
from discord.gateway import DiscordWebSocket

from bot.core.engine import Engine
from bot.core.lessons import Lesson
from bot.core.loader import load_knowledge
from bot.discord_app import views
from bot.discord_app.questions import QuestionDesk
from bot.discord_app.replies import expired
from bot.discord_app.store import BotStore
from bot.discord_app.tree import InterviewTree
from bot.health import beat
from bot.settings import Settings

log = logging.getLogger(__name__)

MIN_BEAT_INTERVAL = 0.2
PROBE_TIMEOUT = 30.0
# What the bot needs in a channel, as the README's invite URL asks for it (84992).
PERMISSIONS = discord.Permissions(
    view_channel=True, send_messages=True, embed_links=True, read_message_history=True
)


def beat_interval(max_age: float) -> float:
    """How often to renew the heartbeat: three chances in each ``HEARTBEAT_MAX_AGE``."""
    return max(MIN_BEAT_INTERVAL, max_age / 3)


def invite_url(application_id: int | None) -> str:
    """The URL that adds the bot to a server with the commands and the permissions it needs."""
    return discord.utils.oauth_url(application_id or "<APP_ID>", permissions=PERMISSIONS)


def build_engine(settings: Settings, lessons: Sequence[Lesson] = ()) -> Engine:
    """Load and index the knowledge, with the lessons taught; raises KnowledgeError listing every problem."""
    knowledge = load_knowledge(settings.knowledge_dir)
    return Engine(knowledge, threshold=settings.answer_threshold, lessons=lessons)


def intents() -> discord.Intents:
    """No privileged intents: Discord still sends the text of mentions, DMs and context-menu targets."""
    wanted = discord.Intents.default()
    wanted.message_content = False
    wanted.members = False
    wanted.presences = False
    return wanted


class InterviewBot(commands.Bot):
    """Answers questions about the loaded interviews; ``desk.engine`` is what /reload swaps."""

    def __init__(
        self,
        settings: Settings,
        engine: Engine,
        *,
        ready: asyncio.Event | None = None,
        store: BotStore | None = None,
    ) -> None:
        shards: dict[str, Any] = {}
        if settings.shard_count is not None:
            shards["shard_count"] = settings.shard_count
        if settings.shard_ids is not None:
            shards["shard_ids"] = list(settings.shard_ids)
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents(),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=InterviewTree,
            # discord.py's own pool is unbounded: a cold burst would start one TLS handshake per request.
            connector=aiohttp.TCPConnector(limit=settings.http_pool_limit),
            **shards,
        )
        self.settings = settings
        self.store = store
        self.desk = QuestionDesk.from_settings(settings, engine, store.record if store else None)
        self.live_components: set[str] = set()
        self.reload_lock = asyncio.Lock()
        self._ready_event = ready
        self._heartbeat: asyncio.Task[None] | None = None

    async def setup_hook(self) -> None:
        from bot.discord_app.cogs import COGS

        for cog in COGS:
            await self.add_cog(cog(self))
        self.add_dynamic_items(*views.DYNAMIC_ITEMS)
        if self.store is not None:
            self.store.start(on_lessons=self.learn)
        await self.sync_commands()
        self._heartbeat = asyncio.create_task(self._beat_while_connected(), name="interview-bot-heartbeat")

    async def sync_commands(self) -> None:
        """Sync to DISCORD_GUILD_IDS (instant) when set, else globally (may take up to an hour to show)."""
        if not self.settings.discord_guild_ids:
            synced = await self.tree.sync()
            log.info("synced %d commands globally", len(synced))
            return
        for guild_id in self.settings.discord_guild_ids:
            guild = discord.Object(guild_id)
            self.tree.copy_global_to(guild=guild)
            try:
                synced = await self.tree.sync(guild=guild)
            except discord.HTTPException as error:
                log.error(
                    "could not sync commands to guild %s: %s (is the bot in it? invite it with %s)",
                    guild_id, error, invite_url(self.application_id),
                )  # fmt: skip
            else:
                log.info("synced %d commands to guild %s", len(synced), guild_id)

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: a mention is a question, which the mentions cog answers."""

    async def on_ready(self) -> None:
        log.info("ready as %s in %d guilds", self.user, len(self.guilds))
        if not self.guilds:
            log.warning("the bot is in no server yet: invite it with %s", invite_url(self.application_id))
        self._beat()
        if self._ready_event is not None:
            self._ready_event.set()

    async def on_resumed(self) -> None:
        self._beat()

    async def on_interaction(self, interaction: discord.Interaction[InterviewBot]) -> None:
        """Answer clicks on components nothing handles any more, instead of "interaction failed"."""
        if interaction.type is not discord.InteractionType.component or interaction.data is None:
            return
        custom_id = str(interaction.data.get("custom_id", ""))
        if not views.understood(custom_id, self.live_components):
            log.info("expired component %r", custom_id)
            await expired(interaction)

    def learn(self, lessons: list[Lesson]) -> None:
        """Swap in an engine that knows these lessons: taught here, or seen in the database."""
        self.desk.engine = self.desk.engine.with_lessons(lessons)

    @property
    def lessons(self) -> list[Lesson]:
        return self.store.lessons if self.store is not None else []

    async def probe_gateway(self) -> None:
        """Open and close a websocket to the gateway, raising if it is unreachable; identifies nothing."""
        url = DiscordWebSocket.DEFAULT_GATEWAY.with_query(
            v=discord.http.INTERNAL_API_VERSION, encoding="json"
        )
        socket = await asyncio.wait_for(self.http.ws_connect(str(url)), PROBE_TIMEOUT)
        await socket.close()

    def gateway_open(self) -> bool:
        """Whether the gateway websocket is connected right now."""
        return self.ws is not None and self.ws.open

    async def _beat_while_connected(self) -> None:
        interval = beat_interval(self.settings.heartbeat_max_age)
        while not self.is_closed():
            if self.gateway_open():
                self._beat()
            await asyncio.sleep(interval)

    def _beat(self) -> None:
        try:
            beat(self.settings.heartbeat_file)
        except OSError as error:
            log.warning("could not write HEARTBEAT_FILE %s: %s", self.settings.heartbeat_file, error)

    async def close(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heartbeat
        await super().close()


class ShardedInterviewBot(InterviewBot, commands.AutoShardedBot):
    """The same bot running SHARD_IDS of SHARD_COUNT, so several processes can share a large bot."""

    def gateway_open(self) -> bool:
        shards = self.shards
        return bool(shards) and not any(shard.is_closed() for shard in shards.values())


def create_bot(
    settings: Settings, engine: Engine, *, ready: asyncio.Event | None = None, store: BotStore | None = None
) -> InterviewBot:
    """The plain client, or the sharded one when SHARD_COUNT is set."""
    kind = ShardedInterviewBot if settings.shard_count is not None else InterviewBot
    return kind(settings, engine, ready=ready, store=store)
