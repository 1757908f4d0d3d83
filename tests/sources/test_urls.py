"""URLs and HTML files, against a web server on the loopback interface that this module starts."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tidings.records import Article, Rejection
from tidings.sources import USER_AGENT

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ceasefire talks open in Lakeport | The Harbour Courier</title>
<meta property="og:site_name" content="The Harbour Courier">
<meta property="og:title" content="Ceasefire talks open in Lakeport">
<meta property="article:published_time" content="2019-03-04T09:15:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Ceasefire talks open in Lakeport</h1>
<p>Delegations from the northern provinces and the central government met on Monday in the lakeside town of
Lakeport for the first round of talks since the fighting resumed in January.</p>
<p>The mediator, a retired judge, said both sides had agreed to exchange prisoners before the end of the month,
and that a second round would follow in April if the truce held.</p>
<p>Residents of the border villages said they hoped the talks would let them return to their farms before the
planting season.</p>
</article>
<footer>Copyright 2021 The Harbour Courier</footer>
</body></html>
"""
PLAIN = "Prisoner exchange agreed\n\nBoth sides agreed on Monday to exchange prisoners before the end of the month.\n"
RELEASE = threading.Event()  # set at teardown, so that the slow handler lets go at once
SEEN_AGENTS: list[str] = []


class _Handler(BaseHTTPRequestHandler):
    """The test site: an article, a plain-text note, an image, a redirect, a slow page; 404 for anything else."""

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        SEEN_AGENTS.append(self.headers.get("User-Agent", ""))
        routes = {
            "/article": ("text/html; charset=utf-8", PAGE.encode()),
            "/note": ("text/plain; charset=utf-8", PLAIN.encode()),
            "/chart": ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
            "/disguised": ("text/html", b"%PDF-1.7\n" + bytes(64)),
            "/blank": ("text/html", b"<html><head><title>Loading</title></head><body></body></html>"),
        }
        if self.path == "/old-address":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
        elif self.path == "/slow":
            RELEASE.wait(10)
            self._send("text/html", PAGE.encode())
        elif self.path in routes:
            self._send(*routes[self.path])
        else:
            self.send_error(404)

    def _send(self, content_type: str, body: bytes) -> None:
        """Answer 200 with a body."""
        try:
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (the timeout test)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's name)
        """Keep the test output quiet."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The base URL of the test site."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    RELEASE.clear()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    RELEASE.set()
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port() -> int:
    """A loopback port that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_reads_article_from_url_with_title_date_and_outlet(site, read):
    (article,) = read(f"{site}/article")
    assert isinstance(article, Article)
    assert (article.id, article.origin, article.url) == (f"{site}/article", f"{site}/article", f"{site}/article")
    assert article.title == "Ceasefire talks open in Lakeport"
    assert article.published == date(2019, 3, 4)
    assert article.outlet == "The Harbour Courier"
    assert "exchange prisoners before the end of the month" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text


def test_sends_a_user_agent_that_names_tidings(site, read):
    read(f"{site}/article")
    assert SEEN_AGENTS[-1] == USER_AGENT and USER_AGENT.startswith("tidings/")


def test_follows_redirects_and_keeps_the_given_url_as_id(site, read):
    (article,) = read(f"{site}/old-address")
    assert (article.id, article.url) == (f"{site}/old-address", f"{site}/article")


def test_reads_plain_text_url_as_a_text_article(site, read):
    (article,) = read(f"{site}/note")
    assert (article.title, article.text, article.url) == ("Prisoner exchange agreed", PLAIN, f"{site}/note")


def test_reads_html_file_with_its_file_name_as_id(write, read):
    (article,) = read(write("pages/lakeport.htm", PAGE))
    assert (article.id, article.title, article.outlet) == ("lakeport.htm", "Ceasefire talks open in Lakeport",
                                                           "The Harbour Courier")
    assert article.published == date(2019, 3, 4)  # from the page's markup, not the copyright year


def test_detects_html_by_content_without_suffix(write, read):
    (article,) = read(write("saved-page", PAGE))
    assert article.title == "Ceasefire talks open in Lakeport"


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/gone", "HTTP 404 Not Found"),
        ("/chart", "not a web page (content type image/png)"),
        ("/disguised", "binary file (PDF document)"),
        ("/blank", "no article text found in the web page"),
    ],
    ids=["not-found", "image", "pdf-sent-as-html", "page-without-article"],
)
def test_rejects_url_with_a_reason(site, read, path, reason):
    assert read(f"{site}{path}") == [Rejection(f"{site}{path}", reason)]


def test_rejects_url_that_refuses_connections(read, closed_port):
    url = f"http://127.0.0.1:{closed_port}/article"
    assert read(url) == [Rejection(url, "could not connect: connection refused")]


def test_rejects_url_that_does_not_answer_in_time(site, read, config):
    quick = config.with_values(ingest={"url_timeout": 0.2})
    reason = "no answer within 0.2 s (ingest.url_timeout)"
    assert read(f"{site}/slow", config=quick) == [Rejection(f"{site}/slow", reason)]


def test_rejects_page_over_the_size_limit(site, read, config):
    small = config.with_values(ingest={"max_bytes": 500})
    (rejection,) = read(f"{site}/article", config=small)
    assert rejection.reason.endswith("is over the 500 bytes limit for one article (ingest.max_bytes)")


def test_bad_url_does_not_stop_the_files_after_it(site, read, write, closed_port):
    items = read(f"http://127.0.0.1:{closed_port}/", f"{site}/gone", write("a.htm", PAGE), f"{site}/article")
    assert [type(item).__name__ for item in items] == ["Rejection", "Rejection", "Article", "Article"]
