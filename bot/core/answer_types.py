"""What kind of fact a question asks for, and what kinds of fact a sentence carries.

A question asking *when*, *how many*, *who* or *where* is answered only by a sentence that holds a date, a
number, a name or a place. When the best passage has none, the interview most likely does not say: that is
how "how old is he" or "what is the founder's name" become "the interview doesn't say" instead of a passage
that shares their words. The categories are the interrogatives of English grammar, not phrasings of any
particular question.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from bot.core.normalize import WORD, fold
from bot.core.vocabulary import STOPWORDS

# What a question asks for, read off the interrogative that opens it. A wh-word further in is a conjunction
# ("what's hard when making ADCs") or belongs to an embedded clause of a yes/no question ("does it depend on
# which system"), and asks for nothing.
_PLACES = r"(?:city|cities|country|countries|state|region|regions|place|places|continent|town)"
_TIMES = r"(?:year|years|date|month|day|time|decade)"
_ENTITIES = (
    r"(?:company|companies|firm|firms|person|people|university|school|college|investor|investors|partner|"
    r"partners|client|clients|customer|customers|organi[sz]ation|brand|brands|publisher|team|bank|name|names|"
    r"title|titles)"
)
# What a number measures: "what's the top speed", "what is their annual budget".
_DESCRIBING = r"(?: (?!(?:of|for|in|on|to|and|with|about|from|at|by)\b)[\w-]+){0,2}"
_MEASURES = (
    r"(?:number|amount|percentage|percent|size|share|price|prices|cost|costs|speed|budget|salary|revenue|"
    r"population|weight|height|length|distance|temperature|score)"
)
_WHICH = r"(?:in )?(?:what|which|whats)(?:'s| s| is| was| are| were)?(?: the| their| his| her| its| our)?"
# "how many X": the thing counted, which the answer's number must count.
_AUXILIARY = r"(?:do|does|did|is|are|was|were|have|has|had|can|could|will|would|there)"
# "which European country", "what US investor": the noun asked about may come after a word or two that
# describe it (never an auxiliary, "of" or a determiner: "what does the company do" is a clause).
_DESCRIBED = (
    rf"(?:in )?(?:what|which)(?: (?!(?:{_AUXILIARY}|of|the|a|an|their|his|her|its|our)\b)[\w-]+){{1,2}}"
)
_ASKS = {
    "time": re.compile(rf"^(?:when|since when|how long|how old|{_WHICH} {_TIMES}|{_DESCRIBED} {_TIMES})\b"),
    "number": re.compile(
        r"^(?:how (?:much|many|big|large|old|long|fast|high|far|tall|heavy|often)"
        rf"|{_WHICH}{_DESCRIBING} {_MEASURES}|{_DESCRIBED} {_MEASURES})\b"
    ),
    # "What was the startup called?" asks its name as "what is its name?" does.
    "name": re.compile(
        rf"^(?:who|whom|whose|{_WHICH} {_ENTITIES}|{_DESCRIBED} {_ENTITIES}|what\b.*\b(?:called|named)$)\b"
    ),
    "place": re.compile(rf"^(?:where|{_WHICH} {_PLACES}|{_DESCRIBED} {_PLACES})\b"),
}
# "which" before anything but a verb ("which packages", "which of"); "what" before a noun phrase and then a
# verb ("what software was he using"), not before a determiner or pronoun ("what is the…", "what does he…").
_PRONOUNS = r"(?:the|a|an|this|that|these|those|his|her|their|its|our|your|my|you|he|she|they|it|we|i)"
_VERB = rf"(?:{_AUXILIARY}|should|might|may|am|be|been|'s|'re|s)"
_IDENTIFIES = re.compile(
    rf"^(?:(?:in|of|from|at|on|for|to|with) )?"
    rf"(?:which\b(?! {_VERB}\b)|what(?: (?!{_VERB}\b|{_PRONOUNS}\b)[\w-]+){{1,4}} {_VERB}\b)"
)
_COUNTED = re.compile(rf"\bhow many ((?:(?!{_AUXILIARY}\b)\w+ ?){{1,3}})")
# Words that may precede the interrogative of a question without changing what it asks.
_LEAD_IN = re.compile(
    r"^(?:(?:so|and|but|ok|okay|hey|hi|also|then|well|um|like|quick question|real question)[,:]?\s+)+"
)
_EMBEDDING = re.compile(r"\b(?:know|tell me|wondering|asking|curious|idea|explain|say|remember)\s+(?=\w)")
_CLAUSES = re.compile(r"[?.!;:\n]+")
# A sentence's words with hyphenated compounds kept whole, and its punctuation: the parts of a counted noun
# phrase and where it ends.
_PHRASE_TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*|[^\w\s]")
_PHRASE_WORDS = 4

_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred
    hundreds thousand thousands million millions billion billions dozen dozens half percent first second third
    decade decades century
    """.split()
)
_TIME_WORDS = frozenset("year years month months week weeks decade decades ago since until age old".split())
_DIGIT = re.compile(r"\d")
# A year ("1980", "2024"), a decade ("1980s", "80s") or an hour ("3pm"); and a time of day ("22:00").
_YEAR_OR_HOUR = re.compile(r"(?:18|19|20)\d\d|(?:1[89]|20)?\d0s|\d{1,2}(?:am|pm)")
_CLOCK_TIME = re.compile(r"(?<![\d.:])\d{1,2}:\d{2}(?!\d|[.:]\d)")
# A capitalised word that does not open the sentence: a name, a company, a city, a country; "(Mozilla)" too.
_PROPER = re.compile(
    r"(?:(?<=[\w,;:)] )|(?<= [(\"“‘']))(?:[A-Z][\w&.-]*[a-z0-9]|[A-Z]{2,})(?: [A-Z][\w&.-]*[a-z0-9])*\b"
)


