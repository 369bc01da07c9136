"""The abbreviations an interview defines as it goes: "antibody drug conjugates (ADCs)".

People type either form ("what are ADCs", "antibody drug conjugates"); the glossary lets a question in one
find an answer in the other. Only abbreviations the text spells out are proposed: a long form is the run of
words just before the brackets whose initials spell the abbreviation, small words between them allowed
("contract development and manufacturing organisation (CDMO)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.vocabulary import STOPWORDS

# "(ADCs)", "(CoE)", "(GIS)": two to six letters, the first a capital, mostly capitals.
_DEFINED = re.compile(r"\((?P<short>[A-Z][A-Za-z]{1,5})\)")
_WORD = re.compile(r"[\w'’-]+")


def defined_abbreviations(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each abbreviation the texts define in brackets, with the long forms printed before it."""
    found: dict[str, list[str]] = {}
    for text in texts:
        for match in _DEFINED.finditer(text):
            short = match["short"]
            # The words before it run back to the bracket before, if any. Found with rfind, not in the
            # pattern: a lazy run before the bracket was retried from every character, so a long
            # paragraph without one took quadratic time, and a long run of spaces cubic.
            start = max(text.rfind("(", 0, match.start()), text.rfind(")", 0, match.start())) + 1
            before = text[start : match.start()].rstrip()
            if sum(char.isupper() for char in short) * 2 < len(short):
                continue  # "(Mozilla)": a name in brackets, not an abbreviation
            if short.endswith("s") and short[:-1].isupper() and len(short) > 2:
                short = short[:-1]  # "ADCs" abbreviates the plural of ADC
            long_form = _spelled_out(short, _WORD.findall(before))
            if long_form and long_form not in found.setdefault(short, []):
                found[short].append(long_form)
    return {short: tuple(forms) for short, forms in found.items() if forms}


def _spelled_out(short: str, words: list[str]) -> str | None:
    """The words at the end of ``words`` whose initials spell ``short``, small words between them allowed."""
    letters = [char.lower() for char in short]  # "CoE" spells its small letter too: Center of Excellence
    position = len(letters) - 1
    start = len(words)
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if word[0].lower() == letters[position]:
            position -= 1
            start = index
            if position < 0:
                return " ".join(words[start:])
        elif word.lower() not in STOPWORDS or start == len(words):
            return None
    return None
