"""/ask, its autocomplete, its buttons and select, and the "Ask the interview" message menu.

Each test runs the real bot against the fake Discord, which rejects anything Discord would reject.
"""

from __future__ import annotations

import pytest

from bot.core.loader import load_knowledge
from bot.discord_app import render
from tests.bundled import BUNDLED_INTERVIEW
from tests.discord_app import samples
from tests.discord_app.samples import LONG_ID, ZALGO, knowledge_dir
from tests.discord_markdown import shown
from tests.fake_discord import CommandUnavailable

BIOREACTORS = "how big are the bioreactors?"
BROAD = "What are BioDlink's ADC capabilities?"
FIRST_QUESTION = "Who is Jun Liu, and what is this interview with the CEO of BioDlink about?"


def question_of(reference: str) -> str:
    entry = load_knowledge(BUNDLED_INTERVIEW).get(reference)
    assert entry is not None
    return entry.question


def option_values(reply) -> list[str]:
    return [option["value"] for option in reply.selects[0]["options"]]


async def test_ask_answers_in_the_channel_with_the_matched_question_excerpt_and_quote(running_bot):
    reply = await running_bot.slash("ask", question=BIOREACTORS)
    assert not reply.ephemeral
    assert reply.embed["title"].startswith("Is BioDlink equipped to manage large-scale production")
    assert (
        "**For instance, we have bioreactors with a combined capacity of 20,000 litres"
        in reply.embed["description"]
    )
    assert reply.embed["fields"][0]["value"].endswith(
        "— Jun Liu, CEO & Executive Board Director, BioDlink · 9 December 2024"
    )
    assert [button["label"] for button in reply.buttons] == ["Full answer", "Helpful", "Not helpful"]
    assert reply.selects == [], "only close runners-up are offered, and this question has none"


async def test_a_broad_question_offers_its_close_runners_up_as_other_matches(running_bot):
    reply = await running_bot.slash("ask", question=BROAD)
    assert reply.selects[0]["placeholder"] == "Other matches…"
    assert "biodlink-jun-liu-2024/capacity" in option_values(reply)


async def test_private_answers_only_the_asker(running_bot):
    reply = await running_bot.slash("ask", question=BIOREACTORS, private=True)
    assert reply.ephemeral


async def test_ephemeral_replies_setting_makes_answers_private_by_default(start_bot, fake_discord):
    await start_bot(EPHEMERAL_REPLIES="true")
    assert (await fake_discord.slash("ask", question=BIOREACTORS)).ephemeral
    assert not (await fake_discord.slash("ask", question=BIOREACTORS, private=False)).ephemeral


async def test_full_answer_is_sent_privately_to_whoever_clicks(running_bot):
    reply = await running_bot.slash("ask", question=BIOREACTORS)
    full = await running_bot.mod.click(reply, "Full answer")
    assert full.ephemeral
    assert full.embed["title"] == reply.embed["title"]
    assert (
        "ensuring that we are well-positioned to scale up as projects advance to commercial production."
        in full.text
    )


async def test_other_matches_answer_the_picked_question_privately(running_bot):
    reply = await running_bot.slash("ask", question=BROAD)
    picked = option_values(reply)[0]
    answer = await running_bot.select(reply, "Other matches…", [picked])
    assert answer.ephemeral
    assert answer.embed["title"] == render.fit(question_of(picked), render.TITLE_LIMIT)
    assert answer.buttons[0]["custom_id"] == f"ib:full:{picked}"


async def test_autocomplete_offers_the_first_questions_before_anything_is_typed(running_bot):
    choices = await running_bot.autocomplete("ask", "question", "")
    assert choices[0] == {"name": FIRST_QUESTION, "value": "biodlink-jun-liu-2024/about"}
    assert len(choices) == 10
    assert all(len(choice["name"]) <= 100 for choice in choices)


async def test_autocomplete_matches_what_is_typed_and_its_value_is_the_entry_key(running_bot):
    choices = await running_bot.autocomplete("ask", "question", "bioreact")
    assert choices[0]["value"] == "biodlink-jun-liu-2024/capacity"


async def test_picking_a_suggestion_answers_exactly_that_pair(running_bot):
    reply = await running_bot.slash("ask", question="financials")
    assert reply.embed["title"] == render.escape(question_of("financials"))
    assert "match" not in reply.embed["footer"]["text"]  # a pick has no score to show


async def test_an_unanswerable_question_gets_did_you_mean_buttons_that_answer_privately(running_bot):
    reply = await running_bot.slash("ask", question="what colour are the bioreactors painted?")
    assert reply.embed["title"] == render.NOT_IN_INTERVIEW
    assert "“what colour are the bioreactors painted?”" in shown(reply.embed["description"])
    assert 1 <= len(reply.buttons) <= 3
    suggestion = reply.buttons[0]
    answer = await running_bot.click(reply, suggestion["custom_id"])
    assert answer.ephemeral
    assert answer.embed["title"].startswith(suggestion["label"].rstrip("…"))


