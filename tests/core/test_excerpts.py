"""An excerpt is the best sentence, the one the pair was ranked by, the answer's first sentence when the
question asks what the pair's own question asks, the ones that add asked words left unsaid, the one after
the best and the one after them, and then the next best while there is room, in the answer's order, within
EXCERPT_LIMIT characters.

The candidates are made by hand: these tests fix the sentence scores and credits that ranking.py computes.
"""

from types import SimpleNamespace

from hypothesis import assume, given
from hypothesis import strategies as st

from bot.core.excerpts import EXCERPT_LIMIT, _growth, _size, excerpt
from bot.core.ranking import Candidate
from bot.core.text import ELLIPSIS

TEXTS = [f"Sentence {name} of the answer." for name in ("zero", "one", "two", "three", "four", "five")]


def candidate(
    texts: list[str],
    scores: list[float],
    credits: list[dict[int, float]] | None = None,
    similarity: list[float] | None = None,
    question_share: float = 0.0,
) -> Candidate:
    """A pair whose sentences score ``scores`` in words and ``similarity`` in meaning; ``credits`` says which
    question terms each one says; its own question says ``question_share`` of the question.

    Only what excerpt() reads: the sentences' texts, their scores, similarities and credits, the best one,
    and how much of the question the pair's question says.
    """
    sentences = tuple(SimpleNamespace(text=text) for text in texts)
    return SimpleNamespace(  # type: ignore[return-value]
        indexed=SimpleNamespace(sentences=sentences),
        sentence_credits=tuple(credits or [{} for _ in texts]),
        sentence_scores=tuple(scores),
        sentence_similarity=tuple(similarity or [0.0 for _ in texts]),
        best_sentence=max(range(len(scores)), key=lambda n: (scores[n], -n), default=0),
        signals={"question_share": question_share},
    )


def test_an_answer_without_sentences_has_an_empty_excerpt() -> None:
    assert excerpt(candidate([], [])) == ("", "")


def test_when_no_sentence_answers_the_excerpt_is_the_opening() -> None:
    text, highlight = excerpt(candidate(TEXTS, [0.0] * len(TEXTS)))

    assert text == f"{TEXTS[0]} {TEXTS[1]}"
    assert highlight == TEXTS[0]


def test_an_opening_too_long_for_two_sentences_is_its_first_sentence() -> None:
    long = "Long " * 130 + "end."
    text, highlight = excerpt(candidate([TEXTS[0], long], [0.0, 0.0]))

    assert text == highlight == TEXTS[0]


def test_the_best_sentence_comes_with_the_one_that_follows_it_then_the_next_best() -> None:
    credits: list[dict[int, float]] = [{}, {}, {0: 1.0}, {}, {}, {}]
    text, highlight = excerpt(candidate(TEXTS, [0.1, 0.2, 0.9, 0.1, 0.0, 0.0], credits))

    assert text == f"{TEXTS[0]} {TEXTS[1]} {TEXTS[2]} {TEXTS[3]}"
    assert highlight == TEXTS[2]


def test_sentences_that_say_nothing_of_the_question_do_not_fill_the_room() -> None:
    credits: list[dict[int, float]] = [{}, {}, {0: 1.0}, {}, {}, {}]
    text, _ = excerpt(candidate(TEXTS, [0.0, 0.0, 0.9, 0.0, 0.0, 0.0], credits))

    assert text == f"{TEXTS[2]} {TEXTS[3]}"


def test_weighted_meaning_can_choose_a_sentence_that_shares_no_word() -> None:
    close = [0.0, 0.0, 0.0, 0.8, 0.0, 0.1]

    assert excerpt(candidate(TEXTS, [0.0] * 6, similarity=close))[1] == TEXTS[0]
    text, highlight = excerpt(candidate(TEXTS, [0.0] * 6, similarity=close), semantic=1.0)
    assert text == f"{TEXTS[3]} {TEXTS[4]} {TEXTS[5]}"
    assert highlight == TEXTS[3]


def test_the_sentence_the_pair_was_ranked_by_stays_beside_the_one_meaning_chose() -> None:
    credits: list[dict[int, float]] = [{0: 1.0}, {}, {}, {0: 1.0}, {}, {}]
    close = [0.0, 0.0, 0.0, 0.9, 0.0, 0.95]
    words_first = candidate(TEXTS, [0.9, 0, 0, 0.8, 0, 0], credits, similarity=close)
    text, highlight = excerpt(words_first, semantic=1.0)

    assert highlight == TEXTS[3]  # meaning put the fourth sentence first ...
    assert TEXTS[0] in text  # ... and the first, which says the words, though it adds none, stays in view


def test_asked_what_the_interviewer_asked_the_excerpt_opens_with_the_reply() -> None:
    # "Did the launch go well?" asked of "How did the launch go?": "Not at first." shares no word with it.
    credits: list[dict[int, float]] = [{}, {}, {}, {0: 1.0}, {}, {}]
    asked_alike = candidate(TEXTS, [0, 0, 0, 0.9, 0, 0], credits, question_share=0.6)
    text, highlight = excerpt(asked_alike, opening=0.3)

    assert text.startswith(f"{TEXTS[0]} {ELLIPSIS} {TEXTS[3]}")
    assert highlight == TEXTS[3]


