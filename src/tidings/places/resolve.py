"""Choosing which place a name means, from the article around it.

A country's name always means the country. Other names are scored: a larger place is likelier, a capital
likelier still, and a name that is only an alternate spelling of a place (Salisbury for Harare) counts little;
a place in a country the article talks about, or near places the article has already placed, gains.
"X, Y" pairs are settled together, taking the reading of Y that contains a reading of X ("Paris, Texas").
Names with one clear reading are placed first so that they give the context for the rest.
"""

from __future__ import annotations

import math
from collections import Counter

from .gazetteer import Gazetteer, Place
from .names import fold
from .recognise import Mention

_AREA = frozenset({"admin", "region", "island"})
_WIDE = frozenset({"country", "continent", "water"})
# How far from Y a place X of "X, Y" may lie, by Y's feature (km).
_REACH = {"admin": 700.0, "region": 700.0, "island": 500.0, "capital": 80.0, "city": 80.0, "landmark": 30.0}
_CLEAR = 2.0  # a lead (in log10 population) that makes a name unambiguous before the context is known
_SAME = 100.0  # readings closer than this (km) are one place for the purpose of ambiguity
_ALTERNATE = 2.5  # what being only an alternate name costs (in log10 population)
_MIN_ALTERNATE = 50000  # a town smaller than this is not read from an alternate name alone
_LOCAL = frozenset({"city", "capital", "admin", "landmark"})
_STRANGER = 1000.0  # km: a town this far from every other place of the article is a stranger to it
_NEIGHBOUR = 100.0  # km: a namesake this close to two of the article's places is its neighbour


def resolve(mentions: list[Mention], gaz: Gazetteer, context: Counter[str]) -> None:
    """Set ``place`` and ``reason`` on every mention; ``context`` counts the article's countries and grows."""
    for m in mentions:  # a name with a single or a clearly leading reading gives context to the rest
        if m.place is not None or m.within is not None or m.doubtful:
            continue
        ranked = _ranked(m, gaz)
        if ranked and _clear(ranked) and not _also_state(m, gaz, ranked[0][1]):
            m.place, m.reason = ranked[0][1], "gazetteer"
            _count(context, m.place)
    for m in mentions:
        if m.place is None and m.within is not None:
            _resolve_pair(m, mentions[m.within], gaz, context)
    placed = [m.place for m in mentions if m.place is not None and m.place.feature not in _WIDE]
    for m in mentions:
        if m.place is not None:
            continue
        ranked = _ranked(m, gaz, context)
        if m.doubtful:
            ranked = [r for r in ranked if r[1].country and context[r[1].country] and _major(r[1])]
        if not ranked:
            continue
        total = sum(context.values())
        scored = [(prior + _bonus(p, context, total, placed), p) for prior, p in ranked]
        best = max(scored, key=lambda x: x[0])[1]
        m.place = best
        m.reason = _why(best, ranked[0][1], context, placed)
        _count(context, best)
        if best.feature not in _WIDE:
            placed.append(best)
    _neighbours(mentions, gaz)


def _neighbours(mentions: list[Mention], gaz: Gazetteer) -> None:
    """Move a town read far from all the article's other places to its namesake among them: "Vienna" in a story
    about Fairfax and Manassas is Vienna, Virginia, though Vienna, Austria is the likelier reading on its own."""
    local = [m for m in mentions if m.place is not None and m.place.feature in _LOCAL]
    if len(local) < 3:
        return
    for m in local:
        p = m.place
        others = [x.place for x in local if x.key != m.key and x.place is not None]
        if p is None or p.feature not in ("city", "capital") or not others:
            continue
        if min(_km(p, q) for q in others) < _STRANGER:
            continue
        namesakes = [gaz.places[i] for i in gaz.names.get(m.key, ()) if (m.key, i) in gaz.main]
        near = [q for q in namesakes if q.feature == "city" and q is not p
                and sum(_km(q, o) < _NEIGHBOUR for o in others) >= 2]
        if near:
            m.place, m.reason = max(near, key=lambda q: q.population), "proximity"


def _count(context: Counter[str], p: Place) -> None:
    if p.country and p.feature != "continent":
        context[p.country] += 1


def _major(p: Place) -> bool:
    """A country, a capital or a city of half a million."""
    return p.feature in ("country", "capital") or p.population >= 500000


def _also_state(m: Mention, gaz: Gazetteer, top: Place) -> bool:
    """Whether a country's name is also a state's, to be settled once the article's countries are known."""
    return top.feature == "country" and any(gaz.places[i].feature == "admin" for i in gaz.names.get(m.key, ()))


def _country_or_state(countries: list[tuple[float, Place]], readings: list[tuple[float, Place]],
                      context: Counter[str]) -> list[tuple[float, Place]]:
    """A country's name means the country, unless the article is about another country that has a
    first-level division of that name and never mentions the first (Georgia in a story about the US)."""
    states = [r for r in readings if r[1].feature == "admin" and r[1].country and context[r[1].country] >= 2]
    if states and all(context[p.country or ""] == 0 for _, p in countries):
        return states
    return countries


