"""``interview-bot import``: the draft on stdout or in a file, the review list on stderr."""

from pathlib import Path

import pytest

from bot.cli import main
from bot.core.loader import load_knowledge
from tests.importer.conftest import FIXTURES


def test_import_prints_the_draft_on_stdout_and_the_review_list_on_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["import", str(FIXTURES / "qa_labels.txt")]) == 0

    captured = capsys.readouterr()
    assert captured.out.startswith("# Drafted by `interview-bot import` from qa_labels.txt")
    assert "interview:\n  id: engines-ltd-ada-lovelace-2021\n" in captured.out
    assert captured.err.splitlines()[:2] == [
        "Review before publishing (the draft above):",
        "- found 2 questions and answers laid out as Q:/A: labels",
    ]


def test_the_review_list_ends_by_asking_for_the_aliases_members_type(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["import", str(FIXTURES / "qa_labels.txt")]) == 0

    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith("- add aliases (the words people type that an answer never says")
    assert "aliases helped more than terms or the glossary" in last


def test_import_with_out_writes_a_file_that_check_accepts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "knowledge" / "ada.yaml"
    out.parent.mkdir()

    assert main(["import", str(FIXTURES / "page.html"), "--out", str(out)]) == 0

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"Review before publishing ({out}):\n")
    assert main(["check", str(out.parent)]) == 0
    assert capsys.readouterr().out == f"ok: 1 file(s), 1 interview(s), 3 pairs in {out.parent}\n"
    assert len(load_knowledge(out.parent)) == 3


@pytest.mark.parametrize("name", ["no_structure.txt", "captions_monologue.vtt"])
def test_import_of_a_text_without_questions_exits_1_with_one_clear_line(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FIXTURES / name

    assert main(["import", str(source)]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{source}: no questions and answers found: expected Q:/A: labels")
    assert len(captured.err.splitlines()) == 1


def test_import_of_a_missing_file_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"

    assert main(["import", str(missing)]) == 1

    assert capsys.readouterr().err == f"{missing}: cannot read: No such file or directory\n"


def test_import_of_a_pdf_exits_1_saying_to_save_it_as_text(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pdf = tmp_path / "interview.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")

    assert main(["import", str(pdf)]) == 1

    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{pdf}: this is a PDF: save or export it as text, Markdown or HTML first")
    assert len(captured.err.splitlines()) == 1


def test_import_into_a_missing_folder_exits_1_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "missing" / "draft.yaml"

    assert main(["import", str(FIXTURES / "qa_labels.txt"), "--out", str(out)]) == 1

    assert capsys.readouterr().err == f"{out}: cannot write: No such file or directory\n"


def test_import_never_replaces_an_existing_file_unless_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "ada.yaml"
    out.write_text("# reviewed by hand\n", encoding="utf-8")

    assert main(["import", str(FIXTURES / "qa_labels.txt"), "--out", str(out)]) == 1

    assert capsys.readouterr().err == (
        f"{out}: already exists; choose another --out, or add --force to replace it\n"
    )
    assert out.read_text(encoding="utf-8") == "# reviewed by hand\n"

    assert main(["import", str(FIXTURES / "qa_labels.txt"), "--out", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Drafted by `interview-bot import`")
