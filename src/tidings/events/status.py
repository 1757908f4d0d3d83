"""An event's status (occurred, ongoing, planned, proposed, denied, hypothetical), read from the grammar
around its trigger: negation, modal verbs, conditionals, the verbs that govern it, and tense.

Beyond the verb's own words:

- a noun event takes the status of the clause it stands in only when that clause is about it ("the talks are set to
  begin", "called for talks"); named as the object or the scene of another act ("after the recapture of Aleppo",
  "they follow a rapprochement") it is an event that took place, and "amid accusations" is one under way;
- a participle with no tense of its own shares the time of the clause it hangs from ("clashes remained ongoing,
  with forces battling rebels");
- backing and supporting are stances that last: "Russia backs Assad", "groups backed by the West" are ongoing;
- a statement in the present tense ("Assad says", a headline) is made, not under way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import verb_above
from .attach import SPOKEN
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
BEFORE_NOW = frozenset({"after", "following", "since"})  # "after the recapture of Aleppo": it happened
AMID = frozenset({"amid", "amidst", "during"})  # "amid accusations": going on at the time of the clause
NOT_GOVERNED = frozenset({"after", "following", "since", "before", "with", "because", "amid", "amidst", "despite",
                          "as", "than", "like", "by"})  # prepositions that set a scene, not a modality
NOW = frozenset({"currently", "still"})
# Verbs whose subject noun is the event they tell the time of: "the talks begin", "talks are set to begin".
ASPECT = frozenset({"begin", "start", "resume", "continue", "end", "conclude", "open", "close", "take", "hold",
                    "happen", "occur", "convene", "remain", "proceed", "go", "run", "last", "stall", "collapse",
                    "be", "follow", "get"})
RELATION_MODES = frozenset({"endorse"})  # SUPPORT by backing, endorsing, sponsoring: a stance that lasts
QUANTITY = frozenset({"number", "series", "spate", "wave", "string", "round", "couple", "dozen", "dozens", "hundreds",
                      "thousands", "handful", "lot", "host", "flurry", "barrage", "volley", "set", "part"})
PRESENT = frozenset({"is", "are", "am", "'s", "'re", "has", "have"})


def clause_verb(hit: Hit) -> Token:
    """The verb whose tense and modality the event takes: the trigger, its light verb, or its governor."""
    if hit.pos == "VERB":
        return hit.token
    if hit.light is not None:
        return hit.light
    token = hit.token
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return token
        token = token.head
    return token


def find_status(hit: Hit, cues: Cues, future_time: bool) -> tuple[str, str]:
    """The status and the cue that decided it."""
    token = hit.token
    if hit.pos == "NOUN":
        for child in token.children:
            status = NOUN_STATUS.get(child.lower_)
            if child.dep_ in ("amod", "advmod") and status:
                return status, f"'{child.text} {token.text}'"
            if child.dep_ == "det" and child.lower_ == "no":
                return "denied", f"'no {token.text}'"
        if hit.light is None or hit.light == _reduced(token):  # "with invitations sent to the UN": its own verb
            found = _noun(hit, cues, future_time)
            if found:
                return found
    verb = clause_verb(hit)
    found = _own(verb, cues) or _governors(verb, cues)
    if found:
        return found
    if future_time:
        return "planned", "a date after publication"
    if hit.pos == "NOUN" and hit.light is None and token.lemma_.lower() in cues.agent_nouns:
        return "ongoing", f"'{token.text}' describes a lasting relation"
    found = _lasting(hit, verb) or _remains(verb, cues)
    if found is None and hit.trigger.type not in SPOKEN:
        found = _participle(verb, cues)
    return found or _tense(verb, hit.trigger.type, _reported_past(verb, cues))


def _remains(verb: Token, cues: Cues) -> tuple[str, str] | None:
    """"Clashes remained ongoing", "the siege is still under way": the clause says so."""
    if verb.lemma_.lower() in cues.ongoing_governors | {"be"}:
        word = next((c for c in verb.children if c.dep_ in ("acomp", "prep", "advmod") and c.lower_ in ("ongoing",
                                                                                                       "under")), None)
        if word is not None:
            return "ongoing", f"'{verb.text} {word.text}'"
    return None


def _noun(hit: Hit, cues: Cues, future_time: bool) -> tuple[str, str] | None:
    """A noun trigger with no light verb: its own scene, or the clause it stands in when that clause is about it."""
    noun = hit.token
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in BEFORE_NOW:
        return "occurred", f"'{prep.text} {noun.text}'"
    if prep is not None and prep.lower_ in AMID:
        verb = verb_above(prep)
        if verb is not None and verb.tag_ == "VBD" and not _aux(verb):
            return "occurred", f"'{prep.text} {noun.text}' in a past clause"
        return "ongoing", f"'{prep.text} {noun.text}'"
    if prep is not None and prep.lower_ == "in" and (prep.head.lemma_ == "be" or prep.head.pos_ in ("NOUN", "PROPN")
                                                      or any(c.dep_ == "poss" for c in noun.children)):
        return "ongoing", f"'in {noun.text}'"  # "rebels are in talks with Russia", "backed them in their fight"
    coming = next((c for c in noun.children if _to_be(c)), None)
    if coming is not None:
        return "planned", f"'{noun.text}, to be {coming.text}'"
    done = _reduced(noun)
    if done is not None:
        lemma = done.lemma_.lower()
        if lemma in cues.planned_governors:
            return "planned", f"'{noun.text} {done.text}'"  # "talks scheduled for Monday"
        return "occurred", f"'{noun.text} {done.text}'"  # "with invitations sent to the UN"
    if noun.lemma_.lower() in cues.agent_nouns:
        return "ongoing", f"'{noun.text}' describes a lasting relation"
    if hit.trigger.type == "SUPPORT" and hit.trigger.mode in RELATION_MODES:
        return "ongoing", f"'{noun.text}' is a stance that lasts"
    moved = moved_status(noun, cues)
    if moved is not None:
        return moved
    if future_time:
        return None
    verb = clause_verb(hit)
    if verb == noun or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if noun.dep_ in ("nsubj", "nsubjpass"):
        if lemma in ASPECT or lemma in cues.planned_governors or lemma in cues.light_verbs:
            return None  # "the talks will begin", "talks are set to begin": the clause tells of the talks
        return _tense(verb, "")  # "the campaign could have violated the laws of war": the campaign took place
    if noun.dep_ in ("dobj", "pobj") and verb == noun.head or (prep is not None and verb == prep.head):
        for words, status in ((cues.proposed_governors, "proposed"), (cues.planned_governors, "planned"),
                              (cues.hypothetical_governors, "hypothetical"), (cues.ongoing_governors, "ongoing")):
            if lemma in words:
                return status, f"'{verb.text} {noun.text}'"
        neg = next((c for c in verb.children if c.dep_ == "neg"), None)
        if neg is not None and lemma in cues.light_verbs | {"attend", "join"}:
            return "denied", f"'{neg.text} {verb.text} {noun.text}'"
    if noun.dep_ in ("dobj", "pobj", "conj", "appos", "attr"):
        return "occurred", f"'{noun.text}' is named by another act"
    return None


def moved_status(noun: Token, cues: Cues) -> tuple[str, str] | None:
    """Talks that are put off are still to come ("the talks were postponed", "delayed the vote"); talks called off
    will not take place ("the summit was cancelled")."""
    verb = noun.head
    if noun.dep_ not in ("nsubjpass", "dobj") or verb.pos_ != "VERB":
        return None
    status = cues.moved(verb)
    if status is None:
        return None
    return status, f"'{noun.text} {verb.text}': " + ("put off to a later time" if status == "planned" else "called off")


def named_by_another(noun: Token, cues: Cues) -> bool:
    """Whether a noun event is only named as what another act is about: the object of a verb that is neither
    a light verb nor one of its time ("defended the bombardment", "condemned the attack"), or of a preposition
    that is no scene ("support of the operation")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        return lemma not in cues.light_verbs and lemma not in ASPECT and lemma not in cues.planned_governors
    if noun.dep_ == "pobj" and head.lower_ in ("of", "for", "about", "against", "over", "to", "on") \
            and head.head.pos_ in ("VERB", "AUX", "NOUN"):
        lemma = head.head.lemma_.lower()
        return lemma not in cues.light_verbs and lemma not in QUANTITY
    # "the meeting will be held on Monday, with invitations sent to ...": the invitations have their own verb
    return noun.dep_ == "pobj" and head.lower_ == "with" and _reduced(noun) is not None


