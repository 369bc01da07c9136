"""A heartbeat file the running bot refreshes while its gateway is up, read by ``interview-bot health``.

A file rather than a port keeps the health check free of networking inside the container.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def beat(path: Path, now: float | None = None) -> None:
    """Record that the bot is connected right now; written atomically so a reader never sees half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    stamp = f"{time.time() if now is None else now:.3f}\n"
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
    try:
        stamp = float(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        return False, f"unhealthy: no heartbeat at {path} (is the bot running and connected?)"
    except (OSError, ValueError, UnicodeDecodeError):
        return False, f"unhealthy: unreadable heartbeat at {path}"
    age = (time.time() if now is None else now) - stamp
    if age > max_age:
        return False, f"unhealthy: last heartbeat {age:.0f}s ago (limit {max_age:.0f}s)"
    return True, f"healthy: last heartbeat {max(age, 0):.0f}s ago"
