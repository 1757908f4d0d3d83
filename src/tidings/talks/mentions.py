"""Mentions of negotiations in one sentence, each read for its name, place, date, status and parties.

A mention is a negotiation noun ("talks", "the Vienna meeting", "Russia's Peace Congress") or a verb of meeting
("Lavrov met Cavusoglu in Alanya"). Its parties are read from the words around it: who hosts, brokers or
mediates it, who takes part, who is invited and who stays away.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..events.cues import load_cues
from ..events.status import find_status
from ..events.triggers import Hit
from ..records import PlaceMention
from .lexicon import (
    ANAPHORIC,
    BROKER_VERBS,
    DECLINE_NOUNS,
    DECLINE_VERBS,
    EARLIER,
    END_VERBS,
    HYPHEN_BROKERS,
    INVITE,
    KINDS,
    LATER,
    LINKING_PREPS,
    MANNER,
    MAYBE,
    MEET_VERBS,
    NAMED_ONLY,
    NEGATABLE,
    OWNED_KINDS,
    PARTICIPATE,
    PLANNED_MODIFIERS,
    VENUE_PREPS,
    WITH_PREPS,
)
from .reading import Reader, clause, governor, modal, negated

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ROLES = ("brokers", "participants", "invited", "declined")


@dataclass
class Parties:
    brokers: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    invited: list[str] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)

    def add(self, role: str, codes: list[str]) -> None:
        where = getattr(self, role)
        for code in codes:
            if code and code not in where:
                where.append(code)

    def merge(self, other: Parties) -> None:
        for role in ROLES:
            self.add(role, getattr(other, role))

    def roots(self) -> set[str]:
        return {c[:3] for role in ROLES for c in getattr(self, role)}

    def __bool__(self) -> bool:
        return any(getattr(self, role) for role in ROLES)


@dataclass
class Mention:
    token: Token
    kind: str
    sentence: int
    verb: bool = False  # a verb of meeting, not a noun
    name: str | None = None  # a proper name: "Peace Congress"
    place: PlaceMention | None = None
    date: str | None = None
    status: str | None = None
    definite: bool = False  # "the talks", "these talks": points back
    anaphoric: bool = False  # "the event": only points back
    apart: str | None = None  # "earlier" / "later": a different negotiation from the one being reported
    depth: int = 0  # how deep in its sentence: the shallowest is what the sentence is about
    parties: Parties = field(default_factory=Parties)
    link: int | None = None  # the token of another mention in the sentence that this one is part of

    @property
    def key(self) -> str | None:
        """What makes two mentions the same negotiation: its venue city or its proper name."""
        if self.place is not None and self.place.feature != "country":
            return (self.place.name or self.place.text).lower()
        return self.name.lower() if self.name else None


def sentence_mentions(sent: Span, n: int, reader: Reader) -> list[Mention]:
    """Every mention of a negotiation in one sentence, with what the sentence says of each."""
    found: list[Mention] = []
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in KINDS and token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
            mention = _noun(token, lemma, n, reader)
        elif lemma in MEET_VERBS and token.pos_ == "VERB":
            mention = _verb(token, lemma, n, reader)
        else:
            continue
        if mention is not None:
            found.append(mention)
    tokens = {m.token.i: m for m in found}
    verbs = {governor(m.token)[0].i: m for m in found if not m.verb and governor(m.token)[0] is not None}
    for m in found:
        m.link = _linked(m.token, tokens)
        if m.verb and m.link is None and m.token.dep_ in ("advcl", "xcomp", "acl", "relcl"):
            head = m.token.head  # "made a visit to Moscow to meet Putin": the meeting is the visit
            m.link = head.i if head.i in tokens and head.i != m.token.i else (verbs[head.i].token.i if head.i in verbs
                                                                            else None)
    return found


def _depth(token: Token) -> int:
    depth = 0
    while token.head is not token and depth < 20:
        token, depth = token.head, depth + 1
    return depth


def _linked(token: Token, mentions: dict[int, Mention]) -> int | None:
    """The mention this one is part of or stands for: "a series of talks", "talks through the Geneva process",
    "called the talks 'consultations'"."""
    t = token
    for _ in range(3):
        head = t.head
        if head is t:
            break
        if t.dep_ == "pobj" and head.lower_ in LINKING_PREPS and head.head.i in mentions:
            return head.head.i
        if t.dep_ in ("conj", "appos") and head.i in mentions:
            return head.i
        if t.dep_ in ("oprd", "attr", "appos"):
            for sibling in head.children:
                if sibling.i in mentions and sibling.i != token.i and sibling.dep_ in ("dobj", "nsubj", "nsubjpass"):
                    return sibling.i
        if t.dep_ not in ("pobj", "prep"):
            break
        t = head
    for child in token.children:  # "talks ... through the Geneva process": the named one below
        if child.dep_ == "prep" and child.lower_ in LINKING_PREPS - {"of"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in mentions:
                    return obj.i
    return None


def _noun(token: Token, lemma: str, n: int, reader: Reader) -> Mention | None:
    lefts = list(token.lefts)
    name = _proper_name(token, reader)
    if lemma in NAMED_ONLY and not name and not any(reader.place_root.get(t.i) for t in lefts):
        return None
    if lemma == "round" and not (_definite(token) or any(c.dep_ in ("amod", "nummod") for c in lefts)
                                 or any(c.dep_ == "acl" for c in token.children)):
        return None
    verb, how = governor(token)
    goals = clause(verb if how in ("nsubj", "nsubjpass", "dobj", "in", "at", "to", "for") else None, token)
    mention = Mention(token=token, kind=KINDS[lemma], sentence=n, name=name, depth=_depth(token),
                      definite=_definite(token), anaphoric=lemma in ANAPHORIC)
    mention.place = reader.venue(token, goals, VENUE_PREPS | {"to"} if lemma == "visit" else VENUE_PREPS)
    time = reader.date(token, goals)
    mention.date = time.value if time is not None else None
    mention.apart = _apart(token)
    if lemma == "visit" and mention.place is not None and mention.place.feature in ("capital", "country"):
        mention.parties.add("participants", [mention.place.country + "GOV"] if mention.place.country else [])
    mention.status = _status(token, verb, how, time is not None and time.future, mention.apart)
    _noun_parties(token, verb, how, mention, reader)
    return mention


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "this", "that", "such", "its",
                                                         "their")
               for c in token.lefts)


def _proper_name(token: Token, reader: Reader) -> str | None:
    """The proper words a negotiation is named with, other than places and parties: "Peace Congress"."""
    words = []
    for child in token.lefts:
        if child.dep_ not in ("compound", "amod", "nmod") or child.pos_ != "PROPN":
            continue
        if (child.i in reader.place_tokens or reader.index.at(child) or child.ent_type_ == "NORP"
                or child.lower_ in reader.kb.adjectives
                or child.i + 1 < len(child.doc) and child.doc[child.i + 1].text == "-"):
            continue
        words.append(child)
    if not words:
        return None
    if token.pos_ == "PROPN":
        return " ".join(t.text for t in words) + " " + token.text
    return " ".join(t.text for t in words)


def _apart(token: Token) -> str | None:
    for child in token.children:
        low = child.lower_
        if child.dep_ in ("amod", "advmod", "det", "compound") and low in EARLIER:
            return "earlier"
        if child.dep_ in ("amod", "advmod", "det") and low in LATER:
            return "later"
    return None


def _status(token: Token, verb: Token | None, how: str, future: bool, apart: str | None) -> str | None:
    """What one mention says of the negotiation's status, or None when it says nothing of it."""
    for child in token.children:
        if child.dep_ == "amod" and child.lower_ in PLANNED_MODIFIERS:
            return "planned"
        if child.dep_ == "amod" and child.lower_ == "proposed":
            return "proposed"
        if child.dep_ == "amod" and child.lower_ in ("ongoing", "current", "continuing"):
            return "ongoing"
    if apart == "earlier":
        return "occurred"
    hit = Hit(token=token, trigger=None, start=token.i, end=token.i + 1, pos="NOUN")
    status, _ = find_status(hit, load_cues(), future)
    lemma = verb.lemma_.lower() if verb is not None else ""
    if verb is not None and how in ("dobj", "to", "in", "at", "for") and lemma in PARTICIPATE | DECLINE_VERBS | INVITE:
        if status in ("denied", "hypothetical", "proposed"):  # the party's act, not the negotiation's
            return "planned" if future else None
    if status == "planned" and verb is not None and (lemma in END_VERBS or any(
            c.lemma_.lower() in END_VERBS for c in verb.children if c.dep_ == "xcomp")):
        return "ongoing"
    if status == "hypothetical" and future:
        return None
    return status


