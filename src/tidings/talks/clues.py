"""What a sentence says of the negotiation it is about without naming it in the same phrase: who mediates
("through Turkish mediation", "via the UN envoy"), who is invited ("invitations were sent to X and Y"), who has
not confirmed ("have yet to confirm their participation") and who sends a delegation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import BROKER_ACTS, BROKER_NOUNS, CONFIRM, DELEGATES, INVITE, MAYBE, NEGATABLE, SHUTTLE, UNDECIDED
from .parties import Parties
from .reading import Reader, modal, negated

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MEDIATE = {"mediate", "facilitate", "moderate"}
AGREE = {"agree", "decide", "announce", "propose", "suggest"}
ATTEND = {"attend", "participate", "join"}
TAKING_PART = {"attend", "participate", "join", "participation", "attendance", "invitation", "presence", "part"}


def sentence_clues(sent: Span, reader: Reader, named: bool, near: bool) -> Parties:
    """Parties a sentence gives the negotiation it is about. ``named``: the sentence names a negotiation itself;
    ``near``: it or the sentence before does, so its delegations belong to it."""
    p = Parties()
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in BROKER_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            _broker_noun(token, p, reader)
        elif lemma in MEDIATE and token.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.children):
            p.add("brokers", reader.subjects(token))  # "with Turkish officials mediating"
        elif lemma in SHUTTLE and token.pos_ == "VERB" and _between(token):
            p.add("brokers", reader.subjects(token) or ([*reader.codes(token.head)] if token.dep_ == "acl" else []))
        elif token.lower_ in ("via", "through") and token.dep_ == "prep" and token.head.pos_ == "VERB":
            for obj in (c for c in token.children if c.dep_ == "pobj"):
                if any(m.kind in ("person", "organisation") for m in reader.index.at(obj)):
                    p.add("brokers", reader.codes(obj))
        elif lemma in INVITE:
            _invited(token, p, reader)
        elif lemma in ATTEND and token.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prep") for c in token.children):
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children):
                _undecided(token, p, reader, named)
            elif modal(token) not in MAYBE:  # "the UN envoy will attend", "the rebels will not attend"
                p.add("declined" if negated(token) else "participants", reader.subjects(token))
        elif lemma in CONFIRM or lemma in UNDECIDED or lemma in NEGATABLE:
            _undecided(token, p, reader, named)
        elif lemma in DELEGATES and token.pos_ == "NOUN" and near and _acting(token):
            lead = token.head if token.dep_ == "dobj" else None
            if lead is not None and negated(lead):
                continue  # "will not send a delegation"
            if lead is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
                p.add("participants", reader.subjects(lead))  # "named Jaafari to lead its delegation"
            else:  # "the Syrian government delegation", "delegations of the government and the opposition"
                p.add("participants", reader.codes(token))
    return p


def _acting(token: Token) -> bool:
    """A delegation that does something at the negotiation: the subject of a clause, one that is led or sent,
    or the body a speaker speaks for ("the government delegation objected", "a spokesman for the delegation")."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return True
    if token.dep_ == "dobj" and token.head.lemma_.lower() in ("lead", "head", "send", "name", "form"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("for", "of") and token.head.head.dep_ in ("nsubj",
                                                                                                "nsubjpass")


def _between(token: Token) -> bool:
    return any(c.lower_ == "between" for c in token.subtree)


def _of(token: Token, reader: Reader) -> list[str]:
    return [c for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
            for o in prep.children if o.dep_ == "pobj" for c in reader.codes(o)]


def _broker_noun(token: Token, p: Parties, reader: Reader) -> None:
    """"through Turkish mediation", "under the auspices of the UN", "Iran is the third sponsor", "the mediators"."""
    if token.lemma_.lower() in BROKER_ACTS:
        p.add("brokers", reader.modifier_codes(token) + _of(token, reader))
        return
    if any(prep.dep_ == "prep" and prep.lower_ in ("of", "for", "to") for prep in token.children):
        return  # "a main sponsor of the opposition": of a party, not of a negotiation
    own = reader.modifier_codes(token)
    if token.dep_ == "appos":
        own += reader.codes(token.head)
    elif token.dep_ == "attr":
        own += [c for s in token.head.children if s.dep_ in ("nsubj", "nsubjpass") for c in reader.codes(s)]
    elif token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "appos":
        own += reader.codes(token.head.head.head)  # "Turkey, one of the sponsors"
    p.add("brokers", own)


def _invited(token: Token, p: Parties, reader: Reader) -> None:
    """"invited X", "X was invited", "invitations sent to X, Y and Z"."""
    if token.pos_ == "VERB":
        if negated(token) or modal(token) in MAYBE or any(modal(h) in MAYBE for h in _governors(token)):
            return
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
            p.add("invited", [c for s in token.children if s.dep_ == "nsubjpass" for c in reader.codes(s)])
            if token.dep_ == "ccomp" and token.head.lemma_.lower() in AGREE:  # "Russia has agreed that X be invited"
                p.add("brokers", reader.subjects(token.head))
        else:
            p.add("invited", [c for o in token.children if o.dep_ == "dobj" for c in reader.codes(o)])
            p.add("brokers", reader.subjects(token))
        return
    if token.pos_ != "NOUN":
        return
    for t in token.subtree:  # "invitations to participate sent to X and observers from Y, as well as to Z"
        if t.dep_ in ("prep", "dative") and t.lower_ in ("to", "from") and t.pos_ == "ADP":
            for obj in (o for o in t.children if o.dep_ == "pobj"):
                p.add("invited", reader.codes(obj))
    p.add("brokers", reader.modifier_codes(token))


def _governors(token: Token) -> list[Token]:
    out = []
    while token.dep_ in ("xcomp", "ccomp") and token.head.i != token.i:
        token = token.head
        out.append(token)
    return out


def _undecided(token: Token, p: Parties, reader: Reader, named: bool) -> None:
    """"have yet to confirm their participation", "has not said whether it will attend", "remains undecided"."""
    lemma = token.lemma_.lower()
    if not named and not any(t.lemma_.lower() in TAKING_PART for t in token.head.subtree):
        return  # undecided about something else
    if lemma in UNDECIDED:
        p.add("declined", reader.subjects_up(token))
        return
    if lemma in NEGATABLE and token.pos_ == "VERB":
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children):
            p.add("declined", reader.subjects(token) or reader.subjects_up(token.head))
        return
    if lemma not in CONFIRM:
        return
    words = {c.lower_ for c in token.children} | {c.lower_ for c in token.head.children}
    pending = negated(token) or "yet" in words or (token.pos_ == "NOUN" and token.head.lemma_.lower() == "make"
                                                    and _before_need(token.head))
    if not pending:
        return
    if lemma in ("say", "announce", "agree") and not any(c.dep_ in ("ccomp",) and any(
            m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children) for c in token.children):
        return  # "has not said whether it will come", not "has not said anything"
    p.add("declined", reader.subjects(token) if token.pos_ == "VERB" else reader.subjects_up(token))


def _before_need(verb: Token) -> bool:
    """"would need further details before it could make a final decision"."""
    return verb.dep_ == "advcl" and any(c.lower_ == "before" for c in verb.children) and \
        verb.head.lemma_.lower() in ("need", "want", "wait", "require")
