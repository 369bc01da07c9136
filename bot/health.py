"""A heartbeat file the running bot refreshes while its gateway is up, read by ``interview-bot health``.

A file rather than a port keeps the health check free of networking inside the container. At start-up
the bot writes ``connecting <time>`` first, so a beat left by an earlier run never passes for this one,
and ``health`` can say the bot is not connected yet rather than that it is missing. While it tries, it
renews that mark (``connecting <start> <latest>``), so a bot killed before it connected, which writes
nothing more, shows as silent rather than as still trying. When ``run`` ends, stopped or failed, it writes
``stopped <time>``, so ``health`` says the bot stopped rather than that it is still trying to connect.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

CONNECTING = "connecting"
STOPPED = "stopped"


def beat(path: Path, now: float | None = None) -> None:
    """Record that the bot is connected right now; written atomically so a reader never sees half."""
    _write(path, f"{time.time() if now is None else now:.3f}\n")


def connecting(path: Path, now: float | None = None, *, since: float | None = None) -> None:
    """Record that the bot is trying to connect, and since when, replacing any beat of an earlier run."""
    now = time.time() if now is None else now
    _write(path, f"{CONNECTING} {now if since is None else since:.3f} {now:.3f}\n")


def still_connecting(path: Path, now: float | None = None) -> bool:
    """Renew a still-connecting bot's mark, keeping the start it gives; once connected, False, unwritten.

    Read and written with no await between, so a beat the bot writes on connecting is never overwritten.
    """
    try:
        words = path.read_text(encoding="ascii").split()
        since = float(words[1]) if words[:1] == [CONNECTING] else None
    except (OSError, UnicodeDecodeError, ValueError, IndexError):
        return False
    if since is None:
        return False
    connecting(path, now, since=since)
    return True


def stopped(path: Path, now: float | None = None) -> None:
    """Record that the bot has stopped, so no earlier beat or "connecting" mark outlives the run."""
    _write(path, f"{STOPPED} {time.time() if now is None else now:.3f}\n")


def _write(path: Path, stamp: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(stamp)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def check(path: Path, max_age: float, now: float | None = None) -> tuple[bool, str]:
    """Say whether the last beat is recent enough, with a one-line reason either way."""
    now = time.time() if now is None else now
    try:
        words = path.read_text(encoding="ascii").split()
        stamp = float(words[-1])  # the latest mark
        started = float(words[1]) if len(words) > 2 else stamp
    except FileNotFoundError:
        return False, f"unhealthy: no heartbeat at {path} (is the bot running and connected?)"
    except (OSError, ValueError, UnicodeDecodeError, IndexError):
        return False, f"unhealthy: unreadable heartbeat at {path}"
    if words[0] == CONNECTING:
        if now - stamp > max_age:
            return False, (
                f"unhealthy: not connected, and silent for {now - stamp:.0f}s (limit {max_age:.0f}s): "
                f"the bot started {now - started:.0f}s ago and seems to have died before connecting"
            )
        return False, f"unhealthy: not connected yet (started {max(now - started, 0):.0f}s ago, still trying)"
    if words[0] == STOPPED:
        return False, f"unhealthy: the bot stopped {max(now - stamp, 0):.0f}s ago"
    if len(words) != 1:
        return False, f"unhealthy: unreadable heartbeat at {path}"
    age = now - stamp
    if age > max_age:
        return False, f"unhealthy: last heartbeat {age:.0f}s ago (limit {max_age:.0f}s)"
    return True, f"healthy: last heartbeat {max(age, 0):.0f}s ago"
