"""JSON Lines corpora: fields, alternative keys, streaming, and one rejection per broken line."""

from __future__ import annotations

import gzip
import io
import itertools
import json
from datetime import date

import pytest

from tidings.config import load_config
from tidings.records import Article, Rejection
from tidings.sources import read_sources


def jsonl(*records: object) -> str:
    """Records as JSON Lines; a str record is written as it is (a broken line)."""
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def test_reads_every_field_of_a_record(write, read, article_text):
    record = {"id": "a1", "title": "Border to reopen", "published": "2019-05-06", "outlet": "The Valmont Post",
              "url": "https://news.example/a1", "text": article_text}
    path = write("corpus.jsonl", jsonl(record))
    (article,) = read(path)
    assert article == Article(id="a1", text=article_text, title="Border to reopen", published=date(2019, 5, 6),
                              outlet="The Valmont Post", url="https://news.example/a1", origin=f"{path}:1")


def test_record_without_id_gets_file_name_and_line(write, read, article_text):
    path = write("corpus.jsonl", "\n" + jsonl({"text": article_text}))
    (article,) = read(path)
    assert article.id == "corpus.jsonl:2"


def test_record_without_title_gets_one_by_the_title_rule(write, read, article_text):
    (article,) = read(write("corpus.jsonl", jsonl({"id": "x", "title": None, "text": article_text})))
    assert article.title == "Ministers agree to reopen the northern border crossing"


@pytest.mark.parametrize(
    "record",
    [
        {"content": "TEXT", "time": "2019-05-06", "source": "The Valmont Post"},
        {"body": "TEXT", "date": "6 May 2019", "source": {"id": "vp", "name": "The Valmont Post"}},
        {"text": "TEXT", "published": "2019-05-06T22:15:00+02:00", "outlet": "The Valmont Post"},
        {"text": "TEXT", "published": None, "date": "May 6, 2019", "outlet": "The Valmont Post"},
        {"text": "TEXT", "published": 1557100800, "outlet": "The Valmont Post"},
    ],
    ids=["content-time-source", "body-date-source-object", "iso-datetime", "null-published-then-date", "timestamp"],
)
def test_accepts_common_alternative_keys(write, read, article_text, record):
    record = {k: (article_text if v == "TEXT" else v) for k, v in record.items()}
    (article,) = read(write("corpus.jsonl", jsonl(record)))
    assert (article.text, article.published, article.outlet) == (article_text, date(2019, 5, 6), "The Valmont Post")


def test_record_without_date_takes_dateline_then_configured_date(write, read, config, article_text):
    dated = "WASHINGTON, May 6, 2019 (Reuters) - " + article_text
    path = write("corpus.jsonl", jsonl({"id": "d", "text": dated}, {"id": "f", "text": article_text}))
    by_dateline, by_config = read(path, config=config.with_values(ingest={"published": "2020-01-02"}))
    assert by_dateline.published == date(2019, 5, 6)
    assert by_config.published == date(2020, 1, 2)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "a", "text": "x" "y"}', "not JSON: Expecting ',' delimiter (column 25)"),
        ('["a list", "of words"]', "not a JSON object (got a list)"),
        ('"just a string"', "not a JSON object (got a string)"),
        ('{"id": "a", "headline": "Talks"}', "no 'text' field (it has 'id', 'headline')"),
        ("{}", "no 'text' field (the object is empty)"),
        ('{"text": ["a", "b"]}', "'text' is not a string (got a list)"),
        ('{"content": "   "}', "'content' is empty"),
        ('{"text": "Too short."}', "too short: 10 characters, fewer than 20 (ingest.min_chars)"),
        ('{"text": "TEXT", "published": "2017-02-30"}', "impossible published date '2017-02-30'"),
        ('{"text": "TEXT", "published": "30 February 2017"}', "impossible published date '30 February 2017'"),
        ('{"text": "TEXT", "published": "the day before"}', "unreadable published date 'the day before'"),
        ('{"text": "TEXT", "published": [2017, 2, 3]}', "unreadable published date [2017, 2, 3] (a list)"),
        ('{"text": "TEXT", "title": 42}', "'title' is not a string (got a number)"),
    ],
    ids=["not-json", "list", "string", "no-text", "empty-object", "text-not-string", "blank-text", "too-short",
         "impossible-iso-date", "impossible-written-date", "unreadable-date", "date-not-string", "title-not-string"],
)
def test_broken_line_is_one_rejection_and_the_others_go_on(write, read, article_text, line, reason):
    line = line.replace("TEXT", json.dumps(article_text)[1:-1])
    path = write("corpus.jsonl", jsonl({"id": "before", "text": article_text}, line, {"id": "after",
                                                                                      "text": article_text}))
    before, rejection, after = read(path)
    assert (before.id, after.id) == ("before", "after")
    assert rejection.origin == f"{path}:2"
    assert rejection.reason == reason


