"""The talks stage: one record per negotiation an article reports, with who convenes, takes part, is invited and
stays away, merged across the article's mentions of it."""

from __future__ import annotations

import pytest


def talks_in(analyse_text, text: str, published: str = "2019-03-04"):
    return analyse_text(text, published).talks


def one(analyse_text, text: str, published: str = "2019-03-04"):
    found = talks_in(analyse_text, text, published)
    assert len(found) == 1, [t.name for t in found]
    return found[0]


def test_talks_read_brokers_participants_venue_date_and_status(analyse_text):
    t = one(analyse_text, "Talks between Ethiopia and Eritrea, hosted by Saudi Arabia, are set to begin in Jeddah "
                          "on March 12.")
    assert t.name == "Jeddah talks" and t.kind == "talks"
    assert t.place is not None and t.place.country == "SAU"
    assert t.date == "2019-03-12" and t.status == "planned"
    assert t.brokers == ("SAUGOV",) and set(t.participants) == {"ETHGOV", "ERIGOV"}


@pytest.mark.parametrize(
    ("text", "broker"),
    [
        ("The new round of talks between Sudan and the rebels, brokered by Qatar, is due to open in Doha.", "QAT"),
        ("Norway has finished its preparations to host the talks between Colombia and FARC rebels in Oslo.", "NOR"),
        ("The UN-sponsored talks in Geneva concluded on Friday without a deal.", "IGOUNO"),
        ("The Syrian government and the rebels are in talks in Doha through Qatari mediation.", "QAT"),
        ("The talks in Doha are scheduled to begin on March 11 with Qatar as mediator.", "QAT"),
        ("Kenya's peace conference will open in Nairobi on March 20.", "KEN"),
    ],
    ids=["brokered-by", "host-the-talks", "hyphen-sponsored", "through-mediation", "as-mediator", "owner-of-congress"],
)
def test_talks_name_who_convenes_hosts_or_mediates(analyse_text, text, broker):
    t = one(analyse_text, text)
    assert any(code.startswith(broker) for code in t.brokers), t.brokers


def test_talks_list_invitations_sent_to_several_countries(analyse_text):
    t = one(analyse_text, "Kenya's peace conference will open in Nairobi on March 20, with invitations sent to "
                          "Uganda, Tanzania and Rwanda.")
    assert t.name == "Nairobi conference"
    assert set(t.invited) == {"UGAGOV", "TZAGOV", "RWAGOV"}


def test_talks_list_a_party_that_has_been_invited_but_not_one_that_only_could_be(analyse_text):
    t = one(analyse_text, "Qatar has been invited to the talks in Vienna next week, but Iran could be invited "
                          "at a later date.")
    assert t.invited == ("QATGOV",)
    assert not any(code.startswith("IRN") for code in t.brokers + t.participants + t.invited + t.declined)


@pytest.mark.parametrize(
    ("text", "refuser"),
    [
        ("Uganda said it would boycott the conference in Nairobi next month.", "UGA"),
        ("The talks in Nairobi begin next week. Tanzania has yet to confirm its participation.", "TZA"),
        ("Rwanda has not said whether it will attend the conference in Nairobi next month.", "RWA"),
        ("The Sudanese government said it would need further details before it could make a final decision on "
         "whether to attend the talks in Doha.", "SDN"),
        ("Dozens of rebel factions have rejected the talks in Doha, which the Sudanese government will attend.",
         "SDNREB"),
        ("Sudan will not send a delegation to the talks in Doha next week.", "SDN"),
    ],
    ids=["boycott", "yet-to-confirm", "not-said-whether", "needs-details-before-deciding", "rejected",
         "will-not-send"],
)
def test_talks_list_who_refuses_boycotts_or_has_not_confirmed(analyse_text, text, refuser):
    found = talks_in(analyse_text, text)
    assert found and any(code.startswith(refuser) for t in found for code in t.declined), found


def test_talks_do_not_take_a_refused_format_for_a_refused_negotiation(analyse_text):
    found = talks_in(analyse_text, "The talks in Doha opened on Monday with delegations of Sudan and the rebels. "
                                   "The rebels said they would boycott any direct session with the government.")
    assert all(not t.declined for t in found)


def test_talks_merge_the_mentions_of_one_negotiation(analyse_text):
    text = ("Talks between Ethiopia and Eritrea are set to begin in Jeddah on March 12. "
            "Saudi Arabia will host the talks. Egypt has been invited to the talks.")
    t = one(analyse_text, text)
    assert t.name == "Jeddah talks" and t.sentences == (0, 1, 2)
    assert t.brokers == ("SAUGOV",) and t.invited == ("EGYGOV",)


def test_talks_keep_two_negotiations_in_two_cities_apart(analyse_text):
    found = talks_in(analyse_text, "France and Germany will hold talks in Paris on Friday. "
                                   "Separately, Russia and Ukraine met in Minsk on Monday.")
    by_name = {t.name: t for t in found}
    assert set(by_name) == {"Paris talks", "Minsk meeting"}
    assert by_name["Paris talks"].status == "planned" and by_name["Minsk meeting"].status == "occurred"
    assert set(by_name["Minsk meeting"].participants) == {"RUSGOV", "UKRGOV"}


