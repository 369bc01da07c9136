"""Read and validate knowledge files, reporting every problem as ``file:line: message``.

People edit these files by hand, so a mistake must point at the line to fix, never end in a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.core.knowledge import Entry, Knowledge
from bot.core.models import (
    KnowledgeFile,
    _DuplicateId,
    _LocatedError,
    _QuoteNotInAnswer,
    misquote_message,
    quote_is_verbatim,
)

PATTERNS = ("*.yaml", "*.yml")
# libyaml's parser when PyYAML was built with it: the same nodes and marks, several times faster.
_COMPOSER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Location = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one file; ``line`` is None where no line can be pointed at."""

    file: str
    message: str
    line: int | None = None
    where: str | None = None

    def __str__(self) -> str:
        place = f"{self.file}:{self.line}" if self.line is not None else self.file
        prefix = f"{self.where}: " if self.where and self.line is None else ""
        return f"{place}: {prefix}{self.message}"


class KnowledgeError(Exception):
    """Raised with every problem found, so one run of ``check`` lists them all."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


def load_knowledge(location: Path) -> Knowledge:
    """Load every knowledge file in a directory, or one file, or raise KnowledgeError listing all problems.

    One file is what an owner checks and tries while drafting it, beside the interviews already published.
    """
    if location.is_file():
        paths = [location]
    elif location.is_dir():
        paths = sorted({path for pattern in PATTERNS for path in location.glob(pattern)})
        if not paths:
            raise KnowledgeError([Problem(str(location), "no knowledge files (*.yaml) in this directory")])
    elif location.exists():
        raise KnowledgeError([Problem(str(location), "neither a knowledge file nor a directory of them")])
    else:
        raise KnowledgeError([Problem(str(location), "no such file or directory")])

    problems: list[Problem] = []
    loaded: list[tuple[Path, KnowledgeFile, dict[Location, int]]] = []
    for path in paths:
        result = _load_file(path)
        if isinstance(result, list):
            problems.extend(result)
        else:
            loaded.append((path, *result))
    problems.extend(_cross_file_problems(loaded))
    if problems:
        raise KnowledgeError(problems)

    glossary: dict[str, tuple[str, ...]] = {}
    for _, file, _ in loaded:
        for short, longs in file.glossary.items():
            glossary[short] = tuple(dict.fromkeys((*glossary.get(short, ()), *longs)))
    return Knowledge(
        interviews=tuple(file.interview for _, file, _ in loaded),
        entries=tuple(
            Entry(pair=pair, interview=file.interview, source_file=path.name)
            for path, file, _ in loaded
            for pair in file.pairs
        ),
        glossary=glossary,
    )


def _load_file(path: Path) -> tuple[KnowledgeFile, dict[Location, int]] | list[Problem]:
    name = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        return [Problem(name, f"cannot read: {error.strerror}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return [
            Problem(name, f"not UTF-8 text ({error.reason} at byte {error.start}); save it as UTF-8", line)
        ]
    last_line = text.count("\n") + 1
    try:
        expanding = _first_expansion(name, text)
        if expanding is not None:
            return [expanding]
        node = yaml.compose(text, Loader=_COMPOSER)
        data: Any = _Constructor(text).construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        at = min(mark.line + 1, last_line) if mark else None
        problem = error.problem or error.context
        advice = _syntax_advice(problem or "", text.splitlines(), at - 1 if at else None)
        return [Problem(name, f"YAML syntax error: {problem}{advice}", at)]
    except yaml.reader.ReaderError as error:
        at = text.count("\n", 0, error.position) + 1
        return [Problem(name, f"character {chr(error.character)!r} is not allowed in a YAML file", at)]
    except (yaml.YAMLError, ValueError) as error:
        return [Problem(name, f"YAML error: {' '.join(str(error).split())}")]
    if node is None:
        return [Problem(name, "the file is empty", 1)]
    if not isinstance(data, dict):
        found = "a list" if isinstance(data, list) else "a single value"
        return [Problem(name, f"the file holds {found}: it must start with `interview:`, then `pairs:`", 1)]

    lines: dict[Location, int] = {}
    duplicates: list[Problem] = []
    _index_lines(node, (), lines, duplicates, name)
    if duplicates:
        return duplicates
    raw_problems = _pair_problems(name, data, lines)
    try:
        knowledge_file = KnowledgeFile.model_validate(data)
    except ValidationError as error:
        details = [detail for detail in _without_echoes(error.errors()) if not _checked_raw(detail)]
        problems = [*raw_problems, *(_problem_from(name, detail, lines, data) for detail in details)]
        return sorted(problems, key=lambda problem: problem.line or 0)
    return raw_problems if raw_problems else (knowledge_file, lines)


_MAY_EXPAND = re.compile(r"(?:^|[\s\[{,:])(?:[&*][^\s\]},]|!)|<<")


def _first_expansion(name: str, text: str) -> Problem | None:
    """Find an anchor, alias or merge key from the parser's events, before anything is built.

    People edit these files and need none of them, and nested aliases expand exponentially: a few
    hundred bytes can cost gigabytes. Events stream in constant memory, so a bomb is cheap to refuse.
    Text with no ``&x``, ``*x``, ``!`` or ``<<`` where a node can start has none: it skips the scan.
    """
    if not _MAY_EXPAND.search(text):
        return None
    for event in yaml.parse(text, Loader=_COMPOSER):
        line = event.start_mark.line + 1 if event.start_mark else None
        if isinstance(event, yaml.AliasEvent):
            what = f"alias *{event.anchor}"
        elif isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            what = f"anchor &{event.anchor}"
        elif isinstance(event, yaml.ScalarEvent) and (
            (event.value == "<<" and event.implicit[0]) or event.tag == "tag:yaml.org,2002:merge"
        ):
            what = "merge key <<"
        else:
            continue
        return Problem(name, f"YAML {what} is not allowed here: write the text out in full", line)
    return None


def _pair_problems(name: str, data: Any, lines: dict[Location, int]) -> list[Problem]:
    """Misquotes and repeated pair ids, checked on the raw data.

    The models check these only once every field of the file is valid; ``check`` must list them
    whatever else is wrong, in one run.
    """
    pairs = data.get("pairs") if isinstance(data, dict) else None
    if not isinstance(pairs, list):
        return []
    found: list[Problem] = []
    seen: set[str] = set()
    for number, pair in enumerate(pairs):
        if not isinstance(pair, dict):
            continue
        pair_id = pair.get("id")
        if isinstance(pair_id, str):
            if pair_id in seen:
                found.append(Problem(name, f"duplicate id {pair_id!r}", lines.get(("pairs", number, "id"))))
            seen.add(pair_id)
        answer, quotes = pair.get("answer"), pair.get("quotes")
        if not isinstance(answer, str) or not isinstance(quotes, list):
            continue
        for index, quote in enumerate(quotes):
            if isinstance(quote, str) and quote.strip() and not quote_is_verbatim(quote, answer):
                location: Location = ("pairs", number, "quotes", index)
                where = _describe(location, data)
                message = f"{_pair_of(location, data)}: {misquote_message(quote)}"
                found.append(Problem(name, message, lines.get(location), where))
    return found


def _checked_raw(detail: Any) -> bool:
    """A model error that _pair_problems already reported."""
    return isinstance((detail.get("ctx") or {}).get("error"), (_QuoteNotInAnswer, _DuplicateId))


# What the parser's complaint (libyaml's or PyYAML's wording) usually means in a hand-edited file.
def _syntax_advice(problem: str, lines: list[str], number: int | None) -> str:
    """What to do, read from the line the parser stopped at: a quoting slip or an indentation slip."""
    if problem.startswith("mapping values are not allowed"):
        return (
            " (a colon and a space inside unquoted text? put the text in double quotes; or is this line"
            " indented deeper than the others at its level?)"
        )
    if not problem.startswith("did not find expected") or number is None or number >= len(lines):
        return ""
    line = lines[number]
    value = line.split(": ", 1)[1] if ": " in line else line.strip().removeprefix("- ")
    if value.lstrip()[:1] in ("[", "{", '"', "'") and not _lone_indent(lines, number):
        return " (text that starts with [, {, or a quote must be quoted whole: put it in double quotes)"
    return (
        " (is this line indented like the others at its level? YAML reads the structure from the spaces"
        " at the start of each line)"
    )


def _lone_indent(lines: list[str], number: int) -> bool:
    """Whether no other line of the file starts with as many spaces: a slip of indentation, not of text."""
    spaces = len(lines[number]) - len(lines[number].lstrip(" "))
    return not any(
        len(other) - len(other.lstrip(" ")) == spaces
        for n, other in enumerate(lines)
        if n != number and other.strip()
    )


class _Constructor(yaml.SafeLoader):
    """The safe loader, but a value it cannot build (``!!int abc``) is an error with a line."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError) as error:
            problem = f"cannot read this value ({' '.join(str(error).split())})"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None


