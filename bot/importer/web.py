"""Fetch an interview page from its address, so ``import`` takes a link as readily as a saved file.

The page is read as a saved one would be; the address becomes the draft's source when the page names
none. Pages that build their text with JavaScript come back empty of questions: the error then says to
save the page from a browser instead.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from email.message import Message
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from bot.importer import Draft, Kind, NoInterviewFound, decode, import_text, with_notes

# Interviews are tens of kilobytes; a page's HTML rarely passes a few megabytes. More is not an interview.
MAX_BYTES = 10 * 2**20
TIMEOUT = 20.0
_ADDRESS = re.compile(r"^https?://", re.IGNORECASE)
_KINDS: dict[str, Kind] = {"text/html": "html", "application/xhtml+xml": "html", "text/markdown": "markdown"}
_TEXTUAL = re.compile(r"^(?:text/|application/(?:xhtml\+xml|xml)$)")
_REFUSED = frozenset({401, 403, 429})
SAVE_INSTEAD = "save the page from your browser (Ctrl+S, or ⌘S) and import the saved file"


class FetchError(Exception):
    """The page could not be fetched; the message is one line an owner can act on."""


def is_address(source: str) -> bool:
    """Whether ``import`` was given a web address rather than a file."""
    return bool(_ADDRESS.match(source))


def import_url(address: str) -> Draft:
    """Fetch the page at ``address`` and draft from it; FetchError or NoInterviewFound say why not."""
    raw, headers, address = _fetch(address)
    content_type = headers.get_content_type()
    # A PDF goes on to decode(), which refuses it as it refuses a saved one, saying to export it as text.
    if not _TEXTUAL.match(content_type) and not raw.startswith(b"%PDF-"):
        raise FetchError(f"the address serves {content_type}, not a page of text: {SAVE_INSTEAD}")
    text, guessed = decode(raw, headers.get_content_charset())
    kind = _KINDS.get(content_type)
    try:
        draft = import_text(text, name=_name(address), kind=kind, address=address)
    except NoInterviewFound as error:
        if kind == "html":  # most likely a page whose text a script puts in after it loads
            raise NoInterviewFound(f"{error}; if the page shows it in a browser, {SAVE_INSTEAD}") from None
        raise
    return with_notes(draft, guessed)


def _fetch(address: str) -> tuple[bytes, Message, str]:
    """The page's bytes, its headers, and its address after any redirect (the one to cite)."""
    request = urllib.request.Request(
        address,
        headers={
            "User-Agent": "interview-bot import",
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            raw = response.read(MAX_BYTES + 1)
            headers, address = response.headers, response.url
    except urllib.error.HTTPError as error:
        # Sites that turn away programs (or want a login) show the page to a browser.
        advice = f": {SAVE_INSTEAD}" if error.code in _REFUSED else ""
        raise FetchError(f"the server answered {error.code} {error.reason}{advice}") from None
    except urllib.error.URLError as error:
        raise FetchError(f"cannot reach it: {_reason(error.reason)}") from None
    except (TimeoutError, OSError) as error:
        raise FetchError(f"cannot reach it: {_reason(error)}") from None
    if len(raw) > MAX_BYTES:
        raise FetchError(f"the page is larger than {MAX_BYTES // 2**20} MB: {SAVE_INSTEAD}")
    return raw, headers, address


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError):
        return f"no answer in {TIMEOUT:.0f} s"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def _name(address: str) -> str:
    """A file name for the page, for the draft's id when the page gives no interviewee: its last segment."""
    parts = urlsplit(address)
    last = PurePosixPath(parts.path).name
    return last or parts.hostname or ""
