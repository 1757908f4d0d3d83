"""The actor stage: find every span that names an actor and resolve it to a canonical actor and a code.

Tokens are read once, left to right, so that a later mention can point back to an earlier one. Each noun
phrase is resolved by the first route that applies, and the route is the mention's ``reason``:

    alias        a known name (person, organisation, country, capital, seat of government)
    title        an unknown person whose own words give office and country ("Libyan general X")
    role-noun    a role noun with a country from the phrase ("Russian officials", "Syria's army")
    coreference  a pronoun, surname or definite description that points back ("he", "Mr X", "the Syrian leader")
    context      a code taken from the surroundings: an appositive ("X, spokesman for Y"), or the article's
                 main country for a bare role noun ("the rebels", "regime forces")
    user         an entry of the user's own dictionary
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from ..dates.parse import MONTHS, WEEKDAYS
from ..nlp import entity_at, sentence_of
from ..places.names import PLACE_NOUNS, proper_nouns
from ..records import ActorMention, Analysis, PlaceMention
from .knowledge import ActorKB, Entity, Role
from .matcher import Anchor, find_anchors
from .naming import country_of_code, describe_code, is_honorific, sector_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..context import Context

NOMINAL = {"NOUN", "PROPN"}
# Day and month names a parse may read into a person's name ("On Thursday Sergei Lavrov met"); not "May".
CALENDAR = frozenset(n for n in (*MONTHS, *WEEKDAYS) if len(n) > 3) - {"may"} | {"yesterday", "today", "tomorrow"}
LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "predet", "npadvmod", "advmod"}
# Prepositions after which a country or capital names a place, not an actor ("talks in Ankara").
LOCATIVE = {
    "in",
    "at",
    "near",
    "inside",
    "across",
    "throughout",
    "into",
    "around",
    "outside",
    "within",
    "to",
    "towards",
    "toward",
    "over",
    "via",
    "through",
    "beyond",
    "along",
    "off",
    "of",
}
# Role nouns that name a condition when "of" something follows: "a state of emergency", "a state of siege".
CONDITIONS = {"state": {"emergency", "siege", "war", "alert", "readiness", "affair", "mind", "health", "play",
                        "shock", "disrepair", "flux", "limbo", "confusion", "chaos", "anarchy", "lawlessness"}}
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PLURAL = {"they", "them", "their", "themselves"}
NEUTER = {"its", "it"}
ARMED = {"MIL", "REB"}
# Role nouns that are also common words: they name an actor only with a determiner or modifier.
NEEDS_MODIFIER = {
    "force",
    "power",
    "state",
    "side",
    "party",
    "people",
    "authority",
    "government",
    "army",
    "leadership",
    "military",
    "security",
    "intelligence",
    "media",
    "press",
    "court",
    "opposition",
}


@dataclass
class _State:
    """What the resolver remembers while it reads one article."""

    published: date | None
    context_country: str | None
    mentions: list[ActorMention] = field(default_factory=list)
    people: list[tuple[ActorMention, Entity | None]] = field(default_factory=list)  # in order of appearance
    by_head: dict[int, ActorMention] = field(default_factory=dict)  # token index of head -> mention
    chosen: dict[str, Entity] = field(default_factory=dict)  # ambiguous alias -> the entity the article means
    subjects: set[int] = field(default_factory=set)  # starts of mentions that are the subject of their clause
    sector_country: dict[str, str] = field(default_factory=dict)  # REB -> SYR once "Syrian rebels" were named
    place_country: dict[int, str] = field(default_factory=dict)  # token index -> country of the place named there


def find_actors(analysis: Analysis, doc: Doc, ctx: Context) -> tuple[ActorMention, ...]:
    """Every actor mention of the article, resolved, in text order."""
    kb: ActorKB = ctx.actor_kb
    anchors = find_anchors(doc, kb, ctx.nlp)
    by_token: dict[int, Anchor] = {}
    for anchor in anchors:
        for i in range(anchor.start, anchor.end):
            by_token[i] = anchor
    state = _State(
        published=analysis.article.published,
        context_country=main_country(doc, analysis.places or (), kb, ctx.config.actors.context_share),
        place_country=_place_countries(doc, analysis.places or ()),
    )
    sent_of = sentence_of(doc)
    # towns, regions and landmarks the article names (countries and capitals may act)
    named_places = proper_nouns((p for p in analysis.places or () if p.reason != "in-name"), doc,
                                skip=("country", "capital", "demonym"))
    for token in doc:
        lower = token.lower_
        if token.pos_ == "PRON" or (lower in MALE | FEMALE | PLURAL and token.tag_ in ("PRP", "PRP$")):
            mention = _pronoun(token, state, sent_of)
        elif token.i in named_places and token.i not in by_token:
            continue  # "the West Bank", "the Golan Heights": a place's name, not a bank or a role
        elif token.pos_ in NOMINAL and token.dep_ != "compound":
            mention = _noun_phrase(token, doc, kb, by_token, state, sent_of)
        elif token.pos_ in NOMINAL and token.i in by_token and _compound_actor(token, by_token, kb):
            mention = _noun_phrase(token, doc, kb, by_token, state, sent_of)
        else:
            continue
        if mention is not None:
            state.mentions.append(mention)
            state.by_head[token.i] = mention
            if token.dep_ in ("nsubj", "nsubjpass"):
                state.subjects.add(mention.start)
            if mention.kind == "role" and mention.code:
                state.mentions += _conjoined(token, mention, kb)
    return _outermost(state.mentions)


def _conjoined(head: Token, mention: ActorMention, kb: ActorKB) -> list[ActorMention]:
    """The other actors of a coordinated modifier: "Hungarian and Romanian officials" (two countries), "government
    and rebel negotiators" (two sectors)."""
    out = []
    assert mention.code is not None
    for child in head.lefts:
        if child.dep_ not in ("amod", "compound", "nmod"):
            continue
        for other in child.conjuncts:
            if other.i > head.i:
                continue
            iso3 = _adjective(other, kb)
            role = kb.role((other.lemma_.lower(),))
            if iso3 is not None and iso3 != mention.code[:3]:
                code, why = iso3 + mention.code[3:6], f"'{other.text}', coordinated with '{child.text}'"
            elif role is not None and role[0].sector and role[0].sector != mention.code[3:6]:
                code, why = mention.code[:3] + role[0].sector, f"'{other.text}', coordinated with '{child.text}'"
            else:
                continue
            out.append(ActorMention(mention.start, mention.end, mention.text, mention.sentence, code,
                                    describe_code(kb, code), mention.reason, why, mention.kind, mention.head))
    return out


