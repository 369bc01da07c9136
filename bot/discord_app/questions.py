"""The one path every question takes, however it reached the bot: /ask, a mention, a DM or the menu.

Cooldown, length cap, the engine call, the log line and the question log record are written here once.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable

from bot.core.answers import Match, Result
from bot.core.cooldown import Cooldown
from bot.core.engine import Engine
from bot.core.text import shorten
from bot.discord_app import refs, render, views
from bot.discord_app.replies import Reply, Throttled
from bot.discord_app.store import NOWHERE, Place
from bot.settings import Settings
from bot.storage.questions import Asked, Outcome

log = logging.getLogger(__name__)

OTHER_MATCHES = 5
DID_YOU_MEAN = 3


class QuestionDesk:
    """Holds the current engine and answers questions for users; /reload swaps ``engine`` whole."""

    def __init__(
        self,
        engine: Engine,
        *,
        cooldown: Cooldown,
        max_length: int,
        record: Callable[[Asked], None] | None = None,
    ) -> None:
        self.engine = engine
        self.cooldown = cooldown
        self.max_length = max_length
        self.record = record or (lambda asked: None)

    @classmethod
    def from_settings(
        cls, settings: Settings, engine: Engine, record: Callable[[Asked], None] | None = None
    ) -> QuestionDesk:
        return cls(
            engine,
            cooldown=Cooldown(settings.cooldown_questions, settings.cooldown_seconds),
            max_length=settings.max_question_length,
            record=record,
        )

    async def ask(
        self, user_id: int, text: str, *, via: str, interview: str | None = None, place: Place = NOWHERE
    ) -> Reply | Throttled:
        """Answer free text through the matcher, or explain why not."""
        started = time.perf_counter()
        if throttled := self.throttle(user_id, via):
            self._record(user_id, text, via, place, "throttled", None, started)
            return throttled
        question = shorten(text, self.max_length)
        engine = self.engine  # one engine for the whole question, even if /reload swaps it meanwhile
        result = engine.ask(question, top=OTHER_MATCHES + 1, interview=interview)
        _log_question(user_id, via, result.best, answered=result.answered, started=started)
        self._record(user_id, question, via, place, result.outcome, result.best, started)
        reply = reply_for(result, engine)
        if len(text) > self.max_length:
            reply.content = render.too_long(self.max_length)
        return reply

    async def pick(
        self, user_id: int, reference: str, *, via: str, throttle: bool = False, place: Place = NOWHERE
    ) -> Reply | Throttled | None:
        """Answer exactly the pair the user chose (a ``refs`` reference); None when it no longer exists."""
        started = time.perf_counter()
        if throttle and (throttled := self.throttle(user_id, via)):
            self._record(user_id, reference, via, place, "throttled", None, started)
            return throttled
        engine = self.engine
        entry = refs.resolve(engine.knowledge, reference)
        match = None if entry is None else engine.answer_entry(entry.key)
        _log_question(user_id, via, match, answered=match is not None, started=started)
        if match is None:
            return None
        self._record(user_id, match.entry.question, via, place, "answered", match, started)
        return Reply(embeds=[render.answer_embed(match, show_score=False)], view=views.answer_view(match, ()))

    def throttle(self, user_id: int, via: str) -> Throttled | None:
        """Count one question (or click) against the user's cooldown; Throttled when over it."""
        verdict = self.cooldown.hit(user_id)
        if verdict.allowed:
            return None
        log.info("throttled user=%s via=%s wait=%.0fs", hash_user(user_id), via, verdict.retry_after)
        return Throttled(verdict.retry_after, verdict.first_refusal)

    def _record(
        self,
        user_id: int,
        question: str,
        via: str,
        place: Place,
        outcome: Outcome,
        match: Match | None,
        started: float,
    ) -> None:
        """One row for the question log; only queued here, the database is written in the background."""
        self.record(
            Asked(
                user_id=user_id,
                guild_id=place.guild_id,
                channel_kind=place.channel_kind,
                via=via,
                question=question,
                outcome=outcome,
                entry_key=match.entry.key if match else None,
                score=match.score if match else None,
                latency_ms=(time.perf_counter() - started) * 1000,
            )
        )


def reply_for(result: Result, engine: Engine) -> Reply:
    """An answer with its buttons, or a non-answer that says which kind, with suggestions when apt."""
    best = result.best
    if result.answered and best is not None:
        return Reply(embeds=[render.answer_embed(best)], view=views.answer_view(best, result.related()))
    offered = closest(result)
    knowledge = engine.knowledge
    embed = render.not_answered_embed(result.outcome, result.query, offered, knowledge, result.interview)
    return Reply(embeds=[embed], view=views.did_you_mean_view(offered, several=knowledge.several))


def closest(result: Result) -> tuple[Match, ...]:
    """The passages offered instead of an answer: only for a question on the interview's subject."""
    return result.matches[:DID_YOU_MEAN] if result.outcome == "not_in_interview" else ()


def _log_question(user_id: int, via: str, match: Match | None, *, answered: bool, started: float) -> None:
    """The one INFO line per question: who (hashed), how, what matched, how well, how fast."""
    log.info(
        "question user=%s via=%s matched=%s score=%.1f answered=%s ms=%.0f",
        hash_user(user_id), via, match.entry.key if match else "-", match.score if match else 0.0, answered,
        (time.perf_counter() - started) * 1000,
    )  # fmt: skip


def hash_user(user_id: int) -> str:
    """A short stable pseudonym, so logs can count repeat askers without naming them."""
    return hashlib.sha256(str(user_id).encode()).hexdigest()[:12]
