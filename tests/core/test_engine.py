"""The engine answers in the interviewee's words, tells "not in the interview" from "off topic", and cuts
clean excerpts.

The engine's constants are fitted (``python -m eval fit``) and refitted as the corpus grows, so these tests
specify what must hold for any sensible fit: no exact scores, and no question whose outcome is borderline.
"""

import json
import os
import random
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.engine import Engine
from bot.core.excerpts import EXCERPT_LIMIT
from bot.core.knowledge import Knowledge
from bot.core.lessons import Lesson
from bot.core.loader import load_knowledge
from bot.core.params import Logistic, load_model
from bot.core.text import ELLIPSIS, split_sentences
from bot.settings import Settings
from tests.bundled import BUNDLED_INTERVIEW
from tests.core.clean_excerpts import assert_clean_excerpt
from tests.core.interviews import (
    HARBOUR_PAIRS,
    INTERVIEW,
    SECOND,
    SECOND_INTERVIEW,
    harbour_interview,
    write_knowledge,
)

PARAPHRASES = Path(__file__).parent / "data" / "paraphrases.jsonl"

# The JSON contract of `interview-bot ask --json` (see the docstring of shared/eval/score.py).
RESULT_KEYS = {"query", "answered", "outcome", "matches"}
CONTRACT_MATCH_KEYS = {"id", "question", "score", "excerpt", "answer", "quotes"}
SIGNALS = {"bm25", "lexical", "coverage", "topical"}
ABOVE_ANY_PROBABILITY = 1.01
# On the interview's subject, and not something it says.
NOT_SAID = "How many parking spaces does the BioDlink Suzhou site have?"


def load_paraphrases() -> list[dict]:
    return [json.loads(line) for line in PARAPHRASES.read_text(encoding="utf-8").splitlines() if line.strip()]


PARAPHRASE_ITEMS = load_paraphrases()
BUNDLED_ENTRIES = load_knowledge(BUNDLED_INTERVIEW).entries
BUNDLED_IDS = [entry.id for entry in BUNDLED_ENTRIES]
IN_SCOPE = [item for item in PARAPHRASE_ITEMS if item["expect"] is not None]
OUT_OF_SCOPE = [item for item in PARAPHRASE_ITEMS if item["expect"] is None]


def flat(text: str) -> str:
    return " ".join(text.split())


def ranked_first(engine: Engine, item: dict) -> bool:
    best = engine.ask(item["q"]).best
    return best is not None and best.entry.id == item["id"]


def answered_with(engine: Engine, question: str, key: str) -> bool:
    result = engine.ask(question)
    return result.answered and result.best is not None and result.best.entry.key == key


# -- the paraphrase set (the tests' own, written apart from the evaluation sets) ----------------------


def test_the_paraphrase_file_names_only_pairs_that_exist(knowledge: Knowledge) -> None:
    ids = {entry.id for entry in knowledge}

    assert len(IN_SCOPE) >= 50
    assert len(OUT_OF_SCOPE) >= 10
    assert {item["id"] for item in IN_SCOPE} <= ids
    assert all(item["expect"] for item in IN_SCOPE)


def test_most_paraphrases_rank_the_right_pair_first_and_nearly_all_in_the_top_three(engine: Engine) -> None:
    first = [item["q"] for item in IN_SCOPE if ranked_first(engine, item)]
    top_three = [
        item["q"]
        for item in IN_SCOPE
        if item["id"] in [match.entry.id for match in engine.ask(item["q"], top=3).matches]
    ]

    assert len(first) / len(IN_SCOPE) >= 0.8
    assert len(top_three) / len(IN_SCOPE) >= 0.9


def test_the_right_pairs_excerpt_mostly_holds_the_words_that_answer_the_paraphrase(engine: Engine) -> None:
    found = []
    for item in IN_SCOPE:
        match = engine.answer_entry(item["id"], item["q"])
        assert match is not None
        if any(expected.casefold() in match.excerpt.casefold() for expected in item["expect"]):
            found.append(item["q"])

    assert len(found) / len(IN_SCOPE) >= 0.85


