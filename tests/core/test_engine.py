"""The engine answers in the interviewee's words, abstains off topic, and cuts clean excerpts."""

import json
import random
import shutil
from pathlib import Path

import pytest

from bot.core.answers import Match
from bot.core.engine import EXCERPT_LIMIT, Engine
from bot.core.knowledge import Knowledge
from bot.core.loader import load_knowledge
from bot.core.text import ELLIPSIS, split_sentences

BUNDLED_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
PARAPHRASES = Path(__file__).parent / "data" / "paraphrases.jsonl"
INTERVIEW = "biodlink-jun-liu-2024"

# The JSON contract of `interview-bot ask --json` (see the docstring of shared/eval/score.py).
RESULT_KEYS = {"query", "answered", "outcome", "matches"}
CONTRACT_MATCH_KEYS = {"id", "question", "score", "excerpt", "answer", "quotes"}

SECOND_INTERVIEW = """\
interview:
  id: second-interview
  title: A second interview
  interviewee: Grace Hopper
  role: Chief Engineer
  organisation: Fermenters Inc
  published: "2024-01-15"
  headline_quote: Bioreactors are the future
  standfirst: A second standfirst.
  source: Second source
pairs:
  - id: second-bioreactors
    question: How big are your bioreactors?
    answer: |
      Our bioreactors hold 5,000 litres in total. They run day and night.
    terms: [bioreactors]
    quotes:
      - "Our bioreactors hold 5,000 litres in total."
"""


def load_paraphrases() -> list[dict]:
    return [json.loads(line) for line in PARAPHRASES.read_text(encoding="utf-8").splitlines() if line.strip()]


PARAPHRASE_ITEMS = load_paraphrases()
BUNDLED_ENTRIES = load_knowledge(BUNDLED_KNOWLEDGE).entries
BUNDLED_IDS = [entry.id for entry in BUNDLED_ENTRIES]
IN_SCOPE = [item for item in PARAPHRASE_ITEMS if item["expect"] is not None]
OUT_OF_SCOPE = [item for item in PARAPHRASE_ITEMS if item["expect"] is None]


def flat(text: str) -> str:
    return " ".join(text.split())


def answers_at_rank_one(engine: Engine, item: dict) -> bool:
    result = engine.ask(item["q"])
    return result.answered and result.best is not None and result.best.entry.id == item["id"]


def excerpt_has_expected(engine: Engine, item: dict) -> bool:
    result = engine.ask(item["q"])
    if not result.answered or result.best is None:
        return False
    excerpt = result.best.excerpt.casefold()
    return any(expected.casefold() in excerpt for expected in item["expect"])


def assert_clean_excerpt(match: Match) -> None:
    """1-3 whole answer sentences in answer order, '…' only between non-adjacent ones, within the limit."""
    excerpt = match.excerpt
    assert 0 < len(excerpt) <= EXCERPT_LIMIT
    assert match.highlight in excerpt
    sentences = split_sentences(match.entry.answer)
    used = 0
    previous_end = -1
    for chunk in excerpt.split(f" {ELLIPSIS} "):
        runs = [
            (start, end)
            for start in range(previous_end + 1, len(sentences))
            for end in range(start + 1, len(sentences) + 1)
            if " ".join(sentences[start:end]) == chunk
        ]
        assert runs, f"{chunk!r} is not a run of whole sentences after the previous one in {match.entry.id}"
        start, end = runs[0]
        if previous_end >= 0:
            assert start > previous_end + 1, "an ellipsis must only mark skipped sentences"
        used += end - start
        previous_end = end - 1
    assert 1 <= used <= 3


# -- the paraphrase set -------------------------------------------------------------------------------


def test_the_paraphrase_file_names_only_pairs_that_exist(knowledge: Knowledge) -> None:
    ids = {entry.id for entry in knowledge}

    assert len(IN_SCOPE) >= 50
    assert len(OUT_OF_SCOPE) >= 10
    assert {item["id"] for item in IN_SCOPE} <= ids
    assert all(item["expect"] for item in IN_SCOPE)


def test_most_paraphrases_are_answered_with_the_right_pair_first(engine: Engine) -> None:
    right = [item["q"] for item in IN_SCOPE if answers_at_rank_one(engine, item)]

    assert len(right) / len(IN_SCOPE) >= 0.85


def test_most_excerpts_contain_the_words_that_answer_the_paraphrase(engine: Engine) -> None:
    found = [item["q"] for item in IN_SCOPE if excerpt_has_expected(engine, item)]

    assert len(found) / len(IN_SCOPE) >= 0.8


