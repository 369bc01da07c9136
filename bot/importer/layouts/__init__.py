"""Find the question/answer turns in an interview's blocks, whatever layout the page uses.

Four layouts are tried from the most explicit to the least: ``Q:``/``A:`` labels, speaker names before
each turn, questions set in headings or bold, and question paragraphs ending in "?". The first that
yields turns wins, so a page with labels is never second-guessed by the weaker heuristics.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.importer.layouts.closing import without_closing_matter
from bot.importer.layouts.labels import (
    ask_me_anything,
    bare_speakers,
    capital_speakers,
    dash_speakers,
    letter_labels,
    named_speakers,
    qa_labels,
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


def find_turns(blocks: Sequence[Block]) -> Layout:
    """The first layout that finds turns, or NoInterviewFound."""
    finders = (
        qa_labels,
        ask_me_anything,
        panel_under_questions,
        named_speakers,
        capital_speakers,
        dash_speakers,
        letter_labels,
        bare_speakers,
        question_labels,
        titled_questions,
        numbered_questions,
        questions_opening_answers,
        prompts_before_colons,
        interviewer_dashes,
        question_paragraphs,
        capital_topics,
    )
    for finder in finders:
        layout = finder(blocks)
        if layout is not None:
            return without_closing_matter(without_pull_quotes(layout))
    raise NoInterviewFound(
        "no questions and answers found: expected Q:/A: labels, speaker names before each turn, "
        "questions in headings or bold, or question paragraphs ending in '?'"
    )
