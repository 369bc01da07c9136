"""``python -m eval``: the engine's figures on every set, and leave-one-interview-out; ``fit`` refits it.

python -m eval            the table: shipped model on each set, all interviews loaded together,
                          then leave-one-interview-out (every constant refitted without the held-out one)
python -m eval fit        fit on the whole corpus and write bot/core/data/model.json
python -m eval --quick    leave-one-interview-out refits only the logistic models, not the ranking
python -m eval thresholds held-out right answers and honest "doesn't say"s at each ANSWER_THRESHOLD
python -m eval ridge      held-out right answers and abstentions by the logistic models' ridge (L2)
python -m eval wording    the same by how many interviews' questions a word must be asked with to weigh
python -m eval meaning    how often the token vectors alone rank the right pair first
python -m eval fields     what each field an owner writes (terms, aliases, examples, glossary) is worth
python -m eval noise      the corpus's questions with slips, without capitals, wrapped in chat
python -m eval interference  every interview loaded together, and the bundled one beside each other one
python -m eval loads      right answers and abstentions by number of interviews loaded, at each topic_prior
python -m eval layouts    each interview printed in common layouts and imported back: what import keeps
python -m eval excerpts   each excerpt constant chosen without each interview, and its excerpts held out
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from bot.core.answers import Result
from bot.core.engine import Engine
from bot.core.loader import load_knowledge
from bot.core.params import Model, load_model
from bot.importer import NoInterviewFound, import_file
from eval.corpus import QuestionSet, corpus, public_sets, source_of
from eval.fit import (
    EXCERPT_GRIDS,
    L2,
    RIDGES,
    WORDING_FLOORS,
    WORDING_INTERVIEWS,
    Observation,
    combine,
    decision_line,
    decision_rates,
    fit_chooser,
    fit_decision,
    fit_model,
    fit_on_topic,
    fit_topic_prior,
    held_out_decisions,
    knowledge_of,
    observe,
    shown_by_value,
    threshold_table,
)
from eval.layouts import samples, scores
from eval.layouts import table as layout_table
from eval.measure import OWNER_FIELDS, Tally, meaning_ranks, tally, without
from eval.noise import NOISES, noisy

MODEL_PATH = Path(__file__).resolve().parent.parent / "bot" / "core" / "data" / "model.json"
COLUMNS = ("answer@1", "excerpt@1", "rank@1", "hit@5", "unanswerable", "offtopic")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m eval", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = (
        "table",
        "fit",
        "thresholds",
        "ridge",
        "wording",
        "meaning",
        "fields",
        "noise",
        "interference",
        "loads",
        "layouts",
        "excerpts",
    )
    parser.add_argument("command", nargs="?", choices=commands, default="table")
    parser.add_argument("--quick", action="store_true", help="keep the shipped ranking in each fold")
    args = parser.parse_args(argv)
    sets = corpus()
    if args.command == "fit":
        started = time.perf_counter()
        # Resume from the shipped constants: a refit never ends below what it replaces on its own score.
        # The leave-one-out folds start from the defaults, which know nothing of the held-out interview.
        model = fit_model(sets, start=load_model().ranking)
        model.save(MODEL_PATH)
        print(f"wrote {MODEL_PATH} in {time.perf_counter() - started:.0f} s")
        print(f"answer: {model.answer}\non_topic: {model.on_topic}\nranking: {model.ranking}")
        print(f"topic_prior: {model.topic_prior}")
        return 0
    if args.command == "meaning":
        ranks = [r for s in sets for r in meaning_ranks(knowledge_of(str(s.knowledge)), s.items)]
        first = sum(r == 0 for r in ranks) / len(ranks)
        reciprocal = sum(1 / (r + 1) for r in ranks) / len(ranks)
        print(f"meaning alone, {len(ranks)} answerable questions: first {first:.3f}, MRR {reciprocal:.3f}")
        return 0
    model = load_model()
    tables = {
        "thresholds": _thresholds,
        "ridge": _ridge,
        "wording": _wording,
        "fields": _fields,
        "noise": _noise,
        "interference": _interference,
        "loads": _loads,
        "layouts": _layouts,
        "excerpts": _excerpts,
    }
    if args.command in tables:
        tables[args.command](sets, model)
        return 0
    print(_header("set (shipped model, each interview alone)"))
    total = Tally()
    for question_set in [*sets, *public_sets()]:
        found = tally(Engine(knowledge_of(str(question_set.knowledge)), model=model), question_set.items)
        if not question_set.name.startswith("public/"):
            total.merge(found)
        print(_row(question_set.name, len(question_set.items), found))
    print(_row("corpus, all", sum(len(s.items) for s in sets), total))
    print(f"excerpts of answered questions: {total.mean_excerpt():.0f} characters on average")
    print()
    _imported(sets, model)
    print()
    _interference(sets, model)
    print()
    _leave_one_out(sets, model, quick=args.quick)
    return 0


def _imported(sets: Sequence[QuestionSet], model: Model) -> None:
    """The same questions against each interview as ``interview-bot import`` drafts it, with no hand edits."""
    print(_header("set (knowledge imported, no hand edits)"))
    total = Tally()
    with tempfile.TemporaryDirectory() as folder:
        for question_set in sets:
            source = source_of(question_set)
            if source is None:
                continue
            directory = Path(folder) / question_set.name
            directory.mkdir()
            try:
                draft = import_file(source).yaml
            except NoInterviewFound:
                print(f"{question_set.name:<44} import found no questions and answers in {source.name}")
                continue
            (directory / f"{question_set.name}.yaml").write_text(draft, encoding="utf-8")
            found = tally(Engine(load_knowledge(directory), model=model), question_set.items)
            total.merge(found)
            print(_row(question_set.name, len(question_set.items), found))
    print(_row("corpus, all", sum(len(s.items) for s in sets if source_of(s)), total))


def _interference(sets: Sequence[QuestionSet], model: Model) -> None:
    """Load every interview at once: how many questions about one interview change outcome or passage."""
    combined = combine([knowledge_of(str(s.knowledge)) for s in sets])
    together = Engine(combined, model=model)
    print(_header("set (all interviews loaded together)"))
    flips = asked = 0
    total = Tally()
    # Each question answered with its interview alone: the baseline here, and again in _one_more.
    singles: dict[str, list[Result]] = {}
    for question_set in [*sets, *public_sets()]:
        alone = Engine(knowledge_of(str(question_set.knowledge)), model=model)
        found = Tally()
        singles[question_set.name] = []
        for item in question_set.items:
            result = together.ask(item.q, top=5)
            found.add(item, result)
            single = alone.ask(item.q, top=5)
            singles[question_set.name].append(single)
            asked += 1
            flips += _verdict(result) != _verdict(single)
        if not question_set.name.startswith("public/"):
            total.merge(found)
        print(_row(question_set.name, len(question_set.items), found))
    print(_row("corpus, all", sum(len(s.items) for s in sets), total))
    print(f"answers that change when every interview is loaded: {flips} of {asked}")
    _one_more(sets, model, singles)


def _loads(sets: Sequence[QuestionSet], model: Model) -> None:
    """The shipped model with each topic_prior, as servers with more interviews would load them."""
    print("each question put to its own interview and others drawn at random; by number loaded:")
    print("right answers, abstentions on unanswerable, abstentions on off-topic questions")
    chosen = fit_topic_prior(model, sets)
    print(f"the fit chooses topic_prior {chosen} (shipped: {model.topic_prior})")


def _one_more(sets: Sequence[QuestionSet], model: Model, singles: Mapping[str, Sequence[Result]]) -> None:
    """The bundled interview beside each other one in turn, as an owner adds a second interview.

    Both ways: the bundled interview's questions, changed by the other's presence; and the other's own
    questions, answered beside the bundled one rather than alone (``singles``, by set name).
    """
    bundled = [s for s in [*sets, *public_sets()] if s.interview == "biodlink-jun-liu-2024"]
    if not bundled:
        return
    own = knowledge_of(str(bundled[0].knowledge))
    alone = Engine(own, model=model)
    before = {item.q: _verdict(alone.ask(item.q, top=3)) for s in bundled for item in s.items}
    changed: list[str] = []
    theirs, theirs_alone = Tally(), Tally()
    flips = asked = 0
    for other in sets:
        if other.interview == "biodlink-jun-liu-2024":
            continue
        knowledge = knowledge_of(str(other.knowledge))
        beside = Engine(combine([own, knowledge]), model=model)
        moved = sum(_verdict(beside.ask(q, top=3)) != verdict for q, verdict in before.items())
        changed.append(f"{other.interview} {moved}")
        for item, single in zip(other.items, singles[other.name], strict=True):
            together = beside.ask(item.q, top=5)
            theirs.add(item, together)
            theirs_alone.add(item, single)
            asked += 1
            flips += _verdict(together) != _verdict(single)
    print(f"bundled interview's {len(before)} questions, changed by loading one other interview beside it:")
    print("  " + ", ".join(changed))
    print(f"each other interview's own questions, with the bundled one beside it: {flips} of {asked} change")
    print(_row("  alone", asked, theirs_alone))
    print(_row("  beside the bundled interview", asked, theirs))


def _verdict(result: Result) -> tuple[str, str | None]:
    """What a member sees: the outcome and, when answered, which passage."""
    best = result.best
    return result.outcome, best.entry.key if best is not None and result.answered else None


def _leave_one_out(sets: Sequence[QuestionSet], shipped: Model, *, quick: bool) -> None:
    what = "logistic models refitted" if quick else "every constant refitted"
    print(_header(f"held-out interview (leave-one-interview-out, {what})"))
    total = Tally()
    for held_out in sets:
        training = [s for s in sets if s is not held_out]
        if quick:
            observations = observe(shipped.ranking, training)
            wording, answer = fit_decision(observations)
            model = Model(
                ranking=shipped.ranking,
                wording=wording,
                answer=answer,
                on_topic=fit_on_topic(observations),
                chooser=fit_chooser(shipped.ranking, training),
            )
        else:
            model = fit_model(training, log=lambda _line: None)
        found = tally(Engine(knowledge_of(str(held_out.knowledge)), model=model), held_out.items)
        total.merge(found)
        print(_row(held_out.name, len(held_out.items), found), flush=True)
    print(_row("all held out", sum(len(s.items) for s in sets), total))


def _thresholds(sets: Sequence[QuestionSet], shipped: Model) -> None:
    """Each interview's answer probabilities from a model fitted without it, tabulated by threshold."""
    observations = observe(shipped.ranking, sets)
    print("held-out interview (leave-one-interview-out), by the probability the engine answers above")
    print("\n".join(threshold_table(observations, held_out_decisions(observations))))


