"""Turn one matched expression into a value at the precision its words support, against the publication date.

Each resolver reads one pattern kind of :mod:`.patterns` and returns a :class:`Reading`, or None when the
match turns out not to be a date (an impossible day, "2011 and 2012" read as a range). ``forward`` is asked
only by the expressions whose direction the words leave open ("on Monday", "in December", "at the weekend").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from .parse import MONTHS, WEEKDAYS, day_number, make_date
from .patterns import NUMBERS, VAGUE
from .reckon import (
    add_months,
    month_after,
    month_before,
    month_value,
    nearest_year,
    shift,
    span_value,
    week_of,
    weekday_after,
    weekday_before,
    year_value,
)


class Forward(Protocol):
    """Asks whether the clause points forward; ``strict`` leaves a plain present out."""

    def __call__(self, strict: bool = False) -> bool: ...


_LOOK_AHEAD_DAYS = 31
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month; each lasts three


@dataclass(frozen=True, slots=True)
class Reading:
    value: str | None
    reason: str
    end_value: str | None = None
    forward: bool = False  # the words point forward ("next", "later this month", "will meet on Monday")


def _words(text: str | None) -> str:
    """Lower case with single spaces, for comparing modifiers."""
    return " ".join(text.lower().replace("-", " ").split()) if text else ""


def _word_before(m: re.Match[str]) -> str:
    """The word just before the match, lower case."""
    words = m.string[max(0, m.start() - 12):m.start()].split()
    return words[-1].lower() if words else ""


def _month(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _amount(text: str) -> tuple[int, int]:
    """The least and most units a number word means: "two" is (2, 2), "a few" is (2, 6)."""
    words = _words(text)
    if words in VAGUE:
        return VAGUE[words]
    n = int(words) if words.isdigit() else NUMBERS[words]
    return n, n


def _range_end(first: date, last: date) -> date:
    """The end of a range that crosses into the next year when it would otherwise run backwards."""
    return last if last >= first else make_date(last.year + 1, last.month, last.day) or last


def range_days(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "January 29-30", "29 January to 2 February 2018": a start and an end day."""
    m1, m2 = m["m1"] or m["m2"], m["m2"] or m["m1"]
    month1, month2 = _month(m1), _month(m2)
    d1, d2 = day_number(m["d1"]), day_number(m["d2"])
    if m["y"]:
        first, last = make_date(int(m["y"]), month1, d1), make_date(int(m["y"]), month2, d2)
        if first and last and last < first:
            first = make_date(first.year - 1, month1, d1)
        reason = "explicit-range"
    elif published:
        first = nearest_year(published, month1, d1)
        last = make_date(first.year, month2, d2) if first else None
        last = _range_end(first, last) if first and last else None
        reason = "range-nearest-year"
    else:
        return Reading(None, "range-no-year") if make_date(2016, month1, d1) and make_date(2016, month2, d2) else None
    if first is None or last is None or last <= first:
        return None
    return Reading(first.isoformat(), reason, last.isoformat())


