"""Publication dates: a record's own value, a dateline near the top of the text, or the configured fallback.

A dateline is looked for in the first ``DATELINE_LINES`` non-blank lines, in two shapes:

* a line that holds a full date and nothing else but date words: "13 January, 2017",
  "Published: Friday 13 January 2017 10:32 GMT", "Updated Jan. 13, 2017 | 4:05 pm";
* a wire-service dateline that opens a paragraph: a place in capitals, a comma, a date, an optional
  agency in brackets and a dash: "WASHINGTON, Jan. 13 (Reuters) -", "BEIRUT, Lebanon, 13 January 2017 (AP) —".
  Such a dateline often has no year; the year is then taken from the fallback date (the one nearest to it),
  and without a fallback the dateline gives nothing.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from ..config import Config
from ..dates import parse_date
from ..errors import BadDate, ConfigError

DATELINE_LINES = 8
TOP_CHARS = 4000  # the top of a text, where a dateline or a title can be: no need to split a long text whole

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DMY = rf"(?P<d1>{_DAY})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
_MDY = rf"(?P<m2>{_MONTH})\.?\s+(?P<d2>{_DAY}),?\s+(?P<y2>\d{{4}})"
_ISO = r"(?P<y3>\d{4})-(?P<m3>\d{1,2})-(?P<d3>\d{1,2})"
_NUMERIC = r"\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}/\d{1,2}/\d{1,2}"
FULL_DATE = re.compile(rf"\b(?:{_DMY}|{_MDY}|{_ISO})\b", re.IGNORECASE)
_DATE_SHAPED = re.compile(rf"\s*(?:{_DMY}|{_MDY}|{_ISO}|{_NUMERIC})\b.*", re.IGNORECASE)

# Words that may stand beside the date on a date line: labels, weekdays, clock times and time zones.
_DATE_WORDS = frozenset(
    "published updated posted last modified first on at date time am pm a.m p.m local"
    " monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun"
    " gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt et pt msk ast ist".split()
)
_WIRE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\- ]+(?:,\s*[A-Z][\w.'’\- ]{1,30})?),\s+"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\.?)"
    r"(?:,?\s+(?P<year>\d{4}))?\s*(?:\([^)]{1,40}\)\s*)?[-–—:]",
    re.IGNORECASE,
)


def fallback_date(config: Config) -> date | None:
    """The configured publication date for inputs that carry none (``ingest.published``), or None."""
    value = config.ingest.published.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"config: ingest.published must be a date written YYYY-MM-DD, not {value!r}") from None


def record_date(value: Any, origin: str) -> date | None:
    """A record's publication date: an ISO date or datetime, a written date, or a Unix timestamp.

    None when the record has no value; BadDate when it has one that is impossible or unreadable.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise BadDate(origin, f"unreadable published date {value!r} (a {type(value).__name__})")
    if isinstance(value, (int, float)):
        return _timestamp(value, origin)
    text = value.strip()
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    found = parse_date(text)
    if found is not None:
        return found
    if _DATE_SHAPED.fullmatch(text):
        raise BadDate(origin, f"impossible published date {text!r}")
    raise BadDate(origin, f"unreadable published date {text!r}")


def _timestamp(value: float, origin: str) -> date:
    """A Unix timestamp in seconds, or in milliseconds when it is too large to be seconds."""
    seconds = value / 1000 if abs(value) > 1e11 else value
    try:
        return datetime.fromtimestamp(seconds, UTC).date()
    except (OverflowError, OSError, ValueError):
        raise BadDate(origin, f"impossible published date {value!r}") from None


def dateline(text: str, fallback: date | None = None) -> date | None:
    """The publication date a dateline near the top of the text gives, or None."""
    lines = (line for line in text[:TOP_CHARS].splitlines() if line.strip())
    for _, line in zip(range(DATELINE_LINES), lines, strict=False):
        found = _date_line(line) or _wire_dateline(line, fallback)
        if found:
            return found
    return None


def is_date_line(line: str) -> bool:
    """True when the line is a date and date words only (so it is no headline)."""
    return _date_line(line) is not None


def _date_line(line: str) -> date | None:
    """The date of a line that holds a full date and nothing but date words."""
    if len(line) > 80:
        return None
    match = FULL_DATE.search(line)
    if not match:
        return None
    rest = line[: match.start()] + " " + line[match.end():]
    for token in re.findall(r"[A-Za-z][A-Za-z.]*|\d+", rest):
        if token.isdigit() and len(token) <= 4:
            continue  # clock times and zone offsets: 10:32, +0200
        if token.lower().rstrip(".") not in _DATE_WORDS:
            return None
    return parse_date(match.group(0))


def _wire_dateline(line: str, fallback: date | None) -> date | None:
    """The date of a wire-service dateline ("BEIRUT, Jan. 13 (AP) -"); its year from the fallback if unsaid."""
    match = _WIRE.match(line[:200])
    if not match or sum(c.isupper() for c in match["place"]) < 2 or not match["place"].split(",")[0].isupper():
        return None
    month_name, day_text = (match["m1"], match["d1"]) if match["m1"] else (match["m2"], match["d2"])
    month = _MONTHS.index(month_name[:3].lower()) + 1
    day = int(re.sub(r"\D", "", day_text))
    if match["year"]:
        return parse_date(f"{day} {month_name} {match['year']}")
    if fallback is None:
        return None
    candidates = []
    for year in (fallback.year - 1, fallback.year, fallback.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs(d - fallback), default=None)
