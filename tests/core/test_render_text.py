"""The terminal rendering tells an answer, "the interview does not say" and "outside the interview" apart."""

from __future__ import annotations

import pytest

from bot.core.answers import Result
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.render_text import render_result
from tests.bundled import BUNDLED_INTERVIEW
from tests.core.interviews import SECOND_INTERVIEW, write_knowledge


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


# -- several interviews -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_interviews(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return Engine(
        load_knowledge(write_knowledge(tmp_path_factory.mktemp("two"), SECOND_INTERVIEW, bundled=True))
    )


def test_with_several_interviews_the_one_asked_about_is_named_as_not_saying_and_each_suggestion_says_whose(
    two_interviews: Engine,
) -> None:
    result = two_interviews.ask("How many employees does Fermenters Inc have?", top=3)
    assert result.outcome == "not_in_interview"

    lines = render_result(result, several=True).splitlines()

    assert (
        lines[0]
        == "The interview with Grace Hopper does not say: 'How many employees does Fermenters Inc have?'"
    )
    assert lines[1] == "Nearby questions the interviews do answer (not an answer to yours):"
    assert [line.split(" [")[0] for line in lines[2:]] == [
        f"  - {m.entry.question} — {m.entry.interview.interviewee}" for m in result.matches
    ]


def test_with_several_interviews_related_questions_say_whose_interview_they_are_from(
    two_interviews: Engine,
) -> None:
    result = two_interviews.ask("How big are the bioreactors?", top=5)
    related = result.related()
    assert result.answered and related

    lines = render_result(result, several=True).splitlines()

    listed = lines[lines.index("Related:") + 1 :]
    assert [line.split(" [")[0] for line in listed] == [
        f"  - {m.entry.question} — {m.entry.interview.interviewee}" for m in related
    ]


def test_with_several_interviews_pairs_are_named_with_their_interview_as_two_may_share_an_id(
    two_interviews: Engine,
) -> None:
    result = two_interviews.ask("How many employees does Fermenters Inc have?", top=3)

    text = render_result(result, several=True, explain=True)

    for match in result.matches:
        assert f"[{match.entry.key}, score {match.score:.0f}]" in text
        assert f"why {match.entry.key}: score" in text


def test_with_one_interview_pairs_are_named_by_their_own_id(matches) -> None:
    text = render_result(Result("bioreactors?", "answered", matches), explain=True)

    assert f"[{matches[0].entry.id}, score" in text
    assert f"why {matches[0].entry.id}: score" in text
    assert "/" not in text.split("[")[-1]


def test_with_several_interviews_off_topic_says_outside_what_the_interviews_cover(matches) -> None:
    text = render_result(Result("best pizza?", "off_topic", matches), several=True)

    assert text.splitlines() == ["Outside what the interviews cover: 'best pizza?'"]


def test_with_one_interview_suggestions_name_nobody(matches) -> None:
    result = Result("how many employees?", "not_in_interview", matches, interview=matches[0].entry.interview)

    lines = render_result(result).splitlines()

    assert lines[0] == "The interview does not say: 'how many employees?'"
    assert not any(" — " in line for line in lines[2:])