def _noun_parties(token: Token, verb: Token | None, how: str, m: Mention, reader: Reader) -> None:
    p = m.parties
    with_parties = False
    for child in token.children:
        low = child.lemma_.lower()
        if child.dep_ == "prep" and low in WITH_PREPS:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                p.add("participants", reader.codes(obj))
                with_parties = True
        elif child.dep_ == "acl" and low in BROKER_VERBS | {"attend", "join"}:
            role = "participants" if low in ("attend", "join") else "brokers"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    p.add(role, reader.codes(obj))
        elif child.dep_ == "relcl" and low in DECLINE_VERBS and not _direct(token):
            if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that") for c in child.children):
                p.add("declined", reader.subjects(child))
    for t in token.subtree:  # "UN-sponsored talks", "the Turkey-brokered meeting"
        if t.i < token.i and t.lemma_.lower() in HYPHEN_BROKERS and t.i > 1 and t.doc[t.i - 1].text == "-":
            p.add("brokers", [c for c in (reader.normal(x.code, x.kind) for x in reader.index.named_by(t.doc[t.i - 2]))
                              if c])
    owners = [c for c in token.children if c.dep_ == "poss"]
    for owner in owners:
        role = "brokers" if m.kind in OWNED_KINDS or with_parties or verb is not None and verb.lemma_.lower() in (
            "host",) else "participants"
        p.add(role, reader.codes(owner))
    pair = [c for c in token.lefts if c.dep_ in ("amod", "compound") and c.lower_ in reader.kb.adjectives]
    if len(pair) + sum(len(c.conjuncts) for c in pair) >= 2:  # "Russian-Turkish talks", "US and Russian talks"
        p.add("participants", reader.modifier_codes(token))
    if verb is not None:
        _governed(token, verb, how, m, reader)
    _of_noun(token, m, reader)


