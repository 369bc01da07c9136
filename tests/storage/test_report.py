"""The report counts exactly what was logged, for the window and server asked for."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.storage.database import Database
from bot.storage.questions import Asked, QuestionLog
from bot.storage.report import build_report
from bot.storage.votes import vote

NOW = datetime(2026, 6, 10, 12, tzinfo=UTC)


async def seed(database: Database) -> None:
    log = QuestionLog(database)
    rows = [
        (1, "answered", "i/capacity", "How big?", NOW),
        (1, "answered", "i/capacity", "How large?", NOW - timedelta(days=1)),
        (1, "answered", "i/europe", "Europe?", NOW),
        (1, "not_in_interview", None, "What  is the salary?", NOW),
        (1, "not_in_interview", None, "what is the salary?", NOW - timedelta(days=2)),
        (1, "off_topic", None, "Best pizza?", NOW),
        (1, "throttled", None, "again", NOW),
        (2, "answered", "i/capacity", "other server", NOW),
        (1, "answered", "i/capacity", "too old", NOW - timedelta(days=30)),
    ]
    for guild, outcome, key, text, when in rows:
        log.record(Asked(9, guild, "guild", "ask", text, outcome, key, 50.0, 1.0, when))
    assert await log.flush()


async def test_the_report_counts_outcomes_pairs_and_unanswered_questions_for_one_server(database: Database):
    await seed(database)
    await vote(database, message_id=1, user_id=1, guild_id=1, entry_key="i/capacity", helpful=True)
    await vote(database, message_id=1, user_id=2, guild_id=1, entry_key="i/capacity", helpful=False)
    await vote(database, message_id=2, user_id=2, guild_id=1, entry_key="i/europe", helpful=True)
    await vote(database, message_id=3, user_id=2, guild_id=2, entry_key="i/europe", helpful=True)
    report = await build_report(database, days=7, guild_id=1, now=NOW + timedelta(minutes=1))
    assert report.questions == 7
    assert report.outcomes == {"answered": 3, "not_in_interview": 2, "off_topic": 1, "throttled": 1}
    assert report.top_pairs == [("i/capacity", 2), ("i/europe", 1)]
    assert report.top_unanswered == [("What is the salary?", 2), ("Best pizza?", 1)]
    assert (report.helpful, report.not_helpful) == (2, 1)
    assert report.per_day[date(2026, 6, 10)]["answered"] == 2
    assert report.per_day[date(2026, 6, 9)]["answered"] == 1
    assert len(report.per_day) == 8 and sum(sum(day.values()) for day in report.per_day.values()) == 7
    assert round(report.share("answered"), 3) == round(3 / 7, 3)


async def test_without_a_server_the_report_covers_all_of_them(database: Database):
    await seed(database)
    report = await build_report(database, days=7, now=NOW + timedelta(minutes=1))
    assert report.questions == 8
    assert report.to_json()["outcomes"]["answered"] == 4


async def test_an_empty_log_gives_zeroes_not_errors(database: Database):
    report = await build_report(database, days=3, now=NOW)
    assert report.questions == 0 and report.share("answered") == 0.0
    assert report.to_json()["per_day"]["2026-06-10"] == {
        "answered": 0, "not_in_interview": 0, "off_topic": 0, "throttled": 0,
    }  # fmt: skip
