"""Mentions of the same negotiation in one article, merged into one track: same venue or name, "the talks"
pointing back to the last one named, a bare "talks" joining the negotiation the article is reporting."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from ..records import PlaceMention, Talks
from .lexicon import GENERIC_KINDS, KINDS
from .mentions import Mention
from .parties import Parties

# Which status a track takes when its mentions disagree: a round still to come or under way outweighs the
# past tense of a sentence about its preparation.
RANK = {"planned": 5, "ongoing": 4, "occurred": 3, "proposed": 2, "hypothetical": 1, "denied": 0}
NOT_COUNTRIES = {"IGO", "IMG", "NGO"}
RECENT = 2  # sentences (or headline lines) within which a bare mention continues the last negotiation
PASSING = 4  # a negotiation named only deeper than this in its sentences was named in passing ("supported the
# participation of the opposition in the negotiations in Geneva"): "the meeting" later is not it


@dataclass
class Track:
    """One negotiation as the article reports it so far: its mentions, in order, and its parties."""

    mentions: list[Mention] = field(default_factory=list)
    parties: Parties = field(default_factory=Parties)
    venues: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)

    @property
    def keys(self) -> set[str]:
        return self.venues | self.names

    @property
    def place(self) -> PlaceMention | None:
        cities = [m.place for m in self.mentions if m.place is not None and m.place.feature != "country"]
        return cities[0] if cities else next((m.place for m in self.mentions if m.place is not None), None)

    @property
    def date(self) -> str | None:
        """The first date given, made precise by a later one that falls within it ("later this month", "23 Jan")."""
        first = next((m.date for m in self.mentions if m.date), None)
        if first is None:
            return None
        return max((m.date for m in self.mentions if m.date and m.date.startswith(first)), key=len)

    @property
    def status(self) -> str:
        statuses = [m.status for m in self.mentions if m.status]
        if "cancelled" in statuses:
            return "denied"  # planned, then called off
        return max(statuses, key=lambda s: RANK.get(s, 0)) if statuses else "occurred"

    @property
    def last(self) -> int:
        return self.mentions[-1].segment

    @property
    def apart(self) -> str | None:
        return self.mentions[0].apart

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.venue:
            self.venues.add(m.venue)
        if m.name:
            self.names.add(m.name.lower())
        self.parties.merge(m.parties)


def same_date(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def same_place(track: Track, m: Mention) -> bool:
    here = track.place
    if here is None or m.place is None:
        return True
    if m.venue and track.venues:
        return m.venue in track.venues
    return here.country == m.place.country


def merge(mentions: list[Mention], tracks: list[Track]) -> Track:
    """Put one mention on the track it belongs to, opening a new track when it belongs to none."""
    m = mentions[-1]
    track = _choose(m, tracks)
    if track is None:
        track = Track()
        tracks.append(track)
    track.add(m)
    return track


def _choose(m: Mention, tracks: list[Track]) -> Track | None:
    fits = [t for t in tracks if same_date(t.date, m.date) and same_place(t, m)]
    keyed = [t for t in fits if m.venue and m.venue in t.venues or m.name and m.name.lower() in t.names]
    if keyed:
        return keyed[-1]
    recent = sorted(fits, key=lambda t: (t.last, -min(x.depth for x in t.mentions if x.segment == t.last)))
    if m.apart:
        return None
    named = [t for t in recent if t.venues or t.names]
    if m.anaphoric:  # "the event will be held in Sochi": the negotiation last named
        return (named or recent or [None])[-1]
    if m.place is not None and m.place.feature == "country":  # "the talks in Turkey": the main one there
        inside = [t for t in fits if t.place is not None and t.place.country == m.place.country]
        if inside:
            return max(inside, key=lambda t: (len(t.mentions), t.last))
    if m.definite and not m.key:  # "the talks": one named earlier in the sentence, or the last one named
        here = [t for t in recent if t.last == m.segment]
        shown = [t for t in named if min(x.depth for x in t.mentions) <= PASSING]
        return (here or shown or named or recent or [None])[-1]
    if m.key:  # a name for a negotiation reported just before without one ("secret talks ... talks in Ankara")
        bare = [t for t in recent if not t.keys and m.segment - t.last <= RECENT
                and t.apart in (None, "other") and not all(x.verb for x in t.mentions)
                and _same_time(t, m) and _agrees(t.parties, m.parties)]
        return bare[-1] if bare else None
    current = [t for t in recent if (not t.apart or t.last == m.segment) and _continues(t, m)]
    return current[-1] if current else None


def _same_time(t: Track, m: Mention) -> bool:
    """Not a meeting told in the past tense joining one still to come."""
    return not (m.verb and m.status == "occurred" and t.status == "planned")


def _continues(t: Track, m: Mention) -> bool:
    """A bare mention ("talks with the rebels", "X met Y") continues a recent negotiation with the same parties,
    unless it is over while that one is still to come."""
    if not _same_time(t, m):
        return False
    gap = m.segment - t.last
    return gap <= RECENT and _agrees(t.parties, m.parties) or gap <= RECENT * 3 and _agrees(t.parties, m.parties, True)


def _agrees(have: Parties, new: Parties, strict: bool = False) -> bool:
    """A bare mention continues a negotiation when the parties it names are that negotiation's."""
    ours, theirs = have.roots(("brokers", "participants")), new.roots(("brokers", "participants"))
    if not theirs:
        return True
    return theirs <= ours if strict else bool(theirs & ours) or not ours


