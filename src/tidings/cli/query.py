"""``tidings events``, ``quotes``, ``talks``, ``actors`` and ``actor``: read what is stored."""

from __future__ import annotations

from typing import Annotated

import typer

from ..api import open_db
from . import ConfigOption, DbOption, JsonOption, SetOption, app, fail, guard, out, settings
from .display import ACTOR_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, QUOTE_COLUMNS, TALKS_COLUMNS, json_lines, table


def show(rows: list[dict], as_json: bool, title: str, columns: tuple[tuple[str, str], ...], empty: str) -> None:
    """JSON Lines, or a table."""
    if as_json:
        json_lines(out, rows)
    else:
        table(out, title, rows, columns, empty)


@app.command("events")
def events_command(
    actor: Annotated[str | None, typer.Option(help="An actor code or its start: RUS matches RUSGOV, RUSMIL.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="A PLOVER type: ASSAULT, CONSULT ...")] = None,
    since: Annotated[str | None, typer.Option(help="Events dated on or after YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option(help="Events dated on or before YYYY[-MM[-DD]].")] = None,
    article: Annotated[str | None, typer.Option(help="One article id.")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
    config_file: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """Stored events, filtered."""
    with guard():
        rows = open_db(db, settings(config_file, overrides)).events_records(
            actor=actor, type=type.upper() if type else None, since=since, until=until, article=article)
    show(rows, as_json, f"{len(rows)} events", EVENT_COLUMNS, "no events match")


@app.command("quotes")
def quotes_command(
    speaker: Annotated[str | None, typer.Option(help="A code prefix (RUS) or words of the speaker's name.")] = None,
    article: Annotated[str | None, typer.Option(help="One article id.")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
    config_file: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """Stored quotes with their speakers."""
    with guard():
        rows = open_db(db, settings(config_file, overrides)).quotes_records(speaker=speaker, article=article)
    show(rows, as_json, f"{len(rows)} quotes", QUOTE_COLUMNS, "no quotes match")


@app.command("talks")
def talks_command(
    actor: Annotated[str | None, typer.Option(help="An actor code prefix, in any role.")] = None,
    name: Annotated[str | None, typer.Option(help="Words of the name: astana.")] = None,
    article: Annotated[str | None, typer.Option(help="One article id.")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
    config_file: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """Stored negotiations, meetings and congresses, with brokers, participants, invitees and refusals."""
    with guard():
        rows = open_db(db, settings(config_file, overrides)).talks_records(actor=actor, name=name, article=article)
    show(rows, as_json, f"{len(rows)} talks", TALKS_COLUMNS, "no talks match")


@app.command("actors")
def actors_command(
    limit: Annotated[int, typer.Option(help="Actors to list.")] = 50,
    as_json: JsonOption = False,
    db: DbOption = None,
    config_file: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """Canonical actors: codes, mention counts and the words that named them."""
    with guard():
        rows = open_db(db, settings(config_file, overrides)).actors_records()
    for row in rows:
        row["aliases"] = row.get("texts")
    title = f"{len(rows)} actors" + (f" (first {limit})" if len(rows) > limit else "")
    show(rows[:limit], as_json, title, ACTOR_COLUMNS, "no actors")


@app.command("actor")
def actor_command(
    name: Annotated[str, typer.Argument(help="A name (Lavrov) or a code (RUSGOV).")],
    as_json: JsonOption = False,
    db: DbOption = None,
    config_file: ConfigOption = None,
    overrides: SetOption = None,
) -> None:
    """Every mention of one actor, with how it was resolved."""
    with guard():
        rows = open_db(db, settings(config_file, overrides)).actor_mentions_records(name)
    if not rows:
        raise fail(f"no actor mention matches {name!r}; `tidings actors` lists them")
    show(rows, as_json, f"{len(rows)} mentions of {name}", MENTION_COLUMNS, "no mentions")