def _ridge(sets: Sequence[QuestionSet], shipped: Model) -> None:
    """Held-out right answers and abstentions with each strength of the logistic models' ridge."""

    def decide(observations: list[Observation], l2: float) -> list[float]:
        return held_out_decisions(observations, l2=l2)

    _by_setting(sets, shipped, ("ridge (L2)", "ridge"), RIDGES, L2, decide)


def _wording(sets: Sequence[QuestionSet], shipped: Model) -> None:
    """The same by the wording model's floor: the interviews a word must be asked with before it weighs."""

    def decide(observations: list[Observation], floor: float) -> list[float]:
        return held_out_decisions(observations, floor=int(floor))

    _by_setting(sets, shipped, ("the wording floor", "floor"), WORDING_FLOORS, WORDING_INTERVIEWS, decide)


def _by_setting(
    sets: Sequence[QuestionSet],
    shipped: Model,
    names: tuple[str, str],
    values: Sequence[float],
    chosen: float,
    decide: Callable[[list[Observation], float], list[float]],
) -> None:
    """A table of held-out decisions, one row for each value of a setting, the shipped one starred."""
    observations = observe(shipped.ranking, sets)
    threshold = shipped.answer.threshold
    title, column = names
    print(f"held-out interview (leave-one-interview-out), answering above {threshold}, by {title}")
    print(decision_line(column))
    for value in values:
        rates = decision_rates(observations, decide(observations, value), threshold)
        print(decision_line(f"{value:g}{' *' if value == chosen else ''}", rates))


