"""Rendering on plain data: every reply the bot can build fits Discord's limits and shows text literally.

Views need a running event loop, hence the async tests. Bodies are checked with the fake Discord's own
validator, so "fits" means exactly what the fake server (and Discord) would accept.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import discord
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.answers import QuoteHit, Result
from bot.core.engine import Engine
from bot.core.loader import Problem, load_knowledge
from bot.discord_app import render, views
from bot.discord_app.questions import reply_for
from bot.discord_app.replies import Reply
from bot.settings import DEFAULT_KNOWLEDGE_DIR
from tests.bundled import BUNDLED_INTERVIEW
from tests.core.interviews import INTERVIEW, SECOND_INTERVIEW, write_knowledge
from tests.core.test_escape import LINKS
from tests.discord_app.samples import HOSTILE_QUESTION, LONG_ID, ZALGO, knowledge_dir
from tests.discord_markdown import live_links, shown
from tests.fake_discord.validation import validate_message


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_knowledge(BUNDLED_INTERVIEW))


@pytest.fixture(scope="module")
def two_interviews(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return Engine(
        load_knowledge(write_knowledge(tmp_path_factory.mktemp("two"), SECOND_INTERVIEW, bundled=True))
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return Engine(load_knowledge(knowledge_dir(tmp_path_factory.mktemp("hostile"), hostile=True)))


def body(reply: Reply) -> dict[str, Any]:
    sent: dict[str, Any] = {"embeds": [embed.to_dict() for embed in reply.embeds]}
    if reply.content:
        sent["content"] = reply.content
    if reply.view is not None:
        sent["components"] = reply.view.to_components()
    return sent


def assert_sendable(reply: Reply) -> None:
    errors = validate_message(body(reply))
    assert not errors, errors.leaves()


def words(text: str) -> list[str]:
    return re.sub(r"\\(.)", r"\1", text).split()


# -- answers ---------------------------------------------------------------------------------------


async def test_an_answer_shows_the_matched_question_the_excerpt_a_quote_and_the_source(engine):
    result = engine.ask("how big are the bioreactors?")
    reply = reply_for(result, engine)
    embed = reply.embeds[0]
    best = result.matches[0]
    assert embed.title == render.escape(best.entry.question)
    assert f"**{render.escape(best.highlight)}**" in (embed.description or "")
    assert embed.fields[0].name == "Quote"
    assert "Jun Liu, CEO & Executive Board Director, BioDlink · 9 December 2024" in (
        embed.fields[0].value or ""
    )
    assert (embed.footer.text or "").startswith("Source: Interview with Jun Liu")
    assert_sendable(reply)


async def test_an_answer_from_an_interview_without_a_source_line_cites_its_title_and_date(two_interviews):
    result = two_interviews.ask("How big are Fermenters Inc's bioreactors?")
    assert result.answered and result.best is not None and result.best.entry.interview.source is None
    cited = "Source: Grace Hopper on fermenters, published 15 January 2024"
    assert (render.answer_embed(result.best).footer.text or "").startswith(f"{cited} · ")
    hit = QuoteHit(result.best.quotes[0], result.best.entry)
    assert render.quote_embed(hit).footer.text == cited
    [[full]] = render.full_answer_messages(result.best.entry)
    assert full.footer.text == f"Grace Hopper, Chief Engineer, Fermenters Inc · {cited}"


def test_the_full_answer_says_the_date_once_where_the_source_line_names_the_year(engine, tmp_path):
    entry = engine.knowledge.get("capacity")
    assert entry is not None and entry.interview.source is not None and "2024" in entry.interview.source
    [[full]] = render.full_answer_messages(entry)
    assert (
        full.footer.text
        == f"Jun Liu, CEO & Executive Board Director, BioDlink · Source: {entry.interview.source}"
    )
    undated = SECOND_INTERVIEW | {"interview": SECOND_INTERVIEW["interview"] | {"source": "Brewing Weekly"}}
    other = load_knowledge(write_knowledge(tmp_path / "undated", undated)).get("career")
    assert other is not None
    [[full]] = render.full_answer_messages(other)
    assert (
        full.footer.text
        == "Grace Hopper, Chief Engineer, Fermenters Inc · 15 January 2024 · Source: Brewing Weekly"
    )


async def test_an_answer_offers_the_full_answer_and_the_close_runners_up(engine):
    result = engine.ask("What are BioDlink's ADC capabilities?", top=10)
    components = reply_for(result, engine).view.to_components()
    button, select = components[0]["components"][0], components[1]["components"][0]
    assert button["label"] == "Full answer"
    assert button["custom_id"] == f"ib:full:{result.matches[0].entry.key}"
    assert select["custom_id"] == f"ib:more:{result.matches[0].entry.key}"
    assert [option["value"] for option in select["options"]] == [m.entry.key for m in result.related()]
    assert 0 < len(result.related()) < len(result.matches) - 1


async def test_an_answer_without_close_runners_up_offers_the_full_answer_and_votes_only(engine):
    result = engine.ask("how big are the bioreactors?", top=5)
    components = reply_for(result, engine).view.to_components()
    assert [[item["label"] for item in row["components"]] for row in components] == [
        ["Full answer"],
        ["Helpful", "Not helpful"],
    ]


def non_answer(engine: Engine, outcome: str, question: str = "how big are the bioreactors?") -> Result:
    """A non-answer of the given kind over real matches, whatever the engine decides for this question."""
    return Result(query=question, outcome=outcome, matches=engine.ask(question, top=5).matches)


async def test_when_the_interview_does_not_say_the_reply_says_so_and_offers_suggestions_not_answers(engine):
    result = non_answer(engine, "not_in_interview", "does BioDlink run a staff canteen?")
    reply = reply_for(result, engine)
    embed = reply.embeds[0]
    assert embed.title == render.NOT_IN_INTERVIEW
    assert (embed.description or "").startswith("The interview with Jun Liu does not say")
    assert "“does BioDlink run a staff canteen?”" in shown(embed.description or "")
    labels = [item["label"] for row in reply.view.to_components() for item in row["components"]]
    assert labels == [render.button_label(m.entry.question) for m in result.matches[:3]]
    assert not any(render.escape(m.excerpt) in (embed.description or "") for m in result.matches)
    assert_sendable(reply)


async def test_a_question_about_something_else_is_outside_the_interview_and_lists_the_topics(engine):
    result = non_answer(engine, "off_topic", "what's the best pizza topping?")
    reply = reply_for(result, engine)
    embed = reply.embeds[0]
    assert reply.view is None
    assert embed.title == render.OFF_TOPIC
    assert "is outside what the interview with Jun Liu covers" in (embed.description or "")
    assert "These are the questions I can answer" in (embed.description or "")
    assert render.escape(engine.knowledge.entries[1].question) in (embed.description or "")
    assert "/topics" in embed.footer.text
    assert_sendable(reply)


async def test_with_several_interviews_the_non_answer_names_the_one_asked_about_and_whose_each_suggestion_is(
    two_interviews,
):
    result = two_interviews.ask("How many employees does Fermenters Inc have?", top=5)
    assert result.outcome == "not_in_interview"
    reply = reply_for(result, two_interviews)
    lines = (reply.embeds[0].description or "").splitlines()
    assert lines[0].startswith("The interview with Grace Hopper does not say:")
    assert "The interviews do answer these nearby questions, if one is what you meant:" in lines
    offered = result.matches[:3]
    assert [line for line in lines if line.startswith("• ")] == [
        f"• {render.escape(m.entry.question)} — {m.entry.interview.interviewee}" for m in offered
    ]
    labels = [item["label"] for row in reply.view.to_components() for item in row["components"]]
    assert labels == [f"{m.entry.question} — {m.entry.interview.interviewee}" for m in offered]
    assert "the interviews cover" in reply.embeds[0].footer.text
    assert_sendable(reply)


async def test_with_several_interviews_off_topic_names_them_all_in_the_plural(two_interviews):
    result = non_answer(two_interviews, "off_topic", "what's the best pizza topping?")
    description = reply_for(result, two_interviews).embeds[0].description or ""
    assert "is outside what the interviews with Jun Liu and Grace Hopper cover" in description


def test_a_non_answer_judged_about_no_one_interview_names_them_all_in_the_plural(two_interviews):
    knowledge = two_interviews.knowledge
    embed = render.not_answered_embed("not_in_interview", "staff canteen?", (), knowledge)
    first_line = (embed.description or "").splitlines()[0]
    assert first_line.startswith(
        "The interviews with Jun Liu and Grace Hopper do not say: I found nothing in them"
    )


def test_a_did_you_mean_label_keeps_whose_interview_it_is_within_discords_limit(two_interviews):
    entry = two_interviews.knowledge.get(f"{INTERVIEW}/advantages")
    assert entry is not None and len(entry.question) > render.BUTTON_LABEL_LIMIT
    label = render.suggestion_label(entry, several=True)
    assert len(label) <= render.BUTTON_LABEL_LIMIT
    assert label.endswith("… — Jun Liu")
    assert render.suggestion_label(entry, several=False) == render.button_label(entry.question)


def test_the_answering_sentence_is_bold_and_the_interview_text_cannot_add_formatting():
    rendered = render.emphasise(
        "Costs fell *fast*. We built __two__ plants. More later.", "We built __two__ plants."
    )
    assert rendered == r"Costs fell \*fast\*. **We built \_\_two\_\_ plants.** More later."


def test_a_highlight_that_is_not_in_the_excerpt_is_simply_not_bold():
    assert render.emphasise("One *two*.", "three") == r"One \*two\*."


def test_discord_pys_own_escaping_lets_the_second_masked_link_through():
    """Why the bot has its own escaper: the issue's phishing payload survives ``escape_markdown``."""
    assert "masked link" in live_links(discord.utils.escape_markdown(LINKS[0]))