async def test_a_question_with_nothing_close_gets_the_topics(running_bot):
    reply = await running_bot.slash("ask", question="qwxz vbnm plokij")
    assert reply.embed["title"] == render.OFF_TOPIC
    assert "These are the questions I can answer" in reply.embed["description"]
    assert not reply.buttons


async def test_hostile_questions_are_answered_without_pings_or_formatting(running_bot):
    question = ("@everyone <@&1> **bold** __under__ " + ZALGO + " bioreactors? ") * 40
    reply = await running_bot.slash("ask", question=question[:2000])
    assert reply.pings == frozenset()
    assert reply.allowed_mentions["parse"] == []
    assert reply.content == render.too_long(300)


async def test_user_text_echoed_back_is_escaped(running_bot):
    reply = await running_bot.slash("ask", question="@everyone **why** <@&123456789012345678> qwxz plokij?")
    assert reply.embed["title"] in (render.NOT_IN_INTERVIEW, render.OFF_TOPIC)
    echoed = reply.embed["description"].split("”")[0]
    assert "\\*\\*why\\*\\*" in echoed
    assert "@everyone" not in echoed and "<@&123456789012345678>" not in echoed
    assert reply.pings == frozenset()


async def test_the_longest_answer_fits_every_limit_through_the_fake(start_bot, fake_discord, tmp_path):
    await start_bot(KNOWLEDGE_DIR=str(knowledge_dir(tmp_path, hostile=True)), MAX_QUESTION_LENGTH="2000")
    long_key = f"hostile-interview/{LONG_ID}"
    reply = await fake_discord.slash("ask", question=long_key)  # what picking its suggestion sends
    assert reply.buttons[0]["custom_id"] == f"ib:full:{long_key}"
    full = await fake_discord.click(reply, "Full answer")
    assert len(full.messages) >= 2 and all(message.ephemeral for message in full.messages)
    assert "Part 1 of" in full.messages[0].embeds[0]["author"]["name"]


async def test_the_interview_option_limits_the_search_when_there_are_several(
    start_bot, fake_discord, tmp_path
):
    await start_bot(KNOWLEDGE_DIR=str(knowledge_dir(tmp_path, hostile=True)))
    interviews = await fake_discord.autocomplete("ask", "interview", "")
    assert [choice["value"] for choice in interviews] == ["biodlink-jun-liu-2024", "hostile-interview"]
    narrowed = await fake_discord.autocomplete("ask", "question", "", interview="hostile-interview")
    assert {choice["value"] for choice in narrowed} == {
        f"hostile-interview/{LONG_ID}",
        "hostile-interview/zalgo",
    }
    litres = "how many litres do the bioreactors hold?"
    hostile = await fake_discord.slash("ask", question=litres, interview="hostile-interview")
    assert hostile.embed["title"] == render.fit(samples.HOSTILE_QUESTION, render.TITLE_LIMIT)
    biodlink = await fake_discord.slash("ask", question=litres, interview="biodlink-jun-liu-2024")
    assert biodlink.embed["title"].startswith("Is BioDlink equipped")


async def test_an_unknown_interview_is_refused_with_the_list(running_bot):
    reply = await running_bot.slash("ask", question=BIOREACTORS, interview="nope")
    assert reply.ephemeral
    assert "Jun Liu - CEO & Executive Board Director, BioDlink" in reply.content


async def test_the_message_menu_answers_the_selected_message(running_bot):
    message = await running_bot.mod.post("How big are the bioreactors at BioDlink?")
    reply = await running_bot.context_menu("Ask the interview", message)
    assert reply.embed["title"].startswith("Is BioDlink equipped to manage large-scale production")


async def test_the_message_menu_explains_a_message_without_text(running_bot):
    message = await running_bot.mod.post("   ")
    reply = await running_bot.context_menu("Ask the interview", message)
    assert reply.ephemeral
    assert "no text" in reply.content


async def test_the_question_is_required(running_bot):
    with pytest.raises(CommandUnavailable, match="needs"):
        await running_bot.slash("ask")


async def test_the_message_menu_answer_links_to_the_message_it_answers(running_bot):
    fake = running_bot
    message = await fake.mod.post("How big are the bioreactors at BioDlink?")
    reply = await fake.context_menu("Ask the interview", message)
    link = f"https://discord.com/channels/{fake.guild.id}/{fake.general.id}/{message.id}"
    assert reply.content == f"In answer to {link}"
    assert reply.pings == frozenset()


async def test_the_message_menu_on_someone_elses_long_message_links_it_and_says_it_was_shortened(running_bot):
    message = await running_bot.mod.post("How big are the bioreactors at BioDlink? " * 20)
    reply = await running_bot.context_menu("Ask the interview", message)
    assert reply.content.startswith("In answer to https://discord.com/channels/")
    assert reply.content.endswith(" (The question was shortened to 300 characters.)")
