"""Mentions of negotiations in one sentence, each read for its name, place, date, status and parties.

A mention is a negotiation noun ("talks", "the Vienna meeting", "Russia's Peace Congress") or a verb of meeting
("Lavrov met Cavusoglu in Alanya"). Its parties are read from the words around it: who hosts, brokers or
mediates it, who takes part, who is invited and who stays away.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..events.cues import load_cues
from ..records import PlaceMention
from .lexicon import (
    AHEAD,
    ANAPHORIC,
    BEFORE,
    BROKER_VERBS,
    DECLINE_VERBS,
    EARLIER,
    END_VERBS,
    INVITE,
    KINDS,
    LATER,
    LINKING_PREPS,
    MANNER,
    MEET_VERBS,
    NAMED_ONLY,
    PARTICIPATE,
    VENUE_PREPS,
    WITH_PREPS,
)
from .parties import AGREEMENTS, Parties, noun_parties
from .reading import Reader, clause, governor, subject_of
from .status import clause_status, noun_status

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs whose tense and modality are the negotiation's own when it is their object ("held talks", "hosted the
# meeting"), as against verbs about it ("seeking to undermine the talks").
OWN_VERBS = PARTICIPATE | BROKER_VERBS | DECLINE_VERBS | INVITE | {
    "postpone", "delay", "cancel", "call", "schedule", "plan", "propose", "announce", "suspend", "resume", "convene",
    "end", "conclude", "open", "start", "launch", "take", "see", "welcome", "prepare", "follow"}


@dataclass
class Mention:
    """One mention of a negotiation, with what its sentence says of it."""

    token: Token
    kind: str
    sentence: int
    segment: int = 0  # the sentence, or its part after a headline line spaCy ran into it: for nearness
    verb: bool = False  # a verb of meeting, not a noun
    name: str | None = None  # a proper name: "Peace Congress"
    topic: str | None = None  # what a negotiation without a name is known by: "Truce negotiations"
    place: PlaceMention | None = None
    date: str | None = None
    end_date: str | None = None
    status: str | None = None
    definite: bool = False  # "the talks", "these talks": points back
    anaphoric: bool = False  # "the event": only points back
    apart: str | None = None  # "earlier" / "later": a different negotiation from the one being reported
    depth: int = 0  # how deep in its sentence: the shallowest is what the sentence is about
    parties: Parties = field(default_factory=Parties)
    link: int | None = None  # the token of another mention in the sentence that this one is part of

    @property
    def venue(self) -> str | None:
        """The venue city, which makes two mentions the same negotiation."""
        if self.place is not None and self.place.feature != "country":
            return (self.place.name or self.place.text).lower()
        return None

    @property
    def key(self) -> str | None:
        """What makes two mentions the same negotiation: its venue city or its proper name."""
        return self.venue or (self.name.lower() if self.name else None)


def sentence_mentions(sent: Span, n: int, reader: Reader) -> list[Mention]:
    """Every mention of a negotiation in one sentence, with what the sentence says of each."""
    found: list[Mention] = []
    for token in sent:
        lemma = token.lemma_.lower()
        if lemma not in KINDS and token.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in KINDS:
            lemma = lemma[:-1]  # "Talks" at the head of a line, tagged as a name
        if lemma in KINDS and _nominal(token) and token.dep_ != "compound" and not _actor_name(token, reader):
            mention = _noun(token, lemma, n, reader, sent)
        elif lemma in MEET_VERBS and token.pos_ == "VERB":
            mention = _verb(token, lemma, n, reader, sent)
        elif lemma in load_cues().travel_verbs and token.pos_ == "VERB":
            mention = _travel(token, n, reader, sent)
        else:
            continue
        if mention is not None:
            found.append(mention)
    tokens = {m.token.i: m for m in found}
    verbs = {governor(m.token)[0].i: m for m in found if not m.verb and governor(m.token)[0] is not None}
    for m in found:
        m.link = _linked(m.token, tokens)
        if m.verb and m.link is None and m.token.dep_ in ("advcl", "xcomp", "acl", "relcl"):
            head = m.token.head  # "made a visit to Moscow to meet Putin": the meeting is the visit
            m.link = head.i if head.i in tokens and head.i != m.token.i else (verbs[head.i].token.i if head.i in verbs
                                                                            else None)
    return found


def groups(found: list[Mention]) -> list[list[Mention]]:
    """Mentions of one sentence that stand for one negotiation ("negotiations, including talks with Russia
    through the Geneva process"), the one to place first leading: named, then placed, then shallowest."""
    parent = {m.token.i: m.token.i for m in found}

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for m in found:
        if m.link is not None and m.link in parent:
            parent[root(m.token.i)] = root(m.link)
    out: dict[int, list[Mention]] = {}
    for m in found:
        out.setdefault(root(m.token.i), []).append(m)
    ordered = []
    for members in out.values():
        lead = min(members, key=lambda m: (m.key is None, m.place is None, m.verb, m.depth, m.token.i))
        ordered.append([lead, *[m for m in members if m is not lead]])
    return sorted(ordered, key=lambda g: min(m.token.i for m in g))


def _actor_name(token: Token, reader: Reader) -> bool:
    """Part of the name of a body ("Congress", "the National Dialogue Conference" as an organisation)."""
    return any(m.code and m.kind in ("organisation", "person") for m in reader.index.at(token))


def _nominal(token: Token) -> bool:
    """A noun, or a noun the tagger took for a verb ("after the Astana talks", "hold Syria talks")."""
    return token.pos_ in ("NOUN", "PROPN") or token.pos_ == "VERB" and token.tag_ in ("VBZ", "NNS") and (
        token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "appos") or any(c.dep_ == "det" for c in token.children))


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 20:
        token, depth = token.head, depth + 1
    return depth