def test_user_text_is_echoed_without_formatting_or_working_mentions():
    echoed = render.fit("**hi** @everyone <@123456789012345678> @here", 300, user=True)
    assert "**" not in echoed.replace(r"\*", "")
    assert "@everyone" not in echoed and "@here" not in echoed
    assert "<@123456789012345678>" not in echoed


@given(st.text(), st.integers(min_value=2, max_value=400))
def test_echoed_user_text_never_renders_as_a_link_or_pill_even_when_shortened(text, limit):
    echoed = render.fit(text, limit, user=True)
    assert len(echoed) <= limit
    assert live_links(f"“{echoed}”") == []


@pytest.mark.parametrize("text", ["*" * 3000, "_a_ " * 1000, HOSTILE_QUESTION, ZALGO * 20])
def test_fitted_text_stays_within_its_limit_after_escaping(text):
    for limit in (80, 100, 256, 1024):
        assert len(render.fit(text, limit)) <= limit
        assert len(render.fit(text, limit, user=True)) <= limit


async def test_the_hostile_pair_renders_within_every_limit(hostile):
    result = hostile.ask("what does the longest answer say about litres at plant")
    assert result.best is not None and result.best.entry.id == LONG_ID
    reply = reply_for(result, hostile)
    assert_sendable(reply)
    ids = [item["custom_id"] for row in reply.view.to_components() for item in row["components"]]
    assert f"ib:full:hostile-interview/{LONG_ID}" in ids


