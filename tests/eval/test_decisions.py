"""The logistic models' ridge and wording floor, and the held-out decisions `python -m eval` tabulates."""

from eval.fit import Observation, decision_rates, fit_logistic, fit_wording, held_out_decisions

ROWS = [({"x": value / 10}, value >= 5) for value in range(10)] + [({"x": 0.45}, True), ({"x": 0.55}, False)]


def test_a_stronger_ridge_shrinks_the_weights_towards_zero() -> None:
    loose = fit_logistic(ROWS, ["x"], l2=0.1).weights["x"]
    tight = fit_logistic(ROWS, ["x"], l2=10.0).weights["x"]

    assert loose > tight > 0


def test_decision_rates_count_right_answers_and_abstentions_by_kind() -> None:
    observations = [
        Observation("a", {}, "answerable", right_first=True),
        Observation("a", {}, "answerable", right_first=False),
        Observation("a", {}, "unanswerable", right_first=False),
        Observation("a", {}, "offtopic", right_first=False),
    ]

    # Answering the wrong passage is no right answer; answering an off-topic question is no abstention.
    assert decision_rates(observations, [0.9, 0.9, 0.2, 0.7], 0.5) == (0.5, 1.0, 0.0)
    assert decision_rates(observations, [0.9, 0.9, 0.2, 0.7], 0.95) == (0.0, 1.0, 1.0)


def _interview(name: str, flipped: bool) -> list[Observation]:
    """Questions whose answerability follows coverage, or runs against it when ``flipped``."""
    found = []
    for number in range(20):
        coverage = number / 20
        answerable = (coverage >= 0.5) != flipped
        features = {"bm25": coverage, "coverage": coverage, "semantic": coverage, "unknown": 1 - coverage}
        kind = "answerable" if answerable else "unanswerable"
        found.append(Observation(name, features, kind, right_first=answerable))
    return found


def test_held_out_decisions_come_from_models_that_never_saw_the_interview() -> None:
    usual = [*_interview("a", False), *_interview("b", False), *_interview("c", False)]
    odd = _interview("d", True) * 4  # outweighs the others: a model that saw d would follow d

    probabilities = held_out_decisions([*usual, *odd])

    # Fitted on a, b and c alone, the model answers d's high-coverage questions, which d labels unanswerable.
    held_out = zip(odd, probabilities[len(usual) :], strict=True)
    assert min(p for o, p in held_out if o.features["coverage"] > 0.8) > 0.5


def _asked(interview: str, wording: str, kind: str) -> Observation:
    return Observation(interview, {}, kind, kind == "answerable", words=frozenset(wording.split()))


def test_a_word_weighs_in_the_wording_model_once_enough_interviews_ask_with_it() -> None:
    observations = []
    for interview in "abcde":
        observations += [_asked(interview, "what did she say", "answerable")] * 3
        observations += [_asked(interview, "how many staff", "unanswerable")] * 3
    # One interview's topic, asked about often, is not a way of asking.
    observations += [_asked("a", "synchro staff", "unanswerable")] * 20

    weights = fit_wording(observations, floor=5).weights

    assert weights["say"] > 0 > weights["many"]
    assert "synchro" not in weights
    assert "synchro" in fit_wording(observations, floor=1).weights
