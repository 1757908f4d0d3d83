"""When and where: the date and place of an event, chosen among the sentence's time and place mentions by
how they attach to the trigger in the parse ("met on Thursday in Alanya")."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from ..records import PlaceMention, TimeMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

M = TypeVar("M", TimeMention, PlaceMention)
# Links a date or place may climb to reach the trigger: modifiers, and the object that a trigger verb acts on
# ("shelled positions near Idlib"), but not a subject, which belongs to whatever it is the subject of.
PASS = {"prep", "pobj", "npadvmod", "appos", "compound", "conj", "amod", "nmod", "tmod", "nummod", "det",
        "quantmod", "advmod", "poss", "case", "cc", "punct", "dep", "dobj", "dative", "attr", "oprd"}


def root_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _reaches(token: Token, goals: set[int], others: set[int]) -> int | None:
    """Steps from ``token`` up to one of ``goals``, through modifier links only; None if it hangs elsewhere."""
    steps = 0
    while steps < 8:
        if token.i in goals:
            return steps
        if token.i in others or (steps and token.pos_ in ("VERB", "AUX")) or token.dep_ not in PASS:
            return None if token.i not in goals else steps
        if token.head is token:
            return None
        token = token.head
        steps += 1
    return None


def attached(mentions: list[M], doc: Doc, goals: set[int], others: set[int]) -> list[tuple[int, M]]:
    """The mentions that hang from one of ``goals``, nearest first."""
    out = []
    for m in mentions:
        root = root_of(doc, m.start, m.end)
        if root is None:
            continue
        steps = _reaches(root, goals, others - goals)
        if steps is not None:
            out.append((steps, m))
    return sorted(out, key=lambda pair: pair[0])


def choose_time(times: list[TimeMention], doc: Doc, goals: set[int], others: set[int],
                ) -> tuple[TimeMention | None, str | None]:
    found = [m for _, m in attached([t for t in times if t.value], doc, goals, others)]
    if found:
        return found[0], f"'{found[0].text}' attaches to the trigger ({found[0].reason})"
    return None, None


def choose_place(places: list[PlaceMention], doc: Doc, goals: set[int], others: set[int], avoid: list[tuple[int, int]],
                 ) -> tuple[PlaceMention | None, str | None]:
    free = [p for p in places if p.country and not any(s <= p.start < e for s, e in avoid)]
    found = attached(free, doc, goals, others)
    if not found:
        return None, None
    best = min(found, key=lambda pair: (pair[0], pair[1].feature == "country"))[1]
    return best, f"'{best.text}' attaches to the trigger"
