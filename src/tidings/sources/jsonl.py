"""JSON Lines corpora: one article object a line, read as a stream so that a corpus of any size fits.

Each line is an object with ``text`` and, optionally, ``id``, ``title``, ``published``, ``outlet`` and ``url``
(or one of the other names in :data:`RECORD_KEYS`). A line that cannot be read is one rejection, named
``path:LINE``; the lines around it go on.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO

from ..errors import BadRecord, BinaryInput, EmptyInput, InputError
from ..records import Article, Rejection
from .published import dateline, record_date
from .raw import describe_error, too_large
from .text import check_length, headline

# For each Article field, the record keys it is read from, first found first.
RECORD_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "doc_id", "article_id"),
    "text": ("text", "content", "body", "maintext", "article"),
    "title": ("title", "headline"),
    "published": ("published", "time", "date", "published_at", "publication_date", "pubdate", "date_publish"),
    "outlet": ("outlet", "source", "site_name", "sitename", "publisher", "source_domain"),
    "url": ("url", "link"),
}


def read_jsonl(stream: BinaryIO, origin: str, id_prefix: str, max_bytes: int, min_chars: int,
               fallback: date | None) -> Iterator[Article | Rejection]:
    """One Article or Rejection per non-blank line of a JSON Lines stream."""
    number = 0
    records = 0
    try:
        while True:
            line = stream.readline(max_bytes + 1)
            if not line:
                break
            number += 1
            where = f"{origin}:{number}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                size = len(line) + _skip_line(stream)
                yield Rejection(where, too_large(where, max_bytes, size).reason)
                records += 1
                continue
            if not line.strip():
                continue
            if records == 0 and line.strip() in (b"{", b"\xef\xbb\xbf{"):  # pretty-printed JSON, not JSON Lines
                yield Rejection(origin, "a JSON document spread over lines, not JSON Lines: write one object a line")
                return
            records += 1
            obj: Any = None
            try:
                obj = _parse(line, where, first=number == 1)
                yield _article(obj, where, f"{id_prefix}:{number}", min_chars, fallback)
            except InputError as e:
                yield Rejection(e.origin, e.reason, _record_id(obj))
    except (OSError, EOFError, zlib.error) as e:  # a gzip corpus that breaks off part-way, a failing disk
        yield Rejection(origin, f"could not read past line {number}: {describe_error(e)}")
        return
    if records == 0:
        yield Rejection(origin, EmptyInput(origin, "no records: only blank lines").reason)


def _skip_line(stream: BinaryIO) -> int:
    """Read past the rest of an over-long line; return how many bytes it had."""
    skipped = 0
    while True:
        chunk = stream.readline(1 << 20)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _parse(line: bytes, where: str, first: bool) -> Any:
    """The JSON value of one line."""
    if first:
        line = line.removeprefix(b"\xef\xbb\xbf")
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as e:
        raise BinaryInput(where, f"not UTF-8 text: byte 0x{line[e.start]:02X} at column {e.start + 1}") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise BadRecord(where, f"not JSON: {e.msg} (column {e.colno})") from None


def _record_id(obj: Any) -> str | None:
    """The record's own id, when it has a usable one, for the rejection."""
    if isinstance(obj, dict):
        value = _pick(obj, "id")[1]
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _pick(obj: dict[str, Any], field: str) -> tuple[str, Any]:
    """The first of the field's record keys that has a value, and that value."""
    for key in RECORD_KEYS[field]:
        if obj.get(key) is not None:
            return key, obj[key]
    return RECORD_KEYS[field][0], None


def _string(obj: dict[str, Any], field: str, where: str) -> str | None:
    """An optional string field, stripped; None when absent or empty."""
    key, value = _pick(obj, field)
    if field == "outlet" and isinstance(value, dict):  # {"source": {"id": ..., "name": "Reuters"}}
        value = value.get("name")
    if isinstance(value, (int, float)) and not isinstance(value, bool) and field == "id":
        value = str(value)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadRecord(where, f"{key!r} is not a string (got {_json_type(value)})")
    return value.strip() or None


def _article(obj: Any, where: str, default_id: str, min_chars: int, fallback: date | None) -> Article:
    """The Article one record describes."""
    if not isinstance(obj, dict):
        raise BadRecord(where, f"not a JSON object (got {_json_type(obj)})")
    key, text = _pick(obj, "text")
    if text is None:
        raise BadRecord(where, "no 'text' field" + (f" (it has {_keys(obj)})" if obj else " (the object is empty)"))
    if not isinstance(text, str):
        raise BadRecord(where, f"{key!r} is not a string (got {_json_type(text)})")
    if not text.strip():
        raise EmptyInput(where, f"{key!r} is empty")
    check_length(text, where, min_chars)
    title = _string(obj, "title", where)
    published = record_date(_pick(obj, "published")[1], where)
    return Article(
        id=_string(obj, "id", where) or default_id,
        text=text,
        title=title if title is not None else headline(text),
        published=published or dateline(text, fallback) or fallback,
        outlet=_string(obj, "outlet", where),
        url=_string(obj, "url", where),
        origin=where,
    )


def _json_type(value: Any) -> str:
    """The JSON name of a value's type, with an article."""
    names = {dict: "an object", list: "a list", str: "a string", bool: "true or false", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _keys(obj: dict[str, Any]) -> str:
    """The record's keys, shortened to a few, for a message."""
    keys = [repr(k) for k in obj][:6]
    return ", ".join(keys) + (", …" if len(obj) > 6 else "")

