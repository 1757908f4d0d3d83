"""The parties of a negotiation, read from the words around the noun that names it: who convenes, hosts or
mediates it ("brokered by X", "X-sponsored", "hosted by X", "X's congress"), who takes part ("talks with X",
"X attended the talks", "X and Y are in talks"), who is invited ("X has been invited to the talks") and who stays
away ("X will boycott the talks", "the talks, which X has rejected")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import (
    BRING,
    BROKER_AGENTS,
    BROKER_VERBS,
    DECLINE_NOUNS,
    DECLINE_VERBS,
    HYPHEN_BROKERS,
    INVITE,
    MANNER,
    MAYBE,
    NEGATABLE,
    OWNED_KINDS,
    PARTICIPATE,
    PARTICIPATE_AT,
    PARTICIPATE_OBJECT,
    WITH_PREPS,
)
from .reading import Reader, modal, negated

if TYPE_CHECKING:
    from spacy.tokens import Token

ROLES = ("brokers", "participants", "invited", "declined")
AGREEMENTS = {"deal", "agreement", "accord", "pact", "truce", "ceasefire", "memorandum", "treaty", "arrangement",
              "understanding"}
OUTCOME_VERBS = {"lead", "produce", "yield", "result", "bring", "deliver"}


@dataclass
class Parties:
    """Actor codes by the part they play in one negotiation."""

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

    def roots(self, roles: tuple[str, ...] = ROLES) -> set[str]:
        """The countries (or, for international bodies, the bodies) among the parties."""
        return {c[:6] if c[:3] in ("IGO", "IMG", "NGO") else c[:3] for role in roles for c in getattr(self, role)}

    def __bool__(self) -> bool:
        return any(getattr(self, role) for role in ROLES)


def noun_parties(token: Token, verb: Token | None, how: str, kind: str, p: Parties, reader: Reader) -> None:
    """Who convenes, takes part in, is invited to or stays away from the negotiation a noun names."""
    with_parties = False
    for child in token.children:
        low = child.lemma_.lower()
        if child.dep_ == "prep" and low in WITH_PREPS:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                _with(obj, p, reader)
                with_parties = True
            for t in child.subtree:  # "talks between X and Y, brokered by Z": the parser hangs it on Y
                if t.dep_ == "acl" and t.lemma_.lower() in BROKER_VERBS:
                    p.add("brokers", [c for a in t.children if a.dep_ == "agent" for o in a.children
                                      if o.dep_ == "pobj" for c in reader.codes(o)])
        elif child.dep_ == "acl" and low in BROKER_VERBS | {"attend", "join"}:
            role = "participants" if low in ("attend", "join") else "brokers"
            for agent in (c for c in child.children if c.dep_ == "agent"):
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    p.add(role, reader.codes(obj))
        elif child.dep_ == "relcl" and low in DECLINE_VERBS and not _direct(token):
            if any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that") for c in child.children):
                p.add("declined", reader.subjects(child))
        elif child.dep_ == "relcl" and any(c.lower_ == "where" for c in child.children):
            if low in PARTICIPATE_AT | {"argue", "sit", "say", "present"} and not negated(child):
                p.add("participants", reader.subjects(child))  # "the Astana talks, where rebel negotiators argued"
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "at")):
        for where in (o for o in prep.children if o.dep_ == "pobj"):  # "talks in Doha between X and Y"
            for party in (c for c in where.children if c.dep_ == "prep" and c.lower_ in WITH_PREPS):
                for obj in (c for c in party.children if c.dep_ == "pobj"):
                    _with(obj, p, reader)
    for clause_verb in token.subtree:  # "the meetings in Kazakhstan which led to a deal between X, Y and Z"
        if clause_verb.dep_ in ("relcl", "acl") and clause_verb.lemma_.lower() in OUTCOME_VERBS:
            for t in clause_verb.subtree:
                if t.dep_ == "prep" and t.lower_ in ("between", "among") and t.head.lemma_.lower() in AGREEMENTS:
                    p.add("participants", [c for o in t.children if o.dep_ == "pobj" for c in reader.codes(o)])
    if token.dep_ == "pobj" and token.head.lower_ in ("in", "into") and token.head.head.pos_ in ("NOUN", "PROPN"):
        p.add("participants", reader.codes(token.head.head))  # a headline: "Syrian rebels in secret talks with X"
    for t in token.subtree:  # "UN-sponsored talks", "the Turkey-brokered meeting"
        if t.i < token.i and t.lemma_.lower() in HYPHEN_BROKERS and t.i > 1 and t.doc[t.i - 1].text == "-":
            p.add("brokers", reader.named_word(t.doc[t.i - 2]))
    owners = [c for c in token.children if c.dep_ == "poss"]
    for owner in owners:
        role = "brokers" if kind in OWNED_KINDS or with_parties or verb is not None and verb.lemma_.lower() in (
            "host",) else "participants"
        p.add(role, reader.codes(owner))
    pair = [c for c in token.lefts if c.dep_ in ("amod", "compound") and c.lower_ in reader.kb.adjectives]
    if len(pair) + sum(len(c.conjuncts) for c in pair) >= 2:  # "Russian-Turkish talks", "US and Russian talks"
        p.add("participants", reader.modifier_codes(token))
    if verb is not None:
        _governed(token, verb, how, p, reader)
    _of_noun(token, p, reader)


def _with(obj: Token, p: Parties, reader: Reader) -> None:
    """"with X": X takes part, or convenes it when the words say so ("with Qatar as mediator")."""
    holders = [obj, obj.head.head]  # "with Qatar as mediator": "as" hangs on Qatar or on the verb beside it
    roles = [o.lemma_.lower() for h in holders for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "as"
             for o in prep.children if o.dep_ == "pobj"]
    p.add("brokers" if roles and roles[0] in BROKER_AGENTS | {"guarantor"} else "participants", reader.codes(obj))


def _direct(token: Token) -> bool:
    """"any direct session": refusing the format, not the negotiation."""
    return any(c.lower_ in MANNER or c.lower_ in ("face-to-face",) for c in token.children if c.dep_ == "amod")


def _governed(token: Token, verb: Token, how: str, p: Parties, reader: Reader) -> None:
    """Parties read from the verb the negotiation word hangs from."""
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
            for o in (c for c in prep.children if c.dep_ == "pobj"):
                _with(o, p, reader)
        return
    if lemma in INVITE and how in ("to", "for"):
        _invitation(verb, p, reader)
        return
    if lemma in DECLINE_VERBS and how in ("dobj", "from", "of", "out", "to"):
        if not _direct(token):
            p.add("declined", reader.subjects(verb))
        return
    if how == "dobj" and lemma in PARTICIPATE_OBJECT or how in ("in", "at", "to", "for", "attr") and (
            lemma in PARTICIPATE_AT or verb.lemma_.lower() == "part"):
        if passive and how == "dobj":
            return
        who = reader.subjects(verb)
        if negated(verb) and lemma in NEGATABLE:
            p.add("declined", who)
            return
        if modal(verb) in MAYBE:
            return  # "the UN could also join the talks": not a party yet
        p.add("participants", who)
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in WITH_PREPS):
            for o in (c for c in prep.children if c.dep_ == "pobj"):
                _with(o, p, reader)
        return
    if how in ("nsubj", "nsubjpass") and lemma in ("attend", "join") and passive:
        p.add("participants", [c for a in agents for c in reader.codes(a)])
    if how in ("during", "at") and lemma not in PARTICIPATE:  # "Putin said during a meeting with dignitaries"
        p.add("participants", reader.subjects(verb) + [c for o in verb.children if o.dep_ == "dative"
                                                       for c in reader.codes(o)])
    if how in ("nsubj", "nsubjpass"):  # "the talks opened with delegations of X", "are to begin with Y as mediator"
        verbs = [verb, *[c for c in verb.subtree if c.dep_ == "xcomp" and c.pos_ == "VERB"]]
        for prep in (c for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ in WITH_PREPS):
            for o in (c for c in prep.children if c.dep_ == "pobj"):
                _with(o, p, reader)
    if how == "nsubj":  # "the meeting opened, bringing envoys of the government and the opposition to Astana"
        for v in (c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in BRING):
            p.add("participants", [x for o in v.children if o.dep_ == "dobj" for x in reader.codes(o)])


def _of_noun(token: Token, p: Parties, reader: Reader) -> None:
    """The negotiation as the object of a noun: "the sponsor of the meeting", "a boycott of the congress",
    "their participation in the talks"."""
    if token.dep_ != "pobj":
        return
    noun = token.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or token.head.lower_ not in ("of", "in", "at", "to", "for"):
        return
    lemma = noun.lemma_.lower()
    holder: list[str] = []
    if noun.dep_ == "ROOT":  # a headline: "Syrian Opposition Plans Boycott Of Russia's 'Peace Congress'"
        holder = [c for s in noun.children if s.dep_ == "nsubj" for c in reader.codes(s)]
    elif noun.dep_ == "appos":
        holder = reader.codes(noun.head)
    elif noun.dep_ == "attr":
        holder = [c for s in noun.head.children if s.dep_ in ("nsubj", "nsubjpass") for c in reader.codes(s)]
    elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "appos":
        holder = reader.codes(noun.head.head.head)  # "Turkey, one of the sponsors of the talks"
    elif noun.dep_ in ("dobj",):
        holder = reader.subjects(noun.head)
    if lemma in {"sponsor", "host", "organiser", "organizer", "mediator", "broker", "convener", "guarantor"}:
        p.add("brokers", holder + reader.modifier_codes(noun))
    elif lemma in DECLINE_NOUNS:
        p.add("declined", holder + reader.modifier_codes(noun))
    elif lemma in ("partner", "party", "member", "participant"):
        p.add("participants", holder)  # "Tehran, their partner in the Astana format"
    elif lemma in ("participation", "part", "attendance", "presence", "delegation", "delegate"):
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in DECLINE_VERBS:
            return  # "they oppose any American participation in the meeting"
        p.add("participants", reader.modifier_codes(noun) + [  # "the participation of the opposition"
            c for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of" for o in prep.children
            if o.dep_ == "pobj" for c in reader.codes(o)])


def _invitation(verb: Token, p: Parties, reader: Reader) -> None:
    """"invited X to the talks" / "X has been invited to the talks": X invited, whoever invites convenes."""
    if negated(verb) or modal(verb) in MAYBE:
        return
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        p.add("invited", [c for s in verb.children if s.dep_ == "nsubjpass" for c in reader.codes(s)])
        p.add("brokers", [c for a in verb.children if a.dep_ == "agent" for o in a.children
                                  if o.dep_ == "pobj" for c in reader.codes(o)])
    else:
        p.add("invited", [c for o in verb.children if o.dep_ == "dobj" for c in reader.codes(o)])
        p.add("brokers", reader.subjects(verb))
