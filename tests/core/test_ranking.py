"""How a question is taken apart against one interview, and how that interview's pairs are ordered.

With the default RankingParams (neighbours by meaning off): what holds for any fitted constants.
"""

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.knowledge import Knowledge
from bot.core.loader import load_knowledge
from bot.core.params import RankingParams
from bot.core.ranking import Ranker, _best
from bot.core.stemming import stem
from tests.core.interviews import write_knowledge


@pytest.fixture(scope="module")
def ranker(knowledge: Knowledge) -> Ranker:
    return Ranker(knowledge, RankingParams())


def ranker_of(directory: Path, interview: dict) -> Ranker:
    """A ranker over one small interview written for the test, with the default constants."""
    return Ranker(load_knowledge(write_knowledge(directory, interview)), RankingParams())


def one_pair(directory: Path, question: str, answer: str) -> Ranker:
    """A ranker over an interview of a single pair, with the default constants."""
    interview = {"id": "one", "title": "One pair", "interviewee": "Ann Field"}
    return ranker_of(
        directory, {"interview": interview, "pairs": [{"id": "it", "question": question, "answer": answer}]}
    )


def tokens(ranker: Ranker, question: str) -> list[str]:
    return [term.token for term in ranker.parse(question).terms]


def test_a_question_keeps_one_term_per_meaningful_stem(ranker: Ranker) -> None:
    assert tokens(ranker, "How big are the bioreactors, a bioreactor?") == [stem("big"), stem("bioreactor")]


def test_an_everyday_word_weighs_less_than_a_rare_word_of_the_interview(ranker: Ranker) -> None:
    [good, bioreactors] = ranker.parse("good bioreactors").terms

    assert bioreactors.known
    assert bioreactors.weight > 2 * good.weight


def test_a_misspelt_interview_word_is_read_as_that_word(ranker: Ranker) -> None:
    [term] = ranker.parse("bioreacters").terms

    assert term.token == stem("bioreactors")
    assert term.known


def test_a_misspelt_interview_word_weighs_and_means_what_the_word_does(ranker: Ranker) -> None:
    misspelt, meant = ranker.parse("bioreacters capasity"), ranker.parse("bioreactors capacity")

    assert [term.weight for term in misspelt.terms] == [term.weight for term in meant.terms]
    assert (misspelt.vector == meant.vector).all()


def test_a_misspelt_word_the_interview_never_says_is_read_as_the_english_word(ranker: Ranker) -> None:
    [term] = ranker.parse("salray").terms

    assert term.word == "salary"
    assert not term.known


def test_the_interviews_own_word_comes_before_a_commoner_english_one(ranker: Ranker) -> None:
    # "adcs" is one slip from English's "adds"; the interview says ADCs.
    [term] = ranker.parse("adcs").terms

    assert term.token == stem("adcs")
    assert term.known


def test_an_english_word_the_interview_never_uses_is_not_corrected_into_one(ranker: Ranker) -> None:
    [term] = ranker.parse("weather").terms

    assert dict(term.alternatives) == {"weather": 1.0}
    assert not term.known


def test_a_question_naming_the_interviewee_or_organisation_says_so(ranker: Ranker) -> None:
    assert ranker.parse("What does Jun Liu think?").names
    assert ranker.parse("BioDlink plans").names
    assert not ranker.parse("How big are the bioreactors?").names


def test_the_query_knows_what_kind_of_fact_it_asks_for(ranker: Ranker) -> None:
    assert ranker.parse("When did he join?").asks == {"time"}
    assert ranker.parse("What is the strategy?").asks == frozenset()


def test_a_passage_saying_every_term_covers_the_whole_question(ranker: Ranker) -> None:
    query = ranker.parse("bioreactors capacity litres")

    assert query.share(dict.fromkeys(range(len(query.terms)), 1.0)) == pytest.approx(1.0)
    assert query.share({}) == 0.0


