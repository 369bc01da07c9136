"""``interview-bot report``, ``forget`` and ``learned export``: the database from the command line."""

from __future__ import annotations

import asyncio
import base64
import json
import re
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.core.loader import load_knowledge
from bot.settings import Settings
from bot.storage.database import Database
from bot.storage.lessons import teach
from bot.storage.questions import Asked, QuestionLog
from bot.storage.votes import vote
from tests.bundled import BUNDLED_INTERVIEW

ALICE, BOB = 111, 222


@pytest.fixture(autouse=True)
def settings_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Only DATA_DIR is set: the commands use the default SQLite file in it."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data" / "interview-bot.sqlite3"


def seed(path: Path) -> None:
    async def run() -> None:
        database = await Database.connect(f"sqlite:///{path}")
        log = QuestionLog(database)
        for user, guild, outcome, key, text in [
            (ALICE, 1, "answered", "i/capacity", "How big?"),
            (ALICE, 1, "not_in_interview", None, "What is the salary?"),
            (BOB, 1, "answered", "i/capacity", "How large?"),
            (BOB, 2, "off_topic", None, "Pizza?"),
        ]:
            log.record(Asked(user, guild, "guild", "ask", text, outcome, key, 50.0, 1.0))
        assert await log.flush()
        await vote(database, message_id=5, user_id=ALICE, guild_id=1, entry_key="i/capacity", helpful=True)
        await vote(database, message_id=5, user_id=BOB, guild_id=1, entry_key="i/capacity", helpful=False)
        entry = load_knowledge(BUNDLED_INTERVIEW).entries[0]
        await teach(database, question="taught phrasing", entry_key=entry.key, user_id=ALICE, guild_id=1)
        await teach(database, question="who won the cup?", entry_key=None, user_id=ALICE, guild_id=1)
        await database.close()

    asyncio.run(run())


def test_report_json_counts_what_was_logged(settings_env, capsys):
    seed(settings_env)
    assert main(["report", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["questions"] == 4
    assert figures["outcomes"] == {"answered": 2, "not_in_interview": 1, "off_topic": 1, "throttled": 0}
    assert figures["votes"] == {"helpful": 1, "not_helpful": 1}
    assert figures["top_pairs"] == [{"entry": "i/capacity", "questions": 2}]
    assert len(figures["per_day"]) == 31


def test_report_for_one_server_over_a_few_days(settings_env, capsys):
    seed(settings_env)
    assert main(["report", "--days", "3", "--guild", "2", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["questions"], figures["days"], figures["guild_id"]) == (1, 3, 2)
    assert figures["top_unanswered"] == [{"question": "Pizza?", "times": 1}]


def test_report_prints_readable_lines_and_writes_html_with_the_chart(settings_env, tmp_path, capsys):
    seed(settings_env)
    page = tmp_path / "report.html"
    assert main(["report", "--html", str(page)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Last 30 days, all servers: 4 questions")
    assert re.search(r"answered\s+2\s+50%", out) and "What is the salary?" in out
    text = page.read_text(encoding="utf-8")
    chart = re.search(r'src="data:image/png;base64,([^"]+)"', text)
    assert chart and base64.b64decode(chart[1]).startswith(b"\x89PNG")
    assert "What is the salary?" in text


@pytest.mark.parametrize("command", [["report", "--html"], ["learned", "export", "--out"]])
def test_a_file_that_cannot_be_written_is_one_line_and_exit_1(settings_env, tmp_path, command, capsys):
    seed(settings_env)
    target = tmp_path / "no-such-folder" / "out"
    assert main([*command, str(target)]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"{target}: cannot write: No such file or directory\n"
    assert captured.out == ""


def test_forget_deletes_one_members_rows(settings_env, capsys):
    seed(settings_env)
    assert main(["forget", str(ALICE)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"forgot user {ALICE}: deleted 2 questions and 1 votes; 2 lessons they taught no longer name them"
    )
    main(["report", "--json"])
    figures = json.loads(capsys.readouterr().out)
    assert figures["questions"] == 2 and figures["votes"] == {"helpful": 0, "not_helpful": 1}


def test_learned_export_writes_reviewable_examples(settings_env, tmp_path, capsys):
    seed(settings_env)
    entry = load_knowledge(BUNDLED_INTERVIEW).entries[0]
    assert main(["learned", "export"]) == 0
    printed = capsys.readouterr().out
    assert yaml.safe_load(printed) == {"pairs": [{"id": entry.id, "examples": ["taught phrasing"]}]}
    assert "#   who won the cup?" in printed
    out = tmp_path / "learned.yaml"
    assert main(["learned", "export", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == printed
    assert capsys.readouterr().out.strip() == f"wrote 2 lessons to {out}"


@pytest.mark.parametrize("command", [["report"], ["forget", str(ALICE)], ["learned", "export"]])
def test_run_away_from_the_bots_database_the_commands_say_so_and_create_none(settings_env, command, capsys):
    """From another folder, DATA_DIR=data is another file: "0 questions" or "forgot" would be untrue."""
    assert main(command) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"database: no database at {settings_env}: the bot has not run with these settings")
    assert err.count("\n") == 1 and "DATA_DIR" in err
    assert not settings_env.parent.exists()


def test_an_unreachable_database_is_one_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot:s3cret@127.0.0.1:1/bot")
    assert main(["report"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("database: cannot use the database")
    assert "s3cret" not in err