def main_country(doc: Doc, places: Sequence[PlaceMention], kb: ActorKB, share: float) -> str | None:
    """The country the article is set in, which a bare "rebels" or "the regime" belongs to.

    Counted from where things happen (places other than capitals, which mostly stand for governments or name
    venues) and, at half weight, from nationality words and countries that act. People and governments are left
    out: a story about Russia's war in Syria has Syrian rebels, not Russian ones. ``places`` are the article's
    place mentions; the counts are kept on the Doc, which every stage asks about."""
    counts = doc.user_data.get("tidings.setting")
    if counts is None:
        counts = Counter()
        for p in places:
            if p.country in kb.countries and p.feature not in ("capital", "demonym") and p.reason != "in-name":
                counts[p.country] += 1.0 if _set_in(doc, p) else 0.5
        for token in doc:  # nationality words
            iso3 = kb.adjectives.get(token.lower_)
            if iso3 and token.pos_ in ("ADJ", "PROPN", "NOUN") and not stance(token):
                counts[iso3] += 0.5
        doc.user_data["tidings.setting"] = counts
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n / sum(counts.values()) >= share else None


def role_country(doc: Doc, places: Sequence[PlaceMention], actors: Sequence[ActorMention], kb: ActorKB,
                 share: float) -> str | None:
    """The country a bare role word ("rebel", "regime") belongs to: the article's country, or else the country
    whose rebels and opposition it names most."""
    found = main_country(doc, places, kb, share)
    if found is None:
        counts = Counter(m.code[:3] for m in actors if m.code and m.code[3:6] in ("REB", "OPP"))
        found = counts.most_common(1)[0][0] if counts else None
    return found