def test_every_pair_of_a_small_interview_is_ranked_best_first_ties_in_file_order(
    ranker: Ranker, knowledge: Knowledge
) -> None:
    candidates = ranker.rank(ranker.parse("How big are the bioreactors?"), 3)

    assert sorted(candidate.position for candidate in candidates) == list(range(len(knowledge)))
    order = [(-candidate.rank, candidate.position) for candidate in candidates]
    assert order == sorted(order)
    assert all(0 <= ranker.score(candidate) <= 100 for candidate in candidates)


def test_ranking_on_bm25_and_meaning_reads_no_sentence_until_one_is_asked_for(ranker: Ranker) -> None:
    """The candidates a question ranks but nobody looks at cost no sentence-level pass."""
    candidates = ranker.rank(ranker.parse("How big are the bioreactors?"), 3)

    assert all("_sentences" not in vars(candidate) for candidate in candidates)
    assert candidates[0].signals["lexical"] > 0
    assert "_sentences" in vars(candidates[0])


def test_a_ranking_that_weighs_a_sentence_signal_reads_the_sentences_to_rank(knowledge: Knowledge) -> None:
    weighing = Ranker(knowledge, RankingParams(rerank={"bm25": 1.0, "lexical": 2.0}))

    for candidate in weighing.rank(weighing.parse("How big are the bioreactors?"), 3):
        assert candidate.rank == candidate.signals["bm25"] + 2.0 * candidate.signals["lexical"]


def test_the_best_sentence_is_the_one_that_says_what_was_asked(ranker: Ranker) -> None:
    query = ranker.parse("How big are the bioreactors?")
    candidate = ranker.evidence(query, ranker.positions["biodlink-jun-liu-2024/capacity"], 0.0)

    best = candidate.indexed.sentences[candidate.best_sentence]
    assert "bioreactors" in best.text
    assert candidate.signals["type_match"] == 1.0
    assert candidate.coverage > 0


def test_a_slipped_function_word_still_asks_and_weighs_nothing(ranker: Ranker) -> None:
    query = ranker.parse("wen was biodlink founded")

    assert query.asks == {"time"}
    assert "wen" not in tokens(ranker, "wen was biodlink founded")


def test_what_how_many_counts_includes_the_interviews_spelling_of_a_misspelt_word(ranker: Ranker) -> None:
    query = ranker.parse("how many bioreacters do they run")

    assert stem("bioreactors") in query.counted


def test_a_word_the_interview_says_is_never_read_as_a_slip(tmp_path: Path) -> None:
    data = {
        "interview": {"id": "farm", "title": "A farm", "interviewee": "Ann Field"},
        "pairs": [{"id": "flock", "question": "What do you keep?", "answer": "We keep a hen and two goats."}],
    }
    farm = ranker_of(tmp_path, data)

    assert tokens(farm, "hen") == [stem("hen")]
    assert tokens(farm, "wen") == []  # the interview never says "wen": it is "when", a function word


def test_a_word_spelt_to_the_other_standard_is_the_interviews_word(tmp_path: Path) -> None:
    data = {
        "interview": {"id": "code", "title": "Code", "interviewee": "Ann Field"},
        "pairs": [
            {
                "id": "license",
                "question": "Which license do you use?",
                "answer": "The license is MIT, for its colour of freedom. We keep rolling releases.",
            }
        ],
    }
    code = ranker_of(tmp_path, data)

    assert tokens(code, "which licence") == [stem("license")]
    assert tokens(code, "what color") == [stem("colour")]
    # Only into a word the interview writes: "roling" is no spelling of "rolling" it uses.
    assert tokens(code, "rolling") == [stem("rolling")]
    assert tokens(code, "centre") == [stem("centre")]  # nor of one it never says


