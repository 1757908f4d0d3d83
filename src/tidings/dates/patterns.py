"""The regular expressions that find temporal expressions in running text, compiled once at import.

Each pattern has a kind (the resolver that reads it). Named groups: ``lead`` is a preposition that is matched
for context but left out of the mention ("in" of "in December"); ``pre`` is a range word kept in it ("from",
"between"); ``mod`` is a modifier kept in it ("last", "late", "earlier this"). "since" and "from" before any
single date are handled by the finder, which makes the date the start of a range.
The patterns run over the lower-cased text; the finder keeps only month and weekday names that are capitalised
in the original ("may" is a verb).
"""

from __future__ import annotations

import re

from .parse import DAY_RE, MONTH_RE, WEEKDAY_RE

NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}
# Vague amounts as the least and most units they can mean.
VAGUE = {"few": (2, 6), "a few": (2, 6), "several": (3, 7), "a couple of": (2, 3), "couple of": (2, 3)}

_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_VAGUE = r"(?:a\s+few|few|several|a\s+couple\s+of|couple\s+of)"
_MONTH_FULL = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d]|[.,]\d)"
_TO = r"\s*(?:-|–|—|to|until|till|through)\s*"
_SPAN_MOD = (r"(?:early|late|mid|end|(?:the\s+)?(?:end|beginning|start|middle)\s+of"
             r"|(?:the\s+)?(?:first|second)\s+half\s+of)")
# After "the", these words belong to the mention ("the end of 2012", "the summer of 2012"), not to its lead.
_SEASON_OR_PART = r"\s+(?:end|beginning|start|middle|first|second|spring|summer|autumn|fall|winter)\b"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_ABBREV = r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
# An abbreviated month after a day must be dotted or followed by a year or a timeline's dash or colon:
# "3 Jan.", "3 Jan 2017", "3 Jan: Car bomb", but not "Jan" of "3 Jan Egeland".
_MONTH_AFTER_DAY = rf"(?:{_MONTH_FULL}|{_ABBREV}\.|{_ABBREV}(?=\s*\d|\s*[-:–]))"
_YEAR_AFTER = rf"(?:,\s*|\s+)(?P<y>{_YEAR})"
_WEEKDAY_LEAD = rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?"


def _compile(pattern: str) -> re.Pattern[str]:
    """Patterns are written in lower case and run over lower-cased text: ``re.I`` costs twice the time."""
    return re.compile(pattern)