def test_most_out_of_scope_questions_are_not_answered(engine: Engine) -> None:
    """A guard against an engine that answers anything, not a quality target: how often the engine abstains
    is measured by ``python -m eval`` on sets written for it. These questions share words with the interview
    (Shanghai, Suzhou, revenue, time), so the fitted answer model lets some through; the clear cases are
    pinned one by one below.
    """
    nearby = [
        "weather in Shanghai",
        "What is the weather in Shanghai today?",
        "What is WuXi Biologics' revenue?",
    ]
    questions = [item["q"] for item in OUT_OF_SCOPE] + nearby
    answered = [question for question in questions if engine.ask(question).answered]

    assert len(answered) < len(questions) / 2, answered


@pytest.mark.parametrize("entry_id", BUNDLED_IDS)
def test_every_pair_is_ranked_first_by_some_paraphrase(engine: Engine, entry_id: str) -> None:
    mine = [item for item in IN_SCOPE if item["id"] == entry_id]

    assert any(ranked_first(engine, item) for item in mine), f"no paraphrase ranks {entry_id} first"


# -- three outcomes -----------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", BUNDLED_ENTRIES, ids=BUNDLED_IDS)
def test_the_interviewers_own_question_is_answered_with_its_pair(engine: Engine, entry) -> None:
    assert answered_with(engine, entry.question, entry.key)


@pytest.mark.parametrize("entry", BUNDLED_ENTRIES, ids=BUNDLED_IDS)
def test_the_interviewers_question_typed_casually_is_answered_with_its_pair(engine: Engine, entry) -> None:
    casual = entry.question.lower().replace(",", "").rstrip("?")

    assert answered_with(engine, casual, entry.key)


@pytest.mark.parametrize("question", ["Who is Jun Liu?", "who is jun liu", "Jun Liu"])
def test_a_question_only_naming_the_interviewee_is_answered_with_the_about_entry(
    engine: Engine, question: str
) -> None:
    assert answered_with(engine, question, "biodlink-jun-liu-2024/about")


@pytest.mark.parametrize(
    "question", ["Who is Seán Ó Dálaigh?", "who is sean o dalaigh", "tell me about Seán"]
)
def test_an_interviewee_whose_name_has_accents_is_found_typed_with_them_or_without(
    tmp_path: Path, question: str
) -> None:
    interview = {
        "interview": {"id": "sean", "title": "The ferryman", "interviewee": "Seán Ó Dálaigh"},
        "pairs": [
            {
                "id": "about",
                "kind": "about",
                "question": "Who is Seán Ó Dálaigh, and what is this interview about?",
                "answer": "Seán Ó Dálaigh runs the ferry to Inis Oírr. He talks about the crossing.",
            },
            {
                "id": "crossing",
                "question": "How long is the crossing?",
                "answer": "Forty minutes in good weather, and we sail twice a day.",
            },
        ],
    }
    engine = Engine(load_knowledge(write_knowledge(tmp_path, interview)))

    assert answered_with(engine, question, "sean/about")


@pytest.mark.parametrize(
    "question",
    ["what's the weather in Paris", "best pizza recipe", "", "   ", "?", "???", "...", "!?!", "<@1> <:a:2>"],
)
def test_questions_about_something_else_or_nothing_are_off_topic(engine: Engine, question: str) -> None:
    result = engine.ask(question)

    assert result.outcome == "off_topic"
    assert result.answered is False


@pytest.mark.parametrize(
    "question",
    [
        "Will it rain tomorrow?",
        "Do you know any good puns?",
        "hi",
        "hello there",
        "good morning everyone",
        "asdfghjkl qwerty",
        "zzxq plorb fnargle",
        "What does Lonza charge for manufacturing?",
        "what colour are the bioreactors painted?",
        # One absent thing beside three words the capacity passage says: a close call that has flipped from
        # one refit to the next (refused at 0.48, answered at 0.57, refused at 0.499, answered at 0.504);
        # refused by the model fitted on 23 interviews. Mark it xfail again if a refit answers it.
        "does BioDlink have a cafeteria for the bioreactor staff?",
    ],
)
def test_questions_the_interview_does_not_cover_are_not_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered is False


