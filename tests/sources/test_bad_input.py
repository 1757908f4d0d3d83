"""Inputs that cannot be read: each gives one Rejection that names it and says why in one line."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from tidings.records import Rejection

TEXT = "Delegates met again on Thursday and agreed to extend the truce for another month. " * 3


def _zip(member: str) -> bytes:
    """A small ZIP archive holding one member."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, "content")
    return buffer.getvalue()


FILES = [
    ("empty", "a.txt", b"", "empty file"),
    ("whitespace", "a.txt", b" \n\t\r\n  \n", "only whitespace"),
    ("too-short", "a.txt", b"Talks failed.\n", "too short: 13 characters, fewer than 20 (ingest.min_chars)"),
    ("pdf", "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF document)"),
    ("png", "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (PNG image)"),
    ("jpeg", "a.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image)"),
    ("zip", "a.txt", _zip("notes.txt"), "binary file (ZIP archive)"),
    ("docx", "a.txt", _zip("word/document.xml"), "binary file (Word document)"),
    ("nul-bytes", "a.txt", b"Talks \x00\x01\x02 resumed", "binary file"),
    ("nul-late", "a.txt", TEXT.encode() * 60 + b"\x00", "binary file (NUL byte at offset 14760)"),
    ("utf16-no-bom", "a.txt", TEXT.encode("utf-16-le"), "binary file (UTF-16 text without a byte-order mark?)"),
    ("latin1", "a.txt", ("Talks\nin the café went on. " + TEXT).encode("latin-1"),
     "not UTF-8 text: byte 0xE9 at offset 16 (line 2)"),
    ("bad-gzip", "a.txt.gz", b"\x1f\x8b\x08\x00garbage that is not deflate data",
     "binary file (gzip that does not decompress: invalid"),
    ("gzip-cut-short", "a.txt.gz", gzip.compress(TEXT.encode() * 50)[:60],
     "binary file (gzip that does not decompress: the data is cut short)"),
    ("gzip-of-png", "a.gz", gzip.compress(b"\x89PNG\r\n\x1a\n\x00\x00"), "binary file (PNG image)"),
    ("gzip-of-nothing", "a.txt.gz", gzip.compress(b""), "empty file (the gzip holds nothing)"),
    ("html-without-text", "a.html", b"<html><head><title>Menu</title></head><body><nav></nav></body></html>",
     "no article text found in the web page"),
]


@pytest.mark.parametrize(("name", "content", "reason"), [case[1:] for case in FILES], ids=[case[0] for case in FILES])
def test_rejects_file_with_a_reason(write, read, name, content, reason):
    path = write(name, content)
    (rejection,) = read(path)
    assert isinstance(rejection, Rejection)
    assert rejection.origin == str(path)
    assert rejection.reason.startswith(reason)
    assert "\n" not in rejection.reason


def test_rejects_file_over_the_size_limit_before_reading_it(tmp_path, read):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(52_400_000)  # sparse: nothing written, so nothing to read either
    (rejection,) = read(path)
    assert rejection == Rejection(str(path), "52.4 MB is over the 5.0 MB limit for one article (ingest.max_bytes)")


def test_rejects_gzip_that_decompresses_past_the_size_limit(write, read, config):
    small = config.with_values(ingest={"max_bytes": 10_000})
    path = write("bomb.txt.gz", gzip.compress(TEXT.encode() * 1000))
    (rejection,) = read(path, config=small)
    assert rejection.reason == ("more than 10.0 kB once decompressed is over the 10.0 kB limit for one article"
                                " (ingest.max_bytes)")


def test_rejects_text_shorter_than_configured_minimum(write, read, config):
    (rejection,) = read(write("a.txt", TEXT), config=config.with_values(ingest={"min_chars": 1000}))
    assert rejection.reason == "too short: 245 characters, fewer than 1000 (ingest.min_chars)"
    assert rejection.article == "a.txt"


def test_rejects_path_that_does_not_exist(tmp_path, read):
    path = tmp_path / "no" / "such" / "file.txt"
    assert read(path) == [Rejection(str(path), "no such file or folder")]


def test_hints_at_a_missing_scheme(read, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (rejection,) = read("news.example.org/story")
    assert rejection == Rejection("news.example.org/story",
                                  "no such file or folder (for a web page, write http:// or https:// before it)")


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({}, "folder has no readable files (it is empty)"),
        ({".hidden.txt": TEXT, "chart.png": b"\x89PNG", "sub/photo.jpg": b"\xff\xd8\xff"},
         "folder has no readable files (skipped: 2 non-article extension, 1 hidden)"),
    ],
    ids=["empty-folder", "only-hidden-and-images"],
)
def test_rejects_folder_with_nothing_readable(tmp_path, write, read, files, reason):
    (tmp_path / "corpus").mkdir()
    for name, content in files.items():
        write(f"corpus/{name}", content)
    assert read(tmp_path / "corpus") == [Rejection(str(tmp_path / "corpus"), reason)]


def test_rejects_empty_standard_input(read):
    assert read("-", stdin=io.BytesIO(b"")) == [Rejection("-", "empty input")]


def test_rejects_binary_standard_input(read):
    assert read("-", stdin=io.BytesIO(b"%PDF-1.5\n")) == [Rejection("-", "binary file (PDF document)")]


def test_rejects_address_with_a_scheme_other_than_http(read):
    assert read("ftp://files.example/story.txt") == [
        Rejection("ftp://files.example/story.txt", "cannot read ftp:// addresses; give an http(s) URL or a file path")
    ]
