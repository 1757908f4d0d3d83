"""The tidings command: a thin shell whose every command works end to end on our own fixture articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app

ARTICLES = Path(__file__).parent.parent / "fixtures" / "articles"
runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "t.duckdb"
    result = run("ingest", str(ARTICLES), "--db", str(path), "--published", "2017-03-05")
    assert result.exit_code == 0, result.output
    assert "ingested 3 articles" in result.output
    return path


def test_ingest_again_reports_everything_unchanged(db):
    result = run("ingest", str(ARTICLES), "--db", str(db), "--published", "2017-03-05")
    assert result.exit_code == 0 and "ingested 0 articles, 3 unchanged, 0 rejected" in result.output


def test_ingest_exits_non_zero_only_when_nothing_could_be_ingested(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "x.duckdb"))
    assert result.exit_code == 1 and "empty.txt: empty file" in result.output
    db = str(tmp_path / "x.duckdb")
    result = run("ingest", str(tmp_path / "empty.txt"), str(ARTICLES / "03-aid.txt"), "--db", db)
    assert result.exit_code == 0 and "ingested 1 article," in result.output and "empty file" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--published", "2017-02-30"], "--published '2017-02-30': not a valid YYYY-MM-DD date"),
        (["--set", "nlp.workerz=2"], "unknown key nlp.workerz"),
        (["--engine", "spark"], "engine.name must be local or ray"),
    ],
    ids=["impossible-date", "unknown-setting", "unknown-engine"],
)
def test_ingest_refuses_bad_options_in_one_line(tmp_path, args, message):
    result = run("ingest", str(ARTICLES), "--db", str(tmp_path / "x.duckdb"), *args)
    assert result.exit_code == 2 and message in result.output


def test_events_lists_and_filters(db):
    rows = [json.loads(line) for line in run("events", "--db", str(db), "--json").output.splitlines()]
    assert rows and all({"id", "type", "source_code", "target_code", "evidence"} <= set(r) for r in rows)
    assault = run("events", "--db", str(db), "--type", "assault", "--json").output.splitlines()
    assert assault and all(json.loads(line)["type"] == "ASSAULT" for line in assault)
    output = run("events", "--db", str(db), "--actor", "SYR", "--json").output
    syria = [json.loads(line) for line in output.splitlines()]
    assert syria and all("SYR" in (r["source_code"] or "") + (r["target_code"] or "") + json.dumps(r["participants"])
                         for r in syria)
    table = run("events", "--db", str(db))
    assert table.exit_code == 0 and "events" in table.output


def test_quotes_talks_and_actors_show_what_is_stored(db):
    assert "We want these talks to succeed" in run("quotes", "--db", str(db)).output
    talks = [json.loads(line) for line in run("talks", "--db", str(db), "--json").output.splitlines()]
    assert any("Geneva" in (t["name"] or "") for t in talks)
    actors = run("actors", "--db", str(db)).output
    assert "SYRGOV" in actors or "SYRMIL" in actors
    mentions = run("actor", "Damascus", "--db", str(db))
    assert mentions.exit_code == 0 and "alias" in mentions.output
    assert run("actor", "Nobody Atall", "--db", str(db)).exit_code == 2


def test_export_jsonl_carries_the_five_kinds(db, tmp_path):
    out = tmp_path / "x.jsonl"
    result = run("export", "--db", str(db), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert {line["kind"] for line in lines} == {"event", "quote", "talks", "place", "actor"}
    event = next(line for line in lines if line["kind"] == "event")
    assert {"article", "type", "mode", "cameo", "source", "target", "date", "place", "status", "evidence"} <= set(event)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_export_tables(db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    assert run("export", "--db", str(db), "--format", fmt, "-o", str(out)).exit_code == 0
    assert out.stat().st_size > 0


def test_explain_shows_every_decision(db):
    event = json.loads(run("events", "--db", str(db), "--type", "ACCUSE", "--json").output.splitlines()[0])
    result = run("explain", event["id"], "--db", str(db))
    assert result.exit_code == 0
    for word in ("trigger", "source", "status", "date", "place", event["type"]):
        assert word in result.output
    assert run("explain", "no-such-id", "--db", str(db)).exit_code == 2


def test_reading_a_missing_database_is_one_line(tmp_path):
    result = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2 and "no such database" in result.output
