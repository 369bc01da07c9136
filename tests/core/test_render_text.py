"""The terminal rendering tells an answer, "the interview does not say" and "outside the interview" apart."""

from __future__ import annotations

import pytest

from bot.core.answers import Result
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.render_text import render_result
from tests.bundled import BUNDLED_INTERVIEW


@pytest.fixture(scope="module")
def matches():
    return Engine(load_knowledge(BUNDLED_INTERVIEW)).ask("How big are the bioreactors?", top=3).matches


def test_an_answer_quotes_the_best_match(matches):
    lines = render_result(Result("bioreactors?", "answered", matches)).splitlines()
    assert lines[0] == f"Q: {matches[0].entry.question}"


def test_not_in_the_interview_lists_nearby_questions_but_never_an_excerpt(matches):
    text = render_result(Result("how many employees?", "not_in_interview", matches))
    lines = text.splitlines()
    assert lines[0] == "The interview does not say: 'how many employees?'"
    assert lines[1] == "Nearby questions it does answer (not an answer to yours):"
    assert [line.split(" [")[0] for line in lines[2:]] == [f"  - {m.entry.question}" for m in matches]
    assert not any(m.excerpt in text for m in matches) and "Q: " not in text


def test_off_topic_says_so_without_suggestions(matches):
    text = render_result(Result("best pizza?", "off_topic", matches))
    assert text.splitlines() == ["Outside what the interview covers: 'best pizza?'"]
