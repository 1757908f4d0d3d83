"""The library calls the shells use: ingest sources into a database, analyse one text, open a database."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from .config import Config, default_config
from .context import Context
from .engine import make_engine
from .pipeline import analyse
from .records import Analysis, Article, Rejection
from .sources import read_sources
from .store import Store

Progress = Callable[[int, int], None]  # (articles done, words done), called after each article


@dataclass
class IngestReport:
    """What one ingest did."""

    ingested: int = 0  # new articles analysed and stored
    replaced: int = 0  # of those, articles whose text changed under the same id
    unchanged: int = 0  # already stored with the same content: skipped
    rejected: list[Rejection] = field(default_factory=list)
    events: int = 0
    quotes: int = 0
    talks: int = 0
    words: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """False only when nothing could be ingested at all."""
        return self.ingested > 0 or self.unchanged > 0 or not self.rejected


def ingest(sources: Sequence[str], db: str | Path | None = None, config: Config | None = None, *,
           stdin: BinaryIO | None = None, progress: Progress | None = None) -> IngestReport:
    """Read ``sources`` (files, folders, JSONL corpora, HTML, URLs, ``-``), analyse new or changed articles and
    store them in the DuckDB database ``db``. Re-running it never duplicates: unchanged articles are skipped."""
    config = config or default_config()
    store = Store(db or config.store.path, config)
    store.migrate()
    known = store.known()
    report = IngestReport()
    started = time.perf_counter()
    done = [0, 0]
    pending: list[Rejection] = []

    def tick(words: int) -> None:
        done[0] += 1
        done[1] += words
        if progress is not None:
            progress(done[0], done[1])

    def fresh() -> Iterator[Article]:
        for item in read_sources(sources, config, stdin):
            if isinstance(item, Rejection):
                report.rejected.append(item)
                pending.append(item)
                continue
            status = known.status(item)
            if status == "unchanged":
                report.unchanged += 1
                tick(item.words)
                continue
            if status == "changed":
                report.replaced += 1
            known.add(item)
            yield item

    engine = make_engine(config)
    batch: list[Analysis] = []
    try:
        for result in engine.run(fresh()):
            if isinstance(result, Rejection):
                report.rejected.append(result)
                pending.append(result)
                continue
            batch.append(result)
            report.ingested += 1
            report.events += len(result.events or ())
            report.quotes += len(result.quotes or ())
            report.talks += len(result.talks or ())
            report.words += result.article.words
            tick(result.article.words)
            if len(batch) >= config.store.batch_size:
                store.write(batch, pending)
                batch, pending[:] = [], []
        if batch or pending:
            store.write(batch, pending)
    finally:
        engine.close()
    report.seconds = time.perf_counter() - started
    return report


_CONTEXTS: dict[int, Context] = {}


def analyse_text(text: str, published: date | str | None = None, article_id: str = "text",
                 config: Config | None = None) -> Analysis:
    """Analyse one text without a database: its actors, places, dates, quotes, events and talks."""
    config = config or default_config()
    ctx = _CONTEXTS.get(id(config))
    if ctx is None:
        ctx = _CONTEXTS[id(config)] = Context(config)
    if isinstance(published, str):
        published = date.fromisoformat(published)
    article = Article(id=article_id, text=text, published=published)
    return analyse(article, ctx.nlp(text), ctx)


def open_db(db: str | Path | None = None, config: Config | None = None) -> Store:
    """A database to read: ``.events()``, ``.events_records()``, ``.quotes()``, ``.talks()``, ``.actors()``."""
    config = config or default_config()
    path = Path(db or config.store.path)
    if not path.exists():
        from .errors import StoreError

        raise StoreError(f"{path}: no such database; create it with `tidings ingest SOURCE --db {path}`")
    return Store(path, config)
