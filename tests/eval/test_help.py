"""``python -m eval --help``: every command the README names, one a line, as the docstring lays them out."""

import pytest

from eval.__main__ import main


def test_help_lists_every_command_on_a_line_of_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])

    assert exited.value.code == 0
    lines = capsys.readouterr().out.splitlines()
    for command in "fit thresholds ridge wording meaning fields noise interference layouts".split():
        assert any(line.startswith(f"python -m eval {command} ") for line in lines), command
