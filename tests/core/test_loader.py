"""The loader reports every problem in a hand-edited knowledge file as ``file:line: message``."""

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot.core.loader import KnowledgeError, load_knowledge
from tests.bundled import BUNDLED_INTERVIEW
from tests.core.interviews import SECOND_INTERVIEW, write_knowledge

ROOT = Path(__file__).resolve().parents[2]

VALID = """\
interview:
  id: test-interview
  title: A test interview
  interviewee: Ada Lovelace
  role: Analyst
  organisation: Engines Ltd
  published: "09.12.2024"
  headline_quote: Numbers are poetry
  standfirst: A short standfirst.
  source: Test source
pairs:
  - id: engines
    question: What do you build?
    answer: |
      We build analytical engines. They weave algebraic patterns.
    terms: [engines]
    quotes:
      - "We build analytical engines."
  - id: looms
    question: What inspired you?
    answer: |
      The Jacquard loom inspired us.
    terms: [loom]
    quotes:
      - "The Jacquard loom inspired us."
"""

Write = Callable[..., Path]
DATE_HINT = "not a date in a known format (e.g. 09.12.2024 for 9 December 2024, June 2024 or 2024)"


@pytest.fixture
def write(tmp_path: Path) -> Write:
    """Write ``text`` as a knowledge file in its own directory and return the file's path."""

    def write(text: str | bytes, name: str = "interview.yaml", directory: str = "knowledge") -> Path:
        folder = tmp_path / directory
        folder.mkdir(exist_ok=True)
        path = folder / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        return path

    return write


def mutate(old: str, new: str, text: str = VALID) -> str:
    assert text.count(old) == 1, f"{old!r} must occur exactly once in the template"
    return text.replace(old, new)


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """The 1-based number of the line holding the ``occurrence``-th ``fragment``."""
    numbers = [number for number, line in enumerate(text.splitlines(), start=1) if fragment in line]
    return numbers[occurrence - 1]


def problems(directory: Path) -> list[str]:
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(directory)
    return [str(problem) for problem in raised.value.problems]


# -- files that load ----------------------------------------------------------------------------------


def test_the_bundled_interview_loads_with_all_its_pairs() -> None:
    knowledge = load_knowledge(BUNDLED_INTERVIEW)

    assert [interview.id for interview in knowledge.interviews] == ["biodlink-jun-liu-2024"]
    assert [entry.id for entry in knowledge] == [
        "about",
        "career",
        "history",
        "adc-focus",
        "certifications",
        "financials",
        "capacity",
        "price-pressure",
        "advantages",
        "global-expansion",
    ]
    assert knowledge.glossary["ADC"] == ("antibody drug conjugate", "antibody-drug conjugate")
    assert {entry.source_file for entry in knowledge} == {"biodlink-jun-liu-2024.yaml"}


def test_a_minimal_valid_file_loads_into_entries_that_carry_their_interview(write: Write) -> None:
    path = write(VALID)

    knowledge = load_knowledge(path.parent)

    assert [entry.id for entry in knowledge] == ["engines", "looms"]
    assert knowledge.get("looms") is not None
    assert knowledge.get("looms").interview.interviewee == "Ada Lovelace"
    assert knowledge.get("nothing") is None
    assert knowledge.interview("test-interview") is knowledge.interviews[0]


def test_files_with_the_yml_extension_are_loaded_too(write: Write) -> None:
    path = write(VALID, name="interview.yml")

    assert len(load_knowledge(path.parent)) == 2


def test_a_quote_may_be_wrapped_across_lines_differently_from_the_answer(write: Write) -> None:
    wrapped = mutate(
        '      - "The Jacquard loom inspired us."\n', '      - "The Jacquard\n        loom inspired us."\n'
    )
    path = write(wrapped)

    assert load_knowledge(path.parent).get("looms").quotes == ("The Jacquard loom inspired us.",)


