import pytest

from bot.core.engine import Engine
from bot.core.knowledge import Knowledge
from bot.core.loader import load_knowledge
from tests.bundled import BUNDLED_INTERVIEW


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge(BUNDLED_INTERVIEW)


@pytest.fixture(scope="session")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge)
