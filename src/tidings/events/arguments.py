"""Who acts and who is acted upon: the source and target of a trigger, read from the dependency parse.

Arguments are found as tokens first (the subject, the object, the object of "with" ...) and then mapped to
the actor mentions of the actor stage. A word that is not itself an actor can still lead to one: its
possessor ("Russia's backing"), its nationality adjective ("Russian air strikes"), its group ("members of
the opposition"), or, for a relative pronoun, what the clause describes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..actors.knowledge import ActorKB
from ..actors.naming import describe_code
from ..actors.resolve import stance
from ..nlp import char_index, sentence_of
from ..places.names import PLACE_NOUNS
from ..records import ActorMention
from .cues import Cues
from .triggers import CONTAINERS, Hit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RELATIVE = {"which", "who", "that", "whom", "whose"}
OBJECT_CONTROL = {"urge", "ask", "call", "invite", "press", "force", "allow", "help", "encourage", "persuade",
                  "tell", "order", "enable", "push", "cause", "lead", "prompt", "pressure", "want", "expect"}
PARTITIVE = {"member", "some", "many", "most", "all", "one", "two", "representative", "group", "delegation",
             "part", "leader", "each", "several", "few", "dozens", "hundreds", "thousands", "faction", "unit",
             "wing", "branch", "head", "chief", "elements", "remnant", "number", "side"}
THIRD_PARTY = {"broker", "host", "sponsor", "mediate", "organise", "organize", "convene", "facilitate", "chair",
               "arrange", "back", "support"}
MILITARY_TYPES = {"ASSAULT", "MOBILIZE"}
HOLDING = {"hold", "control", "controlled", "held", "run", "dominate", "besiege", "occupy", "lead", "led"}
SUBJECT_DEPS = {"nsubj", "csubj"}
# Places and property whose owner, named by a nationality word, is its people: "Iraqi towns", "Palestinian homes".
CIVIL_PLACES = (PLACE_NOUNS - {"base", "airbase", "outpost", "stronghold", "border", "capital", "territory", "soil",
                               "port", "airport", "prison", "state", "side", "part", "parts"}) | {
    "home", "house", "building", "farm", "shop", "property", "land", "market", "mosque", "church", "crop", "field"}
NEAREST = "target in the object's words"
ADJECTIVE_SENSE = {"general"}  # role nouns that as modifiers are adjectives: "a general strike" has no general


@dataclass
class Arguments:
    sources: list[ActorMention] = field(default_factory=list)
    targets: list[ActorMention] = field(default_factory=list)
    brokers: list[ActorMention] = field(default_factory=list)
    partners: list[ActorMention] = field(default_factory=list)  # "along with X": acting with the source
    mutual: bool = False  # "mutual accusations from X and Y": each does it to the other
    nearest: bool = False  # the targets are only the nearest actor in the trigger's words, not on a path of its own
    how: list[str] = field(default_factory=list)  # the rules that found them, for the event's explanation


class ActorIndex:
    """The article's actor mentions, looked up by the token that heads them."""

    def __init__(self, mentions: tuple[ActorMention, ...], doc: Doc, kb: ActorKB, context_country: str | None,
                 place_words: set[int] | None = None, countries: dict[int, str] | None = None):
        self.kb = kb
        self.doc = doc
        self.context_country = context_country
        self.place_words = place_words or set()  # "Kazakh" in "the Kazakh capital" names a place, not an actor
        self.countries = countries or {}  # token -> ISO3 of country names read as places ("invited to Egypt")
        by_char = char_index(doc)
        self.by_head: dict[int, list[ActorMention]] = {}
        self.covering: dict[int, ActorMention] = {}
        self.described: set[int] = set()  # "rebel backer" in "rebel backer Turkey": words about a name, not of it
        for m in mentions:
            if m.head is not None and m.head in by_char:
                self.by_head.setdefault(by_char[m.head], []).append(m)
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    if m.kind in NAMED and _described(t, span.root):
                        self.described.add(t.i)
                    else:
                        self.covering.setdefault(t.i, m)

    def at(self, token: Token) -> list[ActorMention]:
        found = self.by_head.get(token.i)
        if found and all(m.kind == "role" for m in found):
            for child in token.children:  # "Russia's foreign minister, Sergei Lavrov,": the person, by name
                named = self.by_head.get(child.i) if child.dep_ == "appos" else None
                if named and named[0].kind == "person" and named[0].code:
                    return named
        if found:
            return found
        m = self.covering.get(token.i)
        return [m] if m is not None and m.kind != "pronoun" else []

    def named_by(self, token: Token) -> list[ActorMention]:
        """The actors a word names, itself or as a nationality or role modifier."""
        found = self.at(token)
        if found:
            return found
        made = self.modifier(token)
        return [made] if made is not None else []

    def venue(self, mention: ActorMention) -> bool:
        """A country named as where a meeting is ("talks in Kazakhstan", "in Astana, Kazakhstan"), not as one of
        its parties."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.i not in self.countries:
            return False
        token = span.root
        while token.dep_ in ("appos", "conj", "npadvmod") and token.head != token:
            token = token.head  # "in Astana, Kazakhstan"
        return token.dep_ == "pobj" and token.head.lower_ in ("in", "at", "inside", "within")

    def blocked(self) -> set[int]:
        """Tokens inside the names of people, organisations and countries: never triggers. Of the words that
        describe a name, only the one that names the relation may be ("backer" in "rebel backer Turkey", not "aid"
        in "the aid agency UNHCR")."""
        named = {i for i, m in self.covering.items() if m.kind in NAMED}
        return named | {i for i in self.described if self.doc[i].head.pos_ != "PROPN"}

    def modifier(self, token: Token) -> ActorMention | None:
        """An actor named by a modifier word: a nationality ("Russian"), a country's name ("the US accusations")
        or a role ("rebel")."""
        if token.i in self.place_words or stance(token):
            return None  # "the Kazakh capital": a place, not an actor; "pro-Iranian": a stance
        iso3 = self.kb.adjectives.get(token.lower_)
        if iso3 is None:
            for entity, how in self.kb.lookup(token.text):
                if entity.kind == "country" and how == "country" and token.text[:1].isupper():
                    iso3 = entity.code
                    break
        if iso3 is not None:
            return _made(token, iso3, None, "alias", f"'{token.text}': {self.kb.countries[iso3].name}", "country",
                         self.kb)
        found = self.kb.role((token.lemma_.lower(),)) if token.lower_ not in ADJECTIVE_SENSE else None
        if found and found[0].sector and self.context_country and token.pos_ != "PROPN":  # not "President hotel"
            code = self.context_country + found[0].sector
            return _made(token, code, describe_code(self.kb, code), "context",
                         f"'{token.text}' ({found[0].sector}); the article is mostly about "
                         f"{self.kb.countries[self.context_country].name}", "role", self.kb)
        return None


def _made(token: Token, code: str, name: str | None, reason: str, detail: str, kind: str, kb: ActorKB,
          ) -> ActorMention:
    sent_index = sentence_of(token.doc)[token.i]
    return ActorMention(start=token.idx, end=token.idx + len(token.text), text=token.text, sentence=sent_index,
                        code=code, name=name or (kb.countries[code[:3]].name if code[:3] in kb.countries else None),
                        reason=reason, detail=detail, kind=kind, head=token.idx)


NAMED = ("person", "organisation", "country")


def _described(token: Token, name: Token) -> bool:
    """A word in lower case before a name, which describes it and is no part of it: "rebel backer" in "rebel
    backer Turkey", "ally" in "Assad ally Russia"."""
    return token.pos_ == "NOUN" and token.is_lower and token.i < name.i and name.pos_ == "PROPN"


