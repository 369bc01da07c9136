"""What ``check`` advises beyond errors: owner's texts the engine can make no use of."""

from dataclasses import replace

from bot.core.advice import unusable_texts
from bot.core.knowledge import Knowledge


def with_fields(knowledge: Knowledge, **fields: tuple[str, ...]) -> Knowledge:
    """The bundled knowledge with these fields set on its first question/answer pair."""
    first = next(entry for entry in knowledge if entry.pair.kind == "qa")
    changed = replace(first, pair=first.pair.model_copy(update=fields))
    entries = tuple(changed if entry is first else entry for entry in knowledge.entries)
    return Knowledge(knowledge.interviews, entries, knowledge.glossary)


def test_the_bundled_interview_has_no_text_the_engine_ignores(knowledge: Knowledge) -> None:
    assert unusable_texts(knowledge) == []


def test_an_alias_of_everyday_words_only_is_named_with_its_pair_and_the_words_ignored(
    knowledge: Knowledge,
) -> None:
    changed = with_fields(knowledge, aliases=("get up", "wake up"))
    first = next(entry for entry in changed if entry.pair.kind == "qa")

    assert unusable_texts(changed) == [
        f"{first.source_file}: pair '{first.id}': aliases 'get up' has only words the engine ignores "
        "(get, up); use the words that name the topic"
    ]


def test_terms_are_read_the_same_way_and_examples_are_phrasings_kept_whole(knowledge: Knowledge) -> None:
    changed = with_fields(knowledge, terms=("me-too", "me-better"), examples=("what is it about?",))

    notes = unusable_texts(changed)

    assert [note.split(": ", 2)[2].split(" has ")[0] for note in notes] == ["terms 'me-too'"]
