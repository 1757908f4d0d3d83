"""Readable canonical names for actors known only by country and sector ("Syrian rebels")."""

from __future__ import annotations

from importlib import resources

from .knowledge import ActorKB


def _honorifics() -> frozenset[str]:
    text = resources.files("tidings").joinpath("data/actors/honorifics.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


# "Mr", "Gen.": compare with ``is_honorific``, which ignores case and a full stop
HONORIFICS = _honorifics()


def is_honorific(word: str) -> bool:
    return word.lower().rstrip(".") in HONORIFICS

_GROUP = {"GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "COP": "police",
          "PTY": "party", "LEG": "legislature", "JUD": "judiciary", "MED": "media", "CVL": "civilians",
          "REF": "refugees", "EDU": "analysts", "BUS": "business", "NGO": "NGOs"}
_PERSON = {"GOV": "official", "MIL": "military officer", "REB": "rebel", "OPP": "opposition figure",
           "COP": "police officer", "PTY": "party member", "LEG": "legislator", "JUD": "judge", "MED": "journalist",
           "CVL": "civilian", "REF": "refugee", "EDU": "analyst", "BUS": "businessperson", "NGO": "NGO worker"}


def sector_name(sector: str, person: bool = False) -> str:
    return (_PERSON if person else _GROUP).get(sector, sector.lower())


def country_of_code(kb: ActorKB, iso3: str) -> str:
    """The adjective of a country ("Syrian"), or its name when it has none."""
    country = kb.countries.get(iso3)
    if country is None:
        return iso3
    return country.adjectives[0] if country.adjectives else country.name


def describe_code(kb: ActorKB, code: str | None) -> str | None:
    """A readable name for a bare code: SYRREB -> "Syrian rebels"."""
    if not code:
        return None
    root, sector = code[:3], code[3:6]
    if root not in kb.countries:
        return code
    if not sector:
        return kb.countries[root].name
    return f"{country_of_code(kb, root)} {sector_name(sector)}"