def _set_in(doc: Doc, place: PlaceMention) -> bool:
    """Whether a place is named as where something happens or someone comes from ("fighting in Syria", "experts
    from Iran"), not as an actor ("Russia said", "Russia's defence ministry") or a modifier ("the Syria talks")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and (_locative(span.root) or (span.root.dep_ == "pobj" and span.root.head.lower_ == "from"))


def _compound_actor(token: Token, by_token: dict[int, Anchor], kb: ActorKB) -> bool:
    """A known person or organisation used as a modifier of a word that is not an actor ("the Lavrov talks")."""
    anchor = by_token[token.i]
    if token.i != anchor.end - 1:
        return False
    head = token.head
    if head.i in by_token or kb.role((head.lemma_.lower(),)):
        return False
    return anchor.entities[0][0].kind in ("person", "organisation")


def _np_span(token: Token, by_token: dict[int, Anchor]) -> tuple[int, int]:
    start = token.i
    for child in token.lefts:
        if child.dep_ in LEFT_DEPS:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    anchor = by_token.get(token.i)
    if anchor is not None:
        start, end = min(start, anchor.start), max(end, anchor.end)
    while start < token.i and (token.doc[start].is_punct or token.doc[start].lower_ in CALENDAR):
        start += 1  # "On Thursday Sergei Lavrov met": the day is parsed into the name
    return start, end


def _noun_phrase(
    token: Token, doc: Doc, kb: ActorKB, by_token: dict[int, Anchor], state: _State, sent_of: list[int]
) -> ActorMention | None:
    start, end = _np_span(token, by_token)
    head_anchor = by_token.get(token.i)
    if head_anchor is not None:
        return _named(token, doc, start, end, head_anchor, kb, by_token, state, sent_of)
    alone = start == token.i or (token.i == start + 1 and doc[start].lower_ == "the")  # the name, nothing else
    misspelt = _misspelt_country(token, kb) if alone else None
    if misspelt is not None:  # "a fresh offer from Afganistan": Afghanistan, spelled loosely
        country = kb.countries[misspelt]
        return _mention(doc, start, end, token, sent_of, misspelt + "GOV", country.name, "alias",
                        f"'{token.text}' is how this article spells {country.name}; it stands for its government",
                        "country")
    iso3 = _adjective(token, kb)
    minority = _minority(token, iso3, kb)
    if minority is not None:  # "Iraqi Kurds", "Bosnian Serbs": a community of the country the adjective names
        country = kb.countries[minority[1]]
        return _mention(doc, start, end, token, sent_of, minority[1] + "CVL", f"{country.name} civilians",
                        "role-noun", f"'{minority[0].text} {token.text}': the {token.text} of {country.name}", "role")
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
        return _unknown_person(token, doc, start, end, kb, by_token, state, sent_of)
    role = _head_role(token, kb)
    if role is not None and not _bare_idiom(token, role):
        return _role_phrase(token, doc, start, end, role, kb, by_token, state, sent_of)
    if iso3 and token.pos_ in NOMINAL and token.tag_ in ("NNPS", "NNS") and not _locative(token):
        country = kb.countries[iso3]
        ethnic = any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in token.children)
        home, how = _ethnic_home(token, kb, by_token, state) if ethnic else _where_from(token, kb, by_token, state)
        if home and home[:3] != iso3 and home[:3] in kb.countries and (ethnic or how.startswith("of ")):
            where = kb.countries[home[:3]].name  # "ethnic Albanians in Serbia", "the Albanians of Serbia"
            return _mention(doc, start, end, token, sent_of, home[:3] + "CVL", f"{where} civilians", "role-noun",
                            f"'{'ethnic ' if ethnic else ''}{token.text}': people of {where} ({how})", "role")
        if _definite(doc[start:end]):  # "the Russians" deal with the rebels: the state
            return _mention(doc, start, end, token, sent_of, iso3 + "GOV", country.name, "alias",
                            f"'{token.text}' stands for {country.name}'s government", "country")
        return _mention(doc, start, end, token, sent_of, iso3 + "CVL", f"{country.name} civilians", "role-noun",
                        f"'{token.text}': people of {country.name}", "role")  # "thousands of Nigerians rallied"
    if token.ent_type_ == "ORG" and token.pos_ == "PROPN":
        return _unknown_organisation(token, doc, kb, state, sent_of)
    return None


def _bare_idiom(token: Token, role: Role) -> bool:
    """'came into force', 'by force', 'a power': a singular role noun with no word before it names no actor."""
    if token.lemma_.lower() == "force" and token.dep_ == "dobj" and token.head.lemma_.lower() == "join":
        return True  # "join forces with": to act together, not an armed force
    if token.lemma_.lower() in CONDITIONS and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in CONDITIONS[token.lemma_.lower()]
                                                         for o in c.children) for c in token.children):
        return True  # "a state of emergency": a condition, not a state
    if len(role.phrase) > 1 or token.tag_ != "NN" or token.lemma_.lower() not in NEEDS_MODIFIER:
        return False
    return not any(c.dep_ in ("det", "poss", "amod", "compound") for c in token.lefts)


def _mention(
    doc: Doc,
    start: int,
    end: int,
    head: Token,
    sent_of: list[int],
    code: str | None,
    name: str | None,
    reason: str,
    detail: str | None,
    kind: str,
) -> ActorMention:
    span = doc[start:end]
    return ActorMention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        sentence=sent_of[head.i],
        code=code,
        name=name,
        reason=reason,
        detail=detail,
        kind=kind,
        head=head.idx,
    )


def _locative(token: Token) -> bool:
    """A name used as a place: the object of "in", "at", "near" ... or of such a phrase's conjunct or apposition."""
    while token.dep_ in ("conj", "appos", "compound") and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE


def _pick(anchor: Anchor, state: _State) -> tuple[Entity, str]:
    """Choose among the entities an alias may name: the one the article already chose, or one in office."""
    choices = anchor.entities
    if len(choices) == 1:
        return choices[0]
    chosen = state.chosen.get(anchor.key)
    if chosen is not None:
        for entity, how in choices:
            if entity.key == chosen.key:
                return entity, how
    earlier = {e.key for _, e in state.people if e is not None}
    for entity, how in choices:
        if entity.key in earlier:
            return entity, how
    for entity, how in choices:
        if entity.active_on(state.published):
            return entity, how
    return choices[0]


