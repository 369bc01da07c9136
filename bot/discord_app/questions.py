"""The one path every question takes, however it reached the bot: /ask, a mention, a DM or the menu.

Cooldown, length cap, the engine call, the log line and the unanswered log are written here once.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.core.answers import Match, Result
from bot.core.cooldown import Cooldown
from bot.core.engine import Engine
from bot.core.text import shorten
from bot.discord_app import refs, render, views
from bot.discord_app.replies import Reply, Throttled
from bot.settings import Settings

log = logging.getLogger(__name__)

OTHER_MATCHES = 5
DID_YOU_MEAN = 3


class QuestionDesk:
    """Holds the current engine and answers questions for users; /reload swaps ``engine`` whole."""

    def __init__(
        self, engine: Engine, *, cooldown: Cooldown, max_length: int, unanswered_log: Path | None = None
    ) -> None:
        self.engine = engine
        self.cooldown = cooldown
        self.max_length = max_length
        self.unanswered_log = unanswered_log

    @classmethod
    def from_settings(cls, settings: Settings, engine: Engine) -> QuestionDesk:
        return cls(
            engine,
            cooldown=Cooldown(settings.cooldown_questions, settings.cooldown_seconds),
            max_length=settings.max_question_length,
            unanswered_log=settings.unanswered_log,
        )

    async def ask(
        self, user_id: int, text: str, *, via: str, interview: str | None = None
    ) -> Reply | Throttled:
        """Answer free text through the matcher, or explain why not."""
        if throttled := self.throttle(user_id, via):
            return throttled
        question = shorten(text, self.max_length)
        engine = self.engine  # one engine for the whole question, even if /reload swaps it meanwhile
        started = time.perf_counter()
        result = engine.ask(question, top=OTHER_MATCHES + 1, interview=interview)
        _log_question(user_id, via, result.best, answered=result.answered, started=started)
        if not result.answered:
            await self._record_unanswered(result, user_id, via)
        reply = reply_for(result, engine)
        if len(text) > self.max_length:
            reply.content = render.too_long(self.max_length)
        return reply

    async def pick(
        self, user_id: int, reference: str, *, via: str, throttle: bool = False
    ) -> Reply | Throttled | None:
        """Answer exactly the pair the user chose (a ``refs`` reference); None when it no longer exists."""
        if throttle and (throttled := self.throttle(user_id, via)):
            return throttled
        started = time.perf_counter()
        engine = self.engine
        entry = refs.resolve(engine.knowledge, reference)
        match = None if entry is None else engine.answer_entry(entry.key)
        _log_question(user_id, via, match, answered=match is not None, started=started)
        if match is None:
            return None
        return Reply(embeds=[render.answer_embed(match, show_score=False)], view=views.answer_view(match, ()))

    def throttle(self, user_id: int, via: str) -> Throttled | None:
        """Count one question (or click) against the user's cooldown; Throttled when over it."""
        verdict = self.cooldown.hit(user_id)
        if verdict.allowed:
            return None
        log.info("throttled user=%s via=%s wait=%.0fs", hash_user(user_id), via, verdict.retry_after)
        return Throttled(verdict.retry_after, verdict.first_refusal)

    async def _record_unanswered(self, result: Result, user_id: int, via: str) -> None:
        """Append the question as one JSON line so maintainers can see what knowledge/ is missing."""
        if self.unanswered_log is None:
            return
        record = {
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
            "question": result.query,
            "outcome": result.outcome,
            "closest": [{"id": m.entry.id, "score": m.score} for m in closest(result)],
            "user": hash_user(user_id),
            "via": via,
        }
        line = json.dumps(record, ensure_ascii=False) + "\n"
        try:
            await asyncio.to_thread(_append, self.unanswered_log, line)
        except OSError as error:
            log.warning("could not write UNANSWERED_LOG %s: %s", self.unanswered_log, error)


def reply_for(result: Result, engine: Engine) -> Reply:
    """An answer with its buttons, or a non-answer that says which kind, with suggestions when apt."""
    best = result.best
    if result.answered and best is not None:
        return Reply(embeds=[render.answer_embed(best)], view=views.answer_view(best, result.related()))
    offered = closest(result)
    return Reply(
        embeds=[render.not_answered_embed(result.outcome, result.query, offered, engine.knowledge)],
        view=views.did_you_mean_view(offered),
    )


def closest(result: Result) -> tuple[Match, ...]:
    """The passages offered instead of an answer: only for a question on the interview's subject."""
    return result.matches[:DID_YOU_MEAN] if result.outcome == "not_in_interview" else ()


def _log_question(user_id: int, via: str, match: Match | None, *, answered: bool, started: float) -> None:
    """The one INFO line per question: who (hashed), how, what matched, how well, how fast."""
    log.info(
        "question user=%s via=%s matched=%s score=%.1f answered=%s ms=%.0f",
        hash_user(user_id), via, match.entry.id if match else "-", match.score if match else 0.0, answered,
        (time.perf_counter() - started) * 1000,
    )  # fmt: skip


def hash_user(user_id: int) -> str:
    """A short stable pseudonym, so logs can count repeat askers without naming them."""
    return hashlib.sha256(str(user_id).encode()).hexdigest()[:12]


def _append(path: Path, line: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(line)
