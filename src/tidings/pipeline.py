"""The stages, in the order they run, and the function that runs them over one parsed article.

Each stage is a plain function ``run(analysis, doc, context) -> value`` that reads the fields of
:class:`~tidings.records.Analysis` it ``needs`` and returns the one field it ``adds``. The table is checked
once, at import, so that a stage can never read what no earlier stage wrote.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace
from importlib import import_module
from typing import TYPE_CHECKING, Any

from .context import Context
from .errors import PipelineError
from .nlp import sentences
from .records import Analysis, Article, Rejection

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class Stage:
    name: str
    function: str  # "module:function", imported when the stage first runs
    needs: tuple[str, ...]
    adds: str

    def load(self) -> Callable[[Analysis, Doc, Context], Any]:
        module, _, name = self.function.partition(":")
        return getattr(import_module(module), name)  # type: ignore[no-any-return]


STAGES: tuple[Stage, ...] = (
    Stage("places", "tidings.places:find_places", needs=("sentences",), adds="places"),
    Stage("actors", "tidings.actors:find_actors", needs=("sentences", "places"), adds="actors"),
    Stage("dates", "tidings.dates:find_times", needs=("sentences",), adds="times"),
    Stage("quotes", "tidings.quotes:find_quotes", needs=("sentences", "actors"), adds="quotes"),
    Stage("talks", "tidings.talks:find_talks", needs=("sentences", "actors", "places", "times"), adds="talks"),
    Stage("events", "tidings.events:find_events",
          needs=("sentences", "actors", "places", "times", "quotes", "talks"), adds="events"),
)


def check(stages: tuple[Stage, ...] = STAGES) -> None:
    """Fail if a stage needs a field no earlier stage adds, or adds one that is not an Analysis field."""
    known = {f.name for f in fields(Analysis)}
    have = {"article", "sentences"}  # what the NLP stage gives
    for stage in stages:
        missing = [n for n in stage.needs if n not in have]
        if missing:
            raise PipelineError(f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage adds")
        if stage.adds not in known:
            raise PipelineError(f"stage {stage.name!r} adds {stage.adds!r}, which is not a field of Analysis")
        have.add(stage.adds)


check()


def analyse(article: Article, doc: Doc, ctx: Context, stages: tuple[Stage, ...] = STAGES) -> Analysis:
    """Run every stage over one parsed article."""
    analysis = Analysis(article=article, sentences=sentences(doc))
    timings = analysis.timings
    for stage in stages:
        started = time.perf_counter()
        try:
            value = _function(stage)(analysis, doc, ctx)
        except Exception as e:  # a stage bug must not lose the run: the article is rejected with the reason
            raise PipelineError(f"stage {stage.name} failed: {type(e).__name__}: {e}") from e
        analysis = replace(analysis, **{stage.adds: value})
        timings[stage.name] = timings.get(stage.name, 0.0) + time.perf_counter() - started
    return analysis


def analyse_all(articles: Iterable[Article], ctx: Context) -> Iterator[Analysis | Rejection]:
    """Parse ``articles`` in batches and analyse each; an article that fails becomes a :class:`Rejection`."""
    batch: list[Article] = []
    size = ctx.config.nlp.batch_size
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield from _analyse_batch(batch, ctx)
            batch = []
    if batch:
        yield from _analyse_batch(batch, ctx)


def _analyse_batch(batch: list[Article], ctx: Context) -> Iterator[Analysis | Rejection]:
    docs = ctx.nlp.pipe([a.text for a in batch], batch_size=len(batch))
    for article, doc in zip(batch, docs, strict=True):
        try:
            yield analyse(article, doc, ctx)
        except PipelineError as e:
            yield Rejection(origin=article.origin or article.id, reason=str(e), article=article.id)


_LOADED: dict[str, Callable[[Analysis, Any, Context], Any]] = {}


def _function(stage: Stage) -> Callable[[Analysis, Any, Context], Any]:
    fn = _LOADED.get(stage.function)
    if fn is None:
        fn = _LOADED[stage.function] = stage.load()
    return fn
