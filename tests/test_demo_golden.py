"""Golden files: what tidings extracts from its own demo corpus, line by line, so every change shows in review.

Rewrite them on purpose with ``pytest tests/test_demo_golden.py --update-golden`` and read the diff."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import tidings
from tidings.config import load_config

GOLDEN = Path(__file__).parent / "golden"


def _lines(db: Path) -> dict[str, list[str]]:
    store = tidings.open_db(db, load_config())
    events = sorted(
        json.dumps({k: e[k] for k in ("article", "type", "mode", "source_code", "target_code", "status", "date",
                                      "place_name", "trigger")}, sort_keys=True)
        for e in store.events_records())
    quotes = sorted(json.dumps({k: q[k] for k in ("article", "speaker", "speaker_code", "text")}, sort_keys=True)
                    for q in store.quotes_records())
    talks = sorted(json.dumps({k: t[k] for k in ("article", "name", "status", "date", "brokers", "participants",
                                                 "invited", "declined")}, sort_keys=True)
                   for t in store.talks_records())
    return {"demo-events.jsonl": events, "demo-quotes.jsonl": quotes, "demo-talks.jsonl": talks}


def test_demo_corpus_output_matches_the_golden_files(tmp_path, update_golden):
    corpus = resources.files("tidings").joinpath("demo/articles.jsonl")
    with resources.as_file(corpus) as path:
        report = tidings.ingest([str(path)], tmp_path / "demo.duckdb", load_config())
    assert report.ingested == 12 and not report.rejected
    for name, lines in _lines(tmp_path / "demo.duckdb").items():
        golden = GOLDEN / name
        if update_golden:
            golden.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        expected = golden.read_text(encoding="utf-8").splitlines()
        assert lines == expected, f"{name} changed; if that is intended, run pytest --update-golden and review the diff"
