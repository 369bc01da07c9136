"""Answer quality with imported knowledge files (no hand edits) beside the hand-curated ones.

Run: python benchmarks/import_quality.py

For each interview of the evaluation corpus with a source text, it imports the source with
``bot.importer`` into a temporary folder and scores the curated file and the draft on the interview's
questions with ``../shared/eval/score.py`` through ``interview-bot ask --json``. The sets and their
sources are found as ``python -m eval`` finds them (``eval/corpus.py``): the source beside the questions
in any kind the importer reads, else the shared copy, else the seed for the bundled interview. A tool,
not a test: the figures go in notes, never in assertions.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.importer import import_file
from eval.corpus import SHARED, corpus, source_of

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("answer@1", "excerpt@1", "abstain")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--score", type=Path, default=SHARED / "eval" / "score.py")
    args = parser.parse_args()

    print(f"{'interview':28} {'pairs':>11}  " + "  ".join(f"{name:>19}" for name in FIGURES))
    print(f"{'':28} {'cur / imp':>11}  " + "  ".join(f"{'curated / imported':>19}" for _ in FIGURES))
    for question_set in corpus():
        source = source_of(question_set)
        if source is None:
            print(f"{question_set.name:28} skipped: no source text", file=sys.stderr)
            continue
        questions = ROOT / "eval" / "corpus" / question_set.name / "questions.jsonl"
        with tempfile.TemporaryDirectory() as temp:
            imported = Path(temp)
            draft = import_file(source)
            (imported / f"{question_set.name}.yaml").write_text(draft.yaml, encoding="utf-8")
            scores = [_score(args.score, questions, where) for where in (question_set.knowledge, imported)]
        pairs = f"{_pairs(question_set.knowledge):>4} / {len(draft.knowledge.pairs):<4}"
        cells = [f"{scores[0][name]:>8.3f} / {scores[1][name]:<8.3f}" for name in FIGURES]
        print(f"{question_set.name:28} {pairs:>11}  " + "  ".join(cells))
    return 0


def _pairs(knowledge: Path) -> int:
    """The pairs of a knowledge file, or of the files of a folder (the loader reads only its *.yaml)."""
    files = [knowledge] if knowledge.is_file() else sorted(knowledge.glob("*.yaml"))
    return sum(path.read_text(encoding="utf-8").count("\n  - id:") for path in files)


def _score(score: Path, questions: Path, knowledge: Path) -> dict[str, float]:
    command = f"{sys.executable} -m bot ask --json --knowledge {knowledge}"
    result = subprocess.run(
        [sys.executable, str(score), str(questions), "--cmd", command],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("answer@1"))
    return {name: float(found[1]) for name in FIGURES if (found := re.search(rf"{name} ([\d.]+)", line))}


if __name__ == "__main__":
    sys.exit(main())
