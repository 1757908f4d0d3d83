"""Hand-built analyses for the store tests (no spaCy), and a store in a temporary folder.

Subprocess tests load this file by path to build the same records in another process.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tidings.config import default_config
from tidings.records import (
    ActorMention,
    Analysis,
    Article,
    Event,
    PlaceMention,
    Quote,
    Sentence,
    Talks,
    TimeMention,
)
from tidings.store import Store

HERE = Path(__file__).resolve().parent

_CODES = [("RUSGOV", "Russia"), ("RUSMIL", "Russian armed forces"), ("SYRGOV", "Bashar al-Assad"),
          ("SYRREB", "Syrian rebels"), ("TURGOV", "Turkey"), ("IRNGOV", "Iran"), ("USAGOV", "United States"),
          ("IGOUNO", "United Nations")]
_PLACES = [("Astana", "KAZ", 51.18, 71.45), ("Aleppo", "SYR", 36.2, 37.16), ("Geneva", "CHE", 46.2, 6.14),
           ("Idlib", "SYR", 35.93, 36.63)]
_TYPES = ["ASSAULT", "CONSULT", "AGREE", "ACCUSE", "COERCE"]


def make_analysis(article_id: str, *, version: int = 0, sentences: int = 25, actors: int = 30, places: int = 15,
                  events: int = 10, quotes: int = 3, talks: int = 1, published: date | None = date(2017, 1, 10),
                  origin: str | None = None) -> Analysis:
    """A realistic analysis: a ~600-word article with every kind of record, spread over its sentences.

    ``version`` changes the text, so that the same id gets another digest.
    """
    base = ("Russian and Turkish officials met in Astana on Monday to discuss a ceasefire, while government "
            "forces shelled rebel positions near Aleppo, the monitor said in a statement. ")
    sents, text = [], ""
    for i in range(sentences):
        body = f"{base}[{article_id} v{version} s{i}]"
        sents.append(Sentence(index=i, start=len(text), end=len(text) + len(body), text=body))
        text += body + " "
    article = Article(id=article_id, text=text, title=f"Title of {article_id}", published=published,
                      outlet="Example News", url=f"https://example.org/{article_id}",
                      origin=origin or f"corpus/{article_id}.txt")

    def actor(k: int) -> ActorMention:
        s = sents[k % sentences]
        code, name = _CODES[k % len(_CODES)]
        return ActorMention(start=s.start, end=s.start + 7, text="Russian", sentence=s.index, code=code, name=name,
                            reason="alias", detail=f"known name of {name}", kind="country")

    def place(k: int) -> PlaceMention:
        s = sents[k % sentences]
        name, country, lat, lon = _PLACES[k % len(_PLACES)]
        return PlaceMention(start=s.start + 42, end=s.start + 48, text="Astana", sentence=s.index, name=name,
                            country=country, lat=lat, lon=lon, feature="city", geonameid=1526273 + k,
                            reason="gazetteer")

    actor_list = tuple(actor(k) for k in range(actors))
    place_list = tuple(place(k) for k in range(places))
    times = tuple(TimeMention(start=s.start + 52, end=s.start + 58, text="Monday", sentence=s.index,
                              value="2017-01-09", reason="weekday-before", future=False) for s in sents[:5])
    event_list = []
    for k in range(events):
        s = sents[k % sentences]
        event_list.append(Event(
            id=f"{article_id}#{k}", article=article_id, sentence=s.index, type=_TYPES[k % len(_TYPES)],
            mode="visit" if k % 2 else None, cameo="190", source=actor_list[k % actors] if actors else None,
            target=actor_list[(k + 2) % actors] if actors else None,
            participants=tuple(actor_list[j % actors] for j in range(k, k + 3)) if actors and k % 3 == 0 else (),
            date=("2017-01-09", "2017-01", "2016", None)[k % 4], date_reason="time-mention",
            place=place_list[k % places] if places else None, place_reason="same-sentence",
            status="occurred", evidence=s.text, start=s.start, end=s.end, trigger="shelled",
            trigger_start=s.start + 100, trigger_end=s.start + 107, rule="shell-verb", score=0.9, quad=4,
            goldstein=-10.0))
    quote_list = tuple(Quote(start=s.start + 10, end=s.start + 30, text=s.text[10:30], sentence=s.index,
                             speaker="Sergei Lavrov", speaker_code="RUSGOV", reason="said-after")
                       for s in sents[:quotes])
    talks_list = tuple(Talks(id=f"{article_id}#talks{k}", name="Astana talks", kind="talks", status="planned",
                             place=place_list[0] if places else None, date="2017-01-23",
                             brokers=("RUSGOV", "TURGOV", "IRNGOV"), participants=("SYRGOV", "SYRREB"),
                             invited=("USAGOV",), declined=(), evidence=sents[0].text, start=sents[0].start,
                             end=sents[0].end, sentences=(0,)) for k in range(talks))
    return Analysis(article=article, sentences=tuple(sents), actors=actor_list, places=place_list, times=times,
                    quotes=quote_list, events=tuple(event_list), talks=talks_list)


def event_of(analysis: Analysis, k: int, **changes: object) -> Analysis:
    """``analysis`` with its k-th event changed."""
    events = list(analysis.events or ())
    events[k] = replace(events[k], **changes)
    return replace(analysis, events=tuple(events))


def store_at(path: Path, wait: float = 5.0) -> Store:
    """A store at ``path`` with the default configuration and the given wait."""
    return Store(path, default_config().with_values(store={"wait": wait}))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return store_at(tmp_path / "t.duckdb")


@pytest.fixture
def make():
    """``make(article_id, **sizes) -> Analysis``: see :func:`make_analysis`."""
    return make_analysis


@pytest.fixture
def open_store():
    """``open_store(path, wait=5.0) -> Store``."""
    return store_at


@pytest.fixture
def with_event():
    """``with_event(analysis, k, **changes) -> Analysis``: see :func:`event_of`."""
    return event_of


@pytest.fixture
def conftest_path() -> Path:
    """This file, for subprocesses that build the same records."""
    return HERE / "conftest.py"
