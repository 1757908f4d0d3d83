"""Demonyms as mentions of the place they refer to: "Russian jets", "the European Commission", "Kurdish fighters".

A nationality or regional adjective that modifies a noun names its country or region in the geoparsing sense
(gold sets count it as a toponym), but nothing happens *at* it: "Russian jets struck Idlib" happened in Idlib.
Such a mention gets the feature ``demonym`` so that later stages can keep it apart from places where things
happen. The same word used as a noun for people ("the Syrians", "a Nigerian", "the French said") or for a
language ("speaks English") is not a mention of a place and is left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .names import fold
from .recognise import Mention, SentenceIndex

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .gazetteer import Gazetteer, Place

FEATURE = "demonym"
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_NAMED = frozenset({"ORG", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
# Entities a demonym may be part of and still refer to its country. Not a place's name ("French Quarter",
# "English Channel"), a language ("speaks English") or a date.
_REFERRING = _NAMED | {"", "NORP", "PERSON", "MONEY"}
# Last words of a building's name: "the Russian Embassy" is a building in Washington, not Russia.
_BUILDINGS = frozenset({"embassy", "consulate", "hospital", "school", "college", "university", "church", "hotel",
                        "restaurant", "museum", "centre", "center", "library", "academy", "institute"})
_LONGEST = 3  # most words in a demonym ("North American")
_WORD = re.compile(r"(?<![\w'’])[A-Z]\w*")


def demonyms(doc: Doc, text: str, gaz: Gazetteer, sentence_of: SentenceIndex, taken: set[int]) -> list[Mention]:
    """Every demonym in ``doc`` (parsed from ``text``) used as a modifier, outside the tokens in ``taken``."""
    out: list[Mention] = []
    n = len(doc)
    done = 0  # tokens before this one are part of a demonym already read
    for word in _WORD.finditer(text):  # cheaper than visiting every token in Python
        if fold(word.group()) not in gaz.demonym_starts:
            continue
        span = doc.char_span(word.start(), word.end(), alignment_mode="expand")
        if span is None or span.start < done or span.start in taken:
            continue
        i = span.start
        for j in range(min(n, i + _LONGEST), i, -1):
            index = gaz.demonyms.get(fold(doc[i:j].text))
            if index is not None and not any(k in taken for k in range(i, j)):
                done = j
                mention = _mention(doc, i, j, gaz.places[index], sentence_of)
                if mention is not None:
                    out.append(mention)
                break
    return out


def _mention(doc: Doc, i: int, j: int, place: Place, sentence_of: SentenceIndex) -> Mention | None:
    """Tokens [i, j) as a mention of ``place``, when they modify a noun or start a name."""
    tok = doc[j - 1]
    if tok.ent_type_ not in _REFERRING or _building(tok):
        return None
    inside = _in_name(tok)
    if not (inside or _modifies(tok)):
        return None
    span = doc[i:j]
    return Mention(start=span.start_char, end=span.end_char, first=i, last=j, key=fold(place.name),
                   sentence=sentence_of(span.start_char), tagged=False, place=place._replace(feature=FEATURE),
                   reason="demonym", name=place.name, inside=inside)


def _modifies(tok: Token) -> bool:
    """Whether an adjective modifies a noun ("Syrian officials", "Syrian and Turkish officials")."""
    seen = 0
    while tok.dep_ == "conj" and tok.head.i != tok.i and seen < 5:
        tok, seen = tok.head, seen + 1  # "Turkish" in "Syrian and Turkish officials" hangs from "Syrian"
    return tok.tag_ not in _PLURAL_TAGS and tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i


def _in_name(tok: Token) -> bool:
    """Whether a word is part of an organisation's, an event's or a work's name ("European Commission")."""
    return tok.ent_type_ in _NAMED and tok.ent_iob_ in ("B", "I") and not _last_of_entity(tok)


def _building(tok: Token) -> bool:
    """Whether a word starts the name of a building ("Russian Embassy", "British International School")."""
    doc = tok.doc
    if tok.ent_iob_ in ("B", "I"):
        k = tok.i + 1
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        return doc[k - 1].lower_ in _BUILDINGS
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _BUILDINGS and doc[tok.i + 1].text[:1].isupper()


def _last_of_entity(tok: Token) -> bool:
    """Whether a word ends its entity: a demonym alone is no name ("the Kurdish" tagged ORG)."""
    nxt = tok.i + 1
    return nxt >= len(tok.doc) or tok.doc[nxt].ent_iob_ != "I"
