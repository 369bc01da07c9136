"""Whatever text it is given, the importer drafts a valid file or says it found no interview."""

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.models import KnowledgeFile
from bot.importer import NoInterviewFound, import_text

WORDS = st.sampled_from(
    ["engine", "Ada", "we", "build", "#", "**", "_", ":", "Q:", "A.", "?", "—", "[x](y)", "<b>", "(Laughter)",
     "2018", "June", "“quoted”", "- ", "1.", "yes", "&amp;", "\\", "'", '"', "Tags:", "---", "é", "\t", "CA:"]
)  # fmt: skip
LINE = st.lists(st.one_of(WORDS, st.text(min_size=1, max_size=8)), min_size=0, max_size=12).map(" ".join)
# Labelled lines make most documents interviews, so drafts (not only refusals) get exercised.
DOCUMENT = st.lists(
    st.one_of(LINE, LINE.map(lambda line: f"Q: {line}?"), LINE.map(lambda line: f"A: {line}")), max_size=30
).map(lambda lines: "\n".join(lines))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOCUMENT)
def test_any_text_gives_a_draft_that_passes_the_model_or_no_interview(text: str) -> None:
    try:
        draft = import_text(text)
    except NoInterviewFound:
        return
    assert KnowledgeFile.model_validate(yaml.safe_load(draft.yaml)) == draft.knowledge
    answers = " ".join(pair.answer for pair in draft.knowledge.pairs if pair.kind == "qa")
    assert answers.strip()


QUESTION = st.from_regex(r"[A-Z][a-z]{2,8}( [a-z]{2,8}){1,6}\?", fullmatch=True)
ANSWER = st.from_regex(r"[A-Z][a-z]{2,8}( [a-z]{2,8}){2,12}\.", fullmatch=True)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(QUESTION, ANSWER), min_size=1, max_size=8))
def test_labelled_questions_and_answers_come_back_word_for_word_in_order(
    turns: list[tuple[str, str]],
) -> None:
    text = "\n\n".join(f"Q: {question}\nA: {answer}" for question, answer in turns)

    pairs = [pair for pair in import_text(text).knowledge.pairs if pair.kind == "qa"]

    assert [(pair.question, pair.answer) for pair in pairs] == turns