@pytest.mark.parametrize("question", [item["q"] for item in OUT_OF_SCOPE])
def test_every_out_of_scope_paraphrase_is_not_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered is False


@pytest.mark.parametrize("entry_id", BUNDLED_IDS)
def test_every_pair_is_reachable_at_rank_one_by_some_paraphrase(engine: Engine, entry_id: str) -> None:
    mine = [item for item in IN_SCOPE if item["id"] == entry_id]

    assert any(answers_at_rank_one(engine, item) for item in mine), f"no paraphrase reaches {entry_id}"


# -- abstaining ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What's the weather like today?",
        "Will it rain tomorrow?",
        "Tell me a joke",
        "Do you know any good puns?",
        "hi",
        "hello there",
        "good morning everyone",
        "asdfghjkl qwerty",
        "zzxq plorb fnargle",
        "What does Lonza charge for manufacturing?",
        "What is Samsung Biologics' revenue?",
        "weather in Shanghai",
        "What is the weather in Shanghai today?",
        "",
        "   ",
        "<@123> <:wave:456>",
    ],
)
def test_questions_the_interview_does_not_cover_are_not_answered(engine: Engine, question: str) -> None:
    assert engine.ask(question).answered is False


def test_a_threshold_above_every_score_answers_nothing(knowledge: Knowledge, engine: Engine) -> None:
    question = "How big are the bioreactors?"
    assert engine.ask(question).answered is True

    assert Engine(knowledge, threshold=100.1).ask(question).answered is False


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
        assert 1 <= len(matches) <= top
        scores = [match.score for match in matches]
        assert scores == sorted(scores, reverse=True)
    assert len(engine.ask("ADC manufacturing capacity in China", top=5).matches) == 5


def test_a_question_with_no_meaningful_word_has_no_matches(engine: Engine) -> None:
    result = engine.ask("what is the")

    assert result.matches == ()
    assert result.best is None


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
    answer = f"The reactor {filler} holds a great deal. Second reactor sentence {filler} too."
    directory = tmp_path_factory.mktemp("long")
    (directory / "long.yaml").write_text(
        SECOND_INTERVIEW.replace(
            "Our bioreactors hold 5,000 litres in total. They run day and night.", answer
        ).replace('"Our bioreactors hold 5,000 litres in total."', '"The reactor"'),
        encoding="utf-8",
    )
    return Engine(load_knowledge(directory))


def test_an_excerpt_of_an_overlong_sentence_is_cut_at_a_word_within_the_limit(
    long_sentence_engine: Engine,
) -> None:
    result = long_sentence_engine.ask("how big is the reactor")

    match = result.best
    assert match is not None
    answer = flat(match.entry.answer)
    assert len(match.excerpt) <= EXCERPT_LIMIT
    assert match.excerpt.endswith(ELLIPSIS)
    head = match.excerpt.removesuffix(ELLIPSIS)
    assert answer.startswith(head) or f" {head}" in answer
    assert not answer[answer.index(head) + len(head)].isalnum()
    assert match.highlight in match.excerpt


# -- picking a pair directly --------------------------------------------------------------------------


@pytest.mark.parametrize("entry_id", BUNDLED_IDS)
def test_answer_entry_answers_with_exactly_that_pair_from_its_opening(engine: Engine, entry_id: str) -> None:
    match = engine.answer_entry(entry_id)

    assert match is not None
    assert match.entry.id == entry_id
    assert match.excerpt.startswith(split_sentences(match.entry.answer)[0])
    assert match.quotes and set(match.quotes) == set(match.entry.quotes)
    assert_clean_excerpt(match)


def test_answer_entry_picks_the_sentence_for_the_question_asked(engine: Engine) -> None:
    match = engine.answer_entry("capacity", "how big are the bioreactors")

    assert match is not None
    assert "20,000 litres" in match.excerpt


def test_answer_entry_for_an_unknown_id_is_none(engine: Engine) -> None:
    assert engine.answer_entry("no-such-pair") is None
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
        assert len({entry.id for entry in suggestions}) == len(suggestions)


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
    assert (first.text, first.entry.id) == (second.text, second.entry.id)


