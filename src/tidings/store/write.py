"""Writing analyses: records flattened into one column table per database table, written in one transaction.

Rows are gathered into plain column lists, handed to DuckDB as pandas frames and inserted with one
``INSERT ... SELECT`` per table; row-at-a-time inserts are two orders of magnitude slower.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

import duckdb
import pandas as pd

from ..errors import StoreError
from ..records import ActorMention, Analysis, PlaceMention, Rejection

# Tables that hold rows of one article, keyed by its id in column "article"; articles itself is keyed by "id".
ARTICLE_TABLES = ("sentences", "actor_mentions", "place_mentions", "time_mentions", "events", "quotes", "talks")

_PARTICIPANTS = """
SELECT e.*, coalesce(p.participants, []) AS participants
FROM _w_events AS e
LEFT JOIN (
    SELECT event, list({'code': code, 'name': name, 'text': text, 'start': start, 'end': "end", 'reason': reason}
                       ORDER BY idx) AS participants
    FROM _w_participants GROUP BY event
) AS p ON p.event = e.id
"""


def write_batch(con: duckdb.DuckDBPyConnection, analyses: Sequence[Analysis], rejections: Sequence[Rejection],
                now: datetime) -> None:
    """Replace the articles of ``analyses`` and record ``rejections``, all in one transaction."""
    latest = {a.article.id: a for a in analyses}  # an article given twice: the later analysis wins
    rejected = {r.origin: r for r in rejections}  # the latest word per origin
    origins = sorted({a.article.origin for a in latest.values() if a.article.origin})
    tables = frames(latest.values(), now)
    tables["ids"] = pd.DataFrame({"id": list(latest)}, dtype=object)
    tables["origins"] = pd.DataFrame({"origin": origins + list(rejected)}, dtype=object)
    tables["rejections"] = pd.DataFrame({
        "origin": [r.origin for r in rejected.values()],
        "article": [r.article for r in rejected.values()],
        "reason": [r.reason for r in rejected.values()],
        "at": [now] * len(rejected),
    }, dtype=object)
    registered = [name for name, frame in tables.items() if len(frame.columns)]  # DuckDB refuses column-less frames
    for name in registered:
        con.register(f"_w_{name}", tables[name])
    try:
        con.execute("BEGIN TRANSACTION")
        _delete(con)
        _insert(con, tables)
        con.execute("COMMIT")
    except duckdb.Error as e:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # the failure already ended the transaction
        raise StoreError(f"cannot write {len(latest)} articles ({_first(latest)}...): {e}") from e
    finally:
        for name in registered:
            con.unregister(f"_w_{name}")


def _delete(con: duckdb.DuckDBPyConnection) -> None:
    """Remove every row of the articles about to be written, and the rejections they settle."""
    # rows of an article exist only beside its articles row (they are written together), so a batch of new
    # articles, the usual case, skips scanning the large tables
    if con.execute("SELECT count(*) FROM articles WHERE id IN (SELECT id FROM _w_ids)").fetchone() != (0,):
        con.execute("DELETE FROM articles WHERE id IN (SELECT id FROM _w_ids)")
        for table in ARTICLE_TABLES:
            con.execute(f"DELETE FROM {table} WHERE article IN (SELECT id FROM _w_ids)")
    con.execute("DELETE FROM rejections WHERE article IN (SELECT id FROM _w_ids) "
                "OR origin IN (SELECT origin FROM _w_origins)")


def _insert(con: duckdb.DuckDBPyConnection, tables: dict[str, pd.DataFrame]) -> None:
    """Insert each non-empty frame into its table, matching columns by name."""
    for table in ("articles", *ARTICLE_TABLES):
        if len(tables[table]):
            source = _PARTICIPANTS if table == "events" else f"SELECT * FROM _w_{table}"
            con.execute(f"INSERT INTO {table} BY NAME {source}")
    if len(tables["rejections"]):
        con.execute("INSERT INTO rejections BY NAME SELECT * FROM _w_rejections")


COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "digest", "title", "published", "outlet", "url", "origin", "text", "words", "ingested_at"),
    "sentences": ("article", "idx", "start", "end", "text"),
    "actor_mentions": ("article", "sentence", "start", "end", "text", "code", "name", "reason", "detail", "kind"),
    "place_mentions": ("article", "sentence", "start", "end", "text", "name", "country", "lat", "lon", "feature",
                       "geonameid", "reason"),
    "time_mentions": ("article", "sentence", "start", "end", "text", "value", "end_value", "reason", "future"),
    "events": ("id", "article", "sentence", "type", "mode", "cameo", "quad", "goldstein",
               "source_code", "source_name", "source_text", "source_start", "source_end", "source_reason",
               "target_code", "target_name", "target_text", "target_start", "target_end", "target_reason",
               "date", "date_start", "date_reason", "place_name", "place_country", "place_lat", "place_lon",
               "place_reason", "status", "status_reason", "evidence", "start", "end", "trigger", "trigger_start",
               "trigger_end", "rule", "score"),  # participants are joined in from their own frame
    "participants": ("event", "idx", "code", "name", "text", "start", "end", "reason"),
    "quotes": ("article", "sentence", "start", "end", "text", "speaker", "speaker_code", "speaker_start",
               "speaker_end", "reason"),
    "talks": ("id", "article", "name", "kind", "status", "place_name", "place_country", "place_lat", "place_lon",
              "date", "end_date", "brokers", "participants", "invited", "declined", "outcome", "evidence", "start",
              "end", "sentences"),
}


def frames(analyses: Iterable[Analysis], now: datetime) -> dict[str, pd.DataFrame]:
    """One column table per database table (and one for event participants) holding every record.

    Rows are plain tuples in the order of :data:`COLUMNS`: building them is most of the Python time of a write.
    """
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in COLUMNS}
    for an in analyses:
        art = an.article
        aid = art.id
        rows["articles"].append((aid, art.digest, art.title, art.published, art.outlet, art.url, art.origin,
                                 art.text, art.words, now))
        rows["sentences"] += [(aid, s.index, s.start, s.end, s.text) for s in an.sentences or ()]
        rows["actor_mentions"] += [(aid, m.sentence, m.start, m.end, m.text, m.code, m.name, m.reason, m.detail,
                                    m.kind) for m in an.actors or ()]
        rows["place_mentions"] += [(aid, p.sentence, p.start, p.end, p.text, p.name, p.country, p.lat, p.lon,
                                    p.feature, p.geonameid, p.reason) for p in an.places or ()]
        rows["time_mentions"] += [(aid, t.sentence, t.start, t.end, t.text, t.value, t.end_value, t.reason,
                                   t.future) for t in an.times or ()]
        for e in an.events or ():
            rows["events"].append((e.id, aid, e.sentence, e.type, e.mode, e.cameo, e.quad, e.goldstein,
                                   *_actor(e.source), *_actor(e.target), e.date, date_start(e.date), e.date_reason,
                                   *_place(e.place), e.place_reason, e.status, e.status_reason, e.evidence, e.start,
                                   e.end, e.trigger, e.trigger_start, e.trigger_end, e.rule, e.score))
            rows["participants"] += [(e.id, i, m.code, m.name, m.text, m.start, m.end, m.reason)
                                     for i, m in enumerate(e.participants)]
        rows["quotes"] += [(aid, q.sentence, q.start, q.end, q.text, q.speaker, q.speaker_code, q.speaker_start,
                            q.speaker_end, q.reason) for q in an.quotes or ()]
        rows["talks"] += [(k.id, aid, k.name, k.kind, k.status, *_place(k.place), k.date, k.end_date,
                           list(k.brokers), list(k.participants), list(k.invited), list(k.declined), k.outcome,
                           k.evidence, k.start, k.end, list(k.sentences)) for k in an.talks or ()]
    # object columns keep Python values as they are (None stays NULL, ints stay ints); DuckDB casts on insert
    return {name: pd.DataFrame(dict(zip(COLUMNS[name], _transpose(rows[name], len(COLUMNS[name])), strict=True)),
                               dtype=object) for name in COLUMNS}


def _transpose(rows: list[tuple[Any, ...]], width: int) -> list[list[Any]]:
    """Rows to columns (empty columns when there are no rows)."""
    return [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]


def _actor(m: ActorMention | None) -> tuple[Any, ...]:
    """The six columns that describe the source or the target of an event."""
    if m is None:
        return (None,) * 6
    return (m.code, m.name, m.text, m.start, m.end, m.reason)


def _place(p: PlaceMention | None) -> tuple[Any, ...]:
    """The four place columns of an event or a talks row."""
    if p is None:
        return (None,) * 4
    return (p.name, p.country, p.lat, p.lon)


def date_start(value: str | None) -> date | None:
    """The first day of a date of varying precision: ``2017`` → 2017-01-01, ``2017-03`` → 2017-03-01."""
    if not value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


def _first(ids: dict[str, Analysis]) -> str:
    """The first article id, to name a failed batch."""
    return next(iter(ids), "")
