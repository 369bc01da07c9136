"""Log output: plain text off a terminal, colour only on one, and one JSON object per line on request."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import CHATTY, setup_logging
from bot.settings import Settings, SettingsError, load_settings

ESCAPE = "\x1b["


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    """The root logger, with its level and handlers put back after the test."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    chatty = {name: logging.getLogger(name).level for name in CHATTY}
    yield root
    root.setLevel(level)
    root.handlers[:] = handlers
    for name, was in chatty.items():
        logging.getLogger(name).setLevel(was)


def _log_some(logger_name: str = "bot.test") -> None:
    log = logging.getLogger(logger_name)
    log.debug("hidden below INFO")
    log.info("question user=%s answered=%s", "ab12", True)
    try:
        raise RuntimeError("the engine broke")
    except RuntimeError:
        log.exception("command /ask failed\nsecond line of the message")


def test_text_off_a_terminal_has_no_escape_codes(root_logger, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    stream = io.StringIO()
    setup_logging("INFO", "text", stream)

    _log_some()

    output = stream.getvalue()
    assert ESCAPE not in output
    assert "hidden below INFO" not in output
    assert " INFO     bot.test: question user=ab12 answered=True\n" in output
    assert "RuntimeError: the engine broke" in output


def test_text_on_a_terminal_colours_the_level_name_only(root_logger, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    stream = Terminal()
    setup_logging("INFO", "text", stream)

    _log_some()

    info_line = next(line for line in stream.getvalue().splitlines() if "question user=" in line)
    assert ESCAPE in info_line
    assert info_line.endswith("bot.test: question user=ab12 answered=True")
    assert ESCAPE not in info_line.split("bot.test:")[1]


def test_no_color_turns_colour_off_even_on_a_terminal(root_logger, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    stream = Terminal()
    setup_logging("INFO", "text", stream)

    _log_some()

    assert "question user=ab12" in stream.getvalue()
    assert ESCAPE not in stream.getvalue()


@pytest.mark.parametrize("stream_class", [io.StringIO, Terminal])
def test_json_is_one_object_per_line_with_the_traceback_inside(root_logger, stream_class):
    stream = stream_class()
    setup_logging("DEBUG", "json", stream)

    _log_some()

    entries = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert [entry["level"] for entry in entries] == ["DEBUG", "INFO", "ERROR"]
    assert all(entry["logger"] == "bot.test" for entry in entries)
    assert entries[1]["message"] == "question user=ab12 answered=True"
    assert entries[2]["message"] == "command /ask failed\nsecond line of the message"
    assert entries[2]["exception"].startswith("Traceback (most recent call last):")
    assert entries[2]["exception"].endswith("RuntimeError: the engine broke")
    assert entries[0]["time"].endswith("+00:00")
    assert ESCAPE not in stream.getvalue()


def test_discord_py_records_go_through_the_same_handler(root_logger):
    stream = io.StringIO()
    setup_logging("INFO", "json", stream)

    logging.getLogger("discord.gateway").info("Shard ID %s has connected to Gateway", None)

    [entry] = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert entry["logger"] == "discord.gateway"
    assert entry["message"] == "Shard ID None has connected to Gateway"


@pytest.mark.parametrize(("value", "expected"), [("json", "json"), ("JSON", "json"), ("Text", "text")])
def test_log_format_is_read_case_insensitively(monkeypatch, value, expected):
    monkeypatch.setenv("LOG_FORMAT", value)

    assert load_settings(_env_file=None).log_format == expected


def test_a_bad_log_format_is_one_line(monkeypatch):
    monkeypatch.setenv("LOG_FORMAT", "xml")

    with pytest.raises(SettingsError) as raised:
        load_settings(_env_file=None)

    [line] = raised.value.lines
    assert line.startswith("invalid LOG_FORMAT: ")
    assert "'text' or 'json'" in line


def test_run_logs_json_lines_without_colour_to_a_pipe(tmp_path: Path, heartbeat_file: Path):
    """The real command: a knowledge folder that is missing makes ``run`` log its error and exit 1."""
    env = {key: value for key, value in os.environ.items() if key.lower() not in Settings.model_fields}
    settings = {
        "DISCORD_TOKEN": "not-a-real-token",
        "HEARTBEAT_FILE": str(heartbeat_file),
        "LOG_FORMAT": "json",
        "KNOWLEDGE_DIR": str(tmp_path / "no"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
        env=env | settings,
    )

    assert result.returncode == 1
    entries = [json.loads(line) for line in result.stderr.splitlines()]
    # The database is opened (and migrated, at INFO) before the knowledge is read.
    errors = [entry for entry in entries if entry["level"] != "INFO"]
    assert errors
    assert {entry["level"] for entry in errors} == {"ERROR"}
    assert all(entry["logger"] == "bot.discord_app.runner" for entry in errors)
    assert errors[0]["message"].startswith("knowledge: ")
    assert "not-a-real-token" not in result.stderr


@pytest.mark.parametrize("log_format", ["text", "json"])
def test_redaction_reaches_tracebacks_in_every_format(root_logger, log_format):
    from bot.discord_app.logs import REDACTED, redact_handlers

    stream = io.StringIO()
    setup_logging("DEBUG", log_format, stream)
    redact_handlers()
    try:
        raise RuntimeError("POST /interactions/123/secret-interaction-token/callback failed")
    except RuntimeError:
        logging.getLogger("discord.http").exception("request failed")
    assert "secret-interaction-token" not in stream.getvalue()
    assert REDACTED in stream.getvalue()


@pytest.mark.parametrize(("level", "shown"), [("INFO", False), ("DEBUG", True)])
def test_alembics_account_of_its_own_machinery_is_kept_for_debugging(root_logger, level, shown):
    stream = io.StringIO()
    setup_logging(level, "text", stream)
    logging.getLogger("alembic.runtime.migration").info("Context impl SQLiteImpl.")
    logging.getLogger("alembic.runtime.migration").warning("a revision is missing")
    assert ("Context impl SQLiteImpl." in stream.getvalue()) is shown
    assert "a revision is missing" in stream.getvalue()