def actors_of(token: Token | None, index: ActorIndex, depth: int = 0) -> list[ActorMention]:
    """The actors a word names, with its conjuncts ("Russia and Turkey")."""
    if token is None:
        return []
    out = _actor_of(token, index, depth)
    if depth == 0:
        for other in token.conjuncts:
            for m in _actor_of(other, index, depth):
                if m not in out:
                    out.append(m)
    return out


def _actor_of(token: Token, index: ActorIndex, depth: int) -> list[ActorMention]:
    found = index.at(token)
    if found:
        return list(found)
    if depth > 2:
        return []
    if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
        return actors_of(token.head.head, index, depth + 1)
    if token.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ", "DET"):
        return []
    for child in token.children:
        if child.dep_ == "poss":
            found = actors_of(child, index, depth + 1)
            if found:
                return found
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.i < token.i:
            found = index.named_by(child) or [m for c in child.children if c.dep_ == "compound" and c.i < child.i
                                              for m in index.named_by(c)]  # "US Predator attacks"
            if found:
                return _people_of(found, index.kb) if token.lemma_.lower() in CIVIL_PLACES else found
    for child in token.children:  # "rebel-held districts", "militant controlled sites": their holders
        if child.dep_ == "amod" and child.lemma_.lower() in HOLDING:
            for holder in child.children:
                if holder.dep_ in ("npadvmod", "compound", "nmod", "amod") and holder.i < child.i:
                    found = index.named_by(holder)
                    if found:
                        return found
    if token.pos_ == "PROPN":
        for child in token.children:  # "Kenzo Oshima, the UN relief coordinator,": a person known by an office
            if child.dep_ == "appos":
                found = index.at(child)
                if found:
                    return list(found)
    partitive = token.lemma_.lower() in PARTITIVE or token.pos_ in ("NUM", "DET")
    for prep in token.children:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or partitive and prep.lower_ == "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return actors_of(obj, index, depth + 1)  # "the credibility of X", "members of X"
    return []