def _named(
    token: Token,
    doc: Doc,
    start: int,
    end: int,
    anchor: Anchor,
    kb: ActorKB,
    by_token: dict[int, Anchor],
    state: _State,
    sent_of: list[int],
) -> ActorMention | None:
    entity, how = _pick(anchor, state)
    then = kb.country_then(anchor.key, state.published) if entity.kind == "country" and how == "country" else None
    if then is not None:  # "Congo" in 1985: the Republic of the Congo
        entity = kb.entities.get(f"country:{then}", entity)
    state.chosen[anchor.key] = entity
    reason = "user" if entity.source != "shipped" else "alias"
    if entity.kind == "country" and how in ("country", "capital"):
        if _locative(doc[anchor.end - 1]) or (token.dep_ == "compound" and token.head.i not in by_token):
            return None
        what = "capital" if how == "capital" else "name"
        detail = f"{doc[anchor.start : anchor.end].text}: the {what} of {entity.name} stands for its government"
        return _mention(doc, start, end, token, sent_of, f"{entity.code}GOV", entity.name, reason, detail, "country")
    if entity.kind == "organisation" and entity.subkind == "seat" and _locative(doc[anchor.end - 1]):
        return None
    if entity.kind == "person":
        code, office = entity.code_on(state.published)
        mention = _mention(doc, start, end, token, sent_of, code, entity.name, reason, office, "person")
        state.people.append((mention, entity))
        return mention
    code, office = entity.code_on(state.published)
    detail = office or f"{entity.subkind or 'organisation'}"
    if entity.source != "shipped":
        detail += f" ({entity.source})"
    return _mention(doc, start, end, token, sent_of, code, entity.name, reason, detail, "organisation")


def _head_role(token: Token, kb: ActorKB) -> Role | None:
    """The role a noun names, with the words before it ("foreign minister", "think - tank") or after it
    ("chief of staff", "minister of defence")."""
    lemmas = [token.lemma_.lower()]
    i = token.i - 1
    while i >= 0:
        t = token.doc[i]
        if (t.head.i == token.i or t.head.i > i) and (t.dep_ in ("compound", "amod") or t.text in ("-", "–")):
            lemmas.insert(0, "-" if t.text in ("-", "–") else t.lemma_.lower())
            i -= 1
        else:
            break
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                words = [c.lemma_.lower() for c in obj.lefts if c.dep_ in ("compound", "amod")]
                found = kb.role((*lemmas, "of", *words, obj.lemma_.lower()))
                if found and len(found[0].phrase) > 2:
                    return found[0]
        break
    found = kb.role(tuple(lemmas))
    if found is None and "-" in lemmas:
        found = kb.role(tuple(w for w in lemmas if w != "-"))
    if found is None and token.pos_ == "PROPN" and token.i == token.sent.start and token.text.istitle():
        # a capitalised plural opening a sentence, which spaCy tags as a name and does not lemmatise: "Rebels"
        word = lemmas[-1]
        single = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
        found = kb.role((*lemmas[:-1], single))
    return found[0] if found else None


def _modifier_sector(span: Span, head: Token, kb: ActorKB) -> tuple[str | None, str | None]:
    """The strongest sector a modifier word gives ("rebel commander" -> REB), with the word."""
    best: tuple[str | None, str | None] = (None, None)
    for t in span:
        if t.i >= head.i or t.dep_ not in ("compound", "amod", "nmod"):
            continue
        found = kb.role((t.lemma_.lower(),)) or kb.role((t.lower_,))
        if found and found[0].sector:
            best = (found[0].sector, t.text)
        elif t.lower_ in ("military", "armed"):
            best = ("MIL", t.text)
    return best


def _combine(head_sector: str | None, modifier: str | None) -> str | None:
    """Head and modifier sectors: a modifier refines a generic head, but "government forces" stay MIL."""
    if modifier is None or modifier == head_sector:
        return head_sector
    if head_sector is None:
        return modifier
    if modifier == "GOV":
        return head_sector
    if modifier == "OPP" and head_sector in ARMED:
        return "REB" if head_sector == "REB" else head_sector
    if head_sector in ("GOV", "EDU", "MED") or modifier in ARMED or modifier in ("COP", "OPP", "LEG", "JUD"):
        return modifier
    return head_sector


@dataclass(frozen=True)
class _Owner:
    """What a phrase's modifiers say about whose it is."""

    country: str | None = None  # ISO3 from a country, capital, demonym or person
    how: str | None = None  # the words that said so
    code: str | None = None  # an organisation's own code ("Hezbollah forces" -> LBNREB)
    name: str | None = None