# (kind, the anchor class that triggers it, pattern)
PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # Ranges: "January 29-30", "January 29 to February 2, 2018", "29-30 January", "from 2011 to 2013".
    ("range-month-day", "month", _compile(
        rf"\b(?:(?P<pre>from|between)\s+)?(?P<m1>{MONTH_RE})\.?\s+(?P<d1>{DAY_RE})"
        rf"(?:{_TO}|\s+and\s+)(?:(?P<m2>{MONTH_RE})\.?\s+)?(?P<d2>{DAY_RE})\b(?:,?\s+(?P<y>{_YEAR}))?")),
    ("range-day-month", "month", _compile(
        rf"\b(?:(?P<pre>from|between)\s+)?(?P<d1>{DAY_RE})(?:\s+(?P<m1>{_MONTH_AFTER_DAY}))?"
        rf"(?:{_TO}|\s+and\s+)(?P<d2>{DAY_RE})\s+(?P<m2>{_MONTH_AFTER_DAY})(?:,?\s+(?P<y>{_YEAR}))?")),
    ("range-month", "month", _compile(
        rf"\b(?P<pre>from|between)\s+(?P<m1>{_MONTH_FULL})(?:\s+(?P<y1>{_YEAR}))?(?:{_TO}|\s+and\s+)"
        rf"(?P<m2>{_MONTH_FULL})\b(?:\s+(?P<y>{_YEAR}))?")),
    ("range-year", "year", _compile(
        rf"\b(?:(?P<pre>from|between)\s+)?(?P<y1>{_YEAR})(?:{_TO}|\s*/\s*|\s+and\s+)(?P<y2>{_YEAR}|\d\d(?!\d))")),
    # Full dates.
    ("date", "month", _compile(
        rf"\b{_WEEKDAY_LEAD}(?:the\s+)?(?P<d>{DAY_RE})(?:\s+of)?\s+(?P<m>{_MONTH_AFTER_DAY}),?\s+(?P<y>{_YEAR})")),
    ("date", "month", _compile(rf"\b{_WEEKDAY_LEAD}(?P<m>{MONTH_RE})\.?\s+(?P<d>{DAY_RE}){_YEAR_AFTER}")),
    ("date-iso", "year", _compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    ("date-numeric", "year", _compile(rf"\b(?P<a>[0-3]?\d)/(?P<b>[01]?\d)/(?P<y>{_YEAR})")),
    # A day and month without a year: "January 23", "Monday, January 9", "23 January", "the 6th of December".
    ("month-day", "month", _compile(
        rf"\b{_WEEKDAY_LEAD}(?P<m>{MONTH_RE})\.?\s+(?P<d>{DAY_RE})\b(?![.,:]?\d|\s*,?\s*\d)")),
    ("month-day", "month", _compile(
        rf"\b{_WEEKDAY_LEAD}(?:the\s+)?(?P<d>{DAY_RE})(?:\s+of)?\s+(?P<m>{_MONTH_AFTER_DAY})(?!\w)")),
    # A month of a year named from the publication: "March last year", "in late March this year".
    ("month-relative-year", "month", _compile(
        rf"\b(?:(?P<mod>{_SPAN_MOD})[\s-]+)?(?P<m>{_MONTH_FULL})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b")),
    # A month and a year: "January 2017", "late December 2016", "mid-January 2012".
    ("month-year", "month", _compile(
        rf"\b(?:(?P<mod>{_SPAN_MOD})[\s-]+)?(?P<m>{MONTH_RE})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR})")),
    # A month on its own: "in December", "late December", "last January", "since March".
    ("month", "month", _compile(
        rf"\b(?:(?P<lead>in|on|during|by|of|until|till|since|from)\s+)?"
        rf"(?:(?P<mod>last|next|this|{_SPAN_MOD})[\s-]+)?(?P<m>{_MONTH_FULL})\b(?!\s*,?\s*(?:of\s+)?\d)")),
    # Weekdays: "Monday", "on Thursday night", "next Monday", "this coming Friday".
    ("weekday", "weekday", _compile(
        rf"\b(?:(?P<mod>last|next|this\s+coming|this\s+past|this|coming|past|the\s+previous|the\s+following"
        rf"|the\s+next|the\s+same)\s+)?(?P<wd>{WEEKDAY_RE}){_PART}\b")),
    # Days named from the publication day.
    ("deictic-day", "deictic", _compile(
        r"\b(?:(?:earlier|later)\s+)?today\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b"
        r"|\byesterday" + _PART + r"\b|\blast\s+night\b|\btomorrow" + _PART + r"\b|\bovernight\b")),
    # "last month", "earlier this week", "the end of next year", "later in the month", "this summer".
    ("relative-unit", "unit", _compile(
        rf"\b(?:(?P<mod>earlier|later|early|late|mid|{_SPAN_MOD})[\s-]+(?:in\s+)?)?"
        r"(?P<rel>last|this|next|the\s+coming|the)\s+"
        r"(?P<unit>week|month|year|weekend|spring|summer|autumn|fall|winter)\b")),
    # "two days ago", "a few weeks ago".
    ("ago", "unit", _compile(rf"\b(?P<n>{_NUM}|{_VAGUE})\s+(?P<unit>day|week|month|year|decade)s?\s+ago\b")),
    # "the past 24 hours", "over the last week", "in the past few days".
    ("past-span", "unit", _compile(
        rf"\b(?:(?P<lead>in|over|during|within|for)\s+)?the\s+(?:past|last)\s+(?:(?P<n>{_NUM}|{_VAGUE})\s+)?"
        r"(?P<unit>hour|day|week|month|year|decade)s?\b")),
    ("recent", "recent", _compile(r"\b(?:in\s+)?recent\s+(?:days|weeks|months|years)\b|\brecently\b|\blately\b")),
    # A year: "in 2012", "since 2011", "late 2015", "the summer of 2012", "2012" (kept only where spaCy agrees).
    ("year", "year", _compile(
        rf"\b(?:(?P<lead>in|during|by|of|until|till|for|since|from|the(?!{_SEASON_OR_PART})|a|an|its|his|her|their)"
        r"\s+)?"
        rf"(?:(?P<mod>{_SPAN_MOD}|(?:the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of)?)[\s-]+)?(?P<y>{_YEAR})")),
    ("decade", "year", _compile(r"\b(?:(?P<mod>early|late|mid)[\s-]+)?(?:the\s+)?(?P<y>(?:1[89]|20)\d0)'?s\b")),
)

