"""The added cost of logging a question, and how fast the background writer empties its buffer.

Run: python benchmarks/bench_question_log.py [--questions 2000] [--rows 20000] [--database URL]

The question path only appends to the log's buffer; the database is written by a background task.
This prints the desk's time per question with and without the log (p50/p99, the same questions in
the same order), and the writer's rows per second into SQLite (a temp file) or DATABASE URL.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path

from bot.core.cooldown import Cooldown
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.discord_app.questions import QuestionDesk
from bot.settings import DEFAULT_KNOWLEDGE_DIR
from bot.storage.database import Database
from bot.storage.questions import Asked, QuestionLog

QUESTIONS = [
    "how big are the bioreactors?",
    "what does BioDlink do in Europe?",
    "who is Jun Liu?",
    "does BioDlink have a cafeteria for the bioreactor staff?",
    "qwxz vbnm plokij?",
]


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


async def time_desk(desk: QuestionDesk, count: int) -> list[float]:
    times = []
    for number in range(count):
        started = time.perf_counter()
        await desk.ask(number, QUESTIONS[number % len(QUESTIONS)], via="bench")
        times.append((time.perf_counter() - started) * 1e6)
    return times


async def main(questions: int, rows: int, url: str | None) -> None:
    engine = Engine(load_knowledge(DEFAULT_KNOWLEDGE_DIR))
    with tempfile.TemporaryDirectory() as folder:
        database = await Database.connect(url or f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        log = QuestionLog(database)
        cooldown = Cooldown(10**9, 1.0)
        plain = QuestionDesk(engine, cooldown=cooldown, max_length=300)
        logged = QuestionDesk(engine, cooldown=cooldown, max_length=300, record=log.record)
        await time_desk(plain, 200)  # warm the engine's caches
        without = await time_desk(plain, questions)
        with_log = await time_desk(logged, questions)
        await log.flush()  # the questions just logged, so the writer is timed on ``rows`` alone
        for name, times in (("without the log", without), ("with the log", with_log)):
            p50, p99 = percentile(times, 0.5), percentile(times, 0.99)
            print(f"desk.ask {name:<16} p50 {p50:8.1f} µs  p99 {p99:8.1f} µs")
        added = statistics.median(with_log) - statistics.median(without)
        print(f"added by logging (median difference): {added:.1f} µs per question")

        asked = Asked(1, 1, "guild", "bench", "how big are the bioreactors?", "answered", "i/p", 70.0, 1.0)
        started = time.perf_counter()
        for _ in range(rows):
            log.record(asked)
        queued = (time.perf_counter() - started) / rows * 1e6
        started = time.perf_counter()
        await log.flush()
        elapsed = time.perf_counter() - started
        print(f"record() alone: {queued:.2f} µs per question")
        rate = rows / elapsed
        print(
            f"background writer: {rows} rows in {elapsed:.2f} s ({rate:,.0f} rows/s, batches of {log.batch})"
        )
        await database.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--database", help="a database URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    asyncio.run(main(args.questions, args.rows, args.database))
