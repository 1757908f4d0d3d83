"""Absolute dates written the common ways, read into :class:`datetime.date`; the month and weekday names they use."""

from __future__ import annotations

import re
from datetime import date

MONTHS: dict[str, int] = {}
for _number, _name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"),
    start=1,
):
    MONTHS[_name] = _number
    MONTHS[_name[:3]] = _number
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _number, _name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")):
    WEEKDAYS[_name] = _number
    WEEKDAYS[_name[:3]] = _number
WEEKDAYS.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})

# Full names first so that the alternation never stops at an abbreviation's prefix ("Jan" inside "January").
MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
)
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WEEKDAY_ANY = WEEKDAY_RE[:-1] + r"|mon|tues|tue|wed|thurs|thu|fri|sat|sun)"
DAY_RE = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"

_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY_ANY}\.?,?\s+)?"
# A clock time after the date ("T08:00:00Z", " 08:00 GMT", ", 10:30 am +0100") is allowed and ignored.
_TIME_SUFFIX = (
    r"(?:(?:T|\s+|,\s*)(?:at\s+)?\d{1,2}(?::\d{2}){1,2}(?:\.\d+)?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:Z|UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2})?)?"
)

_ISO = re.compile(rf"(?P<y>\d{{4}})(?P<s>[-/.])(?P<m>\d{{1,2}})(?P=s)(?P<d>\d{{1,2}}){_TIME_SUFFIX}", re.I)
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})")
_NUMERIC = re.compile(
    rf"{_WEEKDAY_PREFIX}(?P<a>\d{{1,2}})(?P<s>[-/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>\d{{4}}|\d{{2}}){_TIME_SUFFIX}", re.I
)
_DAY_MONTH = re.compile(
    rf"{_WEEKDAY_PREFIX}(?:the\s+)?(?P<d>{DAY_RE})(?:\s+of)?[\s-]+(?P<m>{MONTH_RE})\.?,?[\s-]+(?P<y>\d{{4}})"
    rf"{_TIME_SUFFIX}",
    re.I,
)
_MONTH_DAY = re.compile(
    rf"{_WEEKDAY_PREFIX}(?P<m>{MONTH_RE})\.?\s+(?P<d>{DAY_RE}),?\s+(?P<y>\d{{4}}){_TIME_SUFFIX}", re.I
)


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def day_number(text: str) -> int:
    """The number in a day such as ``13``, ``13th`` or ``01``."""
    return int(text.rstrip("stndrhSTNDRH"))


def parse_date(text: str) -> date | None:
    """Read one absolute date written any common way, or return None.

    Accepts "13 January, 2017", "January 13, 2017", "Jan. 13, 2017", "13 Jan 2017", "Friday 13 January 2017",
    "2017-01-13", "2017-01-13T08:00:00Z", "Fri, 13 Jan 2017 08:00:00 +0000" and numeric "13/01/2017" (day first
    unless the first number cannot be a day's month partner: "01/13/2017" is read month first). A clock time
    and zone after the date are ignored; the date is the one written, not converted to another zone.

    Args:
        text: the whole string to read; anything other than one date (and an optional time) gives None.

    Returns:
        The date, or None when the text is not a complete date or names one that does not exist (2017-02-30).
    """
    s = text.strip()
    if not s or len(s) > 80:
        return None
    if m := _ISO.fullmatch(s):
        return make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _COMPACT.fullmatch(s):
        return make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m := _DAY_MONTH.fullmatch(s):
        return make_date(int(m["y"]), MONTHS[m["m"].lower()], day_number(m["d"]))
    if m := _MONTH_DAY.fullmatch(s):
        return make_date(int(m["y"]), MONTHS[m["m"].lower()], day_number(m["d"]))
    if m := _NUMERIC.fullmatch(s):
        return _numeric(int(m["a"]), int(m["b"]), m["y"])
    return None


def _numeric(a: int, b: int, year_text: str) -> date | None:
    """A numeric date: day first, month first only when the day-first reading is impossible."""
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < 70 else 1900
    return make_date(year, b, a) or (make_date(year, a, b) if b > 12 else None)
