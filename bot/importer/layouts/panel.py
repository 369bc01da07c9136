"""A panel's answers, each opening with a speaker's name, under questions the page sets apart with no label.

It reads both the speakers' labels and the set-apart questions, so it stands apart from both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from bot.importer.layouts.asking import asks_you, ends_asking
from bot.importer.layouts.labels import QUESTION_LABELS, askers_of, merge_initials, speaker_label, with_names
from bot.importer.layouts.set_apart import section_title, split_at, strip_label
from bot.importer.layouts.turns import Layout
from bot.importer.sources.blocks import Block


def _set_apart(block: Block) -> str | None:
    """How the page sets a paragraph apart: its emphasis, its number in a count, or its "?" alone."""
    if block.emphasis != "plain":
        return block.emphasis
    if block.number is not None:
        return "numbered"
    return "asking" if ends_asking(block.text) else None


def panel_under_questions(blocks: Sequence[Block]) -> Layout | None:
    """A panel's answers, each paragraph opening with its speaker's name, under questions the page sets apart.

    "**How did you start?**" (or "3. How …?", or a plain "How …?") over "Ann Marsh: I was twelve …" and
    "Tom Berg: …": the questions carry no label, the panellists' paragraphs do. Read as speakers' turns,
    an answer that ends a turn would take the next question into it. Where every paragraph just before a
    name is set apart the same way (a heading, bold or italics, a number, or a "?" where nothing else marks
    it), two of them at least, and no named panellist asks, the page's questions are those paragraphs
    (and the others so set that ask, over an answer that names no one, before the first name too: the
    page may open on a question one of them answers unnamed), each answer kept as printed with its
    speakers' names.
    """
    # The page's title may read as a label ("Captains' Interviews: Swimming"): a heading, or the first line.
    labels = [
        None if number == 0 or block.emphasis == "heading" else speaker_label(block)
        for number, block in enumerate(blocks)
    ]
    named = [number for number, found in enumerate(labels) if found and found[0] not in QUESTION_LABELS]
    if not named or any(found and found[0] in QUESTION_LABELS for found in labels):
        return None
    before = {number - 1 for number in named if number and labels[number - 1] is None}
    styles = {_set_apart(blocks[number]) for number in before}
    style = styles.pop() if len(styles) == 1 else None
    if style is None or len(before) < 2 or min(before) > min(named):
        return None

    def asked(number: int) -> bool:
        block = blocks[number]
        if labels[number] is not None or number + 1 >= len(blocks) or labels[number + 1] is not None:
            return False
        if style == "asking":
            return asks_you(block)
        return _set_apart(block) == style and ends_asking(strip_label(block.text))

    questions = before | {number for number in range(len(blocks)) if asked(number)}
    layout = split_at(
        "speaker names",  # a panel's, under questions the page sets apart
        blocks,
        questions,
        ends_answer=section_title if style == "asking" else lambda block: block.emphasis == "heading",
        apart=style == "numbered",
    )
    if layout is None:
        return None
    # Every name opens a paragraph of an answer, and no one named asks: they answer, as a panel does.
    answered = {text for turn in layout.turns for text in turn.answer}
    if any(blocks[number].shown not in answered for number in named):
        return None
    canonical = merge_initials(Counter(found[0] for found in labels if found))
    runs: list[tuple[str, list[str]]] = []
    for turn in layout.turns:
        for text in turn.answer:
            found = speaker_label(Block(text))
            if found is not None:
                runs.append((canonical.get(found[0], found[0]), [text]))
            elif runs:
                runs[-1][1].append(text)
    panel = list(dict.fromkeys(speaker for speaker, _ in runs))
    if len(panel) < 2 or askers_of(runs):
        return None
    fuller = {short: name for name, short in canonical.items() if " " in name}
    return with_names(
        layout, interviewee=fuller.get(panel[0], panel[0]), panel=[fuller.get(n, n) for n in panel]
    )
