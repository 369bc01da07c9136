"""A podcast host's ad reads ("This episode is brought to you by …"), taken out of the turns they sit in."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.importer.layouts.asking import ends_asking, sentences_in

# How a podcast's host reads an ad: "This episode is brought to you by …", "Today's show is sponsored
# by …", "Support for this podcast comes from …", "… use code HARBOUR at checkout", "And now a word from
# our sponsors".
_SHOW = r"(?:this|today['’]s|the) (?:episode|show|podcast|season|program|programme|segment)"
# The sponsor it names, in capitals ("… brought to you by Kettle & Crumb, the bakery …"): the read names
# it again where it goes on ("Kettle & Crumb ships …", "… today with Kettle & Crumb?").
_SPONSOR = r"(?:\s+(?:the\s+)?(?-i:(?P<sponsor>[A-Z][\w'’-]*(?: (?:&|and|[A-Z][\w'’-]*))*)))?"
_SPONSOR_READ = re.compile(
    rf"\b(?:{_SHOW}(?: of [\w'’ .-]{{1,40}}?)? is (?:brought to you|sponsored|supported|presented"
    rf"|made possible|underwritten)(?: in part)? by"
    rf"|support for {_SHOW}\b[^.?!]{{0,30}}? (?:comes|is provided) from)\b{_SPONSOR}"
    r"|\b(?:use|enter) (?:the )?(?:promo |discount |offer |coupon )?code \w[\w-]* (?:at checkout|for \d+ ?%)"
    r"|\ba word from (?:our|today['’]s) sponsors?\b",
    re.IGNORECASE,
)


def without_sponsor_reads(
    turns: Sequence[tuple[str, list[str]]], asks: Callable[[str], bool]
) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """The turns without the host's ad reads, and the reads: no one's question, nor part of an answer.

    A read sits in the host's turn, between two answers or before the first question, and says what it
    is. Its sentences go from the first that says so to the last that says so or names the sponsor
    ("This episode is brought to you by Acme. … Try Acme today. Use code HARBOUR at checkout."); what
    the host says after it ("Now, back to Rune. Where …?") stays. A turn with nothing left is gone, and
    the answers either side of it one answer.
    """
    kept: list[tuple[str, list[str]]] = []
    reads: list[str] = []
    for speaker, paragraphs in turns:
        sentences = [(n, sentence) for n, text in enumerate(paragraphs) for sentence in sentences_in([text])]
        read = _sponsor_read([sentence for _, sentence in sentences]) if asks(speaker) else None
        if read is not None:
            reads.append(" ".join(sentences[n][1] for n in read))
            touched = {sentences[n][0] for n in read}
            rest = [(number, sentence) for n, (number, sentence) in enumerate(sentences) if n not in read]
            paragraphs = [
                " ".join(sentence for number, sentence in rest if number == paragraph)
                if paragraph in touched
                else text
                for paragraph, text in enumerate(paragraphs)
            ]
            paragraphs = [text for text in paragraphs if text]
        if paragraphs:
            kept.append((speaker, paragraphs))
    return kept, reads


def _sponsor_read(sentences: Sequence[str]) -> range | None:
    """Which of a host's sentences read an ad: from the first that says so to the last that names it.

    A sentence that asks is no read's saying so: "So the podcast is supported by listeners, how?" asks.
    """
    said = [None if ends_asking(sentence) else _SPONSOR_READ.search(sentence) for sentence in sentences]
    opening = next((n for n, found in enumerate(said) if found), None)
    if opening is None:
        return None
    sponsors = {found["sponsor"] for found in said if found and found["sponsor"]}
    naming = re.compile("|".join(map(_naming, sorted(sponsors)))) if sponsors else None
    last = max(
        n
        for n in range(opening, len(sentences))
        if said[n] or (naming is not None and naming.search(sentences[n]))
    )
    return range(opening, last + 1)


def _naming(sponsor: str) -> str:
    """How a read names its sponsor: as printed, in its web address, or spelled out in one.

    A host gives listeners the sponsor's address ("brinell.example/harbour") and may spell it out after
    ("That's B-R-I-N-E-L-L.example/harbour."): the read goes on to there.
    """
    spelled = "-".join(map(re.escape, sponsor)) if sponsor.isalpha() and len(sponsor) > 1 else None
    address = rf"(?i:{re.escape(sponsor)}{f'|{spelled}' if spelled else ''})\.[a-z]{{2,}}\b"
    return rf"\b(?:{re.escape(sponsor)}\b|{address})"
