"""How the shells show records: Rich tables, JSON Lines, a timeline, a marked-up sentence."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if hasattr(value, "tolist"):
        return ", ".join(str(v) for v in value.tolist())
    return str(value)


def json_lines(console: Console, rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        console.print_json(json.dumps(row, default=_jsonable), indent=None, highlight=False)


def _jsonable(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):
        return value.tolist()
    return str(value)


def snippet(event: dict[str, Any], width: int = 60) -> str:
    """The words around the trigger: enough to read the event without the whole sentence."""
    text, start = event.get("evidence") or "", event.get("start") or 0
    at = max(0, (event.get("trigger_start") or start) - start)
    left = max(0, at - width // 2)
    right = min(len(text), left + width)
    left = max(0, right - width)
    cut = text[left:right]
    if left > 0:
        cut = "…" + cut[cut.find(" ") + 1:]
    if right < len(text):
        cut = cut[:cut.rfind(" ")] + "…"
    return " ".join(cut.split())


def by_date(events: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dated events first, oldest first; then the rest in article order."""
    return sorted(events, key=lambda e: (e.get("date") is None, str(e.get("date") or ""), e.get("article") or "",
                                         e.get("start") or 0))


def table(console: Console, title: str, rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]],
          empty: str) -> None:
    """A table of ``rows`` showing ``columns`` (key, heading)."""
    if columns is EVENT_COLUMNS:
        rows = [{**row, "snippet": snippet(row)} for row in rows]
    if not rows:
        console.print(f"[dim]{empty}[/dim]")
        return
    t = Table(title=title, title_justify="left", expand=False, show_lines=False)
    for key, heading in columns:
        t.add_column(heading, overflow="fold", max_width=60 if key in ("evidence", "aliases") else None,
                     no_wrap=key in ("id", "date", "type"), ratio=3 if key == "snippet" else None)
    for row in rows:
        t.add_row(*(_cell(row.get(key)) for key, _ in columns))
    console.print(t)


EVENT_COLUMNS = (("date", "date"), ("type", "type"), ("source_code", "source"), ("target_code", "target"),
                 ("status", "status"), ("place_name", "place"), ("snippet", "evidence"), ("id", "id"))
QUOTE_COLUMNS = (("speaker", "speaker"), ("speaker_code", "code"), ("text", "quote"), ("article", "article"))
TALKS_COLUMNS = (("name", "talks"), ("date", "date"), ("place_name", "place"), ("status", "status"),
                 ("brokers", "brokers"), ("participants", "participants"), ("invited", "invited"),
                 ("declined", "declined"), ("article", "article"))
ACTOR_COLUMNS = (("code", "code"), ("name", "actor"), ("mentions", "mentions"), ("aliases", "seen as"))
MENTION_COLUMNS = (("article", "article"), ("text", "words"), ("code", "code"), ("name", "actor"), ("reason", "reason"),
                   ("detail", "why"))


def timeline(console: Console, events: Sequence[dict[str, Any]], limit: int = 20) -> None:
    """Dated events in order, one line each: date, who did what to whom."""
    dated = sorted((e for e in events if e.get("date")), key=lambda e: (str(e["date"]), e.get("type") or ""))
    if not dated:
        console.print("[dim]no dated events[/dim]")
        return
    console.print("[bold]Timeline[/bold]")
    for e in dated[:limit]:
        who = e.get("source_name") or e.get("source_code") or "?"
        whom = e.get("target_name") or e.get("target_code") or ""
        status = "" if e.get("status") in (None, "occurred") else f" [dim]({e['status']})[/dim]"
        place = f" in {e['place_name']}" if e.get("place_name") else ""
        console.print(f"  {str(e['date']):<10}  {who} [bold]{e['type']}[/bold] {whom}{place}{status}", highlight=False)
    if len(dated) > limit:
        console.print(f"  [dim]… {len(dated) - limit} more dated events[/dim]")


def marked(sentence: str, offset: int, spans: Sequence[tuple[int, int, str]]) -> Text:
    """The sentence with spans (article offsets) styled: the trigger, the source, the target."""
    text = Text(sentence)
    for start, end, style in spans:
        if start is None or end is None:
            continue
        s, e = start - offset, end - offset
        if 0 <= s < e <= len(sentence):
            text.stylize(style, s, e)
    return text
