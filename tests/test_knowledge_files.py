"""Every shipped knowledge file validates, and the bundled interview is the published text word for word."""

import re
import shutil
from pathlib import Path

import pytest

from bot.core.knowledge import Knowledge
from bot.core.loader import load_knowledge
from bot.core.text import paragraphs

KNOWLEDGE_DIR = Path(__file__).resolve().parents[1] / "knowledge"
KNOWLEDGE_FILES = sorted(path for path in KNOWLEDGE_DIR.iterdir() if path.is_file())
SEED = Path("/work/shared/seeds/000_444ae8e2f1cf8cbc.txt")
SEEDED_INTERVIEW = "biodlink-jun-liu-2024"

needs_seed = pytest.mark.skipif(not SEED.is_file(), reason=f"the seed interview text {SEED} is not here")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return load_knowledge(KNOWLEDGE_DIR)


@pytest.fixture(scope="module")
def seed_paragraphs() -> list[str]:
    """The seed's paragraphs, with the one a page break split in two joined back together."""
    joined: list[str] = []
    for paragraph in paragraphs(SEED.read_text(encoding="utf-8")):
        if joined and not re.search(r"[.!?\"”)]$", joined[-1]) and paragraph[:1].islower():
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


@pytest.fixture(scope="module")
def seed_answers(seed_paragraphs: list[str]) -> list[str]:
    """Everything the interviewee says: the paragraphs after the first question that are not questions."""
    first_question = next(n for n, paragraph in enumerate(seed_paragraphs) if paragraph.endswith("?"))
    return [
        paragraph
        for paragraph in seed_paragraphs[first_question:]
        if not paragraph.endswith("?") and not re.fullmatch(r"\[[^\]]*\]\([^)]*\)", paragraph)
    ]


def qa_answer_paragraphs(knowledge: Knowledge) -> list[tuple[str, str]]:
    return [
        (entry.id, paragraph)
        for entry in knowledge
        if entry.interview.id == SEEDED_INTERVIEW and entry.pair.kind == "qa"
        for paragraph in paragraphs(entry.answer)
    ]


def test_there_is_at_least_one_knowledge_file() -> None:
    assert KNOWLEDGE_FILES


@pytest.mark.parametrize("path", KNOWLEDGE_FILES, ids=lambda path: path.name)
def test_every_knowledge_file_is_yaml_so_that_the_wheel_ships_it(path: Path) -> None:
    # pyproject's package-data ships only *.yaml; the loader would also read *.yml from a checkout.
    assert path.suffix == ".yaml"


@pytest.mark.parametrize("path", KNOWLEDGE_FILES, ids=lambda path: path.name)
def test_every_knowledge_file_validates_on_its_own(path: Path, tmp_path: Path) -> None:
    shutil.copy(path, tmp_path / path.name)

    assert len(load_knowledge(tmp_path)) >= 1


def test_all_knowledge_files_load_together_without_clashing_ids(knowledge: Knowledge) -> None:
    ids = [entry.key for entry in knowledge]

    assert len(ids) == len(set(ids))
    assert len({interview.id for interview in knowledge.interviews}) == len(knowledge.interviews)


def test_every_glossary_abbreviation_has_a_long_form(knowledge: Knowledge) -> None:
    assert knowledge.glossary
    for short, longs in knowledge.glossary.items():
        assert longs, short
        assert all(long.strip() for long in longs), short


@needs_seed
def test_the_seed_is_split_into_the_answer_paragraphs_we_expect(seed_answers: list[str]) -> None:
    assert seed_answers[0].startswith("My career in biopharmaceuticals began")
    assert seed_answers[-1].startswith("Looking ahead, expanding our capabilities beyond China")
    assert any("Bayer's largest biologics manufacturing site" in paragraph for paragraph in seed_answers)


@needs_seed
def test_every_answer_paragraph_of_a_qa_pair_is_word_for_word_a_paragraph_of_the_interview(
    knowledge: Knowledge, seed_answers: list[str]
) -> None:
    published = {flat(paragraph) for paragraph in seed_answers}

    altered = [
        (entry_id, paragraph)
        for entry_id, paragraph in qa_answer_paragraphs(knowledge)
        if paragraph not in published
    ]

    assert altered == []


@needs_seed
def test_every_answer_paragraph_of_the_interview_is_in_exactly_one_pair(
    knowledge: Knowledge, seed_answers: list[str]
) -> None:
    used = [paragraph for _, paragraph in qa_answer_paragraphs(knowledge)]

    dropped = [paragraph for paragraph in seed_answers if used.count(flat(paragraph)) != 1]

    assert dropped == []


@needs_seed
def test_the_qa_pairs_keep_the_interview_order(knowledge: Knowledge, seed_answers: list[str]) -> None:
    assert [paragraph for _, paragraph in qa_answer_paragraphs(knowledge)] == [flat(p) for p in seed_answers]


@needs_seed
def test_every_qa_question_is_the_interviewers_question_as_printed(knowledge: Knowledge) -> None:
    text = flat(SEED.read_text(encoding="utf-8"))

    reworded = [
        entry.id
        for entry in knowledge
        if entry.interview.id == SEEDED_INTERVIEW
        and entry.pair.kind == "qa"
        and flat(entry.question) not in text
    ]

    assert reworded == []


@needs_seed
def test_the_interview_header_is_as_printed(knowledge: Knowledge, seed_paragraphs: list[str]) -> None:
    interview = knowledge.interview(SEEDED_INTERVIEW)

    assert interview is not None
    assert interview.title in seed_paragraphs
    assert interview.headline_quote in seed_paragraphs
    assert interview.published in seed_paragraphs
    assert interview.standfirst in seed_paragraphs
    assert interview.mission_quote is not None
    assert interview.mission_quote in interview.standfirst
