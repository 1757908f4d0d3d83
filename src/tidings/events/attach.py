"""When and where: the date and place of an event, chosen among the sentence's time and place mentions by
how they attach to the trigger in the parse ("met on Thursday in Alanya").

A mention reaches the trigger by climbing the parse from its own head word through modifier links. Besides the
plain modifiers it may cross:

- a participle or a "while" clause that sets the scene of the same act ("Speaking in Damascus on Monday, Assad
  defended ..."; "told journalists in Geneva while attending a conference");
- another event that is the setting of this one ("At the last round in December, the delegation objected");
- a relative clause, which says when a related thing happened, not the event itself: its date is read one step
  coarser ("the agreement that came into force on December 30" is December), and its place is not taken.

What a statement (an accusation, a demand, a promise) says about places is its content, not where it was made:
for those acts only a place that hangs from the verb by a locative preposition counts ("said in Sochi").
The discourse pass that fills what a sentence leaves open is in :mod:`tidings.events.settle`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from ..nlp import char_index
from ..places.names import PLACE_NOUNS
from ..records import PlaceMention, TimeMention
from .cues import load_cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

M = TypeVar("M", TimeMention, PlaceMention)
# Links a date or place may climb to reach the trigger: modifiers, and the object that a trigger verb acts on
# ("shelled positions near Idlib"), but not a subject, which belongs to whatever it is the subject of.
PASS = {"prep", "pobj", "npadvmod", "appos", "compound", "conj", "amod", "nmod", "tmod", "nummod", "det",
        "quantmod", "advmod", "poss", "case", "cc", "punct", "dep", "dobj", "dative", "attr", "oprd", "pcomp"}
# Acts performed by saying something: where they happen is where the speaker was.
SPOKEN = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE"})
# Meetings and joint action: "talks on Syria" and "cooperation over Aleppo" are about a place, not in it.
TOPICAL = frozenset({"CONSULT", "COOPERATE"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "for"})
SPEECH_PREPS = frozenset({"in", "at", "inside", "near", "outside", "within", "during"})
SETTING_PREPS = frozenset({"at", "during", "on"})  # "at the last round", "during a meeting", "on the sidelines"
SHARED_MARKS = frozenset({"while", "when", "as"})  # a clause that shares the scene of the verb it hangs from
# Verbs of a relative or participial clause that tell the event's own time ("talks that begin on Monday",
# "talks scheduled to take place later this month"), unlike "a ceasefire that came into force on December 30".
ASPECTUAL = frozenset({"begin", "start", "resume", "continue", "end", "conclude", "open", "close", "hold",
                       "happen", "occur", "convene", "schedule", "slate", "plan", "set", "expect", "last", "run",
                       "finish", "commence", "due"})

def root_of(doc: Doc, start: int, end: int) -> Token | None:
    """The head word of the characters ``start:end`` (looked up once per Doc: every trigger asks again)."""
    roots = doc.user_data.setdefault("tidings.roots", {})
    i = roots.get((start, end), -2)
    if i == -2:
        span = doc.char_span(start, end, alignment_mode="expand")
        i = roots[(start, end)] = span.root.i if span is not None and len(span) else -1
    return doc[i] if i >= 0 else None


def setting(token: Token) -> bool:
    """Another event that is the scene of this one: "at the last round", "during a meeting"."""
    return token.dep_ == "pobj" and token.head.lower_ in SETTING_PREPS and token.head.head.pos_ in ("VERB", "AUX")


def shared(verb: Token) -> bool:
    """A clause that shares the time and place of the verb it hangs from: a bare participle ("Speaking in
    Sochi, Putin said") or a "while" clause, not "after", "because" or "if"."""
    if verb.dep_ != "advcl":
        return False
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    if marks:
        return marks[0] in SHARED_MARKS
    return verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def scene(goals: set[int], doc: Doc) -> set[int]:
    """``goals`` and the verbs whose scene they share: "Speaking in Sochi, Putin said", "told journalists in Geneva
    while attending a conference", "the war has grown more complex this week, with Turkey launching an offensive"."""
    out = set(goals)
    for i in goals:
        token = doc[i]
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if shared(token):
            out.add(token.head.i)
        elif token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "by" \
                and token.head.head.pos_ in ("VERB", "AUX"):
            out.add(token.head.head.i)  # "attempted to sideline Washington by hosting talks"
        elif token.tag_ == "VBG" and token.dep_ in ("pcomp", "pobj") and token.head.lower_ == "with" \
                and token.head.head.pos_ in ("VERB", "AUX"):
            out.add(token.head.head.i)
    return out


def _climb(token: Token, goals: set[int], others: set[int]) -> tuple[list[Token], int] | None:
    """The path from ``token`` up to one of ``goals`` and the relative clauses crossed; None if it hangs elsewhere."""
    path: list[Token] = []
    hops = 0
    crossed = False  # through another event's words: only on the way up a relative clause
    for _ in range(10):
        if token.i in goals:
            return (path, hops) if not crossed else None
        head = token.head
        if head == token:
            return None
        if token.i in others and not setting(token):
            if crossed or token.pos_ not in ("NOUN", "PROPN"):
                return None  # another event's words
            crossed, hops = True, hops + 1  # "a rapprochement that culminated in an agreement that came into ..."
        if path and token.pos_ in ("VERB", "AUX"):
            if token.dep_ in ("relcl", "acl"):
                crossed = False
                if not _aspectual(token):
                    hops += 1
            elif token.dep_ not in ("xcomp",) and not shared(token):
                return None
        elif token.dep_ not in PASS:
            return None
        path.append(token)
        token = head
    return None


def _aspectual(verb: Token) -> bool:
    """A verb that tells when its subject happens: "talks that begin on Monday", "which took place in May"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.lower_ == "place" for c in verb.children)  # not "a truce that took effect on 12 May"
    return lemma in ASPECTUAL or verb.lower_ in ASPECTUAL


def breaks(doc: Doc) -> tuple[int, ...]:
    """Character offsets of paragraph breaks: any line break, or only blank lines in hard-wrapped text."""
    cached = doc.user_data.get("tidings.breaks")
    if cached is None:
        text = doc.text
        lines = [len(line) for line in text.split("\n") if line.strip()]
        wrapped = len(lines) >= 6 and sum(40 <= n <= 100 for n in lines) >= 0.8 * len(lines)
        mark = "\n\n" if wrapped else "\n"
        found, at = [], text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
        cached = doc.user_data["tidings.breaks"] = tuple(found)
    return cached


def _same_block(doc: Doc, a: int, b: int) -> bool:
    """Whether no paragraph break lies between character offsets ``a`` and ``b`` (a glued headline is no clause)."""
    cuts = breaks(doc)
    return bisect_left(cuts, min(a, b)) == bisect_left(cuts, max(a, b))


def attached(mentions: list[M], doc: Doc, goals: set[int], others: set[int]) -> list[tuple[int, M]]:
    """The mentions that hang from one of ``goals``, nearest first."""
    return [(len(path), m) for path, _, m in _paths(mentions, doc, goals, others)]


def _paths(mentions: list[M], doc: Doc, goals: set[int], others: set[int]) -> list[tuple[list[Token], int, M]]:
    """Mentions with their paths to ``goals``, nearest first; those that reach only the scene of the goals (the verb
    a participle hangs from) come after those that reach the goals themselves."""
    found = _reach(mentions, doc, goals, others)
    wider = scene(goals, doc)
    if wider != goals:
        taken = {id(m) for _, _, m in found}
        found += [f for f in _reach(mentions, doc, wider, others) if id(f[2]) not in taken]
    return found


def _reach(mentions: list[M], doc: Doc, goals: set[int], others: set[int]) -> list[tuple[list[Token], int, M]]:
    out = []
    anchors = [doc[i].idx for i in goals]
    for m in mentions:
        root = root_of(doc, m.start, m.end)
        if root is None or not any(_same_block(doc, m.start, a) for a in anchors):
            continue
        root = _stranded(doc, m.start) or root
        found = _climb(root, goals, others - goals)
        if found is not None:
            out.append((found[0], found[1], m))
    return sorted(out, key=lambda item: len(item[0]))


def _stranded(doc: Doc, start: int) -> Token | None:
    """The preposition before a mention when the parser left it without its object: in "On Thursday Sergei Lavrov
    met ...", "Thursday" is read into the name, but "On" still hangs from the verb."""
    i = char_index(doc).get(start)
    prev = doc[i - 1] if i else None
    if prev is not None and prev.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in prev.children):
        return prev
    return None


