"""Turn a saved interview (plain text, Markdown or HTML) into blocks of visible text.

HTML is first rewritten as the same light Markdown a text file would use (``#`` headings, ``**`` bold,
blank lines between paragraphs), so one reader serves all three. Page furniture is dropped here, and a
paragraph that a page break split in two is joined back, so later steps only see the interview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from bot.importer.sources.blocks import Block
from bot.importer.sources.captions import (
    CAPTIONS_TITLE,
    CUE_TIMING,
    captions,
    header_over_cues,
    panel_cues,
    transcript,
)
from bot.importer.sources.comment_tree import comment_tree
from bot.importer.sources.furniture import SIGN_OFF, without_closing_chrome, without_comments
from bot.importer.sources.header import email_headers, split_header
from bot.importer.sources.html import HtmlToMarkdown, html_blocks, looks_like_html
from bot.importer.sources.latex import latex_markdown, looks_like_latex
from bot.importer.sources.markdown import read_blocks
from bot.importer.sources.numbered_lines import without_line_numbers
from bot.importer.sources.org import looks_like_org, org_markdown
from bot.importer.sources.page_breaks import join_page_breaks
from bot.importer.sources.pdf import columns_in_turn


@dataclass(slots=True)
class Source:
    """What the reader found: the blocks, the metadata fields the page declares, and what it dropped."""

    blocks: list[Block]
    fields: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)
    cold_open: list[str] = field(default_factory=list)
    sign_off: list[str] = field(default_factory=list)


def read_source(text: str, *, kind: Literal["text", "markdown", "html"] | None = None) -> Source:
    """Read ``text``; ``kind`` None guesses HTML from its tags, and reads anything else as Markdown."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    fields: dict[str, str] = {}
    cold_open: list[str] = []
    sign_off: list[str] = []
    if CUE_TIMING.search(text[:2000]):
        fields, text = header_over_cues(text)
        if titled := CAPTIONS_TITLE.match(text):
            fields["title"] = titled["title"]
        text = captions(text, cold_open, sign_off)
    elif kind != "html" and (panel := panel_cues(text)) is not None:
        fields, cues = panel
        text = transcript(cues, cold_open, sign_off)
    elif kind == "html" or (kind is None and looks_like_html(text)):
        page = HtmlToMarkdown()
        page.feed(text)
        page.close()
        fields.update(page.fields)
        text = page.markdown()
    else:
        text = _HTML_COMMENT.sub(lambda comment: comment["unclosed"] or "", text)
        text = "\f".join(columns_in_turn(page) for page in text.split("\f"))
        text = without_line_numbers(text)
        if kind != "text":
            text = html_blocks(text)
    header, text = split_header(text)
    if looks_like_latex(text):  # read after the header: a header's notes may name a command or two
        text = latex_markdown(text)
    elif looks_like_org(text):
        keywords, text = org_markdown(text)
        header = {**keywords, **header}  # a copy's own header says more than the file's keywords
    text = comment_tree(text)
    forwarded, text = email_headers(text)
    fields = {**forwarded, **header, **fields}
    dropped: list[str] = []
    blocks = without_closing_chrome(
        join_page_breaks(without_comments(read_blocks(text, dropped), dropped)), dropped
    )
    # Who signed the letter an email's header opens: the name under "Best wishes," at its end.
    signed = (found["name"] for text in reversed(dropped) if (found := SIGN_OFF.match(text)))
    if "from" in fields and (signer := next(signed, None)):
        fields["signed"] = signer
    return Source(blocks=blocks, fields=fields, dropped=dropped, cold_open=cold_open, sign_off=sign_off)


# An HTML comment in a Markdown or text file ("<!-- saved from the archive -->") is never shown: no text.
# Where a comment is never closed, no later "<!--" is either: the rest of the text, kept as it is, is taken
# whole instead of searched again for a "-->" from every "<!--" in it (quadratic: 8,000 took 1.3 s).
_HTML_COMMENT = re.compile(r"<!--.*?-->|(?P<unclosed><!--.*)", re.DOTALL)