def test_a_question_about_a_detail_of_the_answer_does_not_bring_in_its_opening() -> None:
    credits: list[dict[int, float]] = [{}, {}, {}, {0: 1.0}, {}, {}]
    asked_aside = candidate(TEXTS, [0, 0, 0, 0.9, 0, 0], credits, question_share=0.1)

    assert TEXTS[0] not in excerpt(asked_aside, opening=0.3)[0]
    assert TEXTS[0] not in excerpt(candidate(TEXTS, [0, 0, 0, 0.9, 0, 0], credits, question_share=1.0))[0]


def test_an_opening_too_long_to_fit_beside_the_best_sentence_stays_out() -> None:
    texts = ["Long " * 116 + "opening.", *TEXTS[1:]]
    credits: list[dict[int, float]] = [{}, {}, {}, {0: 1.0}, {}, {}]
    text, _ = excerpt(candidate(texts, [0, 0, 0, 0.9, 0, 0], credits, question_share=0.6), opening=0.3)

    assert texts[0] not in text
    assert TEXTS[3] in text


def test_the_last_sentence_stands_alone() -> None:
    text, highlight = excerpt(candidate(TEXTS, [0, 0, 0, 0, 0, 0.9], [{}, {}, {}, {}, {}, {0: 1.0}]))

    assert text == highlight == TEXTS[5]


def test_a_sentence_that_says_another_asked_word_joins_in_the_answers_order_after_a_gap_mark() -> None:
    credits = [{1: 1.0}, {}, {}, {0: 1.0}, {}, {}]
    text, highlight = excerpt(candidate(TEXTS, [0.3, 0, 0, 0.9, 0, 0], credits))

    assert text == f"{TEXTS[0]} {ELLIPSIS} {TEXTS[3]} {TEXTS[4]}"
    assert highlight == TEXTS[3]


def test_a_sentence_repeating_what_the_best_one_said_comes_after_the_one_that_follows() -> None:
    credits = [{0: 1.0}, {}, {}, {0: 1.0}, {}, {}]
    text, _ = excerpt(candidate(TEXTS, [0.8, 0, 0, 0.9, 0, 0], credits))

    assert text == f"{TEXTS[0]} {ELLIPSIS} {TEXTS[3]} {TEXTS[4]}"


def test_the_sentence_after_the_best_one_comes_in_though_a_later_one_was_chosen_too() -> None:
    # The best sentence raises the subject ("there's a discussion group"); the one after it answers.
    credits = [{0: 1.0}, {}, {}, {}, {1: 1.0}, {}]
    words = ["Word " * 20 + f"{n}." for n in range(6)]
    text, highlight = excerpt(candidate(words, [0.9, 0, 0, 0, 0.3, 0], credits))

    assert highlight == words[0]
    assert text == f"{words[0]} {words[1]} {ELLIPSIS} {words[4]} {words[5]}"


def test_short_sentences_that_answer_all_go_in_while_there_is_room() -> None:
    credits = [{number: 1.0} for number in range(len(TEXTS))]
    text, _ = excerpt(candidate(TEXTS, [0.5, 0.6, 0.7, 0.8, 0.9, 0.4], credits))

    assert text == " ".join(TEXTS)


def test_the_room_not_a_count_of_sentences_bounds_an_excerpt() -> None:
    texts = [
        f"Sentence {number} says a little more about the asked thing, at some length." for number in range(20)
    ]
    credits = [{number: 1.0} for number in range(len(texts))]
    text, _ = excerpt(candidate(texts, [0.5] * len(texts), credits))

    assert len(text) <= EXCERPT_LIMIT
    assert sum(sentence in text for sentence in texts) > 3


def test_a_helpful_sentence_that_does_not_fit_is_left_out() -> None:
    long = "A long sentence " + "about many things " * 40 + "and one more asked word."
    texts = [TEXTS[0], long, TEXTS[2]]
    text, _ = excerpt(candidate(texts, [0.9, 0.5, 0.0], [{0: 1.0}, {1: 1.0}, {}]))

    assert len(long) > EXCERPT_LIMIT - len(TEXTS[0])
    assert text == TEXTS[0]


def test_an_overlong_best_sentence_is_cut_at_a_word_within_the_limit() -> None:
    long = "Capacity " + " ".join(f"word{number}" for number in range(200)) + "."
    text, highlight = excerpt(candidate([long, TEXTS[1]], [0.9, 0.0], [{0: 1.0}, {}]))

    assert text == highlight
    assert len(text) <= EXCERPT_LIMIT
    assert text.endswith(ELLIPSIS)
    assert long.startswith(text.removesuffix(ELLIPSIS))


@given(st.sets(st.integers(0, 11)), st.integers(0, 11))
def test_adding_a_sentence_grows_the_excerpt_by_its_text_a_space_and_any_new_gap_marker(
    chosen: set[int], n: int
) -> None:
    texts = [f"Sentence {k}{'.' * k}" for k in range(12)]
    order = sorted(chosen - {n})
    assume(order)  # an excerpt always starts from its best sentence

    assert _size(texts, order) + _growth(texts, order, n) == _size(texts, sorted({*order, n}))
