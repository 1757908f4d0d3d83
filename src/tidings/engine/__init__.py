"""Engines run the pipeline over many articles. Two adapters behind one interface:

- ``local``: this process (``workers = 1``) or a pool of worker processes, each with its own spaCy pipeline;
- ``ray``: Ray actors on a laptop or a cluster (``pip install 'tidings[ray]'``), imported only when asked for.

Both take an iterable of :class:`~tidings.records.Article` and yield, in the same order, an
:class:`~tidings.records.Analysis` or a :class:`~tidings.records.Rejection` for each.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from ..config import Config
from ..errors import EngineError
from ..records import Analysis, Article, Rejection


class Engine(Protocol):
    def run(self, articles: Iterable[Article]) -> Iterator[Analysis | Rejection]: ...

    def close(self) -> None: ...


def make_engine(config: Config) -> Engine:
    """The engine ``engine.name`` names, with ``nlp.workers`` workers."""
    if config.engine.name == "local":
        from .local import LocalEngine

        return LocalEngine(config)
    if config.engine.name == "ray":
        from .ray import RayEngine

        return RayEngine(config)
    raise EngineError(f"engine {config.engine.name!r} is unknown; choose local or ray")


__all__ = ["Engine", "make_engine"]
