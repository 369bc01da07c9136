"""A small model of the Discord markdown that makes text clickable, to check what the bot echoes.

It finds masked links ``[x](url)``, autolinks ``scheme://``, angle links and pills (``<https://…>``,
``<@id>``, ``<#id>``, ``</cmd:id>``) and ``@everyone``/``@here``. Like Discord, it takes a backslash before
any character that is not a letter, digit or space as that character, literally.
"""

from __future__ import annotations

import re

from bot.core.escape import ZERO_WIDTH_SPACE

_ESCAPABLE = re.compile(r"\\([^0-9A-Za-z\s])")
_LIVE = {
    "masked link": re.compile(r"\[[^\]]*\]\("),
    "autolink": re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:/"),
    "angle link or pill": re.compile(r"<[@#/:!&a-zA-Z0-9]"),
    "mass mention": re.compile(r"@(everyone|here)"),
}
_INERT = "\x00"


def live_links(source: str) -> list[str]:
    """The kinds of clickable syntax Discord would find in ``source`` (empty when it shows as plain text)."""
    unescaped = _ESCAPABLE.sub(_INERT, source).replace(ZERO_WIDTH_SPACE, _INERT)
    return [kind for kind, pattern in _LIVE.items() if pattern.search(unescaped)]


def shown(source: str) -> str:
    """What a reader sees: escapes resolved, zero-width spaces invisible."""
    return _ESCAPABLE.sub(r"\1", source).replace(ZERO_WIDTH_SPACE, "")
