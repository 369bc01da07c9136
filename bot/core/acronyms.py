"""Abbreviations matched by their initials, where no glossary says what they stand for.

People write "open source software" where the interview says "OSS", and "GMP" where it says "Good
Manufacturing Practices". An abbreviation is its words' initials: the interview's capitalised abbreviations
are looked for in the initials of a question's runs of words, and the interview's capitalised names give
their initials as words of their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.normalize import words

# Two to five letters, at least two of them capitals: OSS, IoT, CoE, ADCs (fold drops the plural s).
_ABBREVIATION = re.compile(r"\b(?=\w*[A-Z]\w*[A-Z])[A-Za-z]{2,5}s?\b")
# A name of two to four capitalised words, small words allowed between them: Good Manufacturing Practices,
# Center of Excellence.
_SMALL = r"(?:of|and|for|the|de|on)"
_NAME = re.compile(rf"\b[A-Z][a-z]+(?:\s+(?:{_SMALL}\s+)?[A-Z][a-z]+){{1,3}}\b")
SHORTEST, LONGEST = 3, 4  # words in a run spelling an abbreviation


def abbreviations(text: str) -> set[str]:
    """The abbreviations ``text`` uses, folded as ``words`` folds them ("ADCs": adc)."""
    return {word for found in _ABBREVIATION.findall(text) for word in words(found)}


def initials(run: Sequence[str]) -> str:
    return "".join(word[0] for word in run)


def name_initials(text: str) -> set[str]:
    """The initials of each capitalised name in ``text`` ("Good Manufacturing Practices": gmp)."""
    found = set()
    for name in _NAME.findall(text):
        parts = [word for word in name.split() if not re.fullmatch(_SMALL, word)]
        found.add(initials(parts).casefold())
    return found
