"""Turn what people type (Discord markup, typos, plurals, abbreviations) into comparable word stems."""

from __future__ import annotations

import re
import unicodedata

from bot.core.stemming import stem
from bot.core.vocabulary import STOPWORDS

_DISCORD_MARKUP = re.compile(
    r"<(?:@[!&]?|#)\d+>"  # user, role and channel mentions
    r"|<a?:\w+:\d+>"  # custom emoji
    r"|<t:-?\d+(?::\w)?>"  # timestamps
    r"|</[\w -]+:\d+>"  # slash command mentions
    r"|<id:\w+>"  # guild navigation
    r"|@(?:everyone|here)\b"
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MARKDOWN = re.compile(r"(\*{1,3}|_{1,3}|~~|\|\||`{1,3}|^>{1,3}\s|^#{1,3}\s|^-#\s)", re.MULTILINE)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REPEATED_PUNCTUATION = re.compile(r"([!?.,;:])\1+")
_SPACE = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<=\d)[,'](?=\d{3}\b)")
_INITIALISM_AMPERSAND = re.compile(r"\b([a-z])\s*&\s*([a-z])\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def clean(text: str) -> str:
    """Strip Discord markup, links and formatting, leaving the words a person meant to ask."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        char
        for char in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(char) and (char.isprintable() or char in "\n\t")
    )
    text = _LINK.sub(r"\1", text)
    text = _DISCORD_MARKUP.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _MARKDOWN.sub(" ", text)
    text = _REPEATED_PUNCTUATION.sub(r"\1", text)
    return _SPACE.sub(" ", text).strip()


def words(text: str) -> list[str]:
    """Lower-case words of ``text``: numbers keep their digits together, R&D stays one word."""
    text = _THOUSANDS.sub("", text.casefold())
    text = _INITIALISM_AMPERSAND.sub(r"\1\2", text).replace("%", " percent ")
    found: list[str] = []
    for word in _WORD.findall(text):
        word = word.replace("’", "'")
        if word.endswith("'s"):
            word = word[:-2]
        found.extend(part for part in word.split("'") if part)
    return found


def stems(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """The stems of the meaningful words in ``text``, in order."""
    return [stem(word) for word in words(text) if keep_stopwords or word not in STOPWORDS]


def normalize(text: str) -> str:
    """One canonical form of a question, for logging and for comparing questions as strings."""
    return " ".join(words(clean(text)))
