"""Hostile user text through every reply path that echoes it: nothing the bot sends is a link or a pill.

The payloads are the ones that got a phishing link into a public reply (issue 11); the check is the
markdown model in ``tests/discord_markdown.py``, applied to everything a reader sees in each reply.
"""

from __future__ import annotations

import pytest

from tests.core.test_escape import LINKS
from tests.discord_markdown import live_links


def assert_inert(reply, payload, *, own_link=""):
    """No live link in the reply but ``own_link``, one the bot made itself (which must be there)."""
    assert reply.messages, f"no reply to {payload!r}"
    for message in reply.messages:
        assert own_link in message.text
        assert live_links(message.text.replace(own_link, "", 1)) == [], message.text
    assert reply.pings == frozenset()


@pytest.fixture
async def fake(start_bot, fake_discord):
    await start_bot(COOLDOWN_QUESTIONS="1000")
    return fake_discord


async def test_ask(fake):
    for payload in LINKS:
        assert_inert(await fake.slash("ask", question=payload), payload)


async def test_mention(fake):
    for payload in LINKS:
        assert_inert(await fake.say(payload, mention_bot=True), payload)


async def test_direct_message(fake):
    for payload in LINKS:
        assert_inert(await fake.dm(payload), payload)


async def test_message_menu(fake):
    for payload in LINKS:
        message = await fake.mod.post(payload)
        link = f"https://discord.com/channels/{fake.guild.id}/{fake.general.id}/{message.id}"
        assert_inert(await fake.context_menu("Ask the interview", message), payload, own_link=link)


async def test_quote_about(fake):
    for payload in LINKS:
        assert_inert(await fake.slash("quote", about=payload), payload)
