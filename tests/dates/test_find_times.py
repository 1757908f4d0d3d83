"""find_times: temporal expressions found in text and resolved against the publication date.

Unless a test says otherwise the article is published on Tuesday 10 January 2017.
"""

from __future__ import annotations

from datetime import date

import pytest

from tidings.dates import find_times
from tidings.nlp import sentences
from tidings.pipeline import STAGES
from tidings.records import Analysis, Article, TimeMention


@pytest.fixture(scope="module")
def times(ctx, nlp):
    """``times(text, published="2017-01-10") -> tuple[TimeMention, ...]``."""

    def run(text: str, published: str | None = "2017-01-10") -> tuple[TimeMention, ...]:
        doc = nlp(text)
        article = Article(id="t", text=text, published=date.fromisoformat(published) if published else None)
        return find_times(Analysis(article=article, sentences=sentences(doc)), doc, ctx)

    return run


@pytest.fixture(scope="module")
def one(times):
    """The single mention whose text is ``words``."""

    def run(text: str, words: str, published: str | None = "2017-01-10") -> TimeMention:
        found = [t for t in times(text, published) if t.text == words]
        assert len(found) == 1, [t.text for t in times(text, published)]
        return found[0]

    return run


def test_the_pipeline_runs_this_stage_for_times():
    (stage,) = [s for s in STAGES if s.name == "dates"]
    assert stage.load() is find_times and stage.adds == "times"


# Weekdays


def test_weekday_resolves_to_the_previous_day(one):
    mention = one("The envoy met rebel leaders on Monday.", "Monday")
    assert (mention.value, mention.reason, mention.future) == ("2017-01-09", "weekday-past", False)


def test_weekday_of_the_publication_day_is_the_publication_day(one):
    assert one("The ministers signed the accord on Tuesday.", "Tuesday").value == "2017-01-10"


def test_weekday_a_week_back_is_the_farthest_past_reading(one):
    assert one("Talks collapsed on Wednesday.", "Wednesday").value == "2017-01-04"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The two presidents will meet on Monday in Geneva.", "Monday", "2017-01-16"),
        ("Talks are set to begin on Thursday in the Kazakh capital.", "Thursday", "2017-01-12"),
        ("The inspectors' report is due on Friday.", "Friday", "2017-01-13"),
        ("The vote is scheduled for Saturday.", "Saturday", "2017-01-14"),
        ("The envoy is expected to arrive on Sunday.", "Sunday", "2017-01-15"),
        ("Officials said the convoy would leave on Thursday.", "Thursday", "2017-01-12"),
        ("The council meets on Friday to discuss the truce.", "Friday", "2017-01-13"),
    ],
    ids=["will", "set-to", "due", "scheduled-for", "expected-to", "would-after-said", "plain-present"],
)
def test_weekday_in_a_forward_clause_is_the_coming_day(one, text, words, value):
    mention = one(text, words)
    assert (mention.value, mention.reason, mention.future) == (value, "weekday-future", True)


def test_weekday_under_a_gerund_takes_the_tense_of_the_verb_above(one):
    assert one("The rebels would follow suit in applying the truce by Thursday.", "Thursday").value == "2017-01-12"
    assert one("Troops began shelling the town on Monday.", "Monday").value == "2017-01-09"


def test_weekday_in_a_past_plan_stays_in_the_past(one):
    mention = one("The envoy was due to arrive on Monday but stayed in Beirut.", "Monday")
    assert (mention.value, mention.future) == ("2017-01-09", False)


def test_next_weekday_is_in_the_coming_week(one):
    mention = one("Delegations gather next Monday in Astana.", "next Monday")
    assert (mention.value, mention.reason, mention.future) == ("2017-01-16", "weekday-next", True)


def test_this_coming_weekday_is_in_the_coming_week(one):
    assert one("The deadline falls this coming Friday.", "this coming Friday").value == "2017-01-13"


def test_last_weekday_is_never_the_publication_day(one):
    assert one("The shelling started last Tuesday.", "last Tuesday").value == "2017-01-03"


def test_weekday_after_the_previous_is_counted_from_another_day(one):
    mention = one("Turnout was higher than on the previous Friday.", "the previous Friday")
    assert (mention.value, mention.reason) == (None, "weekday-anaphoric")


def test_feast_day_named_after_a_weekday_is_no_date(times):
    assert times("The Good Friday agreement ended the conflict.") == ()


# Days named from the publication day


