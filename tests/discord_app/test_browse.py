"""/topics (paged when long), /quote and /about."""

from __future__ import annotations

import pytest

from bot.discord_app import views
from tests.discord_app.samples import knowledge_dir


@pytest.fixture
def many_topics(tmp_path):
    """The interview four times over: 40 questions, three pages."""
    return knowledge_dir(tmp_path, copies=3)


async def test_topics_lists_every_question_of_the_interview(running_bot):
    reply = await running_bot.slash("topics")
    assert reply.embed["title"] == "What you can ask"
    assert reply.embed["description"].startswith(
        "**Jun Liu - CEO & Executive Board Director, BioDlink** — 9 December 2024"
    )
    assert reply.embed["description"].count("• ") == 10
    assert not reply.buttons


async def test_long_topics_are_paged_with_buttons(start_bot, fake_discord, many_topics):
    await start_bot(KNOWLEDGE_DIR=str(many_topics))
    reply = await fake_discord.slash("topics")
    assert reply.embed["title"] == "What you can ask (page 1 of 3)"
    assert [button["label"] for button in reply.buttons] == ["◀ Previous", "1 / 3", "Next ▶"]
    assert reply.component("◀ Previous")["disabled"]

    await fake_discord.click(reply, "Next ▶")
    assert reply.embed["title"] == "What you can ask (page 2 of 3)"  # the message was edited in place
    assert reply.component("2 / 3")
    await fake_discord.click(reply, "Next ▶")
    assert reply.component("Next ▶")["disabled"]
    await fake_discord.click(reply, "◀ Previous")
    assert reply.embed["title"] == "What you can ask (page 2 of 3)"


async def test_only_the_person_who_asked_can_turn_the_pages(start_bot, fake_discord, many_topics):
    await start_bot(KNOWLEDGE_DIR=str(many_topics))
    reply = await fake_discord.slash("topics")
    refusal = await fake_discord.mod.click(reply, "Next ▶")
    assert refusal.ephemeral and "/topics" in refusal.content
    assert reply.embed["title"] == "What you can ask (page 1 of 3)"


async def test_the_pager_removes_its_buttons_when_it_times_out(
    start_bot, fake_discord, many_topics, monkeypatch
):
    monkeypatch.setattr(views, "PAGER_TIMEOUT", 0.3)
    await start_bot(KNOWLEDGE_DIR=str(many_topics))
    reply = await fake_discord.slash("topics")
    await fake_discord.wait_until(lambda: not reply.buttons, timeout=3, what="the pager buttons to go")
    assert reply.embed["title"] == "What you can ask (page 1 of 3)"


async def test_quote_about_a_subject_names_who_said_it_and_when(running_bot):
    reply = await running_bot.slash("quote", about="bioreactors")
    assert reply.embed["description"].startswith("> “")
    assert (
        "— Jun Liu, CEO & Executive Board Director, BioDlink · 9 December 2024" in reply.embed["description"]
    )
    assert reply.embed["fields"][0]["name"] == "From the answer to"
    assert [button["label"] for button in reply.buttons] == ["Full answer"]


async def test_quote_without_a_subject_picks_any_quote(running_bot):
    reply = await running_bot.slash("quote")
    assert reply.embed["description"].startswith("> “")


async def test_quote_about_nothing_in_the_interview_says_so_privately(running_bot):
    reply = await running_bot.slash("quote", about="qwxz plokij **x** @everyone")
    assert reply.ephemeral
    assert "I found no quote about “qwxz plokij \\*\\*x\\*\\* @\u200beveryone”" in reply.content


async def test_about_says_what_the_bot_knows_and_how_to_ask(running_bot):
    reply = await running_bot.slash("about")
    fields = {field["name"]: field["value"] for field in reply.embed["fields"]}
    interview = fields["Jun Liu - CEO & Executive Board Director, BioDlink"]
    assert interview.endswith("Published 9 December 2024 · 10 questions")
    assert reply.embed["footer"]["text"] == "1 interview · 10 questions", "one interview, in the singular"
    assert "/ask" in fields["How to ask"]
