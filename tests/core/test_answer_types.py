"""A question asking when, how many, who or where needs a sentence holding a date, number, name or place.

What a question asks is read off the interrogative opening one of its clauses.
"""

import pytest

from bot.core.answer_types import Facts, answers, asked, carried, clauses, counted, counts, identifies
from bot.core.normalize import words


def facts(text: str) -> Facts:
    return carried(text, set(words(text)))


def facts_of(text: str) -> dict[str, frozenset[str]]:
    return dict(facts(text))


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("When did he join the company?", {"time"}),
        ("What year was it founded?", {"time"}),
        ("How many employees are there?", {"number"}),
        ("How much revenue did they make?", {"number"}),
        ("What is the percentage of sales from Europe?", {"number"}),
        ("How old is he?", {"time", "number"}),
        ("Who runs the company?", {"name"}),
        ("Who is the chief engineer?", {"name"}),
        ("who's in charge of sales", {"name"}),
        ("Who is running the plant?", {"name"}),
        # "Who is <someone named>?" asks what they are, not a name: "X is the harbour master" answers it.
        ("Who is Ada Brandt?", set()),
        ("who was tom keller", set()),
        ("who's ada", set()),
        ("who is fred", set()),
        ("Who was involved?", {"name"}),
        ("What is the name of the founder?", {"name"}),
        ("What are the names of their two coaches?", {"name"}),
        ("What's the title of her first novel?", {"name"}),
        ("What was the shop he opened called?", {"name"}),
        ("What's the top speed of that car?", {"number"}),
        ("What is their annual budget?", {"number"}),
        ("What is the main reason for the price rise?", set()),
        ("Where are the factories?", {"place"}),
        ("Which country comes next?", {"place"}),
        ("So, when did he join? And where?", {"time", "place"}),
        ("What is the strategy for Europe?", set()),
        ("Tell me about the bioreactors", set()),
        ("What is hard when making ADCs?", set()),
        ("Does it depend on which system you use?", set()),
        ("", set()),
    ],
)
def test_the_interrogative_says_what_kind_of_fact_is_asked(question: str, kinds: set[str]) -> None:
    assert asked(question) == kinds


def test_the_same_kinds_are_the_same_object() -> None:
    assert asked("When did he start?") is asked("When did she leave?")


def test_a_year_is_a_number_and_a_time() -> None:
    facts = facts_of("In 2016, I joined the company.")

    assert facts["number"] == {"2016"}
    assert facts["time"] == {"2016"}


def test_a_number_word_with_a_unit_of_time_is_a_time() -> None:
    facts = facts_of("It took us ten years to get there.")

    assert facts["number"] == {"ten"}
    assert "ten" in facts["time"]


def test_a_number_without_a_unit_of_time_is_only_a_number() -> None:
    facts = facts_of("We run three factories with 1,600 specialists.")

    assert {"three"} <= facts["number"]
    assert "time" not in facts


def test_a_month_is_a_time() -> None:
    assert facts_of("the plant opened in march")["time"] == {"march"}


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("I usually hack from 22:00 to 01:00.", {"22", "01", "00"}),
        ("Skating was huge in the 1980s.", {"1980s"}),
        ("It had died by the 80s.", {"80s"}),
        ("The shop opens at 9am.", {"9am"}),
    ],
)
def test_a_time_of_day_a_decade_or_an_hour_is_a_time(sentence: str, time: set[str]) -> None:
    assert facts_of(sentence)["time"] == time


def test_a_numeral_with_a_suffix_is_a_number_but_a_version_is_no_time() -> None:
    assert facts_of("The novel is about 25k words long.")["number"] == {"25k"}
    assert "time" not in facts_of("Version 3.5 shipped with 10x the speed.")


def test_a_capitalised_word_inside_a_sentence_is_a_name_or_a_place() -> None:
    facts = facts_of("I then studied at UC Davis in California.")

    assert {"uc", "davis", "california"} <= facts["name"]
    assert facts["place"] == facts["name"]


def test_the_capitalised_word_opening_a_sentence_is_no_name() -> None:
    assert facts_of("Quality matters most to us.") == {}


def test_a_sentence_without_dates_numbers_or_names_carries_no_fact() -> None:
    assert facts("we focus on quality and speed") == ()


