"""Read articles from wherever the user has them: files, folders, JSON Lines corpora, web pages, URLs and
standard input, plain or gzip-compressed. A bad input becomes a Rejection and the run goes on.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import BinaryIO

import httpx

from ..config import Config
from ..errors import BadRecord, BinaryInput, EmptyInput, InputError
from ..records import Article, Rejection
from .html import html_article
from .jsonl import read_jsonl
from .published import fallback_date
from .raw import HEAD_BYTES, check_not_binary, decode, describe_error, kind_of, open_stream, read_limited, too_large
from .text import text_article
from .web import fetch, make_client

STDIN = "-"
# Files a folder walk passes over: they are never article text. A file named on its own is always tried.
SKIPPED_SUFFIXES = frozenset(
    ".png .jpg .jpeg .gif .bmp .tif .tiff .webp .svg .ico .heic .avif"
    " .pdf .doc .docx .xls .xlsx .ppt .pptx .odt .ods .odp .rtf .epub"
    " .zip .tar .tgz .bz2 .xz .7z .rar .zst"
    " .mp3 .mp4 .m4a .wav .avi .mov .mkv .webm .ogg .flac"
    " .exe .dll .so .dylib .bin .o .a .pyc .class .jar .whl"
    " .db .sqlite .duckdb .parquet .arrow .feather .pkl .pickle .npy .npz .h5"
    " .woff .woff2 .ttf .otf .eot .css .js .map"
    " .csv .tsv .xml .yaml .yml .toml .ini .cfg .lock .py".split()
)
_URL = re.compile(r"^https?://", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.IGNORECASE)
_LOOKS_LIKE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+(/|$)")


def read_sources(
    sources: Sequence[str], config: Config, stdin: BinaryIO | None = None
) -> Iterator[Article | Rejection]:
    """Read every source in order; yield an Article for each article read and a Rejection for each that is not.

    Args:
        sources: paths of files or folders, ``http(s)://`` URLs, or ``-`` for standard input, in any mix.
        config: the run's configuration; its ``ingest`` section sets the limits and the fallback date.
        stdin: what ``-`` reads (bytes); ``sys.stdin.buffer`` when None.

    Returns:
        A lazy iterator. Bad inputs never raise: each becomes a Rejection that names it and says why.
        An article whose id was already read in this run is rejected as a duplicate.

    Raises:
        ConfigError: ``ingest.published`` is set but is not a YYYY-MM-DD date (raised at the call).
    """
    if isinstance(sources, (str, os.PathLike)):
        sources = [sources]
    run = _Run(config, stdin)
    return run.read_all([os.fspath(source) for source in sources])


def read_source(source: str, config: Config, stdin: BinaryIO | None = None) -> Iterator[Article | Rejection]:
    """Read one source (a file, a folder, a URL or ``-``); the same as ``read_sources([source], ...)``."""
    return read_sources([source], config, stdin)


class _Run:
    """The state of one reading run: the limits, the ids already read, the HTTP client."""

    def __init__(self, config: Config, stdin: BinaryIO | None) -> None:
        self.max_bytes = config.ingest.max_bytes
        self.min_chars = config.ingest.min_chars
        self.timeout = config.ingest.url_timeout
        self.fallback = fallback_date(config)
        self.stdin = stdin
        self.stdin_read = False
        self.seen: dict[str, str] = {}
        self.client: httpx.Client | None = None

    def read_all(self, sources: list[str]) -> Iterator[Article | Rejection]:
        """Every source in order, with duplicate ids rejected."""
        try:
            for source in sources:
                for item in self.read(source):
                    if isinstance(item, Article):
                        origin = item.origin or source
                        if item.id in self.seen:
                            first = self.seen[item.id]
                            item = Rejection(origin, f"duplicate id {item.id!r} (already read from {first})", item.id)
                        else:
                            self.seen[item.id] = origin
                    yield item
        finally:
            if self.client is not None:
                self.client.close()

    def read(self, source: str) -> Iterator[Article | Rejection]:
        """One source, by what it names."""
        if source == STDIN:
            yield from self.read_stdin()
        elif _URL.match(source):
            yield self.read_url(source)
        elif scheme := _OTHER_SCHEME.match(source):
            yield Rejection(source, f"cannot read {scheme[1]}:// addresses; give an http(s) URL or a file path")
        else:
            yield from self.read_path(source)

    def read_stdin(self) -> Iterator[Article | Rejection]:
        """Standard input: a JSON Lines stream, a web page or one plain-text article with id 'stdin'."""
        if self.stdin_read:
            yield Rejection(STDIN, "standard input was already read (give '-' once)")
            return
        self.stdin_read = True
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        yield from self.read_stream(stream, name="", origin=STDIN, article_id="stdin", size=None, empty="empty input")

    def read_url(self, url: str) -> Article | Rejection:
        """A web page (or a plain-text file) at an http(s) URL."""
        if self.client is None:
            self.client = make_client(self.timeout)
        try:
            page = fetch(url, self.client, self.max_bytes)
            check_not_binary(page.body[:HEAD_BYTES], url)
            if page.kind == "html":
                return html_article(page.body, url, url, self.min_chars, self.fallback, url=page.url)
            text = _decode_declared(page.body, page.charset, url)
            return replace(text_article(text, url, url, self.min_chars, self.fallback), url=page.url)
        except InputError as e:
            return Rejection(e.origin, e.reason)

    def read_path(self, path: str) -> Iterator[Article | Rejection]:
        """A file or a folder on disk."""
        try:
            info = os.stat(path)
        except FileNotFoundError:
            hint = " (for a web page, write http:// or https:// before it)" if _LOOKS_LIKE_HOST.match(path) else ""
            yield Rejection(path, f"no such file or folder{hint}")
            return
        except OSError as e:
            yield Rejection(path, f"cannot read: {describe_error(e)}")
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self.read_folder(path)
        else:
            yield from self.read_file(path, info.st_size if stat.S_ISREG(info.st_mode) else None)

    def read_folder(self, folder: str) -> Iterator[Article | Rejection]:
        """Every readable file under a folder, recursively, in sorted order."""
        skipped: Counter[str] = Counter()
        files = 0
        for item in _walk(folder, skipped, set()):
            if isinstance(item, Rejection):
                yield item
                continue
            files += 1
            try:
                size: int | None = os.stat(item).st_size
            except OSError:
                size = None  # gone since the listing: opening it says why
            yield from self.read_file(item, size)
        if files == 0:
            detail = ", ".join(f"{n} {why}" for why, n in skipped.most_common())
            yield Rejection(folder, "folder has no readable files" + (f" (skipped: {detail})" if detail else
                                                                       " (it is empty)"))

    def read_file(self, path: str, size: int | None) -> Iterator[Article | Rejection]:
        """One file: plain text, HTML or a JSON Lines corpus, any of them gzip-compressed."""
        name = os.path.basename(path)
        if size == 0:
            yield Rejection(path, "empty file")
            return
        try:
            with open(path, "rb") as f:
                yield from self.read_stream(f, name, path, _strip_gz(name), size, empty="empty file")
        except OSError as e:  # opening it: permissions, a file that vanished mid-walk
            yield Rejection(path, f"cannot read: {describe_error(e)}")

    def read_stream(self, stream: BinaryIO, name: str, origin: str, article_id: str, size: int | None,
                    empty: str) -> Iterator[Article | Rejection]:
        """The articles in one byte stream, named ``origin``; ``size`` is its length when it is a plain file."""
        compressed = False
        try:
            opened = open_stream(stream, name, origin)
            compressed = opened.compressed
            if not opened.head:
                raise EmptyInput(origin, empty + (" (the gzip holds nothing)" if opened.compressed else ""))
            kind = kind_of(opened)
            if kind != "jsonl" and size is not None and not compressed and size > self.max_bytes:
                raise too_large(origin, self.max_bytes, size)  # a corpus is limited per record, not as a whole
            check_not_binary(opened.head, origin)
            if kind == "json-array":  # read whole, a corpus this shape would not fit in memory
                raise BadRecord(origin, "a JSON array, not JSON Lines: write one article object a line")
            if kind == "jsonl":
                yield from read_jsonl(opened.stream, origin, article_id, self.max_bytes, self.min_chars, self.fallback)
                return
            data = read_limited(opened.stream, self.max_bytes, origin, " once decompressed" if compressed else "")
        except InputError as e:
            yield Rejection(e.origin, e.reason)
            return
        except (OSError, EOFError, zlib.error) as e:  # gzip that breaks off or fails its check part-way
            problem = describe_error(e)
            yield Rejection(origin, f"binary file (gzip that does not decompress: {problem})" if compressed
                            else f"cannot read: {problem}")
            return
        yield from self.build(data, kind, article_id, origin)

    def build(self, data: bytes, kind: str, article_id: str, origin: str) -> Iterator[Article | Rejection]:
        """The article in a whole file's bytes (or, for UTF-16 JSON Lines, its records)."""
        try:
            if kind == "html":
                yield html_article(data, article_id, origin, self.min_chars, self.fallback)
                return
            text = decode(data, origin)
            if text.lstrip().startswith("{"):  # JSON Lines in UTF-16: only seen once decoded
                stream = io.BytesIO(text.encode("utf-8"))
                yield from read_jsonl(stream, origin, article_id, self.max_bytes, self.min_chars, self.fallback)
                return
            yield text_article(text, article_id, origin, self.min_chars, self.fallback)
        except BinaryInput as e:
            yield Rejection(e.origin, e.reason)
        except InputError as e:
            yield Rejection(e.origin, e.reason, article_id)