@pytest.mark.parametrize(
    ("words", "value", "future"),
    [("today", "2017-01-10", False), ("this morning", "2017-01-10", False), ("tonight", "2017-01-10", False),
     ("yesterday", "2017-01-09", False), ("last night", "2017-01-09", False), ("tomorrow", "2017-01-11", True)],
)
def test_days_named_from_the_publication_day(one, words, value, future):
    mention = one(f"Crowds gathered in the square {words}.", words)
    assert (mention.value, mention.future) == (value, future)


# Day and month without a year


def test_month_day_takes_the_nearest_year_back_across_new_year(one):
    mention = one("The ceasefire took effect on December 30.", "December 30")
    assert (mention.value, mention.reason) == ("2016-12-30", "month-day-nearest-year")


def test_month_day_takes_the_nearest_year_in_the_publication_year(one):
    mention = one("The talks are scheduled to begin in Astana on January 23.", "January 23")
    assert (mention.value, mention.future) == ("2017-01-23", True)


def test_month_day_takes_the_nearest_year_forward_across_new_year(one):
    assert one("Voting opens on 3 January.", "3 January", published="2016-12-28").value == "2017-01-03"


def test_month_day_far_ahead_in_a_past_clause_is_last_year(one):
    mention = one("The president stepped down on February 11.", "February 11", published="2011-09-10")
    assert (mention.value, mention.reason) == ("2011-02-11", "month-day-past")


def test_month_day_with_a_weekday_keeps_both_words(one):
    assert one("The vote was held on Monday, January 9.", "Monday, January 9").value == "2017-01-09"


def test_may_as_a_name_or_a_verb_is_no_date(times):
    assert times("Theresa May said the talks may resume.") == ()


# Months and years named from the publication date


@pytest.mark.parametrize(
    ("words", "value", "future"),
    [
        ("last month", "2016-12", False),
        ("this month", "2017-01", False),
        ("earlier this month", "2017-01", False),
        ("later this month", "2017-01", True),
        ("next month", "2017-02", True),
        ("last year", "2016", False),
        ("this year", "2017", False),
        ("next year", "2018", True),
        ("late last year", "2016", False),
    ],
)
def test_relative_months_and_years(one, words, value, future):
    mention = one(f"The offensive was planned {words}.", words)
    assert (mention.value, mention.future) == (value, future)


def test_month_of_a_named_relative_year(one):
    assert one("The uprising began in March last year.", "March last year").value == "2016-03"


@pytest.mark.parametrize(
    ("text", "words", "value", "reason"),
    [
        ("The city fell in December.", "December", "2016-12", "month-past"),
        ("Fighting flared again in late December.", "late December", "2016-12", "month-past"),
        ("Aid arrived in early January.", "early January", "2017-01", "month-past"),
        ("Refugees began returning in mid-January.", "mid-January", "2017-01", "month-past"),
        ("Elections will be held in March.", "March", "2017-03", "month-future"),
        ("The siege began last January.", "last January", "2016-01", "month-last"),
    ],
)
def test_month_without_a_year(one, text, words, value, reason):
    mention = one(text, words)
    assert (mention.value, mention.reason) == (value, reason)


def test_year_after_in_is_the_year(one):
    mention = one("The war began in 2011.", "2011")
    assert (mention.value, mention.reason) == ("2011", "explicit")


def test_numbered_resolution_is_no_year(times):
    assert times("The council passed Resolution 2254 unanimously.") == ()


# Weeks and other stretches of days


@pytest.mark.parametrize(
    ("words", "published", "value"),
    [
        ("earlier this week", "2017-01-10", "2017-01"),
        ("this week", "2017-01-10", "2017-01"),
        ("this week", "2017-01-31", "2017"),  # Monday 30 January to Sunday 5 February
        ("last week", "2017-01-10", "2017-01"),
        ("last week", "2017-01-03", None),  # Monday 26 December to Sunday 1 January
        ("the past 24 hours", "2017-01-10", "2017-01"),
        ("the past 24 hours", "2017-01-01", None),
    ],
)
def test_stretches_of_days_get_the_precision_they_lie_within(one, words, published, value):
    assert one(f"Dozens were killed {words}.", words, published=published).value == value


def test_recent_times_have_no_value(times):
    found = times("The rebels have recently lost ground, and in recent weeks the army advanced.")
    assert [(t.text, t.value, t.reason) for t in found] == [("recently", None, "recent"),
                                                            ("in recent weeks", None, "recent")]


def test_the_weekend_before_publication(one):
    assert one("Rebels attacked the base over the weekend.", "the weekend").value == "2017-01"


def test_days_ago_is_a_day_and_years_ago_a_year(times):
    found = times("The convoy left two days ago; the dam was built six years ago.")
    assert [(t.text, t.value) for t in found] == [("two days ago", "2017-01-08"), ("six years ago", "2011")]


# Ranges and open ranges


