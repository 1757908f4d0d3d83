"""The Ray engine: one actor per worker, each with its own pipeline, fed batches of articles in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..config import Config
from ..errors import EngineError
from ..records import Analysis, Article, Rejection
from .local import chunks

INSTALL = "pip install 'tidings[ray]'"


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise EngineError(f"engine 'ray' needs Ray, which is not installed: {INSTALL}") from None
    return ray


class RayEngine:
    """Runs on the Ray cluster ``ray.init()`` finds (a local one when none is running)."""

    def __init__(self, config: Config) -> None:
        self.ray = _ray()
        self.config = config
        if not self.ray.is_initialized():
            self.ray.init(ignore_reinit_error=True, log_to_driver=False, include_dashboard=False)
        worker = self.ray.remote(_Worker)
        self.actors = [worker.remote(config) for _ in range(max(1, config.nlp.workers))]

    def run(self, articles: Iterable[Article]) -> Iterator[Analysis | Rejection]:
        from ray.util import ActorPool

        pool = ActorPool(self.actors)
        size = self.config.nlp.batch_size
        for results in pool.map(lambda actor, chunk: actor.analyse.remote(chunk), chunks(articles, size)):
            yield from results

    def close(self) -> None:
        for actor in self.actors:
            self.ray.kill(actor)
        self.actors = []


class _Worker:
    def __init__(self, config: Config) -> None:
        from ..context import Context

        self.context = Context(config).warm()

    def analyse(self, articles: list[Article]) -> list[Analysis | Rejection]:
        from ..pipeline import analyse_all

        return list(analyse_all(articles, self.context))
