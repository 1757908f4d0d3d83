"""Engines are adapters: one process, a pool of processes, or Ray, all giving the same results in order."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest

from tidings.config import load_config
from tidings.engine import make_engine
from tidings.errors import EngineError
from tidings.records import Analysis, Article

TEXTS = ["Turkey condemned Russia on Monday.", "Russian jets bombed Idlib.", "Iran backed the Syrian government.",
         "The UN called for a ceasefire in Aleppo.", "Jordan hosted talks between Israel and Egypt."]


def articles():
    return [Article(id=f"a{i}", text=t, published=date(2017, 1, 12)) for i, t in enumerate(TEXTS)]


def summary(results):
    assert all(isinstance(r, Analysis) for r in results)
    return [(r.article.id, [(e.type, e.source and e.source.code, e.target and e.target.code) for e in r.events])
            for r in results]


def test_two_worker_processes_give_what_one_process_gives():
    config = load_config(overrides=["nlp.batch_size=2"])
    one = make_engine(config)
    two = make_engine(config.with_values(nlp={"workers": 2}))
    try:
        assert summary(list(two.run(articles()))) == summary(list(one.run(articles())))
    finally:
        one.close()
        two.close()


@pytest.mark.skipif(importlib.util.find_spec("ray") is not None, reason="Ray is installed here")
def test_asking_for_ray_without_it_says_how_to_install_it():
    with pytest.raises(EngineError, match=r"pip install 'tidings\[ray\]'"):
        make_engine(load_config(overrides=["engine.name=ray"]))


@pytest.mark.skipif(importlib.util.find_spec("ray") is None, reason="Ray is not installed (pip install 'tidings[ray]')")
def test_ray_gives_what_one_process_gives():
    config = load_config(overrides=["nlp.batch_size=2"])
    local, ray = make_engine(config), make_engine(config.with_values(engine={"name": "ray"}, nlp={"workers": 2}))
    try:
        assert summary(list(ray.run(articles()))) == summary(list(local.run(articles())))
    finally:
        local.close()
        ray.close()
