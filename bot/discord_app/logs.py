"""Keep secrets and people out of the logs, at every level.

At DEBUG, discord.py logs each gateway event and REST call in full: interaction tokens (each is enough to
answer as the bot for 15 minutes) in payloads and in callback and webhook URLs, and the ids of everyone
who asks. A filter on every handler rewrites each record before it is written: tokens become ``<token>``
and, in discord.py's own records, every snowflake becomes the same pseudonym the bot's own lines use for
users, so a reader can still follow one person or one channel without learning who they are.
"""

from __future__ import annotations

import logging
import re

from bot.discord_app.questions import hash_user

REDACTED = "<token>"

_TOKEN_IN_URL = re.compile(r"(/(?:interactions|webhooks)/\d+/)[^/?\s'\"]+")
_TOKEN_FIELD = re.compile(r"""(['"]token['"]\s*:\s*['"])[^'"]*""")
_SNOWFLAKE = re.compile(r"(?<![\w.])\d{15,21}(?![\w.])")
_LIBRARY = "discord"


class RedactSecrets(logging.Filter):
    """Rewrites each record's message (and traceback) with tokens and people's ids taken out."""

    def filter(self, record: logging.LogRecord) -> bool:
        library = record.name == _LIBRARY or record.name.startswith(_LIBRARY + ".")
        record.msg = redact(record.getMessage(), pseudonymise=library)
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, pseudonymise=library)
        return True


def redact(text: str, *, pseudonymise: bool = True) -> str:
    """``text`` without interaction or webhook tokens and, if asked, with every snowflake pseudonymised."""
    text = _TOKEN_IN_URL.sub(rf"\g<1>{REDACTED}", text)
    text = _TOKEN_FIELD.sub(rf"\g<1>{REDACTED}", text)
    if pseudonymise:
        text = _SNOWFLAKE.sub(lambda found: "#" + hash_user(int(found[0])), text)
    return text


def redact_handlers(logger: logging.Logger | None = None) -> None:
    """Put the filter on every handler of ``logger`` (the root by default), once each."""
    for handler in (logger or logging.getLogger()).handlers:
        if not any(isinstance(existing, RedactSecrets) for existing in handler.filters):
            handler.addFilter(RedactSecrets())
