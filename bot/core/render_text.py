"""Plain-text rendering of a result for the terminal: what ``interview-bot ask`` prints."""

from __future__ import annotations

import textwrap

from bot.core.answers import Result

WIDTH = 96


def render_result(result: Result, *, explain: bool = False) -> str:
    lines: list[str] = []
    best = result.best
    if result.answered and best:
        interview = best.entry.interview
        lines += [f"Q: {best.entry.question}", ""]
        lines += [*textwrap.wrap(best.excerpt, WIDTH), ""]
        if best.quotes:
            lines += textwrap.wrap(f"“{best.quotes[0]}”", WIDTH, initial_indent="  ", subsequent_indent="  ")
        lines.append(f"  — {interview.attribution}")
        lines.append(f"Source: {interview.cited_as} [{best.entry.id}, score {best.score:.0f}]")
        others = result.related()
        if others:
            lines.append("Related:")
    elif result.outcome == "not_in_interview":
        lines.append(f"The interview does not say: {result.query.strip()!r}")
        others = result.matches
        if others:
            lines.append("Nearby questions it does answer (not an answer to yours):")
    else:
        lines.append(f"Outside what the interview covers: {result.query.strip()!r}")
        others = ()
    for match in others:
        lines.append(f"  - {match.entry.question} [{match.entry.id}, score {match.score:.0f}]")
    if explain:
        lines.append("")
        for match in result.matches:
            parts = ", ".join(f"{name} {value:.2f}" for name, value in match.parts.items())
            lines.append(f"why {match.entry.id}: score {match.score:.1f} = {parts}")
    return "\n".join(lines)
