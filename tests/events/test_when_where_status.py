"""When, where and how sure: an event's date, place and status, from its own clause and from the article around it."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.events.attach import breaks, coarser
from tidings.events.settle import settle
from tidings.pipeline import analyse
from tidings.records import Article, Event


@pytest.fixture(scope="module")
def read(ctx):
    """The events of a text, with the discourse pass applied (it only fills what is still open, so running it again
    after the event stage has run it changes nothing)."""

    def run(text: str, published: str = "2017-03-10") -> list[Event]:
        doc = ctx.nlp(text)
        analysis = analyse(Article(id="t", text=text, published=date.fromisoformat(published)), doc, ctx)
        return settle(list(analysis.events or ()), analysis, doc)

    return run


def event(events: list[Event], kind: str, trigger: str | None = None) -> Event:
    found = [e for e in events if e.type == kind and (trigger is None or e.trigger == trigger)]
    assert found, f"no {kind} {trigger or ''} in {[(e.type, e.trigger) for e in events]}"
    return found[0]


def place(e: Event) -> str | None:
    return e.place.name if e.place else None


# -- dates


def test_when_a_participle_sets_the_scene_of_the_act_it_introduces(read):
    events = read("Speaking to reporters in Ankara on Tuesday, the Turkish foreign minister condemned the attack.")
    e = event(events, "ACCUSE")
    assert e.date == "2017-03-07" and place(e) == "Ankara"


def test_when_an_act_named_by_a_statement_keeps_no_date_of_the_statement(read):
    events = read("Speaking to reporters in Ankara on Tuesday, the Turkish foreign minister condemned the air strikes.")
    strikes = event(events, "ASSAULT")
    assert strikes.date is None and strikes.place is None


def test_when_a_relative_clause_dates_a_related_step_only_to_the_month(read):
    e = event(read("Israel and Hamas negotiated a truce that took effect on 12 February."), "AGREE")
    assert e.date == "2017-02" and "clause about the event" in e.date_reason


def test_when_a_statement_takes_the_day_and_place_its_speaker_spoke_later_in_the_article(read):
    text = ("Erdogan accused the Iraqi government of betraying its allies. "
            "Speaking to reporters in Ankara on Tuesday, Erdogan also called for an end to the fighting in Sinjar.")
    e = event(read(text), "ACCUSE")
    assert e.date == "2017-03-07" and place(e) == "Ankara" and "statement" in e.date_reason


def test_when_a_proposal_takes_the_day_of_the_speech_that_makes_it(read):
    e = event(read("On Thursday, Putin suggested that Russia might be willing to cooperate with Turkey."), "COOPERATE")
    assert e.status in ("proposed", "hypothetical") and e.date == "2017-03-09"


def test_when_a_reported_deed_takes_only_the_month_of_the_report(read):
    text = "The monitoring group said on Thursday that rebels had attacked an army convoy."
    e = event(read(text), "ASSAULT")
    assert e.date == "2017-03"


def test_when_an_act_under_way_dates_from_the_publication_month(read):
    e = event(read("Kurdish fighters are besieging the town of Manbij."), "COERCE")
    assert e.status == "ongoing" and e.date == "2017-03" and place(e) == "Manbij"


@pytest.mark.parametrize(("published", "expected"), [("2017-03-28", "2017-03"), ("2017-03-05", "2017"),
                                                     ("2017-01-10", None)],
                         ids=["three-weeks-in-one-month", "across-two-months", "across-two-years"])
def test_when_recently_is_as_precise_as_the_three_weeks_before_publication(read, published, expected):
    e = event(read("The militia recently attacked a convoy near Idlib.", published), "ASSAULT")
    assert e.date == expected


def test_when_a_deed_takes_the_date_and_place_of_the_deed_before_it_in_the_paragraph(read):
    text = "Rebels attacked an army checkpoint near Hama on Tuesday. Government officials said the attack had killed " \
           "five soldiers."
    events = read(text)
    first, second = (e for e in events if e.type == "ASSAULT")
    assert first.date == second.date == "2017-03-07" and place(second) == place(first)


def test_when_an_answer_to_an_earlier_event_lies_between_it_and_publication(read):
    e = event(read("Turkey has rejected the accusations over the bombing of a market in Idlib earlier this month."),
              "REJECT")
    assert e.date == "2017-03" and e.place is None


class _Text:
    """Just enough of a Doc for the paragraph breaks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.user_data: dict = {}


def test_when_a_line_break_cuts_a_glued_headline_from_its_story():
    text = "Rebels seize town\nTroops withdrew on Monday after heavy fighting in the north of the country.\n"
    assert breaks(_Text(text)) == tuple(i for i, c in enumerate(text) if c == "\n")


def test_when_hard_wrapped_text_breaks_only_at_blank_lines():
    line = "The ceasefire agreed by Russia and Turkey has largely held across Syria"
    text = "\n".join([line] * 8) + "\n\n" + line
    assert breaks(_Text(text)) == (text.index("\n\n"),)


@pytest.mark.parametrize(("value", "steps", "expected"), [("2016-12-30", 0, "2016-12-30"), ("2016-12-30", 1, "2016-12"),
                                                          ("2016-12-30", 2, "2016"), ("2016-12", 1, "2016-12")])