def test_a_fact_of_the_asked_kind_beside_the_best_sentence_is_not_in_it(tmp_path: Path) -> None:
    data = {
        "interview": {"id": "plant", "title": "A plant", "interviewee": "Ann Field"},
        "pairs": [
            {
                "id": "plant",
                "question": "Tell us about the plant.",
                "answer": "We built the plant ourselves. It opened in 2010.",
            }
        ],
    }
    plant = ranker_of(tmp_path, data)
    query = plant.parse("when did you build the plant")
    features = plant.features(query, plant.rank(query, 1))

    assert features["type_missing"] == 0.0  # the excerpt holds a year
    assert features["type_far"] == 1.0  # but not the sentence that says what was asked


def test_two_swapped_letters_are_one_slip(ranker: Ranker) -> None:
    [term] = ranker.parse("qaulity").terms

    assert stem("quality") in term.alternatives


def test_words_whose_initials_spell_the_interviews_abbreviation_also_say_it(tmp_path: Path) -> None:
    data = {
        "interview": {"id": "oss", "title": "OSS", "interviewee": "Ann Field"},
        "pairs": [{"id": "oss", "question": "Why OSS?", "answer": "OSS lets anyone read the code."}],
    }
    oss = ranker_of(tmp_path, data)
    terms = oss.parse("why open source software").terms

    assert all("oss" in term.alternatives for term in terms)
    assert all(term.known for term in terms)


def test_a_capitalised_name_in_an_answer_is_found_by_its_initials(tmp_path: Path) -> None:
    data = {
        "interview": {"id": "gmp", "title": "Plants", "interviewee": "Ann Field"},
        "pairs": [
            {"id": "rules", "question": "Which rules?", "answer": "We follow Good Manufacturing Practices."},
            {"id": "food", "question": "And lunch?", "answer": "We eat bread."},
        ],
    }
    plant = ranker_of(tmp_path, data)
    query = plant.parse("gmp")

    assert plant.rank(query, 2)[0].indexed.entry.id == "rules"


def test_a_count_anywhere_in_the_passage_answers_how_many(tmp_path: Path) -> None:
    answer = (
        "We keep goats on the farm. The farm keeps goats happy. Goats love the farm we keep. "
        "There are two goats."
    )
    farm = one_pair(tmp_path, "Tell us about the farm.", answer)
    query = farm.parse("how many goats do you keep on the farm")
    [candidate] = farm.rank(query, 1)

    assert 3 not in candidate.best_sentences()  # the count is not among the best-scoring sentences
    assert farm.features(query, [candidate])["count_missing"] == 0.0


def test_a_number_the_question_gives_and_the_passage_never_says_is_missing(tmp_path: Path) -> None:
    data = {
        "interview": {"id": "sales", "title": "Sales", "interviewee": "Ann Field"},
        "pairs": [
            {"id": "revenue", "question": "How did sales go?", "answer": "Revenue grew by half in 2024."}
        ],
    }
    shop = ranker_of(tmp_path, data)

    for question, missing in (("what was the revenue in 2023", 1.0), ("what was the revenue in 2024", 0.0)):
        query = shop.parse(question)
        assert shop.features(query, shop.rank(query, 1))["number_missing"] == missing


def test_a_question_picking_out_one_thing_is_told_from_one_asking_for_a_kind_of_fact(tmp_path: Path) -> None:
    data = {
        "interview": {"id": "bikes", "title": "Bikes", "interviewee": "Ann Field"},
        "pairs": [{"id": "bike", "question": "Your bike?", "answer": "I ride a Brompton to work."}],
    }
    rider = ranker_of(tmp_path, data)

    def identifies(question: str) -> float:
        query = rider.parse(question)
        return rider.features(query, rider.rank(query, 1))["identifies"]

    assert identifies("which bike does she ride") == 1.0
    assert identifies("which company makes her bike") == 0.0  # asks for a name: the type features' case
    assert identifies("why does she ride a bike") == 0.0


