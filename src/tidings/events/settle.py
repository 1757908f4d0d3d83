"""The discourse pass: what a sentence leaves open about an event's date and place, read from the rest of the article.

First, what the sentence-level pass took from the wrong clause is taken back: an act only named by another ("Assad
defended the bombardment", "condemned the strikes") and a lasting stance ("Russia, a key backer of Assad") keep only
the date and place said of them; a statement keeps no place from what it says; a proposal is made where its speaker
is. Then each rule fills what is still unknown, in this order:

1. **Statements** (:mod:`tidings.events.speech`). An act done by saying, a proposal or a speculation takes the day
   and place of the speech it is reported in (its own words, else the speaker's nearest scene in the article: an
   interview "on Monday" dates the remarks reported paragraphs later); a deed the speaker reports as done or under
   way takes only the month of the report.
2. **Definite nouns.** "The attack", "Ankara's operation" with no date take the date and place of the last event of
   their type named by the same word in the five sentences before.
3. **The only place.** A deed happens in the only place its sentence locates ("clashes in the Wadi Barada region,
   with forces battling rebels besieged in the area").
4. **Neighbours.** An act with no date takes the date of the act before it in the same paragraph (within two
   sentences) when they share an actor: its day when both are deeds, its month otherwise; a deed takes the place of
   a deed before it.
5. **"Recently"**, "in recent weeks": the finest unit that covers the three weeks before publication.
6. **Under way.** What is going on when the article is written, other than a lasting stance, dates from the
   publication month; so does an act told in a "with" clause of the present ("with Germany calling for talks").
   **Days before.** "(The meeting) comes days after the leader made a visit": the publication month, when the
   sentence gives no date and that month began more than a week before.
7. **Answers.** A statement about an earlier dated event ("rejected the accusations over last week's attack") lies
   between that date and publication: dated when one unit covers both.

Events of one trigger (the partners of "along with X, Y struck") share what was found, and mentions of one event
take the finest date and place any of them gives ("the upcoming talks" are "the talks in Astana on January 23").
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..dates.reckon import span_value
from ..nlp import verb_above
from ..records import Analysis, Event, PlaceMention, TimeMention
from .attach import SPOKEN, attached, coarser, root_of, scene, setting, where
from .speech import Reading, compatible, same
from .status import named_by_another

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SYMMETRIC = frozenset({"CONSULT", "COOPERATE", "AGREE"})
DEEDS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "RETREAT", "PROTEST", "SANCTION", "COOPERATE"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
UNREAL = frozenset({"planned", "proposed", "hypothetical", "denied"})
RECENT_DAYS = 21
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "into"})
ANAPHORA_REACH = 5
DAYS_AGO = 7  # "days after": within a week


def _absolute(token: Token) -> bool:
    """An act told in a "with" clause of the present ("..., with Germany calling for talks"): going on as written."""
    return token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "with" \
        and any(c.dep_ == "nsubj" for c in token.children)


def settle(events: list[Event], analysis: Analysis, doc: Doc) -> list[Event]:
    """Fill the dates and places the events' own sentences leave open from the rest of the article.

    Args:
        events: the article's events, in text order, as the sentence-level pass made them.
        analysis: the article with its actors, places, times and quotes.
        doc: the spaCy parse of the article's text.

    Returns:
        The same events, some with a date or place added or one taken from the wrong clause removed;
        ``date_reason`` and ``place_reason`` say which rule.
    """
    if not events:
        return events
    reading = _Settle(analysis, doc, events)
    out: list[Event] = []
    for e in events:
        out.append(reading.fill(e, out))
    return _refined(_siblings(out))


class _Settle(Reading):
    """The rules, over one article's reading."""

    def fill(self, e: Event, before: list[Event]) -> Event:
        span = self.doc.char_span(e.trigger_start, e.trigger_end, alignment_mode="expand")
        if span is None or not len(span):
            return e
        token = span.root
        if e.type in SPOKEN and e.status == "ongoing" or named_by_another(token, self.cues):
            e = self.own_words(e, token)  # what the clause around a stance or a named act says is not its own
            if e.type in SPOKEN and e.status == "ongoing":
                return e
        if e.date is not None and e.place is not None:
            return e
        if e.type in SPOKEN and e.place is not None and e.place_reason and "attaches" in e.place_reason:
            said = self.place_of(scene(_goals(token), self.doc), e.sentence)
            if said is None or said.start != e.place.start:
                e = replace(e, place=None, place_reason=None)  # a place in what was said, not where
        frame = self.frame(e, token)
        if frame is not None and e.status == "proposed" and token.pos_ == "VERB" and e.place is not None:
            e = replace(e, place=None, place_reason=None)  # a proposal is made where its speaker is
        own = frame is not None and (e.status in ("proposed", "hypothetical") or setting(token) or (
            e.type in SPOKEN and (frame.speaker is None or same(self.speaker(e.source), frame.speaker))))
        if frame is not None and own:
            if e.date is None:
                time, why = self.speech(frame, e.sentence, "time")
                if isinstance(time, TimeMention) and time.value:
                    e = replace(e, date=time.value, date_reason=f"the day of the statement: {why}")
            if e.place is None and (e.type in SPOKEN or e.status == "proposed"):
                place, why = self.speech(frame, e.sentence, "place", e.date)
                if isinstance(place, PlaceMention):
                    e = replace(e, place=place, place_reason=f"where the statement was made: {why}")
        if frame is not None and not own and e.date and e.date_reason and "the only date" in e.date_reason:
            e = replace(e, date=None, date_reason=None)  # the date of the report, not of what it reports
        if e.date is None:
            e = self.anaphora(e, token, before)
        if e.date is None and frame is not None and not own and e.status in ("occurred", "ongoing"):
            time, why = self.speech(frame, e.sentence, "time")
            if isinstance(time, TimeMention) and time.value:
                value = coarser(time.value, 1)
                e = replace(e, date=value, date_reason=f"reported as done by the statement of {value}: {why}")
        if e.place is None and e.type in DEEDS and not named_by_another(token, self.cues):
            place = self.loose_place(e.sentence)
            if place is not None:
                e = replace(e, place=place, place_reason=f"'{place.text}', the only place named in the sentence")
        e = self.neighbour(e, before, token)
        if e.date is None:
            e = self.recent(e, token)
        if e.date is None and self.published and (e.status == "ongoing" and e.type not in SPOKEN
                                                   or e.status == "occurred" and _absolute(token)):
            value = self.published.isoformat()[:7]
            e = replace(e, date=value, date_reason=f"under way when the article was written ({value})")
        if e.date is None and e.status == "occurred":
            e = self.days_before(e, token)
        if e.date is None and e.type in SPOKEN and e.status == "occurred":
            e = self.answer(e, token, before)
        return e

    def own_words(self, e: Event, token: Token) -> Event:
        """A lasting stance ("Russia, a key backer of Assad") or an act named by another ("Assad defended the
        bombardment") keeps only a date or place said of it, not those of the clause it is named in."""
        goals = {token.i}
        if e.date is not None and not attached(self.times.get(e.sentence, []), self.doc, goals, set()):
            e = replace(e, date=None, date_reason=None)
        if e.place is not None and not attached(self.places.get(e.sentence, []), self.doc, goals, set()):
            e = replace(e, place=None, place_reason=None)
        return e

    def anaphora(self, e: Event, token: Token, before: list[Event]) -> Event:
        """"The attack", "the talks": the last dated event named by the same word a few sentences before."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss"
                                           for c in token.children):
            return e  # "the attack", "Ankara's operation"; not "an attack"
        lemma = token.lemma_.lower()
        for p in reversed(before):
            head = self.doc.char_span(p.trigger_start, p.trigger_end, alignment_mode="expand")
            if head is None or head.root.lemma_.lower() != lemma:
                continue
            if p.type == e.type and p.date and 0 <= e.sentence - p.sentence <= ANAPHORA_REACH \
                    and p.trigger_start < e.trigger_start and p.sentence != e.sentence:
                why = f"'{e.trigger}' is the {p.trigger} of sentence {p.sentence + 1}"
                e = replace(e, date=p.date, date_reason=why)
                if e.place is None and p.place is not None:
                    e = replace(e, place=p.place, place_reason=why)
                return e
        return e

    def neighbour(self, e: Event, before: list[Event], token: Token) -> Event:
        """The act before it in the same paragraph, sharing an actor; not the act that names it ("he defended the
        bombardment": the defence is dated, the bombardment came before)."""
        if e.status in UNREAL or (e.date is not None and (e.place is not None or e.type not in DEEDS)):
            return e
        mine = _codes(e)
        namer = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "pobj" else None
        for p in reversed(before):
            if e.sentence - p.sentence > 2:
                break
            if p.status in UNREAL or self.paragraph[p.sentence] != self.paragraph[e.sentence] \
                    or not (mine & _codes(p)) or p.trigger_start == e.trigger_start:
                continue
            if namer is not None and root_of(self.doc, p.trigger_start, p.trigger_end) == namer:
                continue
            deeds = e.type in DEEDS and p.type in DEEDS
            if e.date is None and p.date and e.status == p.status == "occurred":
                value = p.date if deeds else coarser(p.date, 1)
                e = replace(e, date=value, date_reason=f"as the {p.trigger} before it in the paragraph ({value})")
            if e.place is None and deeds and p.place is not None:
                e = replace(e, place=p.place, place_reason=f"as the {p.trigger} before it in the paragraph")
            if e.date is not None and (e.place is not None or e.type not in DEEDS):
                break
        return e

    def days_before(self, e: Event, token: Token) -> Event:
        """"(The meeting) comes days after the leader made a visit": a few days before the time of writing, dated by
        its month when the sentence gives no other date and the month began more than a week before publication."""
        if self.published is None or self.published.day <= DAYS_AGO or any(
                t.value for t in self.times.get(e.sentence, [])):
            return e
        verb = token if token.pos_ == "VERB" else verb_above(token)
        if verb is None:
            return e
        after = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "after"), None)
        if after is None or not any(c.lemma_.lower() in ("day", "hour") for c in verb.children if c.i < after.i):
            return e
        value = self.published.isoformat()[:7]
        return replace(e, date=value, date_reason=f"'{verb.doc[after.i - 1].text} {after.text}' the time of "
                                                  f"writing ({value})")

    def recent(self, e: Event, token: Token) -> Event:
        """"recently", "in recent weeks": the three weeks before publication, as precisely as one unit covers them."""
        if self.published is None:
            return e
        recent = [t for t in self.times.get(e.sentence, []) if t.reason == "recent" and not t.value]
        if not recent:
            return e
        found = attached(recent, self.doc, _goals(token), self.triggers - {token.i})
        if not found:
            return e
        time = found[0][1]
        value = span_value(self.published - timedelta(days=RECENT_DAYS), self.published)
        if value is None:
            return e
        return replace(e, date=value, date_reason=f"'{time.text}': the weeks before publication ({value})")

    def answer(self, e: Event, token: Token, before: list[Event]) -> Event:
        """A statement about an earlier dated event ("rejected the accusations over last week's attack", "called for
        talks over Ankara's operation"): between that date and publication."""
        if self.published is None:
            return e
        top = token if token.pos_ in ("VERB", "AUX") else token.head
        firsts = []
        for t in self.times.get(e.sentence, []):
            root = root_of(self.doc, t.start, t.end)
            if root is not None and t.value and not t.future and (top.is_ancestor(root) or token.is_ancestor(root)):
                firsts.append((_first_day(t.value), f"'{t.text}'"))
        for p in before:
            if p.sentence != e.sentence or not p.date or p.status != "occurred":
                continue
            words = self.doc.char_span(p.trigger_start, p.trigger_end, alignment_mode="expand")
            if words is not None and (top.is_ancestor(words.root) or token.is_ancestor(words.root)):
                firsts.append((_first_day(p.date), f"the {p.trigger} of {p.date}"))
        firsts = [(first, why) for first, why in firsts if first is not None and first <= self.published]
        if not firsts:
            return e
        first, why = min(firsts, key=lambda pair: pair[0])
        value = span_value(first, self.published)
        if value is None:
            return e
        return replace(e, date=value, date_reason=f"after {why}, before publication ({value})")


    def loose_place(self, sentence: int) -> PlaceMention | None:
        """The sentence's only place that names no actor, nationality or owner ("clashes in the Wadi Barada region,
        with forces battling rebels besieged in the area"): where the deeds of the sentence happen."""
        avoid = self.avoid.get(sentence, [])
        found = {}
        for p in self.places.get(sentence, []):
            if not p.country or any(s <= p.start < e for s, e in avoid):
                continue
            root = root_of(self.doc, p.start, p.end)
            if root is None or not where([root], p, spoken=False, topical=False) or not _located(root) \
                    or self.said_at(root):
                continue
            found.setdefault(p.name, p)
        return next(iter(found.values())) if len(found) == 1 else None

    def said_at(self, token: Token) -> bool:
        """Whether a place hangs from a speech verb ("Speaking in Ankara, ..."): where words were said."""
        for _ in range(6):
            if token.pos_ in ("VERB", "AUX"):
                return self.is_speech(token)
            if token.head == token:
                return False
            token = token.head
        return False

