"""Events that belong to a negotiation the talks stage has read: talks whose parties their own sentence does not
name ("The talks are scheduled to begin in Astana on 23 January"), and invitations with no one who invites."""

from __future__ import annotations

from dataclasses import replace

from ..records import ActorMention, Event, Talks


def with_talks(events: list[Event], talks: tuple[Talks, ...], actors: tuple[ActorMention, ...]) -> list[Event]:
    """Fill what a negotiation's record knows into the events of its sentences."""
    by_sentence: dict[int, Talks] = {}
    for t in talks:
        for n in t.sentences:
            by_sentence.setdefault(n, t)
    out = []
    for e in events:
        t = by_sentence.get(e.sentence)
        if t is not None and e.type == "CONSULT" and e.source is None and e.target is None:
            parties = [m for m in (_mention(c, e.sentence, actors) for c in (*t.brokers, *t.participants)) if m]
            if parties:
                e = replace(e, source=parties[0], target=parties[1] if len(parties) > 1 else None,
                            participants=tuple(parties) if len(parties) > 2 else (),
                            mode=e.mode if not t.brokers else "third-party",
                            rule=f"{e.rule}; parties of the {t.name}")
            if e.date is None and e.place is None and (t.date or t.place):  # the talks' own time and venue
                e = replace(e, date=t.date, date_reason=t.date and f"the date of the {t.name}",
                            place=t.place, place_reason=t.place and f"the venue of the {t.name}")
        elif t is not None and e.type == "REQUEST" and e.source is None and t.brokers and _inviting(e):
            host = _mention(t.brokers[0], e.sentence, actors)
            if host is not None:
                e = replace(e, source=host, rule=f"{e.rule}; invited by the host of the {t.name}")
        out.append(e)
    return out


def _inviting(e: Event) -> bool:
    return e.mode == "meet" or "invit" in e.trigger.lower()


def _mention(code: str, sentence: int, actors: tuple[ActorMention, ...]) -> ActorMention | None:
    """The article's mention of ``code`` nearest to ``sentence`` (the words that named it, for the evidence)."""
    named = [m for m in actors if m.code == code]
    if not named:
        return None
    return min(named, key=lambda m: (abs(m.sentence - sentence), m.sentence > sentence))
