"""parse_date: one absolute date written the common ways, or None."""

from __future__ import annotations

from datetime import date

import pytest

import tidings.dates
from tidings.dates import parse_date

FRIDAY_13 = date(2017, 1, 13)


def test_public_names_are_pinned():
    assert tidings.dates.__all__ == ["find_times", "parse_date"]


@pytest.mark.parametrize(
    "text",
    [
        "13 January, 2017",
        "January 13, 2017",
        "13 Jan 2017",
        "2017-01-13",
        "13/01/2017",
        "Friday 13 January 2017",
        "Friday, 13 January 2017",
        "Jan. 13, 2017",
        "2017-01-13T08:00:00Z",
        "2017-01-13 08:00:00+00:00",
        "Fri, 13 Jan 2017 08:00:00 +0000",
        "Friday, January 13, 2017 10:30 a.m. EST",
        "13th of January 2017",
        "  13 January 2017  ",
        "13.01.2017",
        "20170113",
    ],
)
def test_common_spellings_of_one_date_read_alike(text):
    assert parse_date(text) == FRIDAY_13


def test_numeric_date_is_read_day_first():
    assert parse_date("03/04/2017") == date(2017, 4, 3)


def test_numeric_date_is_read_month_first_when_day_first_is_impossible():
    assert parse_date("01/13/2017") == FRIDAY_13


def test_two_digit_year_is_this_century_below_seventy():
    assert parse_date("13/01/17") == FRIDAY_13
    assert parse_date("13/01/98") == date(1998, 1, 13)


@pytest.mark.parametrize(
    "text",
    ["2017-02-30", "30 February 2017", "February 29, 2017", "31/02/2017", "2017-13-01", "32 January 2017"],
    ids=["iso-feb-30", "day-month-feb-30", "not-a-leap-year", "numeric-feb-31", "month-13", "day-32"],
)
def test_impossible_dates_are_none(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    "text",
    ["", "   ", "January 2017", "2017", "next Monday", "13 January", "Talks began on January 13, 2017.",
     "Maybe 13 2017", "x" * 200],
    ids=["empty", "blank", "month-and-year", "year", "relative", "no-year", "inside-a-sentence", "nonsense",
         "too-long"],
)
def test_text_that_is_not_one_complete_date_is_none(text):
    assert parse_date(text) is None


def test_leap_day_is_read_in_a_leap_year():
    assert parse_date("29 February 2016") == date(2016, 2, 29)