def _linked(token: Token, mentions: dict[int, Mention]) -> int | None:
    """The mention this one is part of or stands for: "a series of talks", "talks through the Geneva process",
    "called the talks 'consultations'"."""
    t = token
    for _ in range(3):
        head = t.head
        if head.i == t.i:
            break
        if t.dep_ == "pobj" and head.lower_ in LINKING_PREPS and head.head.i in mentions:
            return head.head.i
        if t.dep_ == "pobj" and head.lower_ in ("including", "as") and head.head.pos_ in ("VERB", "AUX"):
            for sibling in head.head.children:  # "pursuing negotiations ..., including talks with Russia"
                if sibling.i in mentions and sibling.dep_ in ("dobj", "nsubj", "nsubjpass"):
                    return sibling.i
        if t.dep_ in ("conj", "appos") and head.i in mentions:
            return head.i
        if t.dep_ in ("oprd", "attr", "appos"):
            for sibling in head.children:
                if sibling.i in mentions and sibling.i != token.i and sibling.dep_ in ("dobj", "nsubj", "nsubjpass"):
                    return sibling.i
        if t.dep_ not in ("pobj", "prep"):
            break
        t = head
    for child in token.children:  # "talks ... through the Geneva process": the named one below
        if child.dep_ == "prep" and child.lower_ in LINKING_PREPS - {"of"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in mentions:
                    return obj.i
    return None


def _noun(token: Token, lemma: str, n: int, reader: Reader, part: Span) -> Mention | None:
    lefts = list(token.lefts)
    name = _proper_name(token, reader)
    if lemma in NAMED_ONLY and not name and not any(reader.place_root.get(t.i) for t in lefts):
        return None
    if lemma == "negotiation" and token.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in lefts):
        return None  # "up for negotiation": the act, not a negotiation
    if any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") for c in lefts):
        return None  # "would not return to any meeting": no negotiation in particular
    if lemma == "round" and not (_definite(token) or any(c.dep_ in ("amod", "nummod") for c in lefts)
                                 or any(c.dep_ == "acl" for c in token.children)):
        return None
    verb, how = governor(token)
    if not part.start <= token.head.i < part.end or verb is not None and not part.start <= verb.i < part.end:
        verb, how = _part_verb(token, part)  # a headline line the parser ran into the sentence below it
    goals = clause(verb if how in ("nsubj", "nsubjpass", "dobj", "in", "at", "to", "for") else None, token)
    mention = Mention(token=token, kind=KINDS[lemma], sentence=n, name=name, depth=_depth(token),
                      definite=_definite(token), anaphoric=lemma in ANAPHORIC)
    mention.place = reader.venue(token, goals, part, VENUE_PREPS | {"to"} if lemma == "visit" else VENUE_PREPS)
    time = reader.date(token, goals, part)
    mention.date = time.value if time is not None else None
    if time is not None and any(token.doc[i].lemma_.lower() in END_VERBS for i in goals):
        mention.date = None  # "the talks are due to end on Tuesday": when they end, not when they begin
        mention.end_date = time.value if token.doc[max(goals)].lemma_.lower() not in ("continue", "last") else None
    mention.apart = _apart(token)
    if lemma == "visit" and mention.place is not None and mention.place.feature in ("capital", "country"):
        mention.parties.add("participants", [mention.place.country + "GOV"] if mention.place.country else [])
    mention.status = _status(token, verb, how, time is not None and time.future, mention.apart)
    noun_parties(token, verb, how, mention.kind, mention.parties, reader)
    return mention