def _located(token: Token) -> bool:
    """Whether a place name hangs from a locative preposition ("in the Wadi Barada region", "in the vicinity of
    al-Bab"), not from a name or a title ("operation Olive Branch")."""
    for _ in range(4):
        if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE:
            return True
        if token.dep_ not in ("pobj", "prep", "compound", "appos", "conj", "amod") or token.head == token:
            return False
        token = token.head
    return False


def _goals(token: Token) -> set[int]:
    """The trigger, the verb that carries it, and the verbs that complete or govern it by control."""
    goals = {token.i}
    verb = token
    if token.dep_ in ("dobj", "nsubjpass", "attr", "nsubj") and token.head.pos_ in ("VERB", "AUX"):
        verb = token.head
        goals.add(verb.i)
    goals.update(c.i for c in verb.children if c.dep_ == "xcomp")
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
        goals.add(verb.i)
    return goals


def _codes(e: Event) -> set[str]:
    out = {m.code for m in (e.source, e.target, *e.participants) if m is not None and m.code}
    return out


def _first_day(value: str) -> date | None:
    try:
        if len(value) == 4:
            return date(int(value), 1, 1)
        if len(value) == 7:
            return date(int(value[:4]), int(value[5:7]), 1)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _refined(events: list[Event]) -> list[Event]:
    """Mentions of one event (same type, actors and status) take the finest date and place any of them gives:
    "the upcoming talks" (this month, Kazakhstan) are "the talks in Astana on January 23"."""
    groups: dict[tuple, list[Event]] = {}
    for e in events:
        groups.setdefault(_key(e), []).append(e)
    out = []
    for e in events:
        for other in groups[_key(e)]:
            if e.date and other.date and len(other.date) > len(e.date) and other.date.startswith(e.date):
                e = replace(e, date=other.date, date_reason=f"{other.date_reason}; the same event, sentence "
                                                            f"{other.sentence + 1}")
            if e.place and other.place and e.place.feature == "country" and other.place.feature != "country" \
                    and other.place.country == e.place.country and compatible(e.date or "", other.date or ""):
                e = replace(e, place=other.place, place_reason=f"{other.place_reason}; the same event, sentence "
                                                               f"{other.sentence + 1}")
        out.append(e)
    return out


def _key(e: Event) -> tuple:
    codes = [m.code for m in (e.source, e.target) if m is not None]
    return e.type, e.status, tuple(sorted(c or "" for c in codes)) if e.type in SYMMETRIC else tuple(codes)


def _siblings(events: list[Event]) -> list[Event]:
    """Events of one trigger share the date and place found for any of them."""
    by_trigger: dict[tuple[int, int], list[Event]] = {}
    for e in events:
        by_trigger.setdefault((e.trigger_start, e.trigger_end), []).append(e)
    out = []
    for e in events:
        group = by_trigger[(e.trigger_start, e.trigger_end)]
        if e.date is None:
            dated = next((g for g in group if g.date), None)
            if dated is not None:
                e = replace(e, date=dated.date, date_reason=dated.date_reason)
        if e.place is None:
            placed = next((g for g in group if g.place), None)
            if placed is not None and (e.type in DEEDS) == (placed.type in DEEDS):
                e = replace(e, place=placed.place, place_reason=placed.place_reason)
        out.append(e)
    return out