def name_of(track: Track, party_name: Callable[[str], str | None]) -> tuple[str, str]:
    """A short name a reader recognises, and the kind: "Astana talks", "Sochi congress", "Peace Congress",
    "Israel–Syria talks" when only the parties tell it apart."""
    nouns = [m for m in track.mentions if not m.verb and not m.anaphoric]
    specific = [m for m in nouns if m.kind not in GENERIC_KINDS]
    keyed = [m for m in track.mentions if m.key and not m.anaphoric]
    kind = (keyed or specific or nouns or track.mentions)[0].kind
    place = track.place
    named = next((m.name for m in track.mentions if m.name), None)
    if place is not None and place.feature != "country":
        return f"{place.name or place.text} {kind}", kind
    if named:
        last = named.split()[-1].lower()
        whole = last.rstrip("s") == kind.rstrip("s") or last.rstrip("s") in KINDS
        return (named if whole else f"{named} {kind}"), kind
    topic = next((m.topic for m in track.mentions if m.topic), None)
    if topic:
        return topic, kind
    if place is not None:
        return f"{kind.capitalize()} {'to' if kind == 'visit' else 'in'} {place.name or place.text}", kind
    sides = list(dict.fromkeys(party_name(c) for c in track.parties.participants if c[:3] not in NOT_COUNTRIES))
    if 2 <= len(sides) <= 3 and all(sides):
        return "–".join(str(s) for s in sides) + f" {kind}", kind
    return kind.capitalize(), kind


def record(article: str, track: Track, text: str, starts: list[int], ends: list[int],
           party_name: Callable[[str], str | None]) -> Talks:
    name, kind = name_of(track, party_name)
    first = track.mentions[0]
    status = track.status
    p = track.parties
    declined = list(p.declined)
    brokers = [c for c in p.brokers if c not in declined]
    participants = [c for c in p.participants if c not in brokers and c not in declined]
    invited = [c for c in p.invited if c not in brokers]
    participants = [c for c in participants if c not in invited]
    n = first.sentence
    key = f"{article}|{name}|{n}|{first.token.i}"
    end = next((m.end_date for m in reversed(track.mentions) if m.end_date), None)
    return Talks(id=hashlib.sha1(key.encode()).hexdigest()[:16], name=name, kind=kind, status=status,
                 place=track.place, date=track.date, end_date=end, brokers=tuple(brokers),
                 participants=tuple(participants), invited=tuple(invited), declined=tuple(declined), evidence=text,
                 start=starts[n], end=ends[n],
                 sentences=tuple(sorted({m.sentence for m in track.mentions})))
