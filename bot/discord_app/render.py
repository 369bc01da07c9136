"""Embeds and message text built from plain core results, within every Discord limit.

Nothing here talks to Discord, so each function is unit-tested on plain data. Interview text and user
text are markdown-escaped before formatting is added, so neither can break (or fake) the layout; user
text goes through the one strict escaper, so nothing it echoes can become a link or a pill.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

import discord

from bot.core.answers import Match, Outcome, QuoteHit, interviews_with
from bot.core.escape import escape_user_text
from bot.core.knowledge import Entry, Knowledge
from bot.core.loader import Problem
from bot.core.models import Interview
from bot.core.text import ELLIPSIS, shorten

# Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELDS_PER_EMBED = 25
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10
BUTTON_LABEL_LIMIT = 80
OPTION_LABEL_LIMIT = 100
OPTION_DESCRIPTION_LIMIT = 100
OPTIONS_PER_SELECT = 25
PLACEHOLDER_LIMIT = 150
CHOICE_NAME_LIMIT = 100
CHOICES_PER_AUTOCOMPLETE = 25

COLOUR = discord.Colour(0x2B7A78)
NOT_COVERED_COLOUR = discord.Colour(0x8A8D91)
ERROR_COLOUR = discord.Colour(0xC0392B)

# Room kept for the parts around an answer so one embed never nears the 6,000-character total.
EXCERPT_BUDGET = 2500
ECHO_LIMIT = 300
TOPICS_PER_PAGE = 15
TOPICS_PAGE_BUDGET = 3500
FULL_ANSWER_CHUNK = 3800
PROBLEMS_BUDGET = 3800

NOT_IN_INTERVIEW = "The interview doesn't say"
OFF_TOPIC = "Outside the interview"
APOLOGY = "Sorry, something went wrong while answering. It has been logged; please try again."
NO_DATABASE = "the bot's database is not answering right now. Please try again in a few minutes."
EXPIRED = "This button has expired — ask again with /ask."

NO_EMBEDS = (
    "I can't show answers in this channel: I need the **Embed Links** permission here. "
    "Ask me with `/ask` instead, or in a direct message."
)

_SPACE_BEFORE_LINE_END = re.compile(r"[ \t]+\n")


# -- escaping and fitting --------------------------------------------------------------------------


def escape(text: str) -> str:
    """Interview text shown literally: stray ``*`` or ``_`` in the file must not become formatting."""
    return discord.utils.escape_markdown(text)


def fit(text: str, limit: int, *, user: bool = False) -> str:
    """Shorten at a word and escape, so the *escaped* text fits ``limit`` (escaping adds characters)."""
    escaper = escape_user_text if user else escape
    room = limit
    while True:
        escaped = escaper(shorten(text, room))
        if len(escaped) <= limit or room <= 1:
            return escaped[:limit]
        room -= max(1, len(escaped) - limit)


def plain(text: str, limit: int) -> str:
    """Shorten text for places Discord shows without markdown (labels, footers, choice names)."""
    return shorten(text, limit) or ELLIPSIS


def emphasise(excerpt: str, highlight: str) -> str:
    """The excerpt, escaped, with the sentence that answers the question in bold."""
    sentence = highlight.strip()
    at = excerpt.find(sentence) if sentence else -1
    if at < 0:
        return escape(excerpt)
    before, after = excerpt[:at], excerpt[at + len(sentence) :]
    return f"{escape(before)}**{escape(sentence)}**{escape(after)}"


def attribution(interview: Interview) -> str:
    """Who said it and when, spelt out so ``09.12.2024`` cannot be read as September."""
    return f"{interview.attribution} · {interview.published_long}"


def _dated(source: str, interview: Interview) -> bool:
    """Whether a source line says when the interview was published: it names the year."""
    return interview.published_on is not None and str(interview.published_on.year) in source


# -- answers ---------------------------------------------------------------------------------------


def answer_embed(match: Match, *, show_score: bool = True) -> discord.Embed:
    """The reply to a question: the matched question, the excerpt, a quote and the source."""
    entry = match.entry
    description = emphasise(match.excerpt, match.highlight)
    if len(description) > EXCERPT_BUDGET:
        description = fit(match.excerpt, EXCERPT_BUDGET)
    embed = discord.Embed(title=fit(entry.question, TITLE_LIMIT), description=description, colour=COLOUR)
    if match.quotes:
        embed.add_field(name="Quote", value=quote_block(match.quotes[0], entry.interview), inline=False)
    footer = f"Source: {entry.interview.cited_as}"
    if show_score:
        footer += f" · match {match.score:.0f}/100"
    embed.set_footer(text=plain(footer, FOOTER_LIMIT))
    return embed


def quote_block(quote: str, interview: Interview, limit: int = FIELD_VALUE_LIMIT) -> str:
    """A block quote with its attribution line, fitted to ``limit`` (a field value by default)."""
    who = f"— {fit(attribution(interview), limit // 2)}"
    return f"> “{fit(quote, limit - len(who) - 6)}”\n{who}"


def full_answer_messages(entry: Entry) -> list[list[discord.Embed]]:
    """The whole answer as embeds, split between words and packed into as many messages as needed."""
    chunks = split_text(escape(entry.answer), FULL_ANSWER_CHUNK)
    embeds = [discord.Embed(description=chunk, colour=COLOUR) for chunk in chunks]
    embeds[0].title = fit(entry.question, TITLE_LIMIT)
    interview = entry.interview
    # A citation built from the title already says when, and so does a source line that names the year.
    who = (
        attribution(interview)
        if interview.source and not _dated(interview.source, interview)
        else interview.attribution
    )
    footer = f"{who} · Source: {interview.cited_as}"
    if len(embeds) > 1:
        for number, embed in enumerate(embeds, start=1):
            embed.set_author(name=f"Part {number} of {len(embeds)}")
    embeds[-1].set_footer(text=plain(footer, FOOTER_LIMIT))
    return pack(embeds)


def pack(embeds: Sequence[discord.Embed]) -> list[list[discord.Embed]]:
    """Group embeds into messages of at most 10 embeds and 6,000 characters each."""
    messages: list[list[discord.Embed]] = []
    current: list[discord.Embed] = []
    size = 0
    for embed in embeds:
        length = len(embed)
        if current and (len(current) == EMBEDS_PER_MESSAGE or size + length > EMBED_TOTAL_LIMIT):
            messages.append(current)
            current, size = [], 0
        current.append(embed)
        size += length
    if current:
        messages.append(current)
    return messages


def split_text(text: str, limit: int) -> list[str]:
    """Split text into pieces of at most ``limit`` characters at paragraph, line or word breaks.

    A single word longer than ``limit`` (never seen in an interview) is the only thing ever cut.
    """
    text = _SPACE_BEFORE_LINE_END.sub("\n", text.strip())
    pieces: list[str] = []
    while len(text) > limit:
        window = text[: limit + 1]
        cut = next(
            (at for at in (window.rfind("\n\n"), window.rfind("\n"), window.rfind(" ")) if at > 0),
            limit,
        )
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text:
        pieces.append(text)
    return pieces or [ELLIPSIS]


def not_answered_embed(
    outcome: Outcome,
    question: str,
    closest: Sequence[Match],
    knowledge: Knowledge,
    about: Interview | None = None,
) -> discord.Embed:
    """A non-answer that says which kind: the interview does not say, or the question is about something else.

    Only the first offers the closest passages, as suggestions: never as the answer. The second lists what
    the bot can answer instead. ``about`` is the interview the question was judged to be about: the one
    named as not saying. With several interviews loaded, each suggestion says whose interview it is from.
    """
    several = knowledge.several
    asked = fit(question, ECHO_LIMIT, user=True) if question.strip() else "that"
    if outcome == "not_in_interview":
        title = NOT_IN_INTERVIEW
        named = [about] if about else knowledge.interviews
        subjects = fit(interviews_with(named), 250)
        does, it = ("does", "it") if len(named) == 1 else ("do", "them")
        lines = [f"The {subjects} {does} not say: I found nothing in {it} that answers “{asked}”."]
    else:
        title = OFF_TOPIC
        subjects = fit(interviews_with(knowledge.interviews), 250)
        covers = "cover" if several else "covers"
        lines = [f"“{asked}” is outside what the {subjects} {covers}, so I can't answer it."]
    if closest and outcome == "not_in_interview":
        answering = "The interviews do" if several else "It does"
        lines += ["", f"{answering} answer these nearby questions, if one is what you meant:"]
        lines.extend(f"• {suggestion(match.entry, several=several)}" for match in closest)
        body = "\n".join(lines)
    else:
        lines += ["", "These are the questions I can answer:", ""]
        body = _truncate_lines([*lines, topic_pages(knowledge)[0].description or ""], DESCRIPTION_LIMIT - 80)
    embed = discord.Embed(title=title, description=body, colour=NOT_COVERED_COLOUR)
    covered = "the interviews cover" if several else "the interview covers"
    embed.set_footer(text=f"Try /topics for everything {covered}, or rephrase your question.")
    return embed


def suggestion(entry: Entry, *, several: bool) -> str:
    """A suggested question for an embed, with whose interview it is from when several are loaded."""
    question = fit(entry.question, 300)
    return f"{question} — {fit(entry.interview.interviewee, 100)}" if several else question


def usage(knowledge: Knowledge, mention: str, *, direct: bool) -> str:
    """How to ask, for whoever asked how: by mention in a server, as it is in a DM, with a real question.

    The example is one the loaded interviews answer, so it works whichever they are (``example``).
    """
    subjects = fit(interviews_with(knowledge.interviews), 250)
    example = fit(example_question(knowledge), 150)
    if direct:
        how = f"write your question here, e.g. “{example}”" if example else "write your question here"
    else:
        how = f"mention me with your question, e.g. {mention} {example}" if example else "mention me"
    return (
        f"Ask me about the {subjects} in your own words: {how}. Or use `/ask`, which suggests questions "
        "as you type; `/topics` lists every question I can answer."
    )


def example_question(knowledge: Knowledge) -> str:
    """A short question, as a member would ask it, that the loaded interviews answer.

    "who is Jun Liu?" where an interview has an about entry, which answers a question naming only its
    interviewee; else the shortest of the interviewer's questions that stands on its own (five words or
    more, ending in "?"), where the shortest of all is often a follow-up such as "How much?".
    """
    for entry in knowledge:
        if entry.pair.kind == "about":
            return f"who is {entry.interview.interviewee}?"
    standing = (entry.question for entry in knowledge if entry.question.rstrip().endswith("?"))
    return min((question for question in standing if len(question.split()) >= 5), key=len, default="")


def slow_down(retry_after: float) -> str:
    seconds = max(1, math.ceil(retry_after))
    return f"Slow down a little — you can ask again in {seconds} s."


def in_answer_to(link: str) -> str:
    """The line above an answer to someone's message, linking to it."""
    return f"In answer to {link}"


