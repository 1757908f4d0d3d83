"""URLs: fetch a page with httpx, within the timeout and the size limit, and say clearly why one failed."""

from __future__ import annotations

import re
from dataclasses import dataclass

import httpx

from .. import __version__
from ..errors import Unreachable
from .raw import too_large

USER_AGENT = f"tidings/{__version__} (news event coder; python-httpx/{httpx.__version__})"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


@dataclass(frozen=True)
class Page:
    """What a URL answered: the body, the address after redirects, and 'html' or 'text'."""

    body: bytes
    url: str
    kind: str
    charset: str | None


def make_client(timeout: float) -> httpx.Client:
    """The HTTP client for one run: redirects followed, one timeout for connecting and for each read."""
    return httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})


def fetch(url: str, client: httpx.Client, max_bytes: int) -> Page:
    """The page at ``url``; Unreachable (or TooLarge) with a one-line reason when it cannot be had."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise Unreachable(url, f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
            content_type = response.headers.get("content-type", "")
            kind = _kind(content_type)
            if kind is None:
                raise Unreachable(url, f"not a web page (content type {content_type.split(';')[0].strip()})")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise too_large(url, max_bytes, int(declared))
            body = bytearray()
            for chunk in response.iter_bytes():  # decoded from gzip/deflate as it comes, so the limit holds
                body += chunk
                if len(body) > max_bytes:
                    raise too_large(url, max_bytes, what=" once decompressed")
            return Page(bytes(body), str(response.url), kind, response.charset_encoding)
    except httpx.TimeoutException:
        raise Unreachable(url, f"no answer within {client.timeout.read:g} s (ingest.url_timeout)") from None
    except httpx.ConnectError as e:
        raise Unreachable(url, f"could not connect: {_cause(e)}") from None
    except httpx.TooManyRedirects:
        raise Unreachable(url, "too many redirects") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as e:
        raise Unreachable(url, f"not a valid URL: {_cause(e)}") from None
    except httpx.HTTPError as e:
        raise Unreachable(url, f"the connection failed: {_cause(e)}") from None


def _kind(content_type: str) -> str | None:
    """'html', 'text' or None (not something to read) for a Content-Type header; a missing one is taken as HTML."""
    media = content_type.split(";")[0].strip().lower()
    if not media or media in HTML_TYPES:
        return "html"
    if media in TEXT_TYPES:
        return "text"
    return None


def _cause(error: Exception) -> str:
    """The readable part of an httpx error: '[Errno 111] Connection refused' -> 'connection refused'."""
    text = re.sub(r"^\[Errno -?\d+\]\s*", "", str(error).strip()).rstrip(".") or type(error).__name__
    return text[0].lower() + text[1:]
