"""Where ``interview-bot run`` logs go and how they look: text for people, JSON lines for log collectors.

discord.py's own ``setup_logging`` colours its output whenever it runs inside Docker, terminal or not,
which fills ``docker logs`` with escape codes. Here colour is for a terminal only.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from datetime import UTC, datetime
from typing import TextIO

from bot.settings import LogFormat, LogLevel

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
# Libraries whose INFO lines narrate their own machinery at every start (alembic's "Context impl
# SQLiteImpl.", "setup plugin ..."): shown at DEBUG only. The bot says what matters of it in its own words.
CHATTY = ("alembic",)
RESET = "\x1b[0m"
LEVEL_COLOURS = {
    logging.DEBUG: "\x1b[2m",
    logging.INFO: "\x1b[34;1m",
    logging.WARNING: "\x1b[33;1m",
    logging.ERROR: "\x1b[31;1m",
    logging.CRITICAL: "\x1b[41;1m",
}


class ColourFormatter(logging.Formatter):
    """The plain line with its level name coloured, so the rest stays greppable."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s", DATE_FORMAT)

    def formatMessage(self, record: logging.LogRecord) -> str:
        colour = LEVEL_COLOURS.get(record.levelno, "")
        level = f"{colour}{record.levelname:<8}{RESET}"
        return super().formatMessage(logging.makeLogRecord({**record.__dict__, "levelname": level}))


class JsonFormatter(logging.Formatter):
    """One JSON object per record on one line; tracebacks go in ``exception``, never on lines of their own."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:  # as the plain formatter does, so a filter that redacts it is honoured
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def wants_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when ``NO_COLOR`` is set (no-color.org)."""
    return not os.environ.get("NO_COLOR") and stream.isatty()


def formatter_for(log_format: LogFormat, stream: TextIO) -> logging.Formatter:
    if log_format == "json":
        return JsonFormatter()
    if wants_colour(stream):
        return ColourFormatter()
    return logging.Formatter("%(asctime)s %(levelname)-8s %(name)s: %(message)s", DATE_FORMAT)


def setup_logging(level: LogLevel, log_format: LogFormat, stream: TextIO | None = None) -> logging.Handler:
    """Send every logger's records at ``level`` and above to ``stream`` (stderr); returns the handler."""
    stream = sys.stderr if stream is None else stream
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter_for(log_format, stream))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.NOTSET if root.level <= logging.DEBUG else logging.WARNING)
    return handler
