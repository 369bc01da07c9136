"""Text helpers shared by the engine and the renderers: shortening at a word, sentence splitting."""

from __future__ import annotations

import re

ELLIPSIS = "…"

# A sentence ends at . ! or ? (optionally inside a closing quote or bracket) followed by a space and a
# capital, digit or opening quote; "09.12.2024", "e.g. this" and "U.S. firms" do not end one.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?P<gap>\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "vs.", "Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.", "U.S.", "U.K.")
# A numbered list item's mark ("2. Learn from others") opens its sentence; it ends none.
_LIST_MARK = re.compile(r"\d{1,3}\.")


def shorten(text: str, limit: int, *, placeholder: str = ELLIPSIS) -> str:
    """Fit ``text`` into ``limit`` characters, cutting at a word boundary and marking the cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = limit - len(placeholder)
    if room <= 0:
        return placeholder[:limit]
    cut = text[: room + 1]
    space = cut.rfind(" ")
    head = cut[:space] if space > 0 else text[:room]
    return head.rstrip(" ,;:-–—") + placeholder


def split_sentences(text: str) -> list[str]:
    """Split an answer into sentences, keeping each paragraph's sentences in order."""
    sentences: list[str] = []
    for flat in paragraphs(text):
        start = 0
        for boundary in _SENTENCE_END.finditer(flat):
            candidate = flat[start : boundary.start("gap")]
            if candidate.endswith(_ABBREVIATIONS) or _LIST_MARK.fullmatch(candidate):
                continue
            sentences.append(candidate)
            start = boundary.end()
        sentences.append(flat[start:])
    return [sentence for sentence in sentences if sentence]


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text`` (split at blank lines), each flattened to one line."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()]