def range_months(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "from March to May 2012", "between January and March": a start and an end month."""
    month1, month2 = _month(m["m1"]), _month(m["m2"])
    reason = "explicit-range"
    if m["y"]:
        year2 = int(m["y"])
        year1 = int(m["y1"]) if m["y1"] else year2 - (month1 > month2)
    elif m["y1"]:
        year1 = int(m["y1"])
        year2 = year1 + (month2 < month1)
    elif published:
        year1, _ = month_after(published, month1) if forward() else month_before(published, month1)
        year2 = year1 + (month2 < month1)
        reason = "range-month-nearest"
    else:
        return Reading(None, "range-no-year")
    if (year2, month2) <= (year1, month1):
        return None
    return Reading(month_value(year1, month1), reason, month_value(year2, month2))


def range_years(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "2011-2013", "2011–13", "from 2011 to 2013", "between 2011 and 2013"."""
    if " and " in m[0].lower() and _words(m["pre"]) != "between":
        return None  # "in 2011 and 2012" names two years, not a range
    first, second = int(m["y1"]), m["y2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 60:
        return None
    return Reading(year_value(first), "explicit-range", year_value(last))


def full_date(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    day = make_date(int(m["y"]), _month(m["m"]), day_number(m["d"]))
    return Reading(day.isoformat(), "explicit") if day else None


def iso_date(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    day = make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Reading(day.isoformat(), "explicit") if day else None


def numeric_date(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """13/01/2017 is read day first; month first only when day first is impossible (01/13/2017)."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    day = make_date(year, b, a) or (make_date(year, a, b) if b > 12 else None)
    return Reading(day.isoformat(), "explicit") if day else None


def month_day(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "January 23": the year that puts the day nearest the publication date.

    News looks back more often than months ahead: a nearest day more than a month in the future is taken from
    the year before unless its clause points forward ("stepped down on February 11", published in September).
    """
    month, day = _month(m["m"]), day_number(m["d"])
    if not make_date(2016, month, day):  # 2016 has a 29 February, so this rejects only impossible days
        return None
    if published is None:
        return Reading(None, "month-day-no-year")
    found = nearest_year(published, month, day)
    if found is None:
        return None
    ahead = _word_before(m) in ("until", "till", "by", "before")  # a deadline: "imports are allowed until Nov. 15"
    if (found - published).days > _LOOK_AHEAD_DAYS and not ahead and not forward(strict=True):
        earlier = make_date(found.year - 1, month, day)
        if earlier:
            return Reading(earlier.isoformat(), "month-day-past")
    return Reading(found.isoformat(), "month-day-nearest-year")


def month_year(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    return Reading(month_value(int(m["y"]), _month(m["m"])), "explicit")


def month_relative_year(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "March last year", "in late March this year"."""
    step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    if published is None:
        return Reading(None, "month-relative-year", forward=step > 0)
    return Reading(month_value(published.year + step, _month(m["m"])), "month-relative-year", forward=step > 0)


def month_alone(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "in December", "late December", "last January": the nearest such month, back unless the text looks ahead."""
    month, mod = _month(m["m"]), _words(m["mod"])
    if published is None:
        return Reading(None, "month-no-year", forward=mod == "next")
    if mod == "last":
        year, _ = month_before(published, month, strict=True)
        reason = "month-last"
    elif mod == "next":
        year, _ = month_after(published, month, strict=True)
        reason = "month-next"
    elif mod == "this":
        year, reason = published.year, "month-this-year"
    elif _words(m["lead"]) != "since" and forward():
        year, _ = month_after(published, month)
        reason = "month-future"
    else:
        year, _ = month_before(published, month)
        reason = "month-past"
    return Reading(month_value(year, month), reason, forward=mod == "next")


def opened(reading: Reading, word: str, published: date | None) -> Reading:
    """A value after "since" becomes a range that runs to the publication date; after "from", an open start."""
    if word == "since":
        end = published.isoformat()[: len(reading.value)] if published and reading.value else None
        return Reading(reading.value, "since", end)
    return Reading(reading.value, "from", forward=reading.forward)


def weekday(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "on Monday": the publication day or the nearest day before it, unless the text points forward."""
    mod, wd = _words(m["mod"]), WEEKDAYS[m["wd"].lower()]
    ahead = mod in ("next", "coming", "this coming")
    if published is None:
        return Reading(None, "weekday-no-date", forward=ahead)
    if mod in ("the previous", "the following", "the next", "that", "the same"):
        return Reading(None, "weekday-anaphoric")  # counted from another day the article names, not from today
    if mod in ("last", "past", "this past"):
        return Reading(weekday_before(published, wd, least=1).isoformat(), "weekday-last")
    if ahead:
        return Reading(weekday_after(published, wd, least=1).isoformat(), "weekday-next", forward=True)
    if forward():
        return Reading(weekday_after(published, wd).isoformat(), "weekday-future", forward=True)
    return Reading(weekday_before(published, wd).isoformat(), "weekday-past")


def deictic_day(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "today", "tonight", "this morning", "yesterday", "last night", "tomorrow", "overnight"."""
    words = _words(m[0])
    if words.startswith(("yesterday", "last night")):
        offset, reason = -1, "yesterday"
    elif words.startswith("tomorrow"):
        offset, reason = 1, "tomorrow"
    elif words == "overnight":  # the night before the publication day, into it
        if published is None:
            return Reading(None, "overnight")
        return Reading(span_value(published - timedelta(days=1), published), "overnight")
    else:
        offset, reason = 0, "today"
    value = (published + timedelta(days=offset)).isoformat() if published else None
    return Reading(value, reason, forward=offset > 0 or words.startswith("later"))


def relative_unit(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "last month", "earlier this week", "the end of next year", "later in the month", "this summer"."""
    rel, unit, mod = _words(m["rel"]), m["unit"].lower(), _words(m["mod"])
    if rel == "the" and not (mod in ("earlier", "later", "the end of", "the beginning of", "the start of")
                             or unit == "weekend"):
        return None  # "the week", "the summer": no anchor in the words
    rel = "this" if rel == "the" else rel
    ahead = rel in ("next", "the coming") or mod == "later"
    if published is None:
        return Reading(None, f"relative-{unit}", forward=ahead)
    if unit == "weekend":
        return _weekend(published, rel, forward)
    if unit in SEASONS:
        return _season(published, rel, unit)
    step = {"last": -1, "this": 0, "next": 1}.get(rel)
    if step is None:  # "the coming week": the stretch after the publication day
        return Reading(span_value(published + timedelta(days=1), shift(published, unit, 1)), f"coming-{unit}",
                       forward=True)
    if unit == "week":
        monday, sunday = week_of(published, step)
        first, last = _part_of_week(published, monday, sunday, mod if step == 0 else "")
        return Reading(span_value(first, last), "relative-week", forward=ahead)
    if unit == "month":
        year, month = add_months(published.year, published.month, step)
        return Reading(month_value(year, month), "relative-month", forward=ahead)
    return Reading(year_value(published.year + step), "relative-year", forward=ahead)


def _part_of_week(published: date, monday: date, sunday: date, mod: str) -> tuple[date, date]:
    """The days of this week that "earlier", "later", "early", "late" leave open."""
    if mod == "earlier":
        return monday, published
    if mod == "later":
        return published, sunday
    if mod in ("early", "the beginning of", "the start of"):
        return monday, monday + timedelta(days=2)
    if mod in ("late", "the end of"):
        return monday + timedelta(days=3), sunday
    return monday, sunday


def _weekend(published: date, rel: str, forward: Forward) -> Reading:
    """ "last weekend" is the one before; "next weekend" the coming one; "this / the weekend" follows the verb."""
    if rel == "last":
        saturday = weekday_before(published, 5, least=2)
        reason = "weekend-last"
    elif rel in ("next", "the coming") or (published.weekday() < 5 and forward()):
        saturday = weekday_after(published, 5, least=1 if published.weekday() >= 5 else 0)
        reason = "weekend-future"
    else:
        saturday = weekday_before(published, 5)
        reason = "weekend-past"
    return Reading(span_value(saturday, saturday + timedelta(days=1)), reason, forward=reason == "weekend-future")


def _season(published: date, rel: str, unit: str) -> Reading:
    """ "last summer": the latest one over before publication; "this summer": the one under way or this year's."""
    first_month = SEASONS[unit]
    now = (published.year, published.month)
    spans = [((y, first_month), add_months(y, first_month, 2)) for y in range(published.year - 2, published.year + 2)]
    if rel == "last":
        start, end = [s for s in spans if s[1] < now][-1]
    elif rel in ("next", "the coming"):
        start, end = next(s for s in spans if s[0] > now)
    else:
        start, end = next((s for s in spans if s[0] <= now <= s[1]), spans[2])
    return Reading(span_value(date(*start, 1), date(*end, 1)), f"season-{rel.replace(' ', '-')}",
                   forward=rel in ("next", "the coming"))


def ago(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "two days ago", "a few weeks ago", "six years ago": as precise as the unit."""
    least, most = _amount(m["n"])
    unit = m["unit"].lower()
    if published is None:
        return Reading(None, "ago")
    if least == most and unit in ("day", "month", "year"):
        point = shift(published, unit, -least)
        value = {"day": point.isoformat(), "month": month_value(point.year, point.month),
                 "year": year_value(point.year)}[unit]
        return Reading(value, "ago")
    if unit == "decade":  # "four decades ago" is a rough count of years
        return Reading(None, "ago")
    if least == most and unit == "week":  # "two weeks ago" names a week, give or take a few days
        point = shift(published, unit, -least)
        return Reading(span_value(point - timedelta(days=3), point + timedelta(days=3)), "ago")
    return Reading(span_value(shift(published, unit, -most), shift(published, unit, -least)), "ago")


def past_span(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "the past 24 hours", "over the last week": every day from then to the publication date."""
    if not (m["n"] or m["lead"] or "past" in m[0].lower()):
        return None  # "the last year of the war" is no span back from today
    most = _amount(m["n"])[1] if m["n"] else 1
    if published is None:
        return Reading(None, "past-span")
    return Reading(span_value(shift(published, m["unit"].lower(), -most), published), "past-span")


def recent(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    return Reading(None, "recent")


def year(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "in 2012", "late 2015", "the summer of 2012"."""
    return Reading(m["y"], "explicit")


def decade(m: re.Match[str], published: date | None, forward: Forward) -> Reading | None:
    """ "the 1990s" is 1990 to 1999; "the early 1990s" 1990 to 1993."""
    start = int(m["y"])
    first, last = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}.get(_words(m["mod"]), (0, 9))
    return Reading(year_value(start + first), "decade", year_value(start + last))


RESOLVERS: dict[str, Callable[[re.Match[str], date | None, Forward], Reading | None]] = {
    "range-month-day": range_days, "range-day-month": range_days, "range-month": range_months,
    "range-year": range_years, "date": full_date, "date-iso": iso_date, "date-numeric": numeric_date,
    "month-day": month_day, "month-year": month_year, "month-relative-year": month_relative_year,
    "month": month_alone, "weekday": weekday,
    "deictic-day": deictic_day, "relative-unit": relative_unit, "ago": ago, "past-span": past_span,
    "recent": recent, "year": year, "decade": decade,
}
