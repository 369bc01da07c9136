"""Turn what people type (Discord markup, typos, plurals, abbreviations) into comparable word stems."""

from __future__ import annotations

import re
import unicodedata

from bot.core.stemming import stem_all
from bot.core.vocabulary import STOPWORDS

# A user, role or channel mention: whom a message is for, never what it asks.
MENTION = re.compile(r"<(?:@[!&]?|#)\d+>")
_DISCORD_MARKUP = re.compile(
    MENTION.pattern  # user, role and channel mentions
    + r"|<a?:\w+:\d+>"  # custom emoji
    r"|<t:-?\d+(?::\w)?>"  # timestamps
    r"|</[\w -]+:\d+>"  # slash command mentions
    r"|<id:\w+>"  # guild navigation
    r"|@(?:everyone|here)(?![^\W_])"
)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MARKDOWN = re.compile(r"(\*{1,3}|_{1,3}|~~|\|\||`{1,3}|^>{1,3}\s|^#{1,3}\s|^-#\s)", re.MULTILINE)
_REPEATED_PUNCTUATION = re.compile(r"([!?.,;:])\1+")
_SPACE = re.compile(r"\s+")
_THOUSANDS = re.compile(r"(?<=\d)[,'](?=\d{3}\b)")
_INITIALISM_AMPERSAND = re.compile(r"\b([a-z])\s*&\s*([a-z])\b", re.IGNORECASE)
WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"['’]s\b")
# "ADCs", "CDMOs": the plural of an abbreviation, which stemming leaves alone.
_ABBREVIATION_PLURAL = re.compile(r"\b([A-Z][A-Z0-9&]{1,7})['’]?s\b")
_INVISIBLE = frozenset(("Mn", "Me", "Cf"))
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    """Strip Discord markup, links and formatting, leaving the words a person meant to ask."""
    text = _CONTROL.sub(" ", text)
    if not text.isascii():
        # Zalgo and other stacked marks go; format characters (zero-width joiners) go; what is left
        # unprintable becomes a space so it still separates words.
        text = "".join(
            ""
            if unicodedata.combining(char) or unicodedata.category(char) in _INVISIBLE
            else char
            if char.isprintable()
            else " "
            for char in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
        )
    text = _unlinked(text)
    text = _DISCORD_MARKUP.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _MARKDOWN.sub(" ", text)
    text = _REPEATED_PUNCTUATION.sub(r"\1", text)
    return _SPACE.sub(" ", text).strip()


def _unlinked(text: str) -> str:
    r"""Each Markdown link "[words](address)" as its words alone.

    One pass with ``find``, not a pattern tried afresh from every "[" to the end of the text, which took
    quadratic time on "[[[[…" or "[a](" repeated: every "[" before a "]" ends at that same "]", so when
    one fails they all do. The same text as ``re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)``.
    """
    pieces: list[str] = []
    done = 0
    start = text.find("[")
    while start >= 0:
        close = text.find("]", start + 1)
        if close < 0:
            break  # no "]" after this "[", so none after any later one
        if text.startswith("(", close + 1):
            end = text.find(")", close + 2)
            if end < 0:
                break  # no ")" to end this address, nor any later one
            pieces += (text[done:start], text[start + 1 : close])
            done = end + 1
            start = text.find("[", done)
        else:
            start = text.find("[", close + 1)
    return "".join(pieces) + text[done:] if pieces else text


def words(text: str) -> list[str]:
    """Lower-case words of ``text``: numbers keep their digits together, R&D stays one word."""
    return WORD.findall(fold(text))


def words_of_each(texts: list[str]) -> list[list[str]]:
    """``words`` of many one-line texts, folding them in one pass: the index does this per answer."""
    return [WORD.findall(line) for line in fold("\n".join(texts)).split("\n")]


def fold(text: str) -> str:
    """Case-fold, writing "ADCs", "1,600", "R & D" and "%" the one way ``words`` reads them.

    Accents go too, as ``clean`` takes them off a question: "Seán" in a passage is the "Sean" or "Seán"
    a member types.
    """
    text = _ABBREVIATION_PLURAL.sub(r"\1", text).casefold()
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = unicodedata.normalize(
            "NFC", "".join(char for char in decomposed if not unicodedata.combining(char))
        )
    if "," in text or "'" in text:
        text = _THOUSANDS.sub("", text)
    if "&" in text:
        text = _INITIALISM_AMPERSAND.sub(r"\1\2", text)
    if "%" in text:
        text = text.replace("%", " percent ")
    if "'" in text or "’" in text:
        text = _POSSESSIVE.sub("", text)
    return text


def stems(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """The stems of the meaningful words in ``text``, in order."""
    found = words(text)
    return stem_all(found if keep_stopwords else [word for word in found if word not in STOPWORDS])


def normalize(text: str) -> str:
    """One canonical form of a question, for logging and for comparing questions as strings."""
    return " ".join(words(clean(text)))