def _owner(span: Span, head: Token, kb: ActorKB, by_token: dict[int, Anchor], state: _State) -> _Owner:
    """The country or organisation the modifiers of a role noun name ("Turkey's", "Russian", "UN", "his"). A
    nationality or a name says more than a pronoun: "his Turkish counterpart" is Turkish."""
    pronoun = _Owner()
    for t in span:
        if t.i == head.i:
            continue
        if t.dep_ == "npadvmod" and t.head.tag_ in ("VBN", "VBD") and t.head.lower_ != "led":
            continue  # "US-backed rebels", "Iran-funded militias": someone else's, not the country's own
        if stance(t):
            continue  # "the pro-Iranian Hizbollah", "an anti-Syria journalist": a stance, not a nationality
        anchor = by_token.get(t.i)
        if anchor is not None:
            if t.i != anchor.end - 1:
                continue
            entity, how = _pick(anchor, state)
            words = span.doc[anchor.start : anchor.end].text
            if entity.kind == "organisation" and entity.code:
                if entity.subkind == "seat" or entity.code[:3] in kb.countries and len(entity.code) == 3:
                    return _Owner(country=entity.code[:3], how=words, code=entity.code, name=entity.name)
                return _Owner(code=entity.code, how=words, name=entity.name)
            if entity.kind == "person":
                code, _ = entity.code_on(state.published)
                if code and code[:3] in kb.countries:
                    return _Owner(country=code[:3], how=words)
                if code:
                    return _Owner(code=code, how=words, name=entity.name)
            if entity.kind == "country" and entity.code in kb.countries:
                return _Owner(country=entity.code, how=words)
            continue
        iso3 = _adjective(t, kb) or (_misspelt_country(t, kb) if t.dep_ == "compound" else None)
        if iso3 and t.i > 0 and span.doc[t.i - 1].lower_ == "ethnic":  # "ethnic Albanian guerrillas in Macedonia"
            home, how = _ethnic_home(head, kb, by_token, state)
            if home is not None:
                return _Owner(country=home[:3], how=f"ethnic {t.text}, {how}")
        if iso3 and (t.dep_ in ("amod", "compound", "nmod", "poss", "conj") or (
                t.dep_ == "npadvmod" and t.head.lower_ == "led")):  # "Vietnamese-led forces" (not "US-backed")
            return _Owner(country=iso3, how=t.text)
        if t.dep_ == "poss" and t.lower_ in MALE | FEMALE | NEUTER | PLURAL and pronoun == _Owner():
            owner = state.by_head.get(t.i)
            if owner is not None and owner.code:
                if owner.code[:3] in kb.countries:
                    pronoun = _Owner(country=owner.code[:3], how=f"{t.text} ({owner.name})")
                else:
                    pronoun = _Owner(code=owner.code, how=t.text, name=owner.name)
    return pronoun


def _misspelt_country(token: Token, kb: ActorKB) -> str | None:
    """The country a capitalised name that is no person's names when spelled a letter apart ("Afganistan")."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON" or not token.text[:1].isupper():
        return None
    return kb.country_spelled_like(token.text)


def stance(token: Token) -> bool:
    """A country word after "pro-" or "anti-" ("pro-Iranian", "anti-Syria"): what one is for or against."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in ("pro", "anti")


def _minority(token: Token, iso3: str | None, kb: ActorKB) -> tuple[Token, str] | None:
    """A plural community or nationality noun with another country's adjective before it ("Iraqi Kurds",
    "Bosnian Serbs"): the adjective's word and country."""
    if token.tag_ not in ("NNS", "NNPS") or not (iso3 or token.lower_ in kb.communities):
        return None
    for child in token.lefts:
        if child.dep_ in ("amod", "compound"):
            home = kb.adjectives.get(child.lower_)
            if home and home != iso3 and home in kb.countries:
                return child, home
    return None


def _adjective(token: Token, kb: ActorKB) -> str | None:
    """The country of a nationality word, two-word forms included ("Saudi Arabian", "North Korean")."""
    if token.i > 0:
        pair = f"{token.doc[token.i - 1].lower_} {token.lower_}"
        if pair in kb.adjectives:
            return kb.adjectives[pair]
    return kb.adjectives.get(token.lower_)


def doc_text(anchor: Anchor, span: Span) -> str:
    return span.doc[anchor.start : anchor.end].text


