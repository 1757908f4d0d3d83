"""Finding the words that name places: spaCy's place entities, and gazetteer names the tagger missed."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .gazetteer import Gazetteer, Place
from .names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*")
_NUMERIC = frozenset({"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"})
_LOCATIVE = frozenset({"in", "at", "from", "near", "to", "into", "outside", "across", "around", "toward",
                       "towards", "via", "through", "inside", "throughout", "between"})
# Entities whose names may hold a place: organisations, buildings, events, laws, works, sums ("US dollars").
# (Not an unknown GPE or LOC: "Centennial Park" is not in Centennial, nor "Islington Bay" in Islington.)
_NAMED = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW", "MONEY"})
# Last words of a newspaper's or a broadcaster's name.
_MEDIA = frozenset({"post", "times", "herald", "journal", "tribune", "news", "gazette", "chronicle", "telegraph",
                    "observer", "guardian", "independent", "press", "star", "sun", "mail", "express", "standard",
                    "examiner", "courier", "inquirer", "daily", "review", "record", "today", "bulletin", "globe",
                    "register", "dispatch", "reporter", "monitor", "mirror", "magazine", "radio", "tv",
                    "television", "broadcasting", "advertiser", "enquirer", "sentinel", "leader", "argus"})
# Last words of the name of a building or site ("Colchester General Hospital", "Anfield Stadium").
_FACILITIES = frozenset({
    "hospital", "airport", "stadium", "centre", "center", "school", "university", "college", "church", "cathedral",
    "mosque", "temple", "synagogue", "library", "museum", "hotel", "prison", "jail", "courthouse", "station",
    "base", "camp", "park", "square", "bridge", "mall", "market", "arena", "theatre", "theater", "hall", "palace",
    "zoo", "farm", "racecourse", "circuit", "street", "avenue", "road", "boulevard", "drive", "lane", "highway",
    "motorway", "building", "tower", "estate", "harbour", "harbor", "port", "dam", "plant", "refinery",
    "parade", "crescent", "terrace",
})
# Last words of a street's name, which the tagger often takes for a person's ("Dubonet Drive").
_STREETS = frozenset({"street", "avenue", "road", "boulevard", "drive", "lane", "highway", "square", "parade",
                      "crescent", "terrace", "place"})
_CONNECTORS = frozenset({"of", "the", "and", "&", "de", "la", "du", "des", "del", "on", "upon", "-", "'s", "’s"})
_COMPASS = frozenset({"north", "south", "east", "west"})  # after a street's name: "Eglinton Avenue West"
_STREET = re.compile(r"\b(?:[A-Z][\w'’.-]*\s){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Lane|"
                     r"Highway|Square|Bridge|Park)\b")
_CALENDAR = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday"})
# Words before a person's name ("Mr. Heiden", "Sen. Warner"): what follows is not a town.
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "rep", "gov",
                     "gen", "col", "capt", "sgt", "lt", "president", "senator", "governor", "judge", "coach"})
DIRECTIONS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-east", "north-west", "south-east", "south-west", "north-eastern", "north-western",
    "south-eastern", "south-western", "upstate", "downtown",
})
# Words after a name that say what kind of place it is ("Idlib province", "the Euphrates river").
SUFFIXES = {
    "province": "admin", "governorate": "admin", "region": "admin", "district": "admin", "oblast": "admin",
    "state": "admin", "county": "county", "parish": "county", "prefecture": "admin", "department": "admin",
    "river": "water", "sea": "water", "lake": "water", "strait": "water",
    "city": "city", "town": "city", "village": "city",
}
# A strong gazetteer name found outside any entity: a country, a region, or a town at least this large.
_MIN_UNTAGGED_POPULATION = 20000
_MIN_ALTERNATE_POPULATION = 200000  # the same, under an alternate name ("Misrata" for Misratah)
_MIN_INSIDE_POPULATION = 100000  # a town inside another name ("Buffalo Public Schools"); "Taco Bell" has none


@dataclass(slots=True)
class Mention:
    """A stretch of text that names (or describes) a place, before and after it is resolved."""

    start: int  # character offsets into the article
    end: int
    first: int  # token indices [first, last)
    last: int
    key: str  # the folded name to look up
    sentence: int
    tagged: bool  # spaCy called it a place (GPE or LOC; a FAC is a building)
    direction: str | None = None  # "northern" in "northern Syria"
    kind: str | None = None  # the feature a suffix asks for ("province" -> admin, "county" -> county)
    within: int | None = None  # index of the mention that contains this one ("Paris, Texas")
    hint: str | None = None  # ISO3 the wording points to ("the Russian town of Sochi")
    place: Place | None = None
    reason: str | None = None
    name: str | None = None  # set for descriptions, whose name is not the text
    doubtful: bool = False  # tagged as a person: a place only if the article's countries bear it out
    acronym: bool = False  # written as two or three capitals ("WA"): not a town's name
    inside: bool = False  # part of an organisation's or a building's name ("Toronto" in "Toronto Police")
    landmark: bool = False  # a building or street not in the gazetteer, placed where the article is


class SentenceIndex:
    """Maps a character offset to the index of its sentence."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def __call__(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)


