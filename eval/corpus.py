"""The labelled question sets: one per interview of the corpus, plus the public sets beside the repo."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "corpus"
# The bundled interview's own file, not the folder: an owner's interviews beside it change no figure.
BUNDLED = ROOT / "knowledge" / "biodlink-jun-liu-2024.yaml"
SHARED = ROOT.parent / "shared"
PUBLIC = SHARED / "eval"
BUNDLED_SOURCE = "000_444ae8e2f1cf8cbc.txt"
KINDS = ("answerable", "unanswerable", "offtopic")


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled question: ``expect`` is None when the bot must not answer."""

    q: str
    expect: tuple[str, ...] | None
    kind: str


@dataclass(frozen=True, slots=True)
class QuestionSet:
    """Questions about one interview, and the knowledge (a folder, or the bundled file) that holds it."""

    name: str
    interview: str
    knowledge: Path
    items: tuple[Item, ...]


def read_items(path: Path) -> tuple[Item, ...]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        expect = raw.get("expect")
        kind = raw.get("kind") or ("answerable" if expect else "unanswerable")
        items.append(Item(raw["q"], tuple(expect) if expect else None, kind))
    return tuple(items)


def corpus() -> list[QuestionSet]:
    """Every interview of eval/corpus, with its own knowledge file or, for the bundled one, knowledge/."""
    sets = []
    for folder in sorted(path for path in CORPUS.iterdir() if path.is_dir()):
        questions = folder / "questions.jsonl"
        if not questions.exists():
            continue
        knowledge = folder if any(folder.glob("*.yaml")) else BUNDLED
        sets.append(QuestionSet(folder.name, folder.name, knowledge, read_items(questions)))
    return sets


def public_sets() -> list[QuestionSet]:
    """The public sets about the bundled interview (shared/eval), where they are beside the repo."""
    return [
        QuestionSet(f"public/{path.stem}", "biodlink-jun-liu-2024", BUNDLED, read_items(path))
        for path in sorted(PUBLIC.glob("dev*.jsonl"))
    ]


def source_of(question_set: QuestionSet) -> Path | None:
    """The raw published text of a set's interview, to import it with no hand edits, where it is at hand."""
    candidates = [
        CORPUS / question_set.interview / "source.txt",
        CORPUS / question_set.interview / "source.html",
        CORPUS / question_set.interview / "source.srt",
        CORPUS / question_set.interview / "source.vtt",
        CORPUS / question_set.interview / "source.org",
        PUBLIC / "interviews" / f"{question_set.interview}.txt",
    ]
    if question_set.knowledge == BUNDLED:
        candidates.append(SHARED / "seeds" / BUNDLED_SOURCE)
    return next((path for path in candidates if path.exists()), None)