async def test_a_2000_character_question_the_interview_does_not_cover_is_echoed_within_every_limit(hostile):
    question = ("@everyone why is the **sky** blue at dusk ⸻ ") * 50
    result = hostile.ask(question[:2000])
    reply = reply_for(result, hostile)
    assert not result.answered
    assert_sendable(reply)
    echoed = (reply.embeds[0].description or "").split("”")[0]
    assert "“" in echoed and "@everyone" not in echoed


async def test_a_2000_character_question_in_zalgo_finds_the_pair_it_names_and_renders_within_every_limit(
    hostile,
):
    question = ("@everyone why **bold** " + ZALGO + " ") * 40
    result = hostile.ask(question[:2000])
    assert result.best is not None and result.best.entry.id == "zalgo"
    assert_sendable(reply_for(result, hostile))


async def test_zalgo_renders(hostile):
    assert_sendable(reply_for(hostile.ask(f"why is {ZALGO} strange"), hostile))


# -- full answers ----------------------------------------------------------------------------------


async def test_the_longest_answer_is_split_between_words_into_messages_discord_accepts(hostile):
    entry = hostile.knowledge.get(LONG_ID)
    assert entry is not None and len(entry.answer) > 15_000
    messages = render.full_answer_messages(entry)
    assert len(messages) > 1
    for embeds in messages:
        assert_sendable(Reply(embeds=embeds))
    pieces = [embed.description or "" for embeds in messages for embed in embeds]
    assert words(" ".join(pieces)) == words(render.escape(entry.answer))
    assert messages[0][0].title and (messages[-1][-1].footer.text or "").startswith("Ana *Markdown* Beispiel")


async def test_every_full_answer_in_the_interview_fits(engine):
    for entry in engine.knowledge:
        for embeds in render.full_answer_messages(entry):
            assert_sendable(Reply(embeds=embeds))


def test_split_text_keeps_paragraphs_and_never_cuts_a_word():
    text = "\n\n".join(" ".join(f"word{n}" for n in range(start, start + 50)) for start in range(0, 500, 50))
    pieces = render.split_text(text, 300)
    assert all(len(piece) <= 300 for piece in pieces)
    assert " ".join(pieces).split() == text.split()


def test_only_a_word_longer_than_the_limit_is_ever_cut():
    assert render.split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]


def test_pack_respects_ten_embeds_and_six_thousand_characters():
    embeds = [discord.Embed(description="y" * 2000) for _ in range(9)]
    messages = render.pack(embeds)
    assert [len(message) for message in messages] == [3, 3, 3]
    small = render.pack([discord.Embed(description="z") for _ in range(23)])
    assert [len(message) for message in small] == [10, 10, 3]


