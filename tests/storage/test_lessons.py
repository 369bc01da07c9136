"""Lessons: kept, read back by any process, and exported as reviewable ``examples:``."""

from __future__ import annotations

import yaml

from bot.core.lessons import Lesson
from bot.core.loader import load_knowledge
from bot.storage.database import Database
from bot.storage.lessons import all_lessons, export, latest_id, teach
from tests.bundled import BUNDLED_INTERVIEW


async def test_a_lesson_is_kept_and_read_back(database: Database):
    assert await latest_id(database) == 0
    lesson = await teach(database, question="How big is the plant?", entry_key="a/b", user_id=1, guild_id=2)
    assert lesson == Lesson("How big is the plant?", "a/b")
    assert await all_lessons(database) == [lesson]
    assert await latest_id(database) == 1


async def test_a_not_covered_lesson_has_no_pair(database: Database):
    await teach(database, question="Who won the match?", entry_key=None, user_id=1, guild_id=None)
    assert await all_lessons(database) == [Lesson("Who won the match?", None)]


async def test_teaching_a_phrasing_again_replaces_its_answer(database: Database):
    await teach(database, question="How big is the plant?", entry_key="a/b", user_id=1, guild_id=2)
    await teach(database, question="how big is  the plant?", entry_key="a/c", user_id=1, guild_id=2)
    await teach(database, question="Another one", entry_key="a/b", user_id=1, guild_id=2)
    assert await all_lessons(database) == [
        Lesson("how big is  the plant?", "a/c"),
        Lesson("Another one", "a/b"),
    ]
    assert await latest_id(database) == 3


def test_export_groups_examples_by_file_and_pair_and_lists_the_rest_as_comments():
    knowledge = load_knowledge(BUNDLED_INTERVIEW)
    first, second = knowledge.entries[0], knowledge.entries[1]
    lessons = [
        Lesson("phrasing one", first.key),
        Lesson("phrasing two", first.key),
        Lesson("phrasing one", first.key),
        Lesson("phrasing three", second.key),
        Lesson("the weather today", None),
        Lesson("a removed pair", "gone/pair"),
    ]
    text = export(lessons, knowledge)
    document = yaml.safe_load(text)
    assert document == {
        "pairs": [
            {"id": first.id, "examples": ["phrasing one", "phrasing two"]},
            {"id": second.id, "examples": ["phrasing three"]},
        ]
    }
    assert f"# {first.source_file}" in text
    assert "#   the weather today" in text and "#   gone/pair: a removed pair" in text