def too_long(limit: int) -> str:
    return f"(The question was shortened to {limit} characters.)"


# -- browsing --------------------------------------------------------------------------------------


def topic_pages(knowledge: Knowledge) -> list[discord.Embed]:
    """Every question grouped by interview, split into pages that each fit one embed."""
    blocks: list[list[str]] = []
    page: list[str] = []
    size = count = 0
    on_page: str | None = None
    started: set[str] = set()
    for interview in knowledge.interviews:
        for entry in (entry for entry in knowledge if entry.interview.id == interview.id):
            line = f"• {fit(entry.question, 300)}"
            lines = _topic_lines(interview, line, on_page, started, first_on_page=not page)
            added = sum(len(item) + 1 for item in lines)
            if page and (count >= TOPICS_PER_PAGE or size + added > TOPICS_PAGE_BUDGET):
                blocks.append(page)
                page, size, count = [], 0, 0
                lines = _topic_lines(interview, line, None, started, first_on_page=True)
                added = sum(len(item) + 1 for item in lines)
            page.extend(lines)
            size += added
            count += 1
            on_page = interview.id
            started.add(interview.id)
    if page:
        blocks.append(page)
    pages = []
    for number, block in enumerate(blocks or [["The knowledge is empty."]], start=1):
        title = "What you can ask" + (f" (page {number} of {len(blocks)})" if len(blocks) > 1 else "")
        embed = discord.Embed(title=title, description="\n".join(block), colour=COLOUR)
        embed.set_footer(text=f"{counted(len(knowledge), 'question')} · /ask suggests them as you type")
        pages.append(embed)
    return pages