# "Who is Ada Brandt?" asks what someone named is ("the harbour master"), not for a name: "who" with a
# copula before a name, one to three words that are no determiner, pronoun, preposition or verb form. "Who
# is the CEO?", "who is in charge" and "who is running it" ask for the person's name.
_DEFINES = re.compile(
    r"^who(?:'s| s| is| was) (?!(?:the|a|an|their|his|her|its|our|your|this|that|these|those|in|on|at|of|for|"
    r"with|from|to|by|there|it|he|she|they|you|we|i)\b)(?![\w-]{3,}(?:ing|ed)\b)[\w-]+(?: [\w-]+){0,2}$"
)


def asked(question: str) -> frozenset[str]:
    """The kinds of fact ``question`` asks for, from the interrogative opening any of its clauses."""
    found: set[str] = set()
    for start in _openings(question):
        if _DEFINES.match(start):
            continue
        found.update(kind for kind, pattern in _ASKS.items() if pattern.match(start))
    return _interned(tuple(sorted(found)))


def identifies(question: str) -> bool:
    """Whether ``question`` asks which one of a kind of thing: "which packages…", "what software did…".

    An interrogative determiner asks to pick out a particular thing by its name or title, whatever the noun;
    the answer model learns from the corpus how much less often such questions are answered.
    """
    return any(_IDENTIFIES.match(start) for start in _openings(question))


# A clause asks when a question mark closes it or an interrogative or auxiliary opens it ("there" does
# not: "hi there").
_ASKING = re.compile(rf"^(?:what|whats|who|whom|whose|when|where|which|why|how|(?!there){_VERB})\b")
_CLAUSE = re.compile(r"((?:[^?.!;:\n]|(?<=\d)[.:](?=\d))*)([?.!;:\n]*)")  # not "3.5" or "10:30"


