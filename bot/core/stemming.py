"""English stemming (Snowball, through PyStemmer's C implementation), memoised per word.

The same few thousand words are stemmed over and over, and a 10,000-pair index stems millions.
"""

from __future__ import annotations

from collections.abc import Iterable

import Stemmer

_stemmer = Stemmer.Stemmer("english")
_cache: dict[str, str] = {}
_CACHE_LIMIT = 200_000


def stem(word: str) -> str:
    found = _cache.get(word)
    if found is None:
        found = str(_stemmer.stemWord(word))
        if len(_cache) < _CACHE_LIMIT:
            _cache[word] = found
    return found


def stem_all(words: Iterable[str]) -> list[str]:
    cache = _cache
    return [cache.get(word) or stem(word) for word in words]


def stem_set(words: set[str]) -> frozenset[str]:
    """Stems of a set of words, with the set algebra done in C: this runs for every indexed sentence."""
    for word in words.difference(_cache):
        stem(word)
    if len(_cache) >= _CACHE_LIMIT:
        return frozenset(map(stem, words))
    return frozenset(map(_cache.__getitem__, words))