def test_the_threshold_is_the_answer_probability_to_reach(knowledge: Knowledge, engine: Engine) -> None:
    answered, unanswered = "How big are the bioreactors?", NOT_SAID
    assert engine.ask(answered).answered is True
    assert engine.ask(unanswered).outcome == "not_in_interview"

    assert Engine(knowledge, threshold=ABOVE_ANY_PROBABILITY).ask(answered).answered is False
    assert Engine(knowledge, threshold=0).ask(unanswered).answered is True


def test_a_question_off_the_interviews_subject_is_not_answered_however_likely_its_passage(
    knowledge: Knowledge,
) -> None:
    certain, off_subject = Logistic(intercept=30.0), Logistic(intercept=-30.0)
    model = replace(load_model(), answer=certain, on_topic=off_subject)

    assert Engine(knowledge, model=model).ask("How big are the bioreactors?").outcome == "off_topic"


# -- matches and excerpts -----------------------------------------------------------------------------


def test_a_covered_question_is_answered_with_the_pair_and_the_sentence_that_answers_it(
    engine: Engine,
) -> None:
    result = engine.ask("How big are the bioreactors?")

    assert result.answered is True
    assert result.query == "How big are the bioreactors?"
    assert result.best is not None
    assert result.best.entry.id == "capacity"
    assert "20,000 litres" in result.best.excerpt
    assert "20,000 litres" in result.best.highlight
    assert 0 <= result.best.score <= 100


def test_top_limits_the_number_of_matches_and_matches_are_ranked_by_score(engine: Engine) -> None:
    for top in (1, 2, 5):
        matches = engine.ask("ADC manufacturing capacity in China", top=top).matches
        assert len(matches) == top
        scores = [match.score for match in matches]
        assert scores == sorted(scores, reverse=True)
        assert len({match.entry.key for match in matches}) == top


@pytest.mark.parametrize(
    "question",
    [
        *(item["q"] for item in PARAPHRASE_ITEMS),
        *(entry.question for entry in BUNDLED_ENTRIES),
        "ADC",
        "revenue growth and bioreactor capacity and FDA approval",
    ],
)
def test_every_excerpt_is_one_to_three_whole_sentences_of_the_answer_in_order(
    engine: Engine, question: str
) -> None:
    for match in engine.ask(question, top=10).matches:
        assert_clean_excerpt(match)


def test_a_question_touching_two_facts_gets_both_sentences_marked_as_non_adjacent(engine: Engine) -> None:
    match = engine.answer_entry("career", "Where did he do his PhD, and when did he join BioDlink?")

    assert match is not None
    assert "UC Davis" in match.excerpt
    assert "In 2016, I joined BioDlink" in match.excerpt
    assert f" {ELLIPSIS} " in match.excerpt
    assert_clean_excerpt(match)


@pytest.fixture(scope="module")
def long_sentence_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    filler = " ".join(f"word{number}" for number in range(150))
    data = {
        "interview": {"id": "long-reactor", "title": "A long answer", "interviewee": "Lee Long"},
        "pairs": [
            {
                "id": "reactor",
                "question": "How big is the reactor?",
                "answer": f"The reactor {filler} holds a great deal. Second reactor sentence {filler} too.",
            }
        ],
    }
    return Engine(load_knowledge(write_knowledge(tmp_path_factory.mktemp("long"), data)))


def test_an_excerpt_of_an_overlong_sentence_is_cut_at_a_word_within_the_limit(
    long_sentence_engine: Engine,
) -> None:
    match = long_sentence_engine.ask("how big is the reactor").best

    assert match is not None
    answer = flat(match.entry.answer)
    assert len(match.excerpt) <= EXCERPT_LIMIT
    assert match.excerpt.endswith(ELLIPSIS)
    head = match.excerpt.removesuffix(ELLIPSIS)
    assert answer.startswith(head) or f" {head}" in answer
    assert not answer[answer.index(head) + len(head)].isalnum()
    assert match.highlight in match.excerpt


# -- many pairs ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return Engine(load_knowledge(write_knowledge(tmp_path_factory.mktemp("harbour"), harbour_interview())))


@pytest.mark.parametrize("top", [17, 25, 35])
def test_top_returns_that_many_distinct_matches_beyond_sixteen(harbour: Engine, top: int) -> None:
    matches = harbour.ask("which ships does the harbour take", top=top).matches

    assert len(matches) == top
    assert len({match.entry.key for match in matches}) == top


