"""Cold bursts of /ask against the local fake Discord over TLS: missed deadlines, latency and memory.

    .venv/bin/python benchmarks/bench_burst.py                 # bursts of 200 and 1,000, HTTP_POOL_LIMIT=64
    .venv/bin/python benchmarks/bench_burst.py --pool 1000     # nearly unbounded, to compare
    .venv/bin/python benchmarks/bench_burst.py --bursts 1000 --runs 3 --again 2   # then 2 warm bursts each

Each run starts a fresh ``interview-bot run`` (cold: no connection to the API open yet) pinned to one
core, with the fake Discord on another, both speaking TLS with a certificate made for the run by the
``openssl`` command. Once the bot is connected, the burst's interactions arrive evenly spread over one
second; each must be answered within Discord's 3 s (the fake refuses later answers, as Discord does).
It prints, per run: answers missed, latency p50 / p99 / max of those answered, the bot's resident memory
before, at its peak and 10 s after the burst, its most open file descriptors, and the CPU time it spent
per question (above 3 ms a question, 1,000 in a second cannot all be answered in time on one core).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.health import check  # noqa: E402
from bot.settings import Settings  # noqa: E402
from tests.fake_discord import FakeDiscord  # noqa: E402
from tests.fake_discord.tls import make_certificate, server_context  # noqa: E402

QUESTIONS = [
    "How big are the bioreactors?",
    "what is BioDlink's strategy in Europe?",
    "where did Jun Liu study?",
    "does BioDlink have a cafeteria?",
    "what about ADCs",
]
DEADLINE = 3.0
SETTLE_AFTER = 10.0
READY_TIMEOUT = 60.0
Row = dict[str, float]


def memory(pid: int) -> dict[str, int]:
    """Resident memory now and at its peak (kB), and open file descriptors, from /proc."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    fields["fds"] = len(os.listdir(f"/proc/{pid}/fd"))
    return fields


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used, from /proc/<pid>/stat."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pin(cores: set[int]) -> None:
    with contextlib.suppress(AttributeError, OSError):
        os.sched_setaffinity(0, cores)


async def run_bot(size: int, pool: int, again: int, directory: Path, cert: Path, key: Path) -> list[Row]:
    """A fresh bot given one cold burst of ``size``, then ``again`` more once warm; a row per burst."""
    fake = await FakeDiscord(ssl_context=server_context(cert, key), reply_timeout=READY_TIMEOUT).start()
    settings = {name.upper() for name in Settings.model_fields}
    heartbeat = directory / f"heartbeat-{size}-{time.monotonic_ns()}"
    env = {name: value for name, value in os.environ.items() if name.upper() not in settings}
    env.update(
        fake.env(
            COOLDOWN_QUESTIONS="1000000",
            HTTP_POOL_LIMIT=str(pool),
            LOG_LEVEL="WARNING",
            HEARTBEAT_FILE=str(heartbeat),
        ),
        SSL_CERT_FILE=str(cert),
    )
    log = directory / f"bot-{size}.log"  # a file, not a pipe nobody reads, which would stall the bot
    with log.open("wb") as output:
        bot = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", env=env, cwd=directory, preexec_fn=lambda: pin({0}),
            stdout=output, stderr=output,
        )  # fmt: skip
    try:
        await fake.wait_until(
            lambda: check(heartbeat, 60)[0] or bot.returncode is not None,
            timeout=READY_TIMEOUT,
            what="the bot to be connected",
        )
        if bot.returncode is not None:
            raise SystemExit(f"the bot exited with {bot.returncode}:\n{log.read_text()[-2000:]}")
        await asyncio.sleep(0.5)
        return [await burst(fake, bot.pid, size) for _ in range(1 + again)]
    finally:
        if bot.returncode is None:
            bot.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(bot.wait(), 15)
            except TimeoutError:
                bot.kill()
                await bot.wait()
        await asyncio.wait_for(fake.close(), 15)


async def burst(fake: FakeDiscord, pid: int, size: int) -> Row:
    """``size`` /ask spread evenly over one second; measured until answered or past the deadline, and
    again after ``SETTLE_AFTER`` seconds of quiet."""
    loop = asyncio.get_running_loop()
    before = memory(pid)
    cpu_before = cpu_seconds(pid)
    peak_fds = before["fds"]
    command = fake.alice.find_command("ask")
    records = []
    started = loop.time()
    for number in range(size):
        await asyncio.sleep(max(0.0, started + number / size - loop.time()))
        built, resolved, _ = fake.alice._build_options(command, [], {"question": QUESTIONS[number % 5]})
        record = fake.new_interaction(
            kind=2,
            data=fake.alice._command_data(command, built, resolved),
            channel=fake.general,
            user=fake.alice.user,
            command=command,
        )
        records.append(record)
        await fake.alice._dispatch(record)
        if number % 50 == 0:
            peak_fds = max(peak_fds, memory(pid)["fds"])
    end = loop.time() + DEADLINE + 1
    while loop.time() < end and not all(r.acknowledged for r in records):
        peak_fds = max(peak_fds, memory(pid)["fds"])
        await asyncio.sleep(0.05)
    peak = memory(pid)
    cpu = cpu_seconds(pid) - cpu_before
    await asyncio.sleep(SETTLE_AFTER)
    after = memory(pid)
    latencies = sorted(r.acknowledged_at - r.created for r in records if r.acknowledged_at is not None)
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {
        "missed": size - len(latencies),
        "p50": quantiles[49],
        "p99": quantiles[98],
        "max": latencies[-1] if latencies else float("nan"),
        "rss_before": before["VmRSS"] / 1024,
        "rss_peak": peak["VmHWM"] / 1024,
        "rss_after": after["VmRSS"] / 1024,
        "fds": peak_fds,
        "cpu_ms": cpu * 1000 / size,
    }


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bursts", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--pool", type=int, default=64, help="HTTP_POOL_LIMIT for the bot (1-1000)")
    parser.add_argument("--runs", type=int, default=1, help="fresh (cold) bots per burst size")
    parser.add_argument("--again", type=int, default=0, help="further bursts per bot once it is warm")
    args = parser.parse_args()
    pin({1} if (os.cpu_count() or 1) > 1 else {0})
    print(f"HTTP_POOL_LIMIT={args.pool}, {os.cpu_count()} cores: the bot on core 0, the fake Discord on 1")
    print(
        f"{'burst':>6} {'run':>4} {'missed':>7} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7} "
        f"{'RSS MB before/peak/+10s':>24} {'fds':>5} {'CPU ms/q':>8}"
    )
    with tempfile.TemporaryDirectory(prefix="bench-burst-") as temporary:
        directory = Path(temporary)
        cert, key = make_certificate(directory)
        for size in args.bursts:
            for run in range(1, args.runs + 1):
                rows = await run_bot(size, args.pool, args.again, directory, cert, key)
                for number, r in enumerate(rows):
                    label = f"{run}" + (f"+{number}" if number else "")
                    memory_line = f"{r['rss_before']:.0f} / {r['rss_peak']:.0f} / {r['rss_after']:.0f}"
                    print(
                        f"{size:>6} {label:>4} {r['missed']:>7} {r['p50'] * 1000:>7.0f} "
                        f"{r['p99'] * 1000:>7.0f} {r['max'] * 1000:>7.0f} {memory_line:>24} {r['fds']:>5} "
                        f"{r['cpu_ms']:>8.2f}",
                        flush=True,
                    )


if __name__ == "__main__":
    asyncio.run(main())
