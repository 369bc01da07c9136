"""The gateway websocket: HELLO, IDENTIFY/READY, RESUME with replay, heartbeats, dispatches, compression.

One :class:`GatewaySession` per identified shard outlives its websocket connections, which is what
lets a reconnecting client RESUME and receive the dispatches it missed, exactly as with Discord.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
import zlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from .payloads import PRIVILEGED_INTENTS, Intent, shard_of

if TYPE_CHECKING:
    from .server import FakeDiscord

HEARTBEAT_INTERVAL_MS = 41250
OP_DISPATCH, OP_HEARTBEAT, OP_IDENTIFY, OP_PRESENCE, OP_VOICE, OP_RESUME, OP_RECONNECT = 0, 1, 2, 3, 4, 6, 7
OP_REQUEST_MEMBERS, OP_INVALID_SESSION, OP_HELLO, OP_HEARTBEAT_ACK = 8, 9, 10, 11

CLOSE_UNKNOWN_ERROR = 4000
CLOSE_UNKNOWN_OPCODE = 4001
CLOSE_DECODE_ERROR = 4002
CLOSE_NOT_AUTHENTICATED = 4003
CLOSE_AUTHENTICATION_FAILED = 4004
CLOSE_ALREADY_AUTHENTICATED = 4005
CLOSE_INVALID_SHARD = 4010
CLOSE_INVALID_API_VERSION = 4012
CLOSE_INVALID_INTENTS = 4013
CLOSE_DISALLOWED_INTENTS = 4014


class _ZstdStream:
    """zstd-stream transport compression, available only when the ``zstandard`` package is installed."""

    def __init__(self) -> None:
        import zstandard  # type: ignore[import-not-found]

        self._compressor = zstandard.ZstdCompressor().compressobj()
        self._flush = zstandard.COMPRESSOBJ_FLUSH_BLOCK

    def compress(self, data: bytes) -> bytes:
        return bytes(self._compressor.compress(data) + self._compressor.flush(self._flush))


class _ZlibStream:
    """zlib-stream transport compression: one deflate stream per connection, frames end in a sync flush."""

    def __init__(self) -> None:
        self._compressor = zlib.compressobj()

    def compress(self, data: bytes) -> bytes:
        return self._compressor.compress(data) + self._compressor.flush(zlib.Z_SYNC_FLUSH)


@dataclass
class GatewayConnection:
    """One websocket; sends are serialised so the compression stream stays in order."""

    ws: web.WebSocketResponse
    path: str
    query: dict[str, str]
    compression: str | None
    compressor: _ZlibStream | _ZstdStream | None = None
    session: GatewaySession | None = None
    identified: bool = False
    heartbeats: int = 0
    closed_with: int | None = None
    received: list[dict[str, Any]] = field(default_factory=list)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def send(self, frame: dict[str, Any]) -> None:
        if self.ws.closed:
            return
        text = json.dumps(frame, separators=(",", ":"))
        async with self.lock:
            with contextlib.suppress(ConnectionError, RuntimeError):
                if self.compressor is not None:
                    await self.ws.send_bytes(self.compressor.compress(text.encode()))
                else:
                    await self.ws.send_str(text)

    async def close(self, code: int, reason: str = "") -> None:
        self.closed_with = code
        with contextlib.suppress(ConnectionError, RuntimeError):
            await self.ws.close(code=code, message=reason.encode())


@dataclass
class GatewaySession:
    """An identified shard: its sequence, every dispatch it was sent (for replay) and its live connection."""

    session_id: str
    shard_id: int
    shard_count: int
    intents: int
    identify: dict[str, Any]
    seq: int = 0
    sent: list[dict[str, Any]] = field(default_factory=list)
    connection: GatewayConnection | None = None
    resumes: int = 0
    invalidated: bool = False

    def covers(self, guild_id: int | None) -> bool:
        return shard_of(guild_id, self.shard_count) == self.shard_id

    def wants(self, intent: int) -> bool:
        return bool(self.intents & intent)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        self.seq += 1
        frame = {"op": OP_DISPATCH, "t": event, "s": self.seq, "d": data}
        self.sent.append(frame)
        if self.connection is not None:
            await self.connection.send(frame)


class Gateway:
    """The websocket endpoint and the sessions behind it."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.sessions: list[GatewaySession] = []
        self.connections: list[GatewayConnection] = []
        self.identifies: list[dict[str, Any]] = []
        self.resumes: list[dict[str, Any]] = []
        self.presences: list[dict[str, Any]] = []
        self.unavailable = 0  # answer this many upgrade requests with 503, like an outage
        self.refused: list[str] = []  # the paths of the upgrades answered 503

    @property
    def close_codes(self) -> list[int]:
        """Close codes the fake sent, connection by connection (the client's own closes are not listed)."""
        return [c.closed_with for c in self.connections if c.closed_with is not None]

    @property
    def live_sessions(self) -> list[GatewaySession]:
        return [session for session in self.sessions if not session.invalidated]

    def session_for(self, guild_id: int | None) -> GatewaySession | None:
        return next((s for s in self.live_sessions if s.covers(guild_id)), None)

    async def dispatch(
        self, event: str, data: dict[str, Any], *, guild_id: int | None, intent: int | None
    ) -> int:
        """Send an event to the shard owning ``guild_id`` if it subscribed to ``intent``; count deliveries."""
        delivered = 0
        for session in self.live_sessions:
            if session.covers(guild_id) and (intent is None or session.wants(intent)):
                await session.dispatch(event, data)
                delivered += 1
        self.fake.notify()
        return delivered

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if self.unavailable > 0:
            self.unavailable -= 1
            self.refused.append(request.path)
            self.fake.notify()
            return web.Response(status=503, text="upstream connect error")
        query = dict(request.query)
        compression = query.get("compress")
        ws = web.WebSocketResponse(max_msg_size=4 * 1024 * 1024, autoping=True)
        await ws.prepare(request)
        connection = GatewayConnection(ws=ws, path=request.path, query=query, compression=compression)
        self.connections.append(connection)
        try:
            if not await self._negotiate(connection):
                return ws
            await connection.send(
                {
                    "op": OP_HELLO,
                    "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS, "_trace": ["fake-gateway"]},
                    "s": None,
                    "t": None,
                }
            )
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    self.fake.fail(
                        "gateway",
                        f"client sent a non-text frame ({message.type.name}); Discord expects JSON text",
                    )
                    await connection.close(CLOSE_DECODE_ERROR, "Error while decoding payload.")
                    break
                try:
                    frame = json.loads(message.data)
                except ValueError:
                    self.fake.fail("gateway", f"client sent invalid JSON: {message.data[:100]!r}")
                    await connection.close(CLOSE_DECODE_ERROR, "Error while decoding payload.")
                    break
                connection.received.append(frame)
                await self._on_frame(connection, frame)
                self.fake.notify()
        finally:
            session = connection.session
            if session is not None and session.connection is connection:
                session.connection = None
            self.fake.notify()
        return ws

    async def _negotiate(self, connection: GatewayConnection) -> bool:
        query = connection.query
        if query.get("v") != "10":
            self.fake.fail(
                "gateway", f"client asked for gateway version {query.get('v')!r}; the fake speaks v10"
            )
            await connection.close(CLOSE_INVALID_API_VERSION, "Invalid API version")
            return False
        if query.get("encoding", "json") != "json":
            self.fake.fail(
                "gateway", f"client asked for encoding {query.get('encoding')!r}; the fake speaks json"
            )
            await connection.close(CLOSE_DECODE_ERROR, "Error while decoding payload.")
            return False
        if connection.compression == "zlib-stream":
            connection.compressor = _ZlibStream()
        elif connection.compression == "zstd-stream":
            try:
                connection.compressor = _ZstdStream()
            except ImportError:
                self.fake.fail(
                    "gateway", "client asked for zstd-stream but the zstandard package is not installed"
                )
                await connection.close(CLOSE_UNKNOWN_ERROR, "zstd unavailable")
                return False
        elif connection.compression is not None:
            self.fake.fail("gateway", f"unknown transport compression {connection.compression!r}")
            await connection.close(CLOSE_DECODE_ERROR, "Error while decoding payload.")
            return False
        return True

    async def _on_frame(self, connection: GatewayConnection, frame: dict[str, Any]) -> None:
        op, data = frame.get("op"), frame.get("d")
        if op == OP_HEARTBEAT:
            connection.heartbeats += 1
            await connection.send({"op": OP_HEARTBEAT_ACK, "d": None, "s": None, "t": None})
        elif op == OP_IDENTIFY:
            await self._identify(connection, data or {})
        elif op == OP_RESUME:
            await self._resume(connection, data or {})
        elif not connection.identified:
            self.fake.fail("gateway", f"op {op} sent before IDENTIFY/RESUME")
            await connection.close(CLOSE_NOT_AUTHENTICATED, "Not authenticated.")
        elif op == OP_PRESENCE:
            self.presences.append(data or {})
        elif op == OP_REQUEST_MEMBERS:
            await self._request_members(connection, data or {})
        elif op == OP_VOICE:
            pass
        else:
            self.fake.fail("gateway", f"unknown opcode {op}")
            await connection.close(CLOSE_UNKNOWN_OPCODE, "Unknown opcode.")

    async def _identify(self, connection: GatewayConnection, data: dict[str, Any]) -> None:
        self.identifies.append(data)
        if connection.identified:
            self.fake.fail("gateway", "IDENTIFY sent twice on one connection")
            await connection.close(CLOSE_ALREADY_AUTHENTICATED, "Already authenticated.")
            return
        if data.get("token") != self.fake.gateway_token:
            await connection.close(CLOSE_AUTHENTICATION_FAILED, "Authentication failed.")
            return
        intents = data.get("intents")
        if not isinstance(intents, int) or intents < 0:
            await connection.close(CLOSE_INVALID_INTENTS, "Invalid intent(s).")
            return
        if intents & PRIVILEGED_INTENTS & ~self.fake.privileged_intents:
            await connection.close(CLOSE_DISALLOWED_INTENTS, "Disallowed intent(s).")
            return
        shard_id, shard_count = data.get("shard") or [0, 1]
        if not (isinstance(shard_id, int) and isinstance(shard_count, int) and 0 <= shard_id < shard_count):
            await connection.close(CLOSE_INVALID_SHARD, "Invalid shard.")
            return
        for old in self.live_sessions:
            if old.shard_id == shard_id:
                old.invalidated = True
        session = GatewaySession(
            session_id=uuid.uuid4().hex,
            shard_id=shard_id,
            shard_count=shard_count,
            intents=intents,
            identify=data,
        )
        session.connection = connection
        connection.session = session
        connection.identified = True
        self.sessions.append(session)
        guilds = [guild for guild in self.fake.guilds if session.covers(guild.id)]
        ready: dict[str, Any] = {
            "v": 10,
            "user": {**self.fake.bot_user.payload(), "verified": True, "mfa_enabled": False, "email": None},
            "guilds": [{"id": str(guild.id), "unavailable": True} for guild in guilds],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": self.fake.resume_gateway_url,
            "application": {"id": str(self.fake.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "user_settings": {},
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "auth": {},
            "_trace": ["fake-gateway"],
        }
        if "shard" in data:
            ready["shard"] = [shard_id, shard_count]
        await session.dispatch("READY", ready)
        if session.wants(Intent.GUILDS):
            for guild in guilds:
                await session.dispatch("GUILD_CREATE", self.fake.guild_create_payload(guild, session.intents))

    async def _resume(self, connection: GatewayConnection, data: dict[str, Any]) -> None:
        self.resumes.append(data)
        if data.get("token") != self.fake.gateway_token:
            await connection.close(CLOSE_AUTHENTICATION_FAILED, "Authentication failed.")
            return
        session = next((s for s in self.live_sessions if s.session_id == data.get("session_id")), None)
        if session is None or not isinstance(data.get("seq"), int):
            await connection.send({"op": OP_INVALID_SESSION, "d": False, "s": None, "t": None})
            return
        previous = session.connection
        session.connection = connection
        connection.session = session
        connection.identified = True
        if previous is not None and previous is not connection:
            await previous.close(CLOSE_UNKNOWN_ERROR, "Session resumed elsewhere.")
        for frame in session.sent:
            if frame["s"] > data["seq"]:
                await connection.send(frame)
        session.resumes += 1
        await session.dispatch("RESUMED", {"_trace": ["fake-gateway"]})

    async def _request_members(self, connection: GatewayConnection, data: dict[str, Any]) -> None:
        session = connection.session
        assert session is not None
        guild = self.fake.find_guild(int(data.get("guild_id", 0)))
        if guild is None:
            self.fake.fail("gateway", f"REQUEST_GUILD_MEMBERS for unknown guild {data.get('guild_id')}")
            return
        if not session.wants(Intent.GUILD_MEMBERS) and not data.get("user_ids"):
            self.fake.fail(
                "gateway", "REQUEST_GUILD_MEMBERS for the whole guild needs the GUILD_MEMBERS intent"
            )
            return
        members = list(guild.members.values())
        if data.get("user_ids"):
            wanted = {int(user_id) for user_id in data["user_ids"]}
            members = [member for member in members if member.user.id in wanted]
        elif data.get("query"):
            members = [m for m in members if m.user.username.lower().startswith(str(data["query"]).lower())]
        limit = data.get("limit") or 0
        if limit:
            members = members[:limit]
        chunk: dict[str, Any] = {
            "guild_id": str(guild.id),
            "members": [member.payload() for member in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [],
        }
        if "nonce" in data:
            chunk["nonce"] = data["nonce"]
        await session.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    async def reconnect(self, session: GatewaySession, *, how: str, code: int) -> None:
        connection = session.connection
        if connection is None:
            raise AssertionError(f"shard {session.shard_id} has no live connection to disconnect")
        if how == "reconnect":
            await connection.send({"op": OP_RECONNECT, "d": None, "s": None, "t": None})
        elif how == "close":
            await connection.close(code, "Forced by the test.")
        else:
            raise ValueError(f"how must be 'reconnect' or 'close', not {how!r}")

    async def invalidate(self, session: GatewaySession, *, resumable: bool) -> None:
        connection = session.connection
        if connection is None:
            raise AssertionError(f"shard {session.shard_id} has no live connection")
        if not resumable:
            session.invalidated = True
        await connection.send({"op": OP_INVALID_SESSION, "d": resumable, "s": None, "t": None})

    async def close_all(self) -> None:
        for connection in self.connections:
            if not connection.ws.closed:
                await connection.close(1001, "Fake Discord shutting down.")