def _people_of(found: list[ActorMention], kb: ActorKB) -> list[ActorMention]:
    """"Iraqi towns", "Palestinian homes": a nationality on a place or property names its people (CVL)."""
    out = []
    for m in found:
        if m.kind == "country" and m.code and len(m.code) == 3:
            m = ActorMention(m.start, m.end, m.text, m.sentence, m.code + "CVL", describe_code(kb, m.code + "CVL"),
                             m.reason, (m.detail or "") + "; its people's places", "role", m.head)
        out.append(m)
    return out


def subject_tokens(verb: Token, depth: int = 0) -> tuple[list[Token], str]:
    """The subject of a verb, inherited through control, coordination and participles when it has none."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return [child], "subject"
    if depth:  # a verb that shares its subject with a passive one: "Ankara was angered ... and attempted to"
        passives = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if passives:
            return passives, "subject"
    for child in verb.children:
        if child.dep_ == "agent":
            return [c for c in child.children if c.dep_ == "pobj"], "agent"
    if depth > 3 or verb.head is verb:
        return [], ""
    head, dep = verb.head, verb.dep_
    if dep == "xcomp":
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        if objects and head.lemma_.lower() in OBJECT_CONTROL:
            return objects, "object-control"
        raised = [c for c in head.children if c.dep_ == "nsubjpass"]
        if raised:  # "the rebels are set to attend", "X was forced to withdraw"
            return raised, "subject-control"
        tokens, _ = subject_tokens(head, depth + 1)
        return tokens, "subject-control"
    if dep in ("conj", "advcl", "acomp"):
        tokens, _ = subject_tokens(head, depth + 1)
        return tokens, f"shared-subject ({dep})"
    if dep == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and head.dep_ in (
            "dobj", "attr") and head.head.pos_ in ("VERB", "AUX"):
        tokens, _ = subject_tokens(head.head, depth + 1)  # "signalled willingness to back X", "made efforts to"
        return tokens, "subject of the noun's verb"
    if dep == "acl" and verb.tag_ == "VBG":
        return [head], "participle"
    if dep == "pcomp":
        return subject_tokens(head.head, depth + 1) if head.head is not head else ([], "")
    return [], ""


def passive(verb: Token) -> bool:
    """A passive verb, or a past participle heading a reduced clause ("groups backed by X", "Asked about Y, Z")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))


