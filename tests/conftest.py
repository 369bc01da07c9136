"""Fixtures every test directory can use; nothing here imports discord."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.fake_discord import FakeDiscord


@pytest.fixture
async def fake_discord() -> AsyncIterator[FakeDiscord]:
    """A fresh local Discord on a free port; fails the test on an unknown route or an unexpected 4xx.

    Call ``fake_discord.expect_errors(400)`` in a test that provokes errors on purpose.
    """
    async with FakeDiscord() as fake:
        yield fake
    fake.assert_clean()
