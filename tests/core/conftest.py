from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.knowledge import Knowledge
from bot.core.loader import load_knowledge

BUNDLED_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge(BUNDLED_KNOWLEDGE)


@pytest.fixture(scope="session")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge)