def _walk(folder: str, skipped: Counter[str], visited: set[str]) -> Iterator[str | Rejection]:
    """The candidate files under a folder, depth first in name order; counts what it passes over."""
    real = os.path.realpath(folder)
    if real in visited:  # a link back up the tree
        skipped["link loop"] += 1
        return
    visited.add(real)
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as e:
        yield Rejection(folder, f"cannot read folder: {describe_error(e)}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            skipped["hidden"] += 1
        elif _is(entry, "dir"):
            yield from _walk(entry.path, skipped, visited)
        elif not _is(entry, "file"):
            skipped["not a regular file"] += 1
        elif _skipped_by_suffix(entry.name):
            skipped["non-article extension"] += 1
        else:
            yield entry.path


def _is(entry: os.DirEntry[str], kind: str) -> bool:
    """entry.is_dir() / entry.is_file(), False for an entry that cannot be examined (a broken link)."""
    try:
        return entry.is_dir() if kind == "dir" else entry.is_file()
    except OSError:
        return False


def _skipped_by_suffix(name: str) -> bool:
    """True for a file name whose extension (under a .gz) says it is not an article."""
    inner = _strip_gz(name.lower())
    return os.path.splitext(inner)[1] in SKIPPED_SUFFIXES


def _strip_gz(name: str) -> str:
    """The file name without a .gz suffix: 'a.txt.gz' -> 'a.txt'."""
    return name[:-3] if name.lower().endswith(".gz") and len(name) > 3 else name


def _decode_declared(data: bytes, charset: str | None, origin: str) -> str:
    """Text from a server's bytes: in the charset its header declares, else as a file is decoded."""
    if not charset or charset.lower().replace("_", "-") in ("utf-8", "utf8", "us-ascii", "ascii"):
        return decode(data, origin)
    try:
        return data.decode(charset)
    except (UnicodeDecodeError, LookupError):
        raise BinaryInput(origin, f"not {charset} text, as the server says it is") from None