def _topic_lines(
    interview: Interview, line: str, on_page: str | None, started: set[str], *, first_on_page: bool
) -> list[str]:
    """A question line, preceded by its interview's heading when the page changes interview."""
    if on_page == interview.id:
        return [line]
    continued = " (continued)" if interview.id in started else ""
    heading = f"**{fit(interview.title, 200)}** — {interview.published_long}{continued}"
    return [heading, line] if first_on_page else ["", heading, line]


def quote_embed(hit: QuoteHit) -> discord.Embed:
    """A quote with its attribution and the question it answers."""
    interview = hit.entry.interview
    embed = discord.Embed(description=quote_block(hit.text, interview, DESCRIPTION_LIMIT), colour=COLOUR)
    embed.add_field(name="From the answer to", value=fit(hit.entry.question, FIELD_VALUE_LIMIT), inline=False)
    embed.set_footer(text=plain(f"Source: {interview.cited_as}", FOOTER_LIMIT))
    return embed


def no_quote(about: str) -> str:
    return f"I found no quote about “{fit(about, ECHO_LIMIT, user=True)}”. Try another word, or /quote alone."


def about_embed(knowledge: Knowledge) -> discord.Embed:
    """What the bot knows and how to ask it, in one embed whatever the number of interviews."""
    embed = discord.Embed(
        title="About this bot",
        description=(
            "I answer questions about published interviews, quoting the interviewee's own words. "
            "Answers come only from the interview text; if it does not cover something, I say so."
        ),
        colour=COLOUR,
    )
    usage = (
        "`/ask question:` — ask anything; suggestions appear as you type\n"
        "`@mention me` with a question, or send me a DM\n"
        "Right-click a message → **Apps** → **Ask the interview**\n"
        "`/topics` — every question I can answer\n"
        "`/quote about:` — a quote, on a subject or at random"
    )
    fields: list[tuple[str, str]] = []
    for interview in knowledge.interviews:
        count = sum(1 for entry in knowledge if entry.interview.id == interview.id)
        published = f"Published {interview.published_long} · {counted(count, 'question')}"
        value = f"{fit(interview.attribution, 600)}\n{published}"
        fields.append((fit(interview.title, FIELD_NAME_LIMIT), value))
    budget = EMBED_TOTAL_LIMIT - len("How to ask") - len(usage) - 300
    shown = 0
    for name, value in fields:
        if shown == FIELDS_PER_EMBED - 2 or len(embed) + len(name) + len(value) > budget:
            break
        embed.add_field(name=name, value=value, inline=False)
        shown += 1
    if shown < len(fields):
        more = f"{counted(len(fields) - shown, 'more interview')}; see /topics."
        embed.add_field(name="And more", value=more, inline=False)
    embed.add_field(name="How to ask", value=usage, inline=False)
    embed.set_footer(text=contents(knowledge, " · "))
    return embed


