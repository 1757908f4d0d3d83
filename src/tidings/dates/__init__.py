"""Dates: read absolute dates (:func:`parse_date`) and find every temporal expression of an article
(:func:`find_times`, the ``dates`` stage), resolved against the publication date.

How expressions resolve (``reason`` names the rule; published Tuesday 2017-01-10):

======================================  =====================================  ==========================
expression                              value                                  reason
======================================  =====================================  ==========================
"13 January 2017", "2017-01-13"         2017-01-13                             explicit
"January 2017", "in 2012"               2017-01, 2012                          explicit
"on Monday", "said Tuesday"             nearest day back, the publication      weekday-past
                                        day included: 2017-01-09, 2017-01-10
"will meet / is due / set to begin      nearest day ahead, the publication     weekday-future
on Monday", "meets on Monday"           day included: 2017-01-16
"next Monday", "last Tuesday"           2017-01-16, 2017-01-03 (never today)   weekday-next, weekday-last
"the previous Friday"                   None (counted from another day)        weekday-anaphoric
"December 30", "January 23"             the nearest such day: 2016-12-30,      month-day-nearest-year
                                        2017-01-23
"February 11" in a past clause, over    the year before                        month-day-past
a month ahead at its nearest
"in December", "late December"          latest December up to now: 2016-12;    month-past, month-future
                                        the next one when the clause looks
                                        ahead
"last month", "this month",             2016-12, 2017-01, 2017-02              relative-month
"later this month", "next month"
"last year", "this year", "next year"   2016, 2017, 2018                       relative-year
"March last year"                       2016-03                                month-relative-year
"today", "this morning", "tonight"      2017-01-10                             today
"yesterday", "last night" /             2017-01-09 / 2017-01-11                yesterday / tomorrow
"tomorrow"
"this week", "earlier this week",       the finest value that covers every     relative-week,
"last week", "the past 24 hours",       day meant: the month when they lie in  past-span, weekend-*,
"over the past week", "the weekend",    one month, the year when in one year,  overnight
"overnight"                             else None
"two days ago", "six years ago"         2017-01-08, 2011 (as precise as the    ago
                                        unit; weeks and "a few" as spans)
"recently", "in recent weeks"           None                                   recent
"January 29-30", "from 2011 to 2013"    value and end_value                    explicit-range,
                                                                               range-nearest-year
"since 2011"                            2011 to the publication: 2011..2017    since
"from 2015" (no end)                    2015, no end                           from
"the 1990s", "the early 1990s"          1990..1999, 1990..1993                 decade
"for six years", "24 hours", "daily",   no mention: durations, frequencies
"aged 50"                               and ages are not dates
other spaCy DATE / TIME entities        their year if they hold one, else      year-in-phrase,
("the end of the war", "6:30 pm")       None                                   unresolved, time-of-day
======================================  =====================================  ==========================

Without a publication date, absolute dates and years still resolve; everything relative gets value None.
``future`` is True when the words point forward or the value lies after the publication date.
"""

from __future__ import annotations

from .parse import parse_date
from .stage import find_times

__all__ = ["find_times", "parse_date"]