def test_talks_name_the_venue_not_the_country_the_talks_are_about(analyse_text):
    t = one(analyse_text, "The Syria talks in Geneva opened on Monday with delegations of Russia and Iran.")
    assert t.name == "Geneva talks"
    assert t.place is not None and t.place.name == "Geneva"


def test_talks_keep_past_rounds_apart_from_the_one_to_come(analyse_text):
    found = talks_in(analyse_text, "Past peace talks between Sudan and the rebels have failed. The talks in Doha "
                                   "are scheduled to begin on March 11 with Qatar as mediator.")
    assert len(found) == 2
    past, coming = found
    assert past.status == "occurred" and set(past.participants) == {"SDNGOV", "SDNREB"}
    assert coming.name == "Doha talks" and coming.status == "planned" and coming.brokers == ("QATGOV",)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The negotiations in Doha between Sudan and the rebels resumed on Monday. The talks are due to end on "
         "Wednesday.", "ongoing"),
        ("Sudan and the rebels are in talks in Doha.", "ongoing"),
        ("The talks in Doha between Sudan and the rebels ended on Friday.", "occurred"),
        ("Sudan and the rebels will hold talks in Doha next week.", "planned"),
        ("Sudan and the rebels were to meet in Doha on Monday. The Doha talks were postponed.", "planned"),
        ("Sudan and the rebels will hold talks in Doha next week. Qatar has called off the Doha talks.",
         "denied"),
    ],
    ids=["due-to-end", "are-in-talks", "ended", "will-hold", "postponed", "called-off"],
)
def test_talks_read_their_status_from_the_clause_about_them(analyse_text, text, status):
    assert one(analyse_text, text).status == status


def test_talks_without_a_venue_are_named_by_their_parties(analyse_text):
    t = one(analyse_text, "Israel and Syria held indirect talks through Turkish mediators last year.")
    assert t.name == "Israel–Syria talks" and t.status == "occurred"
    assert t.brokers == ("TURGOV",) and set(t.participants) == {"ISRGOV", "SYRGOV"}


def test_talks_report_a_meeting_told_with_a_verb(analyse_text):
    t = one(analyse_text, "The foreign ministers of Egypt and Jordan met in Cairo on Sunday.")
    assert t.name == "Cairo meeting" and t.kind == "meeting" and t.date == "2019-03-03"
    assert set(t.participants) == {"EGYGOV", "JORGOV"}


def test_talks_report_a_leaders_trip_to_a_foreign_capital_as_a_visit(analyse_text):
    t = one(analyse_text, "Ethiopian Prime Minister Abiy Ahmed travelled to Cairo on Monday.")
    assert t.name == "Cairo visit" and set(t.participants) == {"ETHGOV", "EGYGOV"}


def test_talks_point_an_anaphoric_event_back_to_the_congress_it_names(analyse_text):
    t = one(analyse_text, "Egypt plans a boycott of Russia's Peace Congress. The event will be held in Sochi on "
                          "March 20, with invitations sent to France, China and Jordan.")
    assert t.name == "Sochi congress" and t.date == "2019-03-20" and t.status == "planned"
    assert t.brokers == ("RUSGOV",) and t.declined == ("EGYGOV",)
    assert set(t.invited) == {"FRAGOV", "CHNGOV", "JORGOV"}


def test_talks_part_of_another_negotiation_join_it(analyse_text):
    t = one(analyse_text, "France has been pursuing negotiations on Ukraine, including talks with Russia through "
                          "the Normandy format.")
    assert t.name == "Normandy process"
    assert {"FRAGOV", "RUSGOV"} <= set(t.participants)


@pytest.mark.parametrize(
    "text",
    [
        "Everything is up for negotiation, the minister said.",
        "Rebel commanders said they would not return to any meeting where Iran sat as a guarantor.",
        "The talks were long.",
        "The president asked Congress to approve the budget on Monday.",
    ],
    ids=["mass-noun", "any-meeting", "no-parties", "congress-as-a-body"],
)
def test_talks_record_nothing_without_a_negotiation_and_its_parties(analyse_text, text):
    assert talks_in(analyse_text, text) == ()


def test_talks_read_a_headline_the_parser_ran_into_the_lead(analyse_text):
    text = ("Sudan, rebels to meet in Doha\n\nTalks in Doha, the Qatari capital, are set to begin on 11 March. "
            "Qatar will host the talks.")
    found = talks_in(analyse_text, text)
    doha = [t for t in found if t.name.startswith("Doha")]
    assert doha and doha[0].date == "2019-03-11" and doha[0].status == "planned" and doha[0].brokers == ("QATGOV",)


def test_talks_carry_their_evidence(analyse_text):
    text = "Nothing happened on Sunday. Sudan and the rebels will hold talks in Doha next week."
    t = one(analyse_text, text)
    assert t.evidence == "Sudan and the rebels will hold talks in Doha next week."
    assert text[t.start:t.end].strip() == t.evidence and t.sentences == (1,)
