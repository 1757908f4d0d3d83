"""One writer, readers in other processes, and what a killed writer leaves behind.

Each test runs the other side in a subprocess that it steers line by line over stdin and stdout, so that
nothing depends on timing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tidings.errors import StoreBusy
from tidings.store import database

PRELUDE = """
import importlib.util, sys, time
from pathlib import Path
spec = importlib.util.spec_from_file_location("store_conftest", sys.argv[1])
c = importlib.util.module_from_spec(spec)
spec.loader.exec_module(c)
store = c.store_at(Path(sys.argv[2]))
"""

WRITER_WITH_A_PAUSE = PRELUDE + """
store.write([c.make_analysis(f"first{i}") for i in range(3)])
print("between batches", flush=True)
sys.stdin.readline()
store.write([c.make_analysis(f"second{i}") for i in range(3)])
print("done", flush=True)
"""

HOLDER = """
import sys
import duckdb
con = duckdb.connect(sys.argv[2], read_only=sys.argv[3] == "read")
print("holding", flush=True)
sys.stdin.readline()
con.close()
print("released", flush=True)
sys.stdin.readline()
"""

KILLED_BEFORE_COMMIT = PRELUDE + """
import tidings.store.write as w
store.write([c.make_analysis(f"kept{i}") for i in range(5)])
inserted = w._insert
def insert_then_hang(con, tables):
    inserted(con, tables)
    print("inserted, not committed", flush=True)
    time.sleep(600)
w._insert = insert_then_hang
store.write([c.make_analysis(f"lost{i}") for i in range(60)] + [c.make_analysis("kept0", version=1, events=1)])
"""

WRITING_IN_A_LOOP = PRELUDE + """
batches = [[c.make_analysis(f"b{b}_{i}") for i in range(20)] for b in range(8)]
for b, batch in enumerate(batches):
    store.write(batch)
    print(f"wrote {b}", flush=True)
"""

PER_ARTICLE = {"sentences": 25, "actor_mentions": 30, "place_mentions": 15, "time_mentions": 5, "events": 10,
               "quotes": 3, "talks": 1}


class Other:
    """A subprocess running one of the scripts above, steered over its stdin and stdout."""

    def __init__(self, tmp_path: Path, script: str, *args: str) -> None:
        path = tmp_path / "script.py"
        path.write_text(script, encoding="utf-8")
        self.proc = subprocess.Popen([sys.executable, str(path), *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def expect(self, line: str) -> None:
        got = self.proc.stdout.readline().strip()
        if got != line:
            self.proc.kill()
            raise AssertionError(f"expected {line!r} from the subprocess, got {got!r}: {self.proc.stderr.read()}")

    def skip_to(self, line: str) -> None:
        """Read lines until ``line`` comes."""
        while (got := self.proc.stdout.readline()) and got.strip() != line:
            pass
        if not got:
            raise AssertionError(f"the subprocess ended before {line!r}: {self.proc.stderr.read()}")

    def send(self) -> None:
        self.proc.stdin.write("\n")
        self.proc.stdin.flush()

    def finish(self) -> None:
        self.proc.stdin.close()
        assert self.proc.wait(timeout=60) == 0, self.proc.stderr.read()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=60)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "t.duckdb"


def test_a_reader_gets_the_data_while_the_writer_is_between_batches(tmp_path, db, conftest_path, open_store):
    writer = Other(tmp_path, WRITER_WITH_A_PAUSE, str(conftest_path), str(db))
    writer.expect("between batches")
    reader = open_store(db)
    assert reader.counts()["articles"] == 3
    assert sorted(reader.articles()["id"]) == ["first0", "first1", "first2"]
    writer.send()
    writer.expect("done")
    writer.finish()
    assert reader.counts()["articles"] == 6


def test_a_reader_gives_up_with_store_busy_while_a_writer_holds_the_file(tmp_path, db, make, open_store):
    open_store(db).write([make("a")])
    holder = Other(tmp_path, HOLDER, "", str(db), "write")
    holder.expect("holding")
    with pytest.raises(StoreBusy, match=rf"being written by another process \(PID {holder.proc.pid}\); try again"):
        open_store(db, wait=0.05).events()
    holder.send()
    holder.expect("released")
    assert len(open_store(db, wait=0.05).events()) == 10
    holder.finish()


def test_a_writer_gives_up_with_store_busy_while_a_reader_holds_the_file(tmp_path, db, make, open_store):
    open_store(db).write([make("a")])
    holder = Other(tmp_path, HOLDER, "", str(db), "read")
    holder.expect("holding")
    with pytest.raises(StoreBusy, match=rf"held by another process \(PID {holder.proc.pid}\)"):
        open_store(db, wait=0.05).write([make("b")])
    holder.send()
    holder.expect("released")
    holder.finish()


def test_a_waiting_reader_gets_in_once_the_writer_lets_go(tmp_path, db, make, open_store, monkeypatch):
    open_store(db).write([make("a")])
    holder = Other(tmp_path, HOLDER, "", str(db), "write")
    holder.expect("holding")

    class Clock:
        """The real clock, except that the reader's first pause is when the writer lets go."""

        monotonic = staticmethod(time.monotonic)
        pauses = 0

        @classmethod
        def sleep(cls, seconds: float) -> None:
            cls.pauses += 1
            if cls.pauses == 1:
                holder.send()
                holder.expect("released")

    monkeypatch.setattr(database, "time", Clock)
    assert open_store(db, wait=600).counts()["articles"] == 1
    assert Clock.pauses >= 1
    holder.finish()


def _assert_whole(db: Path) -> set[str]:
    """Every stored article has all its rows, and no row belongs to an article that is not stored."""
    with duckdb.connect(str(db), read_only=True) as con:
        ids = {i for (i,) in con.execute("SELECT id FROM articles").fetchall()}
        for table, n in PER_ARTICLE.items():
            per_article = dict(con.execute(f"SELECT article, count(*) FROM {table} GROUP BY article").fetchall())
            assert set(per_article) == ids, table
            assert set(per_article.values()) <= {n}, table
    return ids


def test_a_writer_killed_before_commit_leaves_the_database_as_it_was(tmp_path, db, conftest_path, open_store, make):
    writer = Other(tmp_path, KILLED_BEFORE_COMMIT, str(conftest_path), str(db))
    writer.expect("inserted, not committed")
    writer.kill()
    store = open_store(db)
    assert store.counts()["articles"] == 5  # a reader first, before any writer has replayed the log
    assert _assert_whole(db) == {f"kept{i}" for i in range(5)}
    assert store.known().status(make("kept0").article) == "unchanged"
    store.write([make("after")])
    assert len(_assert_whole(db)) == 6


def test_a_writer_killed_at_any_moment_leaves_every_article_whole_or_absent(tmp_path, db, conftest_path, open_store):
    writer = Other(tmp_path, WRITING_IN_A_LOOP, str(conftest_path), str(db))
    writer.skip_to("wrote 2")
    writer.kill()
    assert open_store(db).counts()["articles"] % 20 == 0
    ids = _assert_whole(db)
    assert len(ids) >= 60 and len(ids) % 20 == 0


def test_a_connection_held_in_this_process_makes_a_reader_wait_too(db, make, open_store):
    open_store(db).write([make("a")])
    held = duckdb.connect(str(db))
    try:
        with pytest.raises(StoreBusy, match="being written by this process"):
            open_store(db, wait=0.01).counts()
    finally:
        held.close()
    assert open_store(db, wait=0.01).counts()["articles"] == 1
