"""Discord's request limits, checked the way Discord checks them and reported in Discord's error shape.

Every function here is pure: it takes a request body and returns an :class:`Errors` tree (empty when
valid) so the limits can be tested directly as well as through a real discord.py call.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")

MESSAGE_CONTENT_MAX = 2000
EMBEDS_MAX = 10
EMBED_TOTAL_MAX = 6000
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
EMBED_FIELD_NAME_MAX = 256
EMBED_FIELD_VALUE_MAX = 1024
EMBED_FOOTER_MAX = 2048
EMBED_AUTHOR_MAX = 256
ACTION_ROWS_MAX = 5
ROW_WIDTH_MAX = 5
CUSTOM_ID_MAX = 100
BUTTON_LABEL_MAX = 80
SELECT_OPTIONS_MAX = 25
SELECT_TEXT_MAX = 100
SELECT_PLACEHOLDER_MAX = 150
CHOICES_MAX = 25
CHOICE_NAME_MAX = 100
CHOICE_VALUE_MAX = 100
COMMAND_DESCRIPTION_MAX = 100
COMMAND_OPTIONS_MAX = 25
ATTACHMENTS_MAX = 10
COMPONENTS_V2_MAX = 40

FLAG_SUPPRESS_EMBEDS = 1 << 2
FLAG_EPHEMERAL = 1 << 6
FLAG_LOADING = 1 << 7
FLAG_SUPPRESS_NOTIFICATIONS = 1 << 12
FLAG_COMPONENTS_V2 = 1 << 15
SENDABLE_FLAGS = FLAG_SUPPRESS_EMBEDS | FLAG_EPHEMERAL | FLAG_SUPPRESS_NOTIFICATIONS | FLAG_COMPONENTS_V2

Path = tuple[str | int, ...]


@dataclass
class Errors:
    """Discord's nested ``errors`` object: keys down the body, ``_errors`` lists at the leaves."""

    tree: dict[str, Any] = field(default_factory=dict)

    def add(self, path: Path, code: str, message: str) -> None:
        node = self.tree
        for part in path:
            node = node.setdefault(str(part), {})
        node.setdefault("_errors", []).append({"code": code, "message": message})

    def __bool__(self) -> bool:
        return bool(self.tree)

    def leaves(self) -> list[tuple[str, str]]:
        """Flattened ``("embeds.0.title", "BASE_TYPE_MAX_LENGTH")`` pairs, handy in assertions."""
        found: list[tuple[str, str]] = []

        def walk(node: dict[str, Any], prefix: list[str]) -> None:
            for key, value in node.items():
                if key == "_errors":
                    found.extend((".".join(prefix), error["code"]) for error in value)
                else:
                    walk(value, [*prefix, key])

        walk(self.tree, [])
        return found


def form_body_error(errors: Errors) -> dict[str, Any]:
    return {"code": 50035, "message": "Invalid Form Body", "errors": errors.tree}


def _max_length(errors: Errors, path: Path, value: Any, limit: int) -> None:
    if isinstance(value, str | list) and len(value) > limit:
        errors.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")


