"""The lock files pin what the image ships and what CI tests, and the two agree.

``bash .ci/lock`` regenerates both from pyproject.toml. These tests fail when a dependency was added or
changed in pyproject.toml without regenerating them, or when the image or CI stops installing from them.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
RUNTIME_LOCK = REPO / "requirements.lock"
TEST_LOCK = REPO / "requirements-test.lock"
REGENERATE = "bash .ci/lock"


def _pins(lock: Path) -> dict[str, tuple[str, int]]:
    """``{name: (version, number of hashes)}`` from a pip requirements file with hashes."""
    text = re.sub(r"\\\n", " ", lock.read_text(encoding="utf-8"))
    pins = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        spec, *hashes = line.split("--hash=")
        requirement = Requirement(spec.strip())
        [specifier] = requirement.specifier
        assert specifier.operator == "==", f"{lock.name}: {spec.strip()} is not an exact pin"
        pins[canonicalize_name(requirement.name)] = (specifier.version, len(hashes))
    return pins


def _project() -> dict[str, object]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _declared(requirements: list[str]) -> list[Requirement]:
    """The declared requirements that apply to this interpreter and platform."""
    parsed = [Requirement(spec) for spec in requirements]
    return [
        requirement for requirement in parsed if requirement.marker is None or requirement.marker.evaluate()
    ]


@pytest.mark.parametrize(
    ("lock", "requirements"),
    [
        (RUNTIME_LOCK, lambda project: project["dependencies"]),
        (TEST_LOCK, lambda project: project["dependencies"] + project["optional-dependencies"]["test"]),
    ],
    ids=["requirements.lock", "requirements-test.lock"],
)
def test_the_lock_pins_every_declared_dependency_within_its_range(lock, requirements):
    pins = _pins(lock)

    problems = []
    for requirement in _declared(requirements(_project())):
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(f"{requirement.name} is not in {lock.name}")
        elif not requirement.specifier.contains(pins[name][0], prereleases=True):
            problems.append(f"{lock.name} pins {name}=={pins[name][0]}, outside {requirement}")
    assert not problems, f"run `{REGENERATE}`: " + "; ".join(problems)


def test_ci_tests_exactly_the_versions_the_image_ships():
    shipped, tested = _pins(RUNTIME_LOCK), _pins(TEST_LOCK)

    tested_versions = {name: version for name, (version, _) in tested.items()}
    mismatched = {
        name: (version, tested_versions.get(name))
        for name, (version, _) in shipped.items()
        if tested_versions.get(name) != version
    }
    assert mismatched == {}


@pytest.mark.parametrize("lock", [RUNTIME_LOCK, TEST_LOCK], ids=lambda path: path.name)
def test_every_pin_carries_hashes_and_the_file_says_how_to_regenerate_it(lock):
    unhashed = [name for name, (_, hashes) in _pins(lock).items() if hashes == 0]

    assert not unhashed
    assert REGENERATE in lock.read_text(encoding="utf-8").splitlines()[1]


def test_the_image_and_ci_install_from_the_locks_with_hashes_checked():
    dockerfile = re.sub(r"\\\n", " ", (REPO / "Dockerfile").read_text(encoding="utf-8"))
    ci = re.sub(r"\\\n", " ", (REPO / ".ci" / "run").read_text(encoding="utf-8"))

    assert re.search(r"^COPY requirements\.lock ", dockerfile, re.MULTILINE)
    assert re.search(
        r"pip [^\n]*install [^\n]*--require-hashes[^\n]*--requirement requirements\.lock", dockerfile
    )
    assert re.search(r"pip\" install [^\n]*--require-hashes[^\n]*-r requirements-test\.lock", ci)
    assert re.search(r"pip\" install [^\n]*--no-deps[^\n]*-e \.", ci)