def _of_phrase(head: Token, kb: ActorKB, state: _State) -> ActorMention | None:
    """The actor in "spokesman for X", "fellow at X", "minister of X", "leader of X"."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "at", "of", "with", "from"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found = state.by_head.get(obj.i)
                    if found is not None and found.code:
                        return found
    return None


def _role_phrase(
    token: Token,
    doc: Doc,
    start: int,
    end: int,
    role: Role,
    kb: ActorKB,
    by_token: dict[int, Anchor],
    state: _State,
    sent_of: list[int],
) -> ActorMention | None:
    span = doc[start:end]
    modifier, _ = _modifier_sector(span, token, kb)
    sector = _combine(role.sector, modifier)
    owner = _owner(span, token, kb, by_token, state)
    if owner == _Owner() and token.dep_ == "conj" and token.head.pos_ == "NOUN" and all(
            c.dep_ in ("det", "punct", "cc") for c in token.children):  # "Israeli helicopters and tanks"
        first = token.head
        owner = _owner(doc[first.left_edge.i : first.i + 1], first, kb, by_token, state)
    kind = "role"
    if owner.code and len(owner.code) >= 6:
        # "Hezbollah forces", "Kremlin officials", "UN envoy", "an AFP correspondent": the organisation acts
        code = owner.code
        if owner.country and sector and role.sector and code[3:6] != sector and code[3:6] == "GOV":
            code = code[:3] + sector  # "Kremlin troops"
        return _mention(
            doc,
            start,
            end,
            token,
            sent_of,
            code,
            owner.name,
            "alias",
            f"'{token.text}' of {owner.name}",
            "organisation",
        )
    iso3 = owner.country
    member = _member_of(token, state) if iso3 is None else None
    if member is not None and member.code and len(member.code) >= 6:
        return _mention(doc, start, end, token, sent_of, member.code, member.name, "context",
                        f"'{token.text}' of {member.name}", kind)
    if iso3 is None:
        iso3, owner_how = _where_from(token, kb, by_token, state)
        if iso3 is not None:
            owner = _Owner(country=iso3, how=owner_how)
    if iso3 is None:
        linked = _of_phrase_after(token, doc, kb, by_token, state)
        if linked is not None and linked.code:
            return _mention(
                doc,
                start,
                end,
                token,
                sent_of,
                linked.code,
                linked.name,
                "context",
                f"{token.text} of {linked.text}",
                kind,
            )
    words = " ".join(role.phrase)
    if iso3 is not None:
        reason, detail = (
            "role-noun",
            f"{words} ({sector or 'no sector'}) of {_country_name_of(kb, iso3)}, from '{owner.how}'",
        )
        if role.person and token.pos_ == "PROPN":
            reason = "title"
    elif sector is not None and sector in state.sector_country:
        iso3 = state.sector_country[sector]  # "the rebels" after "Syrian rebel groups": the same rebels
        reason, detail = "coreference", f"{words} ({sector}); the {_country_name_of(kb, iso3)} ones named before"
    elif state.context_country and (sector is not None or _community(span, token, kb)):
        iso3 = state.context_country
        community = _community(span, token, kb)
        if community is not None and sector is None:
            sector = "REB"  # "Kurdish groups", "Alawite militias": armed groups of a community
        why = f" of the {community} community" if community else ""
        reason = "context"
        detail = f"{words}{why} ({sector}); the article is mostly about {_country_name_of(kb, iso3)}"
    else:
        if sector is None:
            return None
        return _mention(
            doc, start, end, token, sent_of, None, None, "role-noun", f"{words} ({sector}); no country", kind
        )
    code = iso3 + (sector or "GOV")
    if reason in ("role-noun", "title") and sector and sector not in ("GOV", "MIL", "LEG", "JUD", "COP"):
        state.sector_country.setdefault(sector, iso3)
    if role.person and _definite(span):
        earlier = _earlier_person(code, state)
        if earlier is not None:
            return _mention(
                doc,
                start,
                end,
                token,
                sent_of,
                earlier.code,
                earlier.name,
                "coreference",
                f"'{span.text}' refers back to {earlier.name}",
                "person",
            )
    name = f"{country_of_code(kb, iso3)} {sector_name(sector or 'GOV', role.person)}".strip()
    mention = _mention(doc, start, end, token, sent_of, code, name, reason, detail, kind)
    if role.person:
        state.people.append((mention, None))
    return mention


# People who travel to where they are named ("the delegation in Geneva"): a place says nothing of their country.
VISITORS = frozenset({"delegation", "delegate", "negotiator", "envoy", "representative", "emissary", "visitor"})


def _ethnic_home(token: Token, kb: ActorKB, by_token: dict[int, Anchor], state: _State) -> tuple[str | None, str]:
    """Where an ethnic group lives: "ethnic Albanians in Serbia", else the one country its sentence names as a place
    ("ethnic Turks demonstrated in Bulgaria"), else the article's country."""
    home, how = _where_from(token, kb, by_token, state)
    if home is not None:
        return home, how or ""
    here = {c for i, c in state.place_country.items()
            if token.sent.start <= i < token.sent.end and not token.left_edge.i <= i <= token.i}  # not "Serb" itself
    if len(here) == 1:
        return here.pop(), "the place the sentence names"
    return state.context_country, "the article"


def _where_from(token: Token, kb: ActorKB, by_token: dict[int, Anchor], state: _State) -> tuple[str | None, str | None]:
    """The country of "officials in Damascus", "diplomats from Russia", "the government of Peru": a country or
    capital after in, from or of; else a town or region there ("fighters in the Deraa countryside", "media in the
    Russian resort of Sochi")."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "of"):
            for obj in child.children:
                anchor = by_token.get(obj.i)
                if obj.dep_ == "pobj" and anchor is not None:
                    entity, how = _pick(anchor, state)
                    if entity.kind == "country" and how in ("country", "capital"):
                        return entity.code, f"{child.text} {obj.text}"
    if token.lemma_.lower() in VISITORS:
        return None, None
    shared = [c for c in token.head.rights if c.i > token.i] if token.dep_ == "conj" else []
    for child in [*token.rights, *shared]:  # "dignitaries and media in ...": the phrase is the conjuncts'
        if child.dep_ == "prep" and child.lower_ in ("in", "from", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for near in _place_words(obj):
                        if near.i in state.place_country:
                            return state.place_country[near.i], f"{child.text} {near.text}"
    return None, None


def _place_words(obj: Token) -> list[Token]:
    """The object of a preposition and, when it is a kind of place, the words that name it: "the Deraa
    countryside", "the resort town of Sochi" (not "the Astana meeting")."""
    if obj.lemma_.lower() not in PLACE_NOUNS:
        return [obj]
    words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "appos"))]
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words += [c for c in prep.children if c.dep_ == "pobj"]
    return words


