"""The ``interview-bot`` command: ask offline, check knowledge, run the bot, its health, and its records."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from bot.core.advice import unusable_texts
from bot.core.engine import Engine
from bot.core.loader import KnowledgeError, load_knowledge
from bot.core.render_text import render_result
from bot.importer import NoInterviewFound, import_file
from bot.importer.web import FetchError, import_url, is_address
from bot.settings import DEFAULT_KNOWLEDGE_DIR, Settings, SettingsError, from_knowledge_dir, load_settings

if TYPE_CHECKING:
    from bot.storage.database import Database

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # `interview-bot ask … | head` closed the pipe: not an error worth a traceback. Point stdout
        # at /dev/null so the interpreter's final flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _main(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    command = args.command or "run"
    if command == "ask":
        return _ask(args)
    if command == "check":
        return _check(args.path)
    if command == "health":
        return _health()
    if command == "import":
        return _import(args.source, args.out, force=args.force)
    if command == "report":
        return _report(args)
    if command == "forget":
        return _forget(args.user_id)
    if command == "learned":
        return _learned_export(args.out)
    return _run()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="interview-bot",
        description="Answer questions about a published interview in the interviewee's own words.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = commands.add_parser("ask", help="answer a question offline, no Discord needed")
    ask.add_argument("question", nargs="?", help="the question; without it, one question per line on stdin")
    ask.add_argument("--json", action="store_true", help="print machine-readable JSON (one line each)")
    ask.add_argument(
        "--top",
        type=_positive,
        default=3,
        metavar="N",
        help="rank N matches (default 3): --json lists them all, the text those close to the best",
    )
    ask.add_argument("--explain", action="store_true", help="show the score parts behind each match")
    ask.add_argument(
        "--knowledge",
        type=Path,
        metavar="PATH",
        help="a knowledge directory or one file (default: KNOWLEDGE_DIR)",
    )

    check = commands.add_parser("check", help="validate knowledge files and report every problem")
    check.add_argument(
        "path",
        nargs="?",
        type=Path,
        help="a knowledge directory or one file (default: KNOWLEDGE_DIR or the bundled knowledge)",
    )

    draft = commands.add_parser(
        "import", help="draft a knowledge file from an interview (text, Markdown, HTML, subtitles)"
    )
    draft.add_argument(
        "source", help="the saved interview (.txt, .md, .html, .vtt or .srt), or the page's web address"
    )
    draft.add_argument("--out", type=Path, metavar="FILE", help="write the draft here (default: stdout)")
    draft.add_argument(
        "--force", action="store_true", help="replace FILE if it exists (its hand edits are lost)"
    )

    commands.add_parser("run", help="start the Discord bot (needs DISCORD_TOKEN)")
    commands.add_parser("health", help="exit 0 while the running bot's gateway heartbeat is fresh")

    report = commands.add_parser("report", help="questions, outcomes, votes and gaps from the question log")
    report.add_argument(
        "--days", type=_positive, default=30, metavar="N", help="the last N days (default 30)"
    )
    report.add_argument("--guild", type=int, metavar="ID", help="one server only (default: all)")
    report.add_argument("--json", action="store_true", help="print the figures as JSON")
    report.add_argument("--html", type=Path, metavar="FILE", help="also write an HTML page with the chart")

    forget = commands.add_parser("forget", help="delete one member's questions and votes")
    forget.add_argument("user_id", type=int, metavar="USER_ID", help="the member's Discord user id")

    learned = commands.add_parser("learned", help="what managers taught the bot")
    learned_commands = learned.add_subparsers(dest="learned_command", metavar="COMMAND", required=True)
    export = learned_commands.add_parser(
        "export", help="taught phrasings as examples: for the knowledge files"
    )
    export.add_argument("--out", type=Path, metavar="FILE", help="write to FILE (default: standard output)")
    return parser


def _positive(value: str) -> int:
    """A count of 1 or more; argparse prints the message, naming the option."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {number}")
    return number


def _knowledge_dir(explicit: Path | None) -> Path:
    if explicit is not None:
        return explicit
    try:
        return load_settings().knowledge_dir
    except SettingsError:
        return DEFAULT_KNOWLEDGE_DIR


def _settings_or_report() -> Settings | None:
    """The settings, or None after printing one line per bad variable."""
    try:
        return load_settings()
    except SettingsError as error:
        _print_lines(error.lines, sys.stderr)
        return None


def _ask(args: argparse.Namespace) -> int:
    settings = _settings_or_report()
    if settings is None:
        return EXIT_USAGE
    if args.question is not None and not args.question.strip():
        print("interview-bot ask: the question is empty", file=sys.stderr)
        return EXIT_USAGE
    directory = args.knowledge or settings.knowledge_dir
    try:
        engine = Engine(load_knowledge(directory), threshold=settings.answer_threshold)
    except KnowledgeError as error:
        _print_lines(_problem_lines(error, directory, given=args.knowledge is not None), sys.stderr)
        return EXIT_PROBLEM
    several = engine.knowledge.several
    questions = [args.question] if args.question is not None else (line.rstrip("\n") for line in sys.stdin)
    for question in questions:
        if not args.json and not question.strip():
            continue  # a blank line between questions; --json answers every line, to keep the order
        result = engine.ask(question, top=args.top)
        if args.json:
            print(json.dumps(result.to_json(explain=args.explain), ensure_ascii=False), flush=True)
        else:
            print(render_result(result, several=several, explain=args.explain, decision=engine.model.answer))
    return EXIT_OK


