"""The figures managers see, as plain data: /stats and ``interview-bot report`` render the same Report."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from bot.storage.database import Database
from bot.storage.questions import OUTCOMES
from bot.storage.tables import QuestionRow, VoteRow

TOP = 5
UNANSWERED = ("not_in_interview", "off_topic")


@dataclass(frozen=True, slots=True)
class Report:
    """Questions over the last ``days`` days (for one server, or all when ``guild_id`` is None)."""

    days: int
    guild_id: int | None
    since: datetime
    questions: int
    outcomes: dict[str, int]
    per_day: dict[date, dict[str, int]]
    helpful: int
    not_helpful: int
    top_pairs: list[tuple[str, int]] = field(default_factory=list)
    top_unanswered: list[tuple[str, int]] = field(default_factory=list)

    def share(self, outcome: str) -> float:
        return self.outcomes.get(outcome, 0) / self.questions if self.questions else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "guild_id": self.guild_id,
            "since": self.since.isoformat(timespec="seconds"),
            "questions": self.questions,
            "outcomes": self.outcomes,
            "votes": {"helpful": self.helpful, "not_helpful": self.not_helpful},
            "top_pairs": [{"entry": key, "questions": count} for key, count in self.top_pairs],
            "top_unanswered": [{"question": text, "times": count} for text, count in self.top_unanswered],
            "per_day": {day.isoformat(): counts for day, counts in self.per_day.items()},
        }


async def build_report(
    database: Database, *, days: int, guild_id: int | None = None, now: datetime | None = None
) -> Report:
    now = now or datetime.now(UTC)
    since = now - timedelta(days=days)
    first_day = since.date()
    per_day: dict[date, dict[str, int]] = {
        first_day + timedelta(n): dict.fromkeys(OUTCOMES, 0) for n in range((now.date() - first_day).days + 1)
    }
    outcomes: Counter[str] = Counter()
    pairs: Counter[str] = Counter()
    unanswered: Counter[str] = Counter()
    spelled: dict[str, str] = {}  # the same question in other case or spacing counts as one
    asked = select(QuestionRow.asked_at, QuestionRow.outcome, QuestionRow.entry_key, QuestionRow.question)
    asked = asked.where(QuestionRow.asked_at >= since)
    votes = select(VoteRow.helpful, func.count()).where(VoteRow.voted_at >= since).group_by(VoteRow.helpful)
    if guild_id is not None:
        asked = asked.where(QuestionRow.guild_id == guild_id)
        votes = votes.where(VoteRow.guild_id == guild_id)
    async with database.session() as session:
        for asked_at, outcome, entry_key, question in await session.execute(asked.order_by(QuestionRow.id)):
            outcomes[outcome] += 1
            day = per_day.setdefault(_utc(asked_at).date(), dict.fromkeys(OUTCOMES, 0))
            day[outcome] = day.get(outcome, 0) + 1
            if outcome == "answered" and entry_key:
                pairs[entry_key] += 1
            elif outcome in UNANSWERED and question:
                phrasing = " ".join(question.split())
                unanswered[spelled.setdefault(phrasing.casefold(), phrasing)] += 1
        counted: dict[bool, int] = dict((await session.execute(votes)).all())
    return Report(
        days=days,
        guild_id=guild_id,
        since=since,
        questions=sum(outcomes.values()),
        outcomes={outcome: outcomes.get(outcome, 0) for outcome in OUTCOMES},
        per_day=per_day,
        helpful=counted.get(True, 0),
        not_helpful=counted.get(False, 0),
        top_pairs=pairs.most_common(TOP),
        top_unanswered=unanswered.most_common(TOP),
    )


def _utc(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
