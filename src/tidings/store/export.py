"""Exports: JSON Lines in the scorer's format (every kind), or the events table flattened to CSV or Parquet.

The JSON Lines export reads a few hundred articles per connection and writes them after closing it, so that a
long export (or a slow reader of its output) never keeps an ingest waiting for more than one chunk.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, Literal

import duckdb

from ..errors import StoreError
from .read import EVENT_ORDER
from .store import Store

Format = Literal["jsonl", "csv", "parquet"]
FORMATS = ("jsonl", "csv", "parquet")

_CHUNK = 500  # articles per read-only connection

# The events table with participants and the place as plain columns: what CSV and Parquet carry.
FLAT_EVENTS = """
SELECT id, article, sentence, type, mode, cameo, quad, goldstein,
       source_code, source_name, source_text, source_start, source_end, source_reason,
       target_code, target_name, target_text, target_start, target_end, target_reason,
       array_to_string([coalesce(p.code, '') FOR p IN participants], ';') AS participants,
       array_to_string([coalesce(p.name, '') FOR p IN participants], ';') AS participant_names,
       date, date_reason, place_name, place_country, place_lat, place_lon, place_reason,
       status, status_reason, evidence, start, "end", trigger, trigger_start, trigger_end, rule, score
FROM events
ORDER BY """ + EVENT_ORDER


def export(store_or_path: Store | str | Path, fmt: Format, out: str | Path | IO[Any]) -> int:
    """Export a store; return the number of lines (jsonl) or event rows (csv, parquet) written.

    Args:
        store_or_path: a :class:`Store`, or the path of a database file.
        fmt: ``jsonl`` (every event, quote, talks, place and actor line, as ``FORMAT.md`` describes),
            ``csv`` or ``parquet`` (the events table, one row per event mention, lists joined with ``;``).
        out: a file path, ``-`` for standard output, or an open stream (text for jsonl and csv; parquet needs
            a binary stream, or a text stream with a ``buffer``).
    """
    store = store_or_path if isinstance(store_or_path, Store) else Store(store_or_path)
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    if isinstance(out, str) and out == "-":
        out = sys.stdout
    if fmt == "jsonl":
        if isinstance(out, str | Path):
            with _create(Path(out)) as stream:
                return _jsonl(store, stream)
        return _jsonl(store, out)
    return _copy(store, fmt, out)


def _create(path: Path) -> IO[str]:
    """Open an output text file, with a StoreError that names it when that fails."""
    try:
        return path.open("w", encoding="utf-8", newline="")
    except OSError as e:
        raise StoreError(f"{path}: cannot write the export: {e.strerror}") from None


def _jsonl(store: Store, stream: IO[str]) -> int:
    """Write every line, article by article, in id order."""
    written = 0
    after = ""
    while True:
        with store.reading() as con:
            ids = [i for (i,) in con.execute("SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                                             [after, _CHUNK]).fetchall()]
            if not ids:
                return written
            chunk = _chunk(con, ids)
        for article in ids:
            for line in chunk[article]:
                stream.write(json.dumps(line, ensure_ascii=False) + "\n")
                written += 1
        after = ids[-1]


def _chunk(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The lines of these articles: events, quotes, talks, places, actors, each kind in text order."""
    lines: dict[str, list[dict[str, Any]]] = defaultdict(list)
    kinds: list[tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]] = [
        ("events", _event), ("quotes", _quote), ("talks", _talks), ("place_mentions", _place_line),
        ("actor_mentions", _actor_line)]
    for table, make in kinds:
        order = EVENT_ORDER if table == "events" else 'article, start, "end"'
        cur = con.execute(f"""SELECT * FROM {table} WHERE article IN (SELECT unnest(?::VARCHAR[]))
                              ORDER BY {order}""", [ids])
        names = [d[0] for d in cur.description or ()]
        for row in cur.fetchall():
            record = dict(zip(names, row, strict=True))
            lines[record["article"]].append(make(record))
    return lines


