"""The stage table is checked before anything runs, and a stage that fails loses one article, not the run."""

from __future__ import annotations

from datetime import date

import pytest

import tidings.pipeline as pipeline
from tidings.errors import PipelineError
from tidings.pipeline import STAGES, Stage, analyse_all, check
from tidings.records import Analysis, Article, Rejection


def test_the_shipped_stage_table_is_consistent():
    check(STAGES)
    assert [s.name for s in STAGES] == ["places", "actors", "dates", "quotes", "talks", "events"]


def test_a_stage_that_needs_what_no_earlier_stage_adds_is_refused():
    broken = (Stage("events", "tidings.events:find_events", needs=("actors",), adds="events"),)
    with pytest.raises(PipelineError, match="stage 'events' needs actors, which no earlier stage adds"):
        check(broken)


def test_a_stage_must_add_a_field_of_the_analysis():
    with pytest.raises(PipelineError, match="adds 'moods'"):
        check((Stage("moods", "x:y", needs=("sentences",), adds="moods"),))


def test_a_failing_stage_rejects_its_article_and_the_run_goes_on(ctx, monkeypatch):
    def explode(analysis, doc, ctx):
        if "boom" in analysis.article.text:
            raise ValueError("cannot read this")
        return ()

    monkeypatch.setitem(pipeline._LOADED, "tidings.events:find_events", explode)
    articles = [Article(id=f"a{i}", text=t, published=date(2017, 1, 10))
                for i, t in enumerate(["Turkey condemned Russia.", "A boom shook the city.", "Iran backed Syria."])]
    results = list(analyse_all(articles, ctx))
    assert [type(r) for r in results] == [Analysis, Rejection, Analysis]
    assert results[1].article == "a1" and "stage events failed: ValueError: cannot read this" in results[1].reason


def test_every_stage_fills_its_field_and_is_timed(analyse_text):
    analysis = analyse_text("Russia and Turkey agreed on a truce in Astana on Monday.")
    for stage in STAGES:
        assert getattr(analysis, stage.adds) is not None
        assert stage.name in analysis.timings
