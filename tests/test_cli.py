"""The ``interview-bot`` command line: ask offline for a person or for a script, and check knowledge files."""

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.settings import DEFAULT_KNOWLEDGE_DIR, Settings
from tests.bundled import BUNDLED_INTERVIEW
from tests.core.interviews import SECOND_INTERVIEW, write_knowledge

CONTRACT_MATCH_KEYS = {"id", "question", "score", "excerpt", "answer", "quotes"}
CAREER_QUESTION = (
    "How has your career evolved in the biopharmaceutical industry, and what led you to join BioDlink?"
)
CAPACITY_QUESTION = (
    "Is BioDlink equipped to manage large-scale production as these projects transition to commercial phases?"
)

BROKEN = """\
interview:
  id: broken
  title: A broken interview
  interviewee: Ada Lovelace
  role: Analyst
  organisation: Engines Ltd
  published: "someday"
  headline_quote: Numbers are poetry
  standfirst: A short standfirst.
  source: Test source
pairs:
  - id: engines
    question: What do you build?
    answer: We build analytical engines.
    term: [engines]
    quotes: ["We build analytical engines."]
  - id: looms
    question: What inspired you?
    answer: The loom.
    terms: [loom]
    quotes: ["The loom."]
"""


@pytest.fixture(autouse=True)
def no_settings_from_outside(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Neither the caller's environment nor a stray .env may change what the command does."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    # The bundled interview alone, whatever an owner has added beside it in knowledge/.
    monkeypatch.setenv("KNOWLEDGE_DIR", str(BUNDLED_INTERVIEW))


def flat(text: str) -> str:
    return " ".join(text.split())


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def broken_directory(tmp_path: Path) -> Path:
    directory = tmp_path / "broken"
    directory.mkdir()
    (directory / "a.yaml").write_text(BROKEN, encoding="utf-8")
    (directory / "b.yaml").write_text("interview:\n  id: broken: twice\n", encoding="utf-8")
    return directory


# -- ask, for a person --------------------------------------------------------------------------------


def test_ask_prints_the_question_answered_the_excerpt_a_quote_and_the_source(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ask", "How big are the bioreactors?"]) == 0

    out = capsys.readouterr().out
    assert out.startswith(f"Q: {CAPACITY_QUESTION}\n")
    assert "bioreactors with a combined capacity of 20,000 litres" in flat(out)
    assert "“BioDlink is fully prepared to handle large-scale production globally.”" in flat(out)
    assert "— Jun Liu, CEO & Executive Board Director, BioDlink" in out
    assert (
        "Source: Interview with Jun Liu, CEO & Executive Board Director of BioDlink, published 09.12.2024"
        in out
    )
    assert "[capacity, score " in out


def test_ask_cites_an_interview_without_a_source_line_by_its_title_and_published_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    imported = {
        "interview": {
            "id": "marta-kowalski",
            "title": "Interview with Marta Kowalski, head baker at Crumb & Co",
            "interviewee": "Marta Kowalski",
            "published": "14 March 2025",
        },
        "pairs": [
            {
                "id": "sourdough",
                "question": "How long does your sourdough rise?",
                "answer": "Our sourdough rises for eighteen hours in a cool room.",
            }
        ],
    }
    directory = write_knowledge(tmp_path / "imported", imported)

    assert main(["ask", "--knowledge", str(directory), "How long does the sourdough rise?"]) == 0

    out = capsys.readouterr().out
    assert "Source: Interview with Marta Kowalski, head baker at Crumb & Co, published 14 March 2025 [" in out


def test_ask_about_something_the_interview_does_not_say_lists_nearby_questions_not_as_the_answer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ask", "How many parking spaces does the BioDlink Suzhou site have?"]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "The interview does not say: 'How many parking spaces does the BioDlink Suzhou site have?'"
    )
    assert lines[1] == "Nearby questions it does answer (not an answer to yours):"
    assert all(re.fullmatch(r"  - .+ \[[a-z0-9-]+, score \d+\]", line) for line in lines[2:])
    assert len(lines) > 2
    assert not any(line.startswith("Q: ") for line in lines)


def test_ask_about_something_else_says_it_is_outside_the_interview_without_suggestions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ask", "hello there"]) == 0

    assert capsys.readouterr().out.splitlines() == ["Outside what the interview covers: 'hello there'"]


def test_ask_over_several_interviews_names_the_one_that_does_not_say_and_whose_each_suggestion_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    directory = write_knowledge(tmp_path / "two", SECOND_INTERVIEW, bundled=True)

    assert main(["ask", "--knowledge", str(directory), "How many employees does Fermenters Inc have?"]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0]
        == "The interview with Grace Hopper does not say: 'How many employees does Fermenters Inc have?'"
    )
    assert lines[1] == "Nearby questions the interviews do answer (not an answer to yours):"
    assert len(lines) > 2
    assert all(
        re.fullmatch(r"  - .+ — Grace Hopper \[grace-hopper-fermenters/[a-z0-9-]+, score \d+\]", line)
        for line in lines[2:]
    )


