"""The real image: built with the classic builder and with BuildKit, then run on a read-only root.

Skipped where no Docker daemon answers (``docker info``), as in CI. Elsewhere the build needs the base
image locally or from its registry; ``../shared/tools/docker_offline.sh`` makes a stand-in for it on a
machine without Docker Hub. ``DOCKER`` picks the CLI (default ``docker``): BuildKit needs one with buildx or
a built-in BuildKit (Docker 20.10-22), and is skipped with the reason otherwise.

The build context is a copy of the checkout with a ``.env`` holding a sentinel token, which must not reach
the image. ``ask``, ``check`` and ``health`` run with ``--read-only`` and nothing writable at all; ``run``
gets only a tmpfs on the heartbeat's folder and a volume for its database (``/data``), logs in to the
local fake Discord over the host's network, answers /ask, reports healthy, and stops cleanly on
``docker stop``.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fake_discord import FakeDiscord

REPO = Path(__file__).resolve().parents[1]
DOCKER = os.environ.get("DOCKER", "docker")
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120
READY_TIMEOUT = 60.0
SENTINEL = f"sentinel-{secrets.token_hex(8)}"
NOT_IN_CONTEXT = {".git", ".venv", "venv", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".hypothesis"}
READ_ONLY = ["--rm", "--read-only", "--network", "none"]
ESCAPE = "\x1b["


def _docker(*args: str, timeout: float = RUN_TIMEOUT, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DOCKER, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=os.environ | env,
    )


@pytest.fixture(scope="module")
def docker_daemon() -> None:
    if shutil.which(DOCKER) is None:
        pytest.skip(f"no {DOCKER} command")
    if _docker("info", timeout=30).returncode != 0:
        pytest.skip("no Docker daemon answers `docker info`")


@pytest.fixture(scope="module")
def build_context(docker_daemon: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The checkout as a developer has it, with a secret in .env that .dockerignore must keep out."""
    context = tmp_path_factory.mktemp("context") / "interview-bot"
    shutil.copytree(
        REPO,
        context,
        ignore=lambda folder, names: {
            name for name in names if name in NOT_IN_CONTEXT or name == "__pycache__"
        },
    )
    (context / ".env").write_text(f"DISCORD_TOKEN={SENTINEL}\n", encoding="utf-8")
    return context


@pytest.fixture(scope="module", params=["classic", "buildkit"])
def image(request: pytest.FixtureRequest, build_context: Path) -> Iterator[str]:
    """The image as one builder makes it, tagged for this test run and removed after."""
    builder = request.param
    tag = f"interview-bot-test:{builder}-{secrets.token_hex(4)}"
    built = _docker(
        "build", "--tag", tag, str(build_context),
        timeout=BUILD_TIMEOUT, DOCKER_BUILDKIT="0" if builder == "classic" else "1",
    )  # fmt: skip
    output = built.stdout + built.stderr
    if builder == "buildkit" and built.returncode != 0 and "buildx" in output:
        pytest.skip(f"this {DOCKER} has no BuildKit: {output.strip().splitlines()[0]}")
    assert built.returncode == 0, output[-4000:]
    print(f"{builder}: built {tag}")  # noqa: T201
    yield tag
    _docker("rmi", "--force", tag)


def test_ask_answers_on_a_read_only_root_with_no_network(image: str) -> None:
    result = _docker("run", *READ_ONLY, image, "ask", "How big are the bioreactors?")

    assert result.returncode == 0, result.stderr
    assert "20,000 litres" in result.stdout
    assert result.stderr == ""


def test_check_reads_the_knowledge_in_app_knowledge_on_a_read_only_root(image: str) -> None:
    result = _docker("run", *READ_ONLY, image, "check")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: ")
    assert result.stdout.rstrip().endswith("/app/knowledge")


def test_health_says_unhealthy_in_one_line_on_a_read_only_root(image: str) -> None:
    result = _docker("run", *READ_ONLY, image, "health")

    assert result.returncode == 1
    assert (
        result.stdout
        == "unhealthy: no heartbeat at /tmp/interview-bot/heartbeat (is the bot running and connected?)\n"
    )
    assert result.stderr == ""


