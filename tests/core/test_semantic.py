"""Token vectors: any word WordPiece can spell has a unit vector, and meaning decides which are close."""

import numpy as np
import pytest

from bot.core.semantic import Embedder, embedder


@pytest.fixture(scope="module")
def vocabulary() -> dict[int, str]:
    return {number: token for token, number in embedder()._ids.items()}


def spelt(pieces: list[int], vocabulary: dict[int, str]) -> str:
    return "".join(vocabulary[piece].removeprefix("##") for piece in pieces)


def cosine(first: str, second: str) -> float:
    a, b = embedder().word_vector(first), embedder().word_vector(second)
    assert a is not None and b is not None
    return float(a @ b)


def test_the_shared_embedder_is_loaded_once() -> None:
    assert embedder() is embedder()
    assert isinstance(embedder(), Embedder)


@pytest.mark.parametrize("word", ["revenue", "doctorate", "capacity"])
def test_a_word_in_the_vocabulary_is_one_piece(word: str, vocabulary: dict[int, str]) -> None:
    [piece] = embedder()._pieces(word)

    assert vocabulary[piece] == word


@pytest.mark.parametrize("word", ["bioreactors", "biodlink", "xqzv", "cdmos"])
def test_wordpiece_spells_an_unknown_word_with_the_longest_known_prefix_first(
    word: str, vocabulary: dict[int, str]
) -> None:
    pieces = embedder()._pieces(word)
    known = set(vocabulary.values())

    assert len(pieces) > 1
    assert spelt(pieces, vocabulary) == word
    first = vocabulary[pieces[0]]
    assert not first.startswith("##")
    assert all(vocabulary[piece].startswith("##") for piece in pieces[1:])
    assert not any(word[:end] in known for end in range(len(first) + 1, len(word) + 1))


@pytest.mark.parametrize("word", ["☃", "a" * 101, "bio☃"])
def test_a_word_wordpiece_cannot_spell_has_no_vector(word: str) -> None:
    assert embedder()._pieces(word) == []
    assert embedder().word_vector(word) is None


@pytest.mark.parametrize("word", ["revenue", "bioreactors", "xqzv"])
def test_a_word_vector_is_a_unit_vector(word: str) -> None:
    vector = embedder().word_vector(word)

    assert vector is not None
    assert vector.shape == (embedder().dimensions,)
    assert np.linalg.norm(vector) == pytest.approx(1.0, abs=1e-5)


def test_a_text_vector_is_a_unit_vector_or_zero_when_no_word_is_known() -> None:
    assert np.linalg.norm(embedder().embed(["bioreactor", "capacity"])) == pytest.approx(1.0, abs=1e-5)
    assert not embedder().embed([]).any()
    assert not embedder().embed(["☃"]).any()


@pytest.mark.parametrize(
    ("word", "synonym", "unrelated"),
    [("doctorate", "phd", "banana"), ("revenue", "income", "bicycle"), ("big", "large", "yellow")],
)
def test_synonyms_are_closer_than_unrelated_words(word: str, synonym: str, unrelated: str) -> None:
    assert cosine(word, synonym) > cosine(word, unrelated) + 0.3


def test_a_common_word_barely_moves_a_texts_vector() -> None:
    """Smooth inverse frequency: "the" weighs next to nothing beside "bioreactor"."""
    both = embedder().embed(["the", "bioreactor"])

    assert float(both @ embedder().embed(["bioreactor"])) > 0.95
    assert float(both @ embedder().embed(["the"])) < 0.5


def test_the_memo_of_word_vectors_changes_no_result() -> None:
    words = ["fermentation", "tanks", "the", "xqzv"]
    embedder().embed(words)  # now memoised

    assert np.array_equal(embedder().embed(words), Embedder().embed(words))
