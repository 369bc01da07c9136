"""The plain-data results and the wording every renderer shares about whose interview a reply is about."""

from __future__ import annotations

from bot.core.answers import interviews_with
from bot.core.models import Interview


def interview(name: str) -> Interview:
    return Interview(id=name.lower().replace(" ", "-"), title=f"On {name}", interviewee=name)


def test_one_interview_is_named_in_the_singular() -> None:
    assert interviews_with([interview("Jun Liu")]) == "interview with Jun Liu"


def test_several_interviews_are_named_in_the_plural_never_as_one_interview_with_two_people() -> None:
    named = interviews_with([interview("Jun Liu"), interview("Marta Kowalski"), interview("Grace Hopper")])

    assert named == "interviews with Jun Liu, Marta Kowalski and Grace Hopper"


def test_past_five_interviews_the_rest_are_counted_not_named() -> None:
    named = interviews_with([interview(f"Person {letter}") for letter in "ABCDEFG"])

    assert named == "interviews with Person A, Person B, Person C, Person D, Person E and 2 more"