def recognise(doc: Doc, text: str, gaz: Gazetteer, sentence_of: SentenceIndex) -> list[Mention]:
    """Every place name in ``doc`` (parsed from ``text``), left to right, none overlapping."""
    taken = [False] * len(doc)
    blocked = [False] * len(doc)
    out: list[Mention] = []
    ents = doc.ents
    tagged_keys = {fold(e.text) for e in ents if e.label_ in PLACE_LABELS}
    named: list[Span] = []  # entities whose names may hold a place, read once the article's places are known
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            mention = _from_entity(ent, gaz, sentence_of)
        elif ent.label_ in _NUMERIC:
            mention = None
        else:
            mention = _named_place(ent, gaz, sentence_of, tagged_keys)
        if mention is not None and any(taken[i] for i in range(mention.first, mention.last)):
            mention = None  # grown into a name read already ("Washington" + ", D.C.")
        if mention is not None:
            out.append(mention)
            for i in range(mention.first, mention.last):
                taken[i] = True
        elif ent.label_ != "PERSON":
            named.append(ent)
        else:
            out.extend(_landmark(ent, sentence_of))
        for i in range(ent.start, ent.end):
            blocked[i] = True  # the rest of a person's or an organisation's name holds no place of its own
    out.extend(_untagged(doc, text, gaz, sentence_of, taken, blocked))
    known = {m.key for m in out if m.tagged}  # a name tagged a place may be that place inside a longer name
    for ent in named:
        out.extend(_inner(ent, gaz, sentence_of, known) or _landmark(ent, sentence_of))
    out.extend(_streets(doc, text, sentence_of, taken, blocked, out))
    out = [m for m in out if not _code_name(doc, m.first)]
    out.sort(key=lambda m: m.start)
    _link_pairs(doc, out, gaz, sentence_of)
    return out


_NAMED_THINGS = {"operation", "exercise", "codenamed", "code-named"}


def _code_name(doc: Doc, first: int) -> bool:
    """A name after "operation", "exercise" or "codenamed", quoted or not, is no place ("operation 'Olive Branch'")."""
    i = first - 1
    while i >= 0 and (doc[i].is_quote or doc[i].text in ("'", '"', "‘", "“")):
        i -= 1
    return i >= 0 and doc[i].lower_ in _NAMED_THINGS


def _from_entity(ent: Span, gaz: Gazetteer, sentence_of: SentenceIndex) -> Mention | None:
    """A place entity, trimmed of "the" and "'s", with a direction before it or a kind after it."""
    doc = ent.doc
    first, last = _trim(doc, ent.start, ent.end)
    if first >= last:
        return None
    direction = None
    if doc[first].lower_ in DIRECTIONS and last - first > 1 and fold(doc[first:last].text) not in gaz.names:
        rest = fold(doc[first + 1:last].text)
        # a capitalised "Eastern Creek" is a name of its own unless the rest is a well-known place
        if doc[first].is_lower or _strong(gaz, rest, _MIN_INSIDE_POPULATION):
            direction, first = doc[first].lower_, first + 1
    first, last = _widen(doc, first, last, gaz)
    key = fold(doc[first:last].text)
    if key in gaz.adjectives or key in gaz.demonyms:
        return None  # "the Kazakh capital": a nationality tagged a place, not a town of that name
    mention = _mention(doc, first, last, key, sentence_of, tagged=ent.label_ != "FAC")  # a building is no town
    if key not in gaz.names:
        # "Raqqa City" or "Homs Governorate": look the name up without its kind word
        kind = SUFFIXES.get(doc[last - 1].lower_)
        base = fold(doc[first:last - 1].text) if kind and last - first > 1 else ""
        if base not in gaz.names:
            return None
        mention.key, mention.kind = base, kind
    _extend(doc, mention, gaz, direction)
    return mention


