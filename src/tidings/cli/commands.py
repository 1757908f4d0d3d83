"""``tidings ingest``, ``export``, ``explain`` and ``demo``."""

from __future__ import annotations

import tempfile
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..api import IngestReport, ingest, open_db
from ..store import FORMATS, export
from . import ConfigOption, DbOption, SetOption, app, err, fail, guard, out, settings
from .display import EVENT_COLUMNS, TALKS_COLUMNS, by_date, marked, table, timeline


@app.command("ingest")
def ingest_command(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, JSONL corpora, HTML files, URLs, or - .")],
    db: DbOption = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) for inputs with none.")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes (default: nlp.workers).")] = None,
    actors: Annotated[Path | None, typer.Option(help="Your actor dictionary: YAML, CSV or PETRARCH .actors.")] = None,
    engine: Annotated[str | None, typer.Option(help="local or ray (default: engine.name).")] = None,
    config_file: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """Read articles, find their events, actors, places, dates, quotes and talks, and store them."""
    if published is not None:
        try:
            date.fromisoformat(published)
        except ValueError:
            raise fail(f"--published {published!r}: not a valid YYYY-MM-DD date") from None
    with guard():
        config = settings(
            config_file,
            overrides,
            ingest={"published": published},
            nlp={"workers": workers},
            actors={"user_file": str(actors) if actors else None},
            engine={"name": engine},
        )
        try:
            report = _run_ingest(sources, db, config)
        except KeyboardInterrupt:
            err.print("interrupted: every batch written so far is kept; run the same command again to finish")
            raise typer.Exit(130) from None
    _summary(report)
    if not report.ok:
        raise typer.Exit(1)


def _run_ingest(sources: list[str], db: Path | None, config: object) -> IngestReport:
    if not err.is_terminal:
        return ingest(sources, db, config)  # type: ignore[arg-type]
    columns = (
        SpinnerColumn(),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]} words/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=None, rate="-")
        started = bar.get_time()

        def progress(articles: int, words: int) -> None:
            elapsed = max(bar.get_time() - started, 1e-6)
            bar.update(task, completed=articles, rate=f"{words / elapsed:,.0f}")

        return ingest(sources, db, config, progress=progress)  # type: ignore[arg-type]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _summary(r: IngestReport) -> None:
    rate = f", {r.words / r.seconds:,.0f} words/s" if r.seconds and r.words else ""
    replaced = f" ({r.replaced} replaced)" if r.replaced else ""
    out.print(
        f"ingested {_count(r.ingested, 'article')}{replaced}, {r.unchanged} unchanged, {len(r.rejected)} rejected; "
        f"{_count(r.events, 'event')}, {_count(r.quotes, 'quote')}, {r.talks} talks in {r.seconds:.1f} s{rate}",
        highlight=False,
        soft_wrap=True,
    )
    for rejection in r.rejected:
        err.print(f"  rejected {rejection}", highlight=False, soft_wrap=True)


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of {', '.join(FORMATS)}.")] = "jsonl",
    output: Annotated[str, typer.Option("-o", "--output", help="File to write, or - for standard output.")] = "-",
    db: DbOption = None,
    config_file: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """Write everything stored: jsonl (the scorer's format: events, quotes, talks, places, actors), csv or parquet
    (events)."""
    if fmt not in FORMATS:
        raise fail(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}")
    with guard():
        store = open_db(db, settings(config_file, overrides))
        if output == "-":
            import sys

            if fmt != "jsonl":
                raise fail(f"--format {fmt} writes a binary or tabular file: give -o FILE")
            export(store, fmt, sys.stdout)  # type: ignore[arg-type]
            return
        n = export(store, fmt, output)  # type: ignore[arg-type]
    err.print(f"wrote {n} lines to {output}" if fmt == "jsonl" else f"wrote {n} events to {output}", highlight=False)


@app.command("explain")
def explain_command(
    event_id: Annotated[str, typer.Argument(help="An event id, as `tidings events` shows it.")],
    db: DbOption = None,
    config_file: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """Why an event was coded as it was: the sentence with its trigger and actors marked, and every decision."""
    with guard():
        found = open_db(db, settings(config_file, overrides)).event(event_id)
    if found is None:
        raise fail(f"no event {event_id!r}; `tidings events` lists the ids")
    e, sentence, article = found["event"], found["sentence"] or {}, found["article"]
    spans = [
        (e.get("source_start"), e.get("source_end"), "bold cyan"),
        (e.get("target_start"), e.get("target_end"), "bold magenta"),
        (e.get("trigger_start"), e.get("trigger_end"), "bold yellow underline"),
    ]
    out.print(
        f"[bold]{e['type']}[/bold]"
        + (f" ({e['mode']})" if e.get("mode") else "")
        + f"  CAMEO {e.get('cameo') or '-'}  event {e['id']}",
        highlight=False,
    )
    out.print(
        f"article {article.get('id')}" + (f", published {article['published']}" if article.get("published") else ""),
        highlight=False,
    )
    out.print(marked(sentence.get("text", e["evidence"]), sentence.get("start", e["start"]), spans))
    out.print(f"  trigger  '{e['trigger']}': {e['rule']}", highlight=False)
    for role in ("source", "target"):
        if e.get(f"{role}_code") or e.get(f"{role}_text"):
            out.print(
                f"  {role:<8} {e.get(f'{role}_code') or '-'} '{e.get(f'{role}_text')}' = "
                f"{e.get(f'{role}_name') or '?'} ({e.get(f'{role}_reason')})",
                highlight=False,
            )
            detail = next((a.get("detail") for a in found["actors"] if a.get("start") == e.get(f"{role}_start")), None)
            if detail:
                out.print(f"           {detail}", highlight=False)
    if e.get("participants"):
        out.print("  parties  " + ", ".join(str(p.get("code")) for p in e["participants"]), highlight=False)
    out.print(f"  status   {e['status']}: {e.get('status_reason') or 'default'}", highlight=False)
    out.print(
        f"  date     {e.get('date') or '-'}: {e.get('date_reason') or 'no date in the sentence'}", highlight=False
    )
    out.print(
        f"  place    {e.get('place_name') or '-'}"
        + (f" ({e['place_country']}, {e['place_lat']}, {e['place_lon']})" if e.get("place_country") else "")
        + f": {e.get('place_reason') or 'no place attached to the event'}",
        highlight=False,
    )


@app.command("demo")
def demo_command(
    limit: Annotated[int, typer.Option(help="Events to list.")] = 25,
) -> None:
    """Ingest the bundled demo corpus (12 reports on the Astana talks of January 2017) into a temporary database,
    then show its events, talks and a timeline."""
    corpus = resources.files("tidings").joinpath("demo/articles.jsonl")
    with tempfile.TemporaryDirectory() as tmp, resources.as_file(corpus) as path, guard():
        db = Path(tmp) / "demo.duckdb"
        config = settings(None, None)
        report = _run_ingest([str(path)], db, config)
        _summary(report)
        store = open_db(db, config)
        events = by_date(store.events_records())
        out.print()
        table(
            out,
            f"Events (the first {min(limit, len(events))} of {len(events)}, by date)",
            events[:limit],
            EVENT_COLUMNS,
            "no events",
        )
        out.print()
        table(out, "Talks", store.talks_records(), TALKS_COLUMNS, "no talks")
        out.print()
        timeline(out, events)
