"""The runner's own duties: endpoints, signals, settings errors, the heartbeat and secrecy of the token."""

from __future__ import annotations

import asyncio
import logging
import signal

import discord.http
import pytest
from discord.gateway import DiscordWebSocket

from bot.discord_app import runner
from bot.settings import Settings
from tests.fake_discord.payloads import PRIVILEGED_INTENTS


@pytest.fixture
def clean_environment(monkeypatch, tmp_path):
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_discord_endpoints_point_every_connection_at_the_settings_and_are_put_back():
    before = (discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    with runner.discord_endpoints("http://127.0.0.1:9/api/v10/", "ws://127.0.0.1:9/gateway"):
        assert discord.http.Route.BASE == "http://127.0.0.1:9/api/v10"
        assert discord.http.Route("GET", "/users/@me").url == "http://127.0.0.1:9/api/v10/users/@me"
        assert str(DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:9/gateway"
    assert before == (discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)


async def test_sigterm_and_sigint_ask_for_a_clean_stop_and_the_handlers_are_removed_after():
    for signum in (signal.SIGTERM, signal.SIGINT):
        stop = asyncio.Event()
        with runner.stop_on_signals(stop):
            signal.raise_signal(signum)
            await asyncio.wait_for(stop.wait(), 2)
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_run_reports_bad_settings_one_line_each_and_exits_2(clean_environment, monkeypatch, capsys):
    monkeypatch.setenv("COOLDOWN_QUESTIONS", "0")
    monkeypatch.setenv("SHARD_IDS", "x")
    assert runner.run() == 2
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in lines] == ["invalid COOLDOWN_QUESTIONS", "invalid SHARD_IDS"]


def test_run_without_a_token_points_at_the_offline_command(clean_environment, capsys):
    assert runner.run() == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("DISCORD_TOKEN is not set") and 'interview-bot ask "…"' in line


async def test_the_heartbeat_is_written_while_connected(start_bot, fake_discord):
    running = await start_bot(HEARTBEAT_MAX_AGE="0.6")  # beats every 0.2 s
    heartbeat = running.settings.heartbeat_file
    first = float(heartbeat.read_text())
    await fake_discord.wait_until(
        lambda: float(heartbeat.read_text()) > first, timeout=2, what="a fresh heartbeat"
    )


async def test_the_heartbeat_stops_while_the_gateway_is_down(start_bot, fake_discord, monkeypatch):
    running = await start_bot(HEARTBEAT_MAX_AGE="0.6")
    heartbeat = running.settings.heartbeat_file
    monkeypatch.setattr(type(running.bot), "gateway_open", lambda self: False)
    await asyncio.sleep(0.25)  # a beat already under way may still land
    stamp = heartbeat.read_text()
    await asyncio.sleep(0.5)
    assert heartbeat.read_text() == stamp


async def test_the_token_never_reaches_the_logs(start_bot, fake_discord, caplog):
    caplog.set_level(logging.DEBUG)
    running = await start_bot(LOG_LEVEL="DEBUG")
    await fake_discord.slash("ask", question="how big are the bioreactors?")
    assert fake_discord.token not in caplog.text
    assert fake_discord.token not in repr(running.settings)


async def test_the_bot_asks_for_no_privileged_intent(running_bot):
    [identify] = running_bot.gateway.identifies
    assert identify["intents"] & PRIVILEGED_INTENTS == 0


async def test_invalid_knowledge_at_start_is_logged_line_by_line_and_exits_1(start_bot, tmp_path, caplog):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "one.yaml").write_text("", encoding="utf-8")
    running = await start_bot(wait_ready=False, KNOWLEDGE_DIR=str(broken))
    running.expected_exit = 1
    assert await asyncio.wait_for(running.task, 10) == 1
    assert f"knowledge: {broken / 'one.yaml'}:1: the file is empty" in caplog.text
