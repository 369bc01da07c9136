"""The loaded knowledge: every interview and pair from a directory, ready for the matcher."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from bot.core.models import Interview, Pair


@dataclass(frozen=True, slots=True)
class Entry:
    """A pair together with the interview it came from, which every reply needs for attribution."""

    pair: Pair
    interview: Interview
    source_file: str

    @property
    def id(self) -> str:
        return self.pair.id

    @property
    def key(self) -> str:
        """``interview-id/pair-id``, unique across files; a pair id is unique only within its interview.

        Buttons, autocomplete values and the question log carry this.
        """
        return f"{self.interview.id}/{self.pair.id}"

    @property
    def question(self) -> str:
        return self.pair.question

    @property
    def answer(self) -> str:
        return self.pair.answer

    @property
    def quotes(self) -> tuple[str, ...]:
        return self.pair.quotes


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Everything the bot can answer from; immutable so a reload can swap it whole."""

    interviews: tuple[Interview, ...]
    entries: tuple[Entry, ...]
    glossary: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    _by_id: Mapping[str, Entry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Entry] = {entry.key: entry for entry in self.entries}
        bare: dict[str, list[Entry]] = {}
        for entry in self.entries:
            bare.setdefault(entry.id, []).append(entry)
        # A bare pair id still resolves while it is unambiguous: buttons made before ids were scoped
        # to their interview carry one.
        for pair_id, found in bare.items():
            if len(found) == 1 and pair_id not in by_id:
                by_id[pair_id] = found[0]
        object.__setattr__(self, "_by_id", by_id)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, ref: str) -> Entry | None:
        """The entry for ``interview-id/pair-id``, or for a bare pair id that only one interview has."""
        return self._by_id.get(ref)

    def interview(self, interview_id: str) -> Interview | None:
        return next((item for item in self.interviews if item.id == interview_id), None)

    @property
    def several(self) -> bool:
        """Whether more than one interview is loaded: replies then say whose each passage is."""
        return len(self.interviews) > 1
