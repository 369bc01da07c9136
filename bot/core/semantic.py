"""Meaning beyond shared words: static token vectors distilled from a sentence encoder.

A text's vector is the mean of its words' vectors, each word weighted by how rare it is in English (the
"smooth inverse frequency" weight of Arora et al., 2017, with their a = 1e-3), so "the" barely counts and
"bioreactor" counts fully. A word's vector is the mean of its WordPiece tokens' vectors, so any word has one.
The vectors come from scripts/build_token_vectors.py, which trains them through this same pooling.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from bot.core.english import zipf

Vector = npt.NDArray[np.float32]
_SIF_A = 1e-3
_MAX_WORD = 100
_WORD_MEMO_LIMIT = 200_000


class Embedder:
    """Turns words into a unit vector; one instance is shared, loaded on first use."""

    def __init__(self) -> None:
        data = resources.files("bot.core").joinpath("data")
        vocabulary = data.joinpath("vocab.txt").read_text(encoding="utf-8").splitlines()
        self._ids = {token: number for number, token in enumerate(vocabulary)}
        with data.joinpath("token_vectors.npy").open("rb") as handle:
            self._vectors = np.load(handle).astype(np.float32) / 127.0
        self.dimensions = int(self._vectors.shape[1])
        self._words: dict[str, tuple[Vector, float] | None] = {}
        self._units: dict[str, Vector | None] = {}

    def embed(self, words: Iterable[str]) -> Vector:
        """The unit vector of a text given as lower-cased words (zero when none is known)."""
        total = np.zeros(self.dimensions, dtype=np.float32)
        memo = self._words
        for word in words:
            if word in memo:
                found = memo[word]
            else:
                found = self._word(word)
                if len(memo) < _WORD_MEMO_LIMIT:
                    memo[word] = found
            if found is not None:
                vector, weight = found
                total += weight * vector
        norm = float(np.linalg.norm(total))
        return total / norm if norm > 0 else total

    def word_vector(self, word: str) -> Vector | None:
        """The unit vector of one word, or None when WordPiece cannot spell it."""
        if word in self._units:
            return self._units[word]
        pieces = self._pieces(word)
        unit = None
        if pieces:
            vector = self._vectors[pieces].mean(axis=0)
            norm = float(np.linalg.norm(vector))
            unit = vector / norm if norm > 0 else None
        if len(self._units) < _WORD_MEMO_LIMIT:
            self._units[word] = unit
        return unit

    def spell(self, word: str) -> tuple[list[int], float] | None:
        """A word's WordPiece ids and its weight in a text, or None when WordPiece cannot spell it.

        scripts/build_token_vectors.py trains the vectors through the same pooling.
        """
        pieces = self._pieces(word)
        if not pieces:
            return None
        frequency = zipf(word)
        probability = 10 ** (frequency - 9) if frequency else 0.0
        return pieces, _SIF_A / (_SIF_A + probability)

    def _word(self, word: str) -> tuple[Vector, float] | None:
        spelled = self.spell(word)
        if spelled is None:
            return None
        pieces, weight = spelled
        return self._vectors[pieces].mean(axis=0), weight

    def _pieces(self, word: str) -> list[int]:
        """WordPiece: the longest known prefix, then the longest known continuation, and so on."""
        if len(word) > _MAX_WORD:
            return []
        ids = self._ids
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = ids.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return []
            pieces.append(found)
            start = end
        return pieces


@cache
def embedder() -> Embedder:
    return Embedder()
