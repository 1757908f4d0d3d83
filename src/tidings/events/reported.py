"""Acts performed by reporting other acts.

- A reported act of force by someone other than the speaker is also an accusation by the speaker when the report
  lays blame: "the UN said the government's campaign could have violated the laws of war" -> ACCUSE UN ->
  government; "the army command said the attack had been perpetrated by Israel" -> ACCUSE army command -> Israel.
  A plain report ("soldiers arrested 100 people, military sources said") is the act, not an accusation.
- A future act of force governed by a verb of commitment is a threat by its subject:
  "he promises that the army will recapture the city" -> THREATEN, not a planned ASSAULT. So is force, coercion or
  a sanction an actor says it will use or means to ("farmers said they would blockade Paris", "Greece plans to
  impose restrictions"): CAMEO's threats (13). Someone else's forecast ("analysts said Hamas would attack") is no
  threat.
- A concession, aid, cooperation, withdrawal, meeting or backing someone agrees to, offers or says they will give is
  a promise (PLOVER AGREE, modes yield, aid, cooperate, meet; CAMEO's "express intent" codes 03x): "Syria agreed
  to allow aid workers in", "the ELN said it will release the hostage", "Finland will give Tanzania a grant",
  "Putin will meet Erdogan". Willingness to give aid or withdraw is an offer ("is willing to provide a loan");
  willingness to work together stays a suggestion of it. One already given ("said it had freed 400 prisoners")
  stays what it is.
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
from .arguments import TOP_SKIP, ActorIndex, Arguments, actors_of, subject_tokens
from .cues import Cues
from .status import FUTURE_MODALS, clause_verb
from .triggers import Hit

if TYPE_CHECKING:
    from spacy.tokens import Token

FORCE = {"ASSAULT", "COERCE"}
# What an actor says it will do to another is a threat: PLOVER THREATEN mode and CAMEO code by the act threatened.
THREATS = {"ASSAULT": ("violence", "138"), "COERCE": (None, "130"), "SANCTION": (None, "131")}
THREATENED = frozenset(THREATS)
THREAT_WORDS = frozenset({"threaten", "warn"})
WILL = frozenset(FUTURE_MODALS | {"would"})  # "said it would not send aid" is a refusal too
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
# Willingness to give something (aid, a withdrawal) is an offer of it; willingness to talk or work together stays a
# suggestion of that cooperation (GUIDELINES: "Russia was willing to work with all parties" is COOPERATE, proposed).
WILLING = frozenset({"willing", "ready", "prepared"})
OFFERED = frozenset({"AID", "RETREAT"})
# What a promise of each kind of act is: PLOVER AGREE with its mode, and the CAMEO "express intent" code.
PROMISES = {"CONCEDE": ("yield", "035"), "AID": ("aid", "033"), "COOPERATE": ("cooperate", "031"),
            "RETREAT": ("yield", "0356"), "CONSULT": ("meet", "036"), "SUPPORT": (None, "030")}


def pledge(hit: Hit, status: str, index: ActorIndex, cues: Cues) -> tuple[Token, list[ActorMention], str, str] | None:
    """(the word that promises, who promises, AGREE mode, CAMEO code) when the trigger is a concession, aid,
    cooperation, withdrawal, meeting or backing promised rather than given: "agreed to allow aid workers in", "said
    it will release the hostage", "pledged that it would provide the loan", "Finland will give Tanzania a grant",
    "is willing to withdraw its troops". Who promises is left empty when it is the act's own subject."""
    promise = PROMISES.get(hit.trigger.type)
    if promise is None or status == "denied":
        return None
    if status == "proposed":  # "is willing to provide a loan": an offer of something to give
        said = intent(hit, WILLING) if hit.trigger.type in OFFERED else None
        return (said, [], *promise) if said is not None else None  # "willing to work with": a suggestion
    verb = governor(hit, AGREEING | cues.speech_verbs | cues.commitment_verbs, limit=2) if hit.pos == "VERB" else None
    if verb is None:  # "Finland will give Tanzania a grant", "they would meet the mediator if ...": an offer
        said = intent(hit)
        return (said, [], *promise) if said is not None and status in ("planned", "hypothetical") else None
    if status == "hypothetical" or verb.lemma_.lower() not in AGREEING and status != "planned":
        return None
    return verb, speaker_of(verb, index), *promise


def threat(
    hit: Hit, sources: list[ActorMention], index: ActorIndex, cues: Cues
) -> tuple[Token, list[ActorMention]] | None:
    """(the word that commits, who commits) when the trigger is an act of force its actor promises or says it
    means to do: "he promises the army will recapture the city", "farmers said they would blockade Paris",
    "Greece plans to impose restrictions". "Threatened to strike" is a threat already: its strike is only what
    it threatens. A prediction by someone else ("analysts said Russia would strike") is no threat."""
    if hit.trigger.type not in THREATENED:
        return None
    verb = governor(hit, cues.commitment_verbs - THREAT_WORDS, limit=2)
    if verb is not None:
        return (verb, speaker_of(verb, index)) if hit.trigger.type in FORCE else None
    if governor(hit, THREAT_WORDS, limit=2) is not None:
        return None
    said = intent(hit, cues.intending_words)
    if said is None:
        return None
    teller = governor(hit, cues.speech_verbs, limit=2)
    if teller is not None and not _same_side(speaker_of(teller, index), sources):
        return None
    return said, []


