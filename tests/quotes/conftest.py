"""Fixtures for the quotes stage: run find_quotes over a text, with or without hand-made actor mentions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import pytest

from tidings.nlp import sentences
from tidings.quotes import find_quotes
from tidings.records import ActorMention, Analysis, Article, Quote


@pytest.fixture(scope="session")
def quotes_in(ctx, nlp) -> Callable[..., tuple[Quote, ...]]:
    """``quotes_in(text, actors=None) -> quotes``: parse ``text`` and find its quotations."""

    def run(text: str, actors: Sequence[ActorMention] | None = None) -> tuple[Quote, ...]:
        doc = nlp(text)
        analysis = Analysis(article=Article(id="t", text=text), sentences=sentences(doc))
        if actors is not None:
            analysis = replace(analysis, actors=tuple(actors))
        return find_quotes(analysis, doc, ctx)

    return run


@pytest.fixture(scope="session")
def mention() -> Callable[..., ActorMention]:
    """``mention(text, words, code, name, kind=..., reason=..., nth=0)``: an actor mention of the ``nth``
    occurrence of ``words`` in ``text``, as the actor stage would make it."""

    def make(text: str, words: str, code: str | None, name: str | None, kind: str = "person",
             reason: str = "alias", nth: int = 0) -> ActorMention:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        return ActorMention(start=start, end=start + len(words), text=words, sentence=0, code=code, name=name,
                            reason=reason, kind=kind)

    return make
