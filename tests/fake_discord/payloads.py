"""The fake's world (users, roles, guilds, channels) and the JSON shapes Discord sends for them.

Shapes follow what Discord sends today, not the minimum discord.py happens to read, so a bot that
depends on a field Discord really sends keeps working and one that invents fields does not.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import time
from dataclasses import dataclass, field
from typing import Any

DISCORD_EPOCH_MS = 1_420_070_400_000
ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024


class Perm(enum.IntFlag):
    """Permission bits the fake reasons about; values are Discord's."""

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_AUDIT_LOG = 1 << 7
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    CHANGE_NICKNAME = 1 << 26
    MANAGE_ROLES = 1 << 28
    USE_APPLICATION_COMMANDS = 1 << 31
    CREATE_PUBLIC_THREADS = 1 << 35
    SEND_MESSAGES_IN_THREADS = 1 << 38


ALL_PERMISSIONS = (1 << 51) - 1
EVERYONE_PERMISSIONS = int(
    Perm.CREATE_INSTANT_INVITE
    | Perm.ADD_REACTIONS
    | Perm.VIEW_CHANNEL
    | Perm.SEND_MESSAGES
    | Perm.EMBED_LINKS
    | Perm.ATTACH_FILES
    | Perm.READ_MESSAGE_HISTORY
    | Perm.USE_EXTERNAL_EMOJIS
    | Perm.CHANGE_NICKNAME
    | Perm.USE_APPLICATION_COMMANDS
    | Perm.CREATE_PUBLIC_THREADS
    | Perm.SEND_MESSAGES_IN_THREADS
)


class Intent(enum.IntFlag):
    """Gateway intents the fake honours when deciding what to dispatch."""

    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    DIRECT_MESSAGES = 1 << 12
    MESSAGE_CONTENT = 1 << 15


PRIVILEGED_INTENTS = int(Intent.GUILD_MEMBERS | Intent.GUILD_PRESENCES | Intent.MESSAGE_CONTENT)


def as_int(value: Any) -> int:
    """Accept plain ints, Perm flags or discord.py's Permissions/Intents objects alike."""
    return int(getattr(value, "value", value))


class Snowflakes:
    """Real-looking snowflakes: creation time in the top bits, one millisecond apart so they never collide."""

    def __init__(self) -> None:
        self._last_ms = 0
        self._counter = itertools.count()

    def next(self) -> int:
        now_ms = int(time.time() * 1000)
        self._last_ms = max(now_ms, self._last_ms + 1)
        return ((self._last_ms - DISCORD_EPOCH_MS) << 22) | (1 << 17) | (next(self._counter) & 0xFFF)

    @staticmethod
    def for_shard(shard_id: int, shard_count: int, *, after: int = 0) -> int:
        """A snowflake routed to ``shard_id`` by Discord's ``(id >> 22) % shard_count`` rule."""
        base = max(int(time.time() * 1000) - DISCORD_EPOCH_MS, after >> 22) + 1
        while base % shard_count != shard_id:
            base += 1
        return base << 22


def shard_of(guild_id: int | None, shard_count: int) -> int:
    """Discord's sharding formula; DMs always go to shard 0."""
    return 0 if guild_id is None else (guild_id >> 22) % shard_count


def timestamp(moment: dt.datetime | None = None) -> str:
    return (moment or dt.datetime.now(dt.UTC)).isoformat()


@dataclass
class FakeUser:
    """A Discord account: a person, another bot or the bot under test."""

    id: int
    username: str
    global_name: str | None = None
    bot: bool = False

    @property
    def mention(self) -> str:
        return f"<@{self.id}>"

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.username,
            "discriminator": "0",
            "global_name": self.global_name,
            "avatar": None,
            "avatar_decoration_data": None,
            "banner": None,
            "accent_color": None,
            "bot": self.bot,
            "system": False,
            "public_flags": 0,
            "flags": 0,
            "primary_guild": None,
            "collectibles": None,
        }


@dataclass
class FakeRole:
    id: int
    name: str
    permissions: int = EVERYONE_PERMISSIONS
    position: int = 0
    managed: bool = False
    mentionable: bool = False

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "description": None,
            "permissions": str(self.permissions),
            "position": self.position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "managed": self.managed,
            "mentionable": self.mentionable,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
        }


@dataclass
class Overwrite:
    """A channel permission overwrite for a role (``kind`` 0) or a member (``kind`` 1)."""

    id: int
    kind: int
    allow: int = 0
    deny: int = 0

    def payload(self) -> dict[str, Any]:
        return {"id": str(self.id), "type": self.kind, "allow": str(self.allow), "deny": str(self.deny)}


