"""The records that travel between stages.

Every record is a frozen dataclass. Character offsets (``start``, ``end``) are Python string indices into
``Article.text``; ``sentence`` is the index of the sentence in the article. ``None`` means unknown.
Every coded record says why it was coded so (``reason`` / ``rule``), so that a user can ask for the evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

STATUSES = ("occurred", "ongoing", "planned", "proposed", "denied", "hypothetical")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from its source."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    origin: str | None = None  # where it was read from: a path, "path:line", a URL or "-"

    @property
    def digest(self) -> str:
        """A hash of the content: same text, title and date give the same digest."""
        h = hashlib.sha256()
        for part in (self.text, self.title or "", self.published.isoformat() if self.published else ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()[:32]

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A span that names an actor, resolved to a canonical actor and a code.

    ``reason`` is one of ``alias`` (a known name), ``title`` (an office or title with its country),
    ``role-noun`` (a role noun with the country the context gives), ``coreference`` (a later mention
    that points back), ``context`` (an unknown name coded from its surroundings) or ``user`` (a user
    dictionary entry).
    """

    start: int
    end: int
    text: str
    sentence: int
    code: str | None
    name: str | None  # canonical name: "Bashar al-Assad", "Russia", "Syrian rebels"
    reason: str
    detail: str | None = None  # a readable explanation: "President of Syria 2000-07-17 – "
    kind: str | None = None  # person, country, organisation, group, role, pronoun
    head: int | None = None  # character offset of the head word, for stages that map back to tokens


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A toponym (or a description of a place) resolved to coordinates."""

    start: int
    end: int
    text: str
    sentence: int
    name: str | None
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None
    # country, capital, city, admin, region, island, water, continent, landmark; or "demonym": a nationality or
    # regional word used as a modifier ("Russian jets"), which refers to a country but is no place where anything
    # happens (and neither is a place with reason "in-name": "Toronto" in "Toronto Police")
    feature: str | None = None
    geonameid: int | None = None
    reason: str | None = None  # gazetteer, description, context, ...


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A temporal expression resolved against the publication date.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``end_value`` closes a range.
    """

    start: int
    end: int
    text: str
    sentence: int
    value: str | None
    end_value: str | None = None
    reason: str | None = None
    future: bool = False  # the expression points forward from the publication date


@dataclass(frozen=True, slots=True)
class Event:
    """One event mention: an event as one article reports it, with its evidence."""

    id: str
    article: str
    sentence: int
    type: str
    mode: str | None
    cameo: str | None
    source: ActorMention | None
    target: ActorMention | None
    status: str = "occurred"
    participants: tuple[ActorMention, ...] = ()
    date: str | None = None
    date_reason: str | None = None
    place: PlaceMention | None = None
    place_reason: str | None = None
    status_reason: str | None = None
    evidence: str = ""  # the sentence that reports the event
    start: int = 0  # evidence span in the article
    end: int = 0
    trigger: str = ""
    trigger_start: int = 0
    trigger_end: int = 0
    rule: str = ""  # the pattern that coded it
    score: float = 1.0
    quad: int | None = None  # 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein: float | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the quoted words, without the marks
    end: int
    text: str
    sentence: int
    speaker: str | None
    speaker_code: str | None
    speaker_start: int | None = None
    speaker_end: int | None = None
    reason: str | None = None  # how the speaker was found: "said-after", "colon-before", "continuation" ...


@dataclass(frozen=True, slots=True)
class Talks:
    """A negotiation, meeting or congress as one article reports it."""

    id: str
    name: str
    kind: str  # talks, meeting, conference, congress, summit, negotiations, visit, call
    status: str = "occurred"
    place: PlaceMention | None = None
    date: str | None = None
    end_date: str | None = None
    brokers: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    invited: tuple[str, ...] = ()
    declined: tuple[str, ...] = ()
    outcome: str | None = None
    evidence: str = ""
    start: int = 0
    end: int = 0
    sentences: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be ingested, and why."""

    origin: str
    reason: str
    article: str | None = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the pipeline knows about one article. Stages fill its fields in order."""

    article: Article
    sentences: tuple[Sentence, ...] | None = None
    actors: tuple[ActorMention, ...] | None = None
    places: tuple[PlaceMention, ...] | None = None
    times: tuple[TimeMention, ...] | None = None
    quotes: tuple[Quote, ...] | None = None
    events: tuple[Event, ...] | None = None
    talks: tuple[Talks, ...] | None = None
    timings: dict[str, float] = field(default_factory=dict, compare=False)
