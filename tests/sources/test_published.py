"""Publication dates from datelines near the top of a text, and the configured fallback."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.errors import ConfigError
from tidings.sources import read_sources

BODY = "Delegates met again on Thursday and agreed to extend the truce for another month, the mediator said."

DATELINES = [
    ("day-month-comma-year", f"Truce extended\n\n13 January, 2017\n\n{BODY}", date(2017, 1, 13)),
    ("month-day-year", f"Truce extended\nJanuary 13, 2017\n{BODY}", date(2017, 1, 13)),
    ("abbreviated-month", f"Jan. 13, 2017\n{BODY}", date(2017, 1, 13)),
    ("iso", f"Truce extended\n2017-01-13\n{BODY}", date(2017, 1, 13)),
    ("published-label-weekday-time", f"Truce extended\nPublished: Friday 13 January 2017 10:32 GMT\n{BODY}",
     date(2017, 1, 13)),
    ("after-other-top-lines", f"Truce extended\n\nTruce extended\nA subtitle\n3 min read\n13 January, 2017\n{BODY}",
     date(2017, 1, 13)),
    ("wire-with-year", f"BEIRUT, Lebanon, Jan. 13, 2017 (AP) — {BODY}", date(2017, 1, 13)),
    ("wire-day-month-year", f"LONDON, 13 January 2017 (Reuters) - {BODY}", date(2017, 1, 13)),
]

NO_DATELINES = [
    ("date-inside-a-sentence", f"Truce extended\n\nTalks began on January 13, 2017 in the lakeside town.\n{BODY}"),
    ("impossible-date", f"Truce extended\n\n30 February 2017\n\n{BODY}"),
    ("too-far-down", "Truce extended\n" + f"{BODY}\n" * 9 + "13 January, 2017\n"),
    ("wire-without-year-or-fallback", f"WASHINGTON, Jan. 13 (Reuters) - {BODY}"),
    ("place-not-in-capitals", f"Washington, Jan. 13, 2017 - {BODY}"),
]


def _published(write, read, text, config=None):
    """The publication date read_sources gives a file with this text."""
    (article,) = read(write("a.txt", text), **({"config": config} if config else {}))
    return article.published


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_dateline_near_the_top_gives_the_publication_date(write, read, text, expected):
    assert _published(write, read, text) == expected


@pytest.mark.parametrize("text", [c[1] for c in NO_DATELINES], ids=[c[0] for c in NO_DATELINES])
def test_text_without_a_dateline_has_no_publication_date(write, read, text):
    assert _published(write, read, text) is None


@pytest.mark.parametrize(
    ("fallback", "expected"),
    [("2017-01-20", date(2017, 1, 13)), ("2017-12-30", date(2018, 1, 13)), ("2018-01-02", date(2018, 1, 13))],
    ids=["same-year", "dateline-just-after-new-year", "fallback-just-after-new-year"],
)
def test_wire_dateline_without_year_takes_the_year_nearest_the_configured_date(write, read, config, fallback,
                                                                                expected):
    text = f"WASHINGTON, Jan. 13 (Reuters) - {BODY}"
    assert _published(write, read, text, config.with_values(ingest={"published": fallback})) == expected


def test_dateline_wins_over_configured_date(write, read, config):
    text = f"Truce extended\n\n13 January, 2017\n\n{BODY}"
    assert _published(write, read, text, config.with_values(ingest={"published": "2020-02-02"})) == date(2017, 1, 13)


def test_configured_date_that_is_not_iso_is_a_config_error(config):
    with pytest.raises(ConfigError, match="ingest.published must be a date written YYYY-MM-DD"):
        read_sources(["a.txt"], config.with_values(ingest={"published": "13/01/2017"}))
