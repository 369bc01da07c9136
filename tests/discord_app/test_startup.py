"""The bot starts the way a user starts it, from environment variables, and stops cleanly.

Everything runs the real ``run_bot`` (what ``interview-bot run`` runs) against the fake Discord; the
token tests run the real command in a subprocess and read what a user would see on the terminal.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.health import check
from bot.settings import Settings
from tests.discord_app.conftest import RunningBot
from tests.fake_discord import FakeDiscord

StartBot = Callable[..., Awaitable[RunningBot]]
QUESTION = "how big are the bioreactors?"
COMMAND_TIMEOUT = 30.0


def declared_commands(bot: Any, guild_id: int) -> list[dict[str, Any]]:
    """What the code declares for a guild, in the shape ``tree.sync`` sends it."""
    commands = bot.tree.get_commands(guild=discord.Object(guild_id))
    return sorted((c.to_dict(bot.tree) for c in commands), key=lambda c: (c.get("type", 1), c["name"]))


async def test_the_bot_logs_in_from_the_environment_and_registers_what_it_declares(
    start_bot: StartBot, fake_discord: FakeDiscord
) -> None:
    running = await start_bot()
    assert running.settings.discord_api_base_url is not None
    [identify] = fake_discord.gateway.identifies
    assert identify["token"] == fake_discord.token
    assert identify["intents"] == running.bot.intents.value
    [put] = fake_discord.requests_to("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")
    assert put.path.endswith(f"/guilds/{fake_discord.guild.id}/commands")
    sent = sorted(put.json, key=lambda c: (c.get("type", 1), c["name"]))
    assert sent == declared_commands(running.bot, fake_discord.guild.id)
    assert not fake_discord.requests_to("PUT", "/applications/{application_id}/commands"), (
        "no global sync with DISCORD_GUILD_IDS"
    )
    assert running.settings.heartbeat_file.exists()


async def test_stopping_ends_the_run_with_exit_0_and_closes_the_gateway(
    start_bot: StartBot, fake_discord: FakeDiscord
) -> None:
    running = await start_bot()
    assert await running.stop() == 0
    await fake_discord.wait_until(
        lambda: fake_discord.session().connection is None, what="the gateway to close"
    )


async def test_a_run_ended_by_its_stop_event_leaves_a_stopped_mark_that_health_reports(
    start_bot: StartBot,
) -> None:
    running = await start_bot()
    assert await running.stop() == 0
    heartbeat = running.settings.heartbeat_file
    assert heartbeat.read_text(encoding="ascii").split()[0] == "stopped"
    healthy, reason = check(heartbeat, running.settings.heartbeat_max_age)
    assert not healthy and reason.startswith("unhealthy: the bot stopped ")


async def test_a_run_that_fails_leaves_a_stopped_mark_too(
    start_bot: StartBot, fake_discord: FakeDiscord
) -> None:
    fake_discord.gateway_token = "rotated-since-login"
    running = await start_bot(wait_ready=False)
    running.expected_exit = 1
    assert await asyncio.wait_for(running.task, COMMAND_TIMEOUT) == 1
    reason = check(running.settings.heartbeat_file, running.settings.heartbeat_max_age)[1]
    assert reason.startswith("unhealthy: the bot stopped ")


@pytest.mark.parametrize("how", ["reconnect", "close"])
async def test_a_dropped_gateway_is_resumed_and_the_bot_keeps_answering(
    running_bot: FakeDiscord, how: str
) -> None:
    await running_bot.force_reconnect(how=how, code=4000)
    assert len(running_bot.gateway.identifies) == 1, "RESUMEd, not IDENTIFYed again"
    assert len(running_bot.gateway.resumes) == 1
    reply = await running_bot.slash("ask", question=QUESTION)
    assert reply.kind == "message" and reply.embeds


async def test_a_question_asked_during_a_reconnect_is_still_answered(running_bot: FakeDiscord) -> None:
    session = running_bot.session()
    assert session.connection is not None
    await session.connection.close(4000)
    reply = await running_bot.say(QUESTION, mention_bot=True)
    assert reply.embeds
    assert session.resumes == 1


async def test_sharded_bots_identify_each_shard_and_answer_in_every_guild(
    start_bot: StartBot, fake_discord: FakeDiscord
) -> None:
    second = fake_discord.add_guild("Second Fans", guild_id=fake_discord.ids.for_shard(1, 2))
    first_shard = (fake_discord.guild.id >> 22) % 2
    carol = fake_discord.add_user("carol", guild=second)
    await start_bot(SHARD_COUNT="2", DISCORD_GUILD_IDS=f"{fake_discord.guild.id},{second.id}")
    assert sorted(tuple(identify["shard"]) for identify in fake_discord.gateway.identifies) == [
        (0, 2),
        (1, 2),
    ]
    assert fake_discord.commands(second), "commands were synced to the second guild too"
    assert (await carol.slash("ask", question=QUESTION, channel=second.channel("general"))).embeds
    assert (await fake_discord.slash("ask", question=QUESTION)).embeds
    assert {fake_discord.session(first_shard).shard_id, fake_discord.session(1).shard_id} == {first_shard, 1}


async def test_a_token_discord_rejects_ends_the_run_with_exit_1(
    start_bot: StartBot, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    fake_discord.expect_errors(401)
    running = await start_bot(wait_ready=False, DISCORD_TOKEN="not-the-token")
    running.expected_exit = 1
    assert await asyncio.wait_for(running.task, COMMAND_TIMEOUT) == 1
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "DISCORD_TOKEN" in errors[0].getMessage()
    assert errors[0].exc_info is None, "a rejected token is not a crash: no traceback"
    assert not fake_discord.gateway.identifies


async def test_a_token_the_gateway_rejects_ends_the_run_with_exit_1(
    start_bot: StartBot, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    fake_discord.gateway_token = "rotated-since-login"
    running = await start_bot(wait_ready=False)
    running.expected_exit = 1
    assert await asyncio.wait_for(running.task, COMMAND_TIMEOUT) == 1
    assert fake_discord.gateway.close_codes == [4004]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "DISCORD_TOKEN" in errors[0].getMessage()


def command_environment(fake: FakeDiscord, heartbeat_file: Path, **extra: str) -> dict[str, str]:
    """The parent's environment without any bot setting, plus the fake's endpoints, a heartbeat file
    inside the test's folder, and ``extra``."""
    settings = {name.upper() for name in Settings.model_fields}
    env = {name: value for name, value in os.environ.items() if name.upper() not in settings}
    env.update(fake.env(HEARTBEAT_FILE=str(heartbeat_file), **extra))
    return env


