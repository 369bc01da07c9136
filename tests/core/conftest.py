import pytest

from bot.core.engine import Engine
from bot.core.knowledge import Knowledge
from bot.core.loader import load_knowledge
from tests.core.interviews import BUNDLED_KNOWLEDGE


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    return load_knowledge(BUNDLED_KNOWLEDGE)


@pytest.fixture(scope="session")
def engine(knowledge: Knowledge) -> Engine:
    return Engine(knowledge)