def coarser(value: str, steps: int) -> str:
    """A date value no finer than ``steps`` units above a day: 2016-12-30 -> 2016-12 (1) -> 2016 (2)."""
    return value[: 7 if steps == 1 else 4] if steps else value


def choose_time(times: list[TimeMention], doc: Doc, goals: set[int], others: set[int],
                ) -> tuple[TimeMention | None, str | None]:
    """The date of the event whose words are ``goals``: the nearest dated time expression that attaches to them."""
    found = _paths([t for t in times if t.value], doc, goals, others)
    if not found:
        return None, None
    _, hops, best = found[0]
    if hops and best.value:
        value = coarser(best.value, hops)
        if value != best.value:
            return (replace(best, value=value, end_value=None),
                    f"'{best.text}' dates a clause about the event, so {value} ({best.reason})")
    return best, f"'{best.text}' attaches to the trigger ({best.reason})"


def choose_place(places: list[PlaceMention], doc: Doc, goals: set[int], others: set[int], avoid: list[tuple[int, int]],
                 kind: str | None = None) -> tuple[PlaceMention | None, str | None]:
    """The place of the event whose words are ``goals`` (``kind`` is its PLOVER type, when known).

    Left out: names that stand for an actor (``avoid``), nationality words, a country that owns an actor or an
    act ("Syria's rebels", "US accusations"), the subject of talks ("talks on the crisis in Syria"), and, for
    acts of speech, whatever the speech is about.
    """
    best = _place(places, doc, goals, others, avoid, kind in SPOKEN, kind in TOPICAL)
    return (best, f"'{best.text}' attaches to the trigger") if best is not None else (None, None)


