"""The title rule: the first line is the title when it reads as a headline."""

from __future__ import annotations

import pytest

from tidings.sources import headline

BODY = "The two delegations met for six hours and agreed to meet again next month in the same town."

TITLES = [
    ("blank-line-after", f"Truce talks resume in Valmont\n\n{BODY}", "Truce talks resume in Valmont"),
    ("body-right-after", f"Truce talks resume in Valmont\n{BODY}", "Truce talks resume in Valmont"),
    ("question", f"Will the truce hold?\n\n{BODY}", "Will the truce hold?"),
    ("quoted-ending", f"Rebels call the offer 'a trap'\n\n{BODY}", "Rebels call the offer 'a trap'"),
    ("leading-blank-lines", f"\n\n  Truce talks resume  \n\n{BODY}", "Truce talks resume"),
    ("capitals", f"TRUCE TALKS RESUME IN VALMONT\n\n{BODY}", "TRUCE TALKS RESUME IN VALMONT"),
    ("body-opens-with-quote", "Envoy hopeful after first round\n“We are close,” the envoy said.",
     "Envoy hopeful after first round"),
]

NOT_TITLES = [
    ("full-stop", f"Truce talks resumed in Valmont on Monday.\n\n{BODY}"),
    ("ends-with-colon", f"The envoy said:\n\n{BODY}"),
    ("too-long", f"{'Delegates from the northern provinces ' * 5}met\n\n{BODY}"),
    ("too-many-words", f"{'a b c d e f g h i j k l m ' * 2}z\n\n{BODY}"),
    ("one-word", f"Advertisement\n\n{BODY}"),
    ("no-body", "Truce talks resume in Valmont\n\n"),
    ("date-line", f"13 January, 2017\n\n{BODY}"),
    ("web-address", f"https://news.example/story\n\n{BODY}"),
    ("wrapped-paragraph", "The two delegations met for six hours in the lakeside town\nand agreed to meet again."),
    ("wrapped-on-joining-word", "The two delegations met for six hours in the town of\nValmont and agreed to go on."),
    ("no-letters", f"2017 — 2018\n\n{BODY}"),
    ("empty", ""),
]


@pytest.mark.parametrize(("text", "title"), [case[1:] for case in TITLES], ids=[case[0] for case in TITLES])
def test_first_line_that_reads_as_headline_is_the_title(text, title):
    assert headline(text) == title


@pytest.mark.parametrize("text", [case[1] for case in NOT_TITLES], ids=[case[0] for case in NOT_TITLES])
def test_first_line_that_does_not_read_as_headline_gives_no_title(text):
    assert headline(text) is None
