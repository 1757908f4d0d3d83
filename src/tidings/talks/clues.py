"""What a sentence says of the negotiation it is about without naming it in the same phrase: who mediates
("through Turkish mediation", "via the UN envoy"), who is invited ("invitations were sent to X and Y"), who has
not confirmed ("have yet to confirm their participation") and who sends a delegation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import BROKER_NOUNS, CONFIRM, DELEGATES, INVITE, MAYBE, NEGATABLE, SHUTTLE, UNDECIDED
from .mentions import Parties
from .reading import Reader, modal, negated

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MEDIATE = {"mediate", "facilitate", "broker", "moderate"}


def sentence_clues(sent: Span, reader: Reader, named: bool) -> Parties:
    """Parties a sentence gives the negotiation it is about. ``named``: the sentence names a negotiation itself,
    so its delegations and mediators belong to it."""
    p = Parties()
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma in BROKER_NOUNS and token.pos_ in ("NOUN", "PROPN"):
            _broker_noun(token, p, reader)
        elif lemma in MEDIATE and token.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.children):
            p.add("brokers", reader.subjects(token) or ([*reader.codes(token.head)] if token.dep_ == "acl" else []))
        elif lemma in SHUTTLE and token.pos_ == "VERB" and _between(token):
            p.add("brokers", reader.subjects(token) or ([*reader.codes(token.head)] if token.dep_ == "acl" else []))
        elif token.lower_ in ("via", "through") and token.dep_ == "prep" and token.head.pos_ == "VERB":
            for obj in (c for c in token.children if c.dep_ == "pobj"):
                if any(m.kind in ("person", "organisation") for m in reader.index.at(obj)):
                    p.add("brokers", reader.codes(obj))
        elif lemma in INVITE:
            _invited(token, p, reader)
        elif lemma in CONFIRM or lemma in UNDECIDED or lemma in NEGATABLE:
            _undecided(token, p, reader)
        elif lemma in DELEGATES and token.pos_ == "NOUN" and named:
            p.add("participants", reader.modifier_codes(token) + _of(token, reader))
    return p


def _between(token: Token) -> bool:
    return any(c.lower_ == "between" for c in token.subtree)


def _of(token: Token, reader: Reader) -> list[str]:
    return [c for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("of", "from")
            for o in prep.children if o.dep_ == "pobj" for c in reader.codes(o)]


def _broker_noun(token: Token, p: Parties, reader: Reader) -> None:
    """"through Turkish mediation", "under the auspices of the UN", "Iran is the third sponsor", "the mediators"."""
    own = reader.modifier_codes(token) + _of(token, reader)
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
        else:
            p.add("invited", [c for o in token.children if o.dep_ == "dobj" for c in reader.codes(o)])
            p.add("brokers", reader.subjects(token))
        return
    if token.pos_ != "NOUN":
        return
    receivers: list[Token] = []
    for t in token.subtree:  # "invitations to participate sent to X ... as well as to Y"
        if t.dep_ == "prep" and t.lower_ == "to" and t.head.lemma_.lower() in ("send", "extend", "issue", "go", "to"):
            receivers += [o for o in t.children if o.dep_ == "pobj"]
        elif t.dep_ == "prep" and t.lower_ == "to" and t.head.i == token.i:
            receivers += [o for o in t.children if o.dep_ == "pobj" and reader.index.at(o)]
    for r in receivers:
        p.add("invited", reader.codes(r))
    p.add("brokers", reader.modifier_codes(token))


def _governors(token: Token) -> list[Token]:
    out = []
    while token.dep_ in ("xcomp", "ccomp") and token.head is not token:
        token = token.head
        out.append(token)
    return out


def _undecided(token: Token, p: Parties, reader: Reader) -> None:
    """"have yet to confirm their participation", "has not said whether it will attend", "remains undecided"."""
    lemma = token.lemma_.lower()
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
