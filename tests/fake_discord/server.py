"""The fake Discord: an aiohttp server holding the world, a record of every request, and ways to wait."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import ssl
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from aiohttp import web

from .actors import Actor, Reply
from .gateway import Gateway, GatewaySession
from .payloads import (
    EVERYONE_PERMISSIONS,
    PRIVILEGED_INTENTS,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    Intent,
    Overwrite,
    Perm,
    Snowflakes,
    as_int,
    message_payload,
    timestamp,
)
from .rest import Rest
from .store import (
    ROLE_MENTION,
    USER_MENTION,
    DiscordError,
    Failure,
    InteractionRecord,
    RecordedRequest,
    StoredMessage,
)
from .validation import FLAG_LOADING, FLAG_SUPPRESS_EMBEDS, is_empty_message

API_PREFIX = "/api/v10"
GATEWAY_PATH = "/gateway"
RESUME_PATH = "/gateway/resume"
DEFAULT_TOKEN = "MTA.fake-discord.token-for-tests-only"

T = TypeVar("T")


class FakeDiscordTimeout(AssertionError):
    """The bot did not do what the test waited for; the message says what was awaited and what happened."""


def json_response(body: Any, status: int = 200) -> web.Response:
    """discord.py parses JSON only when Content-Type is exactly ``application/json`` (no charset)."""
    return web.Response(
        status=status, body=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )


class FakeDiscord:
    """A local Discord API (REST + gateway) that a real discord.py client can log in to.

    The default world is one guild, "Interview Fans", with #general and #questions, an @everyone role, a
    "Moderators" role with Manage Server, and three people: ``alice`` (the default actor), ``mod`` (a
    moderator) and ``otherbot`` (another bot account).
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        privileged_intents: int = PRIVILEGED_INTENTS,
        recommended_shards: int = 1,
        reply_timeout: float = 5.0,
        settle: float = 0.1,
        response_deadline: float = 3.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.token = token
        self.gateway_token = token
        self.privileged_intents = as_int(privileged_intents)
        self.recommended_shards = recommended_shards
        self.reply_timeout = reply_timeout
        self.settle_time = settle
        self.response_deadline = response_deadline
        self.ssl_context = ssl_context  # serve HTTPS and WSS, as Discord does

        self.ids = Snowflakes()
        self.application_id = self.ids.next()
        self.bot_user = FakeUser(self.application_id, "Interview Bot", bot=True)
        self.owner = FakeUser(self.ids.next(), "owner", global_name="Server Owner")
        self.users: dict[int, FakeUser] = {self.bot_user.id: self.bot_user, self.owner.id: self.owner}
        self.guilds: list[FakeGuild] = []
        self.dm_channels: dict[int, FakeChannel] = {}

        self.requests: list[RecordedRequest] = []
        self.failures: list[Failure] = []
        self.messages: dict[int, StoredMessage] = {}
        self.interactions: dict[int, InteractionRecord] = {}
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self._command_ids: dict[tuple[int | None, int, str], int] = {}
        self._allowed_statuses: set[int] | None = set()
        self.rest_unavailable = 0  # answer this many REST requests with 503, like an outage

        self.gateway = Gateway(self)
        self.rest = Rest(self)
        self._changed = asyncio.Event()
        self._last_activity = 0.0
        self._watched: list[asyncio.Task[Any]] = []
        self._runner: web.AppRunner | None = None
        self.port = 0

        self.guild = self.add_guild("Interview Fans")
        self.general = self.guild.channel("general")
        self.questions = self.add_channel("questions")
        self.moderators = self.add_role("Moderators", Perm.MANAGE_GUILD | Perm.MANAGE_MESSAGES)
        self.alice = self.add_user("alice", global_name="Alice")
        self.mod = self.add_user("mod", roles=[self.moderators], global_name="Moderator")
        self.otherbot = self.add_user("otherbot", bot=True)

    # --- lifecycle -------------------------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self.ssl_context)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        return self

    async def close(self) -> None:
        await self.gateway.close_all()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        return f"{'https' if self.ssl_context else 'http'}://127.0.0.1:{self.port}"

    @property
    def api_base_url(self) -> str:
        """What ``DISCORD_API_BASE_URL`` should be (discord.py's ``Route.BASE``)."""
        return self.base_url + API_PREFIX

    @property
    def gateway_url(self) -> str:
        """What ``DISCORD_GATEWAY_URL`` should be; ``GET /gateway/bot`` answers the same."""
        return f"{self._ws_scheme}://127.0.0.1:{self.port}{GATEWAY_PATH}"

    @property
    def resume_gateway_url(self) -> str:
        return f"{self._ws_scheme}://127.0.0.1:{self.port}{RESUME_PATH}"

    @property
    def _ws_scheme(self) -> str:
        return "wss" if self.ssl_context else "ws"

    def env(self, **extra: str) -> dict[str, str]:
        """Environment variables that point ``interview-bot run`` at this fake."""
        return {
            "DISCORD_TOKEN": self.token,
            "DISCORD_API_BASE_URL": self.api_base_url,
            "DISCORD_GATEWAY_URL": self.gateway_url,
            "DISCORD_GUILD_IDS": str(self.guild.id),
            **extra,
        }

    def watch(self, task: asyncio.Task[Any]) -> None:
        """Make every wait fail at once, with the reason, if this task (the bot) ends."""
        self._watched.append(task)

    def unwatch(self, task: asyncio.Task[Any]) -> None:
        """The task is about to end on purpose; waits should no longer fail because of it."""
        if task in self._watched:
            self._watched.remove(task)

    # --- the world -------------------------------------------------------------------------------------

    def add_guild(self, name: str, *, guild_id: int | None = None) -> FakeGuild:
        """A guild the bot is in, with @everyone, a managed bot role and a #general channel."""
        guild_id = guild_id or self.ids.next()
        guild = FakeGuild(id=guild_id, name=name, owner_id=self.owner.id)
        guild.roles.append(FakeRole(guild_id, "@everyone", EVERYONE_PERMISSIONS))
        bot_role = FakeRole(
            self.ids.next(), self.bot_user.username, EVERYONE_PERMISSIONS, position=1, managed=True
        )
        guild.roles.append(bot_role)
        guild.members[self.bot_user.id] = FakeMember(self.bot_user, roles=[bot_role.id])
        guild.members[self.owner.id] = FakeMember(self.owner)
        guild.channels.append(FakeChannel(self.ids.next(), "general", guild_id=guild_id))
        self.guilds.append(guild)
        return guild

    def add_channel(
        self,
        name: str,
        *,
        guild: FakeGuild | None = None,
        overwrites: Iterable[Overwrite] = (),
        topic: str | None = None,
    ) -> FakeChannel:
        guild = guild or self.guild
        channel = FakeChannel(
            self.ids.next(),
            name,
            guild_id=guild.id,
            position=len(guild.channels),
            topic=topic,
            overwrites=list(overwrites),
        )
        guild.channels.append(channel)
        return channel

    def add_thread(self, name: str, *, parent: FakeChannel | None = None) -> FakeChannel:
        """A public thread in ``parent`` (default #general), started by the server owner."""
        parent = parent or self.general
        guild = self.guild_of(parent)
        assert guild is not None, "threads are in server channels"
        thread = FakeChannel(
            self.ids.next(), name, type=11, guild_id=guild.id, parent=parent, owner_id=self.owner.id
        )
        guild.channels.append(thread)
        return thread

    def add_role(
        self, name: str, permissions: Any = 0, *, guild: FakeGuild | None = None, mentionable: bool = True
    ) -> FakeRole:
        guild = guild or self.guild
        role = FakeRole(
            self.ids.next(), name, as_int(permissions), position=len(guild.roles), mentionable=mentionable
        )
        guild.roles.append(role)
        return role

    def add_user(
        self,
        username: str,
        *,
        roles: Iterable[FakeRole | str] = (),
        permissions: Any = None,
        bot: bool = False,
        global_name: str | None = None,
        guild: FakeGuild | None = None,
        in_guild: bool = True,
    ) -> Actor:
        """A person (or bot) who is a member of ``guild``; ``permissions`` gives them a role of their own."""
        guild = guild or self.guild
        user = FakeUser(self.ids.next(), username, global_name=global_name, bot=bot)
        self.users[user.id] = user
        if in_guild:
            role_ids = [role.id if isinstance(role, FakeRole) else guild.role(role).id for role in roles]
            if permissions is not None:
                role_ids.append(
                    self.add_role(f"{username}'s permissions", permissions, guild=guild, mentionable=False).id
                )
            guild.members[user.id] = FakeMember(user, roles=role_ids)
        return Actor(self, user, guild)

    def actor(self, user: FakeUser | Actor, guild: FakeGuild | None = None) -> Actor:
        return user if isinstance(user, Actor) else Actor(self, user, guild or self.guild)

    def find_guild(self, guild_id: int) -> FakeGuild | None:
        return next((guild for guild in self.guilds if guild.id == guild_id), None)

    def find_channel(self, channel_id: int) -> FakeChannel | None:
        for guild in self.guilds:
            for channel in guild.channels:
                if channel.id == channel_id:
                    return channel
        return next((c for c in self.dm_channels.values() if c.id == channel_id), None)

    def guild_of(self, channel: FakeChannel) -> FakeGuild | None:
        return None if channel.guild_id is None else self.find_guild(channel.guild_id)

    def dm_channel(self, user: FakeUser) -> FakeChannel:
        """The bot's DM channel with ``user``, created on first use like ``POST /users/@me/channels``."""
        if user.id not in self.dm_channels:
            self.dm_channels[user.id] = FakeChannel(self.ids.next(), None, type=1, recipient=user)
        return self.dm_channels[user.id]

    def member(self, guild: FakeGuild | None, user: FakeUser) -> FakeMember | None:
        return None if guild is None else guild.members.get(user.id)

    def bot_permissions(self, channel: FakeChannel) -> int:
        guild = self.guild_of(channel)
        if guild is None:
            return int(
                Perm.VIEW_CHANNEL
                | Perm.SEND_MESSAGES
                | Perm.EMBED_LINKS
                | Perm.ATTACH_FILES
                | Perm.READ_MESSAGE_HISTORY
                | Perm.ADD_REACTIONS
            )
        return guild.permissions_in(self.bot_user.id, channel)

    def guild_create_payload(self, guild: FakeGuild, intents: int) -> dict[str, Any]:
        """Without GUILD_PRESENCES Discord lists only the bot itself; the rest come from member chunking."""
        if intents & Intent.GUILD_PRESENCES:
            return guild.payload()
        return guild.payload(members=[guild.members[self.bot_user.id]])

    # --- recording -------------------------------------------------------------------------------------

    def fail(self, kind: str, detail: str) -> None:
        self.failures.append(Failure(kind, detail))
        self.notify()

    def notify(self) -> None:
        self._last_activity = asyncio.get_running_loop().time()
        self._changed.set()
        self._changed = asyncio.Event()

    @property
    def client_errors(self) -> list[RecordedRequest]:
        """Every 4xx the fake answered (unknown routes are failures, listed separately)."""
        return [r for r in self.requests if 400 <= r.status < 500 and r.route is not None]

    def expect_errors(self, *statuses: int) -> None:
        """Allow 4xx answers in this test (only the given statuses, if any), because it provokes them."""
        if not statuses:
            self._allowed_statuses = None
        elif self._allowed_statuses is not None:
            self._allowed_statuses |= set(statuses)

    def unexpected(self) -> list[str]:
        """What should fail the test: failures, and 4xx answers the test did not say it expects."""
        problems = [str(failure) for failure in self.failures]
        for request in self.client_errors:
            if self._allowed_statuses is not None and request.status not in self._allowed_statuses:
                problems.append(
                    f"unexpected {request.status} for {request.method} {request.path}: {request.response}"
                )
        return problems

    def assert_clean(self) -> None:
        problems = self.unexpected()
        assert not problems, "fake Discord saw problems:\n  " + "\n  ".join(problems)

    def requests_to(self, method: str, route: str) -> list[RecordedRequest]:
        """Requests to a route template: ``requests_to("PUT", "/applications/{application_id}/commands")``."""
        return [r for r in self.requests if r.method == method and r.route == f"{method} {route}"]

    def commands(self, guild: FakeGuild | int | None = None) -> list[dict[str, Any]]:
        """The registered commands, global or of one guild, as Discord stores them (with ids)."""
        if guild is None:
            return self.global_commands
        return self.guild_commands.get(guild if isinstance(guild, int) else guild.id, [])

    def store_commands(self, guild_id: int | None, body: list[dict[str, Any]]) -> list[dict[str, Any]]:
        stored = []
        for command in body:
            kind = command.get("type", 1)
            key = (guild_id, kind, command["name"])
            command_id = self._command_ids.setdefault(key, self.ids.next())
            permissions = command.get("default_member_permissions")
            entry = {
                **command,
                "id": str(command_id),
                "application_id": str(self.application_id),
                "version": str(self.ids.next()),
                "type": kind,
                "description": command.get("description") or "",
                "default_member_permissions": None if permissions is None else str(permissions),
                "nsfw": command.get("nsfw", False),
                "contexts": command.get("contexts"),
                "integration_types": command.get("integration_types") or [0],
            }
            if guild_id is None:
                entry["dm_permission"] = command.get("dm_permission", True)
            else:
                entry["guild_id"] = str(guild_id)
                entry.pop("dm_permission", None)
            stored.append(entry)
        if guild_id is None:
            self.global_commands = stored
        else:
            self.guild_commands[guild_id] = stored
        return stored

    @property
    def bot_messages(self) -> list[StoredMessage]:
        return [m for m in self.messages.values() if m.author.id == self.bot_user.id]

    # --- messages --------------------------------------------------------------------------------------

    def build_message(
        self,
        *,
        channel: FakeChannel,
        author: FakeUser,
        body: dict[str, Any],
        files: list[dict[str, Any]] | None = None,
        message_type: int = 0,
        webhook: bool = False,
        interaction: InteractionRecord | None = None,
        message_id: int | None = None,
    ) -> StoredMessage:
        """Turn a create body into a stored message with everything Discord fills in (mentions, ids, ...)."""
        guild = self.guild_of(channel)
        referenced = None
        if (reference := body.get("message_reference")) is not None:
            target = self.messages.get(int(reference.get("message_id", 0)))
            if target is None or target.deleted:
                if reference.get("fail_if_not_exists", True):
                    raise DiscordError(
                        400,
                        50035,
                        "Invalid Form Body",
                        {
                            "message_reference": {
                                "_errors": [
                                    {
                                        "code": "MESSAGE_REFERENCE_UNKNOWN_MESSAGE",
                                        "message": "Unknown message",
                                    }
                                ]
                            }
                        },
                    )
            else:
                referenced = target.data
        content = body.get("content") or ""
        mentioned = [self.users[u] for u in map(int, USER_MENTION.findall(content)) if u in self.users]
        metadata = None
        if interaction is not None:
            metadata = {
                "id": str(interaction.id),
                "type": interaction.type,
                "user": interaction.user.payload(),
                "authorizing_integration_owners": interaction.payload.get(
                    "authorizing_integration_owners", {}
                ),
            }
        data = message_payload(
            message_id=message_id or self.ids.next(),
            channel=channel,
            author=author,
            content=content,
            embeds=[{"type": "rich", **embed} for embed in body.get("embeds") or []],
            components=_number_components(body.get("components") or []),
            attachments=self._attachments(body, files or []),
            flags=int(body.get("flags") or 0),
            message_type=message_type,
            member=self.member(guild, author),
            mentions=[(user, self.member(guild, user)) for user in mentioned],
            mention_roles=[int(r) for r in ROLE_MENTION.findall(content)] if guild else [],
            mention_everyone=False,
            webhook_id=self.application_id if webhook else None,
            application_id=self.application_id if interaction is not None else None,
            referenced=referenced,
            interaction_metadata=metadata,
            tts=bool(body.get("tts")),
        )
        message = StoredMessage(
            data=data,
            channel=channel,
            author=author,
            allowed_mentions=body.get("allowed_mentions"),
            interaction_id=None if interaction is None else interaction.id,
        )
        data["mention_everyone"] = "everyone" in message.pings
        self.messages[message.id] = message
        channel.last_message_id = message.id
        return message

    def _attachments(self, body: dict[str, Any], files: list[dict[str, Any]]) -> list[dict[str, Any]]:
        by_index = {str(file["index"]): file for file in files}
        attachments = []
        for attachment in body.get("attachments") or []:
            upload = by_index.get(str(attachment.get("id")))
            if upload is None:
                if "url" in attachment:
                    attachments.append(attachment)
                continue
            attachment_id = self.ids.next()
            url = f"{self.base_url}/attachments/{attachment_id}/{upload['filename']}"
            attachments.append(
                {
                    "id": str(attachment_id),
                    "filename": upload["filename"],
                    "size": upload["size"],
                    "url": url,
                    "proxy_url": url,
                    "content_type": upload.get("content_type"),
                    "description": attachment.get("description"),
                }
            )
        return attachments

    def edit_message(
        self, message: StoredMessage, body: dict[str, Any], files: list[dict[str, Any]] | None = None
    ) -> StoredMessage:
        """Apply a PATCH body: fields present replace the old ones; the result must not be empty."""
        updated = dict(message.data)
        if "content" in body:
            updated["content"] = body["content"] or ""
        if "embeds" in body:
            updated["embeds"] = [{"type": "rich", **embed} for embed in body["embeds"] or []]
        if "components" in body:
            updated["components"] = _number_components(body["components"] or [])
        if "attachments" in body or files:
            updated["attachments"] = self._attachments(body, files or [])
        if "flags" in body and body["flags"] is not None:
            updated["flags"] = (message.flags & ~FLAG_SUPPRESS_EMBEDS) | (
                int(body["flags"]) & FLAG_SUPPRESS_EMBEDS
            )
        updated["flags"] = int(updated.get("flags") or 0) & ~FLAG_LOADING
        if is_empty_message(updated):
            raise DiscordError(400, 50006, "Cannot send an empty message")
        updated["edited_timestamp"] = timestamp()
        message.history.append(message.data)
        message.data = updated
        if "allowed_mentions" in body:
            message.allowed_mentions = body["allowed_mentions"]
        return message

    async def announce(self, event: str, message: StoredMessage) -> None:
        """MESSAGE_CREATE/UPDATE for a message others can see (never for ephemeral ones)."""
        if message.ephemeral:
            return
        guild_id = message.channel.guild_id
        intent = Intent.DIRECT_MESSAGES if guild_id is None else Intent.GUILD_MESSAGES
        data = dict(message.data)
        if event == "MESSAGE_CREATE" and guild_id is not None:
            data.setdefault("guild_id", str(guild_id))
        for session in self.gateway.live_sessions:
            if session.covers(guild_id) and session.wants(intent):
                await session.dispatch(event, self._visible(data, session.intents, message))
        self.notify()

    def _visible(self, data: dict[str, Any], intents: int, message: StoredMessage) -> dict[str, Any]:
        """Without MESSAGE_CONTENT, guild messages arrive empty unless they mention or come from the bot."""
        if intents & Intent.MESSAGE_CONTENT or message.channel.guild_id is None:
            return data
        if message.author.id == self.bot_user.id or any(
            int(u["id"]) == self.bot_user.id for u in data["mentions"]
        ):
            return data
        hidden = {**data, "content": "", "embeds": [], "attachments": [], "components": []}
        hidden.pop("poll", None)
        return hidden

    # --- interactions ----------------------------------------------------------------------------------

    def new_interaction(
        self,
        *,
        kind: int,
        data: dict[str, Any],
        channel: FakeChannel,
        user: FakeUser,
        command: dict[str, Any] | None = None,
        focused_type: int | None = None,
        source_message: StoredMessage | None = None,
    ) -> InteractionRecord:
        guild = self.guild_of(channel)
        interaction_id = self.ids.next()
        token = f"aW50ZXJhY3Rpb246{interaction_id}{secrets.token_urlsafe(48)}"
        member = self.member(guild, user)
        user_permissions = guild.permissions_in(user.id, channel) if guild else 0
        channel_payload = {
            **channel.payload(),
            "permissions": str(user_permissions if guild else self.bot_permissions(channel)),
        }
        payload: dict[str, Any] = {
            "id": str(interaction_id),
            "application_id": str(self.application_id),
            "type": kind,
            "data": data,
            "channel_id": str(channel.id),
            "channel": channel_payload,
            "token": token,
            "version": 1,
            "locale": "en-US",
            "app_permissions": str(self.bot_permissions(channel)),
            "entitlements": [],
            "entitlement_sku_ids": [],
            "authorizing_integration_owners": {"0": str(guild.id) if guild else "0"},
            "context": 0 if guild else 1,
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if guild is not None:
            if member is None:
                raise AssertionError(f"{user.username} is not a member of {guild.name}")
            payload["guild_id"] = str(guild.id)
            payload["guild"] = {"id": str(guild.id), "locale": "en-US", "features": []}
            payload["guild_locale"] = "en-US"
            payload["member"] = member.payload(permissions=user_permissions)
        else:
            payload["user"] = user.payload()
        if source_message is not None:
            payload["message"] = source_message.data
        record = InteractionRecord(
            id=interaction_id,
            token=token,
            type=kind,
            payload=payload,
            channel=channel,
            user=user,
            created=asyncio.get_running_loop().time(),
            command=command,
            focused_type=focused_type,
            source_message=source_message,
        )
        self.interactions[interaction_id] = record
        return record

    def interaction_by_token(self, application_id: str, token: str) -> InteractionRecord:
        if application_id != str(self.application_id):
            raise DiscordError(404, 10015, "Unknown Webhook")
        for record in self.interactions.values():
            if record.token == token:
                return record
        raise DiscordError(404, 10015, "Unknown Webhook")

    # --- gateway control -------------------------------------------------------------------------------

    def session(self, shard_id: int = 0) -> GatewaySession:
        for session in self.gateway.live_sessions:
            if session.shard_id == shard_id:
                return session
        raise AssertionError(
            f"no live gateway session for shard {shard_id}; identified: {self.gateway.identifies}"
        )

    async def force_reconnect(
        self, *, how: str = "reconnect", code: int = 4000, shard_id: int = 0, timeout: float | None = None
    ) -> None:
        """Drop the shard's connection (op 7 RECONNECT or a close ``code``) and wait until it has RESUMEd."""
        session = self.session(shard_id)
        before = session.resumes
        await self.gateway.reconnect(session, how=how, code=code)
        await self.wait_until(
            lambda: session.resumes > before and session.connection is not None,
            timeout=timeout,
            what=f"shard {shard_id} to RESUME after a forced {how}",
        )

    async def invalidate_session(
        self, *, resumable: bool = False, shard_id: int = 0, timeout: float | None = None
    ) -> None:
        """Send op 9; unless resumable, wait until the shard has IDENTIFYed again."""
        session = self.session(shard_id)
        identifies = len(self.gateway.identifies)
        await self.gateway.invalidate(session, resumable=resumable)
        if not resumable:
            await self.wait_until(
                lambda: (
                    len(self.gateway.identifies) > identifies
                    and any(
                        s.shard_id == shard_id and s.connection is not None
                        for s in self.gateway.live_sessions
                    )
                ),
                timeout=timeout,
                what=f"shard {shard_id} to IDENTIFY again after an invalid session",
            )

    # --- waiting ---------------------------------------------------------------------------------------

    async def wait_until(self, predicate: Callable[[], T], *, timeout: float | None = None, what: str) -> T:
        """Wait until ``predicate()`` is truthy and return it; fail clearly after ``timeout`` seconds."""
        loop = asyncio.get_running_loop()
        limit = self.reply_timeout if timeout is None else timeout
        deadline = loop.time() + limit
        while True:
            result = predicate()
            if result:
                return result
            self._check_watched(what)
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise FakeDiscordTimeout(self._explain(f"timed out after {limit:.1f}s waiting for {what}"))
            changed = self._changed
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), min(remaining, 0.05))

    async def settle(self, quiet: float | None = None) -> None:
        """Wait until the bot has been quiet for ``quiet`` seconds, so late followups and edits are in."""
        loop = asyncio.get_running_loop()
        quiet = self.settle_time if quiet is None else quiet
        while (idle := loop.time() - self._last_activity) < quiet:
            await asyncio.sleep(quiet - idle)
        self._check_watched("the bot to settle")

    def _check_watched(self, what: str) -> None:
        for task in self._watched:
            if task.done():
                error = None if task.cancelled() else task.exception()
                result = None if task.cancelled() or error else task.result()
                raise FakeDiscordTimeout(
                    self._explain(
                        f"the bot stopped (result {result!r}, error {error!r}) while waiting for {what}"
                    )
                )

    def _explain(self, headline: str) -> str:
        lines = [headline]
        if self.failures:
            lines.append("failures: " + "; ".join(map(str, self.failures)))
        errors = self.client_errors
        if errors:
            lines.append("error answers: " + "; ".join(f"{r} {r.response}" for r in errors[-5:]))
        lines.append("last requests: " + ", ".join(map(str, self.requests[-8:])))
        return "\n".join(lines)

    @contextmanager
    def recording(self) -> Iterator[list[RecordedRequest]]:
        """Collect the requests made inside the block."""
        start = len(self.requests)
        collected: list[RecordedRequest] = []
        try:
            yield collected
        finally:
            collected.extend(self.requests[start:])

    # --- the default person ------------------------------------------------------------------------------

    async def say(self, content: str, **kwargs: Any) -> Reply:
        """``alice`` says something; see :meth:`Actor.say`."""
        return await self.alice.say(content, **kwargs)

    async def dm(self, content: str, **kwargs: Any) -> Reply:
        return await self.alice.dm(content, **kwargs)

    async def slash(self, command: str, /, **kwargs: Any) -> Reply:
        return await self.alice.slash(command, **kwargs)

    async def autocomplete(
        self, command: str, option: str, typed: str, /, **kwargs: Any
    ) -> list[dict[str, Any]]:
        return await self.alice.autocomplete(command, option, typed, **kwargs)

    async def click(self, message: StoredMessage | Reply, button: str, /, **kwargs: Any) -> Reply:
        return await self.alice.click(message, button, **kwargs)

    async def select(
        self, message: StoredMessage | Reply, select: str, values: list[str], /, **kwargs: Any
    ) -> Reply:
        return await self.alice.select(message, select, values, **kwargs)

    async def context_menu(
        self, name: str, target: StoredMessage | Reply | Actor | FakeUser, /, **kwargs: Any
    ) -> Reply:
        return await self.alice.context_menu(name, target, **kwargs)

    # --- HTTP plumbing ---------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if (
            request.path in (GATEWAY_PATH, RESUME_PATH)
            and request.headers.get("Upgrade", "").lower() == "websocket"
        ):
            return await self.gateway.handle(request)
        path = (
            request.path.removeprefix(API_PREFIX)
            if request.path.startswith(API_PREFIX + "/")
            else request.path
        )
        record = RecordedRequest(
            method=request.method, path=path, query=dict(request.query), headers=dict(request.headers)
        )
        self.requests.append(record)
        if self.rest_unavailable > 0:
            self.rest_unavailable -= 1
            record.status = 503
            self.notify()
            return web.Response(status=503, text="upstream connect error")
        try:
            record.json, record.files = await _read_body(request)
            if not request.path.startswith(API_PREFIX + "/"):
                raise LookupError
            status, body = await self.rest.dispatch(record)
        except LookupError:
            self.fail("unknown-route", f"{request.method} {request.path}")
            status, body = 404, {"message": "404: Not Found", "code": 0}
        except DiscordError as error:
            status, body = error.status, error.body()
        except Exception:
            self.fail(
                "fake-error", f"{request.method} {request.path} crashed the fake:\n{traceback.format_exc()}"
            )
            # Not a 5xx: discord.py retries those with sleeps, which would hide the crash behind timeouts.
            status, body = 400, {"message": "fake Discord crashed; see the test failure", "code": 0}
        record.status, record.response = status, body
        self.notify()
        if body is None:
            return web.Response(status=204)
        return json_response(body, status)