def test_rejection_of_a_record_carries_its_id(write, read, article_text):
    path = write("corpus.jsonl", jsonl({"id": "bad-date", "text": article_text, "published": "2017-13-01"}))
    (rejection,) = read(path)
    assert rejection == Rejection(f"{path}:1", "impossible published date '2017-13-01'", "bad-date")


def test_line_that_is_not_utf8_is_rejected_with_its_column(write, read, article_text):
    good = json.dumps({"text": article_text}).encode()
    path = write("corpus.jsonl", good + b"\n" + b'{"text": "caf\xe9 talks"}\n' + good + b"\n")
    first, rejection, third = read(path)
    assert rejection == Rejection(f"{path}:2", "not UTF-8 text: byte 0xE9 at column 14")
    assert isinstance(first, Article) and isinstance(third, Article)


def test_line_over_the_size_limit_is_rejected_and_the_next_line_read(write, read, config, article_text):
    small = config.with_values(ingest={"max_bytes": 1000})
    path = write("corpus.jsonl", jsonl({"text": "word " * 400}, {"id": "ok", "text": article_text}))
    rejection, article = read(path, config=small)
    assert rejection == Rejection(f"{path}:1", "2.0 kB is over the 1.0 kB limit for one article (ingest.max_bytes)")
    assert article.id == "ok"


def test_corpus_larger_than_the_article_limit_is_read_record_by_record(write, read, config, article_text):
    small = config.with_values(ingest={"max_bytes": 1000})
    path = write("corpus.ndjson", jsonl(*({"id": str(i), "text": article_text} for i in range(20))))
    assert path.stat().st_size > 1000
    assert [item.id for item in read(path, config=small)] == [str(i) for i in range(20)]


def test_reads_gzip_corpus(write, read, article_text):
    path = write("corpus.jsonl.gz", gzip.compress(jsonl({"id": "z", "text": article_text}).encode()))
    (article,) = read(path)
    assert (article.id, article.origin) == ("z", f"{path}:1")


def test_gzip_corpus_cut_short_keeps_the_records_before_the_break(write, read, article_text):
    whole = gzip.compress(jsonl(*({"id": str(i), "text": article_text * 20} for i in range(30))).encode())
    path = write("corpus.jsonl.gz", whole[: len(whole) // 2])
    items = read(path)
    assert all(isinstance(item, Article) for item in items[:-1]) and len(items) > 2
    assert items[-1].origin == str(path)
    assert items[-1].reason.startswith("could not read past line ")


def test_detects_jsonl_by_content_without_suffix(write, read, article_text):
    (article,) = read(write("corpus.dump", jsonl({"id": "c", "text": article_text})))
    assert article.id == "c"


def test_jsonl_with_only_blank_lines_is_rejected(write, read):
    path = write("corpus.jsonl", "\n  \n\n")
    assert read(path) == [Rejection(str(path), "no records: only blank lines")]


class _EndlessCorpus(io.RawIOBase):
    """A stream of JSON lines that never ends: reading it whole would never return."""

    def __init__(self, text: str) -> None:
        self.line = (json.dumps({"text": text}) + "\n").encode()
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while len(self.pending) < len(buffer):
            self.pending += self.line
        n = len(buffer)
        buffer[:n], self.pending = self.pending[:n], self.pending[n:]
        return n


def test_reads_jsonl_as_a_stream(article_text):
    items = read_sources(["-"], load_config(), stdin=io.BufferedReader(_EndlessCorpus(article_text)))
    first = list(itertools.islice(items, 3))
    assert [item.id for item in first] == ["stdin:1", "stdin:2", "stdin:3"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("one.json", json.dumps({"text": "The envoy arrived."}, indent=2),
         "a JSON document spread over lines, not JSON Lines: write one object a line"),
        ("many.json", json.dumps([{"text": "The envoy arrived."}]),
         "a JSON array, not JSON Lines: write one article object a line"),
    ],
    ids=["pretty-printed-object", "array"],
)
def test_json_that_is_not_json_lines_is_one_rejection_with_a_hint(write, read, name, content, reason):
    path = write(name, content)
    assert read(path) == [Rejection(str(path), reason)]