def test_the_glossaries_of_several_files_are_merged_without_repeating_a_long_form(write: Write) -> None:
    first = write(mutate("pairs:\n", "glossary:\n  QP: [qualified person]\npairs:\n"), name="a.yaml")
    second = mutate("pairs:\n", "glossary:\n  QP: [qualified person, quality person]\npairs:\n")
    second = second.replace("test-interview", "second").replace("id: engines", "id: gears")
    write(second.replace("id: looms", "id: spindles"), name="b.yaml")

    knowledge = load_knowledge(first.parent)

    assert knowledge.glossary == {"QP": ("qualified person", "quality person")}


# -- the directory itself -----------------------------------------------------------------------------


def test_a_missing_directory_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"

    assert problems(missing) == [f"{missing}: no such file or directory"]


def test_one_file_loads_alone_without_the_files_beside_it(write: Write) -> None:
    path = write(VALID)
    write(VALID.replace("id: test-interview", "id: other-interview"), name="other.yaml")

    knowledge = load_knowledge(path)

    assert [interview.id for interview in knowledge.interviews] == ["test-interview"]
    assert {entry.source_file for entry in knowledge} == {path.name}


def test_one_file_is_checked_as_a_directory_of_it_would_be(write: Write) -> None:
    path = write(VALID.replace("published:", "publishd:"))

    assert problems(path) == problems(path.parent)


def test_an_empty_directory_is_reported(tmp_path: Path) -> None:
    assert problems(tmp_path) == [f"{tmp_path}: no knowledge files (*.yaml) in this directory"]


def test_a_directory_without_yaml_files_is_reported(write: Write) -> None:
    path = write(VALID, name="interview.txt")

    assert problems(path.parent) == [f"{path.parent}: no knowledge files (*.yaml) in this directory"]


# -- one problem, one line ----------------------------------------------------------------------------


def test_a_yaml_syntax_error_points_at_the_broken_line(write: Write) -> None:
    text = mutate("  role: Analyst\n", "  role: Analyst: senior\n")
    path = write(text)

    # The wording is the YAML parser's (libyaml's or PyYAML's): pin the place and the gist.
    (problem,) = problems(path.parent)
    assert problem.startswith(f"{path}:{line_of(text, 'Analyst: senior')}: YAML syntax error: mapping values")


def test_a_tab_used_for_indentation_is_a_syntax_error_on_its_line(write: Write) -> None:
    text = mutate("  role: Analyst\n", "\trole: Analyst\n")
    path = write(text)

    (problem,) = problems(path.parent)
    assert problem.startswith(f"{path}:{line_of(text, chr(9))}: YAML syntax error: found ")
    assert "tab" in problem or "\\t" in problem


def test_a_second_yaml_document_in_one_file_is_a_syntax_error_at_its_separator(write: Write) -> None:
    text = VALID + "---\nextra: 1\n"
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, '---')}: YAML syntax error: but found another document"
    ]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"], ids=["empty", "blank", "comment-only"])
def test_an_empty_file_is_reported_at_line_one(write: Write, text: str) -> None:
    path = write(text)

    assert problems(path.parent) == [f"{path}:1: the file is empty"]


@pytest.mark.parametrize(
    ("text", "found"),
    [("- just\n- a list\n", "a list"), ("just text\n", "a single value")],
    ids=["list", "text"],
)
def test_a_file_that_is_not_a_mapping_says_how_it_must_start(write: Write, text: str, found: str) -> None:
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:1: the file holds {found}: it must start with `interview:`, then `pairs:`"
    ]


def test_a_missing_pair_field_points_at_the_start_of_that_pair(write: Write) -> None:
    text = mutate("    question: What inspired you?\n", "")
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, 'id: looms')}: pair looms: missing field 'question'"
    ]


def test_a_missing_interview_field_points_at_the_interview(write: Write) -> None:
    text = mutate("  interviewee: Ada Lovelace\n", "")
    path = write(text)

    assert problems(path.parent) == [f"{path}:{line_of(text, 'interview:')}: missing field 'interviewee'"]


