"""How common a word is in general English, from the shipped word-frequency list.

The interview alone cannot say whether a word it never uses is a casual one ("tell", "guy") or a topic of
its own ("weather", "bitcoin"); general-English frequency can. See scripts/build_english_frequencies.py.
"""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib import resources
from string import ascii_lowercase

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.core.vocabulary import STOPWORDS


@cache
def _table() -> dict[str, float]:
    raw = resources.files("bot.core").joinpath("data", "english.tsv.gz").read_bytes()
    table: dict[str, float] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, _, tenths = line.partition("\t")
            table[word] = int(tenths) / 10
    return table


@cache
def longest() -> int:
    """The length of the list's longest word: no longer string is a word it knows (Zipf 0)."""
    return max(map(len, _table()))


def zipf(word: str) -> float:
    """log10 of the word's uses per billion words of English; 0 for a word outside the 60,000 commonest."""
    return _table().get(word, 0.0)


# Zipf 5, about one use in ten thousand words: above it lie English's few thousand commonest words, which
# name nothing in particular ("John", "bank", "night", "reading"); below it, words that can ("Williams").
COMMON = 5.0


# How much commoner than a typed word the function word one slip away must be for the word to be read as
# that slip ("wen", Zipf 3.5: "when", 6.4). A noisy channel: people slip on the order of once in a few
# hundred words typed, so a word over 300 times rarer (2.5 on the Zipf scale) than a function word next to
# it is more likely that slip than meant. Held-out answer@1 on eval/ is unmoved by it (0.618 off, 0.618 at
# 2.0, 0.616 at 2.5 and 3.0, `python -m eval --quick`): the corpus has few such slips, casual chat has many.
TYPO_MARGIN = 2.5
_MEMO_LIMIT = 20_000
_intended: dict[str, str] = {}


def intended(word: str) -> str:
    """The word ``word`` is most likely a slip for ("wen": when, "comapny": company), or ``word`` itself.

    Function words come first: they carry what a question asks ("when", "how many") but are too common to
    be in an interview's own vocabulary, so its typo correction never reaches them. Then any English word:
    a slip of a word the interview never says ("salray") would otherwise weigh as the rarest of words and
    mean nothing to the token vectors. The interview's own words still come first (``Ranker.parse``).
    """
    found = _intended.get(word)
    if found is not None:
        return found
    found = word
    if len(word) > 1 and word not in STOPWORDS and not word.isdigit():
        own = zipf(word)
        hits = process.extract(word, _FUNCTION_WORDS, scorer=OSA.distance, score_cutoff=1, limit=None)
        # A dropped letter is the commonest slip in quick typing ("wat", "hw"): restoring one comes first.
        likely = max((hit[0] for hit in hits), key=lambda c: (len(c) == len(word) + 1, zipf(c)), default=None)
        if likely is None or zipf(likely) - own < TYPO_MARGIN:
            # Else the commonest word a slip away, on the same margin: "comhpany" is company.
            likely = _commonest_neighbour(word)
        if likely is not None and zipf(likely) - own >= TYPO_MARGIN:
            found = likely
    if len(_intended) < _MEMO_LIMIT:
        _intended[word] = found
    return found


_FUNCTION_WORDS = sorted(STOPWORDS)
# Below this length one slip away lies a word of almost any spelling ("tha": than, that, the, thaw).
_SHORTEST_SLIP = 4


def _commonest_neighbour(word: str) -> str | None:
    """The commonest English word one slip from ``word``: a letter missed, added, changed or swapped.

    Spelling the slips out (a few hundred strings) and looking each up is cheaper than measuring the
    distance to every word of the list.
    """
    table = _table()
    if not _SHORTEST_SLIP <= len(word) <= longest() + 1 or not word.isalpha():
        return None  # past the longest English word and a letter more, spelling slips out is time wasted
    splits = [(word[:n], word[n:]) for n in range(len(word) + 1)]
    edits = {left + right[1:] for left, right in splits if right}
    edits |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edits |= {left + c + right[1:] for left, right in splits if right for c in ascii_lowercase}
    edits |= {left + c + right for left, right in splits for c in ascii_lowercase}
    edits.discard(word)
    known = [edit for edit in edits if edit in table]
    return max(known, key=lambda edit: (table[edit], edit), default=None)


# The regular correspondences of British and American spelling, each way: colour/color, organise/organize,
# analyse/analyze, centre/center, licence/license, catalogue/catalog, travelled/traveled, programme/program.
# The standards' own rules, not any question's words; a word is respelt only into one an interview uses.
_STANDARDS = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"our(s|ed|ing|ite|ites|able|ful)?$", r"or\1"),
        (r"(?<=[bhilmnprv]o)r(s|ed|ing|ite|ites|able|ful)?$", r"ur\1"),
        (r"is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1"),
        (r"iz(e|ed|es|ing|ation|ations|er|ers)$", r"is\1"),
        (r"ys(e|ed|es|ing)$", r"yz\1"),
        (r"yz(e|ed|es|ing)$", r"ys\1"),
        (r"(?<=[bcdgt])re(s)?$", r"er\1"),
        (r"(?<=[bcdgt])er(s)?$", r"re\1"),
        (r"ence$", "ense"),
        (r"ense$", "ence"),
        (r"ogue(s)?$", r"og\1"),
        (r"og(s)?$", r"ogue\1"),
        (r"(?<=[aeiou])ll(ed|ing|er|ers)$", r"l\1"),
        (r"(?<=[aeiou])l(ed|ing|er|ers)$", r"ll\1"),
        (r"amme(s)?$", r"am\1"),
        (r"(?<=r)am(s)?$", r"amme\1"),
    )
)


# Shorter words have no two spellings ("for" is not "four").
_SHORTEST_VARIANT = 5


def spellings(word: str) -> list[str]:
    """The word as the other standard spells it ("licence": license, "color": colour), if it differs."""
    if len(word) < _SHORTEST_VARIANT or word in STOPWORDS:
        return []
    found = [pattern.sub(replacement, word) for pattern, replacement in _STANDARDS]
    return [variant for variant in dict.fromkeys(found) if variant != word]
