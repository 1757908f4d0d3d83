"""The country table (``data/actors/countries.tsv``), shared by the actor and place stages.

Columns (tab-separated, ``|`` between the items of a list):

    iso3        ISO 3166-1 alpha-3 code (SYR)
    iso2        ISO 3166-1 alpha-2 code (SY), the key GeoNames uses
    name        common English short name (Syria)
    aliases     other names (Syrian Arab Republic)
    adjectives  demonyms and adjectival forms (Syrian|Syrians)
    capital     the capital city (Damascus)
    seats       other names that stand for a part of the state, each ``name:SECTOR``
                (Kremlin:GOV|Pentagon:MIL); the capital itself always stands for GOV
    region      the region news uses for it (Middle East)
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import KnowledgeError

COLUMNS = ("iso3", "iso2", "name", "aliases", "adjectives", "capital", "seats", "region")


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    capital: str | None
    seats: tuple[tuple[str, str], ...]  # (name, sector)
    region: str | None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _items(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


@lru_cache(maxsize=1)
def load_countries() -> tuple[Country, ...]:
    """Every country of the shipped table, validated."""
    path = resources.files("tidings").joinpath("data/actors/countries.tsv")
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise KnowledgeError(f"{path}: expected columns {', '.join(COLUMNS)}, found {reader.fieldnames}")
        for n, row in enumerate(reader, start=2):
            iso3, iso2 = (row["iso3"] or "").strip(), (row["iso2"] or "").strip()
            if len(iso3) != 3 or not iso3.isupper() or len(iso2) != 2:
                raise KnowledgeError(f"{path}:{n}: bad ISO codes {iso3!r} / {iso2!r}")
            seats = []
            for item in _items(row["seats"] or ""):
                name, _, sector = item.rpartition(":")
                if not name or len(sector) != 3:
                    raise KnowledgeError(f"{path}:{n}: seat {item!r} must be name:SECTOR")
                seats.append((name, sector))
            rows.append(
                Country(
                    iso3=iso3,
                    iso2=iso2,
                    name=row["name"].strip(),
                    aliases=_items(row["aliases"] or ""),
                    adjectives=_items(row["adjectives"] or ""),
                    capital=(row["capital"] or "").strip() or None,
                    seats=tuple(seats),
                    region=(row["region"] or "").strip() or None,
                )
            )
    return tuple(rows)


@lru_cache(maxsize=1)
def by_iso3() -> dict[str, Country]:
    return {c.iso3: c for c in load_countries()}


@lru_cache(maxsize=1)
def by_iso2() -> dict[str, Country]:
    return {c.iso2: c for c in load_countries()}