def _place_countries(doc: Doc, places: Sequence[PlaceMention]) -> dict[int, str]:
    out: dict[int, str] = {}
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and p.country and p.reason != "in-name":
            for t in span:
                out[t.i] = p.country
    return out


def _member_of(token: Token, state: _State) -> ActorMention | None:
    """The organisation of "fighters from Hezbollah", "officials of the UN": its own mention, already read."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("from", "of", "in", "with"):
            for obj in child.children:
                found = state.by_head.get(obj.i)
                if obj.dep_ == "pobj" and found is not None and found.kind == "organisation" and found.code:
                    return found
    return None


def _community(span: Span, head: Token, kb: ActorKB) -> str | None:
    """An ethnic or religious word among a role noun's modifiers ("Kurdish" in "Kurdish groups")."""
    for t in span:
        if t.i != head.i and t.lower_ in kb.communities:
            return t.text
    return None


def _country_name_of(kb: ActorKB, iso3: str) -> str:
    country = kb.countries.get(iso3)
    return country.name if country else iso3


def _of_phrase_after(
    token: Token,
    doc: Doc,
    kb: ActorKB,
    by_token: dict[int, Anchor],
    state: _State,
) -> ActorMention | None:
    """Resolve the object of "for/at/of" after a role noun now, since it comes later in the text."""
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "at", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj" and (obj.i in by_token or obj.ent_type_ == "ORG"):
                    return _noun_phrase(obj, doc, kb, by_token, state, sentence_of(doc))
    return None


def _definite(span: Span) -> bool:
    return any(t.lower_ in ("the", "this", "that") for t in span[:2])


def _earlier_person(code: str, state: _State) -> ActorMention | None:
    """The last named person of this code that the article mentioned."""
    for mention, _entity in reversed(state.people):
        if mention.code == code and mention.kind == "person":
            return mention
    return None


def _unknown_person(
    token: Token,
    doc: Doc,
    start: int,
    end: int,
    kb: ActorKB,
    by_token: dict[int, Anchor],
    state: _State,
    sent_of: list[int],
) -> ActorMention | None:
    ent = entity_at(token, "PERSON")
    names = [t for t in (ent if ent is not None else [token]) if not is_honorific(t.text) and not t.is_punct]
    full = " ".join(t.text for t in names) if names else token.text
    for mention, entity in reversed(state.people):  # "Mr Alyoussef" after "Yaser Alyoussef"
        if (
            mention.name
            and (full == mention.name or full.split()[-1] == mention.name.split()[-1])
            and mention.kind == "person"
        ):
            linked = _mention(
                doc,
                start,
                end,
                token,
                sent_of,
                mention.code,
                mention.name,
                "coreference",
                f"'{full}' refers back to {mention.name}",
                "person",
            )
            state.people.append((linked, entity))
            return linked
    known = kb.spelled_like(full) if len(names) >= 2 else None
    if known is not None:  # "President Francois Mitterand": Mitterrand, spelled loosely
        code, office = known.code_on(state.published)
        mention = _mention(doc, start, end, token, sent_of, code, known.name, "alias",
                           f"'{full}' is how this article spells {known.name}" + (f"; {office}" if office else ""),
                           "person")
        state.people.append((mention, known))
        return mention
    span = doc[start:end]
    role = None
    for t in span:
        if t.i != token.i and t.dep_ == "compound" and t.pos_ in NOMINAL:
            role = _head_role(t, kb) or role
    code, reason, detail = None, "context", f"{full}: unknown person"
    if role is not None:
        owner = _owner(span, token, kb, by_token, state)
        if owner.code and len(owner.code) >= 6:
            code, reason, detail = owner.code, "title", f"{' '.join(role.phrase)} of {owner.name}"
        elif owner.country is not None:
            code = owner.country + (role.sector or "GOV")
            reason, detail = (
                "title",
                f"{' '.join(role.phrase)} of {_country_name_of(kb, owner.country)} ('{owner.how}')",
            )
    if code is None and role is not None and role.sector and state.context_country:
        code = state.context_country + role.sector  # "President Museveni" in an article about Uganda
        reason = "title"
        detail = f"{' '.join(role.phrase)} in an article about {_country_name_of(kb, state.context_country)}"
    if code is None and token.dep_ in ("appos", "compound") and token.head.i in state.by_head:
        title = state.by_head[token.head.i]  # "Kazakhstan's foreign minister, Erlan Zhaksybekov"
        if title.kind == "role" and title.code:
            code, reason, detail = title.code, "title", f"{title.text}: {title.detail}"
    if code is None:
        appos = _appositive(token, doc, kb, by_token, state, sent_of)
        if appos is not None and appos.code:
            code, reason, detail = appos.code, "context", f"{full}, {appos.text}: {appos.detail or appos.name}"
    mention = _mention(doc, start, end, token, sent_of, code, full, reason, detail, "person")
    state.people.append((mention, None))
    return mention


