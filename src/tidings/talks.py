"""The talks stage: one record per negotiation, meeting or congress an article reports.

Every mention of a negotiation noun ("talks", "the Vienna meeting", "Russia's Peace Congress") is read for its
venue, date, status and the actors around it; mentions of the same negotiation (same venue or name, or "the
talks" pointing back) are merged. Parties come from the events of the article: who meets (CONSULT),
who brokers, hosts or mediates, who is invited (REQUEST on an invitation) and who refuses, boycotts or has not
confirmed (REJECT, or "yet to confirm").
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .events.arguments import ActorIndex, actors_of
from .events.attach import choose_place, choose_time
from .events.cues import load_cues
from .events.status import find_status
from .events.triggers import Hit
from .records import Analysis, Event, PlaceMention, Talks

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Context

KINDS = {"talk": "talks", "negotiation": "negotiations", "meeting": "meeting", "conference": "conference",
         "congress": "congress", "summit": "summit", "round": "talks", "consultation": "consultations",
         "process": "process", "dialogue": "dialogue", "session": "meeting", "visit": "visit"}
BROKER_VERBS = {"broker", "host", "sponsor", "mediate", "organise", "organize", "convene", "facilitate", "chair",
                "lead", "back", "arrange", "propose"}
BROKER_NOUNS = {"mediation", "auspices", "sponsorship", "aegis"}
DECLINE_WORDS = {"boycott", "reject", "refuse", "decline", "shun", "snub", "skip", "withdraw", "quit", "undecided"}
CONFIRM_WORDS = {"confirm", "decide", "decision"}
INVITE_WORDS = {"invite", "invitation"}
RANK = {"planned": 5, "proposed": 4, "hypothetical": 3, "ongoing": 2, "occurred": 1, "denied": 0}


@dataclass
class _Track:
    name: str
    kind: str
    key: str
    place: PlaceMention | None = None
    date: str | None = None
    status: str = "occurred"
    brokers: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    invited: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    evidence: tuple[int, int, str] = (0, 0, "")


def find_talks(analysis: Analysis, doc: Doc, ctx: Context) -> tuple[Talks, ...]:
    cues = load_cues()
    index = ActorIndex(analysis.actors or (), doc, ctx.actor_kb, None)
    times = list(analysis.times or ())
    places = list(analysis.places or ())
    events = list(analysis.events or ())
    tracks: list[_Track] = []
    last: _Track | None = None
    for n, sent in enumerate(doc.sents):
        for token in sent:
            kind = KINDS.get(token.lemma_.lower())
            if kind is None or token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound":
                continue
            if kind == "process" and not any(c.pos_ == "PROPN" for c in token.lefts):
                continue
            track, last = _mention(token, kind, n, sent, tracks, last, times, places, doc, cues, index)
            _parties(track, token, index, events, n)
    for event in events:  # invitations and refusals that name no negotiation word in their own sentence
        _invitation_or_refusal(event, tracks)
    return tuple(_record(analysis, t) for t in tracks if t.brokers or t.participants or t.invited or t.declined)


def _name_of(token: Token, place: PlaceMention | None, kind: str) -> tuple[str, str]:
    """A short name and a merge key: "Astana talks" / "astana"."""
    proper = [t for t in token.lefts if t.dep_ in ("compound", "amod", "poss") and t.pos_ == "PROPN"
              and t.ent_type_ not in ("NORP",)]
    if place is not None and place.feature != "country":
        return f"{place.name or place.text} {kind}", (place.name or place.text).lower()
    if proper:
        words = " ".join(t.text for t in proper)
        return f"{words} {kind}", words.lower()
    if place is not None:
        return f"{place.name or place.text} {kind}", (place.name or place.text).lower()
    return kind.capitalize(), ""


def _mention(token: Token, kind: str, n: int, sent: object, tracks: list[_Track], last: _Track | None,
             times: list, places: list, doc: Doc, cues: object, index: ActorIndex) -> tuple[_Track, _Track]:
    goals = {token.i, token.head.i}
    place, _ = choose_place([p for p in places if p.sentence == n], doc, goals, set(), [])
    time, _ = choose_time([t for t in times if t.sentence == n], doc, goals, set())
    name, key = _name_of(token, place, kind)
    track = next((t for t in tracks if key and t.key == key), None)
    if track is None and not key and last is not None and _definite(token):
        track = last
    if track is None:
        track = _Track(name=name, kind=kind, key=key)
        span = token.sent
        track.evidence = (span.start_char, span.end_char, span.text.strip())
        tracks.append(track)
    elif key and not track.key:
        track.key, track.name = key, name
    track.place = track.place or place
    if time is not None and time.value and track.date is None:
        track.date = time.value
    hit = Hit(token=token, trigger=None, start=token.i, end=token.i + 1, pos="NOUN")
    status, _ = find_status(hit, cues, bool(time and time.future))  # type: ignore[arg-type]
    if RANK.get(status, 0) > RANK.get(track.status, 0) and len(track.sentences) == 0 or status == "planned":
        track.status = status
    track.sentences.append(n)
    return track, track


def _definite(token: Token) -> bool:
    return any(c.lower_ in ("the", "these", "those", "this") for c in token.lefts)


def _add(where: list[str], code: str | None) -> None:
    if code and code not in where:
        where.append(code)


def _parties(track: _Track, token: Token, index: ActorIndex, events: list[Event], n: int) -> None:
    """Brokers, participants, invitees and refusers around one mention of the negotiation."""
    for child in token.children:
        if child.dep_ == "acl" and child.lemma_.lower() in BROKER_VERBS:
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    for m in actors_of(obj, index):
                        _add(track.brokers, m.code)
        if child.dep_ in ("amod", "compound") and child.i + 2 < len(token.doc) and token.doc[child.i + 1].text == "-":
            pass
    for t in token.sent:
        if t.lemma_.lower() in BROKER_NOUNS:
            for m in _owners(t, index):
                _add(track.brokers, m.code)
        if t.lemma_.lower() in BROKER_VERBS and t.i + 1 < len(t.doc) and t.i > 1 and t.doc[t.i - 1].text == "-":
            for m in index.at(t.doc[t.i - 2]) or []:
                _add(track.brokers, m.code)
    verb = token.head
    if token.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in BROKER_VERBS:
        for s in (c for c in verb.children if c.dep_ == "nsubj"):
            for m in actors_of(s, index):
                _add(track.brokers, m.code)
    for e in events:
        if e.sentence != n:
            continue
        if e.type == "CONSULT":
            for m in (e.source, e.target, *e.participants):
                if m is not None and m.code not in track.brokers:
                    _add(track.participants, m.code)
        elif e.type == "REQUEST" and any(w in e.trigger.lower() for w in ("invit",)):
            _add(track.invited, e.target.code if e.target else None)
            _add(track.brokers, e.source.code if e.source else None)
        elif e.type == "REJECT":
            _add(track.declined, e.source.code if e.source else None)
    for t in token.sent:
        if t.lemma_.lower() in CONFIRM_WORDS and (any(c.dep_ == "neg" for c in t.children) or "yet" in
                                                  {x.lower_ for x in t.subtree} or t.head.lemma_ == "need"):
            for s in _subjects_near(t, index):
                _add(track.declined, s.code)


def _owners(noun: Token, index: ActorIndex) -> list:
    found = []
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "poss"):
            found += index.at(child) or ([m] if (m := index.modifier(child)) else [])
    return found


def _subjects_near(token: Token, index: ActorIndex) -> list:
    while token.head is not token and token.dep_ not in ("ROOT",) and not any(
            c.dep_ == "nsubj" for c in token.children):
        token = token.head
    return [m for c in token.children if c.dep_ == "nsubj" for m in actors_of(c, index)]


def _invitation_or_refusal(event: Event, tracks: list[_Track]) -> None:
    if not tracks:
        return
    track = next((t for t in reversed(tracks) if t.sentences and t.sentences[0] <= event.sentence), tracks[0])
    if event.type == "REJECT" and event.source and any(w in event.trigger.lower() for w in DECLINE_WORDS):
        if event.source.code not in track.participants:
            _add(track.declined, event.source.code)
    elif event.type == "REQUEST" and event.target and "invit" in event.trigger.lower():
        _add(track.invited, event.target.code)


def _record(analysis: Analysis, t: _Track) -> Talks:
    key = f"{analysis.article.id}|{t.name}|{t.sentences[0]}"
    participants = [p for p in t.participants if p not in t.declined]
    start, end, text = t.evidence
    return Talks(id=hashlib.sha1(key.encode()).hexdigest()[:16], name=t.name, kind=t.kind, status=t.status,
                 place=t.place, date=t.date, brokers=tuple(t.brokers), participants=tuple(participants),
                 invited=tuple(i for i in t.invited if i not in participants), declined=tuple(t.declined),
                 evidence=text, start=start, end=end, sentences=tuple(sorted(set(t.sentences))))
