"""A thread's comments exported to Markdown as a tree: the poster's replies, and what each answers.

A tool that saves a Reddit thread as Markdown (an "Ask me anything" among them) prints each comment as an
item of a nested list, indented a tab a level: a mark for its depth, the author in bold ("(OP)" after the
one who posted), the votes after an arrow and the time ("* 🟩 **[ana](…)** ⬆️ 18 _(2023-12-14 15:00:56)_"),
the comment's paragraphs one tab further in. Read as a list, every comment would be an item of the one
before it, and the poster's replies would follow whatever happens to come before them. A reply answers
its parent: here the tree becomes those exchanges, as "Q:"/"A:" paragraphs, the poster the one asked.
Comments the poster does not answer, and readers' replies to each other, are no part of the interview. A
reply to a comment the site removed ("[removed]") answers a question the page no longer holds: it is put
before the first question, where the review list names it as an answer that may have been left out. Where
a team answers from one account, the name each reply opens on in bold says whose answer it is. The
exporter's lines over the post (who posted it where, the link to the thread, the count of replies) are no
lead of the interview.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A comment's line: the list item's bullet at its depth, a mark (a coloured square), the author in bold,
# linked to their profile or not, "(OP)" after the poster, the votes after an up arrow, and the time.
_COMMENT = re.compile(
    r"^(?P<depth>\t*)[*-] (?:[^\w\s*\[]{1,3} )?\*\*(?:\[(?P<linked>[^\]]+)\]\([^)\s]*\)|(?P<plain>[^*]+))"
    r"(?P<op> \(OP\))?\*\*(?P<marked> \(OP\))? ⬆\ufe0f? ?-?[\d.,]+k?(?: _\([^)]*\)_)?\s*$"
)
# What the site prints for a comment it or its author took away: no question left to answer.
_REMOVED = re.compile(
    r"^\s*(?:\[(?:removed|deleted)\]|REMOVED DUE TO [A-Z ()]+|Comment (?:deleted|removed) by \w+)\s*$"
)
# A team that answers from one account signs each reply in bold with who wrote it ("**From Ann Marsh:**",
# "**Ann Marsh:**"): whose answer it is, no word of it.
_SIGNED = re.compile(
    r"^\*\*(?:From\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}):\*\*\s+(?=\S)"
)
# The exporter's lines over the post: the community and who posted it, with its votes and time ("**r/IAmA** |
# Posted by u/ana ⬆️ 320 _(2023-12-14 14:29:42)_"), the link to the thread ("Original post: [https://…](…)")
# and the count of replies ("💬 ~ 12 replies"): no lead, no standfirst.
_EXPORTER_LINE = re.compile(
    r"^\s*(?:\*\*r/\w+\*\* \| Posted by u/[\w-]+\b.*|Original post: \[https?://[^\]]*\]\([^)]*\)"
    r"|\S{1,2} ~ \d[\d,.]*k? repl(?:y|ies))\s*$"
)
# Fewer comments than this are a post and a reply or two, no thread of questions.
_FEWEST_COMMENTS = 3


@dataclass(slots=True)
class _Comment:
    author: str
    poster: bool
    depth: int
    lines: list[str] = field(default_factory=list)
    parent: _Comment | None = None

    def paragraphs(self) -> list[str]:
        """The comment's paragraphs, each its lines joined, as the thread shows them."""
        text = "\n".join(self.lines).strip()
        return [" ".join(part.split()) for part in re.split(r"\n\s*\n", text) if part.strip()]


def comment_tree(text: str) -> str:
    """The text with an exported comment tree read as the poster's exchanges; as it is where it holds none."""
    lines = text.split("\n")
    start = next((n for n, line in enumerate(lines) if _COMMENT.match(line)), None)
    if start is None:
        return text
    comments, end = _comments(lines[start:])
    if len(comments) < _FEWEST_COMMENTS:
        return text
    exchanges: list[str] = []
    unasked: list[str] = []
    for comment in comments:
        asker = comment.parent
        if not comment.poster or asker is None or asker.poster or not (answer := comment.paragraphs()):
            continue
        answer[0] = _SIGNED.sub("", answer[0])
        asked = asker.paragraphs()
        if not asked or all(_REMOVED.match(paragraph) for paragraph in asked):
            unasked.append("\n\n".join([f"A: {answer[0]}", *answer[1:]]))
        else:
            exchanges.append("\n\n".join([f"Q: {' '.join(asked)}", f"A: {answer[0]}", *answer[1:]]))
    if len(exchanges) < 2:
        return text
    over = [line for line in lines[:start] if not _EXPORTER_LINE.match(line)]
    kept = "\n".join([*over, *lines[start + end :]]).strip()
    return "\n\n".join([kept, *unasked, *exchanges]) if kept else "\n\n".join([*unasked, *exchanges])


def _comments(lines: list[str]) -> tuple[list[_Comment], int]:
    """The comments from the first one on, each under its parent, and the number of lines they take."""
    comments: list[_Comment] = []
    open_at: list[_Comment] = []  # the last comment at each depth, the parent of a reply one deeper
    for number, line in enumerate(lines):
        if found := _COMMENT.match(line):
            depth = len(found["depth"])
            parent = open_at[depth - 1] if 0 < depth <= len(open_at) else None
            author = (found["linked"] or found["plain"]).strip()
            comment = _Comment(author, bool(found["op"] or found["marked"]), depth, parent=parent)
            comments.append(comment)
            open_at = [*open_at[:depth], comment]
        elif not line.strip():
            if comments:
                comments[-1].lines.append("")
        elif comments and line.startswith("\t" * (comments[-1].depth + 1)):
            comments[-1].lines.append(line[comments[-1].depth + 1 :])
        else:
            return comments, number  # the thread ends where a line is no comment's
    return comments, len(lines)