def _fields(sets: Sequence[QuestionSet], model: Model) -> None:
    """The corpus answered by the shipped model with each field the owner writes left empty in every pair."""
    print(_header("curated knowledge, shipped model, without"))
    for dropped in [(), *((name,) for name in OWNER_FIELDS), OWNER_FIELDS]:
        total = Tally()
        for question_set in sets:
            knowledge = without(knowledge_of(str(question_set.knowledge)), dropped)
            total.merge(tally(Engine(knowledge, model=model), question_set.items))
        print(_row(" and ".join(dropped) or "(nothing: as written)", sum(len(s.items) for s in sets), total))


def _noise(sets: Sequence[QuestionSet], model: Model) -> None:
    """The corpus answered by the shipped model with its questions typed as members also type them."""
    engines = [(s, Engine(knowledge_of(str(s.knowledge)), model=model)) for s in sets]
    print(_header("curated knowledge, shipped model, questions"))
    for name, noise in NOISES.items():
        rng, total = random.Random(0), Tally()
        for question_set, engine in engines:
            total.merge(tally(engine, noisy(question_set.items, noise, rng)))
        print(_row(name, sum(len(s.items) for s in sets), total))


def _layouts(sets: Sequence[QuestionSet], _model: Model) -> None:
    """Each interview's curated pairs printed in common layouts, imported back and compared."""
    started = time.perf_counter()
    print("\n".join(layout_table(scores(samples(sets)))))
    print(f"({len(sets)} interviews, {time.perf_counter() - started:.0f} s)")


