"""Exports: JSON Lines in the scorer's format, and the flattened events table as CSV and Parquet."""

from __future__ import annotations

import importlib
import io
import json
from dataclasses import replace

import duckdb
import pytest

from tidings.errors import StoreError
from tidings.store import export

COMMON = {"kind", "article"}
KEYS = {
    "event": COMMON | {"type", "mode", "cameo", "source", "target", "source_text", "target_text", "date", "place",
                       "status", "evidence", "id", "rule", "quad", "goldstein", "trigger"},
    "quote": COMMON | {"speaker", "speaker_code", "text"},
    "talks": COMMON | {"name", "place", "date", "brokers", "participants", "invited", "declined", "status"},
    "place": COMMON | {"text", "start", "end", "country", "lat", "lon", "name"},
    "actor": COMMON | {"text", "start", "end", "code", "name"},
}


@pytest.fixture
def two(store, make):
    """Two articles; one event of the second has no place."""
    b = make("b", events=2)
    b = replace(b, events=(replace(b.events[0], place=None), b.events[1]))
    store.write([make("a"), b])
    return store


def _lines(store) -> list[dict]:
    out = io.StringIO()
    written = export(store, "jsonl", out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert written == len(lines)
    return lines


def test_jsonl_lines_carry_exactly_the_format_keys_of_their_kind(two):
    lines = _lines(two)
    for line in lines:
        expected = KEYS[line["kind"]] | ({"participants"} if line["kind"] == "event" and "participants" in line
                                          else set())
        assert set(line) == expected, line
    counts = {kind: sum(1 for line in lines if line["kind"] == kind) for kind in KEYS}
    assert counts == {"event": 12, "quote": 6, "talks": 2, "place": 30, "actor": 60}


def test_jsonl_events_carry_participants_only_when_there_are_some(two):
    events = {line["id"]: line for line in _lines(two) if line["kind"] == "event"}
    assert events["a#0"]["participants"] == ["RUSGOV", "RUSMIL", "SYRGOV"]
    assert "participants" not in events["a#1"]


def test_jsonl_places_are_objects_or_null(two):
    events = {line["id"]: line for line in _lines(two) if line["kind"] == "event"}
    assert events["a#0"]["place"] == {"name": "Astana", "country": "KAZ", "lat": 51.18, "lon": 71.45}
    assert events["b#0"]["place"] is None


def test_jsonl_values_have_the_format_types(two):
    lines = _lines(two)
    event = next(line for line in lines if line["kind"] == "event")
    assert (event["type"], event["source"], event["target"], event["date"], event["status"]) == (
        "ASSAULT", "RUSGOV", "SYRGOV", "2017-01-09", "occurred")
    talks = next(line for line in lines if line["kind"] == "talks")
    assert talks["brokers"] == ["RUSGOV", "TURGOV", "IRNGOV"] and talks["declined"] == []
    actor = next(line for line in lines if line["kind"] == "actor")
    assert isinstance(actor["start"], int) and isinstance(actor["end"], int)


def test_jsonl_is_grouped_by_article_in_id_order(two):
    articles = [line["article"] for line in _lines(two)]
    assert articles == sorted(articles)


def test_jsonl_reads_in_chunks_without_losing_articles(store, make, monkeypatch):
    module = importlib.import_module("tidings.store.export")  # the package's `export` names the function
    monkeypatch.setattr(module, "_CHUNK", 2)
    store.write([make(f"a{i}", sentences=2, actors=1, places=1, events=1, quotes=0, talks=0) for i in range(5)])
    lines = _lines(store)
    assert sorted({line["article"] for line in lines}) == [f"a{i}" for i in range(5)]
    assert len(lines) == 15


def test_jsonl_to_a_path_and_to_standard_output(two, tmp_path, capsys):
    path = tmp_path / "out.jsonl"
    written = export(two.path, "jsonl", path)
    assert len(path.read_text(encoding="utf-8").splitlines()) == written
    export(two, "jsonl", "-")
    assert capsys.readouterr().out == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_csv_and_parquet_load_back_with_one_row_per_event(two, tmp_path, fmt):
    path = tmp_path / f"events.{fmt}"
    assert export(two, fmt, path) == 12
    reader = "read_csv_auto" if fmt == "csv" else "read_parquet"
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT id, participants, place_name FROM {reader}(?) ORDER BY id", [str(path)]).fetchall()
    assert len(rows) == 12
    assert rows[0] == ("a#0", "RUSGOV;RUSMIL;SYRGOV", "Astana")


def test_csv_to_a_text_or_a_binary_stream(two):
    text, data = io.StringIO(), io.BytesIO()
    assert export(two, "csv", text) == export(two, "csv", data) == 12
    assert len(text.getvalue().splitlines()) == 13  # the header, then one line per event (no newlines in evidence)
    assert data.getvalue().decode("utf-8") == text.getvalue()


def test_parquet_to_a_binary_stream_and_not_to_a_text_one(two, tmp_path):
    out = io.BytesIO()
    export(two, "parquet", out)
    assert out.getvalue()[:4] == b"PAR1"
    with pytest.raises(StoreError, match="parquet is binary"):
        export(two, "parquet", io.StringIO())


def test_an_unknown_format_names_the_choices(two):
    with pytest.raises(StoreError, match="choose from jsonl, csv, parquet"):
        export(two, "xml", io.StringIO())  # type: ignore[arg-type]


def test_export_into_a_missing_folder_is_a_store_error(two, tmp_path):
    for fmt in ("jsonl", "csv"):
        with pytest.raises(StoreError, match="cannot write the export"):
            export(two, fmt, tmp_path / "no" / f"out.{fmt}")


def test_events_of_one_sentence_come_in_the_order_the_text_tells_them(store, make):
    a = make("a", events=2)
    first, second = a.events
    # the same sentence; the act told later has the id that sorts first
    told_later = replace(second, sentence=first.sentence, start=first.start, end=first.end,
                         trigger_start=first.trigger_start + 10, trigger_end=first.trigger_start + 15, id="0" * 16)
    told_first = replace(first, id="f" * 16)
    store.write([replace(a, events=(told_later, told_first))])
    ids = [line["id"] for line in _lines(store) if line["kind"] == "event"]
    assert ids == ["f" * 16, "0" * 16]
    out = io.StringIO()
    export(store, "csv", out)
    rows = out.getvalue().splitlines()
    assert rows[1].startswith("f" * 16) and rows[2].startswith("0" * 16)
