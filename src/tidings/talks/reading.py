"""Reading the parse around a negotiation word: who a phrase names, which verb governs the word, where and when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.resolve import main_country
from ..events.arguments import ActorIndex, actors_of, subject_tokens
from ..events.attach import choose_time
from ..records import Analysis, PlaceMention, TimeMention
from .lexicon import PLACE_NOUNS, VENUE_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..context import Context

# Links that stay inside one noun phrase when listing the actors it names.
INSIDE = {"conj", "cc", "prep", "pobj", "appos", "compound", "amod", "poss", "nmod", "det", "punct", "case", "npadvmod",
          "nummod", "quantmod", "advmod", "preconj"}
SECTORS_FOR_TALKS = {"", "GOV"}


class Reader:
    """One article's actors, places and dates, looked up by token."""

    def __init__(self, analysis: Analysis, doc: Doc, ctx: Context) -> None:
        kb = ctx.actor_kb
        places = analysis.places or ()
        share = ctx.config.actors.context_share
        self.country = main_country(doc, places, kb, share) or main_country(doc, places, kb, 0.0)
        self.index = ActorIndex(analysis.actors or (), doc, kb, self.country)
        self.kb = kb
        self.doc = doc
        self.published = analysis.article.published
        self.place_root: dict[int, PlaceMention] = {}
        self.place_tokens: dict[int, PlaceMention] = {}
        for p in places:
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            self.place_root.setdefault(span.root.i, p)
            for t in span:
                self.place_tokens.setdefault(t.i, p)
        self.times: dict[int, list[TimeMention]] = {}
        for t in analysis.times or ():
            self.times.setdefault(t.sentence, []).append(t)
        self.sentence_of = {}
        for n, sent in enumerate(doc.sents):
            for t in sent:
                self.sentence_of[t.i] = n

    # -- who ----------------------------------------------------------------------------------------------------

    def codes(self, token: Token | None) -> list[str]:
        """The actor codes a phrase names, with its conjuncts and the lists inside it ("observers from X and Y")."""
        if token is None:
            return []
        out: list[str] = []
        for head in [token, *token.conjuncts]:
            found = self._named(head)
            if not found:
                found = self._inside(head)
            for code in found:
                if code not in out:
                    out.append(code)
        return out

    def subjects(self, verb: Token) -> list[str]:
        """The actors that are the subject of a verb, inherited through control and coordination."""
        tokens, _ = subject_tokens(verb)
        return [c for t in tokens for c in self.codes(t)]

    def subjects_up(self, token: Token, limit: int = 6) -> list[str]:
        """The subject of the nearest clause above a word that has one naming an actor."""
        for _ in range(limit):
            if token.pos_ in ("VERB", "AUX") or token.dep_ in ("ROOT",):
                found = self.subjects(token)
                if found:
                    return found
            if token.head is token:
                return []
            token = token.head
        return []

    def _named(self, token: Token) -> list[str]:
        own = self._role(token)
        if own:
            return [own]
        mentions = actors_of(token, self.index, depth=1)
        if not mentions and token.dep_ == "appos":
            mentions = actors_of(token.head, self.index)
        return [c for c in (self.normal(m.code, m.kind) for m in mentions) if c]

    def _role(self, token: Token) -> str | None:
        """A role noun with a nationality before it that the actor stage left uncoded ("Syrian Opposition")."""
        if self.index.at(token) or token.pos_ not in ("NOUN", "PROPN"):
            return None
        found = self.kb.role((token.lemma_.lower(),))
        if not found or not found[0].sector:
            return None
        for child in token.lefts:
            iso3 = self.kb.adjectives.get(child.lower_)
            if iso3 and child.dep_ in ("amod", "compound"):
                return iso3 + found[0].sector
        return None

    def _inside(self, token: Token) -> list[str]:
        """Actors and countries inside a noun phrase, not in its clauses ("diplomats from Washington and Riyadh")."""
        out: list[str] = []
        stack = [c for c in token.children if c.dep_ in INSIDE and c.dep_ != "conj"]
        while stack:
            t = stack.pop(0)
            found = [self.normal(m.code, m.kind) for m in self.index.at(t)]
            place = self.place_root.get(t.i)
            if not found and place is not None and place.feature == "country" and place.country in self.kb.countries:
                found = [place.country + "GOV"]
            if not found and t.dep_ in ("compound", "amod"):
                made = self.index.modifier(t)
                found = [self.normal(made.code, made.kind)] if made is not None else []
            for code in found:
                if code and code not in out:
                    out.append(code)
            if not found:
                stack += [c for c in t.children if c.dep_ in INSIDE]
        return out

    @staticmethod
    def normal(code: str | None, kind: str | None) -> str | None:
        """A country acting as a whole in a negotiation acts through its government."""
        if code and len(code) == 3 and code not in ("IGO", "IMG", "NGO") and kind in ("country", None, "role"):
            return code + "GOV"
        return code

    def modifier_codes(self, token: Token) -> list[str]:
        """Actors named by a word's own modifiers: "Turkish" in "Turkish mediation", "Russia's" in "Russia's role"."""
        out: list[str] = []
        for child in token.children:
            if child.i > token.i or child.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            for t in [child, *[c for c in child.conjuncts if c.i < token.i]]:
                found = self.codes(t) if child.dep_ == "poss" else [
                    c for c in (self.normal(m.code, m.kind) for m in self.index.named_by(t)) if c]
                out += [c for c in found if c not in out]
        return out

    # -- where and when -----------------------------------------------------------------------------------------

    def venue(self, anchor: Token, goals: set[int], preps: set[str] = VENUE_PREPS) -> PlaceMention | None:
        """The place a negotiation is held in: "talks in Astana", "the Vienna meeting", "held in the resort of Sochi"."""
        sent = anchor.sent
        found: list[tuple[int, PlaceMention]] = []
        for i in range(sent.start, sent.end):
            place = self.place_root.get(i)
            if place is None or not place.country or place.feature in ("water",):
                continue
            steps = self._climb(self.doc[i], anchor, goals, preps)
            if steps is not None:
                found.append((steps + (10 if place.feature == "country" else 0), place))
        return min(found, key=lambda pair: pair[0])[1] if found else None

    def _climb(self, token: Token, anchor: Token, goals: set[int], preps: set[str]) -> int | None:
        for steps in range(7):
            head = token.head
            if head is token:
                return None
            if head.i == anchor.i and token.dep_ in ("compound", "nmod", "amod") and token.i < anchor.i:
                return steps
            if head.i == anchor.i and token.dep_ == "appos":
                return steps
            if token.dep_ == "pobj" and head.lower_ in preps and head.head.i in goals:
                return steps
            if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
                token = head.head
            elif token.dep_ in ("appos", "compound", "conj", "nmod", "amod") and (
                    head.lemma_.lower() in PLACE_NOUNS or head.i in self.place_tokens):
                token = head
            else:
                return None
        return None

    def date(self, anchor: Token, goals: set[int]) -> TimeMention | None:
        times = self.times.get(self.sentence_of[anchor.i], [])
        found, _ = choose_time(times, self.doc, goals, set())
        return found


def governor(anchor: Token) -> tuple[Token | None, str]:
    """The verb a negotiation word is the subject or object of, and how: ("attend", "dobj"), ("are", "in")."""
    token, how = anchor, ""
    for _ in range(4):
        head = token.head
        if head is token:
            return None, ""
        if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative"):
            how = how or token.dep_
        elif token.dep_ == "pobj":
            how = how or head.lower_
        elif token.dep_ == "prep" and (head.pos_ in ("VERB", "AUX") or head.lemma_.lower() == "part"):
            pass
        elif token.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
            pass
        else:
            return None, ""
        token = head
        if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBG"):
            return token, how
    return None, ""


def clause(verb: Token | None, anchor: Token) -> set[int]:
    """The tokens a date or place of the negotiation may hang from: the word, its verb and the verbs that verb
    governs by control ("are set to begin on Monday in Astana")."""
    goals = {anchor.i}
    if verb is None:
        return goals
    level = [verb]
    for _ in range(3):
        goals |= {t.i for t in level}
        level = [c for t in level for c in t.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")]
    return goals


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def modal(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            return c.lower_
    return None
