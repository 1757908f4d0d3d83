"""Bytes in: open a stream (decompressing gzip), tell what kind of content it holds, read it within the size
limit and decode it to text. Every failure is an :class:`~tidings.errors.InputError` that names the input.
"""

from __future__ import annotations

import codecs
import gzip
import io
import re
import zlib
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import BinaryInput, TooLarge

HEAD_BYTES = 4096  # how much of a stream is peeked to tell its kind
GZIP_MAGIC = b"\x1f\x8b"

JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# Formats that are never article text, by their first bytes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (GZIP_MAGIC, "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
    (b"{\\rtf", "RTF document"),
    (b"%!PS", "PostScript document"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg audio or video"),
    (b"fLaC", "FLAC audio"),
)
# Inside a ZIP, the first member names tell an office document from a plain archive.
_ZIP_KINDS = (
    (b"word/", "Word document"),
    (b"xl/", "Excel workbook"),
    (b"ppt/", "PowerPoint presentation"),
    (b"application/epub+zip", "EPUB book"),
    (b"application/vnd.oasis.opendocument", "OpenDocument file"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}


@dataclass
class Opened:
    """A readable input: its (decompressed) content stream and the first bytes of that content."""

    stream: BinaryIO
    head: bytes
    name: str  # the file name without a .gz suffix, to tell the kind by its suffix
    compressed: bool


class _Replay(io.RawIOBase):
    """A stream that gives back the bytes already peeked, then the rest of the underlying stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def open_stream(raw: BinaryIO, name: str, origin: str) -> Opened:
    """Peek at a stream, decompress it when it is gzip, and return it ready to read from the start."""
    head = _read_head(raw)
    if not head.startswith(GZIP_MAGIC):
        return Opened(io.BufferedReader(_Replay(head, raw)), head, name, compressed=False)
    unzipped = gzip.GzipFile(fileobj=io.BufferedReader(_Replay(head, raw)), mode="rb")
    try:
        inner = _read_head(unzipped)
    except (OSError, EOFError, zlib.error) as e:
        raise BinaryInput(origin, f"binary file (gzip that does not decompress: {describe_error(e)})") from None
    inner_name = name[:-3] if name.lower().endswith(".gz") else name
    return Opened(io.BufferedReader(_Replay(inner, unzipped)), inner, inner_name, compressed=True)


def _read_head(stream: BinaryIO) -> bytes:
    """Up to HEAD_BYTES from the stream, however short its reads are (pipes give what they have)."""
    parts: list[bytes] = []
    size = 0
    while size < HEAD_BYTES:
        chunk = stream.read(HEAD_BYTES - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def describe_error(error: BaseException) -> str:
    """A short account of why (gzip) data could not be read: 'CRC check failed', 'the data is cut short'."""
    if isinstance(error, EOFError):
        return "the data is cut short"
    text = (error.strerror if isinstance(error, OSError) and error.strerror else str(error)) or type(error).__name__
    text = re.sub(r"^Error -?\d+ while decompressing data: ", "", text)  # zlib's preamble says nothing to a user
    return text[0].lower() + text[1:]


def binary_kind(head: bytes) -> str | None:
    """The name of a known non-text format the content starts with, or None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "ZIP archive":
                return next((k for marker, k in _ZIP_KINDS if marker in head), kind)
            return kind
    if head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if head[4:8] == b"ftyp":
        return "MP4 video"
    if head[8:12] == b"DUCK":
        return "DuckDB database"
    if head[257:262] == b"ustar":
        return "tar archive"
    return None


def check_not_binary(head: bytes, origin: str) -> None:
    """Raise BinaryInput when the content is a known binary format or holds NUL bytes outside UTF-16/32."""
    kind = binary_kind(head)
    if kind:
        raise BinaryInput(origin, f"binary file ({kind})")
    if b"\x00" in head and _bom_codec(head) in ("utf-8", "utf-8-sig"):
        raise BinaryInput(origin, "binary file" + (" (UTF-16 text without a byte-order mark?)" if _looks_utf16(head)
                                                  else ""))


def _looks_utf16(head: bytes) -> bool:
    """True when NUL bytes fill one of the two byte positions, as in ASCII written as UTF-16."""
    sample = head[:1000]
    even, odd = sample[0::2], sample[1::2]
    return bool(odd) and max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.4


def looks_like_jsonl(head: bytes) -> bool:
    """True when the content starts with a JSON object."""
    return head.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"{")


_HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ")


def looks_like_html(head: bytes) -> bool:
    """True when the content starts with a tag and has the tags of a web page near the start."""
    codec = _bom_codec(head)
    start = head.decode(codec, errors="replace").lstrip("\ufeff \t\r\n").lower()
    return start.startswith("<") and any(marker in start[:2048] for marker in _HTML_MARKERS)


def kind_of(opened: Opened) -> str:
    """'jsonl', 'html', 'json-array' or 'text': by the file suffix when it names one, else by the content."""
    name = opened.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if looks_like_jsonl(opened.head):
        return "jsonl"
    if re.match(rb"\[\s*\{", opened.head.removeprefix(codecs.BOM_UTF8).lstrip()):
        return "json-array"
    if looks_like_html(opened.head):
        return "html"
    return "text"


def size_text(n: int) -> str:
    """A byte count as a person reads it: '52.4 MB', '3.2 kB', '812 bytes'."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def too_large(origin: str, limit: int, size: int | None = None, what: str = "") -> TooLarge:
    """The TooLarge error for content of ``size`` bytes (None: known only to pass the limit)."""
    amount = size_text(size) if size is not None else f"more than {size_text(limit)}{what}"
    return TooLarge(origin, f"{amount} is over the {size_text(limit)} limit for one article (ingest.max_bytes)")


def read_limited(stream: BinaryIO, limit: int, origin: str, what: str = "") -> bytes:
    """The whole stream, or TooLarge as soon as it passes ``limit`` bytes (so a gzip bomb stops early)."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(1 << 20, limit + 1 - size))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        size += len(chunk)
        if size > limit:
            raise too_large(origin, limit, what=what)


def _bom_codec(data: bytes) -> str:
    """The codec a byte-order mark announces; plain UTF-8 when there is none."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    return "utf-8"


def decode(data: bytes, origin: str) -> str:
    """Text from bytes: UTF-8 (with or without a BOM) or UTF-16/32 with a BOM; else BinaryInput at the bad byte."""
    codec = _bom_codec(data)
    if codec == "utf-8-sig":
        body, skipped, codec = data[len(codecs.BOM_UTF8):], len(codecs.BOM_UTF8), "utf-8"
    else:
        body, skipped = data, 0
    if codec == "utf-8" and b"\x00" in body:  # the head passed the check, but a NUL further on is not text either
        raise BinaryInput(origin, f"binary file (NUL byte at offset {body.index(0) + skipped})")
    try:
        return body.decode(codec)
    except UnicodeDecodeError as e:
        offset = e.start + skipped
        if codec == "utf-8":
            line = data.count(b"\n", 0, offset) + 1
            raise BinaryInput(origin, f"not UTF-8 text: byte 0x{data[offset]:02X} at offset {offset} (line {line})"
                              ) from None
        raise BinaryInput(origin, f"not valid {codec.upper()} text: bad bytes at offset {offset}") from None
