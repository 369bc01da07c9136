"""Plain-text rendering of a result for the terminal: what ``interview-bot ask`` prints."""

from __future__ import annotations

import textwrap

from bot.core.answers import Match, Result, interviews_with
from bot.core.params import Logistic

WIDTH = 96
FEATURE = "feature_"


def render_result(
    result: Result, *, several: bool = False, explain: bool = False, decision: Logistic | None = None
) -> str:
    """The answer, or which kind of non-answer; ``decision`` is the engine's answer model, for --explain.

    ``several`` says more than one interview is loaded: then a non-answer names the interview that does
    not say, each listed question says whose interview it is from, since the list mixes them, and pairs
    are named ``interview-id/pair-id``, since two interviews may each have a "career".
    """
    lines: list[str] = []
    named = _named_by_key if several else _named_by_id
    best = result.best
    if result.answered and best:
        interview = best.entry.interview
        lines += [f"Q: {best.entry.question}", ""]
        lines += [*textwrap.wrap(best.excerpt, WIDTH), ""]
        if best.quotes:
            lines += textwrap.wrap(f"“{best.quotes[0]}”", WIDTH, initial_indent="  ", subsequent_indent="  ")
        lines.append(f"  — {interview.attribution}")
        lines.append(f"Source: {interview.cited_as} [{named(best)}, score {best.score:.0f}]")
        others = result.related()
        if others:
            lines.append("Related:")
    elif result.outcome == "not_in_interview":
        about = interviews_with([result.interview]) if several and result.interview else "interview"
        lines.append(f"The {about} does not say: {result.query.strip()!r}")
        others = result.matches
        if others:
            answering = "the interviews do" if several else "it does"
            lines.append(f"Nearby questions {answering} answer (not an answer to yours):")
    else:
        covering = "interviews cover" if several else "interview covers"
        lines.append(f"Outside what the {covering}: {result.query.strip()!r}")
        others = ()
    for match in others:
        whose = f" — {match.entry.interview.interviewee}" if several else ""
        lines.append(f"  - {match.entry.question}{whose} [{named(match)}, score {match.score:.0f}]")
    if explain:
        lines.append("")
        lines += [_why(match, decision, named(match)) for match in result.matches]
    return "\n".join(lines)


def _named_by_id(match: Match) -> str:
    return match.entry.id


def _named_by_key(match: Match) -> str:
    return match.entry.key


def _why(match: Match, decision: Logistic | None, pair: str) -> str:
    """One line: the signals that ranked the match and, for the first, the features that decided."""
    parts = match.parts.items()
    signals = _listed({name: value for name, value in parts if not name.startswith(FEATURE)})
    line = f"why {pair}: score {match.score:.1f} = {signals}"
    features = {name.removeprefix(FEATURE): value for name, value in parts if name.startswith(FEATURE)}
    if not features:
        return line
    if decision is not None:
        probability = decision.probability(features)
        line += f"; answer probability {probability:.2f} (threshold {decision.threshold:.2f})"
    return f"{line}; features {_listed(features)}"


def _listed(values: dict[str, float]) -> str:
    return ", ".join(f"{name} {value:.2f}" for name, value in values.items())
