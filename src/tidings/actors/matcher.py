"""Known names in a parsed text: one PhraseMatcher over every alias of the actor knowledge, built once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from .knowledge import ActorKB, Entity

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


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
        if entities and _case_ok(span.text.replace("’", "'"), key, kb):
            anchors.append(Anchor(span.start, span.end, key, tuple(entities)))
    return sorted(anchors, key=lambda a: a.start)