def spoken_place(places: list[PlaceMention], doc: Doc, goals: set[int], others: set[int],
                 avoid: list[tuple[int, int]]) -> PlaceMention | None:
    """Where a speech verb says it was made: "said in Sochi", "told journalists in Geneva"."""
    return _place(places, doc, goals, others, avoid, spoken=True, topical=True)


def _place(places: list[PlaceMention], doc: Doc, goals: set[int], others: set[int], avoid: list[tuple[int, int]],
           spoken: bool, topical: bool) -> PlaceMention | None:
    free = [p for p in places if p.country and (not any(s <= p.start < e for s, e in avoid) or _owns_place(doc, p))]
    found = [(len(path), p) for path, hops, p in _paths(free, doc, goals, others)
             if not hops and where(path, p, spoken, topical)]
    if not found:
        return None
    return min(found, key=lambda pair: (pair[0], pair[1].feature == "country"))[1]


def _owns_place(doc: Doc, place: PlaceMention) -> bool:
    """A capital read as its government that in fact owns a place: "Damascus' Mazzeh military airport"."""
    root = root_of(doc, place.start, place.end)
    return root is not None and root.dep_ == "poss" and root.head.lemma_.lower() in PLACE_NOUNS


def where(path: list[Token], place: PlaceMention, spoken: bool, topical: bool) -> bool:
    """Whether a place reached by ``path`` (its words first) says where the event happens."""
    if not path:
        return True
    word = path[0]
    if word.pos_ == "ADJ" or place.feature == "demonym":
        return False  # "Syrian", "Russian air power": a nationality, not a place
    if word.dep_ == "poss" or any(c.dep_ == "case" for c in word.children):
        if word.head.lemma_.lower() not in PLACE_NOUNS:
            return False  # "Syria's rebels", "Russia's defence ministry"
    if place.feature == "country" and word.dep_ in ("compound", "nmod", "amod"):
        return False  # "Syria talks", "the USA accusations"
    if topical and any(t.dep_ == "prep" and t.lower_ in TOPIC_PREPS for t in path) and not _second_location(path):
        return False
    if word.dep_ == "compound" and word.head.lower_ == "capital":
        return False  # "the Kazakh capital": whose capital, not a place of its own
    if spoken:
        return _spoken_where(path)
    return True


def _second_location(path: list[Token]) -> bool:
    """A place in a second locative phrase of the same noun, which the parser hung on the topic of talks: in
    "talks on the war in Syria in Moscow" the war is in Syria and the talks are in Moscow."""
    if len(path) < 2 or path[1].dep_ != "prep" or path[1].lower_ not in ("in", "at"):
        return False
    noun = path[1].head
    return any(c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i < path[1].i
               and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children) for c in noun.children)


def _spoken_where(path: list[Token]) -> bool:
    """For an act of speech, a place only where the verb (or its scene) is: "said in Sochi", "told journalists in
    Geneva", "said during a meeting with reporters in Sochi"; never one in what was said ("called for talks in
    Geneva")."""
    located = False
    for t in path:
        if setting(t) and located:
            return True  # whatever describes the scene ("a meeting with dignitaries in Sochi") is where it is
        if t.dep_ != "prep":
            continue
        if t.lower_ in ("of", "with") and (t.head.lemma_.lower() in PLACE_NOUNS or _in_setting(t)):
            continue  # "the town of Sochi", "a meeting with dignitaries in Sochi"
        travel = t.lower_ == "to" and t.head.lemma_.lower() in load_cues().travel_verbs  # "went to Moscow seeking"
        if t.lower_ not in SPEECH_PREPS and not travel:
            return False
        located = True
        head = t.head
        if head.pos_ in ("VERB", "AUX") or setting(head) or head.lemma_.lower() in PLACE_NOUNS or _in_setting(head):
            continue
        return False
    return located


def _in_setting(token: Token) -> bool:
    """Whether ``token`` lies inside the words of a scene ("a meeting with dignitaries")."""
    for _ in range(4):
        if setting(token):
            return True
        if token.head == token or token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return False
