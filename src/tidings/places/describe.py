"""Places named by description: "the Kazakh capital", "Syria's second city", "the Russian resort town of Sochi", and
the parts of a city just named ("Aleppo ... its eastern districts")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer, Place
from .names import fold
from .recognise import DIRECTIONS, Mention, SentenceIndex
from .resolve import _km

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Nouns that say what kind of place the following "of NAME" is ("the Syrian city of Homs").
_PLACE_NOUNS = frozenset({
    "city", "town", "village", "port", "resort", "capital", "province", "region", "district", "governorate",
    "state", "county", "enclave", "stronghold", "suburb", "area", "border", "island", "hub", "municipality",
})
_HEADS = re.compile(r"\b(?:capital|city)\b", re.IGNORECASE)
_SECTION = 25.0  # km: a "city" this close to a larger one is one of its districts
_ORDINALS = {"second": 1, "third": 2}
_SIZE = frozenset({"largest", "biggest", "most", "populous"})
# Nouns for a part of a town; "its eastern districts" after a city is named is that part of the city.
_PARTS = frozenset({"district", "neighbourhood", "neighborhood", "suburb", "outskirts", "outskirt", "quarter",
                    "centre", "center", "half", "part", "side"})
_TOWNS = frozenset({"city", "capital", "town"})


def add_hints(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Give a name the country its description names: "the southern Russian resort town of Sochi" -> RUS."""
    for m in mentions:
        i = m.first
        if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _PLACE_NOUNS:
            country = _country_before(doc, i - 2, gaz, floor=max(0, i - 8))
        elif i >= 1 and doc[i - 1].lower_ in ("capital", "city") and doc[i - 1].i > 0:
            country = _country_before(doc, i - 1, gaz, floor=max(0, i - 5))  # "the Syrian capital Damascus"
        elif i >= 2 and doc[i - 1].text == "," and doc[i - 2].lower_ in ("capital", "city"):
            country = _country_before(doc, i - 2, gaz, floor=max(0, i - 6))  # "the Kazakh capital, Astana"
        else:
            continue
        if country is not None and m.hint is None:
            m.hint = country


def descriptions(doc: Doc, text: str, mentions: list[Mention], gaz: Gazetteer, sentence_of: SentenceIndex,
                 main_country: str | None) -> list[Mention]:
    """Descriptions of a capital or a leading city that no name follows, resolved to the place they mean."""
    taken = set()
    owners = set()  # a country's name may start a description ("Syria's capital"), which then replaces it
    ends = {m.last - 1 for m in mentions}
    for m in mentions:
        if m.place is not None and m.place.feature == "country":
            owners.add(m.first)
        else:
            taken.update(range(m.first, m.last))
    out = []
    for word in _HEADS.finditer(text):
        span = doc.char_span(word.start(), word.end())
        if span is None:
            continue
        tok = span[0]
        if tok.i in taken or _named_after(doc, tok.i):
            continue
        found = _describe(doc, tok.i, gaz, main_country)
        if found is None:
            continue
        first, place = found
        if any(k in taken for k in range(first, tok.i)) or any(k in owners for k in range(first + 1, tok.i)):
            continue
        if first >= 2 and doc[first - 1].text == "," and (first - 2) in ends:
            continue  # "Tripoli, Lebanon's second city": the name is given, the description adds nothing
        start, end = doc[first].idx, tok.idx + len(tok.text)
        out.append(Mention(start=start, end=end, first=first, last=tok.i + 1, key=fold(place.name),
                           sentence=sentence_of(start), tagged=False, place=place, reason="description",
                           name=place.name))
        taken.update(range(first, tok.i + 1))
    return out


def _describe(doc: Doc, k: int, gaz: Gazetteer, main_country: str | None) -> tuple[int, Place] | None:
    """The first token and the place of a description ending at token ``k`` ("capital" or "city")."""
    rank = 0
    j = k - 1
    if doc[k].lower_ == "city":
        # "second city", "second-largest city", "largest city", "second biggest city"
        while j >= 0 and (doc[j].lower_ in _SIZE or doc[j].text == "-"):
            j -= 1
        if j >= 0 and doc[j].lower_ in _ORDINALS:
            rank = _ORDINALS[doc[j].lower_]
            j -= 1
        elif j == k - 1:
            return None  # a plain "city": not a description we can resolve
    elif k + 1 < len(doc) and (doc[k + 1].pos_ in ("NOUN", "PROPN") or doc[k].dep_ == "compound"):
        return None  # "capital markets", "capital punishment"
    country, first = _owner(doc, j, gaz)
    if country is None:
        if doc[k].lower_ != "capital" or j < 0 or doc[j].lower_ != "the" or main_country is None:
            return None
        country, first = main_country, j + 1
    place = gaz.capital(country) if doc[k].lower_ == "capital" else _leading(gaz, country, rank)
    return None if place is None else (first, place)