def reload_done(knowledge: Knowledge) -> discord.Embed:
    return discord.Embed(
        title="Knowledge reloaded",
        description=f"Now serving {contents(knowledge, ' and ')}.",
        colour=COLOUR,
    )


def reload_failed(problems: Sequence[Problem], directory: str = "") -> discord.Embed:
    """Every problem that fits, one per line, with paths relative to the knowledge directory."""
    prefix = directory.rstrip("/") + "/" if directory else ""
    lines = [f"• {fit(str(problem).removeprefix(prefix), 500)}" for problem in problems]
    head = "The files have problems, so I kept serving the old knowledge. Fix these and /reload again:"
    body = _truncate_lines([head, "", *lines], PROBLEMS_BUDGET)
    return discord.Embed(title="Reload refused", description=body, colour=ERROR_COLOUR)


# -- components ------------------------------------------------------------------------------------


def button_label(text: str) -> str:
    return plain(text, BUTTON_LABEL_LIMIT)


def suggestion_label(entry: Entry, *, several: bool) -> str:
    """A Did-you-mean button's label: the question, shortened to leave room for whose interview it is."""
    if not several:
        return button_label(entry.question)
    whose = f" — {plain(entry.interview.interviewee, BUTTON_LABEL_LIMIT // 3)}"
    return plain(entry.question, BUTTON_LABEL_LIMIT - len(whose)) + whose


def option_label(text: str) -> str:
    return plain(text, OPTION_LABEL_LIMIT)


def option_description(match: Match) -> str:
    return plain(f"{match.entry.interview.interviewee}: {match.excerpt}", OPTION_DESCRIPTION_LIMIT)


def choice_name(text: str) -> str:
    return plain(text, CHOICE_NAME_LIMIT)


def contents(knowledge: Knowledge, joined_by: str) -> str:
    """How many interviews and questions are loaded: ``1 interview · 10 questions``."""
    interviews = counted(len(knowledge.interviews), "interview")
    return f"{interviews}{joined_by}{counted(len(knowledge), 'question')}"


def counted(number: int, noun: str) -> str:
    """``1 interview``, ``2 interviews``: the number with its noun in the number it needs."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _truncate_lines(lines: Iterable[str], limit: int) -> str:
    """Keep whole lines while they fit, then say how many were left out."""
    kept: list[str] = []
    items = list(lines)
    size = 0
    for number, line in enumerate(items):
        if size + len(line) + 1 > limit - 40:
            kept.append(f"… and {len(items) - number} more lines")
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept)