def _reduced(noun: Token) -> Token | None:
    """The past participle that tells what became of a noun event: "invitations sent to", "talks scheduled for"."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and not any(a.dep_ in ("aux", "auxpass") for a in c.children)), None)


def _to_be(verb: Token) -> bool:
    """A passive infinitive that describes a noun: "the Vienna meeting, to be attended by", "talks to be held"."""
    return verb.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "auxpass" for c in verb.children)


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
            if low == "would" and _reported_past(verb, cues):
                return "planned", f"'{child.text} {verb.text}' reported in the past"  # said talks would begin
            if low in MAYBE_MODALS:
                return "hypothetical", f"'{child.text} {verb.text}'"
            if low == "going":
                return "planned", "'going to'"
    if _to_be(verb):
        return "planned", f"'to be {verb.text}'"
    lemma = verb.lemma_.lower()
    if lemma in cues.planned_governors and verb.tag_ != "VBD" and any(c.dep_ == "xcomp" for c in verb.children):
        if not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children):
            return "planned", f"'{verb.text} to'"  # "talks are set to begin", "slated to hold talks"
    return None


def _governors(verb: Token, cues: Cues) -> tuple[str, str] | None:
    """Cues in the words that govern the clause: "set to begin", "suggested that", "denied that"."""
    token = verb
    for step in range(4):
        if token.dep_ not in CLIMB or token.head == token:
            return None
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in NOT_GOVERNED for c in token.children):
            return None  # "after the talks collapsed": the clause is the scene, not a modality
        dep, token = token.dep_, token.head
        if token.pos_ in ("ADP", "SCONJ") and token.lower_ in NOT_GOVERNED:
            return None
        if step and token.pos_ in ("NOUN", "PROPN") and dep != "acl":
            return None  # past another noun: "threatened to end the use of the base to conduct strikes"
        lemma = token.lemma_.lower()
        speech = lemma in cues.speech_verbs
        if speech and dep == "xcomp" and lemma in cues.hypothetical_governors and _passive(token):
            return "hypothetical", f"'{token.text} to'"  # "is believed to have reached"
        if speech and lemma not in cues.proposed_governors and lemma not in cues.denied_governors:
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


def _lasting(hit: Hit, verb: Token) -> tuple[str, str] | None:
    """A stance that lasts ("Russia backs Assad", "has backed", "groups backed by the West"; "Ankara has been
    angered by"), or what the text says is going on now ("currently marching", "still fighting")."""
    now = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in NOW), None)
    if now is not None:
        return "ongoing", f"'{now.text} {verb.text}'"
    if hit.pos != "VERB":
        return None
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if "agent" in hit.trigger.target and _passive(verb) and auxes & PRESENT:
        return "ongoing", f"'{verb.text}': a feeling that lasts"  # "has been angered by", "is alarmed by"
    if hit.trigger.type != "SUPPORT" or hit.trigger.mode not in RELATION_MODES:
        return None
    if verb.tag_ in ("VBZ", "VBP") or auxes & PRESENT or (verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxes):
        return "ongoing", f"'{verb.text}': a stance that lasts"
    return None