@pytest.mark.parametrize("value", ['""', '"   "'], ids=["empty", "whitespace-only"])
def test_an_empty_field_points_at_its_line(write: Write, value: str) -> None:
    text = mutate("question: What inspired you?", f"question: {value}")
    path = write(text)

    line = line_of(text, f"question: {value}")
    assert problems(path.parent) == [
        f"{path}:{line}: pair looms question: String should have at least 1 character"
    ]


def test_a_pair_may_have_no_terms_and_no_quotes_since_the_engine_reads_the_question_and_answer(
    write: Write,
) -> None:
    text = mutate('    quotes:\n      - "The Jacquard loom inspired us."\n', "    quotes: []\n")
    path = write(mutate("    terms: [loom]\n", "", text))

    looms = load_knowledge(path.parent).get("looms")

    assert looms is not None
    assert (looms.pair.terms, looms.quotes, looms.pair.examples) == ((), (), ())


def test_a_misspelt_field_is_an_unknown_field_on_its_line_and_leaves_the_real_one_missing(
    write: Write,
) -> None:
    text = mutate("    question: What inspired you?\n", "    questoin: What inspired you?\n")
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, 'id: looms')}: pair looms: missing field 'question'",
        f"{path}:{line_of(text, 'questoin:')}: pair looms: unknown field 'questoin' (a typo?)",
    ]


def test_an_unknown_top_level_field_is_reported_on_its_line(write: Write) -> None:
    text = VALID + "glosary:\n  QP: [qualified person]\n"
    path = write(text)

    assert problems(path.parent) == [f"{path}:{line_of(text, 'glosary:')}: unknown field 'glosary' (a typo?)"]


def test_an_id_that_is_not_lowercase_letters_digits_and_dashes_is_reported_on_its_line(write: Write) -> None:
    text = mutate("id: looms", "id: Looms!")
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, 'Looms!')}: "
        "pair Looms! id: an id is lowercase letters, digits and dashes, e.g. global-expansion"
    ]


def test_a_duplicate_pair_id_in_one_file_points_at_the_second_one(write: Write) -> None:
    text = mutate("id: looms", "id: engines")
    path = write(text)

    assert problems(path.parent) == [f"{path}:{line_of(text, 'id: engines', 2)}: duplicate id 'engines'"]


def test_a_duplicate_yaml_key_points_at_the_repeated_key(write: Write) -> None:
    text = mutate("    terms: [loom]\n", "    terms: [loom]\n    terms: [shuttle]\n")
    path = write(text)

    assert problems(path.parent) == [f"{path}:{line_of(text, 'terms: [shuttle]')}: duplicate key 'terms'"]


def test_a_duplicate_top_level_key_is_reported(write: Write) -> None:
    text = VALID + "interview: {}\n"
    path = write(text)

    assert problems(path.parent) == [f"{path}:{line_of(text, 'interview: {}')}: duplicate key 'interview'"]


def test_a_quote_that_is_not_verbatim_points_at_the_quote(write: Write) -> None:
    text = mutate('"The Jacquard loom inspired us."\n', '"The loom inspired us."\n')
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, 'The loom inspired us.')}: "
        "pair looms: quote is not a verbatim part of the answer: 'The loom inspired us.'"
    ]


def test_a_long_misquote_is_previewed_in_sixty_characters(write: Write) -> None:
    misquote = "The Jacquard loom and its punched cards inspired every one of us at the time."
    text = mutate('"The Jacquard loom inspired us."\n', f'"{misquote}"\n')
    path = write(text)

    preview = misquote[:57] + "..."
    assert problems(path.parent) == [
        f"{path}:{line_of(text, misquote)}: "
        f"pair looms: quote is not a verbatim part of the answer: {preview!r}"
    ]


def test_the_second_of_several_quotes_is_pointed_at_when_it_is_the_wrong_one(write: Write) -> None:
    text = mutate(
        '      - "The Jacquard loom inspired us."\n',
        '      - "The Jacquard loom inspired us."\n      - "Looms inspired us."\n',
    )
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, 'Looms inspired us.')}: "
        "pair looms: quote is not a verbatim part of the answer: 'Looms inspired us.'"
    ]