def _number_components(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Discord gives every component a numeric ``id`` in reading order; keep any the bot chose."""
    counter = 0

    def walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        nonlocal counter
        numbered = []
        for item in items:
            counter += 1
            copy = {**item, "id": item.get("id") or counter}
            if "components" in copy:
                copy["components"] = walk(copy["components"])
            if "accessory" in copy:
                copy["accessory"] = walk([copy["accessory"]])[0]
            numbered.append(copy)
        return numbered

    return walk(components)


async def _read_body(request: web.Request) -> tuple[Any, list[dict[str, Any]]]:
    """JSON bodies, and multipart ones the way discord.py sends files: ``payload_json`` plus ``files[n]``."""
    if not request.can_read_body:
        return None, []
    content_type = request.content_type
    if content_type == "multipart/form-data":
        payload: Any = None
        files: list[dict[str, Any]] = []
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            name = getattr(part, "name", None)
            data = await part.read()  # type: ignore[union-attr]
            if name == "payload_json":
                payload = json.loads(bytes(data).decode())
            elif name and name.startswith("files["):
                files.append(
                    {
                        "index": name[len("files[") : -1],
                        "filename": getattr(part, "filename", None),
                        "size": len(data),
                        "content_type": part.headers.get("Content-Type"),
                        "data": bytes(data),
                    }
                )
        return payload, files
    raw = await request.read()
    if not raw:
        return None, []
    if content_type != "application/json":
        raise DiscordError(400, 50109, "The request body contains invalid JSON.")
    try:
        return json.loads(raw), []
    except ValueError:
        raise DiscordError(400, 50109, "The request body contains invalid JSON.") from None