def _by_path(token: Token, path: str) -> list[Token]:
    """Tokens at one target path: ``dobj``, ``dative``, ``poss``, ``ccomp-subj`` or ``pobj:PREP``."""
    if path.startswith("pobj:"):
        want = path[5:]
        out = []
        for child in token.children:
            if child.dep_ in ("prep", "dative", "agent") and child.lower_ == want:
                out += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ in ("advcl", "ccomp", "xcomp") and any(
                    m.dep_ == "mark" and m.lower_ == want for m in child.children):
                out += [c for c in child.children if c.dep_ in SUBJECT_DEPS]  # "called for X to join"
        return out
    if path == "ccomp-subj":
        return [s for c in token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in SUBJECT_DEPS]
    if path == "dative":
        return [c for c in token.children if c.dep_ == "dative"] + _by_path(token, "pobj:to")
    return [c for c in token.children if c.dep_ == path]


def find_arguments(hit: Hit, index: ActorIndex, cues: Cues) -> Arguments:
    args = Arguments()
    if hit.pos == "VERB":
        _verb_arguments(hit, index, cues, args)
    else:
        _noun_arguments(hit, index, cues, args)
    args.mutual = _mutual(hit)
    if hit.trigger.type == "PROTEST" and not args.targets:
        args.targets = _protested(hit, index, args.sources)
        if args.targets:
            args.how.append("target named by what the protest is for or against")
    if hit.trigger.type in MILITARY_TYPES:
        args.sources = [_military(m, index.kb) for m in args.sources]
        args.partners = [_military(m, index.kb) for m in args.partners]
    args.sources = [_sectored(m, hit.trigger.type) for m in args.sources]
    args.targets = [_sectored(m, hit.trigger.type) for m in args.targets]
    return args


MUTUAL = frozenset({"mutual", "reciprocal"})
TRADING = frozenset({"trade", "exchange", "swap"})
TIES = frozenset({"tie", "relation", "relationship"})


def _mutual(hit: Hit) -> bool:
    """An act each of its actors does to the other: "mutual accusations", "traded accusations"."""
    words = [hit.token, *(hit.token.doc[i] for i in hit.consumes)]
    return (hit.pos == "VERB" and hit.token.lemma_.lower() in TRADING and len(words) > 1) or any(
        c.dep_ == "amod" and c.lemma_.lower() in MUTUAL for w in words for c in w.children) or any(
        w.lemma_.lower() in TIES and any(c.dep_ == "poss" and c.lower_ == "their" for c in w.children)
        for w in words)  # "Czechia and Albania upgraded their ties": each with the other


def _sectored(m: ActorMention, kind: str) -> ActorMention:
    """A bare country from a nationality word acts through its government, or by force through its military."""
    if m.code and len(m.code) == 3 and m.kind == "country" and m.reason == "alias":
        sector = "MIL" if kind in MILITARY_TYPES else "GOV"
        return ActorMention(m.start, m.end, m.text, m.sentence, m.code + sector, m.name, m.reason, m.detail, m.kind,
                            m.head)
    return m


def _military(m: ActorMention, kb: ActorKB) -> ActorMention:
    """A state that attacks or deploys acts through its armed forces: "Russia struck", "Putin began bombing"."""
    if m.code and m.code[:3] in kb.countries and m.code[3:6] in ("", "GOV") and len(m.code) <= 6:
        code = m.code[:3] + "MIL"
        return ActorMention(m.start, m.end, m.text, m.sentence, code, m.name, m.reason,
                            (m.detail or "") + "; acting by force: its military", m.kind, m.head)
    return m


