"""Logs at DEBUG, over real interactions: no interaction token and no raw user id at any level."""

from __future__ import annotations

import logging

import pytest

from bot.discord_app.logs import REDACTED, redact, redact_handlers
from bot.discord_app.questions import hash_user

QUESTION = "how big are the bioreactors?"


async def test_debug_logs_of_a_real_interaction_hold_no_token_and_no_user_id(
    start_bot, fake_discord, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.DEBUG)
    redact_handlers()  # what `interview-bot run` does once logging is set up
    await start_bot()
    reply = await fake_discord.slash("ask", question=QUESTION)
    await fake_discord.click(reply, "Full answer")
    await fake_discord.say(QUESTION, mention_bot=True)
    await fake_discord.settle()

    logged = caplog.text
    assert "INTERACTION_CREATE" in logged and "/callback" in logged, "discord.py's DEBUG lines were captured"
    assert len(fake_discord.interactions) == 2
    for interaction in fake_discord.interactions.values():
        assert interaction.token not in logged
    assert fake_discord.token not in logged
    alice = fake_discord.alice.user.id
    assert str(alice) not in logged
    assert "#" + hash_user(alice) in logged, "ids are pseudonymised, not dropped"
    assert all(str(alice) not in record.getMessage() for record in caplog.records)


def test_tokens_in_urls_and_payloads_are_redacted():
    url = "POST https://discord.com/api/v10/interactions/123456789012345678/aW50ZXJh-Y3_Rpb246/callback"
    assert redact(url) == (
        f"POST https://discord.com/api/v10/interactions/123456789012345678/{REDACTED}/callback".replace(
            "123456789012345678", "#" + hash_user(123456789012345678)
        )
    )
    assert redact("PATCH /webhooks/42/abc.def/messages/@original", pseudonymise=False) == (
        f"PATCH /webhooks/42/{REDACTED}/messages/@original"
    )
    assert redact("""{'token': 'sekrit', "token": "other"}""") == (
        f"""{{'token': '{REDACTED}', "token": "{REDACTED}"}}"""
    )


def test_a_traceback_is_redacted_too(caplog: pytest.LogCaptureFixture):
    caplog.set_level(logging.DEBUG)
    redact_handlers()
    try:
        raise RuntimeError("failed: POST /interactions/1/secret-token/callback")
    except RuntimeError:
        logging.getLogger("discord.http").exception("request failed")
    assert "secret-token" not in caplog.text and REDACTED in caplog.text
