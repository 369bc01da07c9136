"""Answer quality with imported knowledge files (no hand edits) beside the hand-curated ones.

Run: python benchmarks/import_quality.py [--corpus eval/corpus] [--sources ../shared/eval/interviews]

For each interview of the evaluation corpus that has labelled questions, a curated knowledge file and
a source text, it imports the source with ``bot.importer`` into a temporary folder and scores both
files on the interview's questions with ``../shared/eval/score.py`` through ``interview-bot ask --json``.
The source is ``source.txt`` beside the questions, else ``SOURCES/<interview>.txt``, else the seed for
the bundled interview. A tool, not a test: the figures go in notes, never in assertions.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.importer import import_file

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BUNDLED = "biodlink-jun-liu-2024"
SEED = SHARED / "seeds" / "000_444ae8e2f1cf8cbc.txt"
FIGURES = ("answer@1", "excerpt@1", "abstain")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "eval" / "corpus")
    parser.add_argument("--sources", type=Path, default=SHARED / "eval" / "interviews")
    parser.add_argument("--score", type=Path, default=SHARED / "eval" / "score.py")
    args = parser.parse_args()

    print(f"{'interview':28} {'pairs':>11}  " + "  ".join(f"{name:>19}" for name in FIGURES))
    print(f"{'':28} {'cur / imp':>11}  " + "  ".join(f"{'curated / imported':>19}" for _ in FIGURES))
    for folder in sorted(path for path in args.corpus.iterdir() if (path / "questions.jsonl").is_file()):
        source, curated = _source(folder, args.sources), _curated(folder)
        if source is None or curated is None:
            print(f"{folder.name:28} skipped: no source text or no curated file", file=sys.stderr)
            continue
        with tempfile.TemporaryDirectory() as temp:
            imported = Path(temp)
            draft = import_file(source)
            (imported / f"{folder.name}.yaml").write_text(draft.yaml, encoding="utf-8")
            scores = [_score(args.score, folder / "questions.jsonl", where) for where in (curated, imported)]
        pairs = f"{_pairs(curated):>4} / {len(draft.knowledge.pairs):<4}"
        cells = [f"{scores[0][name]:>8.3f} / {scores[1][name]:<8.3f}" for name in FIGURES]
        print(f"{folder.name:28} {pairs:>11}  " + "  ".join(cells))
    return 0


def _source(folder: Path, sources: Path) -> Path | None:
    candidates = [folder / "source.txt", sources / f"{folder.name}.txt"]
    if folder.name == BUNDLED:
        candidates.append(SEED)
    return next((path for path in candidates if path.is_file()), None)


def _curated(folder: Path) -> Path | None:
    """The folder of the curated file: the corpus folder itself (the loader reads only its *.yaml)."""
    if (folder / f"{folder.name}.yaml").is_file():
        return folder
    return ROOT / "knowledge" if folder.name == BUNDLED else None


def _pairs(directory: Path) -> int:
    return sum(text.count("\n  - id:") for text in (path.read_text() for path in directory.glob("*.yaml")))


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