def test_the_interviews_names_mean_the_about_pair_only_when_they_are_all_the_question_says(
    tmp_path: Path,
) -> None:
    data = {
        "interview": {
            "id": "acme",
            "title": "Ann Field of Acme",
            "interviewee": "Ann Field",
            "organisation": "Acme",
        },
        "pairs": [
            {
                "id": "about",
                "kind": "about",
                "question": "Who is Ann Field, and what is this interview with the CEO of Acme about?",
                "answer": "Ann Field is the CEO of Acme. She talks about her career and the company.",
            },
            {
                "id": "career",
                "question": "How did your career evolve?",
                "answer": "I trained as a chemist. I came on board at Acme in 2010 after ten years abroad.",
            },
        ],
    }
    acme = ranker_of(tmp_path, data)
    query = acme.parse("when did Ann Field join Acme")

    assert acme.rank(query, 2)[0].indexed.entry.id == "career"
    # Asked about the interviewee and nothing else, the names are all there is to rank by.
    first = acme.rank(acme.parse("who is Ann Field?"), 2)[0]
    assert first.indexed.entry.id == "about"
    assert first.signals["bm25"] > 0


def test_the_about_pair_held_back_for_other_questions_answers_one_that_only_names_the_interviewee(
    tmp_path: Path,
) -> None:
    data = {
        "interview": {"id": "fed", "title": "Ann Field on rates", "interviewee": "Ann Field"},
        "pairs": [
            {
                "id": "about",
                "kind": "about",
                "question": "Who is Ann Field, and what is this interview about?",
                "answer": "Ann Field runs the research desk. She talks about interest rates.",
            },
            {
                "id": "model",
                "question": "How does your model work?",
                "answer": "The Field model, Ann Field's own, reads rates. Ann Field and Moe built it.",
            },
        ],
    }
    held_back = Ranker(load_knowledge(write_knowledge(tmp_path, data)), RankingParams(about_weight=0.25))

    assert held_back.rank(held_back.parse("who is Ann Field?"), 2)[0].indexed.entry.id == "about"
    assert held_back.rank(held_back.parse("who built the Field model"), 2)[0].indexed.entry.id == "model"


def test_a_jumble_whose_initials_happen_to_spell_an_abbreviation_does_not_say_it(tmp_path: Path) -> None:
    data = {
        "interview": {"id": "qp", "title": "QP", "interviewee": "Ann Field"},
        "pairs": [{"id": "qp", "question": "Who signs?", "answer": "The QP signs every batch of QWS."}],
    }
    signer = ranker_of(tmp_path, data)

    assert not any(term.known for term in signer.parse("qwxz plokij").terms)
    assert all("qws" in term.alternatives for term in signer.parse("quite wild stories").terms)


def test_the_interviewees_name_answers_who_in_the_about_entry_only(tmp_path: Path) -> None:
    data = {
        "interview": {"id": "acme", "title": "Acme", "interviewee": "Ann Field", "organisation": "Acme"},
        "pairs": [
            {
                "id": "about",
                "kind": "about",
                "question": "Who is Ann Field?",
                "answer": "Ann Field is the CEO.",
            },
            {
                "id": "start",
                "question": "How did you start?",
                "answer": "Ann Field started the shop in 2010.",
            },
        ],
    }
    acme = ranker_of(tmp_path, data)

    def type_far(question: str, pair: str) -> float:
        query = acme.parse(question)
        [candidate] = [c for c in acme.rank(query, 2) if c.indexed.entry.id == pair]
        return acme.features(query, [candidate])["type_far"]

    assert type_far("who is the ceo", "about") == 0.0
    assert type_far("who started the shop", "start") == 1.0


def test_an_aside_saying_nothing_the_interview_knows_is_left_out_beside_a_clause_that_asks(
    ranker: Ranker,
) -> None:
    plain = ranker.parse("what is the capacity of the bioreactors?")
    wrapped = ranker.parse("Hey everyone, quick one. What is the capacity of the bioreactors? Cheers!")

    assert tokens(ranker, wrapped.text) == tokens(ranker, plain.text)
    assert wrapped.words == plain.words
    assert (wrapped.vector == plain.vector).all()


