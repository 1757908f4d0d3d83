"""Acts performed by reporting other acts.

- A reported act of force by someone other than the speaker is also an accusation by the speaker when the report
  lays blame: "the UN said the government's campaign could have violated the laws of war" -> ACCUSE UN ->
  government; "the army command said the attack had been perpetrated by Israel" -> ACCUSE army command -> Israel.
  A plain report ("soldiers arrested 100 people, military sources said") is the act, not an accusation.
- A future act of force governed by a verb of commitment is a threat by its subject:
  "he promises that the army will recapture the city" -> THREATEN, not a planned ASSAULT.
- A concession, aid, cooperation or withdrawal someone agrees to, offers or says they will give is a promise (PLOVER
  AGREE, modes yield, aid, cooperate; CAMEO 035, 033, 031): "Syria agreed to allow aid workers in", "the ELN
  said it will release the hostage". One already given ("said it had freed 400 prisoners") stays what it is.
- An act its actor says it will do unless another acts is an ultimatum to that other (PLOVER THREATEN, CAMEO 139):
  "Nigeria will withdraw its force unless the president arranges a ceasefire" -> THREATEN Nigeria -> Chad. What the
  other must do is the ultimatum's content, not an event of its own.
- A truce one side declares on its own is a concession, not an agreement (PLOVER CONCEDE, de-escalate).
- A cooperative act its actor says it will not perform is a refusal (PLOVER REJECT): "Hungary says it will not
  accept asylum seekers", "the Taliban will not begin talks". A past act that did not happen ("did not meet") is
  not a refusal; it stays its own type, denied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import ActorMention
from .arguments import ActorIndex, actors_of, subject_tokens
from .cues import Cues
from .status import FUTURE_MODALS, clause_verb
from .triggers import Hit

if TYPE_CHECKING:
    from spacy.tokens import Token

FORCE = {"ASSAULT", "COERCE"}
THREAT_WORDS = frozenset({"threaten", "warn"})
CLIMB = {"ccomp", "xcomp", "conj", "advcl"}


def governor(hit: Hit, words: frozenset[str], limit: int = 3) -> Token | None:
    """The nearest verb of ``words`` that governs the trigger's clause (through complement clauses)."""
    token = clause_verb(hit)
    for _ in range(limit):
        if token.dep_ not in CLIMB or token.head is token:
            return None
        token = token.head
        if token.lemma_.lower() in words:
            return token
    return None


def speaker_of(verb: Token, index: ActorIndex) -> list[ActorMention]:
    tokens, _ = subject_tokens(verb)
    found = [m for t in tokens for m in actors_of(t, index)]
    if not found:  # "according to X"
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                found += [
                    m for w in child.children for o in w.children if o.dep_ == "pobj" for m in actors_of(o, index)
                ]
    return found


def accusation(
    hit: Hit, sources: list[ActorMention], index: ActorIndex, cues: Cues
) -> tuple[Token, list[ActorMention]] | None:
    """(speech verb, speakers) when the trigger is an act of force that someone else reports."""
    if hit.trigger.type not in FORCE or not sources or (hit.pos == "NOUN" and hit.light is None):
        return None  # a bare noun ("last month's invasion") is background, not the claim being reported
    verb = governor(hit, cues.speech_verbs)
    if verb is None or not _blames(hit, cues):
        return None
    speakers = [
        s for s in speaker_of(verb, index) if s.code and all(s.code[:3] != a.code[:3] for a in sources if a.code)
    ]
    return (verb, speakers) if speakers else None


def _blames(hit: Hit, cues: Cues) -> bool:
    """Whether a reported act is told as blame: a word of blame, a passive that names the doer ("perpetrated by
    Israel"), or a guess at what was done ("could have violated")."""
    clause = clause_verb(hit)
    words = {hit.token.lemma_.lower(), clause.lemma_.lower()} | {c.lemma_.lower() for c in clause.children}
    if words & cues.blaming_words:
        return True
    if any(c.dep_ == "agent" for c in clause.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in cues.alleging_modals for c in clause.children)


AGREEING = frozenset({"agree", "consent", "accept"})  # not "decided to lift": that is the lifting
# What a promise of each kind of act is: PLOVER AGREE with its mode, and the CAMEO "express intent" code.
PROMISES = {"CONCEDE": ("yield", "035"), "AID": ("aid", "033"), "COOPERATE": ("cooperate", "031"),
            "RETREAT": ("yield", "0356")}


