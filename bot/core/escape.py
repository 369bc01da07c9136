r"""Make text a user typed safe to echo inside Discord markdown: it shows literally and nothing in it works.

Discord's markdown takes a backslash before any ASCII punctuation as "this character, literally", so
escaping *every* punctuation character (not just the ones some parser is known to need, which is how
``[x](ok) [y](evil)`` got past ``discord.utils.escape_markdown``) leaves no masked link, autolink
(``https\://`` no longer reads as a scheme), channel, command or user pill (``\<#1>``), spoiler, code span
or heading. ``@`` also gets a zero-width space after it, so ``@everyone`` stays inert even where mentions
are parsed. Whitespace is flattened to single spaces (no line-start syntax such as ``>`` or ``#`` can
begin a line) and invisible direction overrides, which can make text read backwards, are dropped.
"""

from __future__ import annotations

import re
import string

ZERO_WIDTH_SPACE = "\u200b"

_PUNCTUATION = frozenset(string.punctuation)
# Bidirectional embeddings, overrides and isolates: they reorder what a reader sees.
_DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def escape_user_text(text: str) -> str:
    """``text`` as echoed in a markdown field: on one line, shown literally, with no link or pill."""
    flat = " ".join(_CONTROL.sub(" ", _DIRECTION_CONTROLS.sub("", text)).split())
    out: list[str] = []
    for char in flat:
        if char == "@":
            out.append("@" + ZERO_WIDTH_SPACE)
        elif char in _PUNCTUATION:
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)