def _excerpts(sets: Sequence[QuestionSet], shipped: Model) -> None:
    """Each excerpt constant as ``fit`` chooses it without each interview, the others as shipped: how often
    that interview's right first pairs then show the answer, and how long, against the grid's first value.
    """
    for name, values in EXCERPT_GRIDS:
        shown = shown_by_value(shipped.ranking, sets, name, values)
        held = first = held_length = first_length = 0
        chosen: list[object] = []
        for held_out in sets:
            others = [s for s in shown if s.interview != held_out.interview]
            totals = [sum(s.holds[n] for s in others) for n in range(len(values))]
            pick = max(range(len(values)), key=lambda n: (totals[n], -n))  # a tie goes to the earlier
            for s in (s for s in shown if s.interview == held_out.interview):
                first, held = first + s.holds[0], held + s.holds[pick]
                first_length, held_length = first_length + s.lengths[0], held_length + s.lengths[pick]
            chosen.append(values[pick])
        size = max(len(shown), 1)
        print(
            f"{name}, held out over {len(shown)} right first pairs: excerpts holding the answer (mean length)"
        )
        print(f"  with {values[0]}: {first / size:.3f} ({first_length / size:.0f} characters)")
        counts = ", ".join(f"{value} in {chosen.count(value)}" for value in dict.fromkeys(chosen))
        print(f"  as chosen ({counts}): {held / size:.3f} ({held_length / size:.0f} characters)")


def _header(title: str) -> str:
    return f"{title:<44} {'n':>4} " + " ".join(f"{c:>12}" for c in COLUMNS)


def _row(name: str, size: int, found: Tally) -> str:
    cells = []
    for column in COLUMNS:
        value = found.rate(column)
        cells.append(f"{'-' if value is None else f'{value:.3f}':>12}")
    return f"{name:<44} {size:>4} " + " ".join(cells)


if __name__ == "__main__":
    sys.exit(main())