EXPLAINED_FIRST = re.compile(
    r"why (?P<id>[a-z0-9-]+): score [\d.]+ = (?P<signals>.+); "
    r"answer probability (?P<probability>[\d.]+) \(threshold (?P<threshold>[\d.]+)\); "
    r"features (?P<features>.+)"
)
EXPLAINED_OTHER = re.compile(r"why (?P<id>[a-z0-9-]+): score [\d.]+ = (?P<signals>[^;]+)")


def explained(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("why ")]


def named_values(listing: str) -> dict[str, float]:
    return {name: float(value) for name, value in (item.rsplit(" ", 1) for item in listing.split(", "))}


def test_ask_explain_shows_one_line_per_match_and_how_the_first_was_decided(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ask", "--explain", "--top", "3", "How big are the bioreactors?"]) == 0

    first, *others = explained(capsys.readouterr().out)
    decided = EXPLAINED_FIRST.fullmatch(first)
    assert decided and decided["id"] == "capacity"
    assert {"bm25", "lexical", "coverage"} <= set(named_values(decided["signals"]))
    assert {"coverage", "bm25"} <= set(named_values(decided["features"]))
    assert float(decided["probability"]) >= float(decided["threshold"])
    assert len(others) == 2
    assert all(EXPLAINED_OTHER.fullmatch(line) for line in others)


def test_ask_explain_of_an_unanswered_question_shows_a_probability_below_the_threshold(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["ask", "--explain", "best pizza recipe"]) == 0

    out = capsys.readouterr().out
    assert out.startswith("Outside what the interview covers")
    decided = EXPLAINED_FIRST.fullmatch(explained(out)[0])
    assert decided
    assert float(decided["probability"]) < float(decided["threshold"])


# -- ask, for a script --------------------------------------------------------------------------------


def test_ask_json_prints_one_json_object_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "How big are the bioreactors?"]) == 0

    [payload] = json_lines(capsys.readouterr().out)
    assert set(payload) == {"query", "answered", "outcome", "matches"}
    assert payload["query"] == "How big are the bioreactors?"
    assert payload["answered"] is True
    assert payload["matches"][0]["id"] == "capacity"
    assert "20,000 litres" in payload["matches"][0]["excerpt"]
    assert all(set(match) >= CONTRACT_MATCH_KEYS for match in payload["matches"])


def test_ask_json_keeps_non_ascii_text_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "What did the company originally develop, biosimilars?"]) == 0

    out = capsys.readouterr().out
    assert "“me-too”" in out


def test_ask_json_without_a_question_answers_each_stdin_line_in_order(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    questions = [
        "How big are the bioreactors?",
        "best pizza recipe",
        "",
        CAREER_QUESTION,
        "<@1> cdmo revenue growth in 2024??",
    ]
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{question}\n" for question in questions)))

    assert main(["ask", "--json"]) == 0

    payloads = json_lines(capsys.readouterr().out)
    assert [payload["query"] for payload in payloads] == questions
    assert [payload["answered"] for payload in payloads] == [True, False, False, True, True]
    assert payloads[0]["matches"][0]["id"] == "capacity"
    assert payloads[3]["matches"][0]["id"] == "career"
    assert payloads[4]["matches"][0]["id"] == "financials"


def test_ask_json_with_empty_stdin_prints_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    assert main(["ask", "--json"]) == 0

    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("top", [1, 2, 5])
def test_ask_top_sets_how_many_matches_are_listed(capsys: pytest.CaptureFixture[str], top: int) -> None:
    assert main(["ask", "--json", "--top", str(top), "ADC manufacturing capacity in China"]) == 0

    [payload] = json_lines(capsys.readouterr().out)
    assert len(payload["matches"]) == top


def test_ask_top_must_be_at_least_one(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["ask", "--top", "0", "revenue"])

    assert exited.value.code == 2
    assert "must be 1 or more" in capsys.readouterr().err


def test_ask_top_that_is_no_number_says_so_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["ask", "--top", "abc", "revenue"])

    assert exited.value.code == 2
    assert "argument --top: expected a whole number, got 'abc'" in capsys.readouterr().err


