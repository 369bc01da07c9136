"""Fixtures every test directory can use; nothing here imports discord."""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fake_discord import FakeDiscord


@pytest.fixture
def unused_port() -> int:
    """A local port nothing listens on: connecting to it is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def heartbeat_file(tmp_path: Path) -> Path:
    """Where a bot a test runs keeps its heartbeat: inside tmp_path, never the real default in /tmp."""
    return tmp_path / "heartbeat"


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A fresh local Discord on a free port; fails the test on an unknown route or an unexpected 4xx.

    Call ``fake_discord.expect_errors(400)`` in a test that provokes errors on purpose.
    """
    async with FakeDiscord() as fake:
        yield fake
    fake.assert_clean()


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    """A fresh, empty database on the PostgreSQL server that ``.ci/run`` starts (TEST_POSTGRES_URL).

    Skipped only where that variable is absent, which ``.ci/run`` never allows.
    """
    server = os.environ.get("TEST_POSTGRES_URL")
    if not server:
        pytest.skip("TEST_POSTGRES_URL is not set (.ci/run starts a PostgreSQL server and sets it)")
    import asyncpg

    name = f"test_{secrets.token_hex(6)}"
    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    yield server.rsplit("/", 1)[0] + f"/{name}"
    admin = await asyncpg.connect(server)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A real SQLite file, then a fresh database on the real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))
