"""Shared fixtures: one loaded Context (spaCy pipeline and knowledge) for the whole test session."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.context import Context
from tidings.records import Analysis, Article


@pytest.fixture(scope="session")
def ctx() -> Context:
    return Context()


@pytest.fixture(scope="session")
def nlp(ctx):
    return ctx.nlp


@pytest.fixture(scope="session")
def analyse_text(ctx):
    """Run the whole pipeline over one text: ``analyse_text(text, published="2017-01-10") -> Analysis``."""
    from tidings.pipeline import analyse

    def run(text: str, published: str | None = "2017-01-10", article_id: str = "test") -> Analysis:
        art = Article(id=article_id, text=text, published=date.fromisoformat(published) if published else None)
        return analyse(art, ctx.nlp(text), ctx)

    return run


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="rewrite the golden files from the current output")


@pytest.fixture
def update_golden(request) -> bool:
    return bool(request.config.getoption("--update-golden"))