def _direct(token: Token) -> bool:
    """"any direct session": refusing the format, not the negotiation."""
    return any(c.lower_ in MANNER or c.lower_ in ("face-to-face",) for c in token.children if c.dep_ == "amod")


def _governed(token: Token, verb: Token, how: str, m: Mention, reader: Reader) -> None:
    """Parties read from the verb the negotiation word hangs from."""
    p = m.parties
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl"))
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if lemma in BROKER_VERBS and how in ("dobj", "nsubjpass"):
        if passive:
            p.add("brokers", [c for a in agents for c in reader.codes(a)])
        else:
            p.add("brokers", reader.subjects(verb))
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in WITH_PREPS):
            p.add("participants", [c for o in prep.children if o.dep_ == "pobj" for c in reader.codes(o)])
        return
    if lemma in INVITE and how in ("to", "for"):
        _invitation(verb, m, reader)
        return
    if lemma in DECLINE_VERBS and how in ("dobj", "from", "of", "out", "to"):
        if not _direct(token):
            p.add("declined", reader.subjects(verb))
        return
    if lemma in PARTICIPATE and how in ("dobj", "in", "at", "to", "for", "attr"):
        if passive and how == "dobj":
            return
        who = reader.subjects(verb)
        if negated(verb) and lemma in NEGATABLE:
            p.add("declined", who)
            return
        p.add("participants", who)
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in WITH_PREPS):
            p.add("participants", [c for o in prep.children if o.dep_ == "pobj" for c in reader.codes(o)])
        return
    if how in ("nsubj", "nsubjpass") and lemma in ("attend", "join") and passive:
        p.add("participants", [c for a in agents for c in reader.codes(a)])


