"""Quotation marks in raw text: what opens, what closes, and what is only an apostrophe."""

from __future__ import annotations

import pytest

from tidings.quotes import quoted_spans


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in quoted_spans(text)]


def test_marks_finds_curly_quotation_without_its_marks():
    text = "The envoy said “the door is open” on Friday."
    (span,) = quoted_spans(text)
    assert text[span.start:span.end] == "the door is open"
    assert text[span.mark_start] == "“" and text[span.mark_end - 1] == "”"


def test_marks_pairs_straight_double_marks_by_their_neighbours():
    assert _quoted('"We stay," she said, calling it "a matter of honour".') == ["We stay,", "a matter of honour"]


def test_marks_finds_ptb_tokenised_quotation():
    text = "The minister said `` we will not leave '' on Monday ."
    assert _quoted(text) == ["we will not leave"]


@pytest.mark.parametrize("text", [
    "They don’t expect the convoy before Sunday.",
    "Assad’s forces and the rebels’ positions were shelled.",
    "The rebels' positions near the town's edge held.",
    "The government 's forces took the rebels ' positions .",  # PTB apostrophes stand apart
    "Veterans of the ’90s campaigns were called up.",
], ids=["contraction", "curly-possessives", "straight-possessives", "ptb-possessives", "decade"])
def test_marks_ignores_apostrophes(text):
    assert _quoted(text) == []


def test_marks_keeps_nested_single_quotation_inside_the_double_one():
    text = "He said Moscow was “telling them: ‘Go home’ and nothing more.”"
    assert _quoted(text) == ["telling them: ‘Go home’ and nothing more."]


def test_marks_tells_possessive_from_closing_single_mark():
    text = "The rebels’ leader called the offer ‘a trap’ and left."
    assert _quoted(text) == ["a trap"]


def test_marks_closes_single_quotation_after_a_plural_word():
    assert _quoted("Plans for Russia's 'Peace Talks' stalled.") == ["Peace Talks"]


def test_marks_runs_a_quotation_on_to_the_paragraph_that_reopens_it():
    text = "“The first paragraph has no closing mark.\n\n“The second closes it,” she said."
    spans = quoted_spans(text)
    assert _quoted(text) == ["The first paragraph has no closing mark.", "The second closes it,"]
    assert [s.closed for s in spans] == [False, True]


def test_marks_joins_lines_of_a_ptb_quotation():
    text = "`` The shelling went on all night . \nNobody slept . '' he said ."
    assert _quoted(text) == ["The shelling went on all night . \nNobody slept ."]


def test_marks_ignores_a_stray_closing_mark():
    assert _quoted("this is accountable '' End Quote and more text .") == []


def test_marks_finds_nothing_without_quotation_marks():
    assert quoted_spans("A plain report with no quotation at all.") == ()
