"""The :class:`Store`: one DuckDB file of analyses, written in batches and read while an ingest runs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import duckdb
import pandas as pd

from ..config import Config, default_config
from ..errors import StoreError
from ..records import Analysis, Article, Rejection
from . import read
from .database import Migration, check_version, connect, migrate, schema_version, shipped_migrations, utc_now
from .write import write_batch

Status = Literal["new", "unchanged", "changed"]


class Known:
    """What a store already holds, to tell whether an article is new, unchanged or changed."""

    def __init__(self, digests: Mapping[str, str]) -> None:
        self._digests = dict(digests)

    def status(self, article: Article) -> Status:
        """``unchanged``: this id is stored with this digest; ``changed``: with another digest; ``new``: not stored.

        The same text under two ids is two articles: two outlets running one wire story are two sources of its
        events, which cross-outlet merging later counts as such."""
        stored = self._digests.get(article.id)
        if stored is None:
            return "new"
        return "unchanged" if stored == article.digest else "changed"

    def add(self, article: Article) -> None:
        """Count ``article`` as stored, so that a second copy in the same run reads as unchanged."""
        self._digests[article.id] = article.digest

    def __len__(self) -> int:
        return len(self._digests)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._digests


class Store:
    """A tidings database file.

    Every call opens the file, does its work and closes it again, so that an ingest in one process and
    readers in others take turns: a write holds the file for one batch transaction, a read for one query.
    A call that finds the file held waits up to ``config.store.wait`` seconds, then raises
    :class:`~tidings.errors.StoreBusy`.

    Args:
        path: the database file; ``config.store.path`` when not given. Created, with its folder, on first write.
        config: the configuration; the shipped defaults when not given.
        migrations: the schema migrations to apply; the shipped ones when not given (tests give others).
    """

    def __init__(self, path: str | Path | None = None, config: Config | None = None, *,
                 migrations: Sequence[Migration] | None = None) -> None:
        self.config = config or default_config()
        self.path = Path(path if path is not None else self.config.store.path)
        self.migrations = tuple(migrations) if migrations is not None else shipped_migrations()
        self._migrated = False  # checked (and migrated if need be) by this object already

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- connections -------------------------------------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-write connection for one unit of work, the schema brought up to date on first use."""
        with connect(self.path, read_only=False, wait=self.config.store.wait) as con:
            if not self._migrated:
                migrate(con, self.migrations, self.path)
                self._migrated = True
            yield con

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A read-only connection for one query (or one consistent set of queries)."""
        if not self._migrated:
            self._prepare_to_read()
        with connect(self.path, read_only=True, wait=self.config.store.wait) as con:
            yield con

    def _prepare_to_read(self) -> None:
        """Refuse a newer schema; migrate an older one, which needs the file writable for a moment."""
        with connect(self.path, read_only=True, wait=self.config.store.wait) as con:
            version = schema_version(con)
        check_version(version, self.migrations, self.path)
        if version < len(self.migrations):
            with self.writing():
                pass
        self._migrated = True

    def migrate(self) -> None:
        """Create the database, or bring its schema up to date, now rather than on first use."""
        with self.writing():
            pass

    def version(self) -> int:
        """The schema version of the file (0 when it holds no tidings tables)."""
        with connect(self.path, read_only=True, wait=self.config.store.wait) as con:
            return schema_version(con)

    # -- writing -----------------------------------------------------------------------------------------

    def digests(self) -> dict[str, str]:
        """Article id → content digest, for every stored article (empty when there is no database yet)."""
        if not self.path.exists():
            return {}
        with self.reading() as con:
            return dict(con.execute(read.DIGESTS).fetchall())

    def known(self) -> Known:
        """What the store holds now, to ask of many articles whether each is new, unchanged or changed."""
        return Known(self.digests())

    def status(self, article: Article) -> Status:
        """Whether one article is ``new``, ``unchanged`` or ``changed``; use :meth:`known` for many."""
        return self.known().status(article)

    def write(self, analyses: Sequence[Analysis], rejections: Sequence[Rejection] = ()) -> None:
        """Write one batch in one transaction: each article replaces every row it had, and the rejections
        of its id or origin are dropped; then ``rejections`` are recorded, replacing earlier ones of the
        same origin. A process killed midway leaves the database as it was before the batch."""
        if not analyses and not rejections:
            return
        with self.writing() as con:
            write_batch(con, analyses, rejections, utc_now())

    def write_all(self, items: Iterable[Analysis | Rejection]) -> dict[str, int]:
        """Write a stream of analyses and rejections in batches of ``config.store.batch_size`` articles."""
        size = self.config.store.batch_size
        counts = {"articles": 0, "rejections": 0, "batches": 0}
        analyses: list[Analysis] = []
        rejections: list[Rejection] = []

        def flush() -> None:
            if analyses or rejections:
                self.write(analyses, rejections)
                counts["articles"] += len(analyses)
                counts["rejections"] += len(rejections)
                counts["batches"] += 1
                analyses.clear()
                rejections.clear()

        for item in items:
            if isinstance(item, Rejection):
                rejections.append(item)
            else:
                analyses.append(item)
            if len(analyses) >= size or len(rejections) >= size:
                flush()
        flush()
        return counts

    # -- reading -----------------------------------------------------------------------------------------

    def events(self, actor: str | None = None, type: str | None = None, since: str | date | None = None,
               until: str | date | None = None, article: str | None = None) -> pd.DataFrame:
        """Event mentions, filtered.

        Args:
            actor: an actor code prefix matched against source, target and participants (``RUS`` matches
                ``RUSGOV`` and ``RUSMIL``).
            type: a PLOVER type (``ASSAULT``).
            since: keep events whose date starts on or after this day; a ``YYYY`` or ``YYYY-MM`` bound means
                its first day. Events without a date are left out when since or until is given.
            until: keep events whose date starts on or before this day; ``YYYY`` or ``YYYY-MM`` means its last.
            article: one article id.
        """
        return self._frame(read.events(actor, type, since, until, article))

    def events_records(self, actor: str | None = None, type: str | None = None, since: str | date | None = None,
                       until: str | date | None = None, article: str | None = None) -> list[dict[str, Any]]:
        """As :meth:`events`, as JSON-ready dicts."""
        return self._records(read.events(actor, type, since, until, article))

    def event(self, event_id: str) -> dict[str, Any] | None:
        """Everything that explains one event mention, or None when there is no such id.

        Returns a dict with ``event`` (its row), ``article`` (id, title, published, outlet, url, origin),
        ``sentence`` (idx, start, end, text) and the ``actors``, ``places`` and ``times`` mentioned in that
        sentence, each a list of dicts. Values are JSON-ready.
        """
        with self.reading() as con:
            found = _fetch(con, read.event(event_id))
            if not found:
                return None
            row = found[0]
            art, idx = row["article"], row["sentence"]
            sentence = _fetch(con, read.sentence(art, idx))
            info = _fetch(con, read.article_info(art))
            return {
                "event": row,
                "article": info[0] if info else {"id": art},
                "sentence": sentence[0] if sentence else None,
                "actors": _fetch(con, read.in_sentence("actor_mentions", art, idx)),
                "places": _fetch(con, read.in_sentence("place_mentions", art, idx)),
                "times": _fetch(con, read.in_sentence("time_mentions", art, idx)),
            }

    def quotes(self, speaker: str | None = None, article: str | None = None) -> pd.DataFrame:
        """Quotes; ``speaker`` is a code prefix (``RUS``) or words of the speaker's name (``lavrov``)."""
        return self._frame(read.quotes(speaker, article))

    def quotes_records(self, speaker: str | None = None, article: str | None = None) -> list[dict[str, Any]]:
        """As :meth:`quotes`, as JSON-ready dicts."""
        return self._records(read.quotes(speaker, article))

    def talks(self, actor: str | None = None, name: str | None = None, article: str | None = None) -> pd.DataFrame:
        """Negotiations; ``actor`` is a code prefix in any role, ``name`` words of the name (``astana``)."""
        return self._frame(read.talks(actor, name, article))

    def talks_records(self, actor: str | None = None, name: str | None = None,
                      article: str | None = None) -> list[dict[str, Any]]:
        """As :meth:`talks`, as JSON-ready dicts."""
        return self._records(read.talks(actor, name, article))

    def actors(self) -> pd.DataFrame:
        """Canonical actors: code, name, mentions, articles (how many mention it) and texts (the distinct
        words that named it), most mentioned first."""
        return self._frame((read.ACTORS, []))

    def actors_records(self) -> list[dict[str, Any]]:
        """As :meth:`actors`, as JSON-ready dicts."""
        return self._records((read.ACTORS, []))

    def actor_mentions(self, name_or_code: str) -> pd.DataFrame:
        """Each mention resolved to this code or name, or written so, with its reason, detail and sentence."""
        return self._frame(read.actor_mentions(name_or_code))

    def actor_mentions_records(self, name_or_code: str) -> list[dict[str, Any]]:
        """As :meth:`actor_mentions`, as JSON-ready dicts."""
        return self._records(read.actor_mentions(name_or_code))

    def articles(self, text: bool = False) -> pd.DataFrame:
        """Stored articles, by id; their full text only when ``text`` is true."""
        return self._frame(read.articles(text))

    def articles_records(self, text: bool = False) -> list[dict[str, Any]]:
        """As :meth:`articles`, as JSON-ready dicts."""
        return self._records(read.articles(text))

    def rejections(self) -> pd.DataFrame:
        """Inputs that could not be ingested: origin, article, reason, at."""
        return self._frame((read.REJECTIONS, []))

    def rejections_records(self) -> list[dict[str, Any]]:
        """As :meth:`rejections`, as JSON-ready dicts."""
        return self._records((read.REJECTIONS, []))

    def counts(self) -> dict[str, int]:
        """How many articles, events, quotes, talks and rejections are stored."""
        with self.reading() as con:
            row = con.execute(read.COUNTS).fetchone() or (0,) * len(read.COUNT_NAMES)
        return dict(zip(read.COUNT_NAMES, (int(n) for n in row), strict=True))

    def _frame(self, query: read.Query) -> pd.DataFrame:
        """Run one query and return its rows as a DataFrame."""
        with self.reading() as con:
            try:
                return con.execute(*query).df()
            except duckdb.Error as e:
                raise StoreError(f"{self.path}: query failed: {e}") from e

    def _records(self, query: read.Query) -> list[dict[str, Any]]:
        """Run one query and return its rows as JSON-ready dicts."""
        with self.reading() as con:
            return _fetch(con, query)


def _fetch(con: duckdb.DuckDBPyConnection, query: read.Query) -> list[dict[str, Any]]:
    """Rows as dicts with dates and times written as ISO text, so that they go straight to JSON."""
    try:
        cur = con.execute(*query)
        names = [d[0] for d in cur.description or ()]
        return [{n: _plain(v) for n, v in zip(names, row, strict=True)} for row in cur.fetchall()]
    except duckdb.Error as e:
        raise StoreError(f"query failed: {e}") from e


def _plain(value: Any) -> Any:
    """A value JSON can hold: dates and times as ISO text, nested lists and structs converted too."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