def _verb_arguments(hit: Hit, index: ActorIndex, cues: Cues, args: Arguments) -> None:
    verb = hit.token
    subjects, rule = subject_tokens(verb)
    if hit.trigger.target[:1] == ("agent",) and not passive(verb):
        # "the US support angered Ankara": Ankara (the one who feels) disapproves of the US
        args.sources = [m for c in verb.children if c.dep_ == "dobj" for m in actors_of(c, index)]
        args.targets = [m for t in subject_tokens(verb)[0] for m in actors_of(t, index)]
        args.how.append("feeling: its object disapproves of its subject")
        return
    if passive(verb) and hit.trigger.target[:1] == ("agent",):
        # verbs of feeling: "Ankara was angered by the US" -- the one who feels acts (disapproves) toward the agent
        args.sources = [m for c in verb.children if c.dep_ == "nsubjpass" for m in actors_of(c, index)]
        args.targets = [m for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"
                        for m in actors_of(t, index)]
        args.how.append("feeling: its subject disapproves of its agent")
        return
    if passive(verb) and verb.lemma_.lower() in cues.stance_participles and not any(
            c.dep_ == "agent" for c in verb.children):  # "Israel is opposed to French mediation": Israel's stance
        args.sources = [m for c in verb.children if c.dep_ == "nsubjpass" for m in actors_of(c, index)]
        args.targets = _first(("pobj:to",), verb, index)
        args.how.append("a stance of its subject")
        return
    if passive(verb):
        targets = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not targets and verb.dep_ == "acl":
            targets = [verb.head]
        elif not targets and verb.dep_ == "advcl":
            targets, _ = subject_tokens(verb.head)
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        args.sources = [m for t in agents for m in actors_of(t, index)]
        args.targets = [m for t in targets for m in actors_of(t, index)]
        args.how.append("passive")
        if not args.targets:
            args.targets = _first(hit.trigger.target, verb, index, skip=("dobj",))
        return
    args.sources = [m for t in subjects for m in actors_of(t, index)]
    if not args.sources and rule == "participle" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB":
        subjects, _ = subject_tokens(verb.head.head)  # "the PKK issued a declaration demanding": the PKK demands
        args.sources = [m for t in subjects for m in actors_of(t, index)]
        if args.sources:
            rule = f"subject of '{verb.head.head.text}', whose object the participle describes"
    if rule:
        args.how.append(rule)
    args.partners = _partners(verb, index, cues)
    armed = hit.trigger.type in MILITARY_TYPES
    args.targets = _own(_first(hit.trigger.target, verb, index, skip=("pobj:with",) if args.partners else ()),
                        args.sources, armed)
    if not args.targets and "dobj" not in hit.trigger.target:
        args.targets = _own(_first(("dobj",), verb, index), args.sources, armed)
    if not args.targets:
        _guess(args, _nearest(verb, index, args.sources, others=True, armed=armed), hit.trigger.type, index)


def _own(targets: list[ActorMention], sources: list[ActorMention], armed: bool) -> list[ActorMention]:
    """No targets when they are only the source itself, or for an act of force its own army ("Britain mobilised
    its reservists", "Israel strengthened its forces in Lebanon"): the act is aimed elsewhere, if at anyone."""
    codes = _kin(sources, armed)
    return [] if codes and all(m.code in codes for m in targets) else targets


def _kin(actors: list[ActorMention], armed: bool = True) -> set[str]:
    """The actors' codes, with (if ``armed``) the armed forces of any state among them."""
    codes = {m.code for m in actors if m.code}
    return codes | {c[:3] + "MIL" for c in codes if armed and c[3:] in ("", "GOV", "MIL")}


def _partners(verb: Token, index: ActorIndex, cues: Cues) -> list[ActorMention]:
    """Actors that act together with the subject: "along with X", "together with X", "alongside X"."""
    out: list[ActorMention] = []
    for child in verb.children:
        if child.dep_ in ("prep", "advmod") and child.lower_ in cues.comitative_heads:
            # "alongside X", or "along with X" / "together with X" (but not "along the border")
            objects = [c for c in child.children if c.dep_ == "pobj"] if child.lower_ == "alongside" else []
            objects += [o for w in child.children if w.dep_ == "prep" and w.lower_ == "with"
                        for o in w.children if o.dep_ == "pobj"]
            out += [m for o in objects for m in actors_of(o, index)]
    return out


def _first(paths: tuple[str, ...], token: Token, index: ActorIndex, skip: tuple[str, ...] = ()) -> list[ActorMention]:
    """The actors at the first target path that has any."""
    for path in paths:
        if path in skip:
            continue
        found = [m for t in _by_path(token, path) for m in actors_of(t, index)]
        if found:
            return found
    return []


# Where a target may hide when no path of the trigger found one: in the objects and complements of the trigger,
# never in its subject, an adverbial clause or a coordinated verb (another event's words).
INTO = {"dobj", "dative", "prep", "pobj", "xcomp", "ccomp", "oprd", "attr", "acomp", "pcomp", "nsubj", "nsubjpass",
        "appos", "poss", "compound", "amod", "nmod", "conj", "acl", "relcl", "agent"}  # "the rally staged by students"
