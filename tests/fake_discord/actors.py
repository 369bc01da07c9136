"""People using Discord: say something, run a slash command, type into autocomplete, click, pick, right-click.

Each action sends what Discord would send the bot and waits for what the bot sends back, returning it as a
:class:`Reply`. Actions check what a person could really do: a command they cannot see, a disabled button
or a select value that is not offered fails the test instead of reaching the bot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .payloads import (
    ALL_PERMISSIONS,
    FakeChannel,
    FakeGuild,
    FakeMember,
    FakeRole,
    FakeUser,
    Intent,
    Perm,
    message_payload,
    timestamp,
)
from .store import EVERYONE_MENTION, ROLE_MENTION, USER_MENTION, InteractionRecord, StoredMessage

if TYPE_CHECKING:
    from .server import FakeDiscord

CALLBACK_KINDS = {
    4: "message",
    5: "deferred",
    6: "deferred_update",
    7: "update",
    8: "autocomplete",
    9: "modal",
}
OPTION_SUBCOMMAND, OPTION_GROUP = 1, 2
SILENCE = 0.25


class CommandUnavailable(AssertionError):
    """The person could not run this: not registered, not in this context, or not permitted to see it."""


@dataclass
class Reply:
    """What the bot sent back for one action; the messages are live and show later edits."""

    messages: list[StoredMessage] = field(default_factory=list)
    interaction: InteractionRecord | None = None
    trigger: StoredMessage | None = None

    def __bool__(self) -> bool:
        return bool(self.messages)

    @property
    def kind(self) -> str:
        """``"message"`` (or ``"none"``) for chat; for interactions the callback used, e.g. ``"deferred"``."""
        if self.interaction is None:
            return "message" if self.messages else "none"
        return CALLBACK_KINDS.get(self.interaction.callback_type or 0, "none")

    @property
    def message(self) -> StoredMessage:
        if not self.messages:
            raise AssertionError(f"the bot sent no message (response kind: {self.kind})")
        return self.messages[0]

    @property
    def last(self) -> StoredMessage:
        """The latest message, e.g. the final followup."""
        return self.messages[-1] if self.messages else self.message

    @property
    def id(self) -> int:
        return self.message.id

    @property
    def content(self) -> str:
        return self.message.content

    @property
    def text(self) -> str:
        return self.message.text

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.message.embeds

    @property
    def embed(self) -> dict[str, Any]:
        embed = self.message.embed
        if embed is None:
            raise AssertionError(f"the bot's message has no embed: {self.message.data}")
        return embed

    @property
    def components(self) -> list[dict[str, Any]]:
        return self.message.components

    @property
    def buttons(self) -> list[dict[str, Any]]:
        return self.message.buttons

    @property
    def selects(self) -> list[dict[str, Any]]:
        return self.message.selects

    @property
    def flags(self) -> int:
        return self.message.flags

    @property
    def ephemeral(self) -> bool:
        return self.message.ephemeral

    @property
    def allowed_mentions(self) -> dict[str, Any] | None:
        return self.message.allowed_mentions

    @property
    def pings(self) -> frozenset[str]:
        """Everyone any of the messages would notify; ``frozenset()`` means nobody was pinged."""
        return frozenset().union(*(message.pings for message in self.messages))

    @property
    def followups(self) -> list[StoredMessage]:
        return [] if self.interaction is None else self.interaction.followups

    @property
    def choices(self) -> list[dict[str, Any]]:
        """Autocomplete choices the bot offered."""
        if self.interaction is None or self.interaction.callback_type != 8:
            raise AssertionError(f"not an autocomplete response (kind: {self.kind})")
        return list((self.interaction.callback or {}).get("data", {}).get("choices") or [])

    @property
    def modal(self) -> dict[str, Any]:
        if self.interaction is None or self.interaction.callback_type != 9:
            raise AssertionError(f"the bot did not open a modal (kind: {self.kind})")
        return dict((self.interaction.callback or {}).get("data") or {})

    def component(self, label_or_custom_id: str) -> dict[str, Any]:
        return self.message.component(label_or_custom_id)

    def __repr__(self) -> str:
        return f"<Reply kind={self.kind} messages={self.messages!r}>"


class Actor:
    """A person (or another bot) in the fake guild, acting through the Discord client."""

    def __init__(self, fake: FakeDiscord, user: FakeUser, guild: FakeGuild) -> None:
        self.fake = fake
        self.user = user
        self.guild = guild

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def mention(self) -> str:
        return self.user.mention

    @property
    def member(self) -> FakeMember | None:
        return self.guild.members.get(self.user.id)

    def __repr__(self) -> str:
        return f"<Actor {self.user.username}>"

    # --- chat ------------------------------------------------------------------------------------------

    async def post(
        self,
        content: str,
        *,
        channel: FakeChannel | None = None,
        mention_bot: bool = False,
        mention_everyone: bool = False,
        mention_roles: tuple[FakeRole, ...] | list[FakeRole] = (),
        reply_to: StoredMessage | Reply | None = None,
        ping_on_reply: bool = True,
    ) -> StoredMessage:
        """Send a message and return it at once, without waiting for the bot."""
        channel = channel or self.fake.general
        guild = self.fake.guild_of(channel)
        if mention_bot:
            content = f"{self.fake.bot_user.mention} {content}"
        if mention_everyone:
            content = f"{content} @everyone"
        for role in mention_roles:
            content = f"{content} {role.mention}"
        referenced = _message_of(reply_to) if reply_to is not None else None
        permissions = guild.permissions_in(self.user.id, channel) if guild else ALL_PERMISSIONS
        if guild is not None and not permissions & channel.send_permission:
            raise AssertionError(f"{self.user.username} cannot send messages in #{channel.name}")
        data = self._message_data(
            self.fake.ids.next(),
            channel,
            content,
            referenced=referenced,
            pinged=referenced.author if referenced is not None and ping_on_reply else None,
            everyone=mention_everyone,
        )
        message = StoredMessage(data=data, channel=channel, author=self.user)
        self.fake.messages[message.id] = message
        channel.last_message_id = message.id
        await self.fake.announce("MESSAGE_CREATE", message)
        return message

    def _message_data(
        self,
        message_id: int,
        channel: FakeChannel,
        content: str,
        *,
        referenced: StoredMessage | None,
        pinged: FakeUser | None,
        everyone: bool,
    ) -> dict[str, Any]:
        """The message as Discord makes it from what the client sent: mentions resolved as permitted."""
        guild = self.fake.guild_of(channel)
        permissions = guild.permissions_in(self.user.id, channel) if guild else ALL_PERMISSIONS
        mentioned = [
            self.fake.users[int(uid)] for uid in USER_MENTION.findall(content) if int(uid) in self.fake.users
        ]
        if pinged is not None and pinged not in mentioned:
            mentioned.append(pinged)
        role_ids = [int(r) for r in ROLE_MENTION.findall(content)] if guild else []
        if guild is not None and not permissions & Perm.MENTION_EVERYONE:
            role_ids = [r for r in role_ids if any(role.id == r and role.mentionable for role in guild.roles)]
        return message_payload(
            message_id=message_id,
            channel=channel,
            author=self.user,
            content=content,
            member=self.fake.member(guild, self.user),
            mentions=[(user, self.fake.member(guild, user)) for user in mentioned],
            mention_roles=role_ids,
            mention_everyone=everyone and bool(permissions & Perm.MENTION_EVERYONE),
            referenced=None if referenced is None else referenced.data,
            message_type=19 if referenced is not None else 0,
        )

    async def edit(
        self,
        message: StoredMessage | Reply,
        content: str,
        *,
        mention_bot: bool = False,
        expect_reply: bool = True,
        timeout: float | None = None,
    ) -> Reply:
        """Edit a message this person sent (a Reply stands for its trigger) and return what the bot sent or
        edited in answer; edited messages show their latest version, the earlier ones in their history.

        With ``expect_reply=False`` wait a short quiet spell instead, so a test can assert ``not reply``.
        """
        target = message.trigger if isinstance(message, Reply) else message
        if target is None or target.author.id != self.user.id:
            raise AssertionError(f"{self.user.username} can only edit their own messages")
        if mention_bot:
            content = f"{self.fake.bot_user.mention} {content}"
        referenced_id = (target.data.get("message_reference") or {}).get("message_id")
        referenced = self.fake.messages.get(int(referenced_id)) if referenced_id else None
        seen = {m.id: len(m.history) for m in self.fake.bot_messages}
        data = self._message_data(
            target.id,
            target.channel,
            content,
            referenced=referenced,
            pinged=None,
            everyone=bool(EVERYONE_MENTION.search(content)),
        )
        target.history.append(target.data)
        target.data = {**data, "timestamp": target.data["timestamp"], "edited_timestamp": timestamp()}
        await self.fake.announce("MESSAGE_UPDATE", target)

        def answers() -> list[StoredMessage]:
            later = (m for m in self.fake.bot_messages if m.id > target.id)
            return [m for m in later if m.channel is target.channel and len(m.history) > seen.get(m.id, -1)]

        if expect_reply:
            await self.fake.wait_until(answers, timeout=timeout, what=f"an answer to the edit {content!r}")
            await self.fake.settle()
        else:
            await self.fake.settle(SILENCE)
        return Reply(messages=answers(), trigger=target)

    async def say(
        self,
        content: str,
        *,
        channel: FakeChannel | None = None,
        mention_bot: bool = False,
        mention_everyone: bool = False,
        mention_roles: tuple[FakeRole, ...] | list[FakeRole] = (),
        reply_to: StoredMessage | Reply | None = None,
        ping_on_reply: bool = True,
        expect_reply: bool = True,
        timeout: float | None = None,
    ) -> Reply:
        """Say something in a channel (default #general) and return what the bot sent back.

        With ``expect_reply=False`` wait a short quiet spell instead and return whatever arrived, so a test
        can assert ``not reply``.
        """
        channel = channel or self.fake.general
        guild_id = channel.guild_id
        intent = Intent.DIRECT_MESSAGES if guild_id is None else Intent.GUILD_MESSAGES
        subscribed = [s for s in self.fake.gateway.live_sessions if s.covers(guild_id) and s.wants(intent)]
        trigger = await self.post(
            content,
            channel=channel,
            mention_bot=mention_bot,
            mention_everyone=mention_everyone,
            mention_roles=mention_roles,
            reply_to=reply_to,
            ping_on_reply=ping_on_reply,
        )
        return await self._collect_chat(
            trigger, expect_reply=expect_reply, timeout=timeout, subscribed=bool(subscribed)
        )

    async def dm(self, content: str, *, expect_reply: bool = True, timeout: float | None = None) -> Reply:
        """Send the bot a direct message."""
        return await self.say(
            content, channel=self.fake.dm_channel(self.user), expect_reply=expect_reply, timeout=timeout
        )

    async def _collect_chat(
        self, trigger: StoredMessage, *, expect_reply: bool, timeout: float | None, subscribed: bool
    ) -> Reply:
        watched = {trigger.channel.id}
        if self.user.id in self.fake.dm_channels:
            watched.add(self.fake.dm_channels[self.user.id].id)

        def answers() -> list[StoredMessage]:
            dm = self.fake.dm_channels.get(self.user.id)
            channels = watched | ({dm.id} if dm else set())
            return sorted(
                (
                    m
                    for m in self.fake.messages.values()
                    if m.author.id == self.fake.bot_user.id and m.id > trigger.id and m.channel.id in channels
                ),
                key=lambda m: m.id,
            )

        if expect_reply:
            where = "a DM" if trigger.channel.is_dm else f"#{trigger.channel.name}"
            note = (
                ""
                if subscribed
                else " (no gateway session subscribed to this channel's messages: check intents/shards)"
            )
            await self.fake.wait_until(
                answers, timeout=timeout, what=f"a reply to {trigger.content!r} in {where}{note}"
            )
            await self.fake.settle()
        else:
            await self.fake.settle(SILENCE)
        return Reply(messages=answers(), trigger=trigger)

    # --- application commands ---------------------------------------------------------------------------

    def find_command(self, name: str, kind: int = 1, *, channel: FakeChannel | None = None) -> dict[str, Any]:
        """The registered command a person would see here, or :class:`CommandUnavailable` saying why not."""
        channel = channel or self.fake.general
        guild = self.fake.guild_of(channel)
        candidates = [*(self.fake.commands(guild) if guild else []), *self.fake.global_commands]
        label = name if kind != 1 else f"/{name}"
        matching = [c for c in candidates if c["name"] == name and c.get("type", 1) == kind]
        if not matching:
            registered = sorted({c["name"] for c in candidates})
            raise CommandUnavailable(
                f"{label} is not registered where {self.user.username} is; registered: {registered}"
            )
        command = matching[0]
        contexts = command.get("contexts")
        if guild is not None and contexts is not None and 0 not in contexts:
            raise CommandUnavailable(f"{label} is not available in guilds (contexts {contexts})")
        if guild is None and (
            command.get("dm_permission") is False or (contexts is not None and 1 not in contexts)
        ):
            raise CommandUnavailable(f"{label} is not available in DMs with the bot")
        needed = command.get("default_member_permissions")
        if guild is not None and needed is not None:
            has = guild.base_permissions(self.user.id)
            if not has & Perm.ADMINISTRATOR and (int(needed) == 0 or has & int(needed) != int(needed)):
                raise CommandUnavailable(
                    f"{self.user.username} cannot see {label}: it needs permissions {int(needed)}, "
                    f"they have {has}"
                )
        return command

    def _command_data(
        self, command: dict[str, Any], options: list[dict[str, Any]], resolved: dict[str, Any]
    ) -> dict[str, Any]:
        data: dict[str, Any] = {"id": command["id"], "name": command["name"], "type": command.get("type", 1)}
        if options:
            data["options"] = options
        if resolved:
            data["resolved"] = resolved
        if "guild_id" in command:
            data["guild_id"] = command["guild_id"]
        return data

    def _build_options(
        self, command: dict[str, Any], path: list[str], values: dict[str, Any], focused: str | None = None
    ) -> tuple[list[dict[str, Any]], dict[str, Any], int | None]:
        """Options as the client sends them: nested under sub-commands, typed, with resolved objects."""
        schema = command.get("options") or []
        wrappers: list[dict[str, Any]] = []
        for part in path:
            sub = next(
                (o for o in schema if o["name"] == part and o["type"] in (OPTION_SUBCOMMAND, OPTION_GROUP)),
                None,
            )
            if sub is None:
                raise CommandUnavailable(f"/{command['name']} has no sub-command {part!r}")
            wrappers.append({"type": sub["type"], "name": sub["name"]})
            schema = sub.get("options") or []
        if any(o["type"] in (OPTION_SUBCOMMAND, OPTION_GROUP) for o in schema):
            raise CommandUnavailable(f"/{command['name']} needs a sub-command: {[o['name'] for o in schema]}")
        resolved: dict[str, dict[str, Any]] = {}
        leaf: list[dict[str, Any]] = []
        focused_type = None
        by_name = {o["name"]: o for o in schema}
        for name, value in values.items():
            option = by_name.get(name)
            if option is None:
                raise CommandUnavailable(
                    f"/{command['name']} has no option {name!r}; options: {sorted(by_name)}"
                )
            if name == focused:
                if not option.get("autocomplete"):
                    raise CommandUnavailable(f"option {name!r} of /{command['name']} has no autocomplete")
                focused_type = option["type"]
                leaf.append({"type": option["type"], "name": name, "value": str(value), "focused": True})
                continue
            leaf.append(
                {"type": option["type"], "name": name, "value": self._option_value(option, value, resolved)}
            )
        missing = [o["name"] for o in schema if o.get("required") and o["name"] not in values]
        if missing and focused is None:
            raise CommandUnavailable(
                f"/{command['name']} needs {missing}; the client will not send it without them"
            )
        options: list[dict[str, Any]] = leaf
        for wrapper in reversed(wrappers):
            options = [{**wrapper, "options": options}]
        return options, resolved, focused_type

    def _option_value(self, option: dict[str, Any], value: Any, resolved: dict[str, dict[str, Any]]) -> Any:
        kind, name = option["type"], option["name"]
        if option.get("choices") and value not in [c["value"] for c in option["choices"]]:
            raise CommandUnavailable(f"{value!r} is not one of the choices offered for {name!r}")
        if kind == 3:
            text = str(value)
            if not option.get("min_length", 0) <= len(text) <= option.get("max_length", 6000):
                raise CommandUnavailable(
                    f"{name!r} must be {option.get('min_length', 0)}-{option.get('max_length', 6000)} "
                    "characters long"
                )
            return text
        if kind in (4, 10):
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or (kind == 4 and not isinstance(value, int))
            ):
                raise CommandUnavailable(
                    f"{name!r} needs a {'whole ' if kind == 4 else ''}number, not {value!r}"
                )
            if ("min_value" in option and value < option["min_value"]) or (
                "max_value" in option and value > option["max_value"]
            ):
                raise CommandUnavailable(f"{value!r} is outside the range allowed for {name!r}")
            return value
        if kind == 5:
            return bool(value)
        if kind in (6, 9) and isinstance(value, Actor | FakeUser):
            user = value.user if isinstance(value, Actor) else value
            resolved.setdefault("users", {})[str(user.id)] = user.payload()
            member = self.guild.members.get(user.id)
            if member is not None:
                resolved.setdefault("members", {})[str(user.id)] = member.payload(
                    with_user=False, permissions=self.guild.base_permissions(user.id)
                )
            return str(user.id)
        if kind in (8, 9) and isinstance(value, FakeRole):
            resolved.setdefault("roles", {})[str(value.id)] = value.payload()
            return str(value.id)
        if kind == 7 and isinstance(value, FakeChannel):
            resolved.setdefault("channels", {})[str(value.id)] = {
                "id": str(value.id),
                "name": value.name,
                "type": value.type,
                "permissions": str(self.fake.bot_permissions(value)),
                "flags": 0,
            }
            return str(value.id)
        raise CommandUnavailable(f"the fake cannot send {value!r} for option {name!r} of type {kind}")

    async def slash(
        self,
        command: str,
        /,
        *,
        channel: FakeChannel | None = None,
        timeout: float | None = None,
        **options: Any,
    ) -> Reply:
        """Run ``/command`` (``"group sub"`` for sub-commands) with options given as keyword arguments."""
        channel = channel or self.fake.general
        top, *path = command.split()
        registered = self.find_command(top, channel=channel)
        built, resolved, _ = self._build_options(registered, path, options)
        record = self.fake.new_interaction(
            kind=2,
            data=self._command_data(registered, built, resolved),
            channel=channel,
            user=self.user,
            command=registered,
        )
        return await self._run(record, f"/{command}", timeout)

    async def autocomplete(
        self,
        command: str,
        option: str,
        typed: str,
        /,
        *,
        channel: FakeChannel | None = None,
        timeout: float | None = None,
        **options: Any,
    ) -> list[dict[str, Any]]:
        """Type ``typed`` into ``option`` of ``/command`` and return the choices the bot offers."""
        channel = channel or self.fake.general
        top, *path = command.split()
        registered = self.find_command(top, channel=channel)
        built, resolved, focused_type = self._build_options(
            registered, path, {**options, option: typed}, focused=option
        )
        record = self.fake.new_interaction(
            kind=4,
            data=self._command_data(registered, built, resolved),
            channel=channel,
            user=self.user,
            command=registered,
            focused_type=focused_type,
        )
        await self._dispatch(record)
        await self.fake.wait_until(
            lambda: record.acknowledged,
            timeout=timeout,
            what=f"autocomplete choices for {option}={typed!r} of /{command}",
        )
        return Reply(interaction=record).choices

    async def context_menu(
        self,
        name: str,
        target: StoredMessage | Reply | Actor | FakeUser,
        /,
        *,
        channel: FakeChannel | None = None,
        timeout: float | None = None,
    ) -> Reply:
        """Right-click a message (or a user) and pick the app command ``name``."""
        if isinstance(target, Actor | FakeUser):
            user = target.user if isinstance(target, Actor) else target
            channel = channel or self.fake.general
            registered = self.find_command(name, 2, channel=channel)
            resolved: dict[str, Any] = {"users": {str(user.id): user.payload()}}
            if (member := self.guild.members.get(user.id)) is not None:
                resolved["members"] = {
                    str(user.id): member.payload(
                        with_user=False, permissions=self.guild.base_permissions(user.id)
                    )
                }
            target_id = user.id
        else:
            message = _message_of(target)
            channel = channel or message.channel
            registered = self.find_command(name, 3, channel=channel)
            resolved = {"messages": {str(message.id): message.data}}
            target_id = message.id
        data = {**self._command_data(registered, [], resolved), "target_id": str(target_id)}
        record = self.fake.new_interaction(
            kind=2, data=data, channel=channel, user=self.user, command=registered
        )
        return await self._run(record, f"the {name!r} context menu", timeout)

    # --- components ------------------------------------------------------------------------------------

    def _clickable(self, target: StoredMessage | Reply, wanted: str) -> tuple[StoredMessage, dict[str, Any]]:
        messages = target.messages if isinstance(target, Reply) else [target]
        for message in messages:
            try:
                component = message.component(wanted)
            except LookupError:
                continue
            if message.deleted:
                raise AssertionError(f"message {message.id} was deleted; nobody can use its components")
            if message.ephemeral and message.interaction_id is not None:
                owner = self.fake.interactions[message.interaction_id].user
                if owner.id != self.user.id:
                    raise AssertionError(
                        f"{self.user.username} cannot see {owner.username}'s ephemeral message"
                    )
            if component.get("disabled"):
                raise AssertionError(f"{wanted!r} is disabled; a person cannot use it")
            return message, component
        raise AssertionError(
            f"no component {wanted!r} in {messages!r}: {[m.interactive() for m in messages]}"
        )

    async def click(
        self, message: StoredMessage | Reply, button: str, /, *, timeout: float | None = None
    ) -> Reply:
        """Click the button with this label or custom_id on a message the bot sent."""
        stored, component = self._clickable(message, button)
        if component.get("type") != 2:
            raise AssertionError(f"{button!r} is not a button: {component}")
        if component.get("style") in (5, 6):
            raise AssertionError(f"{button!r} is a link/premium button; clicking it never reaches the bot")
        data = {"custom_id": component["custom_id"], "component_type": 2, "id": component.get("id")}
        record = self.fake.new_interaction(
            kind=3, data=data, channel=stored.channel, user=self.user, source_message=stored
        )
        return await self._run(record, f"a click on {button!r}", timeout)

    async def select(
        self,
        message: StoredMessage | Reply,
        select: str,
        values: list[str],
        /,
        *,
        timeout: float | None = None,
    ) -> Reply:
        """Pick ``values`` from the select menu with this custom_id or placeholder."""
        stored, component = self._clickable(message, select)
        if component.get("type") != 3:
            raise AssertionError(f"{select!r} is not a string select: {component}")
        offered = [option["value"] for option in component.get("options") or []]
        if unknown := [value for value in values if value not in offered]:
            raise AssertionError(f"{unknown} are not offered by {select!r}; it offers {offered}")
        low, high = component.get("min_values", 1), component.get("max_values", 1)
        if not low <= len(values) <= high:
            raise AssertionError(f"{select!r} takes {low}-{high} values, not {len(values)}")
        data = {
            "custom_id": component["custom_id"],
            "component_type": 3,
            "values": values,
            "id": component.get("id"),
        }
        record = self.fake.new_interaction(
            kind=3, data=data, channel=stored.channel, user=self.user, source_message=stored
        )
        return await self._run(record, f"picking {values} from {select!r}", timeout)

    async def submit_modal(
        self, opened: Reply, values: dict[str, str], /, *, timeout: float | None = None
    ) -> Reply:
        """Fill in and submit the modal the bot opened (``values`` by text input custom_id)."""
        modal = opened.modal
        assert opened.interaction is not None
        submitted = []
        for row in modal.get("components") or []:
            inputs = row.get("components") or ([row["component"]] if "component" in row else [])
            answers = []
            for text_input in inputs:
                if text_input.get("type") != 4:
                    continue
                value = values.get(text_input["custom_id"], text_input.get("value") or "")
                if text_input.get("required", True) and not value:
                    raise AssertionError(f"modal field {text_input['custom_id']!r} is required")
                answers.append(
                    {
                        "type": 4,
                        "id": text_input.get("id"),
                        "custom_id": text_input["custom_id"],
                        "value": value,
                    }
                )
            if "component" in row:
                submitted.append(
                    {"type": row["type"], "id": row.get("id"), "component": answers[0] if answers else {}}
                )
            else:
                submitted.append({"type": 1, "id": row.get("id"), "components": answers})
        data = {"custom_id": modal["custom_id"], "components": submitted}
        record = self.fake.new_interaction(
            kind=5,
            data=data,
            channel=opened.interaction.channel,
            user=self.user,
            source_message=opened.interaction.source_message,
        )
        return await self._run(record, f"submitting modal {modal.get('title')!r}", timeout)

    # --- plumbing --------------------------------------------------------------------------------------

    async def _dispatch(self, record: InteractionRecord) -> None:
        delivered = await self.fake.gateway.dispatch(
            "INTERACTION_CREATE", record.payload, guild_id=record.channel.guild_id, intent=None
        )
        if not delivered:
            raise AssertionError(
                f"no gateway session receives interactions for guild {record.channel.guild_id}; "
                "is the bot connected "
                f"(and running the right shard)?"
            )

    async def _run(self, record: InteractionRecord, what: str, timeout: float | None) -> Reply:
        await self._dispatch(record)
        await self.fake.wait_until(
            lambda: record.acknowledged, timeout=timeout, what=f"the bot to respond to {what}"
        )
        if record.callback_type == 5:
            original = record.original
            assert original is not None
            await self.fake.wait_until(
                lambda: not original.loading or original.deleted or bool(record.followups),
                timeout=timeout,
                what=f"the bot to follow up its deferred response to {what}",
            )
        await self.fake.settle()
        messages: list[StoredMessage] = []
        for _, message in record.activity:
            if message is not None and message not in messages:
                messages.append(message)
        return Reply(messages=messages, interaction=record)


def _message_of(target: StoredMessage | Reply) -> StoredMessage:
    return target.message if isinstance(target, Reply) else target