def _trim(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Drop a leading article and a trailing possessive."""
    while first < last and doc[first].lower_ in ("the", "a", "an"):
        first += 1
    while last > first and doc[last - 1].lower_ in ("'s", "’s", "'", "’"):
        last -= 1
    return first, last


def _widen(doc: Doc, first: int, last: int, gaz: Gazetteer) -> tuple[int, int]:
    """Grow a span to a longer gazetteer name around it ("Boa" + "Vista" tagged apart)."""
    best = (first, last)
    near = [k for k in (first - 2, first - 1, last, last + 1) if 0 <= k < len(doc)]
    if not any(doc[k].text[:1].isupper() for k in near):
        return best  # the usual case: nothing capitalised on either side
    for a in range(first, max(-1, first - 3), -1):
        for b in range(last, min(len(doc), last + 3) + 1):
            if (a, b) == (first, last) or not (doc[a].text[:1].isupper() and doc[b - 1].text[:1].isupper()):
                continue
            if b - a > best[1] - best[0] and fold(doc[a:b].text) in gaz.names:
                best = (a, b)
    return best


def _named_place(ent: Span, gaz: Gazetteer, sentence_of: SentenceIndex, tagged_keys: set[str]) -> Mention | None:
    """A person's, an organisation's or another entity's name that is a place after all.

    spaCy's small model calls many towns persons or organisations ("Aleppo" NORP, "Turkey" ORG). A well-known
    place is taken back; a person's name only when the article tags it a place elsewhere, when it has several
    words ("Tamil Nadu", "Klamath Falls"), or when a locative preposition goes before it ("in Douma"). A smaller
    town is taken back only when the article tags it a place elsewhere or a locative goes before it ("moved to
    Thornhill"); otherwise a one-word name with nothing for it stays what the tagger said.
    """
    doc = ent.doc
    first, last = _trim(doc, ent.start, ent.end)
    if first >= last or doc[first].lower_ in _CALENDAR or not doc[first].text[:1].isupper():
        return None
    key = fold(doc[first:last].text)
    if key in gaz.adjectives or key in gaz.demonyms:
        return None
    located = first > 0 and doc[first - 1].lower_ in _LOCATIVE
    strong = _strong(gaz, key)
    if not strong and not ((located or key in tagged_keys) and _town(gaz, key) and _plain(doc, first, last)):
        return None
    mention = _mention(doc, first, last, key, sentence_of, tagged=False)
    if ent.label_ == "PERSON" and strong:
        # otherwise a person, unless the article is about the country of a large town of that name ("Kiev denied")
        mention.doubtful = not (key in tagged_keys or last - first > 1 or located)
    _extend(doc, mention, gaz, None)
    return mention


def _untagged(doc: Doc, text: str, gaz: Gazetteer, sentence_of: SentenceIndex, taken: list[bool],
              blocked: list[bool]) -> list[Mention]:
    """Capitalised gazetteer names outside every entity that stand alone (not part of a longer name)."""
    free = [not (t or b) for t, b in zip(taken, blocked, strict=True)]
    starts = []
    for word in _CAPITALISED.finditer(text):  # cheaper than visiting every token in Python
        if fold(word.group()) in gaz.first_words:
            span = doc.char_span(word.start(), word.end(), alignment_mode="expand")
            if span is not None and free[span.start]:
                starts.append(span.start)
    out: list[Mention] = []
    for i in starts:
        if out and i < out[-1].last:
            continue
        out.extend(_scan(doc, i, min(len(doc), i + gaz.longest), gaz, sentence_of, free, inside=False, once=True))
    return out


def _scan(doc: Doc, lo: int, hi: int, gaz: Gazetteer, sentence_of: SentenceIndex, free: list[bool],
          inside: bool, once: bool = False, known: frozenset[str] | set[str] = frozenset()) -> list[Mention]:
    """Gazetteer names in tokens [lo, hi), longest first; ``inside`` a longer name they need not stand alone.

    With ``once``, only a name that starts at ``lo``. Inside a name, a town must be large or one of the
    ``known`` names the article uses for a place elsewhere.
    """
    out = []
    longest = min(gaz.longest, 6)
    i = lo
    while i < hi:
        if not free[i] or not _capitalised(doc[i]) or fold(doc[i].text) not in gaz.first_words:
            i += 1
            continue
        found = 0
        window = [doc[k] for k in range(i, min(hi, i + longest))]
        for j in range(i + len(window), i, -1):
            if not all(free[i:j]) or not _capitalised(window[j - 1 - i]):
                continue
            key = fold(doc[i:j].text)
            if key in gaz.names and ((_strong(gaz, key, _MIN_INSIDE_POPULATION) or key in known) if inside
                                     else _strong(gaz, key) and _standalone(doc, i, j)):
                found = j
                break
        if found:
            mention = _mention(doc, i, found, fold(doc[i:found].text), sentence_of, tagged=False)
            if inside:
                mention.inside = True
                if found < hi and SUFFIXES.get(doc[found].lower_) == "county":
                    _extend(doc, mention, gaz, None, suffix_only=True)  # "Walker County" in a sheriff's office
            else:
                _extend(doc, mention, gaz, None)
            out.append(mention)
            i = mention.last
        else:
            i += 1
        if once:
            break
    return out


def _inner(ent: Span, gaz: Gazetteer, sentence_of: SentenceIndex, known: set[str]) -> list[Mention]:
    """Places named inside an organisation's or a building's name ("Toronto Police", "Bank of England").

    A newspaper's name is the exception: the Washington Post says nothing of where anything happens.
    """
    if ent.label_ not in _NAMED or ent[-1].lower_ in _MEDIA or ent[-1].lower_ in ("'s", "’s") and len(ent) > 1 \
            and ent[-2].lower_ in _MEDIA:
        return []
    free = [True] * len(ent.doc)
    return _scan(ent.doc, ent.start, ent.end, gaz, sentence_of, free, inside=True, known=known)


def _landmark(ent: Span, sentence_of: SentenceIndex) -> list[Mention]:
    """A building, street or site the gazetteer cannot know ("Barclays Center"), to place by the article.

    A person's name is one only when it ends as a street's does ("Dubonet Drive").
    """
    doc = ent.doc
    first, last = _trim(doc, ent.start, ent.end)
    end = last - 1 if last - first > 2 and doc[last - 1].lower_ in _COMPASS else last
    words = _STREETS if ent.label_ == "PERSON" else _FACILITIES
    if end - first < 2 or doc[end - 1].lower_ not in words or any(
            not doc[k].text[:1].isupper() and doc[k].lower_ not in _CONNECTORS for k in range(first, end)):
        return []  # every word of a name is capitalised but "of" and the like: not "Passing out Parade"
    mention = _mention(doc, first, last, "", sentence_of, tagged=ent.label_ == "FAC")
    mention.landmark = True
    return [mention]


def _streets(doc: Doc, text: str, sentence_of: SentenceIndex, taken: list[bool], blocked: list[bool],
             found: list[Mention]) -> list[Mention]:
    """Street names the tagger left alone ("Hampton Avenue"), to place by the article."""
    out = []
    for match in _STREET.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or any(taken[i] or blocked[i] for i in range(span.start, span.end)):
            continue
        mention = _mention(doc, span.start, span.end, "", sentence_of, tagged=False)
        mention.landmark = True
        out.append(mention)
    return out


def _capitalised(tok: Token) -> bool:
    """A word that starts with a capital: "Aleppo", "Deir-ez-Zor", "U.S."."""
    return tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text or "." in tok.text)


def _strong(gaz: Gazetteer, key: str, least: int = 0) -> bool:
    """Whether a name is safe to take as a place without the tagger's word for it.

    Countries and the regions of our own file count under any of their names; a town only under its own
    name (not an alternate spelling) and only when it is large.
    """
    if key in gaz.adjectives:
        return False
    for i in gaz.names.get(key, ()):
        p = gaz.places[i]
        if p.feature not in ("city", "capital"):
            return True
        floor = max(least, _MIN_UNTAGGED_POPULATION) if (key, i) in gaz.main else max(least * 10,
                                                                                        _MIN_ALTERNATE_POPULATION)
        if p.population >= floor:
            return True
    return False


def _plain(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens [first, last) are a name written as a town's ("Thornhill"): no acronym ("NATO"), no title
    before it ("Mr. Heiden")."""
    if any(doc[k].is_upper for k in range(first, last)):
        return False
    return first == 0 or doc[first - 1].lower_.rstrip(".") not in _TITLES


def _town(gaz: Gazetteer, key: str) -> bool:
    """Whether a name is the gazetteer's own name (not an alternate) of some place."""
    return any((key, i) in gaz.main for i in gaz.names.get(key, ()))


def _standalone(doc: Doc, i: int, j: int) -> bool:
    """Whether tokens [i, j) stand alone, not part of a longer proper name ("Jordan Peterson")."""
    if i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper():
        return False
    if j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        return False
    return any(doc[k].pos_ == "PROPN" or doc[k].is_upper for k in range(i, j))  # "IMMOKALEE –" in a dateline


def _mention(doc: Doc, first: int, last: int, key: str, sentence_of: SentenceIndex, tagged: bool) -> Mention:
    span = doc[first:last]
    start, end = span.start_char, span.end_char
    letters = span.text.replace(".", "")
    return Mention(start=start, end=end, first=first, last=last, key=key, sentence=sentence_of(start),
                   tagged=tagged, acronym=len(letters) <= 3 and letters.isupper())


def _extend(doc: Doc, m: Mention, gaz: Gazetteer, direction: str | None, suffix_only: bool = False) -> None:
    """Take in a direction word before the name and a kind word after it ("northern Syria", "Idlib province")."""
    if not suffix_only and direction is None and m.first > 0 and doc[m.first - 1].lower_ in DIRECTIONS:
        direction = doc[m.first - 1].lower_
    if direction is not None:
        m.direction = direction
        m.first -= 1
        m.start = doc[m.first].idx
    if m.last < len(doc) and m.kind is None:
        word = doc[m.last].lower_
        kind = SUFFIXES.get(word)
        if kind is not None and doc[m.last].pos_ != "VERB":
            joined = fold(f"{doc[m.first + (direction is not None):m.last].text} {word}")
            if joined in gaz.names:
                m.key = joined
            m.kind = kind
            m.last += 1
            m.end = doc[m.last - 1].idx + len(doc[m.last - 1].text)


def _link_pairs(doc: Doc, mentions: list[Mention], gaz: Gazetteer, sentence_of: SentenceIndex) -> None:
    """Mark "X, Y" pairs, where Y (a country, state or region) may contain X: "Alanya, Turkey", "Paris, Tex."."""
    starts = {m.first: m for m in mentions}
    for m in list(mentions):
        j = m.last + 1
        if j >= len(doc) or doc[m.last].text != ",":
            continue
        state = _abbreviation(doc, j, gaz)
        if state is None:
            continue
        last, i = state
        y = starts.get(j)
        if y is None:  # an abbreviation the tagger left alone
            span = doc[j:last]
            y = Mention(start=span.start_char, end=span.end_char, first=j, last=last, key=fold(gaz.places[i].name),
                        sentence=sentence_of(span.start_char), tagged=False)
            mentions.append(y)
            starts[j] = y
        if y.last == last:  # "Shelby, Mont." is Montana, not Mons
            y.place, y.reason = gaz.places[i], "qualified"
    mentions.sort(key=lambda x: x.start)
    position = {x.first: k for k, x in enumerate(mentions)}
    for m in mentions:
        k = position.get(m.last + 1)
        if k is not None and doc[m.last].text == "," and mentions[k].direction is None:
            m.within = k


def _abbreviation(doc: Doc, j: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """A state or province abbreviation at token ``j`` ("Tex.", "N.Y.", "TX"): (end token, place)."""
    for last in (j + 2, j + 1):
        if last > len(doc) or not doc[j].text[:1].isupper():
            continue
        text = doc[j:last].text
        if last == j + 2 and doc[j + 1].text != ".":
            continue
        i = gaz.states.get(fold(text))
        if i is not None and (len(text) > 2 or text.isupper()):
            return last, i
    return None
