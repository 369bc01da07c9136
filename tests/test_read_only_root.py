"""``ask``, ``check`` and ``health`` work where no temporary directory is writable, as on a read-only root.

Python's ``tempfile.gettempdir()`` raises there. Each command runs in a fresh interpreter in which it
raises too, so any use of it, at import time or later, fails the test. tests/test_docker_image.py runs the
same commands in the real image with ``--read-only``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.health import beat

NO_TEMP_DIR = """
import sys, tempfile

def no_temp_dir(*args, **kwargs):
    raise FileNotFoundError("No usable temporary directory found (read-only root)")

tempfile.gettempdir = tempfile.gettempdirb = no_temp_dir
from bot.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _interview_bot(*args: str, cwd: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    # No TMPDIR, TEMP or TMP: the bot must not need one to name its default heartbeat file.
    env = {key: value for key, value in os.environ.items() if key not in {"TMPDIR", "TEMP", "TMP"}}
    return subprocess.run(
        [sys.executable, "-c", NO_TEMP_DIR, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=cwd,
        env=env | settings,
    )


def test_the_probe_really_takes_the_temp_dir_away(tmp_path: Path) -> None:
    probe = NO_TEMP_DIR.replace("from bot.cli import main", "tempfile.mkstemp()")

    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False, cwd=tmp_path
    )

    assert result.returncode != 0
    assert "No usable temporary directory" in result.stderr


def test_ask_answers_without_a_temp_dir(tmp_path: Path) -> None:
    result = _interview_bot("ask", "How big are the bioreactors?", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert "20,000 litres" in result.stdout


def test_check_validates_without_a_temp_dir(tmp_path: Path) -> None:
    result = _interview_bot("check", cwd=tmp_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")


@pytest.mark.parametrize("fresh", [True, False])
def test_health_reads_the_heartbeat_without_a_temp_dir(tmp_path: Path, fresh: bool) -> None:
    heartbeat = tmp_path / "interview-bot" / "heartbeat"
    if fresh:
        beat(heartbeat)

    result = _interview_bot("health", cwd=tmp_path, HEARTBEAT_FILE=str(heartbeat))

    assert "Traceback" not in result.stderr
    assert result.returncode == (0 if fresh else 1)
    assert result.stdout.startswith("healthy: " if fresh else "unhealthy: no heartbeat")


def test_health_without_heartbeat_file_looks_in_tmpdir_without_probing_it(tmp_path: Path) -> None:
    result = _interview_bot("health", cwd=tmp_path, TMPDIR=str(tmp_path))

    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert f"no heartbeat at {tmp_path / 'interview-bot.heartbeat'} " in result.stdout