@pytest.mark.parametrize("printed", ["31.02.2024", "yesterday", "12/09/2024"])
def test_a_published_date_that_does_not_parse_points_at_the_published_line(
    write: Write, printed: str
) -> None:
    text = mutate('"09.12.2024"', f'"{printed}"')
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, 'published:')}: interview.published: {DATE_HINT}: {printed!r}"
    ]


def test_a_file_that_is_not_utf8_is_reported_on_its_line_with_the_byte_offset(write: Write) -> None:
    encoded = VALID.replace("Ada", "Adé").encode("latin-1")
    path = write(encoded)

    offset = encoded.index(b"\xe9")
    line = encoded.count(b"\n", 0, offset) + 1
    assert problems(path.parent) == [
        f"{path}:{line}: not UTF-8 text (invalid continuation byte at byte {offset}); save it as UTF-8"
    ]


def test_a_utf8_byte_order_mark_is_accepted(write: Write) -> None:
    path = write("\ufeff" + VALID)

    assert len(load_knowledge(path.parent)) == 2


# -- many problems at once ----------------------------------------------------------------------------


def test_every_problem_in_a_file_is_reported_in_one_run(write: Write) -> None:
    text = mutate('"09.12.2024"', '"someday"')
    text = mutate("    terms: [loom]\n", "    term: [loom]\n", text)
    text = mutate('"The Jacquard loom inspired us."\n', '"The loom inspired us."\n', text)
    path = write(text)

    found = problems(path.parent)

    # The misquote is in the pair with the unknown field: it is reported all the same.
    assert found == [
        f"{path}:{line_of(text, 'published:')}: interview.published: {DATE_HINT}: 'someday'",
        f"{path}:{line_of(text, 'term: [loom]')}: pair looms: unknown field 'term' (a typo?)",
        f"{path}:{line_of(text, 'The loom inspired us.')}: "
        "pair looms: quote is not a verbatim part of the answer: 'The loom inspired us.'",
    ]


def test_every_misquote_of_a_pair_is_reported_even_when_its_question_is_missing(write: Write) -> None:
    text = mutate("    question: What inspired you?\n", "")
    text = mutate(
        '      - "The Jacquard loom inspired us."\n',
        '      - "Looms inspired us."\n      - "The Jacquard loom inspired us."\n      - "Cards did."\n',
        text,
    )
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, 'id: looms')}: pair looms: missing field 'question'",
        f"{path}:{line_of(text, 'Looms inspired us.')}: "
        "pair looms: quote is not a verbatim part of the answer: 'Looms inspired us.'",
        f"{path}:{line_of(text, 'Cards did.')}: "
        "pair looms: quote is not a verbatim part of the answer: 'Cards did.'",
    ]


def test_problems_in_several_files_are_all_reported(write: Write) -> None:
    broken_syntax = mutate("  role: Analyst\n", "  role: Analyst: senior\n")
    first = write(broken_syntax, name="a.yaml")
    missing_title = mutate("  title: A test interview\n", "").replace("test-interview", "second")
    second = write(missing_title, name="b.yaml")

    syntax, missing = problems(first.parent)
    assert syntax.startswith(f"{first}:{line_of(broken_syntax, 'Analyst: senior')}: YAML syntax error: ")
    assert missing == f"{second}:1: missing field 'title'"


def test_a_pair_id_may_be_used_again_by_another_interview_and_each_is_reached_by_its_key(
    write: Write,
) -> None:
    first = write(VALID, name="a.yaml")
    write(VALID.replace("test-interview", "other-interview").replace("id: looms", "id: spindles"), "b.yaml")

    knowledge = load_knowledge(first.parent)

    assert [entry.key for entry in knowledge] == [
        "test-interview/engines",
        "test-interview/looms",
        "other-interview/engines",
        "other-interview/spindles",
    ]
    assert knowledge.get("other-interview/engines").interview.id == "other-interview"
    assert knowledge.get("engines") is None  # ambiguous as a bare id
    assert knowledge.get("spindles").key == "other-interview/spindles"