def test_top_beyond_the_number_of_pairs_returns_every_pair_once(harbour: Engine) -> None:
    matches = harbour.ask("harbour ships", top=HARBOUR_PAIRS + 10).matches

    assert sorted(match.entry.key for match in matches) == sorted(entry.key for entry in harbour.knowledge)


# Every feature and signal of each question's five best candidates, to the last bit of each float.
_EXACT_SCORES = """
import sys
from pathlib import Path
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
engine = Engine(load_knowledge(Path(sys.argv[1])))
for question in sys.stdin.read().splitlines():
    verdict = engine.consider(question)[0]
    print(repr(sorted(verdict.features.items())))
    for candidate in verdict.candidates[:5]:
        print(repr((candidate.rank, sorted(candidate.signals.items()), candidate.sentence_scores)))
"""


@pytest.mark.parametrize("command", ["ask", "exact scores"])
def test_results_do_not_depend_on_the_hash_seed(tmp_path: Path, command: str) -> None:
    """Ties (the generated interview has many) must be broken by something stabler than set order.

    Nor may a sum run in set order: a float's last bit would differ from run to run, and sooner or
    later decide a tie or a threshold.
    """
    directory = write_knowledge(tmp_path / "knowledge", harbour_interview(), bundled=True)
    questions = "\n".join(
        [
            "which ships does the harbour take",
            "How big are the bioreactors?",
            *(item["q"] for item in PARAPHRASE_ITEMS[:8]),
            "best pizza recipe",
        ]
    )
    outside = {name.upper() for name in Settings.model_fields} | {"PYTHONHASHSEED"}
    base = {key: value for key, value in os.environ.items() if key.upper() not in outside}
    arguments = (
        ["-m", "bot", "ask", "--json", "--top", "25", "--knowledge", str(directory)]
        if command == "ask"
        else ["-c", _EXACT_SCORES, str(directory)]
    )

    def run(seed: str) -> str:
        done = subprocess.run(
            [sys.executable, *arguments],
            input=questions,
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
            env=base | {"PYTHONHASHSEED": seed},
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    first, second = run("1"), run("2024")
    assert len(first.splitlines()) >= len(questions.splitlines())
    assert first == second


# -- picking a pair directly --------------------------------------------------------------------------


@pytest.mark.parametrize("entry_id", BUNDLED_IDS)
def test_answer_entry_answers_with_exactly_that_pair_from_its_opening(engine: Engine, entry_id: str) -> None:
    match = engine.answer_entry(entry_id)

    assert match is not None
    assert match.entry.id == entry_id
    assert match.excerpt.startswith(split_sentences(match.entry.answer)[0])
    assert match.quotes and set(match.quotes) == set(match.entry.quotes)
    assert_clean_excerpt(match)


def test_answer_entry_takes_the_entry_key_or_its_bare_pair_id(engine: Engine) -> None:
    by_key = engine.answer_entry(f"{INTERVIEW}/capacity")
    bare = engine.answer_entry("capacity")

    assert by_key is not None and bare is not None
    assert by_key.entry is bare.entry is engine.knowledge.get(f"{INTERVIEW}/capacity")
    assert by_key.excerpt == bare.excerpt


def test_answer_entry_picks_the_sentence_for_the_question_asked(engine: Engine) -> None:
    match = engine.answer_entry(f"{INTERVIEW}/capacity", "how big are the bioreactors")

    assert match is not None
    assert "20,000 litres" in match.excerpt


def test_answer_entry_for_an_unknown_id_is_none(engine: Engine) -> None:
    assert engine.answer_entry("no-such-pair") is None
    assert engine.answer_entry(f"{INTERVIEW}/no-such-pair") is None
    assert engine.answer_entry("no-such-interview/capacity") is None
    assert engine.answer_entry("", "How big are the bioreactors?") is None


# -- autocomplete -------------------------------------------------------------------------------------


def test_suggest_with_no_text_offers_the_entries_in_file_order(engine: Engine, knowledge: Knowledge) -> None:
    assert engine.suggest("") == list(knowledge.entries)
    assert engine.suggest("   ", limit=3) == list(knowledge.entries[:3])


def test_suggest_puts_the_capacity_pair_first_for_a_partly_typed_bioreactor(engine: Engine) -> None:
    assert engine.suggest("bior")[0].id == "capacity"


def test_suggest_respects_the_limit_and_never_repeats_an_entry(engine: Engine) -> None:
    for limit in (1, 2, 5):
        suggestions = engine.suggest("ADC production", limit=limit)
        assert 1 <= len(suggestions) <= limit
        assert len({entry.key for entry in suggestions}) == len(suggestions)


def test_suggest_puts_the_best_answer_first(engine: Engine) -> None:
    assert engine.suggest("how much did revenue grow")[0].id == "financials"


# -- quotes -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(20))
def test_a_random_quote_is_verbatim_from_its_entry(engine: Engine, seed: int) -> None:
    hit = engine.quote(rng=random.Random(seed))

    assert hit is not None
    assert hit.text in hit.entry.quotes
    assert flat(hit.text) in flat(hit.entry.answer)


def test_the_same_seed_gives_the_same_quote(engine: Engine) -> None:
    first = engine.quote(rng=random.Random(42))
    second = engine.quote(rng=random.Random(42))

    assert first is not None and second is not None
    assert (first.text, first.entry.key) == (second.text, second.entry.key)


def test_random_quotes_are_drawn_from_more_than_one_pair(engine: Engine) -> None:
    hits = [engine.quote(rng=random.Random(seed)) for seed in range(30)]

    assert len({hit.entry.key for hit in hits if hit is not None}) > 1


def test_a_quote_about_bioreactors_comes_from_the_capacity_pair(engine: Engine) -> None:
    hit = engine.quote("bioreactors")

    assert hit is not None
    assert hit.entry.id == "capacity"
    assert hit.text in hit.entry.quotes


def test_a_quote_about_something_the_interview_never_mentions_is_none(engine: Engine) -> None:
    assert engine.quote("weather forecast") is None


# -- several interviews -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_interviews(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    directory = write_knowledge(tmp_path_factory.mktemp("two"), SECOND_INTERVIEW, bundled=True)
    return Engine(load_knowledge(directory))


def test_two_interviews_that_both_have_about_and_career_pairs_load_together(two_interviews: Engine) -> None:
    knowledge = two_interviews.knowledge

    for pair_id in ("about", "career"):
        ours, theirs = knowledge.get(f"{INTERVIEW}/{pair_id}"), knowledge.get(f"{SECOND}/{pair_id}")
        assert ours is not None and theirs is not None and ours is not theirs
        assert knowledge.get(pair_id) is None, "a bare id two interviews share names neither"
        assert two_interviews.answer_entry(pair_id) is None
        for entry in (ours, theirs):
            match = two_interviews.answer_entry(entry.key)
            assert match is not None and match.entry is entry
    bare = two_interviews.answer_entry("bioreactors")
    assert bare is not None and bare.entry.key == f"{SECOND}/bioreactors"


@pytest.mark.parametrize(
    ("question", "interview", "best"),
    [
        ("How big are Fermenters Inc's bioreactors?", SECOND, "bioreactors"),
        ("What does Grace Hopper say about bioreactors?", SECOND, "bioreactors"),
        ("How big are BioDlink's bioreactors?", INTERVIEW, "capacity"),
        ("What does Jun Liu say about bioreactors?", INTERVIEW, "capacity"),
    ],
)
def test_a_question_naming_an_interviewee_or_organisation_goes_to_that_interview(
    two_interviews: Engine, question: str, interview: str, best: str
) -> None:
    result = two_interviews.ask(question, top=20)

    assert result.best is not None and result.best.entry.key == f"{interview}/{best}"
    assert {match.entry.interview.id for match in result.matches} == {interview}


@pytest.mark.parametrize(("interview", "best"), [(SECOND, "bioreactors"), (INTERVIEW, "capacity")])
def test_the_interview_filter_restricts_matches_to_that_interview(
    two_interviews: Engine, interview: str, best: str
) -> None:
    result = two_interviews.ask("How big are the bioreactors?", top=20, interview=interview)

    assert result.best is not None and result.best.entry.key == f"{interview}/{best}"
    assert {match.entry.interview.id for match in result.matches} == {interview}


def test_without_the_filter_both_interviews_can_match(two_interviews: Engine) -> None:
    result = two_interviews.ask("How big are the bioreactors?", top=len(two_interviews.knowledge))

    assert {match.entry.interview.id for match in result.matches} == {INTERVIEW, SECOND}


def test_after_the_best_pair_the_matches_of_all_interviews_follow_by_score(two_interviews: Engine) -> None:
    result = two_interviews.ask("How big are the bioreactors?", top=len(two_interviews.knowledge))
    runners_up = [match.score for match in result.matches[1:]]

    assert runners_up == sorted(runners_up, reverse=True)
    assert {match.entry.interview.id for match in result.matches[1:]} == {INTERVIEW, SECOND}


@pytest.mark.parametrize(
    ("question", "interview"),
    [
        ("How many employees does Fermenters Inc have?", SECOND),
        ("Does BioDlink run a staff canteen?", INTERVIEW),
        ("How big are Fermenters Inc's bioreactors?", SECOND),
    ],
)
def test_the_result_names_the_interview_the_question_was_judged_to_be_about(
    two_interviews: Engine, question: str, interview: str
) -> None:
    result = two_interviews.ask(question, top=5)

    assert result.interview is not None and result.interview.id == interview
    assert result.best is not None and result.best.entry.interview.id == interview


def test_with_more_interviews_loaded_a_question_must_look_surer_to_be_on_one_of_their_subjects(
    two_interviews: Engine,
) -> None:
    question = "How big are the bioreactors?"
    wary = Engine(two_interviews.knowledge, model=replace(two_interviews.model, topic_prior=50.0))

    assert two_interviews.ask(question).outcome == "answered"
    assert wary.ask(question).outcome == "off_topic"
    # Put to one interview, by the filter or by naming it, the question is judged as with that one alone.
    assert wary.ask(question, interview=SECOND).outcome == "answered"
    assert wary.ask("How big are Fermenters Inc's bioreactors?").outcome == "answered"


def test_a_question_without_a_word_to_judge_by_is_about_no_interview(two_interviews: Engine) -> None:
    assert two_interviews.ask("?").interview is None


def test_an_unknown_interview_filter_matches_nothing(two_interviews: Engine) -> None:
    result = two_interviews.ask("How big are the bioreactors?", interview="no-such-interview")

    assert result.answered is False
    assert result.matches == ()


def test_suggest_honours_the_interview_filter(two_interviews: Engine) -> None:
    assert [entry.key for entry in two_interviews.suggest("", interview=SECOND)] == [
        f"{SECOND}/about",
        f"{SECOND}/career",
        f"{SECOND}/bioreactors",
    ]
    suggestions = two_interviews.suggest("bioreactors", interview=INTERVIEW)
    assert suggestions
    assert {entry.interview.id for entry in suggestions} == {INTERVIEW}


# -- lessons taught by moderators ---------------------------------------------------------------------

CAREER = f"{INTERVIEW}/career"
SLANG = "what's the boss man's origin story"


def test_a_taught_phrasing_is_answered_with_its_pair_and_so_is_a_close_rephrasing(engine: Engine) -> None:
    assert not answered_with(engine, SLANG, CAREER), "the phrasing must need teaching"

    taught = engine.with_lessons([Lesson(SLANG, CAREER)])

    assert answered_with(taught, SLANG, CAREER)
    assert answered_with(taught, "what is the boss man's origin story?", CAREER)
    assert not answered_with(engine, SLANG, CAREER), "teaching makes a new engine"


def test_a_lesson_leaves_other_questions_alone(engine: Engine) -> None:
    taught = engine.with_lessons([Lesson(SLANG, CAREER)])

    for entry in BUNDLED_ENTRIES:
        assert answered_with(taught, entry.question, entry.key)


def test_a_phrasing_taught_as_not_covered_is_not_in_the_interview_and_so_is_a_close_rephrasing(
    engine: Engine,
) -> None:
    question = "Tell me about BioDlink's bioreactor capacity"
    taught = engine.with_lessons([Lesson(question, None)])

    for asked in (question, "tell me about biodlink bioreactor capacity"):
        result = taught.ask(asked, top=20)
        assert result.outcome == "not_in_interview"
        assert all(engine.knowledge.get(match.entry.key) is match.entry for match in result.matches)


def test_a_taught_engine_keeps_the_threshold_it_was_given(knowledge: Knowledge) -> None:
    strict = Engine(knowledge, threshold=ABOVE_ANY_PROBABILITY).with_lessons([Lesson(SLANG, CAREER)])

    assert strict.ask(SLANG).answered is False
    assert strict.ask(strict.knowledge.get(CAREER).question).answered is False


def test_a_lesson_for_a_pair_that_no_longer_exists_is_ignored(engine: Engine) -> None:
    taught = engine.with_lessons([Lesson(SLANG, f"{INTERVIEW}/removed-pair")])

    assert taught.ask(SLANG).to_json() == engine.ask(SLANG).to_json()


# -- JSON ---------------------------------------------------------------------------------------------


def test_to_json_has_exactly_the_contract_keys(engine: Engine) -> None:
    payload = engine.ask("How big are the bioreactors?").to_json()

    assert set(payload) == RESULT_KEYS
    assert payload["query"] == "How big are the bioreactors?"
    assert payload["answered"] is True
    assert payload["outcome"] == "answered"
    for item in payload["matches"]:
        # "interview" is an addition beyond the score.py contract; everything else is the contract.
        assert set(item) == CONTRACT_MATCH_KEYS | {"interview"}
        assert item["interview"] == INTERVIEW
        assert isinstance(item["id"], str)
        assert isinstance(item["question"], str)
        assert isinstance(item["score"], float)
        assert isinstance(item["excerpt"], str)
        assert isinstance(item["answer"], str)
        assert isinstance(item["quotes"], list)
        assert all(isinstance(quote, str) for quote in item["quotes"])
    assert json.loads(json.dumps(payload)) == payload


@pytest.mark.parametrize(
    ("question", "outcome"),
    [("best pizza recipe", "off_topic"), (NOT_SAID, "not_in_interview")],
)
def test_to_json_tells_the_outcomes_apart(engine: Engine, question: str, outcome: str) -> None:
    payload = engine.ask(question).to_json()

    assert (payload["outcome"], payload["answered"]) == (outcome, False)


def test_to_json_carries_the_full_answer_and_the_excerpt_of_the_best_match(engine: Engine) -> None:
    result = engine.ask("How big are the bioreactors?")

    [first, *_] = result.to_json()["matches"]

    assert result.best is not None
    assert first["id"] == "capacity"
    assert first["answer"] == result.best.entry.answer
    assert first["excerpt"] == result.best.excerpt
    assert first["quotes"] == list(result.best.quotes)


def test_to_json_with_explain_adds_the_signals_of_each_match_and_the_features_of_the_first(
    engine: Engine,
) -> None:
    first, *others = engine.ask("How big are the bioreactors?", top=4).to_json(explain=True)["matches"]

    assert len(others) == 3
    for item in (first, *others):
        assert set(item) == CONTRACT_MATCH_KEYS | {"interview", "parts"}
        assert set(item["parts"]) >= SIGNALS
    assert {"feature_coverage", "feature_bm25", "feature_type_missing"} <= set(first["parts"])
    assert not any(name.startswith("feature_") for item in others for name in item["parts"])


def test_to_json_of_an_unanswered_question_still_lists_the_closest_matches(engine: Engine) -> None:
    payload = engine.ask(NOT_SAID).to_json()

    assert set(payload) == RESULT_KEYS
    assert payload["answered"] is False
    assert payload["matches"]
    assert all(set(item) == CONTRACT_MATCH_KEYS | {"interview"} for item in payload["matches"])


def test_related_offers_only_close_runners_up_on_a_topic_the_question_named(engine: Engine) -> None:
    result = engine.ask("How big are the bioreactors?", top=10)

    related = result.related()

    assert result.best is not None
    assert all(match.score >= 0.6 * result.best.score for match in related)
    assert all(match.parts["topical"] > 0 for match in related)
    weak = [match for match in result.matches[1:] if match.score < 0.6 * result.best.score]
    assert weak, "the bundled interview has weak runners-up for this question"
    assert not {m.entry.key for m in related} & {m.entry.key for m in weak}


def test_related_of_a_result_without_matches_is_empty(two_interviews: Engine) -> None:
    assert two_interviews.ask("bioreactors", interview="no-such-interview").related() == ()