# The words every pattern needs one of, found in one cheap case-sensitive pass; the patterns then run only in a
# window around them. The class says which patterns an anchor can start; a four-digit number is a "year".
_ANCHOR_WORDS = {
    "month": "January February March April May June July August September October November December "
             "Sept Jan Feb Mar Apr Jun Jul Aug Sep Oct Nov Dec",
    "weekday": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "deictic": "today tonight yesterday tomorrow morning afternoon evening night overnight",
    "unit": "weekend weeks week months month years year hours hour days day decades decade spring summer autumn "
            "fall winter",
    "recent": "recently recent lately",
}


ANCHOR_CLASS = {word.lower(): name for name, words in _ANCHOR_WORDS.items() for word in words.split()}


def _anchor_pattern() -> re.Pattern[str]:
    """All anchor words grouped by first letter (four times faster in ``re`` than a flat list); years too.

    Lower-case words also match with a capital ("Yesterday", "Last week"); month and weekday names only with one.
    """
    by_letter: dict[str, list[str]] = {}
    for words in _ANCHOR_WORDS.values():
        for word in words.split():
            for form in {word, word.capitalize()} if word.islower() else {word}:
                by_letter.setdefault(form[0], []).append(form[1:])
    parts = [f"{letter}(?:{'|'.join(sorted(rests, key=len, reverse=True))})" for letter, rests in by_letter.items()]
    return re.compile(r"\b(?:" + "|".join(parts) + r"|(?:1[89]|20)\d\d)")


ANCHOR = _anchor_pattern()

# A spaCy DATE entity that only measures time ("six years", "24 hours", "48-year-old") is not a date.
DURATION = re.compile(
    rf"(?:(?:about|around|nearly|almost|more\s+than|less\s+than|at\s+least|over|some|the|another|up\s+to)\s+)*"
    rf"(?:{_NUM}|{_VAGUE}|\d+(?:\.\d+)?|many|some|\w+-\w+)?[\s-]*(?:and\s+a\s+half\s+)?"
    r"(?:second|minute|hour|day|night|week|month|year|decade|century|centuries)s?(?:[\s-]+(?:long|old))?",
    re.I,
)
# A spaCy DATE entity with one of these words is a frequency or an age ("daily", "each year", "aged 50"), no date.
NOT_A_DATE = re.compile(
    r"\b(?:daily|weekly|monthly|annual|annually|yearly|nightly|hourly|every|each|per|seasonal|aged?|old)\b"
    r"|^\d{1,3}$",
    re.I,
)
# Words after which a four-digit number is a number, not a year: "Resolution 1973", "flight 2042".
NOT_YEAR_AFTER = frozenset({"resolution", "resolutions", "no", "no.", "number", "flight", "article", "chapter", "page",
                            "room", "route", "paragraph", "code", "model", "bus", "highway", "a350", "a380"})
# Feast and trading days whose weekday name is not a day in the publication's week.
NAMED_DAYS = frozenset({"good", "black", "bloody", "holy", "palm", "easter", "ash", "super", "cyber", "maundy"})