def test_an_interview_id_used_in_two_files_is_reported_in_the_second_file(write: Write) -> None:
    first = write(VALID, name="a.yaml")
    other = VALID.replace("id: engines", "id: gears").replace("id: looms", "id: spindles")
    second = write(other, name="b.yaml")

    assert problems(first.parent) == [
        f"{second}:{line_of(other, 'id: test-interview')}: interview id 'test-interview' is also in {first}"
    ]


def test_every_problem_is_a_single_line_starting_with_the_file_and_a_line_number(write: Write) -> None:
    text = mutate("    question: What inspired you?\n", "    question: ''\n    kind: faq\n")
    text = mutate("  title: A test interview\n", "  title: A test interview\n  subtitle: none\n", text)
    path = write(text)

    found = problems(path.parent)

    assert len(found) == 3
    for problem in found:
        assert re.fullmatch(rf"{re.escape(str(path))}:\d+: \S.*", problem)


# -- files YAML itself cannot read -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    ["!!python/object:os.system {}", "!custom Analyst", "!!int not-a-number"],
    ids=["python-object", "unknown-tag", "bad-int"],
)
def test_a_yaml_tag_that_cannot_be_constructed_is_a_problem_on_its_line(write: Write, value: str) -> None:
    text = mutate("  role: Analyst\n", f"  role: {value}\n")
    path = write(text)

    found = problems(path.parent)

    assert len(found) == 1
    assert found[0].startswith(f"{path}:{line_of(text, 'role:')}: ")


def test_an_unhashable_mapping_key_is_a_problem_on_its_line(write: Write) -> None:
    text = VALID + "? [a, b]\n: c\n"
    path = write(text)

    found = problems(path.parent)

    assert len(found) == 1
    assert found[0].startswith(f"{path}:{line_of(text, '? [a, b]')}: ")


def test_a_control_character_in_the_file_is_a_one_line_problem_on_its_line(write: Write) -> None:
    text = mutate("Analyst", "Ana\x00lyst")
    path = write(text)

    found = problems(path.parent)

    assert len(found) == 1
    assert "\n" not in found[0]
    assert found[0].startswith(f"{path}:{line_of(text, 'Ana')}: ")


def test_when_every_pair_is_broken_only_the_real_problems_are_reported(write: Write) -> None:
    text = mutate("    question: What do you build?\n", "")
    text = mutate("    question: What inspired you?\n", "", text)
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, 'id: engines')}: pair engines: missing field 'question'",
        f"{path}:{line_of(text, 'id: looms')}: pair looms: missing field 'question'",
    ]


# -- YAML's traps, explained --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "advice"),
    [
        ('"09.12.2024"', "2024-12-09", 'YAML read an unquoted date: put it in quotes, e.g. "2024-12-09"'),
        ("Analyst", "yes", "YAML reads unquoted yes/no/on/off/true/false as true: put the text in quotes"),
        ("terms: [loom]", "terms: [loom, 1801]", 'YAML read a number: put it in quotes, e.g. "1801"'),
        (
            '- "The Jacquard loom inspired us."',
            "- [The Jacquard loom inspired us.]",
            "YAML read text starting with [ as a list: put the whole text in double quotes",
        ),
    ],
    ids=["unquoted-date", "yes-as-boolean", "number-as-term", "quote-in-brackets"],
)
def test_a_value_yaml_turns_into_something_else_gets_advice_on_its_line(
    write: Write, old: str, new: str, advice: str
) -> None:
    text = mutate(old, new)
    path = write(text)

    (problem,) = problems(path.parent)

    assert problem.startswith(f"{path}:{line_of(text, new)}: ")
    assert problem.endswith(advice)