def _appositive(
    token: Token, doc: Doc, kb: ActorKB, by_token: dict[int, Anchor], state: _State, sent_of: list[int]
) -> ActorMention | None:
    """What "X, spokesman for Y" or "X, a Syria expert at Y" says X is."""
    for child in token.rights:
        if child.dep_ == "appos" and child.pos_ in NOMINAL:
            found = _noun_phrase(child, doc, kb, by_token, state, sent_of)
            if found is not None and found.code:
                return found
    return None


def _unknown_organisation(
    token: Token,
    doc: Doc,
    kb: ActorKB,
    state: _State,
    sent_of: list[int],
) -> ActorMention | None:
    ent = entity_at(token, "ORG")
    if ent is None or ent.end - 1 != token.i:
        return None
    iso3 = next(
        (
            kb.adjectives.get(t.lower_) or _country_name(t, kb)
            for t in ent
            if kb.adjectives.get(t.lower_) or _country_name(t, kb)
        ),
        None,
    )
    sector = None
    for t in ent:
        found = kb.role((t.lemma_.lower(),))
        if found and found[0].sector:
            sector = found[0].sector
    words = ent.text.removeprefix("the ").removeprefix("The ")
    if iso3 is None:
        return _mention(
            doc,
            ent.start,
            ent.end,
            token,
            sent_of,
            None,
            words,
            "context",
            f"{words}: unknown organisation",
            "organisation",
        )
    code = iso3 + (sector or "")
    return _mention(
        doc,
        ent.start,
        ent.end,
        token,
        sent_of,
        code if len(code) in (3, 6) else iso3,
        words,
        "context",
        f"{words}: organisation named after {_country_name_of(kb, iso3)}",
        "organisation",
    )


def _country_name(token: Token, kb: ActorKB) -> str | None:
    for entity, how in kb.lookup(token.text):
        if entity.kind == "country" and how == "country":
            return entity.code
    return None


def _pronoun(token: Token, state: _State, sent_of: list[int]) -> ActorMention | None:
    lower = token.lower_
    if lower in MALE | FEMALE:
        want = "m" if lower in MALE else "f"
        here = sent_of[token.i]
        candidates = []
        for mention, entity in reversed(state.people):
            if here - mention.sentence > 3:
                break
            gender = entity.gender if entity is not None else None
            if gender in (None, want):
                candidates.append(mention)
        # the person the text is about is most often the last subject, not the last name it mentioned
        for mention in candidates:
            if mention.start in state.subjects and mention.kind == "person":
                return _coref(token, mention, sent_of)
        for mention in candidates:
            if mention.start in state.subjects:
                return _coref(token, mention, sent_of)
        return _coref(token, candidates[0], sent_of) if candidates else None
    if lower in PLURAL:
        for mention in reversed(state.mentions):
            if sent_of[token.i] - mention.sentence > 1:
                break
            if mention.kind in ("role", "organisation") and _plural(mention):
                return _coref(token, mention, sent_of)
        return None
    if lower == "it":
        return _reported_it(token, state, sent_of)
    if lower == "its":
        for mention in reversed(state.mentions):
            if sent_of[token.i] - mention.sentence > 1:
                break
            if mention.kind in ("country", "organisation") or (mention.kind == "role" and not _plural(mention)):
                return _coref(token, mention, sent_of)
    return None


def _reported_it(token: Token, state: _State, sent_of: list[int]) -> ActorMention | None:
    """"It" as the subject of what a country or organisation says or decides: "the government said it had freed
    the prisoners", "Turkey warned it would respond". Any other "it" ("it is unclear") is left alone."""
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" or verb.head == verb:
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    for mention in reversed(state.mentions):
        if sent_of[token.i] - mention.sentence > 0:
            break
        if mention.start <= subject.idx < mention.end and (
            mention.kind in ("country", "organisation") or (mention.kind == "role" and not _plural(mention))
        ):
            return _coref(token, mention, sent_of)
    return None


def _plural(mention: ActorMention) -> bool:
    return mention.text.endswith("s") or mention.kind == "organisation"


def _coref(token: Token, antecedent: ActorMention, sent_of: list[int]) -> ActorMention:
    return ActorMention(
        start=token.idx,
        end=token.idx + len(token.text),
        text=token.text,
        sentence=sent_of[token.i],
        code=antecedent.code,
        name=antecedent.name,
        reason="coreference",
        detail=f"'{token.text}' refers back to '{antecedent.text}' (sentence {antecedent.sentence + 1})",
        kind="pronoun",
        head=token.idx,
    )


def _outermost(mentions: list[ActorMention]) -> tuple[ActorMention, ...]:
    """Drop a mention that lies inside another (the possessive inside "Turkey's foreign minister")."""
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    out: list[ActorMention] = []
    for m in ordered:
        if (
            out
            and out[-1].start <= m.start
            and m.end <= out[-1].end
            and (m.start, m.end) != (out[-1].start, out[-1].end)
        ):
            continue
        if out and (m.start, m.end, m.code) == (out[-1].start, out[-1].end, out[-1].code):
            continue
        out.append(m)
    return tuple(out)
