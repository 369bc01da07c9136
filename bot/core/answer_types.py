"""What kind of fact a question asks for, and what kinds of fact a sentence carries.

A question asking *when*, *how many*, *who* or *where* is answered only by a sentence that holds a date, a
number, a name or a place. When the best passage has none, the interview most likely does not say: that is
how "how old is he" or "what is the founder's name" become "the interview doesn't say" instead of a passage
that shares their words. The categories are the interrogatives of English grammar, not phrasings of any
particular question.
"""

from __future__ import annotations

import re
from functools import lru_cache

# What a question asks for, read off its interrogative.
_ASKS = {
    "time": re.compile(
        r"\b(?:when|what (?:year|date|month|time)|which (?:year|date|month)|since when|how long|how old)\b"
    ),
    "number": re.compile(
        r"\bhow (?:much|many|big|large|old|long|fast|high|far)\b|\b(?:percentage|number of|amount of)\b"
    ),
    "name": re.compile(r"\b(?:who|whom|whose|which)\b|\bnames?\b"),
    "place": re.compile(r"\bwhere\b|\bwhich (?:city|country|countries|cities|state|region|regions|place)\b"),
}

_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
    hundreds thousand thousands million millions billion billions dozen dozens half percent first second third
    decade decades century
    """.split()
)
_TIME_WORDS = frozenset("year years month months week weeks decade decades ago since until age old".split())
_DIGIT = re.compile(r"\d")
# A capitalised word that does not open the sentence: a name, a company, a city, a country.
_PROPER = re.compile(r"(?<=[\w,;:)] )(?:[A-Z][\w&.-]*[a-z0-9]|[A-Z]{2,})(?: [A-Z][\w&.-]*[a-z0-9])*\b")


def asked(question: str) -> frozenset[str]:
    """The kinds of fact ``question`` (lower-cased words joined by spaces) asks for."""
    return _interned(tuple(kind for kind, pattern in _ASKS.items() if pattern.search(question)))


Facts = tuple[tuple[str, frozenset[str]], ...]
_NO_FACTS: Facts = ()


def carried(text: str, present: set[str]) -> Facts:
    """The facts a sentence holds, by kind, each as the words that state it; ``present`` is its words.

    Kept as words so a question can tell a new fact from its own: "who runs BioDlink" is not answered by a
    sentence whose only name is BioDlink.
    """
    numbers = {word for word in present if word.isdigit()} if _DIGIT.search(text) else set()
    numbers |= present & _NUMBER_WORDS
    times = {word for word in numbers if len(word) == 4 and word[:2] in ("18", "19", "20")}
    times |= present & _MONTHS
    if numbers and not present.isdisjoint(_TIME_WORDS):
        times |= numbers
    names = {match.casefold() for match in _PROPER.findall(text)}
    found = []
    if numbers:
        found.append(("number", frozenset(numbers)))
    if times:
        found.append(("time", frozenset(times)))
    if names:
        frozen = frozenset(word for name in names for word in name.split())
        found += (("name", frozen), ("place", frozen))
    return tuple(found) if found else _NO_FACTS


def answers(asks: frozenset[str], facts: Facts, own_words: frozenset[str]) -> bool:
    """Whether the facts hold one of the asked kinds that is not just a word of the question itself."""
    return any(kind in asks and not values <= own_words for kind, values in facts)


@lru_cache(maxsize=64)
def _interned(kinds: tuple[str, ...]) -> frozenset[str]:
    """One frozenset per combination: there are few, and every question makes one."""
    return frozenset(kinds)
