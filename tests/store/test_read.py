"""Reading: event filters, explanations, actors, quotes, talks, counts."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from tidings.errors import StoreError
from tidings.records import ActorMention, Event, Rejection


def _actor(code: str | None, name: str | None = None, text: str = "them") -> ActorMention:
    return ActorMention(start=0, end=len(text), text=text, sentence=0, code=code, name=name, reason="alias")


def _event(article: str, k: int, type: str, source: str | None, target: str | None, date: str | None,
           participants: tuple[str, ...] = ()) -> Event:
    return Event(id=f"{article}#{k}", article=article, sentence=k, type=type, mode=None, cameo=None,
                 source=_actor(source) if source else None, target=_actor(target) if target else None,
                 participants=tuple(_actor(c) for c in participants), date=date, rule="test")


@pytest.fixture
def filled(store, make):
    """Two articles whose events differ in actors, types and dates of every precision."""
    a = replace(make("a", events=0), events=(
        _event("a", 0, "ASSAULT", "RUSMIL", "SYRREB", "2017-01-09"),
        _event("a", 1, "CONSULT", "TURGOV", "IRNGOV", "2017-02"),
        _event("a", 2, "AGREE", None, None, "2016", participants=("SYRGOV", "RUSGOV", "TURGOV")),
        _event("a", 3, "ASSAULT", "SYRGOV", "SYRREB", None),
    ))
    b = replace(make("b", events=0), events=(
        _event("b", 0, "ACCUSE", "USAGOV", "RUSGOV", "2017-03-31"),
        _event("b", 1, "ASSAULT", "IMGISI", "SYRCVL", "2017-03-01"),
    ))
    store.write([a, b], [Rejection("in/c.txt", "empty")])
    return store


def _ids(frame) -> list[str]:
    return sorted(frame["id"])


@pytest.mark.parametrize(("actor", "expected"), [
    ("RUS", ["a#0", "a#2", "b#0"]),
    ("rusgov", ["a#2", "b#0"]),
    ("SYRREB", ["a#0", "a#3"]),
    ("TUR", ["a#1", "a#2"]),
    ("FRA", []),
], ids=["root-matches-sectors", "case-ignored", "target", "source-and-participants", "none"])
def test_events_match_an_actor_code_prefix_on_source_target_or_participants(filled, actor, expected):
    assert _ids(filled.events(actor=actor)) == expected


def test_events_filter_by_type(filled):
    assert _ids(filled.events(type="assault")) == ["a#0", "a#3", "b#1"]


@pytest.mark.parametrize(("since", "until", "expected"), [
    ("2017", None, ["a#0", "a#1", "b#0", "b#1"]),
    ("2017-02", None, ["a#1", "b#0", "b#1"]),
    ("2017-02-02", None, ["b#0", "b#1"]),
    (None, "2016", ["a#2"]),
    (None, "2017-02", ["a#0", "a#1", "a#2"]),
    ("2017-03", "2017-03", ["b#0", "b#1"]),
    ("2017-03-02", "2017-03-31", ["b#0"]),
], ids=["since-year", "since-month", "since-day-after-month-start", "until-year", "until-month-inclusive",
        "one-month", "day-range"])
def test_events_filter_by_the_start_of_their_date(filled, since, until, expected):
    assert _ids(filled.events(since=since, until=until)) == expected


def test_event_filters_combine(filled):
    assert _ids(filled.events(actor="SYR", type="ASSAULT", since="2017", article="a")) == ["a#0"]


@pytest.mark.parametrize("bad", ["2017-13", "yesterday", "17-01-01"], ids=["month-13", "word", "short-year"])
def test_a_date_filter_that_is_not_a_date_is_refused(filled, bad):
    with pytest.raises(StoreError, match="is not a date"):
        filled.events(since=bad)


def test_event_explains_itself_with_its_sentence_and_mentions(store, make):
    store.write([make("a")])
    explained = store.event("a#3")
    assert explained["event"]["rule"] == "shell-verb"
    assert explained["article"]["title"] == "Title of a"
    sentence = explained["sentence"]
    assert sentence["idx"] == 3 and "[a v0 s3]" in sentence["text"]
    assert [m["sentence"] for m in explained["actors"]] == [3, 3]  # 30 mentions over 25 sentences
    assert explained["actors"][0]["reason"] == "alias" and explained["actors"][0]["detail"]
    assert {p["name"] for p in explained["places"]} == {"Idlib"}
    assert explained["times"][0]["value"] == "2017-01-09"
    json.dumps(explained)  # ready for the HTTP API as it is


def test_event_of_an_unknown_id_is_none(filled):
    assert filled.event("nope") is None


def test_actors_lists_each_canonical_actor_with_its_mentions_and_texts(store, make):
    store.write([make("a"), make("b")])
    actors = store.actors().set_index("code")
    assert actors.loc["RUSGOV", "name"] == "Russia"
    assert actors.loc["RUSGOV", "mentions"] == 8 and actors.loc["RUSGOV", "articles"] == 2
    assert list(actors.loc["RUSGOV", "texts"]) == ["Russian"]


def test_actor_mentions_by_name_or_code_carry_reason_and_sentence(store, make):
    store.write([make("a")])
    by_name = store.actor_mentions("bashar al-assad")
    by_code = store.actor_mentions("SYRGOV")
    assert len(by_name) == len(by_code) == 4
    assert set(by_code["reason"]) == {"alias"} and by_code["detail"].notna().all()
    assert by_code["sentence_text"].str.contains("[a v0 s", regex=False).all()


def test_quotes_filter_by_speaker_code_or_name(store, make):
    store.write([make("a"), make("b", quotes=1)])
    assert len(store.quotes()) == 4
    assert len(store.quotes(speaker="RUS")) == 4
    assert len(store.quotes(speaker="lavrov", article="b")) == 1
    assert len(store.quotes(speaker="SYR")) == 0


def test_talks_filter_by_a_party_in_any_role_or_by_name(store, make):
    store.write([make("a"), make("b", talks=0)])
    assert len(store.talks(actor="USA")) == 1  # only invited
    assert len(store.talks(actor="IRN")) == 1  # a broker
    assert len(store.talks(name="astana")) == 1
    assert len(store.talks(actor="FRA")) == 0
    assert store.talks_records()[0]["brokers"] == ["RUSGOV", "TURGOV", "IRNGOV"]


def test_counts_and_listings(filled):
    assert filled.counts() == {"articles": 2, "events": 6, "quotes": 6, "talks": 2, "rejections": 1}
    articles = filled.articles()
    assert list(articles["id"]) == ["a", "b"] and "text" not in articles.columns
    assert list(filled.rejections()["reason"]) == ["empty"]


def test_records_are_plain_json(filled):
    for records in (filled.events_records(actor="RUS"), filled.quotes_records(), filled.talks_records(),
                    filled.actors_records(), filled.actor_mentions_records("RUSGOV"), filled.articles_records(),
                    filled.rejections_records()):
        assert records
        json.dumps(records)
    assert filled.articles_records()[0]["published"] == "2017-01-10"
