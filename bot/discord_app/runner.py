"""Start the bot: point discord.py at its endpoints, log in, serve until stopped, close cleanly."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import signal
import sys
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

import aiohttp
import discord
import discord.http
import discord.webhook.async_
import yarl
from discord.gateway import DiscordWebSocket

from bot.core.engine import Engine
from bot.core.loader import KnowledgeError
from bot.discord_app.client import PROBE_TIMEOUT, InterviewBot, beat_interval, build_engine, create_bot
from bot.discord_app.logs import redact_handlers
from bot.discord_app.store import BotStore
from bot.health import connecting, still_connecting, stopped
from bot.logs import setup_logging
from bot.settings import Settings, SettingsError, from_knowledge_dir, load_settings
from bot.storage.database import DatabaseError

log = logging.getLogger(__name__)
_Marked = TypeVar("_Marked")

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_DATABASE = 2
CLOSE_TIMEOUT = 10.0
BACKOFF_FIRST, BACKOFF_CAP = 1.0, 60.0
# What an outage looks like from here: refused or reset connections, timeouts, 5xx answers.
UNREACHABLE = (OSError, aiohttp.ClientError, TimeoutError, discord.DiscordServerError)
AUTHENTICATION_FAILED = 4004
TOKEN_REJECTED = (
    "Discord rejected DISCORD_TOKEN: copy the bot token again from the Developer Portal (Bot → Reset Token)"
)
NO_TOKEN = (
    "DISCORD_TOKEN is not set: put the bot token in the environment or in .env (see .env.example). "
    'Without a token, `interview-bot ask "…"` answers offline.'
)


def run() -> int:
    """``interview-bot run``: settings, logging, then the bot until SIGINT or SIGTERM."""
    try:
        settings = load_settings()
    except SettingsError as error:
        sys.stderr.write("".join(f"{line}\n" for line in error.lines))
        return EXIT_USAGE
    if settings.token is None:
        sys.stderr.write(NO_TOKEN + "\n")
        return EXIT_USAGE
    setup_logging(settings.log_level, settings.log_format)
    redact_handlers()
    try:
        return asyncio.run(run_bot(settings))
    except KeyboardInterrupt:  # Ctrl+C before the signal handlers were installed
        return EXIT_INTERRUPTED


async def run_bot(
    settings: Settings, *, stop: asyncio.Event | None = None, ready: asyncio.Event | None = None
) -> int:
    """Serve until ``stop`` is set or a signal arrives; 0 on a clean stop, 1 when the bot cannot run.

    However the run ends, the heartbeat file then says the bot stopped: ``health`` must not keep reporting
    a bot that is gone as one still trying to connect.
    """
    stop = asyncio.Event() if stop is None else stop
    endpoints = discord_endpoints(str(settings.discord_api_base_url), settings.discord_gateway_url)
    try:
        with stop_on_signals(stop), endpoints:
            try:
                store = await BotStore.open(settings)
            except DatabaseError as error:
                log.error("database: %s", error)
                return EXIT_DATABASE
            try:
                return await _run_with_store(settings, store, stop, ready)
            finally:
                await store.close()
    finally:
        _mark_heartbeat(stopped, settings)


async def _run_with_store(
    settings: Settings, store: BotStore, stop: asyncio.Event, ready: asyncio.Event | None
) -> int:
    """Build the engine with the stored lessons, then log in and serve."""
    try:
        engine = await asyncio.to_thread(build_engine, settings, store.lessons)
    except KnowledgeError as error:
        for line in from_knowledge_dir(error.problems, settings.knowledge_dir):
            log.error("knowledge: %s", line)
        return EXIT_FAILED
    if stop.is_set():
        return EXIT_OK
    # A text-only bot: discord.py's warnings about missing voice libraries would only confuse.
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    _mark_heartbeat(connecting, settings)
    renewing = asyncio.create_task(_renew_connecting(settings), name="interview-bot-connecting")
    try:
        return await _log_in_and_serve(settings, engine, store, stop, ready)
    finally:
        renewing.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await renewing


async def _renew_connecting(settings: Settings) -> None:
    """Renew the "connecting" mark until the bot's first beat replaces it, so a silent one reads as dead."""
    while True:
        await asyncio.sleep(beat_interval(settings.heartbeat_max_age))
        if not _mark_heartbeat(still_connecting, settings):
            return