TOP_SKIP = {"nsubj", "nsubjpass", "csubj", "agent", "conj", "advcl", "mark", "aux", "auxpass", "neg",
            "punct", "cc", "parataxis"}


def _nearest(head: Token, index: ActorIndex, taken: list[ActorMention], skip_modifiers: bool = False,
             limit: int = 4, others: bool = False, armed: bool = False) -> list[ActorMention]:
    """The nearest actor in the words a trigger governs ("offered to hand over to Great Britain", "threatened
    action against Russia", "rejected calls by Belarus"), breadth first. With ``others``, an actor coded as one
    already taken is passed over ("to show their disapproval of the US": not "their"), and with ``armed`` also the
    army of a state taken."""
    seen = {m.start for m in taken}
    codes = _kin(taken, armed) if others else set()
    level = [c for c in head.children if c.dep_ not in TOP_SKIP
             and not (skip_modifiers and c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < head.i)]
    for _ in range(limit):
        following = []
        for token in level:
            found = [m for m in index.named_by(token) if m.start not in seen and m.code and m.code not in codes]
            if found:
                return found
            following += [c for c in token.children if c.dep_ in INTO]
        level = following
    return []


PROTESTED = {"against", "over", "at", "in", "about", "for", "following", "after"}  # "rioted after the verdict"


def _protested(hit: Hit, index: ActorIndex, sources: list[ActorMention]) -> list[ActorMention]:
    """Whom a protest is aimed at, read from its purpose: "marched to demand reforms by Suharto's government",
    "a hunger strike in protest of the Russian government's refusal", "rallied against the United States' policies".
    The purpose is a to-clause, a participle ("calling for") or a preposition of the protest or of the verb that
    carries it; the protesters themselves are skipped."""
    heads = [hit.token]
    if hit.light is not None:
        heads.append(hit.light)
    elif hit.token.dep_ in ("dobj", "pobj") and hit.token.head.pos_ in ("VERB", "ADP"):
        heads.append(hit.token.head if hit.token.dep_ == "dobj" else hit.token.head.head)
    for head in heads:
        for child in head.children:
            purpose = (child.dep_ in ("advcl", "xcomp", "acl") and (
                child.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))) or (
                child.dep_ == "prep" and child.lower_ in PROTESTED)
            if purpose:
                found = _nearest(child, index, sources, limit=6, others=True)
                if found:
                    return found
    return []


