"""Knowledge directories for Discord tests: the real interview plus a hostile one that tests every limit."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml

from tests.bundled import BUNDLED_INTERVIEW

LONG_ID = "a" * 63  # the longest id the loader accepts: custom ids built from it must still fit
HOSTILE_QUESTION = (
    "What does *the* __longest__ ~~answer~~ say about @everyone and <@&123456789012345678>? " * 12
)
ZALGO = "Z̷̢̛̛̤͎̗̖̠̪̙͔̺͍̜̲̱̟̈́̈́͂͂̅̓̋̀̐̿̓̑͘͘͠a̶̡̨̛͓̝̮̻̫̭͙̙̯̪̗̲̽͂̈́̀̆̑̍̓̏̑̔̚͝l̴̡̛̺̱̫̼̦̘̺̬̪͓̲̐̇̔̍̈́̿̅̏̿́̊͂̃̚͝g̶̢̛̪̺̦̬̘̩̺̳̟̪̈́̀̍̑̎͌̾̊͋̔̾̏͘͘o̶"
SENTENCE = (
    "The bioreactor *suite* at plant_{n} holds ~{n}000 litres | a figure that @everyone in the "
    "industry watches closely, according to `the` team. "
)


def long_answer(sentences: int = 160) -> str:
    """About 20,000 characters in paragraphs, full of markdown and mention characters."""
    paragraphs = []
    for start in range(0, sentences, 8):
        paragraphs.append("".join(SENTENCE.format(n=n) for n in range(start, start + 8)).strip())
    return "\n\n".join(paragraphs)


def hostile_interview() -> dict[str, object]:
    answer = long_answer()
    first = SENTENCE.format(n=0).strip()
    return {
        "interview": {
            "id": "hostile-interview",
            "title": "An interview whose title is far too long for any Discord limit " * 6,
            "interviewee": "Ana *Markdown* Beispiel",
            "role": "Head of Everything " * 10,
            "organisation": "Edge_Case_Industries @here",
            "published": "01.02.2025",
            "headline_quote": first,
            "standfirst": "A stress test for every Discord limit.",
            "source": "Interview with Ana Beispiel, published 01.02.2025 " * 50,
        },
        "pairs": [
            {
                "id": LONG_ID,
                "question": HOSTILE_QUESTION,
                "answer": answer,
                "terms": ["bioreactor", "litres", "plant"],
                "aliases": ["longest answer"],
                "quotes": [answer.split("\n\n")[0], first],
            },
            {
                "id": "zalgo",
                "question": f"Why is the text {ZALGO} so strange?",
                "answer": f"Because {ZALGO} stacks combining marks on every letter. It still fits.",
                "terms": ["strange text", "combining marks"],
                "quotes": ["It still fits."],
            },
        ],
    }


def knowledge_dir(tmp_path: Path, *, hostile: bool = False, copies: int = 0) -> Path:
    """A private copy of the bundled knowledge (so a test may break it).

    ``hostile`` adds the hostile interview; ``copies`` adds renamed copies of the real one, ten questions
    each, for tests that need many topics.
    """
    directory = tmp_path / "knowledge"
    directory.mkdir()
    shutil.copy(BUNDLED_INTERVIEW, directory)
    if hostile:
        text = yaml.safe_dump(hostile_interview(), allow_unicode=True, sort_keys=False, width=1_000_000)
        (directory / "zz-hostile.yaml").write_text(text, encoding="utf-8")
    original = (directory / "biodlink-jun-liu-2024.yaml").read_text(encoding="utf-8")
    for number in range(copies):
        copy = original.replace("biodlink-jun-liu-2024", f"copy-{number}")
        copy = re.sub(r"(?m)^  - id: ([a-z-]+)$", rf"  - id: \1-{number}", copy)
        (directory / f"copy-{number}.yaml").write_text(copy, encoding="utf-8")
    return directory
