"""The heartbeat file and ``interview-bot health``, the container's health check."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.health import beat, check, connecting, still_connecting, stopped

NOW = 1_700_000_000.0


@pytest.fixture
def heartbeat(tmp_path: Path) -> Path:
    return tmp_path / "run" / "heartbeat"


def test_beat_writes_a_timestamp_that_check_reads_as_fresh(heartbeat: Path) -> None:
    beat(heartbeat, now=NOW)

    assert float(heartbeat.read_text(encoding="ascii")) == NOW
    assert check(heartbeat, max_age=90, now=NOW + 5) == (True, "healthy: last heartbeat 5s ago")


def test_beat_uses_the_clock_when_no_time_is_given(heartbeat: Path) -> None:
    before = time.time()
    beat(heartbeat)

    assert before - 1 <= float(heartbeat.read_text(encoding="ascii")) <= time.time() + 1
    assert check(heartbeat, max_age=90)[0]


def test_beat_creates_missing_folders_and_replaces_the_last_beat_without_leftovers(heartbeat: Path) -> None:
    beat(heartbeat, now=NOW)
    beat(heartbeat, now=NOW + 30)

    assert float(heartbeat.read_text(encoding="ascii")) == NOW + 30
    assert sorted(path.name for path in heartbeat.parent.iterdir()) == ["heartbeat"]


def test_a_failed_beat_leaves_the_last_one_and_no_temporary_file(
    heartbeat: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    beat(heartbeat, now=NOW)

    def refuse(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        beat(heartbeat, now=NOW + 30)

    assert float(heartbeat.read_text(encoding="ascii")) == NOW
    assert sorted(path.name for path in heartbeat.parent.iterdir()) == ["heartbeat"]


def test_a_stale_beat_is_unhealthy_and_says_how_old_it_is(heartbeat: Path) -> None:
    beat(heartbeat, now=NOW)

    healthy, reason = check(heartbeat, max_age=90, now=NOW + 300)

    assert not healthy
    assert reason == "unhealthy: last heartbeat 300s ago (limit 90s)"


def test_a_beat_exactly_at_the_limit_is_still_healthy(heartbeat: Path) -> None:
    beat(heartbeat, now=NOW)

    assert check(heartbeat, max_age=90, now=NOW + 90)[0]
    assert not check(heartbeat, max_age=90, now=NOW + 90.5)[0]


def test_a_beat_from_a_clock_slightly_ahead_counts_as_just_now(heartbeat: Path) -> None:
    beat(heartbeat, now=NOW + 3)

    assert check(heartbeat, max_age=90, now=NOW) == (True, "healthy: last heartbeat 0s ago")


def test_a_missing_heartbeat_is_unhealthy_and_names_the_file(heartbeat: Path) -> None:
    healthy, reason = check(heartbeat, max_age=90, now=NOW)

    assert not healthy
    assert str(heartbeat) in reason
    assert reason.startswith("unhealthy: no heartbeat at ")


@pytest.mark.parametrize(
    "content",
    [b"", b"not a number\n", b"12:00\n", "\u00e9t\u00e9".encode(), b"\xff\xfe\x00"],
    ids=["empty", "words", "clock-time", "non-ascii", "binary"],
)
def test_a_garbled_heartbeat_is_unhealthy_not_a_crash(heartbeat: Path, content: bytes) -> None:
    heartbeat.parent.mkdir(parents=True)
    heartbeat.write_bytes(content)

    assert check(heartbeat, max_age=90, now=NOW) == (False, f"unhealthy: unreadable heartbeat at {heartbeat}")


def test_a_folder_where_the_heartbeat_should_be_is_unhealthy(heartbeat: Path) -> None:
    heartbeat.mkdir(parents=True)

    assert check(heartbeat, max_age=90, now=NOW) == (False, f"unhealthy: unreadable heartbeat at {heartbeat}")


# `interview-bot health` through the command line's entry point, configured the way Docker does it.


@pytest.fixture
def health_env(heartbeat: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HEARTBEAT_FILE at a temporary file, away from any developer's .env or environment."""
    monkeypatch.chdir(tmp_path)
    for variable in list(os.environ):
        if variable.upper().startswith(("HEARTBEAT_", "SHARD_", "DISCORD_")):
            monkeypatch.delenv(variable)
    monkeypatch.setenv("HEARTBEAT_FILE", str(heartbeat))
    return heartbeat


