"""Write bot/core/data/english.tsv.gz: how common each of the 60,000 most frequent English words is.

The engine weighs a question's words by how rare they are in the interview; a word the interview never uses
needs another measure, or "tell", "know" and "weather" would weigh the same. This derives that measure from
the wordfreq package (Robyn Speer et al., data under CC BY-SA 4.0: https://github.com/rspeer/wordfreq), so the
bot ships 300 kB of data instead of a 57 MB dependency.

    pip install wordfreq && python scripts/build_english_frequencies.py
"""

from __future__ import annotations

import gzip
from pathlib import Path

import wordfreq

WORDS = 60_000
OUT = Path(__file__).resolve().parent.parent / "bot" / "core" / "data" / "english.tsv.gz"


def main() -> None:
    lines = ["# word<TAB>Zipf frequency x 10 (log10 of uses per billion words), from wordfreq (CC BY-SA 4.0)"]
    for word in wordfreq.top_n_list("en", WORDS):
        if word.isalnum():
            lines.append(f"{word}\t{round(10 * wordfreq.zipf_frequency(word, 'en'))}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"wrote {len(lines) - 1} words to {OUT}")


if __name__ == "__main__":
    main()
