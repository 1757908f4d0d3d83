"""How place names are compared and which gazetteer names are worth keeping.

Every name goes through :func:`fold` before it is stored or looked up, so that "Deir ez-Zor", "Deir ez Zor"
and "Deir Ez-Zor", or "São Paulo" and "Sao Paulo", meet under one key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import PlaceMention

_DROP = str.maketrans({"'": None, "’": None, "‘": None, "`": None, "ʿ": None, "ʾ": None, ".": None,
                       "-": " ", "‐": " ", "–": " ", "/": " "})

# Arabic, Dutch, French and Spanish articles that start a name written in lower case ("al-Bab", "el-Arish").
_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ed|es|ez|la|le|les|de|di|da|du|den|der|het)[- ]\w")
_BAD = re.compile(r"[0-9()=,;:!?\[\]{}\"/\\]")


# Abbreviated words that names spell either way ("St. Louis", "Saint Louis").
_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The lookup key of a name: lower case, no accents, no apostrophes or dots, hyphens as spaces."""
    if name.isascii():
        plain = name
    else:
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        plain = plain.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("ß", "ss")
    words = plain.lower().translate(_DROP).split()
    if len(words) > 1:
        words = [_WORDS.get(w, w) for w in words[:-1]] + words[-1:]
    return " ".join(words)


def _latin(name: str) -> bool:
    """Whether every letter of ``name`` is Latin (with or without accents)."""
    if name.isascii():
        return True
    for c in name:
        if c.isalpha() and c > "\u024f" and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def usable_alternate(name: str) -> bool:
    """Whether an alternate GeoNames name is one an English text could use.

    Non-Latin scripts, codes (airport and postal), names with digits and the lower-case romanisations that
    GeoNames lists for other languages ("sheng hu li ya") are dropped; a lower-case Arabic or European
    article in front of a capitalised name ("al-Bab") is kept.
    """
    if len(name) < 3 or _BAD.search(name) or not _latin(name):
        return False
    if name.isupper():  # IATA codes and acronyms: too easy to meet by chance
        return False
    first = name[0]
    if first.isupper():
        return True
    return bool(_PARTICLE.match(name)) and any(c.isupper() for c in name)


# Nouns for kinds of places. A place name may own one without being an actor ("Damascus' airport", "Russia's
# Black Sea resort of Sochi"), and an actor "in" one is of its country ("fighters in the Deraa countryside").
PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "province", "region", "district", "airport",
                         "airbase", "base", "resort", "port", "suburb", "suburbs", "area", "border", "outskirts",
                         "countryside", "coast", "north", "south", "east", "west", "centre", "center", "heart",
                         "streets", "neighbourhood", "neighborhood", "quarter", "enclave", "territory", "soil",
                         "governorate", "county", "state", "island", "hub", "stronghold", "municipality", "part",
                         "parts", "side", "outpost", "camp", "prison", "hospital", "school", "square", "street"})


def proper_nouns(places: Iterable[PlaceMention], doc: Doc, features: Iterable[str] | None = None,
                 skip: Iterable[str] = ("country",)) -> set[int]:
    """The proper nouns of place names: of places with one of ``features``, or else of every place whose feature
    is not in ``skip`` (countries by default, which may also act)."""
    keep, drop = (set(features) if features is not None else None), set(skip)
    out: set[int] = set()
    for p in places:
        if (p.feature not in keep) if keep is not None else (p.feature in drop):
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            out.update(t.i for t in span if t.pos_ == "PROPN")
    return out
