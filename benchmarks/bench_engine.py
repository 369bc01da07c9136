"""Time and memory of the answer engine, on the bundled interview and on 10,000 generated pairs.

Run: python benchmarks/bench_engine.py [--pairs 10000] [--questions 2000] [--seed 7]

Prints p50/p99 time per question (the engine's ``ask``, excerpt and quotes included), the index build
time, and the peak memory of building and querying. Numbers are wall-clock on this machine; run it
on an idle machine and compare medians, not single runs.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import random
import resource
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.core.engine import Engine
from bot.core.knowledge import Entry, Knowledge
from bot.core.loader import load_knowledge
from bot.core.models import Interview, Pair

ROOT = Path(__file__).resolve().parent.parent
REAL_QUESTIONS = ROOT / "tests" / "core" / "data" / "paraphrases.jsonl"


def percentile(samples: Sequence[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def time_questions(engine: Engine, questions: Sequence[str], rounds: int) -> list[float]:
    for question in questions[:50]:
        engine.ask(question)  # warm the caches as a running bot would be
    samples = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter_ns()
            engine.ask(question)
            samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples


def report(name: str, samples: Sequence[float]) -> None:
    print(
        f"{name}: {len(samples)} questions  p50 {statistics.median(samples):.3f} ms  "
        f"p99 {percentile(samples, 0.99):.3f} ms  max {max(samples):.3f} ms"
    )


def measure(label: str, build: Callable[[], Engine], rounds: int = 3) -> Engine:
    """Median build time over a few fresh builds, then one more under tracemalloc for peak memory."""
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        engine = build()
        times.append(time.perf_counter() - start)
        del engine
    gc.collect()
    tracemalloc.start()
    engine = build()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{label}: index build median {statistics.median(times):.3f} s (max {max(times):.3f} s), "
        f"peak memory while building {peak / 2**20:.1f} MiB"
    )
    return engine


def generated_knowledge(pairs: int, rng: random.Random) -> tuple[Knowledge, list[str]]:
    """A knowledge base shaped like real interviews: Zipf-distributed words, 4-10 sentences per answer."""
    vocabulary = [
        "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)) for _ in range(30000)
    ]
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocabulary))))
    glue = ["the", "of", "and", "we", "our", "in", "to", "with", "for", "is"]

    def sentence(length: int) -> str:
        chosen = rng.choices(vocabulary, cum_weights=cumulative, k=length)
        mixed = [word if rng.random() > 0.3 else rng.choice(glue) for word in chosen]
        return " ".join(mixed).capitalize() + "."

    interview = Interview(
        id="generated",
        title="Generated interview",
        interviewee="Ada Example",
        role="CEO",
        organisation="Examplecorp",
        published="01.01.2025",
        headline_quote="Generated.",
        standfirst="Generated for the benchmark.",
        source="benchmarks/bench_engine.py",
    )
    entries = []
    questions = []
    for number in range(pairs):
        answer = " ".join(sentence(rng.randint(12, 28)) for _ in range(rng.randint(4, 10)))
        first = answer.split(". ")[0]
        pair = Pair(
            id=f"pair-{number}",
            question=sentence(rng.randint(8, 16))[:-1] + "?",
            answer=answer,
            terms=tuple(rng.choices(vocabulary[:5000], k=5)),
            aliases=tuple(rng.choices(vocabulary[:5000], k=3)),
            quotes=(first,),
        )
        entries.append(Entry(pair=pair, interview=interview, source_file="generated.yaml"))
        if number % max(1, pairs // 2000) == 0:
            words = [word for word in answer.replace(".", "").split() if word not in glue]
            picked = rng.sample(words, k=min(len(words), rng.randint(2, 5)))
            questions.append("what about " + " ".join(picked) + "?")
    return Knowledge(interviews=(interview,), entries=tuple(entries), glossary={}), questions


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pairs", type=int, default=10_000)
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    knowledge = load_knowledge(ROOT / "knowledge")
    engine = measure(f"real knowledge ({len(knowledge)} pairs)", lambda: Engine(knowledge))
    real = [json.loads(line)["q"] for line in REAL_QUESTIONS.read_text(encoding="utf-8").splitlines() if line]
    rounds = max(1, args.questions // len(real))
    report("real knowledge", time_questions(engine, real, rounds))

    start = time.perf_counter()
    generated, questions = generated_knowledge(args.pairs, rng)
    print(
        f"generated {args.pairs} pairs in {time.perf_counter() - start:.1f} s (not part of the index build)"
    )
    big = measure(f"generated knowledge ({args.pairs} pairs)", lambda: Engine(generated))
    off_topic = ["what is the weather like tomorrow", "tell me a joke", "qwzx plorf grintle"] * 10
    report(f"generated knowledge ({args.pairs} pairs)", time_questions(big, questions + off_topic, 1))
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS {max_rss:.0f} MiB")


if __name__ == "__main__":
    main()