def intent(hit: Hit, words: frozenset[str] = frozenset()) -> Token | None:
    """The word by which the act's own subject says it will do it: a modal ("they would blockade Paris", "Finland
    will give a grant") or, among ``words``, one of intent ("plans to impose", "is prepared to use force").
    None for a passive ("the talks will be held"), a negation (that is a refusal) or an act with no subject."""
    if hit.pos == "NOUN" and hit.light is None:
        return None
    verb = clause_verb(hit)
    if any(c.dep_ in ("nsubjpass", "auxpass", "neg") for c in verb.children):
        return None
    modal = _modal(verb)
    if modal is not None:
        return modal if any(c.dep_ == "nsubj" for c in verb.children) else None
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in words and head.lower_ not in words:
        return None
    if any(c.dep_ in ("neg", "nsubjpass") for c in head.children):
        return None
    owner = head.head if head.dep_ == "acomp" else head  # "is prepared to": the subject is the copula's
    return head if any(c.dep_ == "nsubj" for c in owner.children) else None


def _modal(verb: Token) -> Token | None:
    """The will or would of a verb ("will withdraw", "would not send")."""
    return next((c for c in verb.children if c.dep_ == "aux" and c.lower_ in WILL), None)


def promise_words(verb: Token, hit: Hit) -> str:
    """The words that make an act a promise or threat, quoted: "'promises'", "'would blockade'", "'plans to impose'"."""
    act = clause_verb(hit)
    if verb.dep_ == "aux":
        return f"'{verb.text} {act.text}'"
    if act.head is verb and act.dep_ == "xcomp":
        return f"'{verb.text} to {act.text}'"
    return f"'{verb.text}'"


def _same_side(speakers: list[ActorMention], sources: list[ActorMention]) -> bool:
    """Whether those who say it are, by country, those who would act (when either is unknown, taken as so)."""
    if not speakers or not sources:
        return True
    codes = {s.code[:3] for s in sources if s.code}
    return any(s.code and s.code[:3] in codes for s in speakers) or not codes


def ultimatum(hit: Hit, index: ActorIndex) -> tuple[Token, list[ActorMention]] | None:
    """(the verb of the "unless" clause, who must comply) when the trigger is an act its actor will do, or threatens
    to do, unless another acts; a threat "if" another acts is one too."""
    if hit.pos == "NOUN" and hit.light is None:
        return None  # "its peacekeeping force" is what is withdrawn, not the act
    verb = clause_verb(hit)
    threatened = hit.trigger.type == "THREATEN"
    if not threatened and _modal(verb) is None:
        return None
    heads = [verb, *(c for c in verb.children if c.dep_ == "xcomp")] if threatened else [verb]
    marks = ("unless", "if") if threatened else ("unless",)  # "threatened to stop talks if the US deploys"
    condition = next((c for h in heads for c in h.children if c.dep_ == "advcl"
                      and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)), None)
    if condition is None:
        return None
    subjects, _ = subject_tokens(condition)
    return condition, [m for t in subjects for m in actors_of(t, index)]


ANSWERED = frozenset({"REQUEST", "AGREE"})  # a demand, an offer, an invitation: refusing one answers its maker


def answered(hit: Hit, found: list[tuple[Hit, Arguments]], taken: list[ActorMention]
             ) -> tuple[list[ActorMention], str] | None:
    """(target, why) for a threat, refusal, sanction or restriction with no target of its own, from the act it is
    about: that act's target ("threatened to shell Iraqi towns", "threatened restrictions against German goods"),
    the maker of a demand, offer or invitation refused ("rejected an offer from Afghanistan", "refused to respond to
    a demand from the US President"), or those who hold a protest stopped. The nearest act below the trigger's verb
    that names someone other than ``taken`` counts, never one in its subject."""
    verb = hit.light if hit.light is not None else hit.token
    codes = {m.code for m in taken}
    inner = sorted((depth, n) for n, (other, _) in enumerate(found)
                   if other is not hit and (depth := _below(other.token, verb)) is not None)
    for _, n in inner:
        other, args = found[n]
        if hit.trigger.type == "REJECT" and other.trigger.type in ANSWERED and other.pos == "NOUN":
            makers = [m for m in args.sources if m.code not in codes]
            if makers:
                return makers, f"the maker of the {other.token.text} refused"
        if other.trigger.type == "PROTEST":  # "police prevented the rally staged by students": at the students
            protesters = [m for m in args.sources if m.code not in codes]
            if protesters:
                return protesters, f"those who hold the {other.token.text}"
        targets = [m for m in args.targets if m.code not in codes]
        if targets:
            return targets, f"the target of the {other.token.text}"
    return None


def _below(token: Token, verb: Token, limit: int = 6) -> int | None:
    """How many steps down from ``verb`` ``token`` is, through objects and complements only."""
    steps = 0
    while token.head is not token and steps < limit:
        if token.head == verb:
            return steps + 1 if token.dep_ not in TOP_SKIP else None
        if token.dep_ == "advcl":
            return None  # "free of the truce if attacks continue": a condition, not what is threatened
        token, steps = token.head, steps + 1
    return None


# What a refusal of each kind of act is: PLOVER REJECT with its mode, and the CAMEO code.
REFUSALS = {"AGREE": (None, "120"), "SUPPORT": (None, "120"), "CONSULT": ("meet", "125"),
            "COOPERATE": ("assist", "121"), "AID": ("assist", "122"), "CONCEDE": ("yield", "124"),
            "RETREAT": ("yield", "1246")}


def refusal(hit: Hit) -> tuple[str, str | None, str] | None:
    """(the words that refuse, REJECT mode, CAMEO code) when the trigger is a cooperative act its subject says it
    will not perform: "it will not accept refugees", "they won't hold talks", "said it would not send aid"."""
    refused = REFUSALS.get(hit.trigger.type)
    if refused is None:
        return None
    verb = clause_verb(hit)
    neg = next((c for c in verb.children if c.dep_ == "neg" and c.lower_ in ("not", "n't", "never")), None)
    will = _modal(verb)
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

