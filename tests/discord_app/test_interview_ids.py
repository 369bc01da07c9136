"""Pair ids are unique only within an interview: buttons, selects and autocomplete carry the entry key.

Three interviews (``alpha``, ``beta`` and one whose id has the longest length allowed) each have an
``about`` and a ``career`` pair, in three files of one knowledge folder.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.core.answers import Result
from bot.core.engine import Engine
from bot.core.knowledge import Knowledge
from bot.core.loader import load_knowledge
from bot.discord_app import refs, render
from bot.discord_app.questions import reply_for

LONG_INTERVIEW = "l" * 63
LONG_PAIR = "p" * 63


def interview(interview_id: str, name: str, subject: str, *extra: dict[str, object]) -> dict[str, object]:
    def pair(pair_id: str, question: str, answer: str, terms: list[str]) -> dict[str, object]:
        return {"id": pair_id, "question": question, "answer": answer, "terms": terms, "quotes": [answer]}

    return {
        "interview": {
            "id": interview_id,
            "title": f"{name} on {subject}",
            "interviewee": name,
            "role": "Founder",
            "organisation": f"{name} {subject.title()} Ltd",
            "published": "01.02.2025",
            "headline_quote": f"{subject.title()} is everything.",
            "standfirst": f"{name} talks about {subject}.",
            "source": f"Interview with {name}, published 01.02.2025",
        },
        "pairs": [
            pair(
                "about",
                f"Who is {name}, and what is this interview about?",
                f"{name} founded a company that makes {subject}.",
                [name, subject],
            ),
            pair(
                "career",
                f"How did {name}'s career in {subject} begin?",
                f"{name} began by repairing {subject} in a garage in 1999.",
                ["garage", "repairing", "1999"],
            ),
            *extra,
        ],
    }


GEARS = {
    "id": "gears",
    "question": "How many gears should a bicycle have?",
    "answer": "Three gears are enough for any town.",
    "terms": ["three gears"],
    "quotes": ["Three gears are enough for any town."],
}
PRICES = {
    "id": LONG_PAIR,
    "question": "What does Lou Long think of lighthouse prices?",
    "answer": "Prices of lighthouses will fall by half within ten years.",
    "terms": ["prices", "fall by half"],
    "quotes": ["Prices of lighthouses will fall by half within ten years."],
}
INTERVIEWS = {
    LONG_INTERVIEW: interview(LONG_INTERVIEW, "Lou Long", "lighthouses", PRICES),
    "alpha": interview("alpha", "Ada Alpha", "bicycles", GEARS),
    "beta": interview("beta", "Bob Beta", "violins"),
}


@pytest.fixture
def folder(tmp_path) -> Path:
    directory = tmp_path / "knowledge"
    directory.mkdir()
    for number, data in enumerate(INTERVIEWS.values()):
        text = yaml.safe_dump(data, sort_keys=False)
        (directory / f"interview-{number}.yaml").write_text(text, encoding="utf-8")
    return directory


@pytest.fixture
def knowledge(folder) -> Knowledge:
    return load_knowledge(folder)


@pytest.fixture
async def fake(start_bot, fake_discord, folder):
    await start_bot(KNOWLEDGE_DIR=str(folder), COOLDOWN_QUESTIONS="1000")
    return fake_discord


def test_references_fit_discord_and_resolve_to_the_same_entry(knowledge):
    for entry in knowledge:
        for room in (refs.VALUE_LIMIT, refs.VALUE_LIMIT - len("ib:full:")):
            reference = refs.ref(entry, room)
            assert len(reference) <= room
            assert refs.resolve(knowledge, reference) is entry
    assert refs.ref(knowledge.get("alpha/about")) == "alpha/about"


def test_a_bare_pair_id_resolves_only_while_one_interview_has_it(knowledge):
    assert refs.resolve(knowledge, "career") is None
    assert refs.resolve(knowledge, "alpha/career").interview.id == "alpha"
    first = knowledge.interviews[0]
    single = Knowledge(interviews=(first,), entries=tuple(e for e in knowledge if e.interview is first))
    assert refs.resolve(single, "career") is single.get(f"{first.id}/career") is not None
    assert refs.resolve(knowledge, "gears") is knowledge.get("alpha/gears")
    assert refs.resolve(knowledge, "nope/career") is None
    assert refs.resolve(knowledge, f"{LONG_PAIR}~0000000000") is None


async def test_autocomplete_values_are_entry_keys(fake):
    choices = await fake.autocomplete("ask", "question", "")
    values = [choice["value"] for choice in choices]
    assert {"alpha/about", "beta/about", "alpha/career", "beta/career"} <= set(values)
    assert all(len(value) <= refs.VALUE_LIMIT for value in values)


@pytest.mark.parametrize("key", ["alpha/career", "beta/career", f"{LONG_INTERVIEW}/career"])
async def test_picking_a_key_answers_from_that_interview_with_a_full_answer_button_that_keeps_it(fake, key):
    reply = await fake.slash("ask", question=key)
    pair = pair_of(key)
    assert reply.embed["title"] == render.fit(pair["question"], render.TITLE_LIMIT)
    assert reply.buttons[0]["custom_id"] == f"ib:full:{key}"
    full = await fake.click(reply, "Full answer")
    assert pair["answer"] in full.text


async def test_did_you_mean_buttons_carry_the_entry_key(knowledge):
    engine = Engine(knowledge)
    careers = tuple(
        match for match in engine.ask("careers?", top=len(knowledge)).matches if match.entry.id == "career"
    )
    assert len(careers) == 3, "namesakes, told apart only by their key"
    reply = reply_for(Result("careers?", "not_in_interview", careers), engine)
    ids = [item["custom_id"] for row in reply.view.to_components() for item in row["components"]]
    room = refs.VALUE_LIMIT - len("ib:ask:")
    assert ids == [f"ib:ask:{refs.ref(match.entry, room)}" for match in careers]
    assert [refs.resolve(knowledge, custom_id.removeprefix("ib:ask:")) for custom_id in ids] == [
        match.entry for match in careers
    ]


async def test_the_longest_ids_fit_a_custom_id_and_still_answer(fake):
    long_key = f"{LONG_INTERVIEW}/{LONG_PAIR}"
    reply = await fake.slash("ask", question=long_key)
    assert all(len(button["custom_id"]) <= refs.VALUE_LIMIT for button in reply.buttons)
    [button] = [button for button in reply.buttons if button["label"] == "Full answer"]
    assert button["custom_id"].startswith(f"ib:full:{LONG_PAIR}~")
    full = await fake.click(reply, "Full answer")
    assert "Prices of lighthouses will fall by half" in full.text


async def test_an_old_button_with_a_bare_pair_id_still_works_while_the_id_is_unambiguous(fake):
    reply = await fake.slash("ask", question="beta/about")
    reply.message.data["components"][0]["components"][0]["custom_id"] = (
        "ib:full:gears"  # sent by an older bot
    )
    legacy = await fake.click(reply, "Full answer")
    assert legacy.ephemeral and "Three gears are enough for any town." in legacy.text


async def test_an_old_button_with_a_shared_bare_pair_id_says_it_expired(fake):
    reply = await fake.slash("ask", question="beta/career")
    reply.message.data["components"][0]["components"][0]["custom_id"] = "ib:full:career"
    expired = await fake.click(reply, "Full answer")
    assert expired.ephemeral and expired.content == render.EXPIRED


def pair_of(key: str) -> dict[str, str]:
    interview_id, pair_id = key.split("/")
    pairs = INTERVIEWS[interview_id]["pairs"]
    return next(pair for pair in pairs if pair["id"] == pair_id)  # type: ignore[attr-defined,index]