def test_day_range_in_one_month(one):
    mention = one("The congress will be held in Sochi on January 29-30.", "January 29-30", published="2018-01-26")
    assert (mention.value, mention.end_value, mention.future) == ("2018-01-29", "2018-01-30", True)


def test_day_range_with_the_month_last(one):
    mention = one("Delegates met on 29-30 January.", "29-30 January", published="2018-02-02")
    assert (mention.value, mention.end_value) == ("2018-01-29", "2018-01-30")


@pytest.mark.parametrize(
    "words", ["from 2011 to 2013", "between 2011 and 2013", "2011-2013", "2011–13"],
)
def test_year_ranges(one, words):
    mention = one(f"He commanded the brigade {words}.", words)
    assert (mention.value, mention.end_value, mention.reason) == ("2011", "2013", "explicit-range")


def test_two_years_joined_by_and_are_two_years(times):
    assert [(t.text, t.value, t.end_value) for t in times("Protests grew in 2011 and 2012.")] == [
        ("2011", "2011", None), ("2012", "2012", None)]


def test_since_opens_a_range_to_the_publication_date(one):
    mention = one("More than 300,000 people have died since 2011.", "since 2011")
    assert (mention.value, mention.end_value, mention.reason) == ("2011", "2017", "since")


def test_from_without_an_end_opens_a_range(one):
    mention = one("The rules apply from 2015.", "from 2015")
    assert (mention.value, mention.end_value, mention.reason) == ("2015", None, "from")


def test_decade_is_its_first_and_last_year(one):
    mention = one("Syria occupied Lebanon in the 1990s.", "the 1990s")
    assert (mention.value, mention.end_value, mention.reason) == ("1990", "1999", "decade")


# What is not a date


@pytest.mark.parametrize(
    "text",
    ["He served as governor for six years.", "The ceasefire held for 24 hours.", "A 48-year-old man was arrested."],
    ids=["for-six-years", "24-hours", "age"],
)
def test_durations_are_not_dates(times, text):
    assert times(text) == ()


@pytest.mark.parametrize(
    "text",
    ["The agency publishes casualty figures daily.", "Aid is delivered each year before winter.",
     "The minister told the Today programme he was hopeful."],
    ids=["daily", "each-year", "programme-name"],
)
def test_frequencies_and_names_are_not_dates(times, text):
    assert [t for t in times(text) if t.text.lower() in ("daily", "each year", "today")] == []


def test_clock_time_is_kept_without_a_value(times):
    (mention,) = [t for t in times("The blast was heard at 6:30 pm in the old city.") if "6:30" in t.text]
    assert (mention.value, mention.reason) == (None, "time-of-day")


# Absolute dates


@pytest.mark.parametrize(
    "words",
    ["13 January 2017", "January 13, 2017", "Jan. 13, 2017", "Friday 13 January 2017", "2017-01-13", "13/01/2017"],
)
def test_absolute_dates_resolve_without_the_publication_date(one, words):
    mention = one(f"The document is dated {words} in the archive.", words, published=None)
    assert (mention.value, mention.reason) == ("2017-01-13", "explicit")


# No publication date


@pytest.mark.parametrize(
    "words", ["Monday", "January 23", "last month", "yesterday", "this week", "December"],
)
def test_relative_expressions_without_a_publication_date_have_no_value(one, words):
    assert one(f"Fighting resumed in the north {'in ' if words == 'December' else ''}{words}.", words,
               published=None).value is None


def test_years_resolve_without_a_publication_date(one):
    assert one("The uprising began in 2011.", "2011", published=None).value == "2011"


# Offsets and sentences


def test_offsets_point_at_the_exact_words_and_sentence(times):
    text = ("Assad spoke to reporters on Monday. He said the talks would start on January 23. "
            "His forces recaptured Aleppo last month.")
    found = times(text)
    assert [(t.text, t.sentence) for t in found] == [("Monday", 0), ("January 23", 1), ("last month", 2)]
    for mention in found:
        assert text[mention.start:mention.end] == mention.text


def test_offsets_hold_after_letters_that_lower_case_to_two(times):
    text = "İdlib was shelled on Monday."
    (mention,) = times(text)
    assert (text[mention.start:mention.end], mention.value) == ("Monday", "2017-01-09")


def test_mentions_come_in_text_order_without_overlaps(times):
    found = times("On Monday, January 9, the army said that since 2011 and last year it had fought, "
                  "and in December it would fight again from 2015 to 2017.")
    spans = [(t.start, t.end) for t in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_the_new_date_of_something_put_off_is_ahead(one):
    assert one("The vote was postponed until March.", "March").value == "2017-03"
    assert one("The fighting went on until March.", "March").value == "2016-03"
