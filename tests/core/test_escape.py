"""The one escaper for echoed user text: whatever is typed, nothing it echoes is a link, a pill or markup."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.core.escape import escape_user_text
from tests.discord_markdown import live_links, shown

LINKS = [
    "[a] [Verify your account](https://evil.example/phish) weather on mars",
    "[x](https://ok.example) [y](https://evil.example)",
    "[x](<https://evil.example>)",
    "||[spoiler](https://evil.example)||",
    "see https://evil.example/phish now",
    "<https://evil.example>",
    "go to <#123456789012345678>",
    "run </ask:123456789012345678>",
    "hi <@123456789012345678> and <@!1> and <@&2>",
    "@everyone @here look",
]
MARKUP = ["> quoted\n# heading\n-# small", "`code` **bold** __under__ ~~strike~~ *it* ||spoiler||"]


@pytest.mark.parametrize("payload", LINKS)
def test_the_checker_sees_what_discord_would_make_clickable(payload):
    assert live_links(payload)


@pytest.mark.parametrize("payload", LINKS + MARKUP)
def test_no_payload_stays_clickable(payload):
    escaped = escape_user_text(payload)
    assert live_links(escaped) == []
    assert shown(escaped) == " ".join(payload.split())


def test_markup_is_shown_literally_on_one_line():
    escaped = escape_user_text("> quoted\n# heading\n**bold** ||secret||")
    assert "\n" not in escaped
    assert escaped.startswith("\\>") and "\\*\\*bold\\*\\*" in escaped and "\\|\\|secret\\|\\|" in escaped


def test_direction_overrides_and_control_characters_are_dropped():
    assert escape_user_text("abc\u202edef\x07ghi") == "abcdef ghi"


@given(st.text())
def test_no_echoed_text_renders_as_a_link_or_a_pill(text):
    assert live_links(escape_user_text(text)) == []


SYNTAX = [
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "@",
    "#",
    "/",
    ":",
    "\\",
    "|",
    "*",
    "x",
    "https",
    " ",
    "\n",
    "everyone",
]


@given(st.lists(st.sampled_from(SYNTAX)).map("".join))
def test_no_echoed_syntax_soup_renders_as_a_link_or_a_pill(text):
    escaped = escape_user_text(text)
    assert live_links(escaped) == []
    assert shown(escaped) == " ".join(text.split())