def _noun_arguments(hit: Hit, index: ActorIndex, cues: Cues, args: Arguments) -> None:
    noun = hit.token
    lemma = noun.lemma_.lower()
    if lemma in cues.agent_nouns or noun.text.lower() in cues.agent_nouns:
        holder = _agent_holder(noun)
        if holder is not None:
            # "Russia, a backer of X, and Turkey": Russia only; "allies Iran and Russia": both
            args.sources = actors_of(holder, index, depth=0 if holder.head == noun else 1)
            args.targets = _first(("pobj:of", "pobj:to", "pobj:for"), noun, index) or _modifier_actors(noun, index)
            args.how.append("agent-noun")
            return
    own = _modifier_actors(noun, index, topics=hit.trigger.type == "CONSULT")
    whole = noun.head if noun.dep_ == "compound" and noun.head.lemma_.lower() in CONTAINERS else None
    if whole is not None and not own:  # "China's aid package": the package's owner gives the aid
        own = _modifier_actors(whole, index)
    by = [m for t in _by_path(noun, "pobj:by") for m in actors_of(t, index)]
    if hit.light is not None:
        light = hit.light
        if passive(light):
            by = by or [p for c in light.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"
                        for p in actors_of(t, index)]
        else:
            subjects, rule = subject_tokens(light)
            args.sources = [m for t in subjects for m in actors_of(t, index)]
            args.how.append(f"light-verb {light.lemma_} ({rule})")
    state = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else None
    if hit.light is None and state is not None and state.pos_ in ("VERB", "AUX") and not passive(state):
        subjects, _ = subject_tokens(state)  # "troops remained on alert", "they went on a hunger strike"
        args.sources = [m for t in subjects for m in actors_of(t, index)]
        if args.sources:
            args.how.append(f"subject of '{state.text} on'")
    brokers = _brokers(noun, index)
    if brokers:
        args.brokers = brokers
        args.how.append("brokered")
    if not args.sources:
        args.sources = own or by or _container_subject(noun, index, hit.trigger.type) or _from_actors(noun, index, hit)
    if not args.sources and hit.trigger.type in MOVES:
        args.sources = _movers(noun, index)
        if args.sources:
            args.how.append("who withdraws, deploys or leaves")
    args.targets = _first(hit.trigger.target, noun, index)
    if not args.targets and whole is not None:
        args.targets = _first(hit.trigger.target, whole, index)  # "an aid package for Yemen"
    if hit.trigger.type == "REQUEST" and hit.trigger.mode == "meet":
        args.targets = _invitees(noun, index, args.sources + own + by) or args.targets
    if not args.targets and noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        args.targets = _first(hit.trigger.target, noun.head, index)  # "training and weaponry for the rebels"
    if not args.targets and hit.light is not None:
        args.targets = _first(hit.trigger.target, hit.light, index, skip=("dobj",))
        if not args.targets:  # "gave the Ivory Coast 5 million dollars of aid"
            args.targets = _first(("dative",), hit.light, index)
    phase = _phase(noun) if hit.trigger.type in MOVES else None
    if not args.targets and phase is not None:
        args.targets = _first(hit.trigger.target, phase, index)  # "speeded up the withdrawal from Panama"
    if not args.targets:
        moving = _of_actors(noun, index) if hit.trigger.type in MOVES else []  # the forces withdrawn are not whom
        guessed = _nearest(noun, index, args.sources + own + by + moving, skip_modifiers=True, others=True,
                           armed=hit.trigger.type in MILITARY_TYPES)
        _guess(args, guessed, hit.trigger.type, index)


WHERE_NOT_WHOM = {"CONSULT", "MOBILIZE"}  # "talks in Kazakhstan", "troops in Lebanon": a country there is a place


def _guess(args: Arguments, targets: list[ActorMention], kind: str, index: ActorIndex) -> None:
    """Take the nearest actor in a trigger's words as its target, and say it was only the nearest."""
    if kind in WHERE_NOT_WHOM:
        targets = [m for m in targets if not index.venue(m)]
    args.targets = targets
    if targets:
        args.how.append(NEAREST)
        args.nearest = True


ENGAGED = {"engage", "involve", "embroil", "locked", "lock", "mire"}  # "were engaged in", "are locked in" fighting
MOVES = {"RETREAT", "MOBILIZE"}
PHASES = {"begin", "start", "complete", "finish", "continue", "speed", "accelerate", "resume", "conclude", "hasten",
          "order", "carry"}  # verbs of a movement's course: their subject moves ("the US speeded up the withdrawal")


def _phase(noun: Token) -> Token | None:
    """The verb of a movement's course that governs the noun ("speeded up the withdrawal"), if one does."""
    return noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in PHASES else None


def _of_actors(noun: Token, index: ActorIndex) -> list[ActorMention]:
    return [m for t in _by_path(noun, "pobj:of") for m in actors_of(t, index)]


def _movers(noun: Token, index: ActorIndex) -> list[ActorMention]:
    """Who withdraws or deploys in a noun with no owner: the subject of a verb of its course ("the US completed
    the withdrawal"), else the forces it is of ("the deployment of NATO troops")."""
    phase = _phase(noun)
    if phase is not None:
        subjects, _ = subject_tokens(phase)
        found = [m for t in subjects for m in actors_of(t, index)]
        if found:
            return found
    return _of_actors(noun, index)