def _of_noun(token: Token, m: Mention, reader: Reader) -> None:
    """The negotiation as the object of a noun: "the sponsor of the meeting", "a boycott of the congress",
    "their participation in the talks"."""
    if token.dep_ != "pobj":
        return
    noun = token.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or token.head.lower_ not in ("of", "in", "at", "to", "for"):
        return
    lemma = noun.lemma_.lower()
    holder: list[str] = []
    if noun.dep_ == "appos":
        holder = reader.codes(noun.head)
    elif noun.dep_ == "attr":
        holder = [c for s in noun.head.children if s.dep_ in ("nsubj", "nsubjpass") for c in reader.codes(s)]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "appos":
        holder = reader.codes(noun.head.head.head)  # "Turkey, one of the sponsors of the talks"
    elif noun.dep_ in ("dobj",):
        holder = reader.subjects(noun.head)
    holder += reader.modifier_codes(noun)
    if lemma in {"sponsor", "host", "organiser", "organizer", "mediator", "broker", "convener", "guarantor"}:
        m.parties.add("brokers", holder)
    elif lemma in DECLINE_NOUNS:
        m.parties.add("declined", holder)
    elif lemma in ("participation", "part", "attendance", "presence", "delegation", "delegate"):
        m.parties.add("participants", holder)


def _invitation(verb: Token, m: Mention, reader: Reader) -> None:
    """"invited X to the talks" / "X has been invited to the talks": X invited, whoever invites convenes."""
    if negated(verb) or modal(verb) in MAYBE:
        return
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        m.parties.add("invited", [c for s in verb.children if s.dep_ == "nsubjpass" for c in reader.codes(s)])
        m.parties.add("brokers", [c for a in verb.children if a.dep_ == "agent" for o in a.children
                                  if o.dep_ == "pobj" for c in reader.codes(o)])
    else:
        m.parties.add("invited", [c for o in verb.children if o.dep_ == "dobj" for c in reader.codes(o)])
        m.parties.add("brokers", reader.subjects(verb))


def _verb(token: Token, lemma: str, n: int, reader: Reader) -> Mention | None:
    """A meeting reported by its verb: "X met Y in Z", "Moscow and Ankara negotiated a ceasefire"."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
        token.tag_ == "VBN" and token.dep_ in ("acl", "advcl"))
    if passive:
        agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        who = [c for a in agents for c in reader.codes(a)]
    else:
        who = reader.subjects(token)
    others: list[str] = []
    for child in token.children:
        if child.dep_ == "dobj" and lemma != "negotiate":
            others += reader.codes(child)
        elif child.dep_ == "prep" and child.lower_ in WITH_PREPS:
            others += [c for o in child.children if o.dep_ == "pobj" for c in reader.codes(o)]
    place = None
    goals = clause(token, token)
    if lemma == "visit":
        targets = [c for c in token.children if c.dep_ == "dobj"]
        place = next((reader.place_root[t.i] for t in targets if t.i in reader.place_root), None)
        if place is not None and place.country in reader.kb.countries:
            others = [c for c in others if c[:3] != place.country] + [place.country + "GOV"]
    parties = list(dict.fromkeys(who + others))
    if len(parties) < 2:
        return None
    mention = Mention(token=token, kind=MEET_VERBS[lemma], sentence=n, verb=True, depth=_depth(token))
    mention.place = place or reader.venue(token, goals)
    time = reader.date(token, goals)
    mention.date = time.value if time is not None else None
    hit = Hit(token=token, trigger=None, start=token.i, end=token.i + 1, pos="VERB")
    status, _ = find_status(hit, load_cues(), bool(time and time.future))
    if status == "denied" and any(c.lower_ in MANNER for c in token.subtree if c.i > token.i):
        status = "occurred"  # "did not meet face-to-face": they met, through others
    mention.status = status
    mention.parties.add("participants", parties)
    return mention
