"""Known names in a parsed text: one PhraseMatcher over every alias of the actor knowledge, built once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from .knowledge import ActorKB, Entity
from .naming import is_honorific

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Anchor:
    """A known name found in the text (token offsets) with the entities it may name."""

    start: int
    end: int
    key: str
    entities: tuple[tuple[Entity, str], ...]


def _matcher(kb: ActorKB, nlp: Language) -> Any:
    matcher = kb._matchers.get(id(nlp.vocab))
    if matcher is None:
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms = sorted({form for originals in kb.forms.values() for form in originals})
        matcher.add("ACTOR", list(nlp.tokenizer.pipe(forms)))
        kb._matchers[id(nlp.vocab)] = matcher
    return matcher


def _case_ok(text: str, key: str, kb: ActorKB) -> bool:
    """Short names must match as written ("US", not "us"; "IS", not "Is"); others need a capital letter."""
    if len(key) <= 4:
        return text in kb.forms.get(key, ())
    return any(c.isupper() for c in text)


def find_anchors(doc: Doc, kb: ActorKB, nlp: Language) -> list[Anchor]:
    """Every known name in ``doc``, longest first where two overlap, in text order."""
    spans = []
    for _, start, end in _matcher(kb, nlp)(doc):
        span = doc[start:end]
        if span[0].lower_ == "the" and end - start > 1:
            span = doc[start + 1:end]
        spans.append(span)
    anchors = []
    for span in filter_spans(spans):
        key = kb.key(span.text)
        entities = kb.aliases.get(key)
        if entities and _case_ok(span.text.replace("’", "'"), key, kb) and not _defined_here(span, anchors) \
                and not _inside_a_name(span, entities, kb):
            anchors.append(Anchor(span.start, span.end, key, tuple(entities)))
    return sorted(anchors, key=lambda a: a.start)


# Words after a name that make it the name of a place or body called after someone or something.
PLACES_NAMED_AFTER = frozenset({"university", "college", "school", "hospital", "airport", "street", "square",
                                "avenue", "stadium", "foundation", "institute", "bridge", "prize", "award",
                                "mosque", "church", "road", "boulevard"})


def _inside_a_name(span: Span, entities: list[tuple[Entity, str]], kb: ActorKB) -> bool:
    """A one-word name of a known person that is only part of a longer name: "Michel" in "Michel Temer" is not
    Charles Michel, "Jones" in "Jones Smith" not a Jones the knowledge knows, and "Ban" in a headline's "Travel
    Ban" not Ban Ki-moon. A title ("President Ban") or a word of the person's own name ("Bashar Assad") before
    it is no longer name. Nor is any name followed by a word such as "University" or "Square" a name of its own."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in PLACES_NAMED_AFTER and doc[span.end].text[:1].isupper():
        return True  # "Cumhuriyet University" is not the newspaper Cumhuriyet, nor "Mandela Square" Mandela
    if len(span) != 1 or any(e.kind != "person" for e, _ in entities):
        return False
    if span.end < len(doc):
        after = doc[span.end]
        if after.pos_ == "PROPN" and after.ent_iob_ == "I" and after.ent_type_ == "PERSON":
            return True
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.pos_ != "PROPN" or before.dep_ != "compound" or before.head.i != span.start \
            or not before.text[:1].isupper():
        return False
    word = before.lower_.rstrip(".")
    if is_honorific(word) or kb.role((before.lemma_.lower(),)) or word in kb.adjectives or kb.aliases.get(word):
        return False
    return not any(word in e.name.lower().replace("-", " ").split() for e, _ in entities)


def _defined_here(span: Span, anchors: list[Anchor]) -> bool:
    """An acronym the article defines for a name the knowledge lacks: "Forces for Defence of Democracy (FDD)" is
    not the FDD the knowledge knows. (A known name before the brackets keeps its own anchor.)"""
    doc = span.doc
    if len(span) != 1 or not span.text.isupper() or span.start < 2 or span.end >= len(doc):
        return False
    if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return False
    before = doc[span.start - 2]
    if any(a.start <= before.i < a.end for a in anchors):
        return False
    return before.pos_ == "PROPN" and before.text[:1].isupper()
