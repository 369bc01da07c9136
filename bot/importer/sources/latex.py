r"""LaTeX source to the same light Markdown a text file would use: an interview kept as a report's .tex file.

A thesis's or a report's appendix, a newsletter typeset in LaTeX, keeps its transcript as source: sectioning
commands, environments and inline commands around the words. Read as text, every turn would open on
"\textbf{" and every answer end on "\end{quotation}". Here the words are kept as the typeset page shows
them, one paragraph a line: headings as "#" lines, bold and italics as Markdown's, list items with their
numbers or bullets, a quotation as a paragraph of its own; comments, footnotes, labels, citations and
tables (a report's changelog, not its prose) are left out.
"""

from __future__ import annotations

import re

# Lines that only LaTeX source opens with: a sectioning command, or the start or end of a text environment.
_STRUCTURE = re.compile(
    r"^[ \t]*\\(?:(?:sub){0,2}section|chapter|paragraph)\*?\{"
    r"|^[ \t]*\\(?:begin|end)\{(?:document|quotation|quote|itemize|enumerate|description|verse)\}",
    re.MULTILINE,
)
# Three such lines at least: a Markdown post that quotes a command or two is no LaTeX source.
_STRUCTURE_LINES = 3

_HEADINGS = {"chapter": "#", "section": "##", "subsection": "###", "subsubsection": "####"}
# Environments whose content is no prose of the interview: a report's changelog in a table, a figure.
_SKIPPED = frozenset({"tabular", "tabularx", "tabular*", "longtable", "table", "figure", "tikzpicture"})
_LISTS = frozenset({"itemize", "enumerate", "description"})
# Commands whose argument is no word of the page: where a footnote, a reference or a citation goes.
_DROPPED = frozenset(
    {"footnote", "label", "ref", "pageref", "cite", "citep", "citet", "index", "vspace", "hspace"}
)
_BOLD = frozenset({"textbf"})
_ITALIC = frozenset({"textit", "emph", "textsl"})
# What LaTeX typesets for its ligatures and escapes.
_TYPESET = (
    ("---", "—"),
    ("--", "–"),
    ("``", "“"),
    ("''", "”"),
    ("~", " "),
)
# An escaped character prints as itself; a bare brace only groups, and prints nothing.
_ESCAPED = re.compile(r"\\([&%$#_{}])|[{}]")
_COMMENT = re.compile(r"(?<!\\)%.*$")
_COMMAND = re.compile(r"\\([A-Za-z]+\*?|\\)")


def looks_like_latex(text: str) -> bool:
    """A text whose lines open with sectioning commands and environments, as LaTeX source does."""
    return len(_STRUCTURE.findall(text)) >= _STRUCTURE_LINES


def latex_markdown(text: str) -> str:
    """The words of LaTeX source as Markdown paragraphs, the markup around them left out."""
    body = _document(_uncommented(text))
    paragraphs: list[str] = []
    current: list[str] = []
    lists: list[list[int]] = []  # the open lists, each with its count (a bullet list's stays at 0)
    skipping = 0

    def close() -> None:
        if words := " ".join(current).split():
            paragraphs.append(" ".join(words))
        current.clear()

    for line in body.split("\n"):
        stripped = line.strip()
        if environment := re.match(
            r"\\(begin|end)\{([^}]*)\}(?:\{[^}]*\}|\[[^]]*\])*(?P<rest>.*)$", stripped
        ):
            kind, name = environment[1], environment[2]
            if name in _SKIPPED:
                skipping += 1 if kind == "begin" else -1
                continue
            if skipping:
                continue
            close()
            if name in _LISTS:
                if kind == "begin":
                    lists.append([1 if name == "enumerate" else 0])
                elif lists:
                    lists.pop()
            stripped = environment["rest"].strip()
            if not stripped:
                continue
        if skipping:
            continue
        if not stripped:
            close()
            continue
        if heading := re.match(r"\\(chapter|(?:sub){0,2}section|paragraph)\*?\{", stripped):
            close()
            title, rest = _argument(stripped, heading.end() - 1)
            if heading[1] == "paragraph":  # a run-in heading: bold words opening its paragraph
                current.append(f"**{_inline(title)}** {rest}")
                continue
            paragraphs.append(f"{_HEADINGS[heading[1]]} {_inline(title)}")
            stripped = rest.strip()
            if not stripped:
                continue
        if item := re.match(r"\\item(?:\[(?P<label>[^]]*)\])?\s*", stripped):
            close()
            rest = stripped[item.end() :]
            if item["label"]:
                current.append(f"**{_inline(item['label'])}** {rest}")
            elif lists and lists[-1][0]:
                current.append(f"{lists[-1][0]}. {rest}")
                lists[-1][0] += 1
            else:
                current.append(f"- {rest}")
            continue
        current.append(stripped)
    close()
    return "\n\n".join(part for paragraph in paragraphs if (part := _lines(_inline(paragraph))))