async def _log_in_and_serve(
    settings: Settings, engine: Engine, store: BotStore, stop: asyncio.Event, ready: asyncio.Event | None
) -> int:
    """Wait for Discord's API, log in, wait for its gateway, then serve; an outage is waited out."""
    api = str(settings.discord_api_base_url)
    if not await until_up(f"reach the API at {api}", lambda: probe_api(api), stop):
        return EXIT_OK  # stopped while waiting
    async with create_bot(settings, engine, ready=ready, store=store) as bot:
        try:
            await bot.login(settings.token or "")
        except discord.LoginFailure:
            log.error(TOKEN_REJECTED)
            return EXIT_FAILED
        except (discord.HTTPException, aiohttp.ClientError, OSError) as error:
            log.error("could not start on %s: %s", api, error)
            return EXIT_FAILED
        gateway = f"reach the gateway at {DiscordWebSocket.DEFAULT_GATEWAY}"
        if not await until_up(gateway, bot.probe_gateway, stop):
            return EXIT_OK
        return await _serve(bot, stop)


async def probe_api(api_base: str) -> None:
    """``GET /gateway``, which needs no token; raises when the API is unreachable or answers 5xx.

    A probe rather than retrying ``login``: each login makes discord.py open a new HTTP session.
    """
    url = f"{api_base.rstrip('/')}/gateway"
    async with (
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=PROBE_TIMEOUT)) as session,
        session.get(url) as response,
    ):
        if response.status >= 500:
            response.raise_for_status()


async def until_up(what: str, attempt: Callable[[], Awaitable[object]], stop: asyncio.Event) -> bool:
    """Run ``attempt`` until it succeeds, with capped backoff and a log line per failure; False if stopped.

    discord.py retries outages only once it has connected; before that it gives up (issue 11), so a bot
    started during an outage would die rather than wait for Discord to come back.
    """
    for number in itertools.count(1):
        try:
            await attempt()
            return True
        except UNREACHABLE as error:
            delay = min(BACKOFF_CAP, BACKOFF_FIRST * 2 ** (number - 1))
            reason = str(error) or type(error).__name__
            log.warning("could not %s (attempt %d): %s; retrying in %.0fs", what, number, reason, delay)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), delay)
            return False
    raise AssertionError("unreachable")


def _mark_heartbeat(mark: Callable[[Path], _Marked], settings: Settings) -> _Marked | None:
    """Write a start, renewal or stop mark; an unwritable file is logged (None): it must not stop the bot."""
    try:
        return mark(settings.heartbeat_file)
    except OSError as error:
        log.warning("could not write HEARTBEAT_FILE %s: %s", settings.heartbeat_file, error)
        return None


async def _serve(bot: InterviewBot, stop: asyncio.Event) -> int:
    connection = asyncio.create_task(bot.connect(), name="interview-bot-gateway")
    stopping = asyncio.create_task(stop.wait(), name="interview-bot-stop")
    try:
        await asyncio.wait({connection, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
        await bot.close()
        try:
            await asyncio.wait_for(connection, CLOSE_TIMEOUT)
        except (TimeoutError, asyncio.CancelledError):
            connection.cancel()
        except Exception:  # reported below from the finished task
            pass
    error = None if connection.cancelled() else connection.exception()
    if error is None:
        log.info("stopped")
        return EXIT_OK
    if isinstance(error, discord.ConnectionClosed) and error.code == AUTHENTICATION_FAILED:
        log.error(TOKEN_REJECTED)
    else:
        log.error("the gateway connection failed: %s", error, exc_info=error)
    return EXIT_FAILED


@contextlib.contextmanager
def discord_endpoints(api_base: str, gateway: str) -> Iterator[None]:
    """Point discord.py at these URLs: the real Discord by default, a fake one in tests.

    discord.py reads three class attributes: REST routes, the webhook routes interaction follow-ups use,
    and the gateway it connects to whenever it does not ask ``GET /gateway/bot`` (we never make it ask).
    They are restored on exit so one process can run the bot more than once.
    """
    webhook_route = getattr(discord.webhook.async_, "Route", discord.http.Route)  # the same class in 2.7
    saved = (discord.http.Route.BASE, webhook_route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    base = api_base.rstrip("/")
    discord.http.Route.BASE = base
    webhook_route.BASE = base
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)
    try:
        yield
    finally:
        discord.http.Route.BASE, webhook_route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved


@contextlib.contextmanager
def stop_on_signals(stop: asyncio.Event) -> Iterator[None]:
    """Turn SIGINT (Ctrl+C) and SIGTERM (``docker stop``) into a clean stop, where the loop allows it."""
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, _request_stop, stop, signum)
        except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not the main thread
            continue
        installed.append(signum)
    try:
        yield
    finally:
        for signum in installed:
            loop.remove_signal_handler(signum)


def _request_stop(stop: asyncio.Event, signum: signal.Signals) -> None:
    log.info("received %s, stopping", signum.name)
    stop.set()