def test_health_command_exits_0_while_the_bot_beats(
    health_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    beat(health_env)

    assert main(["health"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("healthy: last heartbeat ")
    assert out.count("\n") == 1
    assert err == ""


def test_health_command_exits_1_when_the_beat_is_stale(
    health_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    beat(health_env, now=time.time() - 600)

    assert main(["health"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("unhealthy: last heartbeat ")
    assert "(limit 90s)" in out
    assert out.count("\n") == 1
    assert err == ""


def test_health_command_exits_1_when_the_bot_never_beat(
    health_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["health"]) == 1
    out, err = capsys.readouterr()
    assert out == f"unhealthy: no heartbeat at {health_env} (is the bot running and connected?)\n"
    assert err == ""


def test_health_command_reads_the_limit_from_heartbeat_max_age(
    health_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    beat(health_env, now=time.time() - 20)
    monkeypatch.setenv("HEARTBEAT_MAX_AGE", "10")

    assert main(["health"]) == 1
    assert "(limit 10s)" in capsys.readouterr().out


def test_health_command_reads_settings_from_a_dot_env_file(
    health_env: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "from-dot-env"
    beat(other)
    monkeypatch.delenv("HEARTBEAT_FILE")
    (tmp_path / ".env").write_text(f"HEARTBEAT_FILE={other}\n", encoding="utf-8")

    assert main(["health"]) == 0
    assert capsys.readouterr().out.startswith("healthy: ")


def test_health_command_reports_a_bad_setting_in_one_line(
    health_env: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("HEARTBEAT_MAX_AGE", "-5")

    assert main(["health"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("invalid HEARTBEAT_MAX_AGE: ")
    assert err.count("\n") == 1


def test_a_bot_still_connecting_is_unhealthy_and_says_not_connected_yet(heartbeat: Path) -> None:
    beat(heartbeat, now=NOW)  # left by an earlier run
    connecting(heartbeat, now=NOW + 100)

    assert check(heartbeat, max_age=90, now=NOW + 112) == (
        False,
        "unhealthy: not connected yet (started 12s ago, still trying)",
    )
    beat(heartbeat, now=NOW + 120)
    assert check(heartbeat, max_age=90, now=NOW + 121) == (True, "healthy: last heartbeat 1s ago")


def test_a_bot_that_stopped_is_unhealthy_and_says_how_long_ago_it_stopped(heartbeat: Path) -> None:
    connecting(heartbeat, now=NOW)
    beat(heartbeat, now=NOW + 10)
    stopped(heartbeat, now=NOW + 100)

    assert check(heartbeat, max_age=90, now=NOW + 130) == (False, "unhealthy: the bot stopped 30s ago")


def test_a_stop_mark_is_replaced_by_the_next_run(heartbeat: Path) -> None:
    stopped(heartbeat, now=NOW)
    connecting(heartbeat, now=NOW + 60)

    assert "not connected yet" in check(heartbeat, max_age=90, now=NOW + 61)[1]
    beat(heartbeat, now=NOW + 62)
    assert check(heartbeat, max_age=90, now=NOW + 63) == (True, "healthy: last heartbeat 1s ago")


def test_health_command_exits_1_and_says_the_bot_stopped_after_a_stop(
    health_env: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stopped(health_env, now=time.time() - 45)

    assert main(["health"]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("unhealthy: the bot stopped ")
    assert out.endswith("s ago\n")
    assert err == ""


def test_a_bot_trying_to_connect_renews_its_mark_and_keeps_its_start(heartbeat: Path) -> None:
    connecting(heartbeat, now=NOW)

    assert still_connecting(heartbeat, now=NOW + 200)
    assert check(heartbeat, max_age=90, now=NOW + 230) == (
        False,
        "unhealthy: not connected yet (started 230s ago, still trying)",
    )


def test_a_bot_silent_while_connecting_reads_as_dead_not_as_still_trying(heartbeat: Path) -> None:
    connecting(heartbeat, now=NOW)
    still_connecting(heartbeat, now=NOW + 60)  # then killed: nothing more is written

    assert check(heartbeat, max_age=90, now=NOW + 160) == (
        False,
        "unhealthy: not connected, and silent for 100s (limit 90s): "
        "the bot started 160s ago and seems to have died before connecting",
    )


def test_renewing_the_connecting_mark_never_overwrites_a_beat(heartbeat: Path) -> None:
    connecting(heartbeat, now=NOW)
    beat(heartbeat, now=NOW + 5)

    assert not still_connecting(heartbeat, now=NOW + 10)
    assert check(heartbeat, max_age=90, now=NOW + 10) == (True, "healthy: last heartbeat 5s ago")
    assert not still_connecting(heartbeat.with_name("missing"), now=NOW + 10)
    assert not heartbeat.with_name("missing").exists()


def test_a_connecting_mark_from_an_older_version_still_reads(heartbeat: Path) -> None:
    heartbeat.parent.mkdir(parents=True)
    heartbeat.write_text(f"connecting {NOW:.3f}\n", encoding="ascii")

    assert (
        check(heartbeat, max_age=90, now=NOW + 12)[1]
        == "unhealthy: not connected yet (started 12s ago, still trying)"
    )
    assert "seems to have died" in check(heartbeat, max_age=90, now=NOW + 100)[1]