def clauses(question: str) -> list[tuple[str, bool]]:
    """The clauses of a message, each with whether it asks: "hi all. what is X? thanks" asks once."""
    found = []
    for match in _CLAUSE.finditer(question):
        text, closing = match.groups()
        if text.strip():
            opening = _LEAD_IN.sub("", text.casefold().strip(" ,-–—\"'“”‘’()"))
            found.append((text, "?" in closing or bool(_ASKING.match(opening))))
    return found


def _openings(question: str) -> Iterator[str]:
    """Where an interrogative may open a clause of ``question``: each clause, and each embedded question."""
    for clause in _CLAUSES.split(question.casefold()):
        clause = _LEAD_IN.sub("", clause.strip(" ,-–—\"'“”‘’()"))
        yield clause
        yield from (clause[m.end() :] for m in _EMBEDDING.finditer(clause))


Facts = tuple[tuple[str, frozenset[str]], ...]
_NO_FACTS: Facts = ()


def carried(text: str, present: set[str]) -> Facts:
    """The facts a sentence holds, by kind, each as the words that state it; ``present`` is its words.

    Kept as words so a question can tell a new fact from its own: "who runs BioDlink" is not answered by a
    sentence whose only name is BioDlink.
    """
    # A numeral may carry a unit or a suffix: "25k words", "10x", "3pm", "the 1980s".
    numbers = {word for word in present if _DIGIT.search(word)} if _DIGIT.search(text) else set()
    numbers |= present & NUMBER_WORDS
    times = {word for word in numbers if _YEAR_OR_HOUR.fullmatch(word)}
    times |= {word for clock in _CLOCK_TIME.findall(text) for word in WORD.findall(clock)}
    times |= present & _MONTHS
    if numbers and not present.isdisjoint(_TIME_WORDS):
        times |= (present & _TIME_WORDS) | numbers  # "14 years", "two decades ago"; not "in the coming years"
    names = {fold(match) for match in _PROPER.findall(text)}
    found = []
    if numbers:
        found.append(("number", frozenset(numbers)))
    if times:
        found.append(("time", frozenset(times)))
    if names:
        frozen = frozenset(word for name in names for word in name.split())
        found += (("name", frozen), ("place", frozen))
    return tuple(found) if found else _NO_FACTS


def counted(question: str) -> tuple[str, ...]:
    """The words naming what a "how many" question counts ("how many ADC lines do they run": ADC, lines)."""
    found = _COUNTED.search(question.casefold())
    return tuple(found.group(1).split()) if found else ()


def counts(text: str) -> list[str]:
    """The words of the noun phrase after each number in a sentence: what its numbers count.

    "two state-of-the-art ADC manufacturing lines, with one…" counts state-of-the-art ADC manufacturing
    lines: the phrase runs from the number to the first function word or punctuation (up to four words, a
    compound counting as one), after at most two function words ("hundreds of projects").
    """
    found: list[str] = []
    tokens = _PHRASE_TOKEN.findall(fold(text))
    for position, token in enumerate(tokens):
        if not (token.isdigit() or token in NUMBER_WORDS):
            continue
        following = tokens[position + 1 : position + 8]
        # Up to two function words may come first: "hundreds of projects", "20 something protocols".
        lead = len(list(itertools.takewhile(lambda w: w in STOPWORDS, following[:2])))
        following = following[lead:]
        phrase = list(itertools.takewhile(lambda w: w[0].isalnum() and w not in STOPWORDS, following))
        found += [word for compound in phrase[:_PHRASE_WORDS] for word in WORD.findall(compound)]
    return found


def answers(asks: frozenset[str], facts: Facts, own_words: frozenset[str]) -> bool:
    """Whether the facts hold one of the asked kinds that is not just a word of the question itself."""
    return any(kind in asks and not values <= own_words for kind, values in facts)


@lru_cache(maxsize=64)
def _interned(kinds: tuple[str, ...]) -> frozenset[str]:
    """One frozenset per combination: there are few, and every question makes one."""
    return frozenset(kinds)
