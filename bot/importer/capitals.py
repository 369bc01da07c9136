"""Read a line printed in capitals ("IVO BRANDT, CEO OF NASA") back in the case the page's own text uses.

Title-casing every word turns abbreviations into words ("Ceo", "Nasa"), and keeping short words in
capitals keeps names shouting ("IVO"). The page says which is which: its mixed-case text prints an
abbreviation in capitals ("NASA was hiring") and a name in title case ("Ivo joined in 2019").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_](?:[\w'’-]*[^\W_])?")
# A label in capitals before what the speaker says ("IVO BRANDT: I was ..."), or a billing's name before
# the role ("IVO BRANDT, Chief Engineer"): set in capitals as a label, no print of its words in the text.
_CAPITALS_LABEL = re.compile(r"^[^a-z]{1,60}?[:,]\s")
# The small words a title in title case leaves in lower case, unless the line opens with them.
_MINOR_WORDS = frozenset("a an and as at but by for from in into nor of on or per the to via vs with".split())


def opens_a_name(letter: str) -> bool:
    """A capital, or a letter of a script with no capitals (吉田, 李明): a name may open on either."""
    return letter.isupper() or (letter.isalpha() and letter.lower() == letter.upper())


@dataclass(frozen=True, slots=True)
class Casing:
    """How the page's mixed-case text prints each word, keyed by the word in capitals."""

    printed: Mapping[str, str]

    @classmethod
    def of(cls, texts: Iterable[str]) -> Casing:
        """The forms a page's text prints its words in; a line mostly in capitals is no evidence."""
        forms: dict[str, Counter[str]] = {}
        for text in texts:
            words = _WORD.findall(_CAPITALS_LABEL.sub("", text))
            if sum(word.isupper() for word in words) * 2 >= len(words):
                continue
            for word in words:
                stem, _ = _possessive(word)
                if not stem.islower():
                    forms.setdefault(stem.upper(), Counter())[stem] += 1
        return cls({key: counts.most_common(1)[0][0] for key, counts in forms.items()})

    def __call__(self, text: str) -> str:
        """``text`` as the page would print it in mixed case; text not wholly in capitals stays as it is."""
        if not text.isupper():
            return text
        first = _WORD.search(text)

        def cased(match: re.Match[str]) -> str:
            stem, possessive = _possessive(match.group())
            printed = self.printed.get(stem, "")
            if len(stem) > 1 and printed.isupper():  # an abbreviation: "NASA was hiring"
                word = stem
            elif stem.lower() in _MINOR_WORDS and first is not None and match.start() != first.start():
                word = stem.lower()
            else:
                word = printed or _titled(stem)
            return word + possessive.lower()

        return _WORD.sub(cased, text)


def _possessive(word: str) -> tuple[str, str]:
    """The word without its possessive ("NASA'S"), as the page prints it elsewhere, and the possessive."""
    return (word[:-2], word[-2:]) if len(word) > 2 and word[-2:].upper() in ("'S", "’S") else (word, "")


def _titled(word: str) -> str:
    """A word in title case, "O'Brien-Smith": a capital after a hyphen and after a one-letter prefix."""
    return re.sub(r"(?:^|(?<=-)|(?<=\b\w['’]))\w", lambda letter: letter.group().upper(), word.lower())
