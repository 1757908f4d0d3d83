"""The place stage on sentences written for these tests."""

from __future__ import annotations

import pytest

from tidings.nlp import sentences
from tidings.places import find_places
from tidings.records import Analysis, Article, PlaceMention


@pytest.fixture(scope="module")
def places(ctx, nlp):
    def run(text: str) -> tuple[PlaceMention, ...]:
        doc = nlp(text)
        analysis = Analysis(article=Article(id="t", text=text), sentences=sentences(doc))
        return find_places(analysis, doc, ctx)

    return run


def _one(found: tuple[PlaceMention, ...], text: str) -> PlaceMention:
    hits = [p for p in found if p.text == text]
    assert len(hits) == 1, f"{text!r} in {[p.text for p in found]}"
    return hits[0]


def test_places_capital_wins_over_homonym_unless_qualified(places):
    found = places("Officials in Paris, France, and in Paris, Texas, said nothing.")
    first, second = [p for p in found if p.text == "Paris"]
    assert (first.country, first.feature) == ("FRA", "capital")
    assert second.country == "USA" and second.lat == pytest.approx(33.66, abs=0.1)
    assert _one(found, "Texas").feature == "admin"


def test_places_bare_capital_name_is_the_capital(places):
    paris = _one(places("The summit in Paris ended without a deal."), "Paris")
    assert paris.country == "FRA" and paris.lat == pytest.approx(48.85, abs=0.1)


@pytest.mark.parametrize(("text", "country"), [
    ("Gunmen attacked Benghazi on Sunday. Tripoli was calm, officials in Libya said.", "LBY"),
    ("Army units deployed across Lebanon after a bomb in Beirut. In Tripoli, shops stayed shut.", "LBN"),
], ids=["libya-story", "lebanon-story"])
def test_places_article_context_picks_the_country(places, text, country):
    assert _one(places(text), "Tripoli").country == country


def test_places_adjective_capital_is_the_capital(places):
    astana = _one(places("Delegations arrived in the Kazakh capital on Monday for the talks."), "Kazakh capital")
    assert (astana.name, astana.country, astana.reason) == ("Astana", "KAZ", "description")
    assert astana.lat == pytest.approx(51.18, abs=0.1) and astana.lon == pytest.approx(71.45, abs=0.1)


def test_places_possessive_capital_replaces_the_country(places):
    found = places("Shelling shook Syria's capital overnight.")
    assert [(p.text, p.name) for p in found] == [("Syria's capital", "Damascus")]


def test_places_second_city_is_the_largest_after_the_capital(places):
    aleppo = _one(places("Syria's second city was bombed again."), "Syria's second city")
    assert (aleppo.name, aleppo.country) == ("Aleppo", "SYR")


def test_places_description_followed_by_name_is_not_a_place_of_its_own(places):
    found = places("The southern Russian resort town of Sochi will host the congress.")
    assert [(p.text, p.name, p.country) for p in found if p.feature != "demonym"] == [("Sochi", "Sochi", "RUS")]


def test_places_direction_stays_in_the_name_with_the_place_coordinates(places):
    found = places("Rebels in northern Syria shelled eastern Aleppo.")
    syria, aleppo = _one(found, "northern Syria"), _one(found, "eastern Aleppo")
    assert (syria.name, syria.country, syria.feature) == ("northern Syria", "SYR", "country")
    assert aleppo.name == "eastern Aleppo" and aleppo.lat == pytest.approx(36.2, abs=0.1)


def test_places_finds_none_in_a_newspaper_name(places):
    assert places("The Washington Post published the letter.") == ()


def test_places_demonym_modifier_is_a_demonym_mention_of_its_country(places):
    found = places("Syrian and Turkish officials met Kazakh diplomats.")
    assert [(p.text, p.name, p.country, p.feature, p.reason) for p in found] == [
        ("Syrian", "Syria", "SYR", "demonym", "demonym"),
        ("Turkish", "Turkey", "TUR", "demonym", "demonym"),
        ("Kazakh", "Kazakhstan", "KAZ", "demonym", "demonym"),
    ]
    kazakh = found[2]
    assert kazakh.lat == pytest.approx(48.0, abs=3) and kazakh.geonameid is not None


def test_places_demonym_starting_a_body_name_is_marked_in_name(places):
    found = places("The Syrian Observatory for Human Rights counted the dead.")
    assert [(p.text, p.country, p.feature, p.reason) for p in found] == [("Syrian", "SYR", "demonym", "in-name")]


@pytest.mark.parametrize("text", [
    "The Syrians fled north, a Nigerian was hurt and the French said nothing.",
    "She speaks English at home.",
    "Tourists crowded the French Quarter on Saturday.",
    "Protesters gathered outside the Russian Embassy.",
], ids=["people", "language", "place-name", "building"])
def test_places_demonym_that_does_not_modify_is_no_mention(places, text):
    assert places(text) == ()


def test_places_regional_adjective_refers_to_its_region(places):
    found = places("European airlines and Central American migrants face new rules.")
    assert [(p.text, p.name, p.feature) for p in found] == [
        ("European", "Europe", "demonym"), ("Central American", "Central America", "demonym")]
    assert all(p.country is None for p in found)


def test_places_seat_of_government_is_a_landmark_at_the_capital(places):
    house = _one(places("The White House said the talks would resume."), "White House")
    assert (house.country, house.feature) == ("USA", "landmark")
    assert house.lat == pytest.approx(38.9, abs=0.2) and house.lon == pytest.approx(-77.0, abs=0.2)


