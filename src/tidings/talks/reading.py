"""Reading the parse around a negotiation word: who a phrase names, which verb governs the word, where and when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..actors.naming import describe_code
from ..actors.resolve import role_country
from ..events.arguments import ActorIndex, actors_of, subject_tokens
from ..events.attach import choose_time
from ..records import Analysis, PlaceMention, TimeMention
from .lexicon import PLACE_NOUNS, VENUE_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..context import Context

# Links that stay inside one noun phrase when listing the actors it names.
INSIDE = {"conj", "cc", "prep", "pobj", "appos", "compound", "amod", "poss", "nmod", "det", "punct", "case", "npadvmod",
          "nummod", "quantmod", "advmod", "preconj"}
SERIES = {"series", "number", "couple", "set", "string", "round", "host", "sequence", "day", "week", "hour", "month",
          "year"}


class Reader:
    """One article's actors, places and dates, looked up by token."""

    def __init__(self, analysis: Analysis, doc: Doc, ctx: Context) -> None:
        kb = ctx.actor_kb
        places = analysis.places or ()
        share = ctx.config.actors.context_share
        self.armed = role_country(doc, places, analysis.actors or (), kb, share)
        self.index = ActorIndex(analysis.actors or (), doc, kb, self.armed)
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
            if found and any(c.dep_ == "prep" and c.lower_ in ("from", "of") for c in head.children):
                roots = {c[:3] for c in found}  # "experts from Russia, Turkey and Iran": every country listed
                found = found + [c for c in self._inside(head) if c[:3] not in roots]
            for c in head.children:  # "his counterpart Mevlut Cavusoglu": the name in apposition too
                if c.dep_ == "appos" and self.index.at(c):
                    found = found + [x for x in (self.normal(m.code, m.kind) for m in self.index.at(c)) if x]
            for code in found:
                if code not in out:
                    out.append(code)
        return out

    def subjects(self, verb: Token) -> list[str]:
        """The actors that are the subject of a verb, inherited through control and coordination, or failing
        that the subject of the clause above ("he was prepared to negotiate")."""
        tokens = subject_of(verb)
        found = [c for t in tokens for c in self.codes(t)]
        if not found and not tokens and verb.dep_ == "xcomp":
            found = self.subjects_up(verb.head)
        if not found and tokens and all(t.pos_ == "PRON" for t in tokens) and verb.dep_ == "ccomp":
            found = self.subjects(verb.head)  # "Uganda said it would boycott the conference": Uganda
        return found

    def named_word(self, token: Token) -> list[str]:
        """The actor one word names, even one the actor stage passed over ("UN" in "UN-sponsored")."""
        found = [c for c in (self.normal(m.code, m.kind) for m in self.index.named_by(token)) if c]
        if found:
            return found
        for entity, _ in self.kb.lookup(token.text):
            code, _office = entity.code_on(self.published)
            if code and entity.kind in ("organisation", "country"):
                return [c for c in [self.normal(code, entity.kind)] if c]
        return []

    def subjects_up(self, token: Token, limit: int = 6) -> list[str]:
        """The subject of the nearest clause above a word that has one naming an actor."""
        for _ in range(limit):
            if token.pos_ in ("VERB", "AUX") or token.dep_ in ("ROOT",):
                found = self.subjects(token)
                if found:
                    return found
            if token.head.i == token.i:
                return []
            token = token.head
        return []

    def _named(self, token: Token) -> list[str]:
        """The actors one word names: an actor mention, what its modifiers or complements name, the countries
        listed inside it, or a role phrase the actor stage left uncoded."""
        mentions = [m for m in actors_of(token, self.index, depth=1) if m.code]
        if not mentions and token.dep_ == "appos":
            mentions = [m for m in actors_of(token.head, self.index) if m.code]
        if mentions and all(m.kind == "country" and m.head != token.idx for m in mentions):
            own = self._role(token)  # "Syrian Opposition": the opposition, not the country
            if own:
                return [own]
        found = [c for c in (self.normal(m.code, m.kind) for m in mentions) if c]
        if not found:
            place = self.place_root.get(token.i)
            if place is not None and place.feature == "country" and place.country in self.kb.countries:
                found = [place.country + "GOV"]
        if not found:
            found = self._inside(token)
        if not found:
            own = self._role(token)
            found = [own] if own else []
        return found

    def _role(self, token: Token) -> str | None:
        """A role phrase the actor stage left uncoded: "the opposition leaders", "Syrian Opposition Plans"."""
        if token.pos_ not in ("NOUN", "PROPN") or any(m.code for m in self.index.at(token)):
            return None
        lefts = [c for c in token.lefts if c.dep_ in ("compound", "amod")]
        lemmas = tuple(c.lemma_.lower() for c in lefts)
        found = self.kb.role(lemmas + (token.lemma_.lower(),)) or self.kb.role(lemmas)
        if not found or not found[0].sector or found[0].sector in ("CVL", "REF", "MED", "EDU", "BUS"):
            return None  # people at large are no party to a negotiation
        nationality = next((self.kb.adjectives.get(c.lower_) for c in lefts if c.lower_ in self.kb.adjectives), None)
        if nationality:
            return nationality + found[0].sector
        if found[0].sector in ("REB", "OPP") and self.armed:  # "the opposition leaders": the war's opposition
            return self.armed + found[0].sector
        return None

    def _inside(self, token: Token) -> list[str]:
        """Actors and countries inside a noun phrase, not in its clauses ("diplomats from Washington and Riyadh")."""
        out: list[str] = []
        stack = [c for c in token.children if c.dep_ in INSIDE and c.dep_ != "conj"]
        while stack:
            t = stack.pop(0)
            found = [c for c in (self.normal(m.code, m.kind) for m in self.index.at(t)) if c]
            place = self.place_root.get(t.i)
            if not found and place is not None and place.feature == "country" and place.country in self.kb.countries:
                found = [place.country + "GOV"]
            if not found and t.dep_ in ("compound", "amod"):
                made = self.index.modifier(t)
                found = [self.normal(made.code, made.kind)] if made is not None else []
            for code in found:
                if code and code not in out:
                    out.append(code)
            stack += [c for c in t.children if c.dep_ in INSIDE and (not found or c.dep_ == "conj")]
        return out

    def party_name(self, code: str) -> str | None:
        """A party as a name reads it: "Russia" for its government, "Syrian opposition" for the rest."""
        country = self.kb.countries.get(code[:3])
        if country is None:
            return None
        return country.name if code[3:6] in ("", "GOV") else describe_code(self.kb, code[:6])

    @staticmethod
    def normal(code: str | None, kind: str | None) -> str | None:
        """A country acting as a whole in a negotiation acts through its government."""
        if code and len(code) == 3 and code not in ("IGO", "IMG", "NGO"):
            return code + "GOV"
        return code

    def modifier_codes(self, token: Token) -> list[str]:
        """Actors named by a word's own modifiers: "Turkish" in "Turkish mediation", "Russia's" in "Russia's role"."""
        out: list[str] = []
        for child in token.children:
            if child.i > token.i or child.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            for t in [child, *[c for c in child.conjuncts if c.i < token.i]]:
                iso3 = self.kb.adjectives.get(t.lower_) if t.pos_ == "ADJ" else None
                if iso3:  # "Russian and Turkish mediators": each nationality, whatever the phrase was coded
                    found = [iso3 + "GOV"]
                elif child.dep_ == "poss":
                    found = self.codes(t)
                else:
                    found = [c for c in (self.normal(m.code, m.kind) for m in self.index.named_by(t)) if c]
                out += [c for c in found if c not in out]
        return out

    # -- where and when -----------------------------------------------------------------------------------------

    def venue(self, anchor: Token, goals: set[int], part: Span, preps: set[str] = VENUE_PREPS) -> PlaceMention | None:
        """The place a negotiation is held in: "talks in Astana", "the Vienna meeting", "held in Sochi"."""
        found: list[tuple[int, PlaceMention]] = []
        for i in range(part.start, part.end):
            place = self.place_root.get(i)
            if place is None or not place.country or place.feature in ("water", "demonym") or (
                    place.text.lower() in self.kb.adjectives):  # "the Kazakh capital": a nationality, not a town
                continue
            steps = self._climb(self.doc[i], anchor, goals, preps)
            if steps is not None:
                found.append((steps + (10 if place.feature == "country" else 0), place))
        return min(found, key=lambda pair: pair[0])[1] if found else None

    def _climb(self, token: Token, anchor: Token, goals: set[int], preps: set[str]) -> int | None:
        for steps in range(7):
            head = token.head
            if head.i == token.i:
                return None
            if head.i == anchor.i and token.dep_ in ("compound", "nmod", "amod") and token.i < anchor.i:
                place = self.place_root.get(token.i)
                return steps if place is None or place.feature != "country" else None  # "Syria talks": a topic
            if head.i == anchor.i and token.dep_ == "appos":
                return steps
            if token.dep_ == "pobj" and head.lower_ in preps and (head.head.i in goals or party_of(head.head, anchor)):
                return steps  # "talks in Oslo", "talks between Colombia and the rebels in Oslo"
            if token.dep_ == "pobj" and head.lower_ in preps and head.head.ent_type_ in ("DATE", "TIME"):
                token = head.head  # "scheduled for 20 February in Geneva"
                if token.dep_ == "pobj" and token.head.head.i in goals:
                    return steps
                continue
            if token.dep_ == "pobj" and (head.lower_ == "of" or head.lower_ in preps) and (
                    head.head.lemma_.lower() in PLACE_NOUNS):
                token = head.head  # "the Kazakh capital of Astana", "the same hall in Astana"
            elif token.dep_ in ("appos", "compound", "conj", "nmod", "amod") and (
                    head.lemma_.lower() in PLACE_NOUNS or head.i in self.place_tokens):
                token = head
            else:
                return None
        return None

    def date(self, anchor: Token, goals: set[int], part: Span) -> TimeMention | None:
        times = [t for t in self.times.get(self.sentence_of[anchor.i], [])
                 if part.start_char <= t.start < part.end_char]
        found, _ = choose_time(times, self.doc, goals, set())
        return found


