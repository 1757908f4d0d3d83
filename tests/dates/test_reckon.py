"""Calendar arithmetic: spans at their honest precision, nearest years, weekdays around a day."""

from __future__ import annotations

from datetime import date

from tidings.dates.reckon import (
    later_than,
    month_after,
    month_before,
    nearest_year,
    shift,
    span_value,
    weekday_after,
    weekday_before,
)


def test_span_within_one_day_is_that_day():
    assert span_value(date(2017, 1, 10), date(2017, 1, 10)) == "2017-01-10"


def test_span_within_one_month_is_the_month():
    assert span_value(date(2017, 1, 9), date(2017, 1, 15)) == "2017-01"


def test_span_across_months_of_one_year_is_the_year():
    assert span_value(date(2017, 1, 30), date(2017, 2, 5)) == "2017"


def test_span_across_years_has_no_value():
    assert span_value(date(2016, 12, 26), date(2017, 1, 1)) is None


def test_nearest_year_crosses_back_over_new_year():
    assert nearest_year(date(2017, 1, 10), 12, 30) == date(2016, 12, 30)


def test_nearest_year_crosses_forward_over_new_year():
    assert nearest_year(date(2016, 12, 28), 1, 3) == date(2017, 1, 3)


def test_nearest_year_skips_years_without_the_day():
    assert nearest_year(date(2017, 3, 1), 2, 29) == date(2016, 2, 29)


def test_weekday_before_counts_the_publication_day():
    tuesday = date(2017, 1, 10)
    assert weekday_before(tuesday, 1) == tuesday
    assert weekday_before(tuesday, 1, least=1) == date(2017, 1, 3)


def test_weekday_after_is_within_the_coming_week():
    tuesday = date(2017, 1, 10)
    assert weekday_after(tuesday, 0) == date(2017, 1, 16)
    assert weekday_after(tuesday, 1, least=1) == date(2017, 1, 17)


def test_month_before_and_after_wrap_the_year():
    published = date(2017, 1, 10)
    assert month_before(published, 12) == (2016, 12)
    assert month_after(published, 12) == (2017, 12)
    assert month_before(published, 1, strict=True) == (2016, 1)
    assert month_after(published, 1, strict=True) == (2018, 1)


def test_shift_by_months_keeps_to_the_last_day_of_a_short_month():
    assert shift(date(2017, 3, 31), "month", -1) == date(2017, 2, 28)


def test_shift_by_hours_reaches_whole_days():
    published = date(2017, 1, 10)
    assert shift(published, "hour", -24) == date(2017, 1, 9)
    assert shift(published, "hour", -1) == published


def test_later_than_compares_at_the_value_precision():
    published = date(2017, 1, 10)
    assert later_than("2017-01-11", published)
    assert not later_than("2017-01", published)
    assert later_than("2018", published)
