"""The place stage: find the toponyms (and descriptions of places) in an article and geocode them.

Needs the article's sentences; adds ``Analysis.places``, one :class:`~tidings.records.PlaceMention` per name,
each with its sentence, canonical name, country, coordinates, feature and the reason it was read so.

The mentions are place mentions in the geoparsing sense, and two kinds of them are not places where anything
happens; a stage that looks for where an event took place, or counts the countries an article is set in, skips
them:

- ``feature == "demonym"``: a nationality or regional adjective used as a modifier ("Russian jets", "European
  airlines"), with the coordinates, ISO3 and name of the country or region it refers to;
- ``reason == "in-name"``: a place (or a demonym) named inside the name of an organisation, a building, an event
  or a currency ("Toronto" in "Toronto Police", "Syrian" in "the Syrian Observatory", "US" in "US dollars").

A newspaper's name is no mention at all ("the Washington Post").
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..records import Analysis, PlaceMention
from .demonyms import demonyms
from .describe import add_hints, city_parts, descriptions
from .gazetteer import Gazetteer, Place, load_gazetteer
from .names import fold
from .recognise import Mention, SentenceIndex, recognise
from .resolve import resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..context import Context

__all__ = ["find_places", "load_gazetteer", "Gazetteer", "Place"]

_LOCAL = frozenset({"city", "capital", "admin", "island"})  # what a building can be placed at
_STRAY = 100000  # a town smaller than this needs the tagger's word or a neighbour in its country
_MAIN_SHARE = 0.4  # the share of country mentions that makes one country the article's own ("the capital")


def find_places(analysis: Analysis, doc: Doc, ctx: Context) -> tuple[PlaceMention, ...]:
    """Every place the article names or describes, in text order, resolved to a gazetteer place.

    Args:
        analysis: the article and its sentences (``doc`` is parsed from ``analysis.article.text``).
        doc: the spaCy parse of the article.
        ctx: the process context; its ``gazetteer`` is used.

    Returns:
        One mention per name found in the gazetteer; a name the gazetteer lacks is left out, never guessed.
    """
    gaz: Gazetteer = ctx.gazetteer
    starts = [s.start for s in analysis.sentences] if analysis.sentences else [s.start_char for s in doc.sents]
    sentence_of = SentenceIndex(starts)
    text = analysis.article.text
    mentions = recognise(doc, text, gaz, sentence_of)
    add_hints(doc, mentions, gaz)
    context = _adjective_context(doc, gaz)
    resolve(mentions, gaz, context)
    _drop_strays(mentions)
    _place_counties(mentions, gaz, text)
    _place_landmarks(mentions, text)
    mentions = [m for m in mentions if m.place is not None]
    described = descriptions(doc, text, mentions, gaz, sentence_of, _main_country(mentions))
    described += city_parts(doc, text, mentions, sentence_of)
    if described:
        inside = {k for d in described for k in range(d.first, d.last)}
        mentions = [m for m in mentions if m.first not in inside] + described
    mentions += demonyms(doc, text, gaz, sentence_of, {k for m in mentions for k in range(m.first, m.last)})
    mentions.sort(key=lambda m: m.start)
    return tuple(_record(m, m.place, text) for m in mentions if m.place is not None)


def _adjective_context(doc: Doc, gaz: Gazetteer) -> Counter[str]:
    """Countries the article's demonyms point to ("Syrian", "Kurdish" has none): weak context."""
    context: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ == "NORP":
            iso3 = gaz.adjectives.get(fold(ent.text))
            if iso3:
                context[iso3] += 1
    return context


def _place_landmarks(mentions: list[Mention], text: str) -> None:
    """Put buildings and streets at the article's own town: the locality it names most, first on a tie."""
    landmarks = [m for m in mentions if m.landmark]
    if not landmarks:
        return
    local = [m for m in mentions if m.place is not None and m.place.feature in _LOCAL]
    if not local:
        return
    focus, count = Counter(m.place for m in local).most_common(1)[0]
    leads = count >= 2 and 2 * count >= len(local)  # the article's own town: half its towns' mentions
    for m in landmarks:
        # the town the same sentence names, after the building first ("Kenyatta Hospital in Nairobi")
        same = [x for x in local if x.sentence == m.sentence]
        after = [x for x in same if x.start >= m.end]
        around = [x for x in local if abs(x.sentence - m.sentence) == 1]
        near = (after or same or around or [None])[0]
        if near is None and len(set(x.place for x in local)) > 1 and not leads:
            continue  # no town nearby and several in the article, none leading: leave it unplaced
        where = near.place if near is not None and near.place is not None else focus
        words = text[m.start:m.end]
        m.place = where._replace(name=words, feature="landmark", population=0, geonameid=None)
        m.name, m.reason = words, "article-context"


def _drop_strays(mentions: list[Mention]) -> None:
    """Unplace a small town the tagger did not call a place, alone in its country among the article's places
    ("Heathrow" read as a Florida town in a story about London): more likely a name the gazetteer lacks."""
    counts = Counter(m.place.country for m in mentions if m.place is not None)
    for m in mentions:
        p = m.place
        if p is not None and not m.tagged and p.feature == "city" and p.population < _STRAY and counts[p.country] == 1 \
                and len(counts) > 1:
            m.place = None


def _place_counties(mentions: list[Mention], gaz: Gazetteer, text: str) -> None:
    """Put a US county the gazetteer lacks at the nearest town the article names in a state that has a county of
    that name ("Ohio County" in a story from Owensboro, Kentucky); with no such town, a county stays unplaced
    unless the gazetteer knows a county of that name elsewhere ("Suffolk County" in England)."""
    for m in mentions:
        states = gaz.counties.get(m.key) if m.kind == "county" else None
        if not states or m.place is not None and m.place.country == "USA":
            continue
        towns = [(x, x.place) for x in mentions if x.kind != "county" and x.place is not None
                 and x.place.country == "USA" and x.place.feature in ("city", "capital") and x.place.admin1 in states]
        if not towns:
            continue
        _, town = min(towns, key=lambda t: (abs(t[0].sentence - m.sentence), abs(t[0].start - m.start)))
        words = text[m.start:m.end]
        m.place = town._replace(name=words, feature="admin", population=0, geonameid=None)
        m.name, m.reason = words, "article-context"


def _main_country(mentions: list[Mention]) -> str | None:
    """The country the article is about, when one clearly leads its places."""
    counts = Counter(m.place.country for m in mentions if m.place is not None and m.place.country)
    if not counts:
        return None
    iso3, n = counts.most_common(1)[0]
    return iso3 if n / sum(counts.values()) >= _MAIN_SHARE else None


def _record(m: Mention, p: Place, text: str) -> PlaceMention:
    name = m.name or (f"{m.direction} {p.name}" if m.direction else p.name)
    return PlaceMention(start=m.start, end=m.end, text=text[m.start:m.end], sentence=m.sentence, name=name,
                        country=p.country, lat=p.lat, lon=p.lon, feature=p.feature, geonameid=p.geonameid,
                        reason="in-name" if m.inside else m.reason)