def test_the_image_runs_as_a_user_and_holds_no_secret_from_the_build_context(image: str) -> None:
    user = _docker("image", "inspect", "--format", "{{.Config.User}}", image)
    search = 'grep -rl --exclude-dir=proc --exclude-dir=sys --exclude-dir=dev "$1" / ; echo "grep exit $?"'
    found = _docker(
        "run",
        "--rm",
        "--user",
        "0",
        "--network",
        "none",
        "--entrypoint",
        "sh",
        image,
        "-c",
        search,
        "-",
        SENTINEL,
    )
    history = _docker("history", "--no-trunc", image)

    assert user.stdout.strip() == "10001:10001"
    assert found.stdout == "grep exit 1\n", found.stdout  # 1: searched everything, found nothing
    assert found.stderr == ""
    assert history.returncode == 0
    assert SENTINEL not in history.stdout


async def _docker_async(*args: str, timeout: float = RUN_TIMEOUT) -> tuple[int, str, str]:
    """``docker …`` without blocking the loop in which the fake Discord answers the bot."""
    process = await asyncio.create_subprocess_exec(
        DOCKER, *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout)
    return process.returncode or 0, stdout.decode(), stderr.decode()


async def _wait_healthy(container: str) -> str:
    deadline = asyncio.get_running_loop().time() + READY_TIMEOUT
    while True:
        code, out, _ = await _docker_async("exec", container, "interview-bot", "health")
        if code == 0:
            return out
        if asyncio.get_running_loop().time() > deadline:
            _, logs, errors = await _docker_async("logs", container)
            raise AssertionError(f"not healthy after {READY_TIMEOUT}s: {out}\n{logs}{errors}")
        await asyncio.sleep(0.5)


@pytest.mark.parametrize("log_format", ["text", "json"])
async def test_run_serves_discord_with_only_the_heartbeat_folder_and_the_data_volume_writable(
    image: str, fake_discord: FakeDiscord, log_format: str
) -> None:
    container = f"interview-bot-test-{secrets.token_hex(4)}"
    volume = f"{container}-data"
    env = fake_discord.env(LOG_FORMAT=log_format)
    started = await _docker_async(
        "run", "--detach", "--name", container, "--read-only", "--tmpfs", "/tmp/interview-bot",
        "--volume", f"{volume}:/data",
        "--network", "host", *(f"--env={name}={value}" for name, value in env.items()), image,
    )  # fmt: skip
    assert started[0] == 0, started[2]
    try:
        health = await _wait_healthy(container)
        reply = await fake_discord.slash("ask", question="How big are the bioreactors?")
        stopped = await _docker_async("stop", "--time", "20", container)
        _, exit_code, _ = await _docker_async("wait", container)
        _, stdout, logs = await _docker_async("logs", container)
        _, kept, _ = await _docker_async(
            "run", *READ_ONLY, "--volume", f"{volume}:/data", "--entrypoint", "ls", image, "/data"
        )
    finally:
        await _docker_async("rm", "--force", container)
        await _docker_async("volume", "rm", "--force", volume)

    assert health.startswith("healthy: ")
    assert "interview-bot.sqlite3" in kept.split()  # the question log, kept in the volume
    assert "20,000 litres" in reply.embed["description"]
    assert stopped[0] == 0
    assert exit_code.strip() == "0", logs
    assert stdout == ""
    assert ESCAPE not in logs
    assert fake_discord.token not in logs
    lines = logs.splitlines()
    assert lines
    if log_format == "json":
        entries = [json.loads(line) for line in lines]
        assert {"time", "level", "logger", "message"} <= set(entries[0])
        assert any(entry["message"] == "stopped" for entry in entries)
    else:
        assert any(line.endswith(" INFO     bot.discord_app.runner: stopped") for line in lines)
        assert "Traceback" not in logs
