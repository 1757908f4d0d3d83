"""What one mention says of a negotiation's status: planned, ongoing, occurred, proposed, hypothetical, denied,
or cancelled (called off: the negotiation's record is then denied, whatever other mentions said).

Read from the words on the negotiation itself ("upcoming talks", "the meeting, to be attended by ..."), then from
the clause it is the subject or object of: negation, modals, conditionals, the verbs that govern that clause
("are set to begin", "called for talks") and its tense. A date after publication makes it planned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..events.cues import load_cues
from ..events.status import moved_status
from .lexicon import END_VERBS, PLANNED_MODIFIERS

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE = {"will", "shall", "'ll", "wo", "would"}  # "said it would attend": the future of a reported past
MAYBE = {"could", "might", "may", "should", "can", "ca", "must"}
ON_NOUN = {"proposed": "proposed", "possible": "hypothetical", "potential": "hypothetical", "ongoing": "ongoing",
           "current": "ongoing", "continuing": "ongoing"}
PROGRESSIVE = {"is", "are", "am", "'s", "'re", "been"}


def noun_status(noun: Token, verb: Token | None, future: bool) -> str | None:
    """The status one negotiation noun is given, or None when its sentence says nothing of it."""
    for child in noun.children:
        low = child.lower_
        if child.dep_ == "amod" and low in PLANNED_MODIFIERS:
            return "planned"
        if child.dep_ in ("amod", "advmod") and low in ON_NOUN:
            return ON_NOUN[low]
        if child.dep_ == "det" and low == "no":
            return "denied"
        if child.dep_ in ("acl", "relcl") and any(c.tag_ == "TO" for c in child.children):
            return "planned"  # "the Vienna meeting, to be attended by ..."
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and verb is not None and verb.lemma_ == "be":
        return "ongoing"  # "rebels are in talks with Moscow"
    if verb is None:
        return "planned" if future else None
    moved = moved_status(noun, load_cues()) if noun.head == verb else None
    if moved is not None:  # "the talks were postponed", "called off the summit"
        return "cancelled" if moved[0] == "denied" else moved[0]
    return clause_status(verb, future)


def clause_status(verb: Token, future: bool) -> str:
    """The status a clause gives the negotiation it is about."""
    status = _own(verb) or _governed(verb) or _predicate(verb) or ("planned" if future else _tense(verb))
    if status == "planned" and (verb.lemma_.lower() in END_VERBS or any(
            c.lemma_.lower() in END_VERBS for c in verb.subtree if c.dep_ == "xcomp")):
        return "ongoing"  # "the talks are due to end on Tuesday", "are expected to continue": under way
    return status


def _own(verb: Token) -> str | None:
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" and low != "only":
            return "denied"
        if child.dep_ == "mark" and low in ("if", "unless", "whether"):
            return "hypothetical"
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "aux" and low in FUTURE or low == "going" and child.dep_ == "aux":
            return "planned"
        if child.dep_ == "aux" and low in MAYBE:
            return "hypothetical"
    return None


def _predicate(verb: Token) -> str | None:
    """"the round is due to open", "the talks are expected to resume": the predicate sets the time."""
    cues = load_cues()
    for child in verb.children:
        if child.dep_ in ("acomp", "xcomp", "oprd") and child.lemma_.lower() in cues.planned_governors:
            return "planned"
    if verb.lemma_.lower() in cues.planned_governors and any(c.dep_ == "xcomp" for c in verb.children):
        return "planned"  # "the talks are expected to resume"
    return None


def _governed(verb: Token) -> str | None:
    """The verbs above a clause: "set to begin", "called for talks to resume", "failed to meet"."""
    cues = load_cues()
    token = verb
    for _ in range(3):
        if token.dep_ not in ("xcomp", "ccomp", "acomp", "pcomp", "prep", "pobj") or token.head.i == token.i:
            return None
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in cues.speech_verbs and lemma not in cues.proposed_governors:
            return None  # a reported clause keeps its own status
        if lemma in cues.denied_governors:
            return "denied"
        if lemma in cues.planned_governors:
            return "planned"
        if lemma in cues.proposed_governors:
            return "proposed"
        if lemma in cues.hypothetical_governors:
            return "hypothetical"
        if lemma in cues.ongoing_governors:
            return "ongoing"
        own = _own(token)
        if own:
            return own
    return None


def _tense(verb: Token) -> str:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBG" and aux & PROGRESSIVE:
        return "ongoing"
    if verb.tag_ in ("VBZ", "VBP") and not aux:
        return "ongoing"
    return "occurred"