def _part_verb(token: Token, part: Span) -> tuple[Token | None, str]:
    """The main verb of a line the parser tied to another sentence, with the negotiation as its subject when it
    comes first ("Talks in Astana ... are set to begin on 23 January")."""
    for t in part:
        if t.i > token.i and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and (
                not part.start <= t.head.i < part.end or t.head.i == t.i):
            return t, "nsubj"
    return None, ""


def _definite(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "this", "that", "such", "its",
                                                         "their")
               for c in token.lefts)


def _proper_name(token: Token, reader: Reader) -> str | None:
    """The proper words a negotiation is named with, other than places and parties: "Peace Congress"."""
    words = []
    for child in token.lefts:
        if child.dep_ not in ("compound", "amod", "nmod") or child.pos_ != "PROPN":
            continue
        if (child.i in reader.place_tokens or reader.index.at(child) or child.ent_type_ == "NORP" or _line_start(child)
                or child.lower_ in reader.kb.adjectives
                or child.i + 1 < len(child.doc) and child.doc[child.i + 1].text == "-"):
            continue
        words.append(child)
    if not words:
        return None
    if token.pos_ == "PROPN":
        return " ".join(t.text for t in words) + " " + token.text
    return " ".join(t.text for t in words)


def _line_start(token: Token) -> bool:
    """A capital that only starts a sentence or a headline line ("Crisis talks over ...")."""
    return token.is_sent_start or token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


def _apart(token: Token) -> str | None:
    if token.dep_ == "pobj" and token.head.lower_ in EARLIER and token.head.i == token.left_edge.i - 1:
        return "earlier"  # "Past Syrian peace talks have run aground", parsed as a preposition
    for child in token.children:
        low = child.lower_
        if child.dep_ in ("amod", "advmod", "det", "compound") and low in EARLIER:
            return "earlier"
        if child.dep_ in ("amod", "advmod", "det") and low in LATER:
            return "later"
        if child.dep_ == "det" and low in ("a", "an"):
            return "other"  # "an international conference": one not yet reported
    return None


def _status(token: Token, verb: Token | None, how: str, future: bool, apart: str | None) -> str | None:
    """What one mention says of the negotiation's status, or None when it says nothing of it."""
    if apart == "earlier" or how in BEFORE:
        return "occurred"  # "days after the Astana talks"
    if how in AHEAD or token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "ahead":
        return "planned"  # "ahead of the negotiations in Geneva"
    lemma = verb.lemma_.lower() if verb is not None else ""
    if verb is not None and how not in ("nsubj", "nsubjpass") and lemma not in OWN_VERBS:
        return noun_status(token, None, future)  # "seeking to undermine the talks": the undermining's status
    if lemma == "be" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() not in load_cues().planned_governors
                             for c in verb.children):
        return noun_status(token, None, False) or _copula(verb, future)  # "the process is not dead"
    status = noun_status(token, verb, future)
    if how not in ("nsubj", "nsubjpass") and lemma in PARTICIPATE | DECLINE_VERBS | INVITE:
        if status in ("denied", "hypothetical", "proposed"):  # the party's act, not the negotiation's
            return "planned" if future else None
    return status