def test_an_aside_with_a_word_of_the_interview_is_kept_whole(ranker: Ranker) -> None:
    found = tokens(ranker, "Saw the bioreactors on the telly yesterday. How big are they?")

    assert {stem("bioreactors"), stem("telly"), stem("yesterday")} <= set(found)


def test_an_aside_of_everyday_words_the_passages_happen_to_use_names_nothing(ranker: Ranker) -> None:
    plain = tokens(ranker, "How big are the bioreactors?")

    # "team", "market" and "year" are the interview's words too, but among English's commonest.
    assert tokens(ranker, "Our team was talking market stuff all year. How big are the bioreactors?") == plain


def test_an_aside_about_the_interview_itself_names_nothing_its_passages_say(ranker: Ranker) -> None:
    # Only the about entry, the owner's words on the interview, says "interview".
    assert tokens(ranker, "Loved the interview. How big are the bioreactors?") == tokens(
        ranker, "How big are the bioreactors?"
    )


def test_chat_shorthand_and_fillers_inside_a_question_weigh_nothing(ranker: Ranker) -> None:
    # Typed in one breath, with no clause to set them apart as an aside.
    plain = tokens(ranker, "tell me about the bioreactors")

    assert tokens(ranker, "can u tell me about the bioreactors pls lol") == plain
    assert tokens(ranker, "ok so basically tell me about the bioreactors tbh") == plain


def test_words_asking_for_a_view_weigh_nothing_every_answer_is_the_interviewees_view(ranker: Ranker) -> None:
    plain = tokens(ranker, "the bioreactors")

    assert tokens(ranker, "thoughts on the bioreactors?") == plain
    assert tokens(ranker, "his opinion and views on the bioreactors") == plain


def test_without_a_clause_that_asks_every_clause_is_kept(ranker: Ranker) -> None:
    assert stem("quick") in tokens(ranker, "quick one. capacity of the bioreactors")
    assert stem("quick") in tokens(ranker, "hi there! quick one on the capacity of the bioreactors")


def test_a_names_possessive_typed_without_its_apostrophe_is_the_name(ranker: Ranker) -> None:
    assert tokens(ranker, "jun lius job title") == tokens(ranker, "jun liu's job title")


def test_a_word_the_interview_says_far_beyond_its_everyday_rate_tells_its_topic(tmp_path: Path) -> None:
    answer = (
        "Everyone at the park skates the bowl. The bowl is deep, and the bowl has a tight corner. "
        "We rode the bowl until dark."
    )
    skate = one_pair(tmp_path, "What is the park like?", answer)

    def keyness(question: str) -> float:
        query = skate.parse(question)
        return skate.features(query, skate.rank(query, 1))["key"]

    # Said once and four times: against their everyday rates, "bowl" more than ten times as telling.
    assert keyness("how deep is that bowl") > keyness("good morning everyone") + 1.0 > 1.0
    assert keyness("what is a sonnet") == 0.0  # says nothing the interview says


@given(st.data(), st.integers(0, 600), st.integers(1, 20))
def test_the_best_scores_are_those_a_full_sort_finds(data: st.DataObject, size: int, wanted: int) -> None:
    """The shortlist _best partitions never loses one of the highest scores, nor the earliest of a tie."""
    value = st.sampled_from([0.0, 0.25, 0.5, 1.0]) | st.floats(0, 1)
    scores = data.draw(st.lists(value, min_size=size, max_size=size))
    order = sorted((n for n, score in enumerate(scores) if score > 0), key=lambda n: (-scores[n], n))

    assert sorted(_best(np.array(scores), wanted).tolist()) == sorted(order[:wanted])