@dataclass
class FakeChannel:
    """A guild text channel (type 0), a DM (type 1) or a public thread (type 11) in ``parent``."""

    id: int
    name: str | None
    type: int = 0
    guild_id: int | None = None
    position: int = 0
    topic: str | None = None
    overwrites: list[Overwrite] = field(default_factory=list)
    recipient: FakeUser | None = None
    last_message_id: int | None = None
    parent: FakeChannel | None = None
    owner_id: int | None = None

    @property
    def mention(self) -> str:
        return f"<#{self.id}>"

    @property
    def is_dm(self) -> bool:
        return self.type == 1

    @property
    def is_thread(self) -> bool:
        return self.parent is not None

    @property
    def send_permission(self) -> Perm:
        """What sending here takes: in a thread, Send Messages in Threads rather than Send Messages."""
        return Perm.SEND_MESSAGES_IN_THREADS if self.is_thread else Perm.SEND_MESSAGES

    def payload(self) -> dict[str, Any]:
        if self.parent is not None:
            return self._thread_payload(self.parent)
        if self.is_dm:
            assert self.recipient is not None
            return {
                "id": str(self.id),
                "type": 1,
                "last_message_id": None if self.last_message_id is None else str(self.last_message_id),
                "flags": 0,
                "recipients": [self.recipient.payload()],
            }
        return {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "name": self.name,
            "position": self.position,
            "parent_id": None,
            "topic": self.topic,
            "nsfw": False,
            "rate_limit_per_user": 0,
            "last_message_id": None if self.last_message_id is None else str(self.last_message_id),
            "permission_overwrites": [overwrite.payload() for overwrite in self.overwrites],
            "flags": 0,
        }

    def _thread_payload(self, parent: FakeChannel) -> dict[str, Any]:
        """A thread as GUILD_CREATE lists it: no overwrites of its own, those of its parent apply."""
        return {
            "id": str(self.id),
            "type": self.type,
            "guild_id": str(self.guild_id),
            "parent_id": str(parent.id),
            "owner_id": str(self.owner_id),
            "name": self.name,
            "last_message_id": None if self.last_message_id is None else str(self.last_message_id),
            "rate_limit_per_user": 0,
            "message_count": 0,
            "member_count": 1,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": 1440,
                "archive_timestamp": timestamp(),
                "locked": False,
            },
        }


@dataclass
class FakeMember:
    user: FakeUser
    roles: list[int] = field(default_factory=list)
    joined_at: str = field(default_factory=timestamp)
    nick: str | None = None

    def payload(self, *, with_user: bool = True, permissions: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(role) for role in self.roles],
            "nick": self.nick,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "pending": False,
            "flags": 0,
            "communication_disabled_until": None,
            "avatar_decoration_data": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass
class FakeGuild:
    id: int
    name: str
    owner_id: int
    roles: list[FakeRole] = field(default_factory=list)
    channels: list[FakeChannel] = field(default_factory=list)
    members: dict[int, FakeMember] = field(default_factory=dict)
    joined_at: str = field(default_factory=timestamp)

    @property
    def everyone(self) -> FakeRole:
        return next(role for role in self.roles if role.id == self.id)

    def role(self, name_or_id: str | int) -> FakeRole:
        for role in self.roles:
            if name_or_id in (role.name, role.id):
                return role
        raise KeyError(f"no role {name_or_id!r} in guild {self.name!r}")

    def channel(self, name_or_id: str | int) -> FakeChannel:
        for channel in self.channels:
            if name_or_id in (channel.name, channel.id):
                return channel
        raise KeyError(f"no channel {name_or_id!r} in guild {self.name!r}")

    def base_permissions(self, user_id: int) -> int:
        """Guild-wide permissions: @everyone plus the member's roles; owner and admin get everything."""
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        value = self.everyone.permissions
        if member is not None:
            for role in self.roles:
                if role.id in member.roles:
                    value |= role.permissions
        return ALL_PERMISSIONS if value & Perm.ADMINISTRATOR else value

    def permissions_in(self, user_id: int, channel: FakeChannel) -> int:
        """Discord's overwrites: @everyone, then roles, then the member; a thread has its parent's."""
        if channel.parent is not None:
            return self.permissions_in(user_id, channel.parent)
        value = self.base_permissions(user_id)
        if value & Perm.ADMINISTRATOR:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        member_roles = set(member.roles) if member else set()
        by_id = {overwrite.id: overwrite for overwrite in channel.overwrites}
        if (everyone := by_id.get(self.id)) is not None:
            value = (value & ~everyone.deny) | everyone.allow
        allow = deny = 0
        for overwrite in channel.overwrites:
            if overwrite.kind == 0 and overwrite.id in member_roles:
                allow |= overwrite.allow
                deny |= overwrite.deny
        value = (value & ~deny) | allow
        if (own := by_id.get(user_id)) is not None and own.kind == 1:
            value = (value & ~own.deny) | own.allow
        if not value & Perm.VIEW_CHANNEL:
            return 0
        return value

    def payload(self, *, members: list[FakeMember] | None = None) -> dict[str, Any]:
        """The GUILD_CREATE payload: the guild with its roles, channels and (some of) its members."""
        listed = list(self.members.values()) if members is None else members
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 1,
            "default_message_notifications": 1,
            "explicit_content_filter": 2,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "preferred_locale": "en-US",
            "features": [],
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "max_members": 25_000_000,
            "max_video_channel_users": 25,
            "max_stage_video_channel_users": 50,
            "roles": [role.payload() for role in self.roles],
            "emojis": [],
            "stickers": [],
            "application_id": None,
            "joined_at": self.joined_at,
            "large": False,
            "unavailable": False,
            "member_count": len(self.members),
            "members": [member.payload() for member in listed],
            "channels": [channel.payload() for channel in self.channels if not channel.is_thread],
            "threads": [channel.payload() for channel in self.channels if channel.is_thread],
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "incidents_data": None,
            "lazy": True,
        }


