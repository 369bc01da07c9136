"""The REST routes discord.py uses, answered like Discord answers them (limits, permissions, error codes)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from .payloads import Perm, application_payload
from .store import DiscordError, InteractionRecord, RecordedRequest, StoredMessage
from .validation import (
    FLAG_EPHEMERAL,
    FLAG_LOADING,
    Errors,
    form_body_error,
    is_empty_message,
    validate_autocomplete,
    validate_commands,
    validate_message,
    validate_modal,
)

if TYPE_CHECKING:
    from .server import FakeDiscord

Result = tuple[int, Any]
Handler = Callable[..., Awaitable[Result]]

# Interaction types and the callback types Discord accepts for each.
PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5
CALLBACKS_FOR = {
    APPLICATION_COMMAND: {4, 5, 9},
    MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
    AUTOCOMPLETE: {8},
    MODAL_SUBMIT: {4, 5, 6, 7},
}
# Interaction response messages carry the type of what triggered them.
MESSAGE_TYPE_FOR = {1: 20, 2: 23, 3: 23}

MISSING_PERMISSIONS = (403, 50013, "Missing Permissions")
CANNOT_REPLY = (403, 160002, "Cannot reply without permission to read message history")


def _raise_invalid(errors: Errors) -> None:
    if errors:
        body = form_body_error(errors)
        raise DiscordError(400, body["code"], body["message"], body["errors"])


class Rest:
    """Route table plus handlers; each handler returns ``(status, body)`` (body ``None`` means 204)."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self.routes: list[tuple[str, str, re.Pattern[str], Handler, bool]] = []
        table: list[tuple[str, str, Handler, bool]] = [
            ("GET", "/users/@me", self.get_me, True),
            ("GET", "/users/{user_id}", self.get_user, True),
            ("POST", "/users/@me/channels", self.create_dm, True),
            ("GET", "/oauth2/applications/@me", self.get_application, True),
            ("GET", "/applications/@me", self.get_application, True),
            ("GET", "/gateway", self.get_gateway, False),
            ("GET", "/gateway/bot", self.get_gateway_bot, True),
            ("GET", "/applications/{application_id}/commands", self.get_global_commands, True),
            ("PUT", "/applications/{application_id}/commands", self.put_global_commands, True),
            (
                "GET",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self.get_guild_commands,
                True,
            ),
            (
                "PUT",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self.put_guild_commands,
                True,
            ),
            ("GET", "/guilds/{guild_id}", self.get_guild, True),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member, True),
            ("GET", "/channels/{channel_id}", self.get_channel, True),
            ("POST", "/channels/{channel_id}/typing", self.typing, True),
            ("POST", "/channels/{channel_id}/messages", self.create_message, True),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self.get_message, True),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self.edit_message, True),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self.delete_message, True),
            (
                "PUT",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self.add_reaction,
                True,
            ),
            (
                "DELETE",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self.remove_reaction,
                True,
            ),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self.interaction_callback, False),
            ("POST", "/webhooks/{application_id}/{token}", self.create_followup, False),
            (
                "GET",
                "/webhooks/{application_id}/{token}/messages/{message_id}",
                self.get_webhook_message,
                False,
            ),
            (
                "PATCH",
                "/webhooks/{application_id}/{token}/messages/{message_id}",
                self.edit_webhook_message,
                False,
            ),
            (
                "DELETE",
                "/webhooks/{application_id}/{token}/messages/{message_id}",
                self.delete_webhook_message,
                False,
            ),
        ]
        for method, template, handler, authenticated in table:
            pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template) + "$")
            self.routes.append((method, template, pattern, handler, authenticated))

    async def dispatch(self, record: RecordedRequest) -> Result:
        """Find the route (``LookupError`` when none), check the token, run the handler.

        The first match wins, so literal ``@me`` routes are listed before their ``{id}`` siblings.
        """
        for method, template, pattern, handler, authenticated in self.routes:
            if method != record.method or not (match := pattern.match(record.path)):
                continue
            record.route = f"{method} {template}"
            if authenticated and record.headers.get("Authorization") != f"Bot {self.fake.token}":
                raise DiscordError(401, 0, "401: Unauthorized")
            return await handler(record, **match.groupdict())
        raise LookupError(record.path)

    # --- identity --------------------------------------------------------------------------------------

    async def get_me(self, record: RecordedRequest) -> Result:
        return 200, {
            **self.fake.bot_user.payload(),
            "verified": True,
            "mfa_enabled": False,
            "locale": "en-US",
            "email": None,
        }

    async def get_user(self, record: RecordedRequest, user_id: str) -> Result:
        user = self.fake.users.get(_snowflake(user_id))
        if user is None:
            raise DiscordError(404, 10013, "Unknown User")
        return 200, user.payload()

    async def get_application(self, record: RecordedRequest) -> Result:
        return 200, application_payload(self.fake.application_id, self.fake.bot_user, self.fake.owner)

    async def get_gateway(self, record: RecordedRequest) -> Result:
        return 200, {"url": self.fake.gateway_url}

    async def get_gateway_bot(self, record: RecordedRequest) -> Result:
        return 200, {
            "url": self.fake.gateway_url,
            "shards": self.fake.recommended_shards,
            "session_start_limit": {
                "total": 1000,
                "remaining": 999,
                "reset_after": 14_400_000,
                "max_concurrency": 1,
            },
        }

    # --- commands --------------------------------------------------------------------------------------

    def _own_application(self, application_id: str) -> None:
        if application_id != str(self.fake.application_id):
            raise DiscordError(403, 50001, "Missing Access")

    def _bot_guild(self, guild_id: str) -> Any:
        guild = self.fake.find_guild(_snowflake(guild_id))
        if guild is None:
            raise DiscordError(403, 50001, "Missing Access")
        return guild

    async def get_global_commands(self, record: RecordedRequest, application_id: str) -> Result:
        self._own_application(application_id)
        return 200, self.fake.global_commands

    async def put_global_commands(self, record: RecordedRequest, application_id: str) -> Result:
        self._own_application(application_id)
        body = _json_list(record)
        _raise_invalid(validate_commands(body))
        return 200, self.fake.store_commands(None, body)

    async def get_guild_commands(self, record: RecordedRequest, application_id: str, guild_id: str) -> Result:
        self._own_application(application_id)
        guild = self._bot_guild(guild_id)
        return 200, self.fake.guild_commands.get(guild.id, [])

    async def put_guild_commands(self, record: RecordedRequest, application_id: str, guild_id: str) -> Result:
        self._own_application(application_id)
        guild = self._bot_guild(guild_id)
        body = _json_list(record)
        _raise_invalid(validate_commands(body))
        return 200, self.fake.store_commands(guild.id, body)

    # --- guilds and channels ---------------------------------------------------------------------------

    async def get_guild(self, record: RecordedRequest, guild_id: str) -> Result:
        guild = self._bot_guild(guild_id)
        payload = guild.payload(members=[])
        for key in (
            "members",
            "channels",
            "threads",
            "presences",
            "voice_states",
            "joined_at",
            "member_count",
            "large",
        ):
            payload.pop(key, None)
        return 200, payload

    async def get_member(self, record: RecordedRequest, guild_id: str, user_id: str) -> Result:
        guild = self._bot_guild(guild_id)
        member = guild.members.get(_snowflake(user_id))
        if member is None:
            raise DiscordError(404, 10007, "Unknown Member")
        return 200, member.payload()

    def _channel(self, channel_id: str) -> Any:
        channel = self.fake.find_channel(_snowflake(channel_id))
        if channel is None or (
            not channel.is_dm and not self.fake.bot_permissions(channel) & Perm.VIEW_CHANNEL
        ):
            raise DiscordError(404, 10003, "Unknown Channel")
        return channel

    async def get_channel(self, record: RecordedRequest, channel_id: str) -> Result:
        return 200, self._channel(channel_id).payload()

    async def create_dm(self, record: RecordedRequest) -> Result:
        body = record.json or {}
        user = self.fake.users.get(_snowflake(str(body.get("recipient_id", "0"))))
        if user is None:
            raise DiscordError(
                400,
                50035,
                "Invalid Form Body",
                {"recipient_id": {"_errors": [{"code": "USER_NOT_FOUND", "message": "Unknown user"}]}},
            )
        return 200, self.fake.dm_channel(user).payload()

    async def typing(self, record: RecordedRequest, channel_id: str) -> Result:
        self._channel(channel_id)
        return 204, None

    def _message(self, channel_id: str, message_id: str) -> StoredMessage:
        channel = self._channel(channel_id)
        message = self.fake.messages.get(_snowflake(message_id))
        if message is None or message.deleted or message.channel.id != channel.id or message.ephemeral:
            raise DiscordError(404, 10008, "Unknown Message")
        return message

    async def create_message(self, record: RecordedRequest, channel_id: str) -> Result:
        channel = self._channel(channel_id)
        body = _json_object(record)
        if channel.is_dm and channel.recipient is not None and channel.recipient.bot:
            raise DiscordError(400, 50007, "Cannot send messages to this user")
        permissions = self.fake.bot_permissions(channel)
        needed = Perm.VIEW_CHANNEL | channel.send_permission | (Perm.ATTACH_FILES if record.files else 0)
        if permissions & needed != needed:
            raise DiscordError(*MISSING_PERMISSIONS)
        if body.get("message_reference") and not permissions & Perm.READ_MESSAGE_HISTORY:
            raise DiscordError(*CANNOT_REPLY)
        _raise_invalid(validate_message(body))
        if not permissions & Perm.EMBED_LINKS:
            body = {**body, "embeds": []}  # Discord drops a bot's embeds without a word where it cannot embed
        if (body.get("flags") or 0) & FLAG_EPHEMERAL:
            raise DiscordError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "flags": {
                        "_errors": [
                            {
                                "code": "MESSAGE_FLAGS_INVALID",
                                "message": "Only interaction responses can be ephemeral",
                            }
                        ]
                    }
                },
            )
        if is_empty_message({**body, "attachments": record.files}):
            raise DiscordError(400, 50006, "Cannot send an empty message")
        message = self.fake.build_message(
            channel=channel,
            author=self.fake.bot_user,
            body=body,
            files=record.files,
            message_type=19 if body.get("message_reference") else 0,
        )
        await self.fake.announce("MESSAGE_CREATE", message)
        return 200, message.data

    async def get_message(self, record: RecordedRequest, channel_id: str, message_id: str) -> Result:
        if not self.fake.bot_permissions(self._channel(channel_id)) & Perm.READ_MESSAGE_HISTORY:
            raise DiscordError(*MISSING_PERMISSIONS)
        return 200, self._message(channel_id, message_id).data

    async def edit_message(self, record: RecordedRequest, channel_id: str, message_id: str) -> Result:
        message = self._message(channel_id, message_id)
        if message.author.id != self.fake.bot_user.id or message.data.get("webhook_id"):
            raise DiscordError(403, 50005, "Cannot edit a message authored by another user")
        body = _json_object(record)
        _raise_invalid(validate_message(body))
        self.fake.edit_message(message, body, record.files)
        await self.fake.announce("MESSAGE_UPDATE", message)
        return 200, message.data

    async def delete_message(self, record: RecordedRequest, channel_id: str, message_id: str) -> Result:
        message = self._message(channel_id, message_id)
        own = message.author.id == self.fake.bot_user.id
        if not own and not self.fake.bot_permissions(message.channel) & Perm.MANAGE_MESSAGES:
            raise DiscordError(*MISSING_PERMISSIONS)
        await self._delete(message)
        return 204, None

    async def _delete(self, message: StoredMessage) -> None:
        message.deleted = True
        if not message.ephemeral:
            data = {"id": str(message.id), "channel_id": str(message.channel.id)}
            if message.channel.guild_id is not None:
                data["guild_id"] = str(message.channel.guild_id)
            await self.fake.gateway.dispatch(
                "MESSAGE_DELETE", data, guild_id=message.channel.guild_id, intent=None
            )

    async def add_reaction(
        self, record: RecordedRequest, channel_id: str, message_id: str, emoji: str
    ) -> Result:
        message = self._message(channel_id, message_id)
        if not self.fake.bot_permissions(message.channel) & (Perm.ADD_REACTIONS | Perm.READ_MESSAGE_HISTORY):
            raise DiscordError(*MISSING_PERMISSIONS)
        message.reactions.append(emoji)
        return 204, None

    async def remove_reaction(
        self, record: RecordedRequest, channel_id: str, message_id: str, emoji: str
    ) -> Result:
        message = self._message(channel_id, message_id)
        if emoji in message.reactions:
            message.reactions.remove(emoji)
        return 204, None

    # --- interactions ----------------------------------------------------------------------------------

    async def interaction_callback(self, record: RecordedRequest, interaction_id: str, token: str) -> Result:
        interaction = self.fake.interactions.get(_snowflake(interaction_id))
        if interaction is None or interaction.token != token:
            raise DiscordError(404, 10062, "Unknown interaction")
        if interaction.acknowledged:
            raise DiscordError(400, 40060, "Interaction has already been acknowledged.")
        if asyncio.get_running_loop().time() - interaction.created > self.fake.response_deadline:
            raise DiscordError(404, 10062, "Unknown interaction")
        body = _json_object(record)
        kind = body.get("type")
        if kind not in CALLBACKS_FOR.get(interaction.type, set()):
            raise DiscordError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "type": {
                        "_errors": [
                            {
                                "code": "INTERACTION_RESPONSE_TYPE_INVALID",
                                "message": f"Interaction response type {kind} is not valid "
                                f"for interaction type {interaction.type}",
                            }
                        ]
                    }
                },
            )
        data = body.get("data") or {}
        resource: dict[str, Any] = {"type": kind}
        answer: dict[str, Any] = {"id": str(interaction.id), "type": interaction.type}
        message: StoredMessage | None = None
        if kind == 4:
            _raise_invalid(validate_message(data))
            if is_empty_message({**data, "attachments": record.files}):
                raise DiscordError(400, 50006, "Cannot send an empty message")
            message = self._response_message(interaction, data, record)
        elif kind == 5:
            _raise_invalid(validate_message(data))
            flags = FLAG_LOADING | (int(data.get("flags") or 0) & FLAG_EPHEMERAL)
            message = self._response_message(
                interaction, {"content": "", "flags": flags}, record, loading=True
            )
            answer["response_message_loading"] = True
        elif kind in (6, 7):
            message = interaction.source_message
            if message is None:
                raise DiscordError(
                    400,
                    50035,
                    "Invalid Form Body",
                    {
                        "type": {
                            "_errors": [
                                {
                                    "code": "INTERACTION_RESPONSE_TYPE_INVALID",
                                    "message": "No message to update",
                                }
                            ]
                        }
                    },
                )
            if kind == 7:
                _raise_invalid(validate_message(data))
                self.fake.edit_message(message, data, record.files)
            interaction.original = message
        elif kind == 8:
            _raise_invalid(validate_autocomplete(data, interaction.focused_type))
        elif kind == 9:
            _raise_invalid(validate_modal(data))
        interaction.callback = body
        interaction.acknowledged_at = asyncio.get_running_loop().time()
        interaction.activity.append(("callback", message))
        if message is not None:
            answer["response_message_id"] = str(message.id)
            answer["response_message_ephemeral"] = message.ephemeral
            if kind != 6:
                resource["message"] = message.data
            if kind == 7:
                await self.fake.announce("MESSAGE_UPDATE", message)
            elif kind in (4, 5):
                await self.fake.announce("MESSAGE_CREATE", message)
        if record.query.get("with_response") not in ("1", "true", "True"):
            return 204, None
        return 200, {"interaction": answer, "resource": resource}

    def _response_message(
        self,
        interaction: InteractionRecord,
        data: dict[str, Any],
        record: RecordedRequest,
        *,
        loading: bool = False,
    ) -> StoredMessage:
        message = self.fake.build_message(
            channel=interaction.channel,
            author=self.fake.bot_user,
            body=data,
            files=record.files,
            message_type=MESSAGE_TYPE_FOR.get(
                interaction.command.get("type", 1) if interaction.command else 0, 0
            )
            if interaction.type == APPLICATION_COMMAND
            else 0,
            webhook=True,
            interaction=interaction,
        )
        interaction.original = message
        return message

    def _interaction(self, application_id: str, token: str) -> InteractionRecord:
        interaction = self.fake.interaction_by_token(application_id, token)
        if not interaction.acknowledged or interaction.callback_type in (8, 9):
            raise DiscordError(404, 10015, "Unknown Webhook")
        return interaction

    def _webhook_message(self, interaction: InteractionRecord, message_id: str) -> StoredMessage:
        if message_id == "@original":
            message = interaction.original
        else:
            wanted = _snowflake(message_id)
            candidates = [interaction.original, *interaction.followups]
            message = next((m for m in candidates if m is not None and m.id == wanted), None)
        if message is None or message.deleted:
            raise DiscordError(404, 10008, "Unknown Message")
        return message

    async def create_followup(self, record: RecordedRequest, application_id: str, token: str) -> Result:
        interaction = self._interaction(application_id, token)
        body = _json_object(record)
        _raise_invalid(validate_message(body))
        if is_empty_message({**body, "attachments": record.files}):
            raise DiscordError(400, 50006, "Cannot send an empty message")
        original = interaction.original
        if (
            interaction.callback_type == 5
            and original is not None
            and original.loading
            and not interaction.followups
        ):
            # Discord's rule: the first followup after a "thinking" defer replaces the loading message,
            # keeping its ephemerality whatever the followup asks for.
            self.fake.edit_message(original, {k: v for k, v in body.items() if k != "flags"}, record.files)
            message = original
            await self.fake.announce("MESSAGE_UPDATE", message)
        else:
            message = self.fake.build_message(
                channel=interaction.channel,
                author=self.fake.bot_user,
                body=body,
                files=record.files,
                webhook=True,
                interaction=interaction,
            )
            await self.fake.announce("MESSAGE_CREATE", message)
        interaction.followups.append(message)
        interaction.activity.append(("followup", message))
        if record.query.get("wait") not in ("1", "true", "True"):
            return 204, None
        return 200, message.data

    async def get_webhook_message(
        self, record: RecordedRequest, application_id: str, token: str, message_id: str
    ) -> Result:
        interaction = self._interaction(application_id, token)
        return 200, self._webhook_message(interaction, message_id).data

    async def edit_webhook_message(
        self, record: RecordedRequest, application_id: str, token: str, message_id: str
    ) -> Result:
        interaction = self._interaction(application_id, token)
        message = self._webhook_message(interaction, message_id)
        body = _json_object(record)
        _raise_invalid(validate_message(body))
        self.fake.edit_message(message, body, record.files)
        interaction.activity.append(("edit", message))
        await self.fake.announce("MESSAGE_UPDATE", message)
        return 200, message.data

    async def delete_webhook_message(
        self, record: RecordedRequest, application_id: str, token: str, message_id: str
    ) -> Result:
        interaction = self._interaction(application_id, token)
        message = self._webhook_message(interaction, message_id)
        await self._delete(message)
        interaction.activity.append(("delete", message))
        return 204, None


def _snowflake(value: str) -> int:
    if not value.isdigit():
        raise DiscordError(
            400,
            50035,
            "Invalid Form Body",
            {
                "id": {
                    "_errors": [
                        {"code": "NUMBER_TYPE_COERCE", "message": f'Value "{value}" is not snowflake.'}
                    ]
                }
            },
        )
    return int(value)


def _json_object(record: RecordedRequest) -> dict[str, Any]:
    if not isinstance(record.json, dict):
        raise DiscordError(400, 50109, "The request body contains invalid JSON.")
    return record.json


def _json_list(record: RecordedRequest) -> list[dict[str, Any]]:
    if not isinstance(record.json, list):
        raise DiscordError(
            400,
            50035,
            "Invalid Form Body",
            {"_errors": [{"code": "BASE_TYPE_ARRAY", "message": "Must be an array."}]},
        )
    return record.json
