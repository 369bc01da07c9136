"""Emacs Org-mode to the same light Markdown a text file would use: an interview kept as an .org file.

A transcript kept in Org opens on keyword lines ("#+TITLE: …", "#+SETUPFILE: …"), holds its player in a
"#+begin_html" block, links as "[[address][words]]" and heads its parts with stars ("* Transcript"). Read
as Markdown, those lines would be paragraphs of text, a headline a list item and a link its address in
brackets. Here the page is read as Org exports it: the title, date and author its keywords give become the
metadata, headlines are "#" headings, a link shows its words, verbatim and code marks ("=re-builder=")
read as code; other keyword lines, comments, property drawers and blocks written for one exporter only
(HTML, LaTeX) print nothing.
"""

from __future__ import annotations

import re

# A keyword line ("#+TITLE: …", "#+PROPERTY: …", "#+index: Kilns") or a block's first or last line
# ("#+begin_quote", "#+END_SRC"): lines only Org opens with.
_KEYWORD = re.compile(r"^[ \t]*#\+(?P<key>[A-Za-z_][\w-]*)(?:\[[^\]\n]*\])?:[ \t]*(?P<value>.*)$")
_BLOCK = re.compile(r"^[ \t]*#\+(?P<end>begin|end)_(?P<name>\w+)\b.*$", re.IGNORECASE)
# Two such lines at least: a Markdown post with one stray "#+" line is no Org file.
_ORG_LINES = 2
# Blocks whose lines one exporter copies as they are, or none does: no words of the page.
_UNPRINTED = frozenset({"html", "latex", "export", "comment"})
# Keywords that say what the knowledge file needs; the others set the exporter up.
_FIELDS = {"title": "title", "date": "date", "author": "author", "subtitle": "subtitle"}
_HEADLINE = re.compile(r"^(?P<stars>\*+)[ \t]+(?P<title>.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$")
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t].*)?$")
_DRAWER = re.compile(r"^[ \t]*:(?P<name>[A-Za-z_-]+):[ \t]*$")
_LINK = re.compile(r"\[\[(?P<target>[^\[\]\n]+)\](?:\[(?P<words>[^\[\]\n]+)\])?\]")
_VERBATIM = re.compile(r"(?<![\w=~])([=~])(?=\S)(?P<code>[^\n]*?\S)\1(?![\w=~])")
# A timestamp, as a date keyword holds it: "<2019-03-07 Thu>", "[2021-03-04 Thu 10:00]".
_TIMESTAMP = re.compile(r"^[<\[](?P<date>\d{4}-\d{2}-\d{2})(?:[^>\]]*)[>\]]$")


def looks_like_org(text: str) -> bool:
    """A text with Org's keyword or block lines, as an .org file opens."""
    lines = text.split("\n")
    return sum(1 for line in lines if _KEYWORD.match(line) or _BLOCK.match(line)) >= _ORG_LINES


def org_markdown(text: str) -> tuple[dict[str, str], str]:
    """The fields an Org file's keywords give, and its words as Markdown, Org's own markup left out."""
    fields: dict[str, str] = {}
    kept: list[str] = []
    unprinted: str | None = None  # the name of the block being skipped
    drawer = False
    for line in text.split("\n"):
        if block := _BLOCK.match(line):
            name = block["name"].lower()
            if unprinted is None and block["end"].lower() == "begin" and name in _UNPRINTED:
                unprinted = name
            elif unprinted == name and block["end"].lower() == "end":
                unprinted = None
            continue
        if unprinted is not None:
            continue
        if keyword := _KEYWORD.match(line):
            key = keyword["key"].lower()
            if key in _FIELDS and keyword["value"].strip():
                fields.setdefault(_FIELDS[key], _date(keyword["value"].strip()))
            continue
        if found := _DRAWER.match(line):
            drawer = found["name"].upper() != "END"
            continue
        if drawer or _COMMENT.match(line):
            continue
        if headline := _HEADLINE.match(line):
            line = f"{'#' * len(headline['stars'])} {headline['title']}"
        kept.append(_inline(line))
    return fields, "\n".join(kept)


def _inline(line: str) -> str:
    """A line's links as their words (or address, where they have none) and its verbatim marks as code."""
    line = _LINK.sub(lambda link: link["words"] or link["target"], line)
    return _VERBATIM.sub(lambda code: f"`{code['code']}`", line)


def _date(value: str) -> str:
    """A keyword's value, a timestamp as its date ("<2019-03-07 Thu>" as "2019-03-07")."""
    stamp = _TIMESTAMP.match(value)
    return stamp["date"] if stamp else value
