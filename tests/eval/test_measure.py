"""How the evaluation measures what meaning alone finds: the token vectors' share of the evidence."""

from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from eval.corpus import Item
from eval.measure import meaning_ranks, tally, without
from tests.bundled import BUNDLED_INTERVIEW

KNOWLEDGE = load_knowledge(BUNDLED_INTERVIEW)


def test_a_question_worded_as_a_pairs_own_question_ranks_that_pair_first() -> None:
    entry = next(entry for entry in KNOWLEDGE.entries if entry.pair.kind != "about")
    expect = (entry.answer.split(".")[0],)

    assert meaning_ranks(KNOWLEDGE, [Item(entry.pair.question, expect, "answerable")]) == [0]


def test_questions_without_a_passage_that_holds_their_answer_are_not_ranked() -> None:
    items = [
        Item("How many employees does the company have?", None, "unanswerable"),
        Item("What is the capital of France?", ("words no answer says",), "answerable"),
    ]

    assert meaning_ranks(KNOWLEDGE, items) == []


def test_the_rank_is_that_of_the_first_right_pair_among_all_pairs() -> None:
    everything = tuple(entry.answer[:30] for entry in KNOWLEDGE.entries)

    assert meaning_ranks(KNOWLEDGE, [Item("anything at all", everything, "answerable")]) == [0]


def test_without_a_field_every_answer_pair_loses_it_and_the_about_entry_keeps_its_own() -> None:
    stripped = without(KNOWLEDGE, ["aliases"])

    qa = [entry for entry in stripped.entries if entry.pair.kind == "qa"]
    about = [entry for entry in stripped.entries if entry.pair.kind == "about"]
    assert qa and all(entry.pair.aliases == () for entry in qa)
    assert all(entry.pair.terms for entry in qa)
    assert about and all(entry.pair.aliases for entry in about)
    assert stripped.glossary == KNOWLEDGE.glossary


def test_without_the_glossary_the_interviews_keep_no_abbreviations() -> None:
    assert KNOWLEDGE.glossary
    assert without(KNOWLEDGE, ["glossary"]).glossary == {}


def test_the_mean_excerpt_counts_only_the_questions_the_bot_answered() -> None:
    entry = next(entry for entry in KNOWLEDGE.entries if entry.pair.kind != "about")
    engine = Engine(KNOWLEDGE)
    answered = engine.ask(entry.pair.question, top=5)
    items = [
        Item(entry.pair.question, None, "unanswerable"),
        Item("what's the capital of Peru?", None, "offtopic"),
    ]

    found = tally(engine, items)

    assert answered.answered and not engine.ask(items[1].q).answered
    assert found.excerpts == 1
    assert found.mean_excerpt() == len(answered.matches[0].excerpt) > 0
