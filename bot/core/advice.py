"""What ``check`` advises beyond errors: texts an owner wrote that the engine can make no use of.

An alias of everyday words only ("get up") passes every rule of the format, yet the engine drops such
words from terms and aliases, so it never matches anything; the owner who added it to fix a question would
never know why. (An example is read as a whole phrasing, its everyday words included, so none is named.)
"""

from __future__ import annotations

from bot.core.knowledge import Knowledge
from bot.core.normalize import stems, words

_FIELDS = ("terms", "aliases")


def matchable(text: str) -> bool:
    """Whether a term or alias holds a word the engine keeps: one made only of ignored words never matches."""
    return bool(stems(text))


def unusable_texts(knowledge: Knowledge) -> list[str]:
    """One line per term or alias made only of words the engine ignores, in file order."""
    notes = []
    for entry in knowledge:
        for field in _FIELDS:
            for text in getattr(entry.pair, field):
                if not matchable(text):
                    ignored = ", ".join(dict.fromkeys(words(text))) or "no words at all"
                    notes.append(
                        f"{entry.source_file}: pair '{entry.id}': {field} {text!r} has only words the engine "
                        f"ignores ({ignored}); use the words that name the topic"
                    )
    return notes
