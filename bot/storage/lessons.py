"""Lessons: what managers taught, read back by every process that shares the database."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime

import yaml
from sqlalchemy import func, select

from bot.core.knowledge import Knowledge
from bot.core.lessons import Lesson
from bot.storage.database import Database
from bot.storage.tables import LessonRow


async def teach(
    database: Database, *, question: str, entry_key: str | None, user_id: int, guild_id: int | None
) -> Lesson:
    """Keep the lesson; it reaches other processes when they next poll ``latest_id``."""
    async with database.session() as session:
        session.add(
            LessonRow(
                question=question,
                entry_key=entry_key,
                guild_id=guild_id,
                taught_by=database.hash_user(user_id),
                taught_at=datetime.now(UTC),
            )
        )
    return Lesson(question, entry_key)


async def latest_id(database: Database) -> int:
    """The newest lesson's id, 0 when there is none: cheap enough to poll every few seconds."""
    async with database.session() as session:
        return int(await session.scalar(select(func.coalesce(func.max(LessonRow.id), 0))) or 0)


async def all_lessons(database: Database) -> list[Lesson]:
    """Every lesson, oldest first; a phrasing taught twice keeps only its latest answer."""
    async with database.session() as session:
        rows = (
            await session.execute(select(LessonRow.question, LessonRow.entry_key).order_by(LessonRow.id))
        ).all()
    latest: dict[str, Lesson] = {}
    for question, entry_key in rows:
        key = " ".join(question.casefold().split())
        latest.pop(key, None)
        latest[key] = Lesson(question, entry_key)
    return list(latest.values())


def export(lessons: Iterable[Lesson], knowledge: Knowledge) -> str:
    """The taught phrasings as ``examples:`` to add to each pair, grouped by knowledge file, as YAML.

    Lessons for pairs the knowledge no longer has, and "not covered" lessons, are listed in comments:
    a reviewer decides what to do with them, since they have no pair to go under.
    """
    by_file: defaultdict[str, defaultdict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    unknown: list[str] = []
    not_covered: list[str] = []
    for lesson in lessons:
        if lesson.entry_key is None:
            not_covered.append(lesson.question)
            continue
        entry = knowledge.get(lesson.entry_key)
        if entry is None:
            unknown.append(f"{lesson.entry_key}: {lesson.question}")
            continue
        examples = by_file[entry.source_file][entry.id]
        if lesson.question not in examples:
            examples.append(lesson.question)
    parts = ["# Taught phrasings, as `examples:` to add to each pair. Review them before committing.\n"]
    for source in sorted(by_file):
        pairs = [{"id": pair_id, "examples": examples} for pair_id, examples in by_file[source].items()]
        parts.append(f"\n# {source}\n")
        parts.append(yaml.safe_dump({"pairs": pairs}, allow_unicode=True, sort_keys=False, width=100))
    for title, items in (("taught as not answered by the interview", not_covered),
                         ("for pairs the knowledge no longer has", unknown)):  # fmt: skip
        if items:
            parts.append(f"\n# {title}:\n" + "".join(f"#   {item}\n" for item in items))
    return "".join(parts)
