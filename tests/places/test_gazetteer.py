"""The bundled gazetteer: what it holds, how names are keyed, and its cache."""

from __future__ import annotations

import pytest

from tidings.places import gazetteer as gz
from tidings.places.names import fold, usable_alternate


@pytest.fixture(scope="module")
def gaz(ctx):
    return ctx.gazetteer


def test_gazetteer_country_name_and_alias_lead_to_the_country(gaz):
    for name in ("Syria", "Syrian Arab Republic", "UAE", "Emirates"):
        assert gaz.lookup(name)[0].feature == "country", name
    assert gaz.country("KAZ").lat == pytest.approx(48.0, abs=3)


def test_gazetteer_marks_capitals_from_the_country_table(gaz):
    assert gaz.capital("KAZ").name == "Astana"
    assert gaz.capital("SYR").name == "Damascus"
    assert gaz.capital("USA").country == "USA"


def test_gazetteer_keeps_english_variants_of_city_names(gaz):
    assert gaz.lookup("Kiev")[0].name == "Kyiv"
    assert any(p.name == "Aleppo" for p in gaz.lookup("Halab"))
    assert any(p.name == "Astana" for p in gaz.lookup("Nur-Sultan"))


def test_gazetteer_has_regions_the_city_list_lacks(gaz):
    for name, feature in (("Eastern Ghouta", "region"), ("Golan Heights", "region"), ("Black Sea", "water"),
                          ("Idlib province", "admin"), ("Texas", "admin"), ("Europe", "continent")):
        assert any(p.feature == feature for p in gaz.lookup(name)), name


def test_gazetteer_demonyms_map_to_countries_not_places(gaz):
    assert gaz.adjectives[fold("Kazakh")] == "KAZ"
    assert fold("Syrian") not in gaz.names


def test_gazetteer_demonyms_lead_to_the_place_they_refer_to(gaz):
    assert gaz.places[gaz.demonyms[fold("Syrian")]].country == "SYR"
    assert gaz.places[gaz.demonyms[fold("European")]].feature == "continent"
    assert gaz.places[gaz.demonyms[fold("Kurdish")]].name == "Kurdistan"
    assert fold("Syrians") not in gaz.demonyms  # a plural names people, not a place


def test_gazetteer_seats_of_government_are_landmarks_at_the_capital(gaz):
    kremlin = gaz.lookup("Kremlin")[0]
    assert (kremlin.feature, kremlin.country) == ("landmark", "RUS")
    assert (kremlin.lat, kremlin.lon) == (gaz.capital("RUS").lat, gaz.capital("RUS").lon)
    assert all(p.feature != "landmark" for p in gaz.lookup("State Department"))


def test_gazetteer_knows_which_states_have_a_county_of_a_name(gaz):
    assert {"NY", "MA"} <= gaz.counties[fold("Suffolk")]
    assert "LA" in gaz.counties[fold("Orleans")]  # parishes count as counties


def test_gazetteer_state_abbreviations_are_separate_from_names(gaz):
    assert gaz.places[gaz.states[fold("Tex.")]].name == "Texas"
    assert gaz.places[gaz.states["tx"]].name == "Texas"


@pytest.mark.parametrize(("name", "key"), [
    ("Deir ez-Zor", "deir ez zor"), ("São Paulo", "sao paulo"), ("St. Louis", "saint louis"),
    ("Ma'arrat al-Nu'man", "maarrat al numan"), ("  New   York ", "new york"),
], ids=["hyphen", "accent", "saint", "apostrophe", "spaces"])
def test_fold_makes_spelling_variants_meet(name, key):
    assert fold(name) == key


@pytest.mark.parametrize(("name", "kept"), [
    ("Halab", True), ("Nur-Sultan", True), ("al-Bab", True), ("Дамаск", False), ("dimashq", False),
    ("DAM", False), ("Paris 01", False), ("Le", False),
], ids=["variant", "hyphenated", "particle", "cyrillic", "lower-case", "code", "digits", "short"])
def test_usable_alternate_keeps_only_names_english_text_uses(name, kept):
    assert usable_alternate(name) is kept


def test_gazetteer_cache_is_reused(tmp_path, monkeypatch, ctx):
    monkeypatch.setenv("TIDINGS_CACHE", str(tmp_path))
    first = gz.load_gazetteer(ctx.config)
    assert list(tmp_path.glob("gazetteer-*.pickle"))
    second = gz.load_gazetteer(ctx.config)
    assert len(second.places) == len(first.places) and second.names.keys() == first.names.keys()


def test_gazetteer_bad_region_row_names_file_and_line(monkeypatch):
    rows = [(7, {"name": "Nowhere", "aliases": "", "country": "XX", "feature": "admin", "lat": "1", "lon": "2"})]
    monkeypatch.setattr(gz, "_rows", lambda name, columns: rows)
    with pytest.raises(gz.KnowledgeError, match=r"regions.tsv:7: country 'XX'"):
        gz._read_regions()