@pytest.mark.parametrize(
    ("old", "new", "advice"),
    [
        (
            '- "The Jacquard loom inspired us."',
            "- [The Jacquard] loom inspired us.",
            "must be quoted whole: put it in double quotes)",
        ),
        (
            "question: What inspired you?",
            "question: Inspiration: where from?",
            "a colon and a space inside unquoted text? put the text in double quotes; or is this line"
            " indented deeper than the others at its level?)",
        ),
        (
            "    question: What inspired you?",
            '    question: "What" inspired you?',
            "must be quoted whole: put it in double quotes)",
        ),
        (
            "    terms: [loom]",
            "   terms: [loom]",
            "(is this line indented like the others at its level? YAML reads the structure from the spaces at"
            " the start of each line)",
        ),
    ],
    ids=["text-after-brackets", "colon-in-text", "text-after-a-quote", "indented-too-little"],
)
def test_a_syntax_error_says_what_to_do_by_the_line_it_stopped_at(
    write: Write, old: str, new: str, advice: str
) -> None:
    text = mutate(old, new)
    path = write(text)

    (problem,) = problems(path.parent)

    assert problem.startswith(f"{path}:{line_of(text, new)}: YAML syntax error: ")
    assert problem.endswith(advice)


# -- anchors, aliases and merge keys ------------------------------------------------------------------

# 332 bytes that expand to 10^9 leaves when built: each line refers to the previous one ten times.
ALIAS_BOMB = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def test_the_alias_bomb_is_refused_at_its_first_anchor_without_building_anything(
    write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[object] = []
    real_compose = yaml.compose

    def compose(*args: object, **kwargs: object) -> object:
        built.append(args)
        return real_compose(*args, **kwargs)

    monkeypatch.setattr(yaml, "compose", compose)
    path = write(ALIAS_BOMB)

    found = problems(path.parent)

    assert found == [f"{path}:1: YAML anchor &a is not allowed here: write the text out in full"]
    assert built == []


@pytest.mark.parametrize(
    ("old", "new", "fragment", "what"),
    [
        ("  role: Analyst\n", "  role: &job Analyst\n", "&job", "anchor &job"),
        ("    terms: [loom]\n", "    terms: [loom]\n    aliases: [*job]\n", "*job", "alias *job"),
        ("  - id: looms\n", "  - <<: {id: looms}\n", "<<", "merge key <<"),
        ("  role: Analyst\n", "  role: Analyst\n  tags: [&t a, *t]\n", "&t", "anchor &t"),
        ("  role: Analyst\n", '  role: Analyst\n  tags: {"a":&j 1}\n', "&j", "anchor &j"),
        ("  - id: looms\n", "  - !!merge <<: {id: looms}\n", "!!merge", "merge key <<"),
    ],
    ids=["anchor", "alias", "merge-key", "in-a-flow-list", "after-a-json-key", "tagged-merge"],
)
def test_anchors_aliases_and_merge_keys_are_refused_on_their_line(
    write: Write, old: str, new: str, fragment: str, what: str
) -> None:
    text = mutate(old, new)
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, fragment)}: YAML {what} is not allowed here: write the text out in full"
    ]


def test_the_example_file_in_the_readme_passes_check(write: Write) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Adding an interview") :]
    example = re.search(r"```yaml\n(.*?)```", section, re.S)
    assert example is not None
    path = write(example.group(1))

    knowledge = load_knowledge(path.parent)

    assert [entry.key for entry in knowledge] == ["acme-jane-doe-2025/about", "acme-jane-doe-2025/factories"]
    assert knowledge.get("factories").pair.examples == ("how big is acme",)


def test_a_duplicate_pair_id_is_reported_along_with_the_other_problems_of_the_file(write: Write) -> None:
    text = mutate("id: looms", "id: engines")
    text = mutate("  title: A test interview\n", "", text)
    path = write(text)

    assert problems(path.parent) == [
        f"{path}:{line_of(text, 'interview:')}: missing field 'title'",
        f"{path}:{line_of(text, 'id: engines', 2)}: duplicate id 'engines'",
    ]


def test_knowledge_says_whether_several_interviews_are_loaded(tmp_path: Path) -> None:
    assert not load_knowledge(BUNDLED_INTERVIEW).several
    assert load_knowledge(write_knowledge(tmp_path / "both", SECOND_INTERVIEW, bundled=True)).several
