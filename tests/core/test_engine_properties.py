"""Whatever people type, the engine answers without raising and within its limits.

The ``engine`` fixture (tests/core/conftest.py) is session-scoped: built once, shared by every example.
"""

import json
import random
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.normalize import clean, normalize
from tests.core.clean_excerpts import assert_clean_excerpt
from tests.core.interviews import (
    HARBOUR,
    INTERVIEW,
    SECOND,
    SECOND_INTERVIEW,
    harbour_interview,
    write_knowledge,
)

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

MARKUP = [
    "<@123456789>",
    "<@!1>",
    "<@&2>",
    "<#456>",
    "<:emoji:789>",
    "<a:x:1>",
    "<t:1733702400:R>",
    "</ask:1>",
    "@everyone",
    "@here",
    "https://example.com/?q=1",
    "www.example.org",
    "**",
    "__",
    "~~",
    "||",
    "```",
    "> ",
    "# ",
    "[link](http://x)",
    "???",
    "!!!",
    "...",
]
INTERVIEW_WORDS = ["BioDlink", "ADC", "ADCs", "CDMO", "bioreactors", "revenue", "2016", "FDA", "R&D", "144%"]
SPECIAL = [
    "",
    " ",
    "\n\n\t",
    "\x00",
    "\x00" * 50,
    "a" * 10_000,
    "bioreactor " * 1_000,
    "😀" * 40,
    "🇨🇳👍🏽🧬💊",
    "Z̴̡̛͓̎a̷l̶̞͝g̸o̵͚̐" * 30,
    "".join(chr(code) for code in range(32)),
    "\u200b\u200d\ufeff\u2028",
    "<@1>" * 500,
    "?" * 3_000,
    "﷽" * 100,
    "ﬁ" * 100,
    "<@123> <@!1> <@&2> <#456> <:emoji:789> <a:x:1> @everyone @here **bold** ||spoiler|| https://x.y",
]


def with_special_examples(argument: str, **fixed: object):
    """Always try every SPECIAL input as ``argument``, whatever hypothesis happens to draw."""

    def decorate(test):
        for text in reversed(SPECIAL):
            test = example(**{argument: text}, **fixed)(test)
        return test

    return decorate


questions = st.one_of(
    st.text(max_size=300),
    st.sampled_from(SPECIAL),
    st.lists(st.sampled_from(MARKUP + INTERVIEW_WORDS) | st.text(max_size=10), max_size=30).map(" ".join),
    st.text(alphabet=st.characters(categories=["Mn", "Me", "Cc", "Cf", "So", "Zs"]), max_size=200),
)


@with_special_examples("question", top=3)
@SETTINGS
@given(question=questions, top=st.integers(min_value=1, max_value=12))
def test_ask_never_raises_and_stays_within_its_limits(engine: Engine, question: str, top: int) -> None:
    result = engine.ask(question, top=top)

    assert result.query == question
    assert result.outcome in {"answered", "not_in_interview", "off_topic"}
    assert result.answered is (result.outcome == "answered")
    assert len(result.matches) <= top
    assert not result.answered or result.matches
    assert len({match.entry.key for match in result.matches}) == len(result.matches)
    scores = [match.score for match in result.matches]
    assert scores == sorted(scores, reverse=True)
    for match in result.matches:
        assert engine.knowledge.get(match.entry.key) is match.entry
        assert 0 <= match.score <= 100
        assert_clean_excerpt(match)
    assert json.loads(json.dumps(result.to_json(explain=True))) == result.to_json(explain=True)


@pytest.fixture(scope="module")
def several(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """Three interviews: the bundled one, one sharing its pair ids, and a generated one of 20 pairs."""
    directory = tmp_path_factory.mktemp("several")
    return Engine(
        load_knowledge(write_knowledge(directory, SECOND_INTERVIEW, harbour_interview(20), bundled=True))
    )


@with_special_examples("question", top=3, interview=None)
@SETTINGS
@given(
    question=questions,
    top=st.integers(min_value=1, max_value=40),
    interview=st.sampled_from([None, INTERVIEW, SECOND, HARBOUR]),
)
def test_ask_over_several_interviews_keeps_to_the_chosen_one_and_to_its_limits(
    several: Engine, question: str, top: int, interview: str | None
) -> None:
    result = several.ask(question, top=top, interview=interview)

    assert result.outcome in {"answered", "not_in_interview", "off_topic"}
    assert not result.answered or result.matches
    assert len(result.matches) <= top
    assert len({match.entry.key for match in result.matches}) == len(result.matches)
    for match in result.matches:
        assert several.knowledge.get(match.entry.key) is match.entry
        assert interview in (None, match.entry.interview.id)
        assert_clean_excerpt(match)


@with_special_examples("question")
@SETTINGS
@given(question=questions)
def test_answer_entry_never_raises_and_keeps_to_the_chosen_pair(engine: Engine, question: str) -> None:
    match = engine.answer_entry("biodlink-jun-liu-2024/capacity", question)

    assert match is not None
    assert match.entry.key == "biodlink-jun-liu-2024/capacity"
    assert 0 <= match.score <= 100
    assert_clean_excerpt(match)


@with_special_examples("text")
@SETTINGS
@given(text=questions)
def test_clean_never_raises_and_leaves_no_markup_or_control_characters(text: str) -> None:
    cleaned = clean(text)

    assert cleaned == cleaned.strip()
    assert "  " not in cleaned
    assert not any(unicodedata.combining(char) for char in cleaned)
    assert all(unicodedata.category(char) not in ("Cc", "Cf") for char in cleaned)
    for mention in ("<@123456789>", "<#456>", "<:emoji:789>", "@everyone", "https://"):
        assert mention not in cleaned
    assert isinstance(normalize(text), str)


@with_special_examples("text", limit=25)
@SETTINGS
@given(text=questions, limit=st.integers(min_value=1, max_value=30))
def test_suggest_never_raises_and_returns_distinct_entries_within_the_limit(
    engine: Engine, text: str, limit: int
) -> None:
    suggestions = engine.suggest(text, limit=limit)

    assert len(suggestions) <= limit
    assert len({entry.key for entry in suggestions}) == len(suggestions)
    assert all(engine.knowledge.get(entry.key) is entry for entry in suggestions)


@with_special_examples("about", seed=0)
@SETTINGS
@given(about=questions | st.none(), seed=st.integers())
def test_quote_never_raises_and_any_quote_is_verbatim_from_its_entry(
    engine: Engine, about: str | None, seed: int
) -> None:
    hit = engine.quote(about, rng=random.Random(seed))

    if about is None or not about.strip():
        assert hit is not None
    if hit is not None:
        assert hit.text in hit.entry.quotes
        assert " ".join(hit.text.split()) in " ".join(hit.entry.answer.split())