def test_places_us_county_is_placed_at_the_town_of_its_state(places):
    found = places("Deputies in Ohio County, near Owensboro, Kentucky, found the car.")
    county, town = _one(found, "Ohio County"), _one(found, "Owensboro")
    assert (county.name, county.feature, county.reason) == ("Ohio County", "admin", "article-context")
    assert (county.lat, county.lon) == (town.lat, town.lon)


@pytest.mark.parametrize(("text", "name"), [
    ("A grant from the U.S. Department of Transportation will pay for the road.", "U.S."),
    ("The company paid 5 billion US dollars for the mine.", "US"),
], ids=["dotted", "currency"])
def test_places_country_inside_a_name_is_marked(places, text, name):
    us = _one(places(text), name)
    assert (us.country, us.feature, us.reason) == ("USA", "country", "in-name")


def test_places_small_town_the_article_names_is_found_in_a_body_name(places):
    text = ("Flooding closed roads in Beverly Hills on Monday. "
            "The Beverly Hills Police Department asked drivers to wait.")
    first, second = [p for p in places(text) if p.text == "Beverly Hills"]
    assert (first.country, second.country, second.reason) == ("USA", "USA", "in-name")


def test_places_town_after_a_locative_is_a_place_though_tagged_a_person(places, nlp):
    text = "After the war the family moved to Thornhill, where they opened a shop."
    assert [e.label_ for e in nlp(text).ents if e.text == "Thornhill"] == ["PERSON"]
    assert _one(places(text), "Thornhill").feature == "city"


def test_places_person_named_like_a_place_is_not_a_place(places, nlp):
    text = "Jordan Henderson scored twice on Saturday."
    assert [e.label_ for e in nlp(text).ents if e.text.startswith("Jordan")] == ["PERSON"]
    assert places(text) == ()


def test_places_unknown_name_is_not_invented(places):
    assert places("Fighting broke out in Zarqovia on Monday.") == ()


def test_places_offsets_and_sentences_point_at_the_words(places):
    text = "Talks stalled. Then Russian jets struck Idlib province and the Gulf port of Dubai."
    found = places(text)
    for p in found:
        assert text[p.start:p.end] == p.text
    idlib = _one(found, "Idlib province")
    assert (idlib.sentence, idlib.feature, idlib.country) == (1, "admin", "SYR")
    assert _one(found, "Dubai").country == "ARE"


def test_places_leading_article_is_stripped(places):
    gulf = _one(places("Warships sailed into the Gulf at dawn."), "Gulf")
    assert gulf.feature == "water"


def test_places_state_abbreviation_qualifies_the_town(places):
    found = places("The plant in Paris, Tex., closed in May.")
    assert _one(found, "Paris").country == "USA"
    assert _one(found, "Tex.").name == "Texas"


def test_places_town_inside_a_body_name_is_marked(places):
    toronto = _one(places("Toronto Police said the suspect fled."), "Toronto")
    assert (toronto.country, toronto.reason) == ("CAN", "in-name")


def test_places_street_is_placed_at_the_town_of_its_sentence(places):
    found = places("A bomb exploded on Baron Street in Aleppo on Tuesday.")
    street = _one(found, "Baron Street")
    assert (street.feature, street.reason, street.country) == ("landmark", "article-context", "SYR")
    assert street.lat == _one(found, "Aleppo").lat and street.geonameid is None


def test_places_country_name_resolves_to_the_country(places):
    lebanon = _one(places("Lebanon closed its border on Monday."), "Lebanon")
    assert (lebanon.feature, lebanon.country) == ("country", "LBN")


def test_places_town_far_from_the_article_moves_to_its_namesake_among_them(places):
    vienna = _one(places("Flooding hit Fairfax, Manassas and Arlington. Vienna was spared."), "Vienna")
    assert (vienna.country, vienna.reason) == ("USA", "proximity")


def test_places_street_tagged_as_a_person_is_placed_at_its_town(places):
    found = places("The suspects fled along Dubonet Drive in Mississauga on Tuesday.")
    drive = _one(found, "Dubonet Drive")
    assert (drive.feature, drive.country) == ("landmark", "CAN")


@pytest.mark.parametrize("text", [
    "Prices rose in spring, officials in Houston said.",
    "Mr. Heiden told reporters in Berlin and Hamburg that he would appeal.",
], ids=["season", "title"])
def test_places_common_word_or_titled_person_is_no_town(places, text):
    assert all(p.text in ("Houston", "Berlin", "Hamburg") for p in places(text))


def test_a_nationality_word_tagged_a_place_is_no_town_of_that_name(analyse_text):
    found = analyse_text("The talks will open in the Kazakh capital Astana on Monday.", "2017-01-13")
    assert [p.name for p in found.places if p.feature != "demonym"] == ["Astana"]


def test_places_part_of_a_city_just_named_is_that_part_of_the_city(places):
    found = places("Aleppo was Syria's largest city before the war. Rebels took control of its eastern districts "
                   "in 2012.")
    part = _one(found, "its eastern districts")
    assert part.name == "eastern Aleppo" and part.country == "SYR" and part.reason == "description"


def test_places_part_of_no_city_named_is_no_place(places):
    found = places("The company said its eastern districts would be closed.")
    assert not [p for p in found if p.text.startswith("its")]
