"""The noisy versions of a question are the question as a member might type it, and nothing more."""

import random

from rapidfuzz.distance import OSA

from eval.corpus import Item
from eval.noise import NOISES, noisy, slip, slips


def test_a_slip_is_one_edit_that_keeps_the_first_and_last_letters() -> None:
    rng = random.Random(1)
    for _ in range(200):
        typed = slip("bioreactor", rng)
        assert OSA.distance(typed, "bioreactor") == 1
        assert typed[0] == "b" and typed[-1] == "r"


def test_slips_touch_only_as_many_long_words_as_asked() -> None:
    typed = slips(1)("how big are the bioreactors", random.Random(0))

    changed = [a for a, b in zip(typed.split(), "how big are the bioreactors".split(), strict=True) if a != b]
    assert len(changed) == 1 and len(changed[0]) >= 4


def test_a_wrapper_keeps_the_question_whole() -> None:
    kept = ("as written", "a slip in one word", "slips in two words", "lower case, no punctuation")
    for name, noise in NOISES.items():
        if name not in kept:
            assert "how big are the bioreactors?" in noise("how big are the bioreactors?", random.Random(0))


def test_noise_leaves_what_is_expected_alone() -> None:
    item = Item("how big are the bioreactors?", ("2,000 L",), "answerable")

    [changed] = noisy((item,), NOISES["chat"], random.Random(0))

    assert changed.expect == item.expect and changed.kind == item.kind and changed.q != item.q
