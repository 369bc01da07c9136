"""The bot against the fake Discord over HTTPS and WSS, as it meets the real one (and as the load benchmark
runs it): it logs in, connects, answers, and keeps its connection pool bounded."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp.connector
import pytest

from tests.fake_discord import FakeDiscord
from tests.fake_discord.tls import make_certificate, openssl_available, server_context

pytestmark = pytest.mark.skipif(not openssl_available(), reason="needs the openssl command")


@pytest.fixture
async def fake_discord(tmp_path) -> AsyncIterator[FakeDiscord]:
    cert, key = make_certificate(tmp_path)
    # aiohttp made its verifying context at import, before SSL_CERT_FILE could name this certificate
    # (the benchmark's bot, a fresh process, reads SSL_CERT_FILE); trusting it too harms no other test.
    aiohttp.connector._SSL_CONTEXT_VERIFIED.load_verify_locations(cert)
    async with FakeDiscord(ssl_context=server_context(cert, key)) as fake:
        yield fake
    fake.assert_clean()


async def test_the_bot_answers_over_tls_within_a_bounded_pool(start_bot, fake_discord):
    assert fake_discord.api_base_url.startswith("https://")
    assert fake_discord.gateway_url.startswith("wss://")
    running = await start_bot(HTTP_POOL_LIMIT="2", COOLDOWN_QUESTIONS="100")
    replies = [await fake_discord.slash("ask", question="how big are the bioreactors?") for _ in range(3)]
    assert all(reply.embeds for reply in replies)
    record = replies[0].interaction
    assert record is not None and record.acknowledged_at is not None
    assert 0 <= record.acknowledged_at - record.created < 3
    assert running.bot.http.connector.limit == 2
