"""Turn a published interview (text, Markdown or HTML) into a draft knowledge file and a review list.

Parse to plain data first (blocks, turns, metadata), then render YAML; the review list comes from the
same data. ``import_text`` is the library call the command line and the evaluation use.
"""

from __future__ import annotations

import codecs
import contextlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import yaml

from bot.core.models import KnowledgeFile
from bot.importer.draft import draft_pairs, render_yaml
from bot.importer.glossary import defined_abbreviations
from bot.importer.layouts import find_turns
from bot.importer.layouts.turns import NoInterviewFound
from bot.importer.metadata import find_metadata
from bot.importer.review import review_list
from bot.importer.sources import read_source

__all__ = ["Draft", "NoInterviewFound", "import_file", "import_text"]

Kind = Literal["text", "markdown", "html"]
# Files people save an interview as that are not text: the importer reads text, Markdown, HTML and subtitles.
_BINARY_MAGIC = (
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a zip archive (a Word .docx, OpenDocument or EPUB file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word .doc (or other Office) file"),
    (b"{\\rtf", "an RTF document"),
)
# libyaml's safe loader where PyYAML has it: the same result, several times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True, slots=True)
class Draft:
    """The draft knowledge file as YAML text and as validated data, with its review list."""

    yaml: str
    knowledge: KnowledgeFile
    review: tuple[str, ...]
    layout: str


def import_text(text: str, *, name: str = "", kind: Kind | None = None, address: str = "") -> Draft:
    """Draft a knowledge file from an interview's text; NoInterviewFound when it has no Q&A in it.

    ``address`` is where the text was fetched from: the source the draft names when the page names none.
    """
    source = read_source(text, kind=kind)
    layout = find_turns(source.blocks)
    fields = {"url": address, **source.fields} if address else source.fields
    metadata = find_metadata(fields, layout, name=Path(name).stem if name else "")
    pairs = draft_pairs(layout.turns, metadata)
    glossary = defined_abbreviations(layout.texts())
    rendered = render_yaml(metadata, pairs, source_name=address or name, glossary=glossary)
    # The draft must pass `check` as it comes out: validate it here, so a bug fails loudly.
    knowledge = KnowledgeFile.model_validate(yaml.load(rendered, Loader=_YAML_LOADER))
    review = review_list(source, layout, metadata, pairs, glossary)
    return Draft(rendered, knowledge, tuple(review), layout.name)


def import_file(path: Path, *, kind: Kind | None = None) -> Draft:
    """Read ``path`` and draft from it; ``.html`` files are HTML."""
    text, guessed = decode(path.read_bytes())
    if kind is None and path.suffix.lower() in (".html", ".htm"):
        kind = "html"
    draft = import_text(text, name=path.name, kind=kind)
    return with_notes(draft, guessed)


def decode(raw: bytes, charset: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The text of a file or page, and a note for the review list when its encoding was a guess.

    ``charset`` is what a web server declared. Pages saved on Windows are often Windows-1252 rather than
    UTF-8: its curly quotes must survive. A file that is not text at all is refused (NoInterviewFound).
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Notepad's and Word's "Unicode"
        return raw.decode("utf-16", errors="replace"), ()
    binary = _binary_kind(raw)
    if binary is not None:
        raise NoInterviewFound(
            f"this is {binary}: save or export it as text, Markdown or HTML first "
            "(Save As → Plain Text, or copy the interview into a .txt file), then import that"
        )
    if charset:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            return raw.decode(charset), ()
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        # A guess: right for a page saved on Windows, wrong for another encoding, which would garble
        # every accented letter without a word said.
        note = "the file is not UTF-8 and was read as Windows-1252: check its accents and quotes"
        return raw.decode("cp1252", errors="replace"), (note,)


def with_notes(draft: Draft, notes: tuple[str, ...]) -> Draft:
    """The draft with ``notes`` first in its review list: what was guessed before the page was read."""
    return replace(draft, review=(*notes, *draft.review)) if notes else draft


def _binary_kind(raw: bytes) -> str | None:
    """What a file that is not text is, by its first bytes; None for text (UTF-16 is decoded before)."""
    for magic, kind in _BINARY_MAGIC:
        if raw.startswith(magic):
            return kind
    return "a binary file, not text" if b"\x00" in raw[:4096] else None