@pytest.mark.parametrize("question", ["", "   "])
def test_ask_with_an_empty_question_says_so_and_exits_2(
    capsys: pytest.CaptureFixture[str], question: str
) -> None:
    assert main(["ask", question]) == 2

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "interview-bot ask: the question is empty\n"


def test_ask_on_stdin_skips_blank_lines_between_questions(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("How big are the bioreactors?\n\n  \nbest pizza recipe\n"))

    assert main(["ask"]) == 0

    out = capsys.readouterr().out
    assert out.count("Q: Is BioDlink equipped") == 1
    assert out.count("Outside what the interview covers") == 1


def test_ask_json_explain_adds_the_score_parts_to_each_match(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--json", "--explain", "How big are the bioreactors?"]) == 0

    [payload] = json_lines(capsys.readouterr().out)
    first, *others = payload["matches"]
    assert others
    for match in payload["matches"]:
        assert {"bm25", "lexical", "coverage"} <= set(match["parts"])
        assert all(isinstance(value, float) for value in match["parts"].values())
    # The features the answer model decided on belong to the first match only.
    assert {"feature_coverage", "feature_bm25"} <= set(first["parts"])
    assert not any(name.startswith("feature_") for match in others for name in match["parts"])


def test_ask_reads_the_knowledge_directory_from_knowledge_dir(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KNOWLEDGE_DIR", str(broken_directory(tmp_path)))

    assert main(["ask", "--json", "revenue"]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    assert "a.yaml:7: interview.published" in captured.err


def test_a_knowledge_dir_that_is_not_there_is_named_as_the_setting_to_fix(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path / "nope"))

    assert main(["ask", "revenue"]) == 1
    assert main(["check"]) == 1

    captured = capsys.readouterr()
    expected = f"{tmp_path / 'nope'}: no such file or directory (KNOWLEDGE_DIR)\n"
    assert captured.err == expected
    assert captured.out == expected

    assert main(["learned", "export"]) == 1
    assert capsys.readouterr().err == expected


def test_ask_with_a_broken_knowledge_directory_lists_the_problems_and_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["ask", "--knowledge", str(broken_directory(tmp_path)), "revenue"]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    assert all(re.match(r".+\.yaml:\d+: ", line) for line in captured.err.splitlines())
    assert "Traceback" not in captured.err


def test_ask_honours_the_answer_threshold_setting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANSWER_THRESHOLD", "1")

    assert main(["ask", "--json", "Tell me about BioDlink's bioreactor capacity"]) == 0

    [payload] = json_lines(capsys.readouterr().out)
    assert payload["answered"] is False


def test_ask_with_an_invalid_setting_names_the_variable_and_exits_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANSWER_THRESHOLD", "very high")

    assert main(["ask", "revenue"]) == 2

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("invalid ANSWER_THRESHOLD: ")
    assert "Traceback" not in captured.err


def test_python_dash_m_bot_answers_stdin_as_json_lines(tmp_path: Path) -> None:
    environment = {
        name: value for name, value in os.environ.items() if name.lower() not in Settings.model_fields
    }
    questions = [
        "How big are the bioreactors?",
        "What's the weather in Paris?",
        "Is BioDlink listed on an exchange?",
    ]

    finished = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input="".join(f"{question}\n" for question in questions),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=environment,
        timeout=120,
        check=False,
    )

    assert finished.returncode == 0, finished.stderr
    payloads = json_lines(finished.stdout)
    assert [payload["query"] for payload in payloads] == questions
    assert [payload["answered"] for payload in payloads] == [True, False, True]
    assert payloads[2]["matches"][0]["id"] == "global-expansion"


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    environment = {
        name: value for name, value in os.environ.items() if name.lower() not in Settings.model_fields
    }
    asker = subprocess.Popen(
        [sys.executable, "-m", "bot", "ask"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env=environment,
    )
    assert asker.stdin is not None and asker.stdout is not None and asker.stderr is not None
    asker.stdin.write(b"How big are the bioreactors?\n" * 2000)
    asker.stdin.close()
    asker.stdout.readline()
    asker.stdout.close()  # like `| head -1`

    assert asker.wait(timeout=120) == 0
    assert b"Traceback" not in asker.stderr.read()


# -- check --------------------------------------------------------------------------------------------


def test_check_of_the_bundled_knowledge_prints_one_summary_line_and_exits_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", str(BUNDLED_INTERVIEW)]) == 0

    assert capsys.readouterr().out.splitlines() == [
        f"ok: 1 file(s), 1 interview(s), 10 pairs in {BUNDLED_INTERVIEW}"
    ]


def test_check_without_a_directory_checks_the_bundled_knowledge(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KNOWLEDGE_DIR")

    assert main(["check"]) == 0

    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("ok: ")
    assert line.endswith(f" in {DEFAULT_KNOWLEDGE_DIR}")


def test_check_without_a_directory_uses_knowledge_dir(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path))

    assert main(["check"]) == 1

    assert capsys.readouterr().out.splitlines() == [
        f"{tmp_path}: no knowledge files (*.yaml) in this directory (KNOWLEDGE_DIR)"
    ]


def test_check_of_broken_files_prints_one_file_line_message_per_problem_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    directory = broken_directory(tmp_path)

    assert main(["check", str(directory)]) == 1

    captured = capsys.readouterr()
    *problems, syntax = captured.out.splitlines()
    assert problems == [
        f"{directory / 'a.yaml'}:7: interview.published: "
        "not a date in a known format (e.g. 09.12.2024 for 9 December 2024, June 2024 or 2024): 'someday'",
        f"{directory / 'a.yaml'}:15: pair engines: unknown field 'term' (a typo?)",
    ]
    # The wording after the place is the YAML parser's own (libyaml's or PyYAML's).
    assert syntax.startswith(f"{directory / 'b.yaml'}:2: YAML syntax error: mapping values are not allowed")
    assert "Traceback" not in captured.out + captured.err


def test_check_notes_an_alias_the_engine_would_ignore_and_still_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    text = BUNDLED_INTERVIEW.read_text(encoding="utf-8")
    (tmp_path / "edited.yaml").write_text(
        text.replace("    aliases: [", "    aliases: [get up, ", 1), "utf-8"
    )

    assert main(["check", str(tmp_path)]) == 0

    ok, note = capsys.readouterr().out.splitlines()
    assert ok.startswith("ok: 1 file(s)")
    assert note.startswith("note: edited.yaml: pair '")
    assert note.endswith(
        "aliases 'get up' has only words the engine ignores (get, up); use the words that name the topic"
    )


def test_check_of_a_missing_path_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "missing"

    assert main(["check", str(target)]) == 1

    assert capsys.readouterr().out.splitlines() == [f"{target}: no such file or directory"]


def test_check_of_one_file_lists_its_problems_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "file.yaml"
    target.write_text(BROKEN, encoding="utf-8")

    assert main(["check", str(target)]) == 1

    assert capsys.readouterr().out.splitlines() == [
        f"{target}:7: interview.published: not a date in a known format (e.g. 09.12.2024 for 9 December 2024,"
        " June 2024 or 2024): 'someday'",
        f"{target}:15: pair engines: unknown field 'term' (a typo?)",
    ]


def test_check_of_one_good_file_checks_it_alone(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    shutil.copy(BUNDLED_INTERVIEW, tmp_path)
    (tmp_path / "draft.yaml").write_text(BROKEN, encoding="utf-8")
    target = tmp_path / "biodlink-jun-liu-2024.yaml"

    assert main(["check", str(target)]) == 0

    assert capsys.readouterr().out.splitlines() == [f"ok: 1 file(s), 1 interview(s), 10 pairs in {target}"]


def test_check_of_a_file_with_an_unconstructable_yaml_tag_reports_it_without_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "tagged.yaml").write_text(
        BROKEN.replace("role: Analyst", "role: !!python/object:os.system {}")
    )

    assert main(["check", str(tmp_path)]) == 1

    assert re.match(rf"{re.escape(str(tmp_path / 'tagged.yaml'))}:5: ", capsys.readouterr().out)