def application_payload(application_id: int, bot: FakeUser, owner: FakeUser) -> dict[str, Any]:
    """``GET /oauth2/applications/@me``: what discord.py's ``AppInfo`` reads at login."""
    return {
        "id": str(application_id),
        "name": bot.username,
        "icon": None,
        "description": "",
        "summary": "",
        "type": None,
        "bot": bot.payload(),
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "owner": owner.payload(),
        "team": None,
        "flags": 0,
        "tags": [],
        "redirect_uris": [],
        "interactions_endpoint_url": None,
        "role_connections_verification_url": None,
        "approximate_guild_count": 1,
        "install_params": {"scopes": ["bot", "applications.commands"], "permissions": "0"},
        "integration_types_config": {"0": {}},
    }


def message_payload(
    *,
    message_id: int,
    channel: FakeChannel,
    author: FakeUser,
    content: str = "",
    embeds: list[dict[str, Any]] | None = None,
    components: list[dict[str, Any]] | None = None,
    attachments: list[dict[str, Any]] | None = None,
    flags: int = 0,
    message_type: int = 0,
    member: FakeMember | None = None,
    mentions: list[tuple[FakeUser, FakeMember | None]] | None = None,
    mention_roles: list[int] | None = None,
    mention_everyone: bool = False,
    webhook_id: int | None = None,
    application_id: int | None = None,
    referenced: dict[str, Any] | None = None,
    interaction_metadata: dict[str, Any] | None = None,
    tts: bool = False,
) -> dict[str, Any]:
    """A full message object as Discord returns it from REST and sends it in MESSAGE_CREATE."""
    data: dict[str, Any] = {
        "id": str(message_id),
        "channel_id": str(channel.id),
        "type": message_type,
        "author": author.payload(),
        "content": content,
        "timestamp": timestamp(snowflake_time(message_id)),
        "edited_timestamp": None,
        "tts": tts,
        "mention_everyone": mention_everyone,
        "mentions": [
            {**user.payload(), **({"member": m.payload(with_user=False)} if m else {})}
            for user, m in mentions or []
        ],
        "mention_roles": [str(role) for role in mention_roles or []],
        "attachments": attachments or [],
        "embeds": embeds or [],
        "components": components or [],
        "pinned": False,
        "flags": flags,
    }
    if channel.guild_id is not None:
        data["guild_id"] = str(channel.guild_id)
        if member is not None:
            data["member"] = member.payload(with_user=False)
    if webhook_id is not None:
        data["webhook_id"] = str(webhook_id)
    if application_id is not None:
        data["application_id"] = str(application_id)
    if referenced is not None:
        data["message_reference"] = {
            "type": 0,
            "message_id": referenced["id"],
            "channel_id": referenced["channel_id"],
            **({"guild_id": referenced["guild_id"]} if "guild_id" in referenced else {}),
        }
        data["referenced_message"] = referenced
    if interaction_metadata is not None:
        data["interaction_metadata"] = interaction_metadata
    return data


def snowflake_time(snowflake: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(((snowflake >> 22) + DISCORD_EPOCH_MS) / 1000, tz=dt.UTC)
