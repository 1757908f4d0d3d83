"""Calendar arithmetic for resolving expressions against a publication date, and the precision of the answer."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

UNITS = ("hour", "day", "week", "month", "year", "decade")


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def span_value(first: date, last: date) -> str | None:
    """The finest value that covers every day from ``first`` to ``last``: a day, a month, a year or None.

    This is how an expression that names a stretch of days ("this week", "the past 24 hours") is given the
    coarsest precision the text supports: the week of 2017-01-09 lies in January, so it is ``2017-01``; the week
    of 2016-12-26 straddles two years, so it has no honest single value.
    """
    if first > last:
        first, last = last, first
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return month_value(first.year, first.month)
    if first.year == last.year:
        return year_value(first.year)
    return None


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """The month ``n`` months after (or before, for negative ``n``) the given one."""
    index = year * 12 + month - 1 + n
    return index // 12, index % 12 + 1


def shift(day: date, unit: str, n: int) -> date:
    """``day`` moved by ``n`` units; a day that does not exist in the target month becomes its last day."""
    if unit == "hour":  # whole days only: the past 24 hours reach back into yesterday, the past hour does not
        days = (abs(n) + 23) // 24 if abs(n) >= 24 else 0
        return day + timedelta(days=days if n > 0 else -days)
    if unit == "day":
        return day + timedelta(days=n)
    if unit == "week":
        return day + timedelta(weeks=n)
    months = n * {"month": 1, "year": 12, "decade": 120}[unit]
    year, month = add_months(day.year, day.month, months)
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def weekday_before(published: date, weekday: int, least: int = 0) -> date:
    """The latest ``weekday`` at least ``least`` days before ``published`` (0: the publication day counts)."""
    back = (published.weekday() - weekday) % 7
    if back < least:
        back += 7
    return published - timedelta(days=back)


def weekday_after(published: date, weekday: int, least: int = 0) -> date:
    """The earliest ``weekday`` at least ``least`` days after ``published`` (0: the publication day counts)."""
    ahead = (weekday - published.weekday()) % 7
    if ahead < least:
        ahead += 7
    return published + timedelta(days=ahead)


def week_of(day: date, weeks: int = 0) -> tuple[date, date]:
    """Monday and Sunday of the week holding ``day``, moved by ``weeks``."""
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=weeks)
    return monday, monday + timedelta(days=6)


def nearest_year(published: date, month: int, day: int) -> date | None:
    """The ``month``/``day`` in the year that puts it nearest ``published`` (None if it exists in none of them)."""
    best: date | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        if day > monthrange(year, month)[1]:
            continue
        candidate = date(year, month, day)
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    return best


def month_before(published: date, month: int, strict: bool = False) -> tuple[int, int]:
    """The latest ``month`` up to the publication month (before it when ``strict``)."""
    year = published.year
    if month > published.month or (strict and month == published.month):
        year -= 1
    return year, month


def month_after(published: date, month: int, strict: bool = False) -> tuple[int, int]:
    """The earliest ``month`` from the publication month on (after it when ``strict``)."""
    year = published.year
    if month < published.month or (strict and month == published.month):
        year += 1
    return year, month


def later_than(value: str, published: date) -> bool:
    """Whether ``value`` (at its own precision) lies after the publication date."""
    return value > published.isoformat()[: len(value)]