def _copula(verb: Token, future: bool) -> str:
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if future or aux & {"will", "shall", "'ll"}:
        return "planned"
    return "occurred" if verb.tag_ == "VBD" else "ongoing"


def _verb(token: Token, lemma: str, n: int, reader: Reader, part: Span) -> Mention | None:
    """A meeting reported by its verb: "X met Y in Z", "Moscow and Ankara negotiated a ceasefire"."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or (
        token.tag_ == "VBN" and token.dep_ in ("acl", "advcl"))
    if passive:
        agents = [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        who = [c for a in agents for c in reader.codes(a)]
    else:
        who = reader.subjects(token)
    others: list[str] = []
    for child in token.children:
        if child.dep_ == "dobj" and lemma != "negotiate":
            others += reader.codes(child)
        elif child.dep_ == "prep" and child.lower_ in WITH_PREPS:
            others += [c for o in child.children if o.dep_ == "pobj" for c in reader.codes(o)]
    place = None
    goals = {token.i} | {c.i for c in token.children if c.dep_ == "xcomp"}
    for c in token.children:  # "met X in Moscow" read as "X in Moscow"; "X, who spent two days in Vienna, met Y"
        if c.dep_ == "dobj":
            goals |= {t.i for t in c.subtree if t.pos_ in ("NOUN", "PROPN")}
        if c.dep_ in ("nsubj", "nsubjpass"):
            goals |= {r.i for r in c.children if r.dep_ == "relcl"}
    if lemma == "visit":
        targets = [c for c in token.children if c.dep_ == "dobj"]
        place = next((reader.place_root[t.i] for t in targets if t.i in reader.place_root), None)
        if place is not None and place.country in reader.kb.countries:
            others = [c for c in others if c[:3] != place.country] + [place.country + "GOV"]
    parties = list(dict.fromkeys(who + others))
    if len(parties) < 2:
        return None
    mention = Mention(token=token, kind=MEET_VERBS[lemma], sentence=n, verb=True, depth=_depth(token))
    made = [c for c in token.children if c.dep_ == "dobj"] or ([token.head] if passive and token.dep_ == "acl" else [])
    if lemma == "negotiate" and made:
        mention.apart = "other"  # "negotiated a ceasefire": a negotiation known by what it produced
        if made[0].lemma_.lower() in AGREEMENTS:
            mention.topic = f"{made[0].lemma_.capitalize()} negotiations"
    mention.place = place or reader.venue(token, goals, part)
    time = reader.date(token, goals, part)
    mention.date = time.value if time is not None else None
    status = clause_status(token, bool(time and time.future))
    if status == "denied" and any(c.lower_ in MANNER for c in token.subtree if c.i > token.i):
        status = "occurred"  # "did not meet face-to-face": they met, through others
    mention.status = status
    mention.parties.add("participants", parties)
    return mention


def _travel(token: Token, n: int, reader: Reader, part: Span) -> Mention | None:
    """A leader's trip to a foreign capital is a visit to its government ("Haftar went to Moscow")."""
    capital = next((reader.place_root[o.i] for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "to"
                    for o in prep.children if o.dep_ == "pobj" and o.i in reader.place_root), None)
    if capital is None or capital.feature != "capital" or capital.country not in reader.kb.countries:
        return None
    people = [m for t in subject_of(token) for m in reader.index.at(t) if m.kind == "person" and m.code]
    visitors = [c for c in (reader.normal(m.code, m.kind) for m in people) if c and c[:3] != capital.country]
    if not visitors:
        return None
    mention = Mention(token=token, kind="visit", sentence=n, verb=True, depth=_depth(token), place=capital)
    time = reader.date(token, {token.i}, part)
    mention.date = time.value if time is not None else None
    mention.status = clause_status(token, bool(time and time.future))
    mention.parties.add("participants", [*visitors, capital.country + "GOV"])
    return mention
