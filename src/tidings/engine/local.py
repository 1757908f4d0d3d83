"""The local engine: the pipeline in this process, or in a pool of worker processes."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice

from ..config import Config
from ..context import Context
from ..pipeline import analyse_all
from ..records import Analysis, Article, Rejection

_WORKER: Context | None = None


def _start_worker(config: Config) -> None:
    global _WORKER
    _WORKER = Context(config).warm()


def _run_chunk(articles: list[Article]) -> list[Analysis | Rejection]:
    assert _WORKER is not None
    return list(analyse_all(articles, _WORKER))


def chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class LocalEngine:
    """``nlp.workers`` = 1: everything in this process; more: one spaCy pipeline per worker process."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.workers = config.nlp.workers
        self._pool: mp.pool.Pool | None = None
        self._context: Context | None = None

    def context(self) -> Context:
        if self._context is None:
            self._context = Context(self.config).warm()
        return self._context

    def run(self, articles: Iterable[Article]) -> Iterator[Analysis | Rejection]:
        if self.workers <= 1:
            yield from analyse_all(articles, self.context())
            return
        if self._pool is None:
            # spawn, not fork: the parent holds threads (progress display, DuckDB) that fork would copy mid-state
            self._pool = mp.get_context("spawn").Pool(self.workers, initializer=_start_worker,
                                                      initargs=(self.config,))
        size = self.config.nlp.batch_size
        for results in self._pool.imap(_run_chunk, chunks(articles, size)):
            yield from results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None