def party_of(token: Token, anchor: Token) -> bool:
    """A word inside the phrase that names the parties of a negotiation ("talks between X and Y")."""
    for _ in range(6):
        if token.dep_ not in ("pobj", "conj", "appos", "compound", "prep") or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and token.head.i == anchor.i:
            return token.lower_ in ("between", "with", "among")
        token = token.head
    return False


def governor(anchor: Token) -> tuple[Token | None, str]:
    """The verb a negotiation word is the subject or object of, and how: ("attend", "dobj"), ("are", "in")."""
    token, how = anchor, ""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in SERIES:
        token = token.head.head  # "hosting a series of secret talks"
    for _ in range(4):
        head = token.head
        if head.i == token.i:
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


def subject_of(verb: Token) -> list[Token]:
    """The subject of a verb; through coordination, the shared subject even when the first verb is passive
    ("Ankara has been angered ... and attempted to sideline Washington by hosting talks": Ankara)."""
    token = verb
    for depth in range(5):
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
        if subjects:
            return subjects
        if depth == 0:
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children) or token.dep_ == "acl":
                return subject_tokens(token)[0]
        else:
            shared = [c for c in token.children if c.dep_ == "nsubjpass"]
            if shared:
                return shared
        head, dep = token.head, token.dep_
        if head.i == token.i:
            return []
        called = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "for" and p.i < token.i
                  for o in p.children if o.dep_ == "pobj"]
        if called and dep in ("xcomp", "advcl") and any(c.tag_ == "TO" for c in token.children):
            return called  # "calling for NATO to hold talks": NATO
        if dep == "xcomp":
            return subject_tokens(token)[0]
        if dep == "acl" and token.tag_ == "VBG":
            return subject_tokens(token)[0]
        if dep == "pcomp":
            token = head.head
        elif dep in ("conj", "advcl"):
            token = head
        else:
            return []
    return []


def clause(verb: Token | None, anchor: Token) -> set[int]:
    """The tokens a date or place of the negotiation may hang from: the word, its verb and the verbs that verb
    governs by control ("are set to begin on Monday in Astana")."""
    goals = {anchor.i}
    level = [verb] if verb is not None else []
    level += [c for c in anchor.children if c.dep_ == "acl" or c.dep_ == "relcl" and any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("that", "which") for s in c.children)]
    # "talks scheduled to take place in Kazakhstan", "the talks that will be held in Astana"
    if verb is not None and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when")
                                                         for c in verb.children):
        goals.add(verb.head.i)  # "delegations sat in a hall in Astana as talks got under way": the same scene
    for _ in range(3):
        goals |= {t.i for t in level}
        level = [c for t in level for c in t.children if c.pos_ in ("VERB", "AUX", "ADJ") and (
            c.dep_ in ("xcomp", "acomp") or c.dep_ == "conj" and not any(
                s.dep_ in ("nsubj", "nsubjpass") for s in c.children))]  # "is due to open in Doha"
    return goals


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def modal(verb: Token) -> str | None:
    for c in verb.children:
        if c.dep_ == "aux" and c.tag_ == "MD":
            return c.lower_
    return None
