"""The shape of a knowledge file: one interview, its question/answer pairs and its glossary.

The models forbid unknown fields so a typo in a hand-edited file is reported rather than ignored.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,62}$")]

Precision = Literal["day", "month", "year"]

# Many interviews print only a month or a year; the bot must not invent the rest.
_PRINTED_FORMATS: tuple[tuple[str, Precision], ...] = (
    *((fmt, "day") for fmt in ("%d.%m.%Y", "%Y-%m-%d", "%d %B %Y", "%B %d, %Y")),
    *((fmt, "month") for fmt in ("%B %Y", "%b %Y", "%Y-%m")),
)
_PRINTED_YEAR = re.compile(r"^\d{4}$")
NO_DATE = "date not given"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Interview(_Strict):
    """Who was interviewed, where and when: the attribution every reply carries."""

    id: Identifier
    title: Text
    interviewee: Text
    role: Text | None = None
    organisation: Text | None = None
    published: Text | None = Field(
        default=None, description="the publication date as printed: 09.12.2024, June 2018 or 2018"
    )
    tags: tuple[Text, ...] = ()
    headline_quote: Text | None = None
    standfirst: Text | None = None
    mission_quote: Text | None = None
    source: Text | None = None

    @field_validator("published")
    @classmethod
    def _published_is_a_date(cls, value: str | None) -> str | None:
        if value is not None:
            printed_date(value)
        return value

    @property
    def published_on(self) -> date | None:
        """For sorting and age: a month or a year counts from its first day; None when not given."""
        return printed_date(self.published)[0] if self.published is not None else None

    @property
    def published_long(self) -> str:
        return spell_out_date(self.published)

    @property
    def attribution(self) -> str:
        """Who said it: the interviewee with whichever of role and organisation the file gives."""
        return ", ".join(part for part in (self.interviewee, self.role, self.organisation) if part)

    @property
    def names(self) -> str:
        """The interviewee and the organisation as one text: the words that name this interview."""
        return " ".join(part for part in (self.interviewee, self.organisation) if part)

    @property
    def cited_as(self) -> str:
        """Where and when it was published: the source line as written, else the title and the date.

        Every reply promises who said it and when, so a citation built from the title carries the date
        (spelt out, as every reply shows it); a source line is the file's own citation and stays whole.
        """
        if self.source:
            return self.source
        if self.published is None:
            return self.title
        return f"{self.title}, published {self.published_long}"


class Pair(_Strict):
    """One interviewer question with the interviewee's full answer, word for word."""

    id: Identifier
    kind: Literal["qa", "about"] = "qa"
    question: Text
    answer: Text
    terms: tuple[Text, ...] = ()
    aliases: tuple[Text, ...] = ()
    quotes: tuple[Text, ...] = ()
    examples: tuple[Text, ...] = Field(
        default=(), description="other ways people ask this question; matched like the question itself"
    )

    @model_validator(mode="after")
    def _quotes_are_verbatim(self) -> Pair:
        for number, quote in enumerate(self.quotes):
            if not quote_is_verbatim(quote, self.answer):
                raise _QuoteNotInAnswer(number, quote)
        return self


class KnowledgeFile(_Strict):
    """A whole file: the interview, the abbreviations its readers use, and its pairs."""

    interview: Interview
    glossary: dict[Text, tuple[Text, ...]] = Field(default_factory=dict)
    pairs: tuple[Pair, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _ids_are_unique(self) -> KnowledgeFile:
        seen: set[str] = set()
        for number, pair in enumerate(self.pairs):
            if pair.id in seen:
                raise _DuplicateId(number, pair.id)
            seen.add(pair.id)
        return self


class _LocatedError(ValueError):
    """A validation failure that knows which list item it belongs to, so the loader can name the line."""

    def __init__(self, location: tuple[str | int, ...], message: str) -> None:
        super().__init__(message)
        self.location = location


class _QuoteNotInAnswer(_LocatedError):
    def __init__(self, number: int, quote: str) -> None:
        super().__init__(("quotes", number), misquote_message(quote))


def misquote_message(quote: str) -> str:
    preview = quote if len(quote) <= 60 else quote[:57] + "..."
    return f"quote is not a verbatim part of the answer: {preview!r}"


def quote_is_verbatim(quote: str, answer: str) -> bool:
    return _flatten(quote) in _flatten(answer)


class _DuplicateId(_LocatedError):
    def __init__(self, number: int, pair_id: str) -> None:
        super().__init__(("pairs", number, "id"), f"duplicate id {pair_id!r}")


def _flatten(text: str) -> str:
    """Compare quotes and answers across line breaks, since YAML folds long lines where it likes."""
    return re.sub(r"\s+", " ", text).strip()


def spell_out_date(printed: str | None) -> str:
    """The date spelt out, because 09.12.2024 reads as September to half the world."""
    if printed is None:
        return NO_DATE
    day, precision = printed_date(printed)
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return f"{day:%B %Y}"
    return f"{day.day} {day:%B %Y}"


def printed_date(value: str) -> tuple[date, Precision]:
    """The first day the printed date can mean, and whether it gave a day, a month or a year."""
    for fmt, precision in _PRINTED_FORMATS:
        try:
            return datetime.strptime(value, fmt).date(), precision
        except ValueError:
            continue
    if _PRINTED_YEAR.match(value) and int(value) >= 1:
        return date(int(value), 1, 1), "year"
    raise ValueError(
        f"not a date in a known format (e.g. 09.12.2024 for 9 December 2024, June 2024 or 2024): {value!r}"
    )
