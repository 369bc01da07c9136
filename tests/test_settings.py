"""Settings: every problem is one line naming the variable, and secrets never appear in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, load_settings

SECRET = "MTA.secret-part.xyz"


@pytest.fixture(autouse=True)
def no_settings_from_outside(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.chdir(tmp_path)


def problems(**overrides: object) -> list[str]:
    with pytest.raises(SettingsError) as raised:
        load_settings(_env_file=None, **overrides)
    return raised.value.lines


@pytest.mark.parametrize("token", [f"{SECRET}\nsecond-line", f"{SECRET} {SECRET}", f"{SECRET}\x00", "tök"])
def test_a_token_with_a_line_break_or_a_stray_character_is_one_line_that_hides_it(token):
    [line] = problems(discord_token=token)
    assert line.startswith("DISCORD_TOKEN is invalid")
    assert SECRET not in line and "\n" not in line


def test_a_token_with_a_line_break_in_the_env_file_is_refused_the_same_way(tmp_path):
    (tmp_path / ".env").write_text(f'DISCORD_TOKEN="{SECRET}\\nmore"\n', encoding="utf-8")
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert [line.split(":")[0] for line in raised.value.lines] == ["DISCORD_TOKEN is invalid"]


def test_surrounding_whitespace_is_not_part_of_the_token():
    assert load_settings(_env_file=None, discord_token=f"  {SECRET}\n").token == SECRET


def test_an_unreadable_env_file_is_one_line(tmp_path):
    (tmp_path / ".env").write_bytes(b"DISCORD_TOKEN=\xff\xfe\n")
    with pytest.raises(SettingsError) as raised:
        load_settings()
    [line] = raised.value.lines
    assert line.startswith("invalid settings: ") and "\n" not in line


def test_every_problem_is_one_line_of_its_own():
    lines = problems(http_pool_limit=0, shard_ids="1,x", cooldown_seconds=-1)
    assert len(lines) == 3
    assert {line.split(":")[0] for line in lines} == {
        "invalid HTTP_POOL_LIMIT",
        "invalid SHARD_IDS",
        "invalid COOLDOWN_SECONDS",
    }


@pytest.mark.parametrize(
    ("given", "line"),
    [
        ({"shard_ids": "1"}, "invalid SHARD_IDS: needs SHARD_COUNT, the total number of shards"),
        (
            {"shard_count": "4", "shard_ids": "1,2,3,4"},
            "invalid SHARD_IDS: 4 not below SHARD_COUNT 4: shards are numbered from 0",
        ),
        # An invalid count is its own line, and SHARD_IDS is not said to need one.
        (
            {"shard_count": "0", "shard_ids": "0"},
            "invalid SHARD_COUNT: Input should be greater than or equal to 1",
        ),
    ],
)
def test_shard_ids_that_do_not_fit_the_count_name_shard_ids(given, line):
    assert problems(**given) == [line]


def test_the_http_pool_is_bounded_by_default():
    assert load_settings(_env_file=None).http_pool_limit == 64
    assert load_settings(_env_file=None, http_pool_limit="8").http_pool_limit == 8
