"""The BM25F index: saturated, field-weighted, length-normalised word weights, and sentences with facts.

Built with the default RankingParams: these properties hold for any fitted constants.
"""

from pathlib import Path

import pytest
import yaml

from bot.core.index import Index
from bot.core.knowledge import Entry, Knowledge
from bot.core.loader import load_knowledge
from bot.core.params import RankingParams
from bot.core.stemming import stem

PAIRS = [
    ("many", "What about the works?", "Reactor reactor reactor reactor alpha."),
    ("once", "What about the plant?", "Reactor beta gamma delta epsilon."),
    ("asked", "Is the reactor ready?", "Beta gamma delta epsilon zeta."),
    ("dated", "When did it open?", "The site opened in 2016 near Munich. Quality matters to us."),
]


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    data = {
        "interview": {
            "id": "works",
            "title": "The works",
            "interviewee": "Wanda Works",
            "organisation": "Reactor Works Ltd",
        },
        "pairs": [{"id": key, "question": question, "answer": answer} for key, question, answer in PAIRS],
    }
    directory = tmp_path_factory.mktemp("index")
    (directory / "works.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return load_knowledge(Path(directory))


@pytest.fixture(scope="module")
def index(knowledge: Knowledge) -> Index:
    return Index(knowledge, RankingParams())


def position_of(index: Index, entry: Entry) -> int:
    return next(n for n, indexed in enumerate(index.entries) if indexed.entry is entry)


def impact(index: Index, word: str, pair_id: str) -> float:
    [entry] = [indexed.entry for indexed in index.entries if indexed.entry.id == pair_id]
    positions, impacts = index.postings[stem(word)]
    return dict(zip(positions.tolist(), impacts.tolist(), strict=True)).get(position_of(index, entry), 0.0)


def test_a_word_said_more_often_weighs_more_but_saturates(index: Index) -> None:
    many, once = impact(index, "reactor", "many"), impact(index, "reactor", "once")

    assert 0 < once < many < 1
    assert many < 4 * once


def test_a_word_in_the_question_weighs_more_than_in_an_answer_of_the_same_length(index: Index) -> None:
    assert impact(index, "reactor", "asked") > impact(index, "reactor", "once")


def test_a_rarer_word_has_a_higher_idf(index: Index) -> None:
    assert index.idf[stem("munich")] > index.idf[stem("reactor")]
    assert index.unseen_idf >= max(index.idf.values())


def test_each_sentence_is_kept_with_the_facts_it_states(index: Index) -> None:
    [dated] = [indexed for indexed in index.entries if indexed.entry.id == "dated"]
    opened, quality = dated.sentences

    assert opened.text == "The site opened in 2016 near Munich."
    assert {"time", "number", "name"} <= {kind for kind, _ in opened.facts}
    assert quality.facts == ()
    assert stem("quality") in quality.stems


def test_the_interviewee_and_organisation_name_the_interview(knowledge: Knowledge, index: Index) -> None:
    [interview] = knowledge.interviews

    names = index.names(interview)
    assert {stem("wanda"), stem("reactor")} <= names
    assert stem("works") not in names, "a word common in English names no interview"
    assert index.context(interview) == {stem("wanda"), stem("works")}


def test_a_prefix_completes_to_the_interviews_words(index: Index) -> None:
    assert stem("reactor") in index.completions("reac")
    assert not index.completions("zzz")


def test_taught_phrasings_join_the_question_field_and_abstaining_ones_come_last(knowledge: Knowledge) -> None:
    [once, asked] = [entry for entry in knowledge if entry.id in ("once", "asked")]
    taught = Index(knowledge, RankingParams(), variants={once.key: ["how is the kettle"]}, abstaining=[asked])

    positions, _ = taught.postings[stem("kettle")]
    assert positions.tolist() == [position_of(taught, once)]
    assert [indexed.abstains for indexed in taught.entries] == [False] * len(knowledge) + [True]