def _index_lines(
    node: yaml.Node, location: Location, lines: dict[Location, int], problems: list[Problem], name: str
) -> None:
    """Remember the line of every key and item so a validation error can point at it."""
    lines[location] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value)
            if key in seen:
                problems.append(Problem(name, f"duplicate key {key!r}", key_node.start_mark.line + 1))
            seen.add(key)
            lines[(*location, key)] = key_node.start_mark.line + 1
            _index_lines(value_node, (*location, key), lines, problems, name)
            lines[(*location, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for number, item in enumerate(node.value):
            _index_lines(item, (*location, number), lines, problems, name)


def _without_echoes(details: list[Any]) -> list[Any]:
    """Drop "pairs should have at least 1 item" when the pairs are there but each is broken."""
    broken_items = {tuple(detail["loc"][:1]) for detail in details if len(detail["loc"]) > 1}
    return [
        detail
        for detail in details
        if not (detail["type"] == "too_short" and tuple(detail["loc"]) in broken_items)
    ]


def _problem_from(name: str, detail: Any, lines: dict[Location, int], data: Any) -> Problem:
    location: Location = tuple(detail["loc"])
    cause = (detail.get("ctx") or {}).get("error")
    if isinstance(cause, _LocatedError):
        location = (*location, *cause.location)
        message = str(cause)
    elif detail["type"] == "missing":
        message = f"missing field {location[-1]!r}"
        location = location[:-1]
    elif detail["type"] == "extra_forbidden":
        message = f"unknown field {location[-1]!r} (a typo?)"
    else:
        message = f"{_describe(location, data) or 'file'}: {_explain(detail)}"
    line = next(
        (lines[location[:end]] for end in range(len(location), -1, -1) if location[:end] in lines), None
    )
    pair = _pair_of(location, data)
    if pair and not message.startswith(pair):
        message = f"{pair}: {message}"
    return Problem(name, message, line, _describe(location, data))


def _pair_of(location: Location, data: Any) -> str:
    """The pair a place is inside ("pair looms"), named beside the line: a file has many a "quotes:"."""
    return _describe(location[:2], data) if len(location) >= 2 and location[0] == "pairs" else ""


def _explain(detail: Any) -> str:
    """Pydantic's message, reworded where a person editing YAML would not know what to do."""
    if detail["type"] == "string_pattern_mismatch" and detail["loc"][-1] == "id":
        return "an id is lowercase letters, digits and dashes, e.g. global-expansion"
    if detail["type"] == "string_type":
        return _yaml_trap(detail.get("input"))
    return _plain(str(detail["msg"]))


def _yaml_trap(value: Any) -> str:
    """Say what YAML made of an unquoted value, and how to keep it as text."""
    if isinstance(value, bool):
        return f"YAML reads unquoted yes/no/on/off/true/false as {str(value).lower()}: put the text in quotes"
    if isinstance(value, (date, datetime)):
        return f'YAML read an unquoted date: put it in quotes, e.g. "{value}"'
    if isinstance(value, (int, float)):
        return f'YAML read a number: put it in quotes, e.g. "{value}"'
    if isinstance(value, list):
        return "YAML read text starting with [ as a list: put the whole text in double quotes"
    if isinstance(value, dict):
        return "YAML read text with a colon or starting with { as a mapping: put the text in double quotes"
    if value is None:
        return "this is empty: write the text, in quotes if it has a colon or starts with a symbol"
    return "must be text: put the value in quotes"


def _describe(location: Location, data: Any) -> str:
    """Name the place as a person would look for it: by pair id and field rather than list index."""
    if len(location) >= 2 and location[0] == "pairs" and isinstance(location[1], int):
        try:
            pair_id = data["pairs"][location[1]]["id"]
        except (KeyError, IndexError, TypeError):
            pair_id = f"#{location[1] + 1}"
        rest = ".".join(str(part) for part in location[2:])
        return f"pair {pair_id}" + (f" {rest}" if rest else "")
    return ".".join(str(part) for part in location)


def _plain(message: str) -> str:
    return message.removeprefix("Value error, ")


def _cross_file_problems(loaded: list[tuple[Path, KnowledgeFile, dict[Location, int]]]) -> list[Problem]:
    """Interview ids must be unique across files; pair ids only within their interview."""
    problems: list[Problem] = []
    interview_owners: dict[str, str] = {}
    for path, file, lines in loaded:
        if file.interview.id in interview_owners:
            first = interview_owners[file.interview.id]
            line = lines.get(("interview", "id"))
            problems.append(
                Problem(str(path), f"interview id {file.interview.id!r} is also in {first}", line)
            )
        interview_owners.setdefault(file.interview.id, str(path))
    return problems
