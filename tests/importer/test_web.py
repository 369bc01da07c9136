"""``interview-bot import https://…``: a page fetched from its address drafts as the saved page does.

A real HTTP server on localhost serves the pages; nothing leaves the machine.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from bot.cli import main
from bot.importer import NoInterviewFound, import_file, web
from bot.importer.web import FetchError, import_url, is_address
from tests.importer.conftest import FIXTURES

PAGE = FIXTURES / "bold_question_inline.html"
# (status, headers, body) by path
Pages = dict[str, tuple[int, dict[str, str], bytes]]


class _Handler(BaseHTTPRequestHandler):
    pages: ClassVar[Pages] = {}

    def do_GET(self) -> None:
        status, headers, body = self.pages.get(self.path, (404, {}, b""))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the tests read what the importer says, not the server's log."""


@pytest.fixture
def site() -> Iterator[tuple[str, Pages]]:
    """A local web server, its base address, and the pages it serves (tests add to them)."""
    pages: ClassVar[Pages] = {}
    handler = type("Handler", (_Handler,), {"pages": pages})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", pages
    server.shutdown()
    server.server_close()


def html(charset: str = "utf-8") -> dict[str, str]:
    return {"Content-Type": f"text/html; charset={charset}"}


def test_addresses_are_told_from_files():
    assert is_address("https://example.org/interview") and is_address("HTTP://example.org")
    assert not is_address("interview.html") and not is_address("ftp://example.org/x")


def test_a_fetched_page_drafts_the_pairs_of_the_saved_page_and_cites_its_address(site):
    base, pages = site
    pages["/2024/bold-question-inline"] = (200, html(), PAGE.read_bytes())

    fetched = import_url(f"{base}/2024/bold-question-inline")

    saved = import_file(PAGE)
    pairs = [(p.question, p.answer) for p in fetched.knowledge.pairs if p.kind != "about"]
    assert pairs == [(p.question, p.answer) for p in saved.knowledge.pairs if p.kind != "about"]
    assert fetched.knowledge.interview.source == f"{base}/2024/bold-question-inline"
    assert fetched.yaml.startswith(
        f"# Drafted by `interview-bot import` from {base}/2024/bold-question-inline"
    )


def test_the_address_a_page_gives_for_itself_wins(site):
    base, pages = site
    own = b'<meta property="og:url" content="https://harbour.example/ada">' + PAGE.read_bytes()
    pages["/mirror"] = (200, html(), own)

    assert import_url(f"{base}/mirror").knowledge.interview.source == "https://harbour.example/ada"


def test_a_redirect_is_followed_and_the_page_it_ends_at_is_cited(site):
    base, pages = site
    pages["/old"] = (301, {"Location": "/new"}, b"")
    pages["/new"] = (200, html(), PAGE.read_bytes())

    assert import_url(f"{base}/old").knowledge.interview.source == f"{base}/new"


def test_the_encoding_the_server_declares_is_read_without_a_guess(site):
    base, pages = site
    text = PAGE.read_text(encoding="utf-8").replace("</body>", "<p>Café’s “best” year.</p></body>")
    pages["/latin"] = (200, html("windows-1252"), text.encode("cp1252"))

    draft = import_url(f"{base}/latin")

    assert "Café’s “best” year." in draft.yaml
    assert not any("Windows-1252" in line for line in draft.review)


def test_a_page_in_another_encoding_than_utf8_that_declares_none_is_read_as_windows_1252_and_says_so(site):
    base, pages = site
    text = PAGE.read_text(encoding="utf-8").replace("</body>", "<p>Café’s year.</p></body>")
    pages["/undeclared"] = (200, {"Content-Type": "text/html"}, text.encode("cp1252"))

    draft = import_url(f"{base}/undeclared")

    assert "Café’s year." in draft.yaml
    assert draft.review[0].startswith("the file is not UTF-8 and was read as Windows-1252")


def test_a_missing_page_is_one_line_naming_the_servers_answer(site, capsys):
    base, _ = site

    assert main(["import", f"{base}/gone"]) == 1

    assert capsys.readouterr().err == f"{base}/gone: the server answered 404 Not Found\n"


def test_a_site_that_turns_programs_away_gets_the_advice_to_save_the_page(site):
    base, pages = site
    pages["/members"] = (403, {}, b"")

    with pytest.raises(FetchError, match=r"^the server answered 403 Forbidden: save the page from your"):
        import_url(f"{base}/members")


def test_an_address_nothing_answers_at_is_one_line(unused_port, capsys):
    assert main(["import", f"http://127.0.0.1:{unused_port}/interview"]) == 1

    error = capsys.readouterr().err
    assert error.startswith(f"http://127.0.0.1:{unused_port}/interview: cannot reach it: ")
    assert error.count("\n") == 1 and "Traceback" not in error


def test_a_pdf_is_refused_as_a_saved_pdf_is(site):
    base, pages = site
    pages["/paper.pdf"] = (200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    with pytest.raises(NoInterviewFound, match="this is a PDF: save or export it as text"):
        import_url(f"{base}/paper.pdf")


def test_an_image_is_refused_naming_what_the_address_serves(site):
    base, pages = site
    pages["/portrait"] = (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n")

    with pytest.raises(FetchError, match=r"serves image/png, not a page of text: save the page"):
        import_url(f"{base}/portrait")


def test_a_page_whose_text_a_script_writes_says_to_save_it_from_a_browser(site):
    base, pages = site
    pages["/app"] = (
        200,
        html(),
        b"<html><body><div id=root></div><script src=app.js></script></body></html>",
    )

    with pytest.raises(NoInterviewFound, match=r"save the page from your browser \(Ctrl\+S"):
        import_url(f"{base}/app")


def test_a_page_over_the_size_limit_is_refused(site, monkeypatch):
    base, pages = site
    monkeypatch.setattr(web, "MAX_BYTES", 2**20)
    pages["/huge"] = (200, html(), b"<p>" + b"x" * 2**20 + b"</p>")

    with pytest.raises(FetchError, match="the page is larger than 1 MB: save the page from your browser"):
        import_url(f"{base}/huge")