def _place(name: str | None, country: str | None, lat: float | None, lon: float | None) -> dict[str, Any] | None:
    """A place object, or None when nothing is known of the place."""
    if name is None and country is None and lat is None and lon is None:
        return None
    return {"name": name, "country": country, "lat": lat, "lon": lon}


def _event(r: dict[str, Any]) -> dict[str, Any]:
    line = {"kind": "event", "article": r["article"], "id": r["id"], "type": r["type"], "mode": r["mode"],
            "cameo": r["cameo"], "source": r["source_code"], "target": r["target_code"],
            "source_text": r["source_text"], "target_text": r["target_text"]}
    codes = [p["code"] for p in r["participants"] if p["code"]]
    if codes:
        line["participants"] = codes
    line.update({"date": r["date"], "place": _place(r["place_name"], r["place_country"], r["place_lat"],
                                                       r["place_lon"]),
                 "status": r["status"], "evidence": r["evidence"], "rule": r["rule"], "quad": r["quad"],
                 "goldstein": r["goldstein"], "trigger": r["trigger"]})
    return line


def _quote(r: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "quote", "article": r["article"], "speaker": r["speaker"], "speaker_code": r["speaker_code"],
            "text": r["text"]}


def _talks(r: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "talks", "article": r["article"], "name": r["name"],
            "place": _place(r["place_name"], r["place_country"], r["place_lat"], r["place_lon"]),
            "date": r["date"], "brokers": r["brokers"], "participants": r["participants"],
            "invited": r["invited"], "declined": r["declined"], "status": r["status"]}


def _place_line(r: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "place", "article": r["article"], "text": r["text"], "start": r["start"], "end": r["end"],
            "name": r["name"], "country": r["country"], "lat": r["lat"], "lon": r["lon"]}


def _actor_line(r: dict[str, Any]) -> dict[str, Any]:
    return {"kind": "actor", "article": r["article"], "text": r["text"], "start": r["start"], "end": r["end"],
            "code": r["code"], "name": r["name"]}


def _copy(store: Store, fmt: str, out: str | Path | IO[Any]) -> int:
    """COPY the flattened events to a file, or to a temporary file that is then streamed to ``out``."""
    options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
    if isinstance(out, str | Path):
        return _copy_to(store, FLAT_EVENTS, Path(out), options)
    binary = _binary(out) if fmt == "parquet" or isinstance(out, io.RawIOBase | io.BufferedIOBase) else None
    with tempfile.TemporaryDirectory(prefix="tidings-export-") as tmp:
        path = Path(tmp) / f"events.{fmt}"
        rows = _copy_to(store, FLAT_EVENTS, path, options)
        if binary is None:
            with path.open(encoding="utf-8", newline="") as text:
                shutil.copyfileobj(text, out)
        else:
            with path.open("rb") as data:
                shutil.copyfileobj(data, binary)
            binary.flush()
    return rows


def _copy_to(store: Store, query: str, path: Path, options: str) -> int:
    """Run one COPY into ``path``; return the rows written."""
    if not path.parent.is_dir():
        raise StoreError(f"{path}: cannot write the export: no folder {path.parent}")
    target = str(path).replace("'", "''")
    with store.reading() as con:
        try:
            row = con.execute(f"COPY ({query}) TO '{target}' ({options})").fetchone()
        except duckdb.Error as e:
            raise StoreError(f"{path}: cannot write the export: {e}") from e
    return int(row[0]) if row else 0


def _binary(out: IO[Any]) -> IO[bytes]:
    """The byte stream beneath ``out``, for Parquet."""
    if isinstance(out, io.TextIOBase):
        buffer = getattr(out, "buffer", None)
        if buffer is None:
            raise StoreError("parquet is binary: give a file path, or a binary stream")
        out.flush()
        return buffer  # type: ignore[no-any-return]
    return out