# -- browsing --------------------------------------------------------------------------------------


def test_topics_list_every_question_under_its_interview(hostile):
    pages = render.topic_pages(hostile.knowledge)
    text = "\n".join(page.description or "" for page in pages)
    for entry in hostile.knowledge:
        assert render.fit(entry.question, 300) in text
    assert text.index("Jun Liu") < text.index("An interview whose title")
    for page in pages:
        assert not validate_message({"embeds": [page.to_dict()]})


def test_many_topics_are_paged_and_pages_say_where_they_continue(tmp_path):
    knowledge = load_knowledge(knowledge_dir(tmp_path, copies=3))
    pages = render.topic_pages(knowledge)
    assert len(pages) == 3  # 40 questions, 15 a page
    assert pages[0].title == "What you can ask (page 1 of 3)"
    assert "(continued)" in (pages[1].description or "")


async def test_a_quote_names_who_said_it_and_when(engine):
    hit = engine.quote("bioreactors")
    assert hit is not None
    embed = render.quote_embed(hit)
    assert (embed.description or "").startswith("> “")
    assert "— Jun Liu, CEO & Executive Board Director, BioDlink · 9 December 2024" in (
        embed.description or ""
    )
    assert not validate_message({"embeds": [embed.to_dict()]})


def test_about_lists_each_interview_with_its_date_and_number_of_questions(hostile):
    embed = render.about_embed(hostile.knowledge)
    values = "\n".join(field.value or "" for field in embed.fields)
    assert "Published 9 December 2024 · 10 questions" in values
    assert "Published 1 February 2025 · 2 questions" in values
    assert "/ask" in values
    assert not validate_message({"embeds": [embed.to_dict()]})


def test_reload_counts_one_interview_in_the_singular_and_several_in_the_plural(engine, hostile):
    assert render.reload_done(engine.knowledge).description == "Now serving 1 interview and 10 questions."
    assert render.reload_done(hostile.knowledge).description == "Now serving 2 interviews and 12 questions."


def test_reload_problems_are_listed_within_one_embed():
    problems = [Problem(f"knowledge/file-{n}.yaml", "missing field 'answer' " * 5, n) for n in range(400)]
    embed = render.reload_failed(problems)
    assert "knowledge/file-0.yaml:0: missing field" in (embed.description or "")
    assert "more lines" in (embed.description or "")
    assert not validate_message({"embeds": [embed.to_dict()]})


# -- components ------------------------------------------------------------------------------------


async def test_custom_ids_round_trip_through_their_templates():
    for item in (views.FullAnswerButton(LONG_ID), views.AskButton(LONG_ID, "Q?")):
        assert views.understood(item.custom_id, set())
    assert not views.understood("ib:page:0123:next", set())
    assert views.understood("ib:page:0123:next", {"ib:page:0123:next"})
    assert not views.understood("ib:full:Not An Id", set())


async def test_the_pager_remembers_only_its_own_buttons_until_it_times_out():
    live: set[str] = set()
    pages = [discord.Embed(title=str(n)) for n in range(3)]
    pager = views.TopicsPager(pages, owner_id=1, live=live, timeout=30)
    assert len(live) == 3
    assert pager.previous.disabled and not pager.next.disabled
    assert pager.counter.label == "1 / 3"
    await pager.on_timeout()
    assert live == set()


def test_the_interview_files_are_what_these_tests_expect():
    assert Path(DEFAULT_KNOWLEDGE_DIR, "biodlink-jun-liu-2024.yaml").is_file()


def test_the_usage_example_asks_who_the_interviewee_is_where_an_about_entry_answers_it(engine):
    example = render.example_question(engine.knowledge)
    assert example == "who is Jun Liu?"
    result = engine.ask(example)
    assert result.answered and result.best is not None and result.best.entry.pair.kind == "about"


def test_without_an_about_entry_the_usage_example_is_a_question_that_stands_on_its_own(tmp_path):
    interview = {
        "interview": {"id": "dunes", "title": "On dunes", "interviewee": "Ida Sand"},
        "pairs": [
            {"id": "cost", "question": "How much?", "answer": "Four thousand euros for the survey."},
            {"id": "start", "question": "How did you start surveying dunes?", "answer": "With my father."},
            {"id": "wind", "question": "And then the wind came", "answer": "It did, every spring."},
        ],
    }
    knowledge = load_knowledge(write_knowledge(tmp_path / "knowledge", interview))
    assert render.example_question(knowledge) == "How did you start surveying dunes?"