def _check(path: Path | None) -> int:
    directory = _knowledge_dir(path)
    try:
        knowledge = load_knowledge(directory)
    except KnowledgeError as error:
        _print_lines(_problem_lines(error, directory, given=path is not None), sys.stdout)
        return EXIT_PROBLEM
    files = len({entry.source_file for entry in knowledge})
    interviews = len(knowledge.interviews)
    print(f"ok: {files} file(s), {interviews} interview(s), {len(knowledge)} pairs in {directory}")
    _print_lines([f"note: {line}" for line in unusable_texts(knowledge)], sys.stdout)
    return EXIT_OK


def _problem_lines(error: KnowledgeError, location: Path, *, given: bool) -> list[str]:
    """One line per problem; where KNOWLEDGE_DIR rather than the command line chose the location, say so."""
    return (
        [str(problem) for problem in error.problems]
        if given
        else from_knowledge_dir(error.problems, location)
    )


def _import(source: str, out: Path | None, *, force: bool = False) -> int:
    """Print the draft (or write it to ``out``) and the review list on stderr.

    An existing ``out`` is kept unless ``force``: it may be a reviewed file whose aliases took an owner time.
    """
    if out is not None and out.exists() and not force:
        print(f"{out}: already exists; choose another --out, or add --force to replace it", file=sys.stderr)
        return EXIT_PROBLEM
    try:
        draft = import_url(source) if is_address(source) else import_file(Path(source))
    except OSError as error:
        print(f"{source}: cannot read: {error.strerror}", file=sys.stderr)
        return EXIT_PROBLEM
    except (NoInterviewFound, FetchError) as error:
        print(f"{source}: {error}", file=sys.stderr)
        return EXIT_PROBLEM
    if out is None:
        sys.stdout.write(draft.yaml)
    elif not _write(out, draft.yaml):
        return EXIT_PROBLEM
    print(f"Review before publishing ({out or 'the draft above'}):", file=sys.stderr)
    _print_lines([f"- {line}" for line in draft.review], sys.stderr)
    return EXIT_OK


def _health() -> int:
    from bot.health import check

    settings = _settings_or_report()
    if settings is None:
        return EXIT_USAGE
    healthy, reason = check(settings.heartbeat_file, settings.heartbeat_max_age)
    print(reason)
    return EXIT_OK if healthy else EXIT_PROBLEM


def _report(args: argparse.Namespace) -> int:
    from bot.reporting import html_page, text_lines
    from bot.storage.report import build_report

    found = _with_database(lambda database: build_report(database, days=args.days, guild_id=args.guild))
    if found is None:
        return EXIT_USAGE
    if args.html is not None and not _write(args.html, html_page(found)):
        return EXIT_PROBLEM
    if args.json:
        print(json.dumps(found.to_json(), ensure_ascii=False))
    else:
        _print_lines(text_lines(found), sys.stdout)
    return EXIT_OK


def _forget(user_id: int) -> int:
    from bot.storage.retention import forget

    removed = _with_database(lambda database: forget(database, user_id))
    if removed is None:
        return EXIT_USAGE
    print(
        f"forgot user {user_id}: deleted {removed.questions} questions and {removed.votes} votes; "
        f"{removed.lessons} lessons they taught no longer name them"
    )
    return EXIT_OK


def _learned_export(out: Path | None) -> int:
    from bot.storage.lessons import all_lessons, export

    settings = _settings_or_report()
    if settings is None:
        return EXIT_USAGE
    try:
        knowledge = load_knowledge(settings.knowledge_dir)
    except KnowledgeError as error:
        _print_lines(_problem_lines(error, settings.knowledge_dir, given=False), sys.stderr)
        return EXIT_PROBLEM
    lessons = _with_database(all_lessons, settings)
    if lessons is None:
        return EXIT_USAGE
    text = export(lessons, knowledge)
    if out is None:
        sys.stdout.write(text)
    elif _write(out, text):
        print(f"wrote {len(lessons)} lessons to {out}")
    else:
        return EXIT_PROBLEM
    return EXIT_OK


def _with_database(action: Callable[[Database], Awaitable[T]], settings: Settings | None = None) -> T | None:
    """Run ``action`` on the bot's database, or print one line saying why not and return None.

    A database the bot never ran on is refused, not created: run from another folder, these commands
    would otherwise report nothing, or "forget" a member whose rows stay in the bot's own database.
    """
    from bot.storage.database import Database, DatabaseError

    settings = settings or _settings_or_report()
    if settings is None:
        return None

    async def run() -> T:
        database = await Database.from_settings(settings, create=False)
        try:
            return await action(database)
        finally:
            await database.close()

    try:
        return asyncio.run(run())
    except DatabaseError as error:
        print(f"database: {error}", file=sys.stderr)
        return None


def _run() -> int:
    from bot.discord_app.runner import run  # imported late: ask and check must not need discord

    return run()


def _write(path: Path, text: str) -> bool:
    """Write an output file, or say in one line why it cannot be written and return False."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        print(f"{path}: cannot write: {error.strerror}", file=sys.stderr)
        return False
    return True


def _print_lines(lines: Sequence[str], stream: TextIO) -> None:
    for line in lines:
        print(line, file=stream)