def _ranked(m: Mention, gaz: Gazetteer, context: Counter[str] | None = None) -> list[tuple[float, Place]]:
    """The readings of a mention with their prior scores, best first; narrowed by its kind word and hint."""
    indices = gaz.names.get(m.key, ())
    if all(gaz.places[i].feature in ("city", "capital") and (m.key, i) not in gaz.main
           and gaz.places[i].population < _MIN_ALTERNATE for i in indices):
        return []  # only an alternate spelling of some small town: more likely a name we do not know
    readings = [(_prior(gaz, i, m.key), gaz.places[i]) for i in indices]
    if m.acronym:  # "WA", "OAS": a country's or a region's short name, never a town's
        readings = [r for r in readings if r[1].feature not in ("city", "capital")]
    if m.kind == "county":  # a county, or a US town in a state that has a county of that name ("Orange County")
        states = gaz.counties.get(m.key, frozenset())
        readings = [r for r in readings if r[1].country == "USA" and r[1].admin1 in states and r[1].feature == "city"
                    or r[1].feature in _AREA and r[1].country != "USA"]  # (a US area is a state, not a county)
    elif m.kind is not None:
        kinds = {"city", "capital"} if m.kind == "city" else _AREA if m.kind == "admin" else {m.kind}
        readings = [r for r in readings if r[1].feature in kinds] or readings
    countries = [r for r in readings if r[1].feature == "country"]
    if countries:
        return _country_or_state(countries, readings, context or Counter())
    if m.hint is not None:
        readings = [r for r in readings if r[1].country == m.hint] or readings
    readings.sort(key=lambda r: -r[0])
    return readings


def _prior(gaz: Gazetteer, i: int, key: str) -> float:
    """How likely a reading is before the article is considered, on a log10-population scale."""
    p = gaz.places[i]
    if p.feature in _AREA or p.feature == "landmark":
        score = 5.5  # a named region (or a seat of government) stands with a city of some 300,000
    elif p.feature in _WIDE:
        score = 6.0
    else:
        score = math.log10(p.population + 10) + (1.0 if p.feature == "capital" else 0.0)
        if (key, i) not in gaz.main and not fold(p.name).startswith(key + " "):
            score -= _ALTERNATE  # "New York" for New York City is no alternate in this sense
    return score


def _clear(ranked: list[tuple[float, Place]]) -> bool:
    """Whether the best reading wins before any context: the only one, a country, or far ahead."""
    prior, top = ranked[0]
    if top.feature in ("country", "continent"):
        return True
    rivals = [r for r, p in ranked[1:] if _km(p, top) > _SAME]
    return not rivals or prior - max(rivals) >= _CLEAR


def _bonus(p: Place, context: Counter[str], total: int, placed: list[Place]) -> float:
    """What the article adds to a reading: its country is talked about, or it lies near placed names."""
    score = 0.0
    if p.country and total and context[p.country]:
        # a country the article names only as a country (often as an actor: "the USA accused ...") says less
        # about which Geneva is meant than towns of that country do
        local = any(q.country == p.country and q.feature not in _WIDE and q.feature not in ("country", "capital")
                    for q in placed)  # (a capital is as often a government as a place: "Washington said")
        score += (1.5 + 1.5 * context[p.country] / total) if local else (0.5 + 0.5 * context[p.country] / total)
    if placed and p.feature not in _WIDE:
        # a capital counts half: it is as often a government as a place ("Washington said")
        near = min(_km(p, q) * (2.0 if q.feature == "capital" else 1.0) for q in placed)
        score += 2.0 if near < 150 else 1.0 if near < 500 else 0.0
        if p.feature == "admin" and p.admin1 and any(q.admin1 == p.admin1 and q.country == p.country for q in placed):
            score += 1.0  # a state whose towns the article names ("Washington" beside Seattle)
    return score


def _why(best: Place, first: Place, context: Counter[str], placed: list[Place]) -> str:
    """The reason to report: the article's context when it overruled the likeliest reading."""
    if best == first:
        return "population"
    if best.country and context[best.country]:
        return "article-context"
    return "proximity"


def _resolve_pair(x: Mention, y: Mention, gaz: Gazetteer, context: Counter[str]) -> None:
    """Resolve "X, Y" together, taking the likeliest X that lies within a reading of Y."""
    xs = _ranked(x, gaz)
    ys = [y.place] if y.place is not None else [gaz.places[i] for i in gaz.names.get(y.key, ())]
    best: tuple[float, Place, Place] | None = None
    for q in ys:
        for prior, p in xs:
            if p is q or not _contains(q, p):
                continue
            s = prior + (0.5 if q.feature == "country" else 0.0)
            if best is None or s > best[0]:
                best = (s, p, q)
    if best is None:
        x.within = None
        return
    _, p, q = best
    x.place, x.reason = p, "qualified"
    if y.place is None:
        y.place, y.reason = q, "qualified"
    _count(context, p)


def _contains(q: Place, p: Place) -> bool:
    """Whether place ``q`` (a country, a state, a region or a city) plausibly contains place ``p``."""
    if q.feature == "country":
        return p.country == q.country and p.feature != "country"
    if q.feature in _WIDE or p.feature == "country":
        return False
    if q.country and p.country and q.country != p.country:
        return False
    if q.admin1 and p.admin1 and q.feature == "admin" and q.country == "USA":
        return q.admin1 == p.admin1
    return _km(p, q) <= _REACH.get(q.feature, 300.0)


def _km(p: Place, q: Place) -> float:
    """Great-circle distance in kilometres."""
    la1, la2 = math.radians(p.lat), math.radians(q.lat)
    dlat, dlon = la2 - la1, math.radians(q.lon - p.lon)
    a = math.sin(dlat / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlon / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))