def test_when_dates_coarsen_to_month_then_year(value, steps, expected):
    assert coarser(value, steps) == expected


# -- places


def test_where_a_statement_is_made_not_what_it_is_about(read):
    events = read("The Turkish president called for new talks in Geneva.")
    assert event(events, "REQUEST").place is None


def test_where_a_speech_verb_names_the_place_it_was_said_in(read):
    events = read("In Geneva on Monday, the UN envoy accused the government of blocking aid convoys.")
    e = event(events, "ACCUSE")
    assert place(e) == "Geneva" and e.date == "2017-03-06"


def test_where_talks_about_a_country_are_not_in_it(read):
    e = event(read("Russia and Turkey held talks on the war in Syria in Moscow on Monday."), "CONSULT")
    assert place(e) == "Moscow"


def test_where_a_country_that_owns_an_actor_is_no_place(read):
    e = event(read("Syria's rebels attacked a checkpoint on Monday."), "ASSAULT")
    assert e.place is None


def test_where_a_capital_that_owns_a_site_is_a_place(read):
    e = event(read("Explosions hit Damascus' Mezzeh military airport on Saturday, killing two soldiers."), "ASSAULT")
    assert e.place is not None and e.place.country == "SYR"


def test_where_a_participle_shares_the_scene_of_its_clause(read):
    text = "Violent clashes remained ongoing in the Wadi Barada region, with government troops battling the rebels."
    e = event(read(text), "ASSAULT", "battling")
    assert place(e) == "Wadi Barada" and e.status == "ongoing" and e.date == "2017-03"


def test_where_a_deed_happens_in_the_only_place_its_sentence_names(read):
    text = ("Russian jets carried out a number of air strikes in support of the Turkish offensive in the vicinity "
            "of Manbij.")
    e = event(read(text), "ASSAULT", "air strikes")
    assert place(e) == "Manbij" and "only place" in e.place_reason


# -- status


@pytest.mark.parametrize(("text", "kind", "status"), [
    ("The army regrouped after its recapture of Palmyra last month, seeking to push east.", "ASSAULT", "occurred"),
    ("Saudi Arabia backs rebel groups in the north.", "SUPPORT", "ongoing"),
    ("The Free Syrian Army, which is backed by Turkey, entered the town.", "SUPPORT", "ongoing"),
    ("The rebels had been hesitant to give backing to the plan.", "SUPPORT", "denied"),
    ("Iran accuses Israel of bombing a convoy.", "ACCUSE", "occurred"),
    ("Turkey is believed to have reached an agreement with Russia.", "AGREE", "hypothetical"),
    ("Ankara has been angered by Washington's support for the Kurdish militia.", "ACCUSE", "ongoing"),
    ("Talks between Russia and Turkey are set to begin.", "CONSULT", "planned"),
    ("The Turkish president called for new talks with Russia.", "CONSULT", "proposed"),
    ("Officials said the talks would resume in Geneva.", "CONSULT", "planned"),
    ("Water supplies have been cut amid mutual accusations from the rebels and the government.", "ACCUSE",
     "ongoing"),
    ("The delegation left amid mutual accusations from the rebels and the government.", "ACCUSE", "occurred"),
], ids=["after-a-recapture", "backs", "is-backed-by", "hesitant", "headline-present", "is-believed-to",
        "has-been-angered", "set-to", "called-for", "reported-would", "amid-now", "amid-then"])
def test_status_reads_the_grammar_around_the_trigger(read, text, kind, status):
    e = event(read(text), kind)
    assert e.status == status, e.status_reason


def test_status_of_a_named_subject_ignores_the_modal_of_what_it_did(read):
    e = event(read("The UN said the government's bombing campaign could have violated the laws of war."), "ASSAULT")
    assert e.status == "occurred"


def test_when_an_act_told_with_a_present_participle_is_of_the_publication_month(read):
    events = read("That has raised tensions with its allies, with Germany calling for NATO to hold talks over the "
                  "operation.", "2018-01-26")
    e = event(events, "REQUEST")
    assert e.source.code == "DEUGOV" and e.date == "2018-01"


def test_when_an_act_days_before_the_news_takes_the_publication_month_only_late_in_it(read):
    text = ("The Vienna meeting comes days after the Syrian leader made a surprise visit to Moscow to meet "
            "President Vladimir Putin.")
    assert event(read(text, "2015-10-22"), "CONSULT", "visit").date == "2015-10"
    assert event(read(text, "2015-10-03"), "CONSULT", "visit").date is None  # it may have been in September


def test_when_an_act_named_by_another_takes_no_date_from_the_act_that_names_it(read):
    events = read("Speaking to reporters on Monday, Assad defended his troops' deadly bombardment of eastern Aleppo.",
                  "2017-01-10")
    assert event(events, "SUPPORT").date == "2017-01-09"
    assert event(events, "ASSAULT").date is None


# -- places


def test_where_talks_a_government_hosts_are_held_in_its_country(read):
    events = read("Ankara attempted to sideline Washington by hosting a series of secret talks with Russian "
                  "representatives and members of the Syrian opposition.")
    e = event(events, "CONSULT")
    assert e.source.code == "TURGOV" and place(e) == "Turkey" and e.place.country == "TUR"
    assert "hosted by" in e.place_reason
