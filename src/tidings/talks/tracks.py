"""Mentions of the same negotiation in one article, merged into one track: same venue or name, "the talks"
pointing back to the last one named, a bare "talks" joining the negotiation the article is reporting."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from ..records import PlaceMention, Talks
from .lexicon import GENERIC_KINDS
from .mentions import Mention, Parties

# Which status a track takes when its mentions disagree: a round still to come or under way outweighs the
# past tense of a sentence about its preparation.
RANK = {"planned": 5, "ongoing": 4, "occurred": 3, "proposed": 2, "hypothetical": 1, "denied": 0}
RECENT = 2  # sentences within which a bare mention is taken to continue the last negotiation


@dataclass
class Track:
    mentions: list[Mention] = field(default_factory=list)
    parties: Parties = field(default_factory=Parties)
    keys: set[str] = field(default_factory=set)

    @property
    def place(self) -> PlaceMention | None:
        cities = [m.place for m in self.mentions if m.place is not None and m.place.feature != "country"]
        return cities[0] if cities else next((m.place for m in self.mentions if m.place is not None), None)

    @property
    def date(self) -> str | None:
        return next((m.date for m in self.mentions if m.date), None)

    @property
    def last(self) -> int:
        return self.mentions[-1].sentence

    @property
    def apart(self) -> str | None:
        return self.mentions[0].apart

    def add(self, m: Mention) -> None:
        self.mentions.append(m)
        if m.key:
            self.keys.add(m.key)
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
    if m.key and track.keys:
        return m.key in track.keys or (m.place.feature == "country" and m.place.country == here.country)
    return here.country == m.place.country


def merge(mentions: list[Mention], tracks: list[Track]) -> Track:
    """Put one mention on the track it belongs to, opening a new track when it belongs to none."""
    m = mentions[-1]
    track = _choose(m, mentions, tracks)
    if track is None:
        track = Track()
        tracks.append(track)
    track.add(m)
    return track


def _choose(m: Mention, mentions: list[Mention], tracks: list[Track]) -> Track | None:
    fits = [t for t in tracks if same_date(t.date, m.date) and same_place(t, m)]
    if m.link is not None:
        linked = next((t for t in tracks for x in t.mentions if x.token.i == m.link), None)
        if linked is not None:
            return linked
    if m.key:
        keyed = next((t for t in reversed(fits) if m.key in t.keys), None)
        if keyed is not None:
            return keyed
    if m.place is not None and m.place.feature == "country":
        inside = next((t for t in reversed(fits) if t.place is not None and t.place.country == m.place.country), None)
        if inside is not None:
            return inside
    recent = sorted(fits, key=lambda t: (t.last, -min(x.depth for x in t.mentions if x.sentence == t.last)))
    if m.apart:
        return None
    if m.definite or m.anaphoric:
        candidates = [t for t in recent if not (m.key and t.keys)]
        return candidates[-1] if candidates else None
    if m.key:  # a name for a negotiation reported just before without one ("secret talks ... talks in Ankara")
        bare = [t for t in recent if not t.keys and not t.apart and m.sentence - t.last <= RECENT
                and _agrees(t.parties, m.parties)]
        return bare[-1] if bare else None
    current = [t for t in recent if not t.apart or t.last == m.sentence]
    if current and m.sentence - current[-1].last <= RECENT * 3 and _agrees(current[-1].parties, m.parties, True):
        return current[-1]
    return None


def _agrees(have: Parties, new: Parties, strict: bool = False) -> bool:
    """A bare mention continues a negotiation when the parties it names are that negotiation's."""
    ours, theirs = have.roots(), new.roots()
    if not theirs:
        return True
    return theirs <= ours if strict else bool(theirs & ours) or not ours


def name_of(track: Track) -> tuple[str, str]:
    """A short name a reader recognises, and the kind: "Astana talks", "Sochi congress", "Peace Congress"."""
    nouns = [m for m in track.mentions if not m.verb and not m.anaphoric]
    specific = [m for m in nouns if m.kind not in GENERIC_KINDS]
    kind = (specific or nouns or track.mentions)[0].kind
    place = track.place
    named = next((m.name for m in track.mentions if m.name), None)
    if place is not None and place.feature != "country":
        return f"{place.name or place.text} {kind}", kind
    if named:
        return (named if named.lower().endswith(kind.rstrip("s")) or " " in named and named[0].isupper()
                and named.split()[-1].lower() in ("congress", "conference", "summit", "process", "forum")
                else f"{named} {kind}"), kind
    if place is not None:
        return f"{kind.capitalize()} in {place.name or place.text}", kind
    return kind.capitalize(), kind


def record(article: str, track: Track, text: str, starts: list[int], ends: list[int]) -> Talks:
    name, kind = name_of(track)
    first = track.mentions[0]
    statuses = [m.status for m in track.mentions if m.status]
    status = max(statuses, key=lambda s: RANK.get(s, 0)) if statuses else "occurred"
    p = track.parties
    declined = list(p.declined)
    brokers = [c for c in p.brokers if c not in declined]
    participants = [c for c in p.participants if c not in brokers and c not in declined]
    invited = [c for c in p.invited if c not in participants and c not in brokers]
    n = first.sentence
    key = f"{article}|{name}|{n}|{first.token.i}"
    return Talks(id=hashlib.sha1(key.encode()).hexdigest()[:16], name=name, kind=kind, status=status,
                 place=track.place, date=track.date, brokers=tuple(brokers), participants=tuple(participants),
                 invited=tuple(invited), declined=tuple(declined), evidence=text, start=starts[n], end=ends[n],
                 sentences=tuple(sorted({m.sentence for m in track.mentions})))