def test_random_quotes_are_drawn_from_more_than_one_pair(engine: Engine) -> None:
    hits = [engine.quote(rng=random.Random(seed)) for seed in range(30)]

    assert len({hit.entry.id for hit in hits if hit is not None}) > 1


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
    directory = tmp_path_factory.mktemp("two")
    for path in BUNDLED_KNOWLEDGE.glob("*.yaml"):
        shutil.copy(path, directory / path.name)
    (directory / "second.yaml").write_text(SECOND_INTERVIEW, encoding="utf-8")
    return Engine(load_knowledge(directory))


@pytest.mark.parametrize(
    ("interview", "best"), [("second-interview", "second-bioreactors"), (INTERVIEW, "capacity")]
)
def test_the_interview_filter_restricts_matches_to_that_interview(
    two_interviews: Engine, interview: str, best: str
) -> None:
    result = two_interviews.ask("How big are the bioreactors?", top=10, interview=interview)

    assert result.answered is True
    assert result.best is not None and result.best.entry.id == best
    assert {match.entry.interview.id for match in result.matches} == {interview}


def test_without_the_filter_both_interviews_can_match(two_interviews: Engine) -> None:
    result = two_interviews.ask("How big are the bioreactors?", top=10)

    assert {match.entry.interview.id for match in result.matches} == {INTERVIEW, "second-interview"}


def test_an_unknown_interview_filter_matches_nothing(two_interviews: Engine) -> None:
    result = two_interviews.ask("How big are the bioreactors?", interview="no-such-interview")

    assert result.answered is False
    assert result.matches == ()


def test_suggest_honours_the_interview_filter(two_interviews: Engine) -> None:
    assert [entry.id for entry in two_interviews.suggest("", interview="second-interview")] == [
        "second-bioreactors"
    ]
    suggestions = two_interviews.suggest("bioreactors", interview=INTERVIEW)
    assert suggestions
    assert {entry.interview.id for entry in suggestions} == {INTERVIEW}


# -- JSON ---------------------------------------------------------------------------------------------


def test_to_json_has_exactly_the_contract_keys(engine: Engine) -> None:
    payload = engine.ask("How big are the bioreactors?").to_json()

    assert set(payload) == RESULT_KEYS
    assert payload["query"] == "How big are the bioreactors?"
    assert payload["answered"] is True
    for item in payload["matches"]:
        # "interview" is an addition beyond the score.py contract; everything else is the contract.
        assert set(item) == CONTRACT_MATCH_KEYS | {"interview"}
        assert isinstance(item["id"], str)
        assert isinstance(item["question"], str)
        assert isinstance(item["score"], float)
        assert isinstance(item["excerpt"], str)
        assert isinstance(item["answer"], str)
        assert isinstance(item["quotes"], list)
        assert all(isinstance(quote, str) for quote in item["quotes"])
    assert json.loads(json.dumps(payload)) == payload


def test_to_json_carries_the_full_answer_and_the_excerpt_of_the_best_match(engine: Engine) -> None:
    result = engine.ask("How big are the bioreactors?")

    [first, *_] = result.to_json()["matches"]

    assert result.best is not None
    assert first["id"] == "capacity"
    assert first["answer"] == result.best.entry.answer
    assert first["excerpt"] == result.best.excerpt
    assert first["quotes"] == list(result.best.quotes)


def test_to_json_with_explain_adds_the_score_parts_of_each_match(engine: Engine) -> None:
    payload = engine.ask("How big are the bioreactors?").to_json(explain=True)

    for item in payload["matches"]:
        assert set(item) == CONTRACT_MATCH_KEYS | {"interview", "parts"}
        assert {"sentence", "coverage", "curated", "question"} <= set(item["parts"])


def test_to_json_of_an_unanswered_question_still_lists_the_closest_matches(engine: Engine) -> None:
    payload = engine.ask("weather in Shanghai").to_json()

    assert set(payload) == RESULT_KEYS
    assert payload["answered"] is False
    assert payload["matches"]
    assert all(set(item) == CONTRACT_MATCH_KEYS | {"interview"} for item in payload["matches"])


def test_related_offers_only_close_runners_up_on_a_topic_the_question_named(engine) -> None:
    result = engine.ask("How big are the bioreactors?", top=5)

    related = result.related()

    assert result.best is not None
    assert all(match.score >= 0.6 * result.best.score for match in related)
    assert all(match.parts["topical"] > 0 for match in related)
    weak = [match for match in result.matches[1:] if match.score < 0.6 * result.best.score]
    assert weak, "the bundled interview has weak runners-up for this question"
    assert not {m.entry.id for m in related} & {m.entry.id for m in weak}


def test_related_of_a_result_without_matches_is_empty(engine) -> None:
    assert engine.ask("").related() == ()
