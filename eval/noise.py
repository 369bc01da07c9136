"""The corpus's questions as members also type them: with slips, without capitals, wrapped in chat.

Nothing here is fitted to: the wrappers are everyday openings and sign-offs, the slips are random (one of
the four kinds Damerau counted: a letter missed, added, changed, or two swapped), and the corpus's wording
is otherwise kept. ``python -m eval noise`` answers each version with the shipped model.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import replace
from string import ascii_lowercase

from eval.corpus import Item

Noise = Callable[[str, random.Random], str]
_LONG_WORD = re.compile(r"[A-Za-z]{5,}")


def slip(word: str, rng: random.Random) -> str:
    """``word`` with one slip inside it (the first and last letters stay, as they mostly do)."""
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "miss", "change", "add"))
    if kind == "swap" and word[at] != word[at + 1] and at + 2 < len(word):
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if kind == "change":
        return word[:at] + rng.choice(ascii_lowercase.replace(word[at], "")) + word[at + 1 :]
    if kind == "add":
        return word[:at] + rng.choice(ascii_lowercase) + word[at:]
    return word[:at] + word[at + 1 :]


def slips(count: int) -> Noise:
    """A slip in each of ``count`` words of five letters or more, chosen at random."""

    def noisy(question: str, rng: random.Random) -> str:
        found = _LONG_WORD.findall(question)
        for word in rng.sample(found, min(count, len(found))):
            question = question.replace(word, slip(word, rng), 1)
        return question

    return noisy


def wrapped(before: str, after: str) -> Noise:
    """The question between an opening and a sign-off."""
    return lambda question, _: f"{before}{question}{after}"


NOISES: dict[str, Noise] = {
    "as written": lambda question, _: question,
    "a slip in one word": slips(1),
    "slips in two words": slips(2),
    "lower case, no punctuation": lambda question, _: re.sub(r"[^\w\s]", "", question.lower()),
    "greeting, sign-off": wrapped("Hi there! ", " Cheers"),
    "preamble": wrapped("ok so I was reading this interview last night. ", ""),
    "apology": wrapped("Sorry if this is a dumb question. ", ""),
    "aside after": wrapped("", " asking for a friend"),
    "formal": wrapped("Good evening. ", " Thank you in advance."),
    "chat": wrapped("hey, quick question: ", " thanks!"),
}


def noisy(items: tuple[Item, ...], noise: Noise, rng: random.Random) -> list[Item]:
    return [replace(item, q=noise(item.q, rng)) for item in items]