def test_a_fact_of_the_asked_kind_answers() -> None:
    joined = facts("In 2016, I joined the company.")

    assert answers(frozenset({"time"}), joined, frozenset({"when", "did", "he", "join"}))


def test_a_fact_of_another_kind_does_not_answer() -> None:
    joined = facts("In 2016, I joined the company.")

    assert not answers(frozenset({"place"}), joined, frozenset({"where", "is", "it"}))
    assert not answers(frozenset(), joined, frozenset({"tell", "me"}))


def test_a_name_the_question_already_says_is_no_answer_to_who() -> None:
    """ "Who runs BioDlink" is not answered by a sentence whose only name is BioDlink."""
    only_company = facts("We think BioDlink is ready.")
    with_person = facts("We think Jun Liu runs BioDlink.")
    question = frozenset({"who", "runs", "biodlink"})

    assert not answers(frozenset({"name"}), only_company, question)
    assert answers(frozenset({"name"}), with_person, question)


def test_a_how_many_question_counts_the_words_after_it_up_to_the_verb() -> None:
    assert counted("How many ADC manufacturing lines do they have?") == ("adc", "manufacturing", "lines")
    assert counted("What is their strategy?") == ()


def test_a_number_counts_its_whole_noun_phrase_compounds_included() -> None:
    sentence = "We run two state-of-the-art ADC manufacturing lines, with one among the largest."

    assert {"adc", "manufacturing", "lines"} <= set(counts(sentence))
    assert "largest" not in counts(sentence)


def test_a_partitive_of_is_read_through_to_what_is_counted() -> None:
    assert counts("We accumulated hundreds of projects, with more to come.") == ["projects"]
    assert counts("The plant has 1,600 specialists.") == ["specialists"]


def test_a_sentence_without_numbers_counts_nothing() -> None:
    assert counts("We care about quality and speed.") == []


def test_a_hedge_between_a_number_and_what_it_counts_is_read_through() -> None:
    assert counts("It supports 20 something protocols.") == ["protocols"]


def test_a_name_in_brackets_is_a_name() -> None:
    assert "mozilla" in facts_of("I'm allowed by my employer (Mozilla) to work on it.")["name"]


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which European country comes first?", "place"),
        ("which US investor holds the most shares", "name"),
        ("In what recent year did it open?", "time"),
    ],
)
def test_a_word_or_two_may_describe_the_noun_a_which_question_asks_about(question: str, kind: str) -> None:
    assert asked(question) == {kind}


@pytest.mark.parametrize("question", ["What does the company do?", "What kind of people use it?"])
def test_a_clause_after_what_is_not_a_described_noun(question: str) -> None:
    assert asked(question) == frozenset()


def test_time_words_without_a_number_state_no_time() -> None:
    assert "time" not in facts_of("We will grow in the coming years.")
    assert "time" in facts_of("We have grown for 14 years.")


@pytest.mark.parametrize(
    "question",
    [
        "Which two packages does she maintain?",
        "so which of them came first",
        "what software was he using before?",
        "What kind of bike does he ride",
        "tell me which city he lives in",
    ],
)
def test_an_interrogative_determiner_asks_to_pick_out_one_thing(question: str) -> None:
    assert identifies(question)


@pytest.mark.parametrize(
    "question",
    [
        "What does he think of it?",
        "what is the name of the firm",
        "What's the plan?",
        "which is better",
        "what happened next",
        "Why did he leave?",
    ],
)
def test_what_before_a_verb_or_determiner_and_which_before_a_verb_pick_out_nothing(question: str) -> None:
    assert not identifies(question)


@pytest.mark.parametrize(
    ("message", "asking"),
    [
        ("hi all, quick question: what is their capacity? thanks!", [False, True, False]),
        ("I work in pharma. Does BioDlink make ADCs", [False, True]),
        ("tell me about the new plant. thx", [False, False]),
        ("is 3.5 million a lot", [True]),
        ("founding date", [False]),
    ],
)
def test_a_clause_asks_when_a_question_mark_closes_it_or_an_interrogative_opens_it(
    message: str, asking: list[bool]
) -> None:
    assert [asks for _, asks in clauses(message)] == asking