def _participle(verb: Token, cues: Cues) -> tuple[str, str] | None:
    """A participle with no tense of its own shares the time of the clause it hangs from: "remained ongoing,
    with forces battling rebels besieged in the area"."""
    if verb.tag_ not in ("VBG", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if verb.dep_ not in ("acl", "advcl", "pcomp", "pobj", "conj"):
        return None
    above = verb_above(verb)
    while above is not None and above.tag_ == "VB" and above.dep_ in ("xcomp", "ccomp"):
        above = verb_above(above)  # "are unlikely to heed the call, with strikes taking aim": the tensed verb
    if above is None:
        return None
    if _ongoing_clause(above, cues):
        return "ongoing", f"'{verb.text}' shares the time of '{above.text}'"
    return _participle(above, cues)


def _ongoing_clause(verb: Token, cues: Cues) -> bool:
    """Whether a clause says something is going on: present tense, "remained ongoing", "still"."""
    if verb.lemma_.lower() in cues.ongoing_governors and any(c.lower_ in ("ongoing", "under") for c in verb.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in NOW for c in verb.children):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_MODALS or a.lemma_ == "have" for a in auxes):
        return False
    if verb.tag_ == "VBG" and any(a.lower_ in PRESENT for a in auxes):
        return True
    return verb.tag_ in ("VBZ", "VBP") and not auxes or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _reported_past(verb: Token, cues: Cues) -> bool:
    """Whether a clause is what someone said, in the past ("said the talks would begin"): its "would" is "will"."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in cues.speech_verbs and head.tag_ == "VBD" \
        and not any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children)


def _aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _tense(verb: Token, kind: str, reported: bool = False) -> tuple[str, str]:
    """Progressive or present tense: under way (a statement in the present is made, unless a relative clause tells
    a habit: "fighters who reject government rule"); otherwise it happened. A past progressive that someone is
    reported to have said ("said talks were taking place") is the present progressive they used."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBG" and aux & {"is", "are", "am", "been", "'s", "'re"}:
        return "ongoing", f"'{verb.text}' (progressive)"
    if verb.tag_ == "VBG" and reported and aux & {"was", "were"}:
        return "ongoing", f"'{verb.text}' (progressive, reported)"
    if verb.tag_ in ("VBZ", "VBP") and verb.pos_ == "VERB" and not aux and (kind not in SPOKEN or verb.dep_ == "relcl"):
        return "ongoing", f"'{verb.text}' (present)"  # but "Assad says": a statement is made, not under way
    return "occurred", "past or perfect tense"
