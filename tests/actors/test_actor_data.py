"""The shipped actor knowledge files stay well-formed, and keep the facts users rely on."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from functools import cache
from importlib import resources

import pytest
import yaml

from tidings.countries import load_countries

CODE = re.compile(r"^[A-Z]{3}([A-Z]{3}){0,2}$")
SECTORS = {"GOV", "MIL", "REB", "OPP", "COP", "PTY", "LEG", "JUD", "MED", "CVL", "REF", "EDU", "BUS", "NGO"}
TRANSNATIONAL_ROOTS = {"IGO", "IMG", "NGO"}
REGIONS = {
    "Middle East",
    "North Africa",
    "Sub-Saharan Africa",
    "Europe",
    "Central Asia",
    "South Asia",
    "East Asia",
    "Southeast Asia",
    "North America",
    "Central America",
    "Caribbean",
    "South America",
    "Oceania",
}
ORG_KINDS = {
    "igo",
    "agency",
    "armed-group",
    "militant-group",
    "opposition",
    "party",
    "ngo",
    "monitor",
    "media",
    "think-tank",
    "university",
    "company",
    "government-body",
    "military-unit",
}


def _file(name: str):
    return resources.files("tidings").joinpath(f"data/actors/{name}")


@cache
def _yaml(name: str) -> list[dict]:
    return yaml.safe_load(_file(name).read_text(encoding="utf-8"))


@cache
def _roles() -> list[dict]:
    with _file("roles.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _iso3s() -> set[str]:
    return {c.iso3 for c in load_countries()}


def _day(value) -> date | None:
    return value if value is None or isinstance(value, date) else date.fromisoformat(str(value))


def _norm(name: str) -> str:
    name = " ".join(name.split()).lower()
    return name[4:] if name.startswith("the ") else name


PEOPLE = ("people.yaml", "people-1975-2010.yaml")
ORGANISATIONS = ("organisations.yaml", "organisations-1975-2010.yaml")


def _people() -> list[dict]:
    return [person for file in PEOPLE for person in _yaml(file)]


def _organisations() -> list[dict]:
    return [org for file in ORGANISATIONS for org in _yaml(file)]


def _all_codes() -> list[tuple[str, str]]:
    codes = [(o["name"], o["code"]) for o in _organisations()]
    codes += [(p["name"], office["code"]) for p in _people() for office in p["offices"]]
    return codes


def _code_of_person_on(name: str, when: date) -> str | None:
    person = next(p for p in _yaml("people.yaml") if p["name"] == name)
    held = [o for o in person["offices"] if (_day(o["from"]) or date.min) <= when <= (_day(o["to"]) or date.max)]
    return max(held, key=lambda o: _day(o["from"]) or date.min)["code"] if held else None


def _code_of_org(alias: str) -> set[str]:
    key = _norm(alias)
    return {o["code"] for o in _organisations() if key in {_norm(n) for n in [o["name"], *o["aliases"]]}}


# -- countries -------------------------------------------------------------------------------------------------


def test_countries_load_with_unique_iso_codes():
    countries = load_countries()
    assert len(countries) >= 193
    assert len({c.iso3 for c in countries}) == len(countries)
    assert len({c.iso2 for c in countries}) == len(countries)


def test_countries_have_known_regions_and_seat_sectors():
    for c in load_countries():
        assert c.region in REGIONS, c.iso3
        assert all(sector in SECTORS for _, sector in c.seats), c.iso3


def test_country_adjectives_never_repeat_the_country_name():
    for c in load_countries():
        names = {_norm(n) for n in c.names}
        assert not names & {_norm(a) for a in c.adjectives}, c.iso3


def test_no_adjective_points_to_two_countries():
    seen: dict[str, str] = {}
    for c in load_countries():
        for adjective in c.adjectives:
            assert seen.setdefault(adjective.lower(), c.iso3) == c.iso3, adjective


def test_former_states_name_a_known_country_and_share_no_word_with_another():
    path = resources.files("tidings").joinpath("data/actors/former-states.tsv")
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))
    owner = {_norm(w): c.iso3 for c in load_countries() for w in [*c.names, *c.adjectives]}
    assert rows
    for row in rows:
        assert row["iso3"] in owner.values(), row["name"]
        if row["only then"] == "yes":  # a name that meant another state then ("Congo" before 1997)
            first, last = row["years"].split("-")
            assert int(first) < int(last) and owner.get(_norm(row["name"])) not in (None, row["iso3"]), row["name"]
            continue
        for word in [row["name"], *row["aliases"].split("|"), *row["adjectives"].split("|")]:
            if word:
                assert owner.get(_norm(word), row["iso3"]) == row["iso3"], word


# -- codes, organisations and people ---------------------------------------------------------------------------


def test_every_code_is_well_formed_with_a_known_root():
    roots = _iso3s() | TRANSNATIONAL_ROOTS
    for name, code in _all_codes():
        assert CODE.match(code), f"{name}: {code}"
        assert code[:3] in roots, f"{name}: {code}"
        if code[:3] not in TRANSNATIONAL_ROOTS and len(code) > 3:
            assert code[3:6] in SECTORS, f"{name}: {code}"


def test_organisations_have_a_kind_and_a_known_country():
    iso3s = _iso3s()
    for org in _organisations():
        assert org["kind"] in ORG_KINDS, org["name"]
        assert org["country"] is None or org["country"] in iso3s, org["name"]
        assert isinstance(org["aliases"], list), org["name"]


def test_no_organisation_alias_names_two_codes():
    codes: dict[str, set[str]] = defaultdict(set)
    for org in _organisations():
        for name in [org["name"], *org["aliases"]]:
            codes[_norm(name)].add(org["code"])
    assert not {name: c for name, c in codes.items() if len(c) > 1}


def test_names_are_unique_within_each_file():
    for file in (*ORGANISATIONS, *PEOPLE):
        names = [entry["name"] for entry in _yaml(file)]
        assert len(set(names)) == len(names), file


def test_people_files_share_no_name_or_alias():
    def names(file: str) -> dict[str, str]:
        return {_norm(n): p["name"] for p in _yaml(file) for n in [p["name"], *(p.get("aliases") or [])]}

    current, earlier = names(PEOPLE[0]), names(PEOPLE[1])
    assert not {n: (current[n], earlier[n]) for n in current.keys() & earlier.keys()}


def test_people_have_a_gender_and_dated_offices_in_time_order():
    for person in _people():
        assert person["gender"] in ("m", "f"), person["name"]
        assert person["offices"], person["name"]
        starts = []
        for office in person["offices"]:
            start, end = _day(office["from"]), _day(office["to"])
            assert office["title"], person["name"]
            if start and end:
                assert start <= end, f"{person['name']}: {office['title']}"
            starts.append(start or date.min)
        assert starts == sorted(starts), person["name"]


# -- roles -----------------------------------------------------------------------------------------------------


def test_roles_have_known_sectors_and_a_person_flag():
    rows = _roles()
    assert rows and set(rows[0]) == {"phrase", "sector", "person", "note"}
    for row in rows:
        assert row["sector"] in SECTORS | {"-"}, row["phrase"]
        assert row["person"] in ("yes", "no"), row["phrase"]
        assert row["phrase"] == row["phrase"].lower().strip(), row["phrase"]


def test_role_phrases_are_unique():
    phrases = [row["phrase"] for row in _roles()]
    assert len(set(phrases)) == len(phrases)


# -- facts a user relies on ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iso3", "capital"),
    [("RUS", "Moscow"), ("KAZ", "Astana"), ("TUR", "Ankara"), ("PSE", "Ramallah"), ("USA", "Washington")],
)
def test_capital_of(iso3, capital):
    assert next(c for c in load_countries() if c.iso3 == iso3).capital == capital


@pytest.mark.parametrize(
    ("iso3", "seat", "sector"),
    [
        ("RUS", "Kremlin", "GOV"),
        ("USA", "Pentagon", "MIL"),
        ("GBR", "Downing Street", "GOV"),
        ("ISR", "Knesset", "LEG"),
    ],
)
def test_seat_stands_for_an_organ_of_the_state(iso3, seat, sector):
    assert (seat, sector) in next(c for c in load_countries() if c.iso3 == iso3).seats


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Daesh", "IMGISI"),
        ("ISIL", "IMGISI"),
        ("Fateh al-Sham", "IMGAQD"),
        ("HTS", "IMGAQD"),
        ("Hizballah", "LBNREB"),
        ("Syrian Arab Army", "SYRMIL"),
        ("Nour al-Din al-Zinki brigades", "SYRREBZNK"),
        ("Syrian Negotiations Commission", "SYROPP"),
        ("Syrian Observatory for Human Rights", "SYRNGO"),
        ("International Institute for Strategic Studies", "GBREDU"),
        ("Middle East Institute", "USAEDU"),
        ("United Nations", "IGOUNO"),
        ("NATO", "IGONAT"),
        ("AFP", "FRAMED"),
        ("SANA", "SYRMED"),
    ],
)
def test_organisation_alias_resolves_to(alias, code):
    assert _code_of_org(alias) == {code}


def test_kurdish_led_forces_are_syrian_rebels():
    assert {code[:6] for code in _code_of_org("YPG") | _code_of_org("SDF")} == {"SYRREB"}


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        ("Mevlüt Çavuşoğlu", date(2017, 1, 13), "TURGOV"),
        ("Donald Trump", date(2016, 12, 15), "USAGOV"),
        ("Donald Trump", date(2016, 6, 1), "USAPTY"),
        ("John Kerry", date(2016, 12, 15), "USAGOV"),
        ("John Kerry", date(2010, 6, 1), "USALEG"),
        ("Bashar al-Assad", date(2017, 1, 9), "SYRGOV"),
        ("Andrei Kartapolov", date(2015, 10, 22), "RUSMIL"),
        ("Staffan de Mistura", date(2018, 1, 26), "IGOUNO"),
        ("Khalifa Haftar", date(2016, 12, 15), "LBYMIL"),
        ("Ahmed al-Sharaa", date(2017, 3, 1), "IMGAQD"),
        ("Ahmed al-Sharaa", date(2025, 6, 1), "SYRGOV"),
    ],
)
def test_person_holds_on(name, when, code):
    assert _code_of_person_on(name, when) == code


def test_person_has_no_office_outside_the_dates_given():
    assert _code_of_person_on("Rex Tillerson", date(2018, 6, 1)) is None


def test_spelling_variants_are_aliases():
    people = {p["name"]: set(p["aliases"]) for p in _yaml("people.yaml")}
    assert {"Mevlut Cavusoglu", "Cavusoglu"} <= people["Mevlüt Çavuşoğlu"]
    assert {"Fiodor Loukianov", "Lukyanov"} <= people["Fyodor Lukyanov"]
    assert "Sergey Lavrov" in people["Sergei Lavrov"]
