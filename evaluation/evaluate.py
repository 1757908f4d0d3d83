"""The quality gate: score tidings on the gold sets in ../shared and fail when a score drops below its floor.

    python evaluation/evaluate.py                 # every set; exit 1 when a score is under its floor
    python evaluation/evaluate.py seeds plover    # some sets
    python evaluation/evaluate.py --raise-floors  # record the new scores as floors where they went up

Sets (scored by ../shared/eval/score.py and datasets.py, which this script runs; nothing is copied):
  seeds    the five seed articles against seeds.gold.jsonl: events (type/root/strict F1), attributes, quotes, talks
  plover   PLOVER gold-standard sentences: events type / root F1
  zsp      Zero-Shot-PLOVER PLV_train sentences: type accuracy given marked actors
  gwn      GeoWebNews toponyms: recall found, accuracy at 161 km
  geovirus GeoVirus toponyms: the same

Floors live in evaluation/floors.json. They only rise: --raise-floors never lowers one.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
EVAL, DATA = SHARED / "eval", SHARED / "data"
FLOORS = HERE / "floors.json"

SETS = {
    "seeds": ("seeds", None),
    "plover": ("plover", DATA / "plover-gsr-cameo" / "PLOVER_GSR_CAMEO.txt"),
    "zsp": ("zsp", DATA / "zsp-plv-plover" / "PLV_train.tsv"),
    "gwn": ("geo", DATA / "geoparsing-gritta" / "GWN.xml"),
    "geovirus": ("geo", DATA / "geoparsing-gritta" / "GeoVirus.xml"),
}


def _run(*args: str, stdout: object = subprocess.PIPE) -> str:
    proc = subprocess.run(args, stdout=stdout, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{proc.stderr[-2000:]}")
    return proc.stdout if isinstance(proc.stdout, str) else ""


def _tidings(corpus: Path, tmp: Path) -> Path:
    db, export = tmp / "eval.duckdb", tmp / "export.jsonl"
    _run(sys.executable, "-m", "tidings", "ingest", str(corpus), "--db", str(db), "--workers", "2")
    _run(sys.executable, "-m", "tidings", "export", "--db", str(db), "--format", "jsonl", "-o", str(export))
    return export


def score(name: str) -> dict[str, float]:
    kind, gold = SETS[name]
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        if kind == "seeds":
            export = _tidings(SHARED / "seeds" / "seeds.jsonl", tmp)
            out = json.loads(_run(sys.executable, str(EVAL / "score.py"), str(EVAL / "seeds.gold.jsonl"), str(export),
                                  "--json"))
            flat = {f"{k}_f1": v["f1"] for k, v in out.items() if k.startswith("events_") or k == "quotes"}
            flat |= {f"{k}_accuracy": v["accuracy"] for k, v in out["attributes"].items() if v["accuracy"] is not None}
            flat["talks_party_f1"] = out["talks_party_f1"]["mean"]
            return flat
        corpus = tmp / "corpus.jsonl"
        with corpus.open("w") as f:
            _run(sys.executable, str(EVAL / "datasets.py"), "corpus", kind, str(gold), stdout=f)
        export = _tidings(corpus, tmp)
        out = json.loads(_run(sys.executable, str(EVAL / "datasets.py"), "score", kind, str(gold), str(export),
                              "--json"))
        if kind == "plover":
            return {f"{k}_f1": v["f1"] for k, v in out.items()}
        return {k: v for k, v in out.items() if isinstance(v, float)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", help=f"some of {', '.join(SETS)} (default: all)")
    ap.add_argument("--raise-floors", action="store_true", help="record scores above their floors as new floors")
    a = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"the gold sets are not here: {SHARED} (they are kept outside the repository)")
    unknown = [s for s in a.sets if s not in SETS]
    if unknown:
        sys.exit(f"unknown set {unknown[0]!r}; choose from {', '.join(SETS)}")
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    failed = []
    for name in a.sets or list(SETS):
        scores = score(name)
        print(f"\n{name}")
        for key, value in scores.items():
            floor = floors.get(name, {}).get(key)
            mark = "" if floor is None else (" ok" if value >= floor - 1e-9 else " BELOW FLOOR")
            print(f"  {key:<24} {value:6.3f}" + (f"   floor {floor:.3f}{mark}" if floor is not None else ""))
            if floor is not None and value < floor - 1e-9:
                failed.append(f"{name}.{key} {value:.3f} < {floor:.3f}")
            if a.raise_floors and (floor is None or value > floor):
                floors.setdefault(name, {})[key] = round(value, 4)
    if a.raise_floors:
        FLOORS.write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n")
        print(f"\nfloors written to {FLOORS}")
    if failed:
        sys.exit("\nbelow floor: " + "; ".join(failed))


if __name__ == "__main__":
    main()
