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

# What a question asks for, read off the interrogative that opens it. A wh-word further in is a conjunction
# ("what's hard when making ADCs") or belongs to an embedded clause of a yes/no question ("does it depend on
# which system"), and asks for nothing.
_PLACES = r"(?:city|cities|country|countries|state|region|regions|place|places|continent|town)"
_TIMES = r"(?:year|years|date|month|day|time|decade)"
_ENTITIES = (
    r"(?:company|companies|firm|firms|person|people|university|school|college|investor|investors|partner|"
    r"partners|client|clients|customer|customers|organi[sz]ation|brand|brands|publisher|team|bank|name)"
)
_ASKS = {
    "time": re.compile(rf"^(?:when|since when|how long|how old|(?:what|which|in which|in what) {_TIMES})\b"),
    "number": re.compile(
        r"^(?:how (?:much|many|big|large|old|long|fast|high|far|tall|heavy|often)"
        r"|what(?: is| s|'s)? the (?:number|amount|percentage|size|share|price|cost) of)\b"
    ),
    "name": re.compile(rf"^(?:who|whom|whose|(?:what|which)(?: is| s|'s)? (?:the )?{_ENTITIES})\b"),
    "place": re.compile(rf"^(?:where|(?:what|which|in which|in what) {_PLACES})\b"),
}
# Words that may precede the interrogative of a question without changing what it asks.
_LEAD_IN = re.compile(
    r"^(?:(?:so|and|but|ok|okay|hey|hi|also|then|well|um|like|quick question|real question)[,:]?\s+)+"
)
_EMBEDDING = re.compile(r"\b(?:know|tell me|wondering|asking|curious|idea|explain|say|remember)\s+(?=\w)")
_CLAUSES = re.compile(r"[?.!;:\n]+")

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
    """The kinds of fact ``question`` asks for, from the interrogative opening any of its clauses."""
    found: set[str] = set()
    for clause in _CLAUSES.split(question.casefold()):
        clause = _LEAD_IN.sub("", clause.strip(" ,-–—\"'“”‘’()"))
        starts = [clause] + [clause[m.end() :] for m in _EMBEDDING.finditer(clause)]
        for start in starts:
            found.update(kind for kind, pattern in _ASKS.items() if pattern.match(start))
    return _interned(tuple(sorted(found)))


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
    if not present.isdisjoint(_TIME_WORDS):
        times |= (present & _TIME_WORDS) | numbers
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
