"""Whether the clause around a temporal expression points forward from the publication date.

"will meet on Monday", "talks set to begin on Monday", "is due on Monday", "are scheduled for Monday",
"the council meets on Monday" point forward; "met on Monday", "said on Monday", "has said on Monday" do not.
Only the governing verb is read (and, for an infinitive, the verb it hangs from), from spaCy's parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..events.cues import load_cues
from ..nlp import verb_above

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WILL = frozenset({"will", "'ll", "shall", "wo", "’ll"})
# Verbs and adjectives that make an infinitive after them a plan: "set to begin", "due to meet", "plans to visit".
_PLAN = frozenset({"set", "due", "schedule", "slate", "plan", "expect", "go", "intend", "aim", "prepare", "poise",
                   "hope", "likely", "expected", "scheduled", "slated", "poised", "about", "ready"})
# A present-tense reporting verb ("Assad says on Monday") reports the past, unlike "the council meets on Monday".
_SPEECH = frozenset({"say", "tell", "announce", "report", "state", "claim", "add", "write", "confirm", "deny",
                     "note", "insist", "warn", "accuse", "urge", "call", "show", "suggest", "believe", "think"})
_PRESENT = frozenset({"VBZ", "VBP"})
_MODAL = frozenset({"would", "'d", "should", "might", "may", "must", "could"})


def points_forward(doc: Doc, start: int, end: int, strict: bool = False) -> bool:
    """Whether the words at ``start:end`` of the Doc's text are governed by a future or scheduled verb.

    A plain present ("the council meets on Monday") counts only when the expression hangs from the verb itself,
    not from a noun ("the crowds on Friday are proof"), and never when ``strict`` (a timeline's "March 17 - The
    council votes" is a historical present).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    if _put_off_to(token):
        return True
    through_noun = False
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.lower_ == "due":
            return _forward_verb(token, depth=2, present=not (strict or through_noun))
        if token.head is token:
            return False
        if token.i != span.root.i and token.pos_ in ("NOUN", "PROPN"):
            through_noun = True
        token = token.head
    return False


def _put_off_to(token: Token) -> bool:
    """The new time of something put off: "postponed until March", "pushed back to next month"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("until", "till", "to"):
        return False
    verb = prep.head.head if prep.head.lower_ == "back" and prep.head.pos_ != "VERB" else prep.head  # "pushed back to"
    return verb.pos_ == "VERB" and load_cues().moved(verb) == "planned"


def _forward_verb(verb: Token, depth: int, present: bool) -> bool:
    """Whether one verb (or "due") is future, scheduled, or (when ``present`` counts) a plain present."""
    if verb.lower_ in ("due", "upcoming"):
        return _present(verb)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" for a in auxes):  # "has met", "would have begun", "expected to have edged up"
        return False
    for aux in auxes:
        if aux.lower_ in _WILL:
            return True
        if aux.lower_ in _MODAL:  # "said talks would begin on Monday"
            return True
        if aux.tag_ in ("VBD", "VBN") and aux.lower_ != "been":
            return False
    if any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head is verb or depth == 0:
            return False
        if head.lemma_.lower() in _PLAN or head.lower_ in _PLAN:  # "is set to begin", but not "was set to"
            return _present(head)
        if head.lemma_ == "be" and head.tag_ in _PRESENT:  # "the talks are to begin on Monday"
            return True
        return _forward_verb(head, depth - 1, present)
    if not auxes and verb.tag_ in ("VBG", "VB") and depth > 0:
        # An untensed verb takes its time from the verb it hangs from: "would follow suit in applying a truce by
        # Thursday", "troops began shelling the town on Monday".
        above = verb_above(verb, steps=3)
        return _forward_verb(above, depth - 1, present) if above is not None else False
    if verb.tag_ == "VBN":  # "are scheduled for Monday", "is expected on Monday"
        return verb.lemma_.lower() in _PLAN and _present(verb)
    if verb.tag_ == "VBG":  # "is meeting on Monday", "are travelling on Friday"
        return present and any(a.lemma_ == "be" and a.tag_ in _PRESENT for a in auxes)
    if verb.tag_ in _PRESENT and not auxes:  # "the council meets on Monday", "the deadline is Monday"
        return present and verb.lemma_.lower() not in _SPEECH
    return False


def _present(word: Token) -> bool:
    """Whether a verb, participle or adjective ("due", "expected") stands in a present or future clause."""
    if word.tag_ in _PRESENT:
        return True
    if word.tag_ == "VBD":
        return False
    for child in word.children:
        if child.dep_ in ("aux", "auxpass"):
            if child.lower_ in _WILL or child.tag_ in _PRESENT:
                return True
            if child.tag_ == "VBD":
                return False
    head = word.head
    if head is not word and head.lemma_ == "be":  # "the talks are due to begin": "due" hangs from "are"
        return head.tag_ in _PRESENT or any(c.lower_ in _WILL for c in head.children)
    return False
