"""Find the question/answer turns in an interview's blocks, whatever layout the page uses.

Four layouts are tried from the most explicit to the least: ``Q:``/``A:`` labels, speaker names before
each turn, questions set in headings or bold, and question paragraphs ending in "?". The first that
yields turns wins, so a page with labels is never second-guessed by the weaker heuristics; but speakers'
names that only ever open paragraphs of answers, under questions the page sets apart, are no layout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.importer.layouts.closing import without_closing_matter
from bot.importer.layouts.labels import (
    ask_me_anything,
    bare_speakers,
    capital_speakers,
    dash_speakers,
    letter_labels,
    named_speakers,
    qa_labels,
    speaker_label,
)
from bot.importer.layouts.panel import panel_under_questions
from bot.importer.layouts.pull_quotes import without_pull_quotes
from bot.importer.layouts.set_apart import (
    capital_topics,
    interviewer_dashes,
    numbered_questions,
    prompts_before_colons,
    question_labels,
    question_paragraphs,
    questions_opening_answers,
    titled_questions,
)
from bot.importer.layouts.turns import Layout, NoInterviewFound
from bot.importer.sources.blocks import Block

Finder = Callable[[Sequence[Block]], Layout | None]

# The layouts that set the questions apart, in the order they are tried when no label is found.
_SET_APART: tuple[Finder, ...] = (
    question_labels,
    titled_questions,
    numbered_questions,
    questions_opening_answers,
    prompts_before_colons,
    interviewer_dashes,
    question_paragraphs,
    capital_topics,
)
_FINDERS: tuple[Finder, ...] = (
    qa_labels,
    ask_me_anything,
    panel_under_questions,
    named_speakers,
    capital_speakers,
    dash_speakers,
    letter_labels,
    bare_speakers,
    *_SET_APART,
)


def find_turns(blocks: Sequence[Block]) -> Layout:
    """The first layout that finds turns, or NoInterviewFound."""
    for finder in _FINDERS:
        layout = finder(blocks)
        if layout is not None:
            if finder is named_speakers:
                layout = _questions_over_names(blocks, layout)
            return without_closing_matter(without_pull_quotes(layout))
    raise NoInterviewFound(
        "no questions and answers found: expected Q:/A: labels, speaker names before each turn, "
        "questions in headings or bold, or question paragraphs ending in '?'"
    )


def _questions_over_names(blocks: Sequence[Block], named: Layout) -> Layout:
    """The questions the page sets apart, where every speaker's name it prints opens a paragraph of an answer.

    Two may answer a press call's questions, one of them now and then on their label ("CHAIR LUND: …"),
    at the head of an answer or inside it; no one labelled asks. Read by those names, every question
    not followed by one would run into the answer before it. The questions set apart (bold, headings,
    numbers, "?" paragraphs), each over its answer, find more turns and keep the names in the answers, as
    printed. A transcript labels whoever asks too: its labels open questions, and stand.
    """
    apart = next((layout for finder in _SET_APART if (layout := finder(blocks)) is not None), None)
    if apart is None or len(apart.turns) <= len(named.turns):
        return named
    answered = {text for turn in apart.turns for text in turn.answer}
    names = [block.shown for block in blocks if speaker_label(block) is not None]
    return apart if all(text in answered for text in names) else named
