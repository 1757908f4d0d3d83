"""An event's status (occurred, ongoing, planned, proposed, denied, hypothetical), read from the grammar
around its trigger: negation, modal verbs, conditionals, the verbs that govern it, and tense."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .cues import Cues
from .triggers import Hit

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE_MODALS = {"will", "shall", "'ll", "wo"}
MAYBE_MODALS = {"could", "might", "may", "would", "should", "can", "ca", "must"}
NOUN_STATUS = {"planned": "planned", "upcoming": "planned", "forthcoming": "planned", "future": "planned",
               "scheduled": "planned", "proposed": "proposed", "possible": "hypothetical",
               "potential": "hypothetical", "ongoing": "ongoing", "continuing": "ongoing", "current": "ongoing"}
CLIMB = {"xcomp", "ccomp", "advcl", "conj", "acomp", "pcomp", "prep", "pobj", "dobj", "relcl", "acl", "oprd"}


def clause_verb(hit: Hit) -> Token:
    """The verb whose tense and modality the event takes: the trigger, its light verb, or its governor."""
    if hit.pos == "VERB":
        return hit.token
    if hit.light is not None:
        return hit.light
    token = hit.token
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            return token
        token = token.head
    return token


def find_status(hit: Hit, cues: Cues, future_time: bool) -> tuple[str, str]:
    """The status and the cue that decided it."""
    if hit.pos == "NOUN":
        for child in hit.token.children:
            status = NOUN_STATUS.get(child.lower_)
            if child.dep_ == "amod" and status:
                return status, f"'{child.text} {hit.token.text}'"
            if child.dep_ == "det" and child.lower_ == "no":
                return "denied", f"'no {hit.token.text}'"
    verb = clause_verb(hit)
    found = _own(verb, cues)
    if found:
        return found
    found = _governors(verb, cues)
    if found:
        return found
    if future_time:
        return "planned", "a date after publication"
    if hit.pos == "NOUN" and hit.light is None and hit.token.lemma_.lower() in cues.agent_nouns:
        return "ongoing", f"'{hit.token.text}' describes a lasting relation"
    return _tense(verb)


def _own(verb: Token, cues: Cues) -> tuple[str, str] | None:
    """Negation, modals and conditionals on the clause verb itself."""
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "neg" and low != "only":
            return "denied", f"'{child.text} {verb.text}'"
        if child.dep_ == "mark" and low in ("if", "unless", "whether"):
            return "hypothetical", f"'{child.text} …'"
    for child in verb.children:
        low = child.lower_
        if child.dep_ == "aux":
            if low in FUTURE_MODALS:
                return "planned", f"'{child.text} {verb.text}'"
            if low in MAYBE_MODALS:
                return "hypothetical", f"'{child.text} {verb.text}'"
            if low == "going":
                return "planned", "'going to'"
    return None


def _governors(verb: Token, cues: Cues) -> tuple[str, str] | None:
    """Cues in the words that govern the clause: "set to begin", "suggested that", "denied that"."""
    token = verb
    for _ in range(4):
        if token.dep_ not in CLIMB or token.head is token:
            return None
        dep, token = token.dep_, token.head
        lemma = token.lemma_.lower()
        if lemma in cues.speech_verbs and lemma not in cues.proposed_governors and lemma not in cues.denied_governors:
            return None  # a reported clause keeps its own status
        if lemma in cues.denied_governors and dep in ("ccomp", "xcomp", "dobj"):
            return "denied", f"'{token.text}'"
        if lemma in cues.planned_governors and dep in ("xcomp", "acomp", "ccomp", "prep", "pobj", "advcl"):
            return "planned", f"'{token.text}'"
        if lemma in cues.proposed_governors and dep in ("xcomp", "ccomp", "dobj", "pobj", "prep", "acomp"):
            return "proposed", f"'{token.text}'"
        if lemma in cues.hypothetical_governors and dep in ("xcomp", "ccomp", "acomp"):
            return "hypothetical", f"'{token.text}'"
        if lemma in cues.ongoing_governors and dep in ("xcomp", "acomp", "dobj"):
            return "ongoing", f"'{token.text}'"
        own = _own(token, cues)
        if own and dep in ("xcomp", "conj", "advcl", "acomp"):
            return own
    return None


def _tense(verb: Token) -> tuple[str, str]:
    """Progressive or present tense: under way; otherwise it happened."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBG" and aux & {"is", "are", "am", "been", "'s", "'re"}:
        return "ongoing", f"'{verb.text}' (progressive)"
    if verb.tag_ in ("VBZ", "VBP") and verb.pos_ == "VERB" and not aux:
        return "ongoing", f"'{verb.text}' (present)"
    return "occurred", "past or perfect tense"