def _length_between(errors: Errors, path: Path, value: Any, low: int, high: int) -> None:
    if value is None or (isinstance(value, str) and value == "" and low > 0):
        errors.add(path, "BASE_TYPE_REQUIRED", "This field is required")
    elif isinstance(value, str | list) and not low <= len(value) <= high:
        errors.add(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length.")


def _url(errors: Errors, path: Path, value: Any, *, attachments: bool = False) -> None:
    if value is None:
        return
    schemes = ("http", "https", "attachment") if attachments else ("http", "https")
    scheme = str(value).split(":", 1)[0].lower() if ":" in str(value) else ""
    if scheme not in schemes:
        allowed = ", ".join(repr(s) for s in schemes)
        errors.add(
            path,
            "URL_TYPE_INVALID_SCHEME",
            f'Scheme "{scheme}" is not supported. Scheme must be one of ({allowed}).',
        )


# --- messages ---------------------------------------------------------------------------------------------


def embed_size(embed: dict[str, Any]) -> int:
    """Characters Discord counts towards the 6000 total: title, description, fields, footer, author."""
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    total += sum(len(f.get("name") or "") + len(f.get("value") or "") for f in embed.get("fields") or [])
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    return total


def validate_embeds(embeds: Sequence[dict[str, Any]] | None, errors: Errors | None = None) -> Errors:
    errors = errors if errors is not None else Errors()
    if not embeds:
        return errors
    _max_length(errors, ("embeds",), list(embeds), EMBEDS_MAX)
    for index, embed in enumerate(embeds):
        at: Path = ("embeds", index)
        _max_length(errors, (*at, "title"), embed.get("title"), EMBED_TITLE_MAX)
        _max_length(errors, (*at, "description"), embed.get("description"), EMBED_DESCRIPTION_MAX)
        _url(errors, (*at, "url"), embed.get("url"))
        fields = embed.get("fields") or []
        _max_length(errors, (*at, "fields"), fields, EMBED_FIELDS_MAX)
        for number, embed_field in enumerate(fields):
            _length_between(
                errors, (*at, "fields", number, "name"), embed_field.get("name"), 1, EMBED_FIELD_NAME_MAX
            )
            _length_between(
                errors, (*at, "fields", number, "value"), embed_field.get("value"), 1, EMBED_FIELD_VALUE_MAX
            )
        if (footer := embed.get("footer")) is not None:
            _length_between(errors, (*at, "footer", "text"), footer.get("text"), 1, EMBED_FOOTER_MAX)
        if (author := embed.get("author")) is not None:
            _length_between(errors, (*at, "author", "name"), author.get("name"), 1, EMBED_AUTHOR_MAX)
            _url(errors, (*at, "author", "url"), author.get("url"))
        for media in ("image", "thumbnail"):
            if (item := embed.get(media)) is not None:
                _url(errors, (*at, media, "url"), item.get("url"), attachments=True)
    if sum(embed_size(embed) for embed in embeds) > EMBED_TOTAL_MAX:
        errors.add(
            ("embeds",), "MAX_EMBED_SIZE_EXCEEDED", f"Embed size exceeds maximum size of {EMBED_TOTAL_MAX}"
        )
    return errors


def _custom_id(errors: Errors, path: Path, component: dict[str, Any], seen: set[str]) -> None:
    custom_id = component.get("custom_id")
    _length_between(errors, (*path, "custom_id"), custom_id, 1, CUSTOM_ID_MAX)
    if isinstance(custom_id, str):
        if custom_id in seen:
            errors.add(
                (*path, "custom_id"),
                "COMPONENT_CUSTOM_ID_DUPLICATED",
                "Component custom id cannot be duplicated",
            )
        seen.add(custom_id)


def _button(errors: Errors, path: Path, button: dict[str, Any], seen: set[str]) -> None:
    style = button.get("style")
    if style not in (1, 2, 3, 4, 5, 6):
        errors.add((*path, "style"), "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}.")
        return
    if style == 5:
        if button.get("custom_id") is not None:
            errors.add(
                (*path, "custom_id"),
                "BUTTON_COMPONENT_CUSTOM_ID_INVALID",
                "A link button cannot have a custom id",
            )
        if not button.get("url"):
            errors.add((*path, "url"), "BUTTON_COMPONENT_URL_REQUIRED", "A url is required")
        else:
            _url(errors, (*path, "url"), button["url"])
    elif style != 6:
        _custom_id(errors, path, button, seen)
    _max_length(errors, (*path, "label"), button.get("label"), BUTTON_LABEL_MAX)
    if style != 6 and not button.get("label") and not button.get("emoji"):
        errors.add((*path, "label"), "BUTTON_COMPONENT_LABEL_REQUIRED", "A label or emoji is required")


def _select(errors: Errors, path: Path, select: dict[str, Any], seen: set[str]) -> None:
    _custom_id(errors, path, select, seen)
    _max_length(errors, (*path, "placeholder"), select.get("placeholder"), SELECT_PLACEHOLDER_MAX)
    min_values, max_values = select.get("min_values", 1), select.get("max_values", 1)
    if not 0 <= min_values <= SELECT_OPTIONS_MAX:
        errors.add(
            (*path, "min_values"), "NUMBER_TYPE_MAX", f"int value should be <= {SELECT_OPTIONS_MAX} and >= 0."
        )
    if not 1 <= max_values <= SELECT_OPTIONS_MAX:
        errors.add(
            (*path, "max_values"), "NUMBER_TYPE_MAX", f"int value should be <= {SELECT_OPTIONS_MAX} and >= 1."
        )
    if select.get("type") != 3:
        return
    options = select.get("options") or []
    _length_between(errors, (*path, "options"), options, 1, SELECT_OPTIONS_MAX)
    values: set[str] = set()
    for number, option in enumerate(options):
        at = (*path, "options", number)
        _length_between(errors, (*at, "label"), option.get("label"), 1, SELECT_TEXT_MAX)
        _length_between(errors, (*at, "value"), option.get("value"), 1, SELECT_TEXT_MAX)
        _max_length(errors, (*at, "description"), option.get("description"), SELECT_TEXT_MAX)
        if option.get("value") in values:
            errors.add(
                (*at, "value"),
                "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED",
                "Select option values must be unique",
            )
        values.add(option.get("value"))
    if options and max_values > len(options):
        errors.add(
            (*path, "max_values"), "SELECT_COMPONENT_MAX_VALUES_EXCEEDED", "max_values exceeds options count"
        )


SELECT_TYPES = (3, 5, 6, 7, 8)


def validate_components(
    components: Sequence[dict[str, Any]] | None, flags: int = 0, errors: Errors | None = None
) -> Errors:
    """Action rows of at most five buttons or one select; Components V2 layouts checked more loosely."""
    errors = errors if errors is not None else Errors()
    if not components:
        return errors
    seen: set[str] = set()
    if flags & FLAG_COMPONENTS_V2:
        count = 0

        def walk(items: Sequence[dict[str, Any]], path: Path) -> None:
            nonlocal count
            for index, item in enumerate(items):
                count += 1
                at = (*path, index)
                kind = item.get("type")
                if kind == 2:
                    _button(errors, at, item, seen)
                elif kind in SELECT_TYPES:
                    _select(errors, at, item, seen)
                if item.get("accessory"):
                    walk([item["accessory"]], (*at, "accessory"))
                if item.get("components"):
                    walk(item["components"], (*at, "components"))

        walk(components, ("components",))
        if count > COMPONENTS_V2_MAX:
            errors.add(
                ("components",), "BASE_TYPE_MAX_LENGTH", f"Must be {COMPONENTS_V2_MAX} or fewer in length."
            )
        return errors

    _max_length(errors, ("components",), list(components), ACTION_ROWS_MAX)
    for index, row in enumerate(components):
        at: Path = ("components", index)
        if row.get("type") != 1:
            errors.add((*at, "type"), "UNION_TYPE_CHOICES", 'Value of field "type" must be one of (1,).')
            continue
        children = row.get("components") or []
        _length_between(errors, (*at, "components"), children, 1, ROW_WIDTH_MAX)
        width = 0
        for number, child in enumerate(children):
            child_at = (*at, "components", number)
            kind = child.get("type")
            if kind == 2:
                width += 1
                _button(errors, child_at, child, seen)
            elif kind in SELECT_TYPES:
                width += ROW_WIDTH_MAX
                _select(errors, child_at, child, seen)
            else:
                errors.add(
                    (*child_at, "type"),
                    "UNION_TYPE_CHOICES",
                    'Value of field "type" must be one of (2, 3, 5, 6, 7, 8).',
                )
        if width > ROW_WIDTH_MAX:
            errors.add(
                (*at, "components"),
                "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                "The specified component exceeds the maximum width",
            )
    return errors


def validate_allowed_mentions(allowed: dict[str, Any] | None, errors: Errors | None = None) -> Errors:
    errors = errors if errors is not None else Errors()
    if allowed is None:
        return errors
    parse = allowed.get("parse") or []
    for index, kind in enumerate(parse):
        if kind not in ("users", "roles", "everyone"):
            errors.add(
                ("allowed_mentions", "parse", index),
                "BASE_TYPE_CHOICES",
                "Value must be one of ('users', 'roles', 'everyone').",
            )
    for kind in ("users", "roles"):
        listed = allowed.get(kind) or []
        _max_length(errors, ("allowed_mentions", kind), listed, 100)
        if listed and kind in parse:
            errors.add(
                ("allowed_mentions",),
                "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE",
                f'parse:["{kind}"] and {kind}: [ids...] are mutually exclusive.',
            )
    return errors


def validate_message(body: dict[str, Any], errors: Errors | None = None) -> Errors:
    """A create or edit body: content, embeds, components, mentions, flags, attachments."""
    errors = errors if errors is not None else Errors()
    flags = body.get("flags") or 0
    content = body.get("content")
    if content is not None and not isinstance(content, str):
        errors.add(("content",), "BASE_TYPE_STRING", "Must be a string.")
    _max_length(errors, ("content",), content, MESSAGE_CONTENT_MAX)
    validate_embeds(body.get("embeds"), errors)
    validate_components(body.get("components"), flags, errors)
    validate_allowed_mentions(body.get("allowed_mentions"), errors)
    if flags & ~SENDABLE_FLAGS:
        errors.add(("flags",), "MESSAGE_FLAGS_INVALID", "Invalid flags")
    if flags & FLAG_COMPONENTS_V2 and (content or body.get("embeds")):
        errors.add(
            ("content",),
            "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
            "The 'content' and 'embeds' fields cannot be used when using components v2",
        )
    _max_length(errors, ("attachments",), body.get("attachments"), ATTACHMENTS_MAX)
    return errors


def is_empty_message(message: dict[str, Any]) -> bool:
    """Discord refuses a message with nothing to show (whitespace-only content counts as nothing)."""
    return not (
        (message.get("content") or "").strip()
        or message.get("embeds")
        or message.get("components")
        or message.get("attachments")
        or message.get("sticker_ids")
        or message.get("poll")
    )


# --- application commands ---------------------------------------------------------------------------------

OPTION_SUBCOMMAND, OPTION_GROUP = 1, 2
OPTION_STRING, OPTION_INTEGER, OPTION_NUMBER = 3, 4, 10


def _command_name(errors: Errors, path: Path, name: Any, *, slash: bool) -> None:
    if not isinstance(name, str):
        errors.add(path, "BASE_TYPE_REQUIRED", "This field is required")
    elif slash and (not COMMAND_NAME.match(name) or name != name.lower()):
        errors.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
    elif not slash:
        _length_between(errors, path, name, 1, 32)


def _choices(errors: Errors, path: Path, choices: Sequence[dict[str, Any]], option_type: int | None) -> None:
    _max_length(errors, path, list(choices), CHOICES_MAX)
    for index, choice in enumerate(choices):
        _length_between(errors, (*path, index, "name"), choice.get("name"), 1, CHOICE_NAME_MAX)
        value = choice.get("value")
        if option_type == OPTION_STRING or isinstance(value, str):
            _length_between(
                errors,
                (*path, index, "value"),
                value,
                1 if option_type == OPTION_STRING else 0,
                CHOICE_VALUE_MAX,
            )
        if option_type in (OPTION_INTEGER, OPTION_NUMBER) and not isinstance(value, int | float):
            errors.add((*path, index, "value"), "NUMBER_TYPE_COERCE", f'Value "{value}" is not a number.')


def _options(errors: Errors, path: Path, options: Sequence[dict[str, Any]]) -> None:
    _max_length(errors, path, list(options), COMMAND_OPTIONS_MAX)
    names: set[str] = set()
    seen_optional = False
    kinds = {option.get("type") for option in options}
    if kinds & {OPTION_SUBCOMMAND, OPTION_GROUP} and kinds - {OPTION_SUBCOMMAND, OPTION_GROUP}:
        errors.add(
            path,
            "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
            "Sub-command and sub-command group option types are mutually exclusive to all other types",
        )
    for index, option in enumerate(options):
        at = (*path, index)
        kind = option.get("type")
        if kind not in range(1, 12):
            errors.add((*at, "type"), "BASE_TYPE_CHOICES", "Value must be one of (1..11).")
        _command_name(errors, (*at, "name"), option.get("name"), slash=True)
        _length_between(errors, (*at, "description"), option.get("description"), 1, COMMAND_DESCRIPTION_MAX)
        if option.get("name") in names:
            errors.add(
                (*at, "name"), "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option name already exists"
            )
        names.add(str(option.get("name")))
        if option.get("required"):
            if seen_optional:
                errors.add(
                    at,
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                )
        elif kind not in (OPTION_SUBCOMMAND, OPTION_GROUP):
            seen_optional = True
        if option.get("choices"):
            if option.get("autocomplete"):
                errors.add(
                    (*at, "autocomplete"),
                    "APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_WITH_CHOICES",
                    "Autocomplete cannot be set with choices",
                )
            _choices(errors, (*at, "choices"), option["choices"], kind)
        for bound in ("min_length", "max_length"):
            if bound in option and not 0 <= option[bound] <= 6000:
                errors.add((*at, bound), "NUMBER_TYPE_MAX", "int value should be <= 6000 and >= 0.")
        if kind == OPTION_GROUP and any(
            child.get("type") != OPTION_SUBCOMMAND for child in option.get("options") or []
        ):
            errors.add(
                (*at, "options"),
                "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                "Sub-command groups may only contain sub-commands",
            )
        if kind in (OPTION_SUBCOMMAND, OPTION_GROUP):
            _options(errors, (*at, "options"), option.get("options") or [])


def validate_commands(commands: Iterable[dict[str, Any]]) -> Errors:
    """A bulk overwrite body: names, descriptions, options, choices and per-type limits."""
    errors = Errors()
    commands = list(commands)
    seen: set[tuple[int, str]] = set()
    counts = {1: 0, 2: 0, 3: 0}
    for index, command in enumerate(commands):
        kind = command.get("type", 1)
        counts[kind] = counts.get(kind, 0) + 1
        slash = kind == 1
        _command_name(errors, (index, "name"), command.get("name"), slash=slash)
        description = command.get("description")
        if slash:
            _length_between(errors, (index, "description"), description, 1, COMMAND_DESCRIPTION_MAX)
            _options(errors, (index, "options"), command.get("options") or [])
        else:
            if description:
                errors.add(
                    (index, "description"),
                    "APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION",
                    "Context menu commands cannot have description",
                )
            if command.get("options"):
                errors.add(
                    (index, "options"),
                    "APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS",
                    "Context menu commands cannot have options",
                )
        key = (kind, command.get("name"))
        if key in seen:
            errors.add(
                (index, "name"),
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                "Application command names must be unique",
            )
        seen.add(key)  # type: ignore[arg-type]
    for kind, limit in ((1, 100), (2, 15), (3, 15)):
        if counts.get(kind, 0) > limit:
            errors.add(
                (),
                "APPLICATION_COMMAND_TOO_MANY",
                f"Maximum number of application commands reached ({limit})",
            )
    return errors


def validate_autocomplete(data: dict[str, Any] | None, option_type: int | None) -> Errors:
    """An autocomplete callback: at most 25 choices, names 1-100, string values at most 100."""
    errors = Errors()
    choices = (data or {}).get("choices")
    if choices is None:
        errors.add(("data", "choices"), "BASE_TYPE_REQUIRED", "This field is required")
        return errors
    _choices(errors, ("data", "choices"), choices, option_type)
    return errors


def validate_modal(data: dict[str, Any] | None) -> Errors:
    errors = Errors()
    data = data or {}
    _length_between(errors, ("data", "title"), data.get("title"), 1, 45)
    _length_between(errors, ("data", "custom_id"), data.get("custom_id"), 1, CUSTOM_ID_MAX)
    _length_between(errors, ("data", "components"), data.get("components"), 1, 5)
    return errors
