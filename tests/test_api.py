"""The public API: ingest into a database, read it back, re-ingest without duplicates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tidings
from tidings.config import load_config

ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest.fixture
def config():
    return load_config(overrides=["ingest.published=2017-03-05"])


def test_public_names_are_pinned():
    assert sorted(tidings.__all__) == sorted([
        "ActorMention", "Analysis", "Article", "Config", "Event", "IngestReport", "PlaceMention", "Quote",
        "Rejection", "Store", "Talks", "TidingsError", "TimeMention", "analyse_text", "export", "ingest",
        "load_config", "open_db"])
    assert all(hasattr(tidings, name) for name in tidings.__all__)


def test_ingest_stores_events_quotes_and_talks_of_a_folder(tmp_path, config):
    report = tidings.ingest([str(ARTICLES)], tmp_path / "t.duckdb", config)
    assert (report.ingested, report.unchanged, report.rejected) == (3, 0, [])
    assert report.events > 0 and report.quotes >= 1 and report.ok
    db = tidings.open_db(tmp_path / "t.duckdb", config)
    frame = db.events()
    assert len(frame) == report.events and set(frame["article"]) <= {p.name for p in ARTICLES.iterdir()}
    assert {"type", "source_code", "target_code", "date", "status", "evidence", "rule"} <= set(frame.columns)
    assert db.events_records(type="ASSAULT")
    assert db.counts()["articles"] == 3


def test_reingesting_the_same_articles_changes_nothing(tmp_path, config):
    db = tmp_path / "t.duckdb"
    first = tidings.ingest([str(ARTICLES)], db, config)
    again = tidings.ingest([str(ARTICLES)], db, config)
    assert (again.ingested, again.unchanged) == (0, 3)
    assert tidings.open_db(db, config).counts()["events"] == first.events


def test_a_changed_article_replaces_its_own_mentions_only(tmp_path, config):
    folder = tmp_path / "in"
    shutil.copytree(ARTICLES, folder)
    db = tmp_path / "t.duckdb"
    tidings.ingest([str(folder)], db, config)
    before = tidings.open_db(db, config).events_records()
    (folder / "02-strikes.txt").write_text("Clashes\n\nJordan condemned Israel on Sunday.\n", encoding="utf-8")
    report = tidings.ingest([str(folder)], db, config)
    assert (report.ingested, report.replaced, report.unchanged) == (1, 1, 2)
    after = tidings.open_db(db, config).events_records()
    changed = [e for e in after if e["article"] == "02-strikes.txt"]
    assert [(e["type"], e["source_code"], e["target_code"]) for e in changed] == [("ACCUSE", "JORGOV", "ISRGOV")]
    assert [e for e in after if e["article"] != "02-strikes.txt"] == [
        e for e in before if e["article"] != "02-strikes.txt"]


def test_bad_inputs_are_rejected_and_the_good_ones_kept(tmp_path, config):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    report = tidings.ingest([str(ARTICLES / "01-talks.txt"), str(tmp_path / "empty.txt"),
                             str(tmp_path / "image.png"), str(tmp_path / "missing.txt")], tmp_path / "t.duckdb",
                            config)
    assert report.ingested == 1 and report.ok
    reasons = {Path(r.origin).name: r.reason for r in report.rejected}
    assert reasons["empty.txt"] == "empty file" and "PNG" in reasons["image.png"]
    assert "no such file" in reasons["missing.txt"]
    stored = tidings.open_db(tmp_path / "t.duckdb", config).rejections_records()
    assert {Path(r["origin"]).name for r in stored} == {"empty.txt", "image.png", "missing.txt"}


def test_nothing_ingested_is_not_ok(tmp_path, config):
    report = tidings.ingest([str(tmp_path / "missing.txt")], tmp_path / "t.duckdb", config)
    assert report.ingested == 0 and not report.ok


def test_analyse_text_needs_no_database():
    analysis = tidings.analyse_text("Turkey condemned Russia on Monday.", published="2017-01-12")
    assert [(e.type, e.date) for e in analysis.events] == [("ACCUSE", "2017-01-09")]


def test_opening_a_missing_database_says_how_to_make_one(tmp_path):
    with pytest.raises(tidings.TidingsError, match="tidings ingest SOURCE --db"):
        tidings.open_db(tmp_path / "nothing.duckdb")
