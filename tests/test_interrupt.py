"""An ingest killed midway (kill -9 or Ctrl-C) leaves a consistent database, and running it again finishes the job
with no duplicates."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import tidings
from tidings.config import load_config

COUNTRIES = ["Turkey", "Russia", "Iran", "Jordan", "Egypt", "France", "Germany", "Qatar"]
TABLES = ["sentences", "actor_mentions", "place_mentions", "time_mentions", "events", "quotes", "talks"]


def corpus(path: Path, n: int = 80) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            a, b = COUNTRIES[i % len(COUNTRIES)], COUNTRIES[(i + 3) % len(COUNTRIES)]
            text = (f"Report {i}: {a} condemned {b} on Monday after talks in Geneva broke down. "
                    f"Officials in {b} said they would respond. {a} later called for a ceasefire in Aleppo.")
            f.write(json.dumps({"id": f"r{i:03d}", "published": "2017-01-12", "text": text}) + "\n")
    return path


def stored(db: Path) -> int | None:
    """How many articles are committed, or None while the writer holds the file."""
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return None
    try:
        return con.execute("select count(*) from articles").fetchone()[0]
    except duckdb.Error:
        return None
    finally:
        con.close()


def check_consistent(db: Path) -> int:
    """Every row belongs to a stored article; every stored article has its sentences. Returns the article count."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        ids = {r[0] for r in con.execute("select id from articles").fetchall()}
        for table in TABLES:
            orphans = con.execute(f"select count(*) from {table} where article not in (select id from articles)")
            assert orphans.fetchone()[0] == 0, f"orphan rows in {table}"
        with_sentences = {r[0] for r in con.execute("select distinct article from sentences").fetchall()}
        assert with_sentences == ids
        duplicates = con.execute("select count(*) - count(distinct id) from events").fetchone()[0]
        assert duplicates == 0
        return len(ids)
    finally:
        con.close()


def interrupt(tmp_path: Path, sig: int) -> tuple[Path, Path, int]:
    source = corpus(tmp_path / "corpus.jsonl")
    db = tmp_path / "t.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "ingest", str(source), "--db", str(db),
                             "--set", "store.batch_size=1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not (stored(db) or 0) >= 2:
        time.sleep(0.02)
    if proc.poll() is not None:
        pytest.skip("the ingest finished before it could be interrupted")
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    return source, db, proc.returncode


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_an_interrupted_ingest_leaves_a_consistent_database_and_resumes(tmp_path, sig):
    source, db, code = interrupt(tmp_path, sig)
    assert code in (-signal.SIGKILL, 130) if sig == signal.SIGKILL else code == 130
    partial = check_consistent(db)
    assert 0 < partial < 80
    config = load_config()
    report = tidings.ingest([str(source)], db, config)
    assert report.unchanged == partial and report.ingested == 80 - partial
    assert check_consistent(db) == 80
    fresh = tidings.ingest([str(source)], tmp_path / "fresh.duckdb", config)
    assert tidings.open_db(db, config).counts()["events"] == fresh.events


def test_a_second_process_reads_while_an_ingest_runs(tmp_path):
    source = corpus(tmp_path / "corpus.jsonl")
    db = tmp_path / "t.duckdb"
    writer = subprocess.Popen([sys.executable, "-m", "tidings", "ingest", str(source), "--db", str(db),
                               "--set", "store.batch_size=1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and writer.poll() is None and not (stored(db) or 0) >= 1:
            time.sleep(0.02)
        if writer.poll() is not None:
            pytest.skip("the ingest finished before a reader could be started")
        reader = subprocess.run([sys.executable, "-m", "tidings", "events", "--db", str(db), "--json"],
                                capture_output=True, text=True, timeout=120)
        assert reader.returncode == 0, reader.stderr
        rows = [json.loads(line) for line in reader.stdout.splitlines()]
        assert rows and all(r["article"].startswith("r") for r in rows)
    finally:
        writer.wait(timeout=120)
    assert writer.returncode == 0