def _owner(doc: Doc, j: int, gaz: Gazetteer) -> tuple[str | None, int]:
    """The country of "Syria's" or "the Syrian" ending at token ``j``, and the first token of that wording."""
    if j >= 1 and doc[j].lower_ in ("'s", "’s"):
        for first in range(j - 1, max(-1, j - 5), -1):
            iso3 = _country_name(gaz, fold(doc[first:j].text))
            if iso3:
                return iso3, first
        return None, j
    if j >= 0:
        iso3 = gaz.adjectives.get(fold(doc[j].text))
        if iso3 and doc[j].text[:1].isupper():
            return iso3, j
    return None, j


def _country_name(gaz: Gazetteer, key: str) -> str | None:
    for i in gaz.names.get(key, ()):
        p = gaz.places[i]
        if p.feature == "country":
            return p.country
    return None


def _country_before(doc: Doc, k: int, gaz: Gazetteer, floor: int) -> str | None:
    """A country adjective or a country's name among the few words before token ``k``."""
    for j in range(k - 1, floor - 1, -1):
        tok = doc[j]
        if tok.text in (".", ";", "!", "?"):
            break
        iso3 = gaz.adjectives.get(fold(tok.text)) if tok.text[:1].isupper() else None
        if iso3:
            return iso3
        if tok.lower_ in ("'s", "’s") and j > 0:
            iso3 = _country_name(gaz, fold(doc[j - 1].text))
            if iso3:
                return iso3
    return None


def _named_after(doc: Doc, k: int) -> bool:
    """Whether a name follows the description at once ("the capital, Astana", "the city of Homs")."""
    if k + 1 >= len(doc):
        return False
    nxt = doc[k + 1]
    if nxt.lower_ == "of" or (nxt.text[:1].isupper() and nxt.pos_ == "PROPN"):
        return True
    return nxt.text == "," and k + 2 < len(doc) and doc[k + 2].pos_ == "PROPN"


def _leading(gaz: Gazetteer, country: str, rank: int) -> Place | None:
    """The country's largest city (rank 0) or its second city (rank 1) or third.

    The second city is the largest after the capital when the capital is one of the two largest
    (Aleppo after Damascus, Birmingham after London), else the second largest (Los Angeles).
    """
    cities: list[Place] = []
    for i in gaz.largest.get(country, ()):
        p = gaz.places[i]
        if all(_km(p, q) > _SECTION for q in cities):  # a district of a larger city is not a city of its own
            cities.append(p)
    if not cities:
        return None
    capital = gaz.capital(country)
    if rank and capital is not None and capital in cities[:2]:
        cities = [capital] + [c for c in cities if c != capital]
    return cities[rank] if rank < len(cities) else None


def city_parts(doc: Doc, text: str, mentions: list[Mention], sentence_of: SentenceIndex) -> list[Mention]:
    """"Its eastern districts", "its outskirts" right after a city is named (in the same or the sentence before):
    that part of the city, named by its direction when the words give one ("eastern Aleppo")."""
    towns = sorted((m for m in mentions if m.place is not None and m.place.feature in _TOWNS), key=lambda m: m.first)
    out = []
    for tok in doc:
        if tok.lower_ != "its" or tok.dep_ != "poss" or tok.head.lemma_.lower() not in _PARTS:
            continue
        part = tok.head
        here = sentence_of(tok.idx)
        town = next((m for m in reversed(towns) if m.last <= tok.i and m.sentence >= here - 1), None)
        if town is None:
            continue
        direction = next((c.lower_ for c in part.children if c.dep_ == "amod" and c.lower_ in DIRECTIONS), None)
        start, end = tok.idx, part.idx + len(part.text)
        out.append(Mention(start=start, end=end, first=tok.i, last=part.i + 1, key=fold(town.place.name),
                           sentence=here, tagged=False, direction=direction, place=town.place, reason="description"))
    return out
