"""What the fake remembers: every request, every message, every interaction and how it was answered."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .payloads import FakeChannel, FakeUser
from .validation import FLAG_EPHEMERAL, FLAG_LOADING

USER_MENTION = re.compile(r"<@!?(\d+)>")
ROLE_MENTION = re.compile(r"<@&(\d+)>")
EVERYONE_MENTION = re.compile(r"@(everyone|here)\b")


class DiscordError(Exception):
    """An error answer in Discord's shape; route handlers raise it, the server turns it into a response."""

    def __init__(self, status: int, code: int, message: str, errors: dict[str, Any] | None = None) -> None:
        super().__init__(f"{status} {message} (code {code})")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors is not None:
            body["errors"] = self.errors
        return body


@dataclass
class RecordedRequest:
    """One HTTP request the bot made, with the fake's answer."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any = None
    files: list[dict[str, Any]] = field(default_factory=list)
    route: str | None = None
    status: int = 0
    response: Any = None

    def __str__(self) -> str:
        return f"{self.method} {self.path} -> {self.status}"


@dataclass
class Failure:
    """Something that must fail the test: an unknown route, a protocol violation, a bug in the fake."""

    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}"


@dataclass(eq=False)
class StoredMessage:
    """A message as Discord holds it; edits update it in place, so a held reference shows the latest."""

    data: dict[str, Any]
    channel: FakeChannel
    author: FakeUser
    allowed_mentions: dict[str, Any] | None = None
    history: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False
    interaction_id: int | None = None
    reactions: list[str] = field(default_factory=list)

    @property
    def id(self) -> int:
        return int(self.data["id"])

    @property
    def channel_id(self) -> int:
        return self.channel.id

    @property
    def content(self) -> str:
        return str(self.data.get("content") or "")

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return list(self.data.get("embeds") or [])

    @property
    def embed(self) -> dict[str, Any] | None:
        return self.embeds[0] if self.embeds else None

    @property
    def components(self) -> list[dict[str, Any]]:
        return list(self.data.get("components") or [])

    @property
    def flags(self) -> int:
        return int(self.data.get("flags") or 0)

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & FLAG_EPHEMERAL)

    @property
    def loading(self) -> bool:
        return bool(self.flags & FLAG_LOADING)

    @property
    def edited(self) -> bool:
        return bool(self.history)

    @property
    def text(self) -> str:
        """Everything a reader sees as text: content, then each embed's title, description and fields."""
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            for embed_field in embed.get("fields") or []:
                parts += [embed_field.get("name") or "", embed_field.get("value") or ""]
            parts.append((embed.get("footer") or {}).get("text") or "")
        return "\n".join(part for part in parts if part)

    def interactive(self) -> list[dict[str, Any]]:
        """Every button and select in the message, in reading order, whatever the layout nesting."""
        found: list[dict[str, Any]] = []

        def walk(items: list[dict[str, Any]]) -> None:
            for item in items:
                if item.get("type") in (2, 3, 5, 6, 7, 8):
                    found.append(item)
                if item.get("accessory"):
                    walk([item["accessory"]])
                walk(item.get("components") or [])

        walk(self.components)
        return found

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return [item for item in self.interactive() if item.get("type") == 2]

    @property
    def selects(self) -> list[dict[str, Any]]:
        return [item for item in self.interactive() if item.get("type") != 2]

    def component(self, label_or_custom_id: str) -> dict[str, Any]:
        """The button or select a person would mean by this label, custom_id or placeholder."""
        for item in self.interactive():
            if label_or_custom_id in (item.get("custom_id"), item.get("label"), item.get("placeholder")):
                return item
        described = [item.get("label") or item.get("custom_id") for item in self.interactive()]
        raise LookupError(f"message {self.id} has no component {label_or_custom_id!r}; it has {described}")

    @property
    def pings(self) -> frozenset[str]:
        """Who Discord would notify for this message, after applying its allowed_mentions.

        ``"everyone"``, ``"user:<id>"``, ``"role:<id>"`` and ``"reply:<id>"``; empty means no one gets pinged.
        """
        content = self.content
        allowed = self.allowed_mentions
        parse = {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse") or [])
        users = {int(u) for u in (allowed or {}).get("users") or []}
        roles = {int(r) for r in (allowed or {}).get("roles") or []}
        found: set[str] = set()
        for user_id in map(int, USER_MENTION.findall(content)):
            if "users" in parse or user_id in users:
                found.add(f"user:{user_id}")
        for role_id in map(int, ROLE_MENTION.findall(content)):
            if "roles" in parse or role_id in roles:
                found.add(f"role:{role_id}")
        if EVERYONE_MENTION.search(content) and "everyone" in parse:
            found.add("everyone")
        referenced = self.data.get("referenced_message")
        if referenced and (allowed is None or allowed.get("replied_user", False)):
            found.add(f"reply:{referenced['author']['id']}")
        return frozenset(found)

    def __repr__(self) -> str:
        return f"<StoredMessage id={self.id} by={self.author.username!r} content={self.content[:40]!r}>"


@dataclass(eq=False)
class InteractionRecord:
    """An interaction the fake sent and everything the bot did with its token."""

    id: int
    token: str
    type: int
    payload: dict[str, Any]
    channel: FakeChannel
    user: FakeUser
    created: float
    command: dict[str, Any] | None = None
    focused_type: int | None = None
    source_message: StoredMessage | None = None
    callback: dict[str, Any] | None = None
    acknowledged_at: float | None = None  # loop time of the callback, to compare with ``created``
    original: StoredMessage | None = None
    followups: list[StoredMessage] = field(default_factory=list)
    activity: list[tuple[str, StoredMessage | None]] = field(default_factory=list)

    @property
    def callback_type(self) -> int | None:
        return None if self.callback is None else int(self.callback["type"])

    @property
    def acknowledged(self) -> bool:
        return self.callback is not None

    @property
    def name(self) -> str:
        data = self.payload.get("data") or {}
        return str(data.get("name") or data.get("custom_id") or self.type)
