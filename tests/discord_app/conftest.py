"""Fixtures that run the real bot, the way ``interview-bot run`` runs it, against the fake Discord."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import discord
import discord.gateway
import discord.http
import discord.state
import pytest

from bot.settings import Settings, load_settings
from tests.bundled import BUNDLED_INTERVIEW
from tests.fake_discord import FakeDiscord

READY_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0


@pytest.fixture
def discord_globals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put back discord.py's class-level endpoints after the test, whatever the code under test set."""
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    )


@pytest.fixture
def fast_discord(monkeypatch: pytest.MonkeyPatch, discord_globals: None) -> None:
    """Skip discord.py's waits that only make sense against the real Discord.

    After the last GUILD_CREATE discord.py waits ``guild_ready_timeout`` (2 s) for more; the fake sends all
    guilds at once, so 0.05 s loses nothing. Before each non-initial IDENTIFY it sleeps 5 s to respect
    Discord's identify rate limit, which the fake does not have. A client that sets either keeps its own.
    """
    original_init = discord.state.ConnectionState.__init__

    def init(self: Any, *args: Any, **options: Any) -> None:
        options.setdefault("guild_ready_timeout", 0.05)
        original_init(self, *args, **options)

    async def no_identify_wait(self: discord.Client, shard_id: int | None, *, initial: bool = False) -> None:
        return None

    monkeypatch.setattr(discord.state.ConnectionState, "__init__", init)
    monkeypatch.setattr(discord.Client, "before_identify_hook", no_identify_wait)


def bot_environment(
    monkeypatch: pytest.MonkeyPatch, fake: FakeDiscord, tmp_path: Path, heartbeat_file: Path, **extra: str
) -> None:
    """Clear every setting the developer's shell may have, then point the bot at the fake."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    extra.setdefault("DATA_DIR", str(tmp_path / "data"))
    # The bundled interview alone, whatever an owner has added beside it in knowledge/.
    extra.setdefault("KNOWLEDGE_DIR", str(BUNDLED_INTERVIEW))
    env = fake.env(HEARTBEAT_FILE=str(heartbeat_file), **extra)
    for name, value in env.items():
        monkeypatch.setenv(name, value)


class RunningBot:
    """The bot task started through ``run_bot``; ``stop()`` ends it like SIGTERM and returns its exit code."""

    def __init__(
        self,
        fake: FakeDiscord,
        task: asyncio.Task[int],
        stop_event: asyncio.Event,
        settings: Settings,
        created: list[Any],
    ) -> None:
        self.fake = fake
        self.task = task
        self.stop_event = stop_event
        self.settings = settings
        self.expected_exit = 0
        self._created = created
        self._index = len(created)

    @property
    def bot(self) -> Any:
        """The ``InterviewBot`` that ``run_bot`` created, for looking at its tree or state."""
        if len(self._created) <= self._index:
            raise AssertionError("run_bot has not created the bot yet")
        return self._created[self._index]

    async def stop(self) -> int:
        self.fake.unwatch(self.task)
        self.stop_event.set()
        return await asyncio.wait_for(asyncio.shield(self.task), STOP_TIMEOUT)


@pytest.fixture
async def start_bot(
    fake_discord: FakeDiscord,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    heartbeat_file: Path,
    fast_discord: None,
) -> AsyncIterator[Callable[..., Awaitable[RunningBot]]]:
    """Start the real bot with extra environment variables (``await start_bot(EPHEMERAL_REPLIES="true")``).

    Every bot started is stopped at teardown and must exit with ``expected_exit`` (0 unless changed).
    """
    runner = pytest.importorskip(
        "bot.discord_app.runner", reason="bot/discord_app/runner.py is not written yet"
    )
    started: list[RunningBot] = []
    created: list[Any] = []
    create_bot = runner.create_bot

    def capture(*args: Any, **kwargs: Any) -> Any:
        bot = create_bot(*args, **kwargs)
        created.append(bot)
        return bot

    monkeypatch.setattr(runner, "create_bot", capture)

    async def start(*, wait_ready: bool = True, **extra: str) -> RunningBot:
        bot_environment(monkeypatch, fake_discord, tmp_path, heartbeat_file, **extra)
        settings = load_settings(_env_file=None)
        stop, ready = asyncio.Event(), asyncio.Event()
        task = asyncio.create_task(runner.run_bot(settings, stop=stop, ready=ready), name="interview-bot")
        fake_discord.watch(task)
        running = RunningBot(fake_discord, task, stop, settings, created)
        started.append(running)
        if wait_ready:
            await fake_discord.wait_until(ready.is_set, timeout=READY_TIMEOUT, what="the bot to be ready")
        return running

    yield start

    codes = []
    for running in started:
        if running.task.done():
            codes.append((running.task.result(), running.expected_exit))
            continue
        try:
            codes.append((await running.stop(), running.expected_exit))
        except TimeoutError:
            running.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await running.task
            pytest.fail(f"the bot did not stop within {STOP_TIMEOUT}s of being asked to")
    assert all(code == expected for code, expected in codes), f"the bot's (exit code, expected) were {codes}"


@pytest.fixture
async def running_bot(
    start_bot: Callable[..., Awaitable[RunningBot]], fake_discord: FakeDiscord
) -> FakeDiscord:
    """The real bot, started from environment variables and ready; the test talks to it through the fake."""
    await start_bot()
    return fake_discord