def pledge(hit: Hit, status: str, index: ActorIndex, cues: Cues) -> tuple[Token, list[ActorMention], str, str] | None:
    """(verb of agreeing or saying, who promises, AGREE mode, CAMEO code) when the trigger is a concession, aid or
    cooperation promised rather than given: "agreed to allow aid workers in", "said it will release the hostage",
    "pledged that it would provide the loan"."""
    promise = PROMISES.get(hit.trigger.type)
    if promise is None or hit.pos != "VERB" or status in ("proposed", "hypothetical", "denied"):
        return None  # "might be willing to cooperate" is a suggestion of cooperation, not a promise
    verb = governor(hit, AGREEING | cues.speech_verbs | cues.commitment_verbs, limit=2)
    if verb is None or (verb.lemma_.lower() not in AGREEING and status != "planned"):
        return None
    return verb, speaker_of(verb, index), *promise


def threat(hit: Hit, index: ActorIndex, cues: Cues) -> tuple[Token, list[ActorMention]] | None:
    """(commitment verb, who commits) when the trigger is a promised act of force."""
    if hit.trigger.type not in FORCE:
        return None
    verb = governor(hit, cues.commitment_verbs - THREAT_WORDS, limit=2)
    if verb is None:  # "threatened to strike" is a threat already; its strike is only what it threatens
        return None
    return verb, speaker_of(verb, index)


def ultimatum(hit: Hit, index: ActorIndex) -> tuple[Token, list[ActorMention]] | None:
    """(the verb of the "unless" clause, who must comply) when the trigger is an act its actor will do, or threatens
    to do, unless another acts."""
    if hit.pos == "NOUN" and hit.light is None:
        return None  # "its peacekeeping force" is what is withdrawn, not the act
    verb = clause_verb(hit)
    threatened = hit.trigger.type == "THREATEN"
    if not threatened and not any(c.dep_ == "aux" and c.lower_ in WILL for c in verb.children):
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")] if threatened else [verb]
    condition = next((c for h in heads for c in h.children if c.dep_ == "advcl"
                      and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)), None)
    if condition is None:
        return None
    subjects, _ = subject_tokens(condition)
    return condition, [m for t in subjects for m in actors_of(t, index)]


# What a refusal of each kind of act is: PLOVER REJECT with its mode, and the CAMEO code.
REFUSALS = {"AGREE": (None, "120"), "SUPPORT": (None, "120"), "CONSULT": ("meet", "125"),
            "COOPERATE": ("assist", "121"), "AID": ("assist", "122"), "CONCEDE": ("yield", "124"),
            "RETREAT": ("yield", "1246")}
WILL = frozenset(FUTURE_MODALS | {"would"})  # "said it would not send aid" is a refusal too


def refusal(hit: Hit) -> tuple[str, str | None, str] | None:
    """(the words that refuse, REJECT mode, CAMEO code) when the trigger is a cooperative act its subject says it
    will not perform: "it will not accept refugees", "they won't hold talks", "said it would not send aid"."""
    refused = REFUSALS.get(hit.trigger.type)
    if refused is None:
        return None
    verb = clause_verb(hit)
    neg = next((c for c in verb.children if c.dep_ == "neg" and c.lower_ in ("not", "n't", "never")), None)
    will = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in WILL), None)
    if neg is None or will is None:
        return None
    return f"'{will.text} {neg.text} {verb.text}'", *refused


ONE_SIDED = frozenset({"unilateral", "one-sided"})
DECLARING = frozenset({"declare", "announce", "order", "proclaim", "call"})


def one_sided_truce(hit: Hit, sources: list[ActorMention], targets: list[ActorMention]) -> str | None:
    """A truce one side declares on its own is a concession (PLOVER CONCEDE, de-escalation), not an agreement:
    "the ELN declared a month-long ceasefire", "Kabul announced a ceasefire with the Taliban", "a unilateral truce".
    A truce two sides announce, or one declared between others, stays AGREE. Returns the words that say so."""
    if hit.trigger.mode != "ceasefire" or hit.pos != "NOUN":
        return None
    said = next((c for c in hit.token.children if c.dep_ == "amod" and c.lower_ in ONE_SIDED), None)
    if said is not None:
        return f"'{said.text} {hit.token.text}'"
    light = hit.light
    if light is None or light.lemma_.lower() not in DECLARING:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "between" for c in hit.token.children):
        return None  # "the UN announced a truce between Israel and Hamas"
    if len({m.code or m.start for m in sources}) != 1:
        return None
    return f"'{light.text} a {hit.token.doc[hit.start:hit.end].text}' by one side"

