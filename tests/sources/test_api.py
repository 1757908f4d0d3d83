"""The public API of tidings.sources is small and pinned."""

from __future__ import annotations

import inspect

import tidings.sources as ingest


def test_public_names_are_pinned():
    assert sorted(ingest.__all__) == [
        "HTML_SUFFIXES",
        "JSONL_SUFFIXES",
        "RECORD_KEYS",
        "SKIPPED_SUFFIXES",
        "STDIN",
        "USER_AGENT",
        "headline",
        "read_source",
        "read_sources",
    ]
    assert all(hasattr(ingest, name) for name in ingest.__all__)


def test_read_sources_signature():
    assert list(inspect.signature(ingest.read_sources).parameters) == ["sources", "config", "stdin"]
    assert list(inspect.signature(ingest.read_source).parameters) == ["source", "config", "stdin"]


def test_read_source_reads_one_source(tmp_path, config):
    path = tmp_path / "a.txt"
    path.write_text("Talks resume\n\nThe two sides met again in the lakeside town on Monday.\n", encoding="utf-8")
    (article,) = ingest.read_source(str(path), config)
    assert article.title == "Talks resume"


def test_read_sources_takes_a_single_string_as_one_source(tmp_path, config):
    path = tmp_path / "a.txt"
    path.write_text("The two sides met again in the lakeside town on Monday.\n", encoding="utf-8")
    assert [item.id for item in ingest.read_sources(str(path), config)] == ["a.txt"]
