"""How common a word is in general English, from the shipped word-frequency list.

The interview alone cannot say whether a word it never uses is a casual one ("tell", "guy") or a topic of
its own ("weather", "bitcoin"); general-English frequency can. See scripts/build_english_frequencies.py.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources


@cache
def _table() -> dict[str, float]:
    raw = resources.files("bot.core").joinpath("data", "english.tsv.gz").read_bytes()
    table: dict[str, float] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, tenths = line.partition("\t")
            table[word] = int(tenths) / 10
    return table


def zipf(word: str) -> float:
    """log10 of the word's uses per billion words of English; 0 for a word outside the 60,000 commonest."""
    return _table().get(word, 0.0)
