"""English stemming, cached: the same few thousand words are stemmed over and over."""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

_stemmer = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return str(_stemmer.stemWord(word))