async def run_command(env: dict[str, str], cwd: Path) -> tuple[int, list[str]]:
    """``python -m bot run`` as a user would type it; returns the exit code and stderr's lines."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, stderr = await asyncio.wait_for(process.communicate(), COMMAND_TIMEOUT)
    assert process.returncode is not None
    return process.returncode, stderr.decode().splitlines()


async def test_interview_bot_run_with_a_wrong_token_prints_one_clear_error_and_no_traceback(
    fake_discord: FakeDiscord, tmp_path: Path, heartbeat_file: Path
) -> None:
    fake_discord.expect_errors(401)
    code, lines = await run_command(
        command_environment(fake_discord, heartbeat_file, DISCORD_TOKEN="wrong", LOG_LEVEL="ERROR"), tmp_path
    )
    assert code == 1
    assert len(lines) == 1, lines
    assert "DISCORD_TOKEN" in lines[0] and "Traceback" not in lines[0]
    assert [r.route for r in fake_discord.requests] == ["GET /gateway", "GET /users/@me"]
    assert heartbeat_file.read_text(encoding="ascii").startswith("stopped ")


async def test_interview_bot_run_without_a_token_says_so_in_one_line(
    fake_discord: FakeDiscord, tmp_path: Path, heartbeat_file: Path
) -> None:
    env = command_environment(fake_discord, heartbeat_file)
    del env["DISCORD_TOKEN"]
    code, lines = await run_command(env, tmp_path)
    assert code == 2
    assert len(lines) == 1 and "DISCORD_TOKEN" in lines[0], lines
    assert not fake_discord.requests


async def test_interview_bot_run_with_a_line_break_in_the_token_prints_one_line_and_no_traceback(
    fake_discord: FakeDiscord, tmp_path: Path, heartbeat_file: Path
) -> None:
    env = command_environment(
        fake_discord, heartbeat_file, DISCORD_TOKEN=f"{fake_discord.token}\nsecond-line"
    )
    code, lines = await run_command(env, tmp_path)
    assert code == 2
    assert len(lines) == 1 and lines[0].startswith("DISCORD_TOKEN is invalid"), lines
    assert fake_discord.token not in lines[0]
    assert not fake_discord.requests


async def test_the_rest_connection_pool_is_bounded_by_the_setting(start_bot: StartBot) -> None:
    running = await start_bot(HTTP_POOL_LIMIT="7")
    assert running.bot.http.connector.limit == 7


@pytest.fixture
def quick_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.discord_app import runner

    monkeypatch.setattr(runner, "BACKOFF_FIRST", 0.05)
    monkeypatch.setattr(runner, "BACKOFF_CAP", 0.2)


def retry_lines(caplog: pytest.LogCaptureFixture, what: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith(f"could not {what}")]


async def test_a_gateway_answering_503_at_start_up_is_retried_until_it_comes_back(
    start_bot: StartBot, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture, quick_backoff: None
) -> None:
    fake_discord.gateway.unavailable = 3
    running = await start_bot()
    assert len(fake_discord.gateway.refused) == 3
    lines = retry_lines(caplog, "reach the gateway")
    assert [line.split("(attempt ")[1][0] for line in lines] == ["1", "2", "3"]
    assert all("503" in line for line in lines)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert len(fake_discord.gateway.identifies) == 1
    assert (await fake_discord.slash("ask", question=QUESTION)).embeds
    assert running.settings.heartbeat_file.read_text().split()[0] != "connecting"


async def test_a_refused_gateway_keeps_the_bot_trying_not_connected_yet_until_stopped(
    start_bot: StartBot,
    fake_discord: FakeDiscord,
    caplog: pytest.LogCaptureFixture,
    quick_backoff: None,
    unused_port: int,
) -> None:
    running = await start_bot(
        wait_ready=False, DISCORD_GATEWAY_URL=f"ws://127.0.0.1:{unused_port}/", HEARTBEAT_MAX_AGE="3"
    )
    heartbeat = running.settings.heartbeat_file
    await fake_discord.wait_until(lambda: len(retry_lines(caplog, "reach the gateway")) >= 3, what="retries")
    first = heartbeat.read_text().split()
    # Renewed while it tries, from the same start: a bot killed now would fall silent, not "still trying".
    await fake_discord.wait_until(
        lambda: heartbeat.read_text().split()[2:] > first[2:], what="a renewed mark"
    )
    renewed = heartbeat.read_text().split()
    assert renewed[:2] == first[:2] == ["connecting", first[1]]
    healthy, reason = check(heartbeat, running.settings.heartbeat_max_age)
    assert not healthy and "not connected yet" in reason
    assert not running.task.done()
    assert await running.stop() == 0
    assert "the bot stopped" in check(running.settings.heartbeat_file, running.settings.heartbeat_max_age)[1]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


async def test_an_unreachable_rest_api_at_start_up_is_retried_too(
    start_bot: StartBot,
    fake_discord: FakeDiscord,
    caplog: pytest.LogCaptureFixture,
    quick_backoff: None,
    unused_port: int,
) -> None:
    running = await start_bot(
        wait_ready=False, DISCORD_API_BASE_URL=f"http://127.0.0.1:{unused_port}/api/v10"
    )
    await fake_discord.wait_until(lambda: len(retry_lines(caplog, "reach the API")) >= 2, what="retries")
    assert await running.stop() == 0
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]


async def test_an_api_answering_503_at_start_up_is_retried_until_it_comes_back(
    start_bot: StartBot, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture, quick_backoff: None
) -> None:
    fake_discord.rest_unavailable = 2
    await start_bot()
    lines = retry_lines(caplog, "reach the API")
    assert len(lines) == 2 and all("503" in line for line in lines)
    assert [r.status for r in fake_discord.requests[:3]] == [503, 503, 200]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert (await fake_discord.slash("ask", question=QUESTION)).embeds


async def test_a_gateway_rejecting_the_token_after_an_outage_still_exits_1(
    start_bot: StartBot, fake_discord: FakeDiscord, quick_backoff: None
) -> None:
    fake_discord.gateway.unavailable = 2
    fake_discord.gateway_token = "rotated-since-login"
    running = await start_bot(wait_ready=False)
    running.expected_exit = 1
    assert await asyncio.wait_for(running.task, COMMAND_TIMEOUT) == 1
    assert fake_discord.gateway.close_codes == [4004]


def invite(fake: FakeDiscord) -> str:
    """The README's invite URL, with the fake's application id."""
    return (
        f"https://discord.com/oauth2/authorize?client_id={fake.application_id}"
        "&scope=bot+applications.commands&permissions=84992"
    )


async def test_a_bot_in_no_server_logs_the_url_that_invites_it(
    start_bot: StartBot, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    fake_discord.guilds.clear()
    caplog.set_level(logging.INFO)
    await start_bot(DISCORD_GUILD_IDS="")
    [warning] = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert warning.getMessage() == f"the bot is in no server yet: invite it with {invite(fake_discord)}"


async def test_syncing_to_a_server_the_bot_is_not_in_says_how_to_invite_it(
    start_bot: StartBot, fake_discord: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    fake_discord.expect_errors(403)
    caplog.set_level(logging.INFO)
    await start_bot(DISCORD_GUILD_IDS=f"{fake_discord.guild.id},123456789012345678")
    [error] = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert error.getMessage().startswith("could not sync commands to guild 123456789012345678: ")
    assert error.getMessage().endswith(f"(is the bot in it? invite it with {invite(fake_discord)})")