def _invitees(noun: Token, index: ActorIndex, taken: list[ActorMention]) -> list[ActorMention]:
    """Everyone an invitation goes to: "invitations sent to UN representatives and observers from Britain, China
    ..., as well as to Egypt, Jordan ...". Invitations go to lists, so every actor (or country) in its words counts."""
    seen = {m.start for m in taken}
    out: list[ActorMention] = []
    for token in noun.subtree:
        if token.i == noun.i or token.dep_ in ("poss",) and token.head.i == noun.i:
            continue
        found = index.at(token)
        if not found and token.i in index.countries:
            iso3 = index.countries[token.i]
            found = [_made(token, iso3 + "GOV", None, "alias", f"'{token.text}': {index.kb.countries[iso3].name}'s "
                           "government, invited", "country", index.kb)]
        for m in found:
            if m.code and m.start not in seen and all(m.code != o.code for o in out):
                out.append(m)
                seen.add(m.start)
    return out


def _modifier_actors(noun: Token, index: ActorIndex, topics: bool = False) -> list[ActorMention]:
    """Actors among a noun's own modifiers: "Russia's", "Russian", "Hezbollah" in "Hezbollah attacks". With
    ``topics``, a country's bare name is what the noun is about ("the Syria talks"), not who acts."""
    out: list[ActorMention] = []
    for child in noun.children:
        if child.i > noun.i:
            continue
        if topics and child.dep_ in ("compound", "nmod") and child.lower_ not in index.kb.adjectives and any(
                e.kind == "country" for e, _ in index.kb.lookup(child.text)):
            continue
        if child.dep_ == "poss":
            out += actors_of(child, index)
        elif child.dep_ in ("amod", "compound", "nmod"):
            out += index.named_by(child)
            for other in child.conjuncts:
                if other.i < noun.i:
                    out += index.named_by(other)
    owners = any(c.dep_ == "poss" for c in noun.children) and any(m.code and m.reason != "context" for m in out)
    if owners:  # "Croatia's military advance": the role word is the owner's, not the article country's
        out = [m for m in out if m.reason != "context" or m.kind != "role"]
    return out


def _agent_holder(noun: Token) -> Token | None:
    """The actor an agent noun describes: "Russia, a key backer" / "Russia is a backer" / "rebel backer Turkey" /
    "regime allies Iran and Russia"."""
    named = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is not None:
        return named
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
    if noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "PROPN":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
        subjects, _ = subject_tokens(noun.head.head)  # "Iran, which stands with Moscow as a main ally of X"
        return subjects[0] if subjects else None
    return None


def _brokers(noun: Token, index: ActorIndex) -> list[ActorMention]:
    """Those who broker, host or sponsor the talks: "talks brokered by Ankara and Moscow"."""
    out: list[ActorMention] = []
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in THIRD_PARTY:
            out += [m for a in child.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"
                    for m in actors_of(p, index)]
    return out


def _container_subject(noun: Token, index: ActorIndex, kind: str) -> list[ActorMention]:
    """"Rebels are in talks with Russia", "youths threw stones during demonstrations": the subject of the verb the
    noun's preposition hangs from. "During" makes one a party only to a protest or a fight; "said during a
    meeting" is where something was said."""
    prep = noun.head
    preps = ("in", "into", "at", "during") if kind in ("PROTEST", "ASSAULT") else ("in", "into", "at")
    if noun.dep_ == "pobj" and prep.lower_ in preps and prep.head.pos_ in ("VERB", "AUX"):
        subjects, _ = subject_tokens(prep.head)
        if not subjects and prep.head.lemma_.lower() in ENGAGED:  # "Serb forces were engaged in ethnic cleansing"
            subjects = [c for c in prep.head.children if c.dep_ == "nsubjpass"]
        return [m for t in subjects for m in actors_of(t, index)]
    return []


def _from_actors(noun: Token, index: ActorIndex, hit: Hit) -> list[ActorMention]:
    if hit.trigger.type in ("ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"):
        return [m for t in _by_path(noun, "pobj:from") for m in actors_of(t, index)]
    return []


def actor_for_place(place: Any, kb: ActorKB, sector: str) -> ActorMention | None:
    """The people or government of a place, for an act on a place with no named target."""
    if not place.country or place.country not in kb.countries:
        return None
    code = place.country + sector
    return ActorMention(place.start, place.end, place.text, place.sentence, code, describe_code(kb, code),
                        "context", f"the people of {place.name or place.text}", "role", None)
