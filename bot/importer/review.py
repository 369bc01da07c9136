"""The review list: what the importer guessed, and what a person should check before publishing."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from bot.importer.draft import DraftPair, interview_id
from bot.importer.layouts.asking import ends_asking, thanks_for_having
from bot.importer.layouts.turns import Layout
from bot.importer.metadata import Metadata, is_prose
from bot.importer.sources import Source

_SHOWN = 3
# Chinese and Japanese write no spaces between words: a word there is two or three characters.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_UNSPACED_PER_WORD = 3


def _word_count(text: str) -> int:
    """How many words ``text`` has, roughly, in scripts that space their words or not."""
    unspaced = len(_UNSPACED.findall(text))
    return len(_UNSPACED.sub(" ", text).split()) + unspaced // _UNSPACED_PER_WORD


def _lead_prose(text: str) -> bool:
    """A paragraph of the writer's prose, not a credit or a field that runs on as one.

    "by the team, Ann Marsh. …" and "Interviewers: Jo Roe (Leeds) & …" are the page's credits.
    """
    return is_prose(text) and not re.match(r"by\b|[^\s:]+(?: [^\s:]+){0,3}:\s", text, re.IGNORECASE)


def review_list(
    source: Source,
    layout: Layout,
    metadata: Metadata,
    pairs: Sequence[DraftPair],
    glossary: Mapping[str, Sequence[str]] | None = None,
) -> list[str]:
    """One line per point, the most important first."""
    turns = [pair for pair in pairs if pair.kind == "qa"]
    lines = [f"found {len(turns)} questions and answers laid out as {layout.name}"]
    lines += metadata.notes
    if glossary:
        lines.append(
            f"glossary: {len(glossary)} abbreviation(s) the text spells out ({', '.join(glossary)}): "
            "check the long forms"
        )
    missing = [
        name
        for name, value in (
            ("role", metadata.role),
            ("organisation", metadata.organisation),
            ("published", metadata.published),
            ("tags", metadata.tags),
            ("standfirst", metadata.standfirst),
            ("source", metadata.source),
        )
        if not value
    ]
    if missing:
        lines.append(f"not found on the page, so left out: {', '.join(missing)}")
    lines.append(
        f"interview id {interview_id(metadata)!r} and the pair ids are made from the text: "
        "change them now if you like, then keep them (replies and buttons refer to them)"
    )
    lines.append(f"the about entry is written by the importer: rewrite it in your words ({pairs[0].id})")
    for question in layout.dropped_questions:
        lines.append(f"a question with no answer was left out: {_preview(question)!r}")
    checks: tuple[tuple[str, Callable[[DraftPair], bool]], ...] = (
        (
            "question(s) do not end in '?', check they are questions",
            lambda pair: not ends_asking(pair.question),
        ),
        ("answer(s) are very short, keep or fold them", lambda pair: _word_count(pair.answer) < 5),
        (
            "question(s) are long, did answer text end up in them?",
            lambda pair: _word_count(pair.question) > 60,
        ),
    )
    for message, applies in checks:
        ids = [pair.id for pair in turns if applies(pair)]
        if ids:
            lines.append(f"{len(ids)} {message}: {', '.join(ids)}")
    unused_lead = [block.text for number, block in enumerate(layout.lead) if number not in metadata.used_lead]
    unused_lead += layout.unasked
    # The example is a sentence of the interviewee's before any question, not a greeting or thanks for having
    # them, or else the first paragraph of prose, where a menu's or a label's line stands before the lead
    # ("Admin Menu: Link Products"): what an owner may want back in the draft.
    unasked = [text for text in layout.unasked if is_prose(text) and not thanks_for_having([text])]
    if unused_lead:
        example = next(iter(unasked), next(filter(_lead_prose, unused_lead), unused_lead[0]))
        lines.append(
            f"{len(unused_lead)} paragraph(s) before the first question are not in the draft, "
            f"e.g. {_preview(example)!r}"
        )
    if unasked:
        # A recording that starts after the first question was put ("I took the stall over in 2011 …"
        # under the guest's label, no question over it): the importer invents none, so says so plainly.
        lines.append(
            f"{len(unasked)} of them the interviewee said before any question was put: an answer may have "
            "been left out for want of a question; add the pair by hand with the question it answers"
        )
    if layout.unused:
        lines.append(
            f"{len(layout.unused)} paragraph(s) are in no answer (a section after the interview, a line "
            "introducing a question), "
            f"e.g. {_preview(layout.unused[0])!r}"
        )
    if layout.remarks:
        shown = ", ".join(repr(_preview(text, 30)) for text in layout.remarks[:_SHOWN])
        lines.append(
            f"{len(layout.remarks)} interviewer remark(s) between two answers ask nothing and were left out, "
            f"the answer around them kept as one: {shown}"
        )
    if layout.pull_quotes:
        shown = ", ".join(repr(_preview(text, 30)) for text in layout.pull_quotes[:_SHOWN])
        lines.append(
            f"{len(layout.pull_quotes)} pull quote(s) set an answer's words apart, left out: {shown}"
        )
    if layout.sponsor_reads:
        shown = ", ".join(repr(_preview(text, 30)) for text in layout.sponsor_reads[:_SHOWN])
        lines.append(
            f"{len(layout.sponsor_reads)} sponsor read(s) in the host's turns were left out: {shown}"
        )
    if layout.sign_off:
        shown = ", ".join(repr(_preview(text, 30)) for text in layout.sign_off[:_SHOWN])
        lines.append(f"the thanks after the last answer sign off and were left out: {shown}")
    if source.sign_off:
        lines.append(
            "the host's closing remark and thanks to the guest, run on from the last answer in captions that "
            f"name no one, were left out: {_preview(' '.join(source.sign_off))!r}"
        )
    if source.cold_open:
        lines.append(
            f"the cold open before the host's welcome ({len(source.cold_open)} cue(s), a clip played before "
            f"the show starts) was left out: {_preview(' '.join(source.cold_open))!r}"
        )
    if layout.cold_open:
        lines.append(
            f"the cold open before the host's welcome ({len(layout.cold_open)} paragraph(s), clips played "
            f"before the show starts) was left out: {_preview(' '.join(layout.cold_open))!r}"
        )
    if source.dropped:
        shown = ", ".join(repr(_preview(text, 30)) for text in source.dropped[:_SHOWN])
        lines.append(f"dropped {len(source.dropped)} line(s) of page furniture, e.g. {shown}")
    lines.append("terms and quotes are proposals: keep the ones a reader would search for or quote")
    # `python -m eval fields`: without the owners' aliases, the corpus's right answers fell 0.655 -> 0.578.
    lines.append(
        "add aliases (the words people type that an answer never says, e.g. 'IPO' for a stock listing) "
        "and examples (other phrasings): on our test corpus, aliases helped more than terms or the glossary"
    )
    return lines


def _preview(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
