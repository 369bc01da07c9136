"""References to entries that fit where Discord keeps them: custom ids and choice values, 100 characters.

A pair id is unique only within its interview, so a reference names both: ``interview-id/pair-id``
(``Entry.key``). Both ids may be 63 characters long, so when the key does not fit, the interview id is
replaced by a short digest: ``pair-id~0123456789``. Bare pair ids, carried by buttons sent before ids were
scoped to their interview, still resolve while only one interview has that pair.
"""

from __future__ import annotations

import hashlib

from bot.core.knowledge import Entry, Knowledge

VALUE_LIMIT = 100  # a custom id, a select option value or an autocomplete choice value
_DIGEST = "~"
_DIGEST_LENGTH = 10
PATTERN = rf"[a-z0-9][a-z0-9-]{{0,62}}(?:/[a-z0-9][a-z0-9-]{{0,62}}|{_DIGEST}[0-9a-f]{{{_DIGEST_LENGTH}}})?"


def ref(entry: Entry, room: int = VALUE_LIMIT) -> str:
    """The entry's key if it fits in ``room`` characters, else its pair id and a digest of its interview."""
    if len(entry.key) <= room:
        return entry.key
    return f"{entry.id}{_DIGEST}{_digest(entry.interview.id)}"


def resolve(knowledge: Knowledge, reference: str) -> Entry | None:
    """The entry a reference names, or None when no loaded entry (any more) answers to it."""
    pair_id, digest_mark, digest = reference.partition(_DIGEST)
    if not digest_mark:
        return knowledge.get(reference)
    return next(
        (entry for entry in knowledge if entry.id == pair_id and _digest(entry.interview.id) == digest), None
    )


def _digest(interview_id: str) -> str:
    return hashlib.sha256(interview_id.encode()).hexdigest()[:_DIGEST_LENGTH]
