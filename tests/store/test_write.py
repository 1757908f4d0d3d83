"""Writing batches: replacement, rejections, and telling new, unchanged and changed articles apart."""

from __future__ import annotations

from dataclasses import replace

import duckdb
import pytest

from tidings.errors import StoreError
from tidings.records import Rejection
from tidings.store import Known

TABLES = {"sentences": 25, "actor_mentions": 30, "place_mentions": 15, "time_mentions": 5, "events": 10,
          "quotes": 3, "talks": 1}


def _rows(store, article: str) -> dict[str, int]:
    """Rows per table for one article."""
    with duckdb.connect(str(store.path), read_only=True) as con:
        counts = {t: con.execute(f"SELECT count(*) FROM {t} WHERE article = ?", [article]).fetchone()[0]
                  for t in TABLES}
        counts["articles"] = con.execute("SELECT count(*) FROM articles WHERE id = ?", [article]).fetchone()[0]
    return counts


def test_writing_an_article_stores_every_record(store, make):
    store.write([make("a")])
    assert _rows(store, "a") == {**TABLES, "articles": 1}


def test_rewriting_the_same_article_replaces_its_rows_without_duplicates(store, make):
    store.write([make("a"), make("b")])
    store.write([make("a")])
    store.write([make("a")])
    assert _rows(store, "a") == {**TABLES, "articles": 1}
    assert _rows(store, "b") == {**TABLES, "articles": 1}
    assert store.counts()["events"] == 20


def test_a_changed_article_leaves_nothing_of_its_old_version(store, make):
    store.write([make("a")])
    store.write([make("a", version=1, events=2, quotes=0, talks=0, actors=4, places=1)])
    assert _rows(store, "a") == {**TABLES, "events": 2, "quotes": 0, "talks": 0, "actor_mentions": 4,
                                 "place_mentions": 1, "articles": 1}
    assert "v1" in store.articles(text=True)["text"][0]


def test_an_article_given_twice_in_one_batch_is_stored_once_as_the_later_one(store, make):
    store.write([make("a"), make("a", version=1, events=4)])
    assert _rows(store, "a")["events"] == 4
    assert store.known().status(make("a", version=1).article) == "unchanged"


def test_participants_are_stored_in_order_with_their_names(store, make):
    analysis = make("a")
    store.write([analysis])
    stored = store.event("a#0")["event"]["participants"]
    expected = analysis.events[0].participants
    assert [(p["code"], p["name"], p["start"]) for p in stored] == [(m.code, m.name, m.start) for m in expected]
    assert store.event("a#1")["event"]["participants"] == []


def test_an_analysis_without_optional_records_is_stored(store, make):
    bare = replace(make("a"), actors=None, places=None, times=None, quotes=None, events=None, talks=None)
    store.write([bare])
    assert _rows(store, "a") == {**dict.fromkeys(TABLES, 0), "sentences": 25, "articles": 1}


def test_unknowns_stay_null(store, make):
    analysis = make("a", published=None)
    analysis = replace(analysis, article=replace(analysis.article, title=None, outlet=None, url=None),
                       events=(replace(analysis.events[0], source=None, place=None, date=None, quad=None),))
    store.write([analysis])
    row = store.events_records()[0]
    assert (row["source_code"], row["place_name"], row["date"], row["date_start"], row["quad"]) == (None,) * 5
    art = store.articles_records()[0]
    assert (art["title"], art["published"], art["outlet"], art["url"]) == (None,) * 4


def test_status_tells_new_unchanged_and_changed_articles(store, make):
    store.write([make("a")])
    known = store.known()
    assert known.status(make("a").article) == "unchanged"
    assert known.status(make("a", version=1).article) == "changed"
    assert known.status(make("b").article) == "new"
    same_text_other_id = replace(make("a").article, id="copy-of-a")  # one wire story, two outlets: two sources
    assert known.status(same_text_other_id) == "new"
    assert store.status(make("a", version=1).article) == "changed"


def test_known_counts_articles_added_during_a_run(make):
    known = Known({})
    first = make("a").article
    assert known.status(first) == "new"
    known.add(first)
    assert known.status(first) == "unchanged"
    assert known.status(replace(first, id="again")) == "new"
    assert "a" in known and len(known) == 1


def test_digests_map_each_article_to_its_digest(store, make):
    store.write([make("a"), make("b")])
    assert store.digests() == {"a": make("a").article.digest, "b": make("b").article.digest}


def test_rejections_are_stored_and_a_later_rejection_of_the_same_origin_replaces_it(store):
    store.write([], [Rejection("in/x.txt", "empty"), Rejection("in/y.txt", "binary", article="y")])
    store.write([], [Rejection("in/x.txt", "too large")])
    got = store.rejections().sort_values("origin")
    assert list(got["origin"]) == ["in/x.txt", "in/y.txt"]
    assert list(got["reason"]) == ["too large", "binary"]


def test_an_article_written_fine_clears_its_earlier_rejections(store, make):
    ok = make("a", origin="in/a.txt")
    store.write([], [Rejection("in/a.txt", "stage failed"), Rejection("elsewhere", "stage failed", article="a"),
                     Rejection("in/b.txt", "empty")])
    store.write([ok])
    assert list(store.rejections()["origin"]) == ["in/b.txt"]


def test_an_empty_write_does_not_create_the_file(tmp_path, open_store):
    store = open_store(tmp_path / "t.duckdb")
    store.write([], [])
    assert not store.path.exists()


def test_write_all_writes_in_batches_of_the_configured_size(tmp_path, make, open_store):
    store = open_store(tmp_path / "t.duckdb")
    store.config = store.config.with_values(store={"batch_size": 3})
    items = [make(f"a{i}", sentences=3, actors=2, places=1, events=1) for i in range(7)]
    items.insert(2, Rejection("in/bad.txt", "empty"))
    assert store.write_all(items) == {"articles": 7, "rejections": 1, "batches": 3}
    assert store.counts() == {"articles": 7, "events": 7, "quotes": 21, "talks": 7, "rejections": 1}


def test_a_batch_that_cannot_be_written_leaves_the_store_as_it_was(store, make):
    store.write([make("a")])
    clash = make("b")
    clash = replace(clash, events=(replace(clash.events[0], id="a#0"),))  # an event id another article owns
    with pytest.raises(StoreError, match="cannot write 1 articles"):
        store.write([clash])
    assert store.counts()["articles"] == 1
    assert _rows(store, "a")["events"] == 10