def _uncommented(text: str) -> str:
    """The source without its comments; a line that is all comment goes whole, as TeX reads it."""
    lines = []
    for line in text.split("\n"):
        kept = _COMMENT.sub("", line)
        if kept.strip() or not line.strip():
            lines.append(kept)
    return "\n".join(lines)


def _document(text: str) -> str:
    r"""The document's body: the preamble before "\begin{document}" sets the page up, prints nothing."""
    start = text.find("\\begin{document}")
    end = text.find("\\end{document}")
    return text[start + len("\\begin{document}") if start >= 0 else 0 : end if end >= 0 else len(text)]


def _argument(text: str, start: int) -> tuple[str, str]:
    """The braced argument opening at ``start`` and the text after it; an unclosed one runs to the end."""
    depth = 0
    for position in range(start, len(text)):
        character = text[position]
        if character == "{" and (position == 0 or text[position - 1] != "\\"):
            depth += 1
        elif character == "}" and text[position - 1] != "\\":
            depth -= 1
            if depth == 0:
                return text[start + 1 : position], text[position + 1 :]
    return text[start + 1 :], ""


def _inline(text: str) -> str:
    """A paragraph's inline commands as the words and emphasis they print."""
    out: list[str] = []
    position = 0
    while (found := _COMMAND.search(text, position)) is not None:
        out.append(text[position : found.start()])
        name = found[1].rstrip("*")
        position = found.end()
        if name == "\\":  # a line break, its optional space after it ("\\[3pt]") left out
            out.append("\n")
            if skip := re.match(r"\s*\[[^]]*\]", text[position:]):
                position += skip.end()
            continue
        while position < len(text) and text[position] == "[":  # optional arguments
            close = text.find("]", position)
            position = close + 1 if close >= 0 else len(text)
        if position < len(text) and text[position] == "{":
            argument, _ = _argument(text, position)
            position += len(argument) + 2
            if name == "href" and position < len(text) and text[position] == "{":
                argument, _ = _argument(text, position)  # the link's words, not its address
                position += len(argument) + 2
            if name in _DROPPED:
                continue
            words = _inline(argument)
            out.append(f"**{words}**" if name in _BOLD else f"*{words}*" if name in _ITALIC else words)
        elif name in ("ldots", "dots"):
            out.append("…")
        elif name == "newline":
            out.append("\n")
    out.append(text[position:])
    return "".join(out)


def _lines(paragraph: str) -> str:
    r"""A paragraph with LaTeX's ligatures and escapes as typeset; its breaks ("\\") kept as lines."""
    for source, typeset in _TYPESET:
        paragraph = paragraph.replace(source, typeset)
    paragraph = _ESCAPED.sub(lambda found: found[1] or "", paragraph)
    return "\n".join(" ".join(line.split()) for line in paragraph.split("\n") if line.strip())
