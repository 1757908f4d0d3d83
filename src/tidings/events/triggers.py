"""Find the words in a sentence that trigger an event: verbs, nouns, multiword nouns, particle verbs.

A noun trigger that is the object of a light verb ("held talks", "launched an offensive") keeps the verb,
which then lends it its subject, tense and modality; the light verb itself is not an event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .cues import Cues
from .lexicon import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PARTICLE_DEPS = {"prt", "prep", "dative", "advmod"}
OBJECT = "dobj"  # the lexicon's particle for "needs an object"
THIRD_PARTY = {"sponsor", "host", "broker", "mediate", "organise", "organize", "convene", "facilitate", "chair"}
# Nouns that hold an act named by the noun before them ("an aid package", "a bombing campaign"): the act's
# actors hang from them. Other compounds name a thing, not an act ("a reconciliation centre", "guarantor states").
CONTAINERS = frozenset({"package", "programme", "program", "plan", "deal", "campaign", "operation", "mission",
                        "initiative", "scheme", "effort", "offer", "proposal", "pledge", "convoy", "shipment",
                        "delivery", "bill", "order", "agreement", "accord", "pact"})
QUANTITY = {"number", "series", "spate", "wave", "string", "barrage", "round", "couple", "handful", "lot", "flurry",
            "volley", "dozen", "dozens", "hundreds", "thousands", "raft", "host", "set", "batch",
            # measures of what is given: "gave the Ivory Coast 5 million dollars of aid", "tons of food aid"
            "dollar", "dollars", "euro", "euros", "pound", "pounds", "ton", "tons", "tonne", "tonnes", "kg",
            "kilogram", "kilograms", "worth", "amount", "sum", "shipment", "consignment", "truckload", "truckloads",
            # spans of time an act fills: "launched 10 days of war games", "held two days of talks"
            "day", "days", "week", "weeks", "hour", "hours"}


@dataclass(frozen=True)
class Hit:
    """A trigger found in the text."""

    token: Token  # the head word: the verb, or the noun
    trigger: Any  # tidings.events.lexicon.Trigger
    start: int  # token span of the trigger words
    end: int
    light: Token | None = None  # the light verb that carries a noun trigger
    pos: str = "VERB"
    consumes: tuple[int, ...] = ()  # other tokens the trigger stands for ("support" in "sought support")


def _pos(token: Token, headline: bool) -> str | None:
    if token.pos_ == "VERB" or (token.pos_ == "ADJ" and token.tag_ in ("VBN", "VBG")):
        return "VERB"
    if token.pos_ == "NOUN" or (token.pos_ == "PROPN" and headline):
        return "NOUN"
    return None


def _headline(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) / len(words) > 0.7


def _particle_ok(token: Token, particle: str) -> bool:
    if particle == OBJECT:  # "returned the paintings to Peru", "the remains were returned"
        return any(child.dep_ in ("dobj", "nsubjpass") for child in token.children)
    for child in token.children:
        if child.dep_ in PARTICLE_DEPS and child.lower_ == particle and not any(
                o.ent_type_ in ("DATE", "TIME") for o in child.children):  # "called him a fool on Tuesday"
            return True
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and nxt.lower_ == particle


def _people_named(token: Token) -> bool:
    """"evacuated the wounded", "buried the dead": a participle with a determiner, in a noun's place, names the
    people it happened to, not an act."""
    return (token.tag_ in ("VBN", "JJ") and token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "conj")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and not any(c.dep_ in ("dobj", "agent", "nsubj") for c in token.children))


def _hyphen_modifier(token: Token) -> bool:
    """'Turkish-backed', 'rebel-held', 'US-led': a participle fused into a modifier is not an event."""
    return token.i > 0 and token.doc[token.i - 1].text in ("-", "–") and token.dep_ in ("amod", "compound", "npadvmod")


def find_hits(sent: Span, lexicon: Any, cues: Cues, blocked: set[int], places: set[int] = frozenset()) -> list[Hit]:
    """Every trigger of ``sent``, skipping tokens in ``blocked`` (words inside actor and place names); ``places``
    are the tokens of country and city names, which make a verb of travel a visit."""
    headline = _headline(sent)
    lemmas = [t.lemma_.lower() for t in sent]
    hits: list[Hit] = []
    taken: set[int] = set()
    for token in sent:
        if token.i in taken or token.i in blocked:
            continue
        lemma = lemmas[token.i - sent.start]
        if (lemma not in lexicon.lemmas and lemma not in cues.travel_verbs and lemma not in cues.naming_verbs
                and lemma not in cues.stating_verbs):
            continue
        if lexicon.is_stopped(lemmas, token.i - sent.start) or (token.pos_ == "VERB" and lexicon.stops_object(
                lemma, (c.lemma_.lower() for c in token.children if c.dep_ == "dobj"))):
            continue  # "a press conference"; "gave a long speech"
        hit = _visit(token, lemma, cues, places) if lemma in cues.travel_verbs else None
        hit = hit or (_labelled(token, cues) if lemma in cues.naming_verbs else None)
        hit = hit or (_stated(token, cues) if lemma in cues.stating_verbs else None)
        hit = hit or _multiword(token, sent, lexicon, blocked)
        if hit is None:
            pos = _pos(token, headline)
            hit = _single(token, lemma, pos, lexicon) if pos else None
        if hit is None or (hit.pos == "VERB" and (_hyphen_modifier(hit.token) or _people_named(hit.token))):
            continue
        if any(i in taken for i in range(hit.start, hit.end)):
            continue
        taken.update(range(hit.start, hit.end))
        taken.update(hit.consumes)
        hits.append(hit)
    return _lighten(hits, cues)


VISIT = Trigger(lemma="go to", pos="VERB", particle="to", type="CONSULT", mode="visit", cameo="042",
                target=("pobj:to",), note="a verb of travel to a country or capital", origin="cues.yaml:travel_verbs")


def _visit(token: Token, lemma: str, cues: Cues, places: set[int]) -> Hit | None:
    """"went to Moscow", "flew to Ankara": travel to a place (not "went to war") is a visit."""
    if token.pos_ != "VERB" or any(c.dep_ == "dobj" for c in token.children):
        return None  # "returned the paintings to Peru" is no journey
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "into"):
            if any(obj.dep_ == "pobj" and obj.i in places for obj in child.children):
                return Hit(token=token, trigger=VISIT, start=token.i, end=token.i + 1, pos="VERB")
    return None


DAMN = Trigger(lemma="call", pos="VERB", particle=None, type="ACCUSE", mode="disapprove", cameo="111",
               target=("dobj",), note="a damning label", origin="cues.yaml:naming_verbs")
DENY = Trigger(lemma="call", pos="VERB", particle=None, type="REJECT", mode=None, cameo="12",
               target=("dobj",), note="a claim labelled false", origin="cues.yaml:naming_verbs")


def _labelled(token: Token, cues: Cues) -> Hit | None:
    """"called the intervention counter-productive", "deemed the accusations unfounded slander"."""
    if token.pos_ != "VERB":
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects:  # "called the ambassador a stupid guy", parsed as one predicate with the label in apposition
        objects = [c for c in token.children if c.dep_ == "oprd" and any(a.dep_ == "appos" for a in c.children)]
    if not objects:
        return None
    label = [t for c in token.children if c.dep_ in ("oprd", "xcomp", "acomp", "prep", "ccomp") and c not in objects
             for t in c.subtree]
    label += [t for o in objects for c in o.children if c.dep_ in ("appos", "amod") for t in c.subtree]
    words = {t.lower_ for t in label} | {"".join(t.lower_ for t in label[i:i + 3]) for i in range(len(label))}
    if not words & cues.damning_labels:
        return None
    claim = any(o.lemma_.lower() in cues.claim_nouns for o in objects)
    return Hit(token=token, trigger=DENY if claim else DAMN, start=token.i, end=token.i + 1, pos="VERB")


DEMAND = Trigger(lemma="say ... must", pos="VERB", particle=None, type="REQUEST", mode=None, cameo="100",
                 target=("ccomp-subj",), note="a statement of what another must do", origin="cues.yaml:stating_verbs")
BLAME = Trigger(lemma="say ... responsible", pos="VERB", particle=None, type="ACCUSE", mode="allege", cameo="112",
                target=("ccomp-subj",), note="a statement that another is to blame", origin="cues.yaml:stating_verbs")
RULED_OUT = Trigger(lemma="say ... out of the question", pos="VERB", particle=None, type="REJECT", mode=None,
                   cameo="120", target=("ccomp-subj",), note="a statement that an act will not happen",
                   origin="cues.yaml:stating_verbs")
OF_OTHERS = (DEMAND, BLAME)  # statements about what others must do or did: events only when others are named
STATED = (*OF_OTHERS, RULED_OUT)
OUT_OF_QUESTION = ("out of the question", "out of question")


def _stated(token: Token, cues: Cues) -> Hit | None:
    """"said Qatar must mediate", "declared that China has to drop its barriers": stating what someone else must or
    should do is demanding it of them; "said Taliban militants were responsible" blames them. The one obliged or
    blamed is the active subject of the stated clause ("intervention must be avoided" obliges nobody named). Saying
    an act is "out of the question" refuses it."""
    if token.pos_ != "VERB":
        return None
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        if any(c.dep_ == "prep" and c.lower_ == "out" and " ".join(t.lower_ for t in c.subtree) in OUT_OF_QUESTION
               for c in clause.children):  # "said that lifting the ban is out of the question": refused
            return Hit(token=token, trigger=RULED_OUT, start=token.i, end=token.i + 1, pos="VERB")
        if not any(c.dep_ == "nsubj" for c in clause.children):
            continue
        obliged = clause.lemma_.lower() in cues.obliging_verbs and any(
            x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) for x in clause.children)
        obliged = obliged or any(c.dep_ == "aux" and c.lower_ in cues.obliging_modals for c in clause.children)
        if obliged:
            return Hit(token=token, trigger=DEMAND, start=token.i, end=token.i + 1, pos="VERB")
        if any(c.dep_ == "acomp" and c.lemma_.lower() in cues.blaming_words
               or c.dep_ == "prep" and c.lower_ == "behind" for c in clause.children):
            return Hit(token=token, trigger=BLAME, start=token.i, end=token.i + 1, pos="VERB")
    return None


def _multiword(token: Token, sent: Span, lexicon: Any, blocked: set[int]) -> Hit | None:
    for trigger in lexicon.multi.get(token.lemma_.lower(), ()):
        words = trigger.lemma.split()
        end = token.i + len(words)
        if end > sent.end or any(i in blocked for i in range(token.i, end)):
            continue
        objects = [c.i for c in _objects(token) if c.lemma_.lower() == words[-1]]
        particles = {c.lower_ for c in token.children if c.dep_ == "prt"}
        if trigger.pos == "VERB" and token.pos_ == "VERB" and objects and (
                len(words) == 2 or len(words) == 3 and words[1] in particles):  # "built good ties", "the deal was
            # struck", "called off the strike"
            return Hit(token=token, trigger=trigger, start=token.i, end=token.i + 1, pos="VERB",
                       consumes=tuple(objects))
        span = token.doc[token.i:end]
        if [t.lemma_.lower() for t in span] == words or [t.lower_ for t in span] == words:
            head = span.root
            head_pos = "NOUN" if head.pos_ in ("NOUN", "PROPN") else "VERB"
            if head_pos == trigger.pos:
                return Hit(token=head, trigger=trigger, start=token.i, end=end, pos=trigger.pos)
    return None


def _objects(verb: Token) -> list[Token]:
    """A verb's objects, and what a quantity or measure of it holds ("handed over 700 kg of medicine"), as
    ``_lighten`` reads a noun trigger through one."""
    out = []
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            out.append(c)
            if c.lemma_.lower() in QUANTITY:
                out += [o for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                        if o.dep_ == "pobj"]
    return out


def _single(token: Token, lemma: str, pos: str, lexicon: Any) -> Hit | None:
    for trigger in lexicon.single(lemma, pos):
        if trigger.particle and not _particle_ok(token, trigger.particle):
            continue
        return Hit(token=token, trigger=trigger, start=token.i, end=token.i + 1, pos=pos)
    return None


def _lighten(hits: list[Hit], cues: Cues) -> list[Hit]:
    """Attach noun triggers to their light verbs, and drop light verbs whose object is such a noun."""
    nouns = {h.token.i for h in hits if h.pos == "NOUN"}
    talks = {h.token.i for h in hits if h.pos == "NOUN" and h.trigger.type == "CONSULT"}
    out = []
    for hit in hits:
        token = hit.token
        if hit.pos == "VERB" and token.lemma_.lower() in cues.light_verbs:
            objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
            if any(o.i in nouns or any(c.i in nouns for c in o.conjuncts) for o in objects):
                continue
            if token.dep_ == "acl" and token.head.i in nouns:
                continue  # "the truce, negotiated by Moscow": the truce is the event, Moscow its source
        if hit.pos == "VERB" and token.lemma_.lower() in THIRD_PARTY and (
                (token.dep_ == "acl" and token.head.i in talks)
                or any(c.dep_ in ("dobj", "nsubjpass") and c.i in talks for c in token.children)):
            continue  # "talks sponsored by Russia": brokers of the talks, not supporters of anything
        if hit.pos == "NOUN":
            head = token.head
            while (token.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN")
                   or token.dep_ == "compound" and head.lemma_.lower() in CONTAINERS) and head is not head.head:
                token, head = head, head.head  # "talks and a truce", "an aid package": the whole phrase
            if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in QUANTITY:
                token = head.head  # "conducted a number of airstrikes", "hosted a series of talks"
                head = token.head
            if token.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_.lower() in cues.light_verbs:
                hit = Hit(hit.token, hit.trigger, hit.start, hit.end, light=head, pos="NOUN")
            else:
                made = next((c for c in hit.token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                             and c.lemma_.lower() in cues.light_verbs), None)
                if made is not None:  # "a truce negotiated by Moscow and Ankara"
                    hit = Hit(hit.token, hit.trigger, hit.start, hit.end, light=made, pos="NOUN")
        out.append(hit)
    return out
