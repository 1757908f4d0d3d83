"""The event stage: from each sentence, the events it reports, typed, with source, target, status, date, place.

For every trigger (``triggers``) the stage reads its arguments (``arguments``), its status (``status``) and
its date and place (``attach``), then keeps one event per distinct (type, source, target) in the article.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..actors.resolve import role_country
from ..dates.reckon import later_than
from ..places.names import proper_nouns
from ..records import ActorMention, Analysis, Event, PlaceMention, TimeMention
from .arguments import MILITARY_TYPES as MILITARY
from .arguments import NAMED, NEAREST, ActorIndex, Arguments, actor_for_place, find_arguments, passive
from .attach import choose_place, choose_time
from .cues import load_cues
from .negotiations import with_talks
from .reported import (
    THREATS,
    accusation,
    answered,
    governor,
    one_sided_truce,
    pledge,
    promise_words,
    refusal,
    speaker_of,
    threat,
    ultimatum,
)
from .settle import settle
from .speech import compatible
from .status import clause_verb, find_status
from .triggers import OF_OTHERS, Hit, find_hits

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..actors.knowledge import ActorKB
    from ..context import Context
    from ..places.gazetteer import Gazetteer

SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE"}
ANSWERING = {"THREATEN", "REJECT", "SANCTION", "COERCE"}  # acts about another act, whose target they may share
ON_PLACE = {"ASSAULT", "COERCE", "CONCEDE", "RETREAT"}  # an attack on a place with no named target hits its people;
# so do an easing and a withdrawal there ("lifted the curfew in Montenegro", "evacuated the settlements in Gaza")
EASING = {"CONCEDE", "RETREAT"}
DEEDS = {"ease", "release", "return"}  # concessions done, not said: placed where they happen, like other deeds
RESTRICTING = {"COERCE", "SANCTION"}
MAX_PAIRS = 12

__all__ = ["find_events"]


def find_events(analysis: Analysis, doc: Doc, ctx: Context) -> tuple[Event, ...]:
    """Every event the article reports, once per distinct (type, source, target)."""
    kb = ctx.actor_kb
    cues = load_cues()
    actors = analysis.actors or ()
    # nationality words and towns inside organisation names are place mentions, but no event happens there
    where = tuple(p for p in analysis.places or () if p.feature != "demonym" and p.reason != "in-name")
    country = role_country(doc, where, actors, kb, ctx.config.actors.context_share)
    index = ActorIndex(actors, doc, kb, country, _described_places(where, doc), _country_names(where, doc))
    blocked = index.blocked() | proper_nouns(where, doc)
    destinations = proper_nouns(where, doc, ("country", "capital", "city"))
    times = _by_sentence(analysis.times or ())
    places = _by_sentence(where)
    as_actors: dict[int, list[tuple[int, int]]] = {}  # a country or capital that acts is not where things happen
    for m in actors:
        if m.kind in NAMED:
            as_actors.setdefault(m.sentence, []).append((m.start, m.end))
    events: list[Event] = []
    done_by_someone: set[str] = set()  # deeds told in the passive with no agent: kept though no one is named
    for n, sent in enumerate(doc.sents):
        hits = find_hits(sent, ctx.lexicon, cues, blocked, destinations)
        trigger_tokens = {h.token.i for h in hits}
        found = [(hit, find_arguments(hit, index, cues)) for hit in hits]
        lifted = _lifted(found)
        trigger_tokens -= lifted  # "lifted the curfew in Tbilisi": where the curfew was is where it is lifted
        placed = _people_struck(found, lifted, places.get(n, []), doc, trigger_tokens, as_actors.get(n, []), kb)
        _targets_of_contents(found)
        consumed: set[int] = set()
        threats = {}
        ultimatums = {}
        for hit, hit_args in found:
            demand = ultimatum(hit, index)
            if demand is not None:  # what the other must do is the ultimatum's content
                ultimatums[hit.token.i] = demand
                condition = {t.i for t in demand[0].subtree}
                consumed |= {h.token.i for h in hits if h.token.i in condition}
            promised = threat(hit, hit_args.sources, index, cues)
            if promised is not None:
                threats[hit.token.i] = promised
                consumed.add(promised[0].i)
        consumed |= _contents([h for h in hits if h.token.i not in threats]) | _restated(hits) | lifted
        for hit, args in found:
            if hit.token.i in consumed:
                continue
            if _interview(hit):
                continue  # "asked about the talks, he said", "when asked why": a reporter's question
            if hit.trigger.mode == "peacekeeping" and hit.pos == "NOUN" and hit.light is None:
                continue  # "the mandate of the peacekeeping force": a force named, no act unless one sends it
            if hit.trigger in OF_OTHERS and not _others(args):
                continue  # "they said they must leave", "said they were responsible": a resolve, a claim
            if not args.sources and hit.pos == "VERB" and passive(hit.token):
                proposer = governor(hit, cues.proposed_governors)
                if proposer is not None:  # "officials suggested the US could be invited": they would invite
                    args.sources = speaker_of(proposer, index)
                    args.how.append(f"proposed by the subject of '{proposer.text}'")
            goals = _goals(hit)
            time, time_reason = choose_time(times.get(n, []), doc, goals, trigger_tokens)
            if time is None and len(hits) == 1 and len(times.get(n, [])) == 1 and times[n][0].value:
                time, time_reason = times[n][0], f"'{times[n][0].text}', the only date in the sentence"
            place, place_reason = placed.get(hit.token.i) or choose_place(
                places.get(n, []), doc, goals, trigger_tokens, as_actors.get(n, []),
                None if hit.trigger.mode in DEEDS else hit.trigger.type)
            status, status_reason = find_status(hit, cues, bool(time and time.future))
            if place is None and hit.trigger.type == "CONSULT" and _hosted(hit):
                place = _host_country(args.sources, ctx.gazetteer, n)  # "Turkey hosted talks": in Turkey
                place_reason = place and f"hosted by {place.text}: in its country"
            if not args.targets and place is not None and hit.trigger.mode == "visit" and place.feature in (
                    "capital", "country"):  # "went to Moscow": a visit to its government; "to Geneva": a venue
                host = actor_for_place(place, kb, "GOV")
                args.targets = [host] if host else []
            if hit.trigger.type == "CONSULT" and not args.sources and not args.targets:
                hosts = _capitals_at_once(places.get(n, []), doc, kb)
                if hosts:  # "talks were taking place in Moscow and Ankara": between the two governments
                    args.sources, args.targets = hosts[:1], hosts[1:]
                    args.how.append("talks in two capitals at once: their governments")
            if args.targets and all(t.code in {s.code for s in args.sources} for t in args.targets):
                args.targets = []  # "the government of Haiti declared a state of siege in Haiti": no one else named
            if not args.sources and place is not None and hit.trigger.type == "PROTEST":
                crowd = actor_for_place(place, kb, "CVL")  # protesters with no named group: the people there
                args.sources = [crowd] if crowd else []
            if not args.targets and place is not None and hit.trigger.type == "PROTEST":
                rulers = actor_for_place(place, kb, "GOV")  # a protest at no one named is aimed at the government
                if rulers is not None and all(s.code != rulers.code for s in args.sources):
                    args.targets = [rulers]
                    args.how.append(f"protest in {place.text}: at its government")
            if not args.targets and place is not None and hit.trigger.type in ON_PLACE and _struck(place, doc):
                target = actor_for_place(place, kb, "CVL")
                args.targets = [target] if target else []
            made = Made(analysis, ctx, n, sent, hit, status, status_reason, time, time_reason, place, place_reason)
            if hit.token.i in ultimatums:
                condition, compliers = ultimatums[hit.token.i]
                made = made.but(type="THREATEN", mode="ultimatum", cameo="139", status="occurred",
                                status_reason=f"an ultimatum ('unless ... {condition.text}')")
                args.targets = [m for m in compliers if m.code] or args.targets
                args.how.append(f"ultimatum to the subject of '{condition.text}'")
            elif hit.token.i in threats:
                verb, committers = threats[hit.token.i]
                mode, cameo = THREATS[made.type]
                words = promise_words(verb, hit)
                made = made.but(type="THREATEN", mode=mode, cameo=cameo, status="occurred",
                                status_reason=f"a promise of force ({words})",
                                verb=None if verb.dep_ == "aux" else verb)  # "would blockade": the act's own word
                args.sources = committers or args.sources
                args.how.append(f"promised by its subject: {words}")
            elif (promised := pledge(hit, status, index, cues)) is not None:
                verb, promisers, mode, cameo = promised
                words = promise_words(verb, hit)
                made = made.but(type="AGREE", mode=mode, cameo=cameo, status="occurred",
                                status_reason=f"a promise ({words})")
                args.sources = args.sources or promisers
                args.how.append(f"promised by its subject: {words}")
            elif args.sources and (refused := refusal(hit)) is not None:
                words, mode, cameo = refused
                made = made.but(type="REJECT", mode=mode, cameo=cameo, status="occurred",
                                status_reason=f"a refusal ({words})")
                args.how.append(f"refused: {words}")
            elif (words := one_sided_truce(hit, args.sources, args.targets)) is not None:
                made = made.but(type="CONCEDE", mode="de-escalate", cameo="0871")
                args.how.append(f"a truce of one side: {words}")
            for source, target, participants in _pairs(made.type, args, hit.trigger.mode):
                events.append(made.event(source, target, participants, args))
                if source is None and made.type == hit.trigger.type and hit.trigger.mode in DEEDS and (
                        hit.pos == "VERB" and passive(hit.token)):
                    done_by_someone.add(events[-1].id)  # "prisoners were released": a deed, by someone unnamed
            for partner in args.partners:  # "along with Hezbollah forces, the army struck": both act, together
                for target in args.targets or [None]:
                    events.append(made.event(partner, target, (), args))
                for source in args.sources:
                    events.append(
                        made.but(
                            type="COOPERATE", mode="military" if made.type in MILITARY else None, cameo="06"
                        ).event(source, partner, (), args)
                    )
            together = _unique(args.sources)
            if made.type in MILITARY and len(together) > 1 and not args.mutual:  # "Syrian and Hezbollah forces
                # attacked": jointly (but not "traded fire": against each other)
                for ally in together[1:]:
                    events.append(made.but(type="COOPERATE", mode="military", cameo="06").event(
                        together[0], ally, (), args))
            accused = accusation(hit, args.sources, index, cues)
            if accused is not None:
                verb, speakers = accused
                when, when_reason = choose_time(times.get(n, []), doc, {verb.i}, trigger_tokens)
                report = made.but(
                    type="ACCUSE",
                    mode="allege",
                    cameo="112",
                    status="occurred",
                    status_reason=f"reported by '{verb.text}'",
                    verb=verb,
                    time=when,
                    time_reason=when_reason,
                )
                for speaker in speakers:
                    for source in args.sources:
                        events.append(report.event(speaker, source, (), args))
    events = _ahead(settle(with_talks(events, analysis.talks or (), actors), analysis, doc), analysis.article.published)
    return _distinct(_same_talks(events), ctx.config.events.min_score, done_by_someone)


def _ahead(events: list[Event], published: date | None) -> list[Event]:
    """What is told in the present but dated after publication is still to come: "the talks follow the Astana
    meetings", of a congress due next week."""
    if published is None:
        return events
    return [replace(e, status="planned", status_reason=f"{e.status_reason}; dated {e.date}, after publication")
            if e.status == "ongoing" and e.date and later_than(e.date, published) else e for e in events]


CONTENT_OF = {"REQUEST", "REJECT", "THREATEN"}


def _contents(hits: list[Hit]) -> set[int]:
    """Triggers that are only what another act asks for, refuses or threatens ("urged X to withdraw", "refused to
    meet", "threatened to impose sanctions"): the act is the event; its content did not happen."""
    acts = {h.token.i for h in hits if h.pos == "VERB" and h.trigger.type in CONTENT_OF}
    acts |= {h.light.i for h in hits if h.light is not None and h.trigger.type in CONTENT_OF}  # "renewed its demand
    # that Israel ease restrictions": what the demand carried by the verb asks for
    out = set()
    for h in hits:
        token = h.light if h.light is not None else h.token
        if h.pos == "NOUN" and h.light is None:
            continue
        for _ in range(2):
            infinitive = token.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in token.children)
            if (token.dep_ not in ("xcomp", "ccomp") and not infinitive) or token.head is token:
                break
            token = token.head
            if token.i in acts:
                out.add(h.token.i)
                break
    return out


def _people_struck(found: list[tuple[Hit, Arguments]], lifted: set[int], places: list[PlaceMention], doc: Doc,
                   others: set[int], avoid: list[tuple[int, int]], kb: ActorKB
                   ) -> dict[int, tuple[PlaceMention | None, str | None]]:
    """A restriction or attack on a place that names no one falls on its people ("shelled Homs", "a curfew in
    Oran"): set before threats and refusals read the targets of what they are about. Returns the places chosen, by
    trigger token, so that they are not chosen again."""
    chosen = {}
    for hit, args in found:
        if args.targets or hit.trigger.type not in RESTRICTING | {"ASSAULT"} or hit.token.i in lifted:
            continue
        struck, reason = chosen[hit.token.i] = choose_place(places, doc, _goals(hit), others, avoid, hit.trigger.type)
        people = actor_for_place(struck, kb, "CVL") if struck is not None and _struck(struck, doc, hit.token) else None
        if people is not None:
            args.targets = [people]
            args.how.append(f"an act on {struck.text}: its people")
    return chosen


def _targets_of_contents(found: list[tuple[Hit, Arguments]]) -> None:
    """A threat, refusal, sanction or restriction with no target of its own (or only a guessed one) takes it from
    the act it is about ("threatened to shell Iraqi towns", "rejected an offer from India")."""
    for hit, args in found:
        if hit.trigger.type in ANSWERING and (args.nearest or not args.targets) and args.sources:
            inner = answered(hit, found, args.sources)
            if inner is not None:
                args.targets = inner[0]
                args.how = [h for h in args.how if h != NEAREST] + [inner[1]]


def _lifted(found: list[tuple[Hit, Arguments]]) -> set[int]:
    """Restrictions an act of easing ends ("lifted the curfew", "eased the blockade on Gaza"): the restriction is what
    is lifted, not a new one. The easing takes its target. Returns the restrictions' tokens, but not those only asked
    or refused to be lifted, which still stand."""
    easing = {hit.token.i: args for hit, args in found if hit.pos == "VERB" and hit.trigger.type in EASING}
    out = set()
    for hit, args in found:
        if hit.trigger.type in RESTRICTING and hit.pos == "NOUN" and hit.light is None and hit.token.dep_ in (
                "dobj", "nsubjpass") and hit.token.head.i in easing:
            if hit.token.head.dep_ not in ("xcomp", "ccomp"):  # "demanded that they lift their sieges": they stand
                out.add(hit.token.i)
            ease = easing[hit.token.head.i]
            if not ease.targets and args.targets:
                ease.targets = args.targets
                ease.how.append(f"the target of the {hit.token.text} lifted")
    return out


def _restated(hits: list[Hit]) -> set[int]:
    """"Went on hunger strike to protest X": the verb in a protest's purpose clause is that protest again, not a
    second act (its target is the protest's, read by the arguments stage)."""
    acts = {(h.light if h.light is not None else h.token).i for h in hits if h.trigger.type == "PROTEST"}
    return {h.token.i for h in hits if h.pos == "VERB" and h.token.lemma_.lower() == "protest"
            and h.token.dep_ in ("advcl", "xcomp") and h.token.head.i in acts}


def _interview(hit: Hit) -> bool:
    """A reduced passive of asking with no asker ("Asked about the talks, he said", "when asked why"): a question
    put by the press, not a request between actors."""
    token = hit.token
    return (hit.pos == "VERB" and token.lemma_.lower() == "ask" and token.dep_ in ("advcl", "relcl", "acl")
            and token.tag_ == "VBN"
            and not any(c.dep_ in ("agent", "nsubjpass", "aux", "auxpass") for c in token.children))


def _others(args: Arguments) -> bool:
    """Whether the targets name someone other than the sources."""
    codes = {s.code for s in args.sources}
    return any(t.code and t.code not in codes for t in args.targets)


def _hosted(hit: Hit) -> bool:
    """Whether the trigger is hosting a meeting ("hosted talks", "will host the summit")."""
    return any(t is not None and t.lemma_.lower() == "host" for t in (hit.light, hit.token))


def _host_country(sources: list[ActorMention], gaz: Gazetteer, sentence: int) -> PlaceMention | None:
    """The country of the government that hosts a meeting: where the meeting is held."""
    host = next((m for m in sources if m.code and m.code.endswith("GOV") and len(m.code) == 6), None)
    country = gaz.country(host.code[:3]) if host is not None else None
    if country is None:
        return None
    return PlaceMention(start=host.start, end=host.end, text=host.text, sentence=sentence, name=country.name,
                        country=country.country, lat=country.lat, lon=country.lon, feature=country.feature,
                        geonameid=country.geonameid, reason="host")


def _capitals_at_once(places: list[PlaceMention], doc: Doc, kb: ActorKB) -> list[ActorMention]:
    """The governments of two or more capitals of different countries joined by "and" ("talks in Moscow and
    Ankara"): a meeting held in several capitals at once is between the governments they stand for."""
    capitals = {}
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand") if p.feature == "capital" else None
        if span is not None:
            capitals[span.root.i] = p
    for i, p in capitals.items():
        joined = [capitals[c.i] for c in doc[i].conjuncts if c.i in capitals]
        at = doc[i].head.lower_ in ("in", "at") and doc[i].dep_ == "pobj"
        if at and len({q.country for q in [p, *joined]}) > 1:
            hosts = [actor_for_place(q, kb, "GOV") for q in [p, *joined]]
            return [h for h in hosts if h is not None]
    return []


def _struck(place: PlaceMention, doc: Doc, verb: Token | None = None) -> bool:
    """Whether the act falls on the place itself ("shelling of Aleppo", "strikes on Idlib", "attack in Homs", and
    with the act's ``verb`` "shelled Homs"), not merely near it: only then are its people the target."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("appos", "conj", "compound") and token.head is not token:
        token = token.head
    if verb is not None and token.dep_ in ("dobj", "nsubjpass") and token.head == verb:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in ("of", "on", "against", "at", "in", "upon")


def _goals(hit: Hit) -> set[int]:
    """The words an event's date and place may hang from: the trigger, its light verb, its clause's verb, the
    verbs that complete that verb ("set to begin", "slated to hold") and those it completes ("began bombing")."""
    verb = clause_verb(hit)
    goals = {hit.token.i, verb.i} | ({hit.light.i} if hit.light is not None else set())
    for token in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        goals.add(token.i)
        goals.update(c.i for c in token.children if c.dep_ == "xcomp")
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
        goals.add(verb.i)
    return goals


def _by_sentence(mentions: tuple[TimeMention, ...] | tuple[PlaceMention, ...]) -> dict[int, list]:
    out: dict[int, list] = {}
    for m in mentions:
        out.setdefault(m.sentence, []).append(m)
    return out


def _country_names(places: tuple[PlaceMention, ...], doc: Doc) -> dict[int, str]:
    """The head word of each country named as a place, with its ISO3 code."""
    out: dict[int, str] = {}
    for p in places:
        if p.feature == "country" and p.country:
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None:
                out[span.root.i] = p.country
    return out


def _described_places(places: tuple[PlaceMention, ...], doc: Doc) -> set[int]:
    """The words of places named by description ("the Kazakh capital"): their nationality word is no actor."""
    out: set[int] = set()
    for p in places:
        if p.feature != "country":
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is not None:
                out.update(t.i for t in span)
    return out


def _pairs(
    kind: str, args: Arguments, mode: str | None = None
) -> list[tuple[ActorMention | None, ActorMention | None, tuple[ActorMention, ...]]]:
    """(source, target, participants) for each event the arguments make; a visit keeps its direction (the visitor,
    then the host) where other meetings list their parties."""
    sources = _unique(args.sources + ([] if args.sources else args.brokers))
    targets = [t for t in _unique(args.targets) if all(t.code != s.code for s in sources) or not t.code]
    if kind in SYMMETRIC and mode != "visit":
        parties = _unique(sources + targets + (args.brokers if args.sources else []))
        if len(parties) >= 2:
            extra = tuple(parties) if len(parties) > 2 else ()
            return [(parties[0], parties[1], extra)]
        if parties:
            return [(parties[0], None, ())]
        return [(None, None, ())] if kind == "CONSULT" else []  # talks with no party named here: see _same_talks
    if args.mutual and not targets and len({s.code for s in sources if s.code}) > 1:  # each to the other
        return [(s, t, ()) for s in sources for t in sources if s.code and t.code and s.code != t.code][:MAX_PAIRS]
    out = []
    for s in sources or [None]:
        for t in targets or [None]:
            if s is None and t is None:
                continue
            out.append((s, t, ()))
    return out[:MAX_PAIRS]


def _same_talks(events: list[Event]) -> list[Event]:
    """Give talks that name no party the parties of the same talks elsewhere in the article: those held at the same
    place, or, for "the talks", the last talks named. Talks with no party, place or date anywhere are dropped."""
    out: list[Event] = []
    for e in events:
        if e.type == "CONSULT" and e.source is None and e.target is None:
            known = [k for k in events if k.type == "CONSULT" and (k.source or k.target)]
            twin = next((k for k in known if e.place and k.place and k.place.name == e.place.name), None)
            if twin is None and e.trigger.lower().startswith(("talk", "negotiation", "meeting", "round")):
                twin = next((k for k in reversed(known) if k.sentence <= e.sentence), None)
            if twin is not None:
                why = f"{e.rule}; parties of the talks in sentence {twin.sentence + 1}"
                e = replace(e, source=twin.source, target=twin.target, participants=twin.participants,
                            mode=e.mode or twin.mode, rule=why)
            elif e.place is None and e.date is None:
                continue
        out.append(e)
    return out


def _unique(mentions: list[ActorMention]) -> list[ActorMention]:
    out, seen = [], set()
    for m in mentions:
        key = m.code or f"@{m.start}"
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


@dataclass(frozen=True)
class Made:
    """Everything an event of one trigger shares, whatever its source and target."""

    analysis: Analysis
    ctx: Context
    n: int
    sent: Span
    hit: Hit
    status: str
    status_reason: str
    time: TimeMention | None
    time_reason: str | None
    place: PlaceMention | None
    place_reason: str | None
    type: str = ""
    mode: str | None = None
    cameo: str | None = None
    verb: Token | None = None  # the reporting or promising verb that turned the trigger into another act

    def __post_init__(self) -> None:
        if not self.type:
            object.__setattr__(self, "type", self.hit.trigger.type)
            object.__setattr__(self, "mode", self.hit.trigger.mode)
            object.__setattr__(self, "cameo", self.hit.trigger.cameo or None)

    def but(self, **changes: object) -> Made:
        return replace(self, **changes)

    def event(
        self,
        source: ActorMention | None,
        target: ActorMention | None,
        participants: tuple[ActorMention, ...],
        args: Arguments,
    ) -> Event:
        hit, trigger = self.hit, self.hit.trigger
        words = (
            hit.token.doc[hit.start : hit.end] if self.verb is None else hit.token.doc[self.verb.i : self.verb.i + 1]
        )
        mode = self.mode or ("third-party" if self.type == "CONSULT" and args.brokers else None)
        key = (
            f"{self.analysis.article.id}|{self.n}|{words.start_char}|{self.type}|{source and source.code}|"
            f"{target and target.code}"
        )
        rule = f"{trigger.pos.lower()} '{trigger.lemma}'" + (f" + {trigger.particle}" if trigger.particle else "")
        if hit.light is not None:
            rule += f" (object of '{hit.light.text}')"
        if args.how:
            rule += "; " + ", ".join(args.how)
        if self.verb is not None:
            rule = f"{self.type} by '{self.verb.text}' of {rule}"
        ontology = self.ctx.ontology
        return Event(
            id=hashlib.sha1(key.encode()).hexdigest()[:16],
            article=self.analysis.article.id,
            sentence=self.n,
            type=self.type,
            mode=mode,
            cameo=self.cameo,
            source=source,
            target=target,
            participants=participants,
            status=self.status,
            status_reason=self.status_reason,
            date=self.time.value if self.time else None,
            date_reason=self.time_reason,
            place=self.place,
            place_reason=self.place_reason,
            evidence=self.sent.text.strip(),
            start=self.sent.start_char,
            end=self.sent.end_char,
            trigger=words.text,
            trigger_start=words.start_char,
            trigger_end=words.end_char,
            rule=rule,
            score=1.0,
            quad=ontology.quad(self.type),
            goldstein=ontology.goldstein(self.cameo) if self.cameo else None,
        )


SPOKEN = {"SUPPORT", "SANCTION", "AGREE", "CONCEDE", "COOPERATE", "REJECT", "THREATEN"}


def _distinct(events: list[Event], min_score: float, unsaid: set[str] = frozenset()) -> tuple[Event, ...]:
    """One event per (type, source, target) and date in the article, keeping the first report and filling its gaps
    (and taking the denial of a later report of a planned event: talks announced, then called off).

    A political act with no actor that performs it is dropped (nobody agreed, threatened or backed anything), unless
    it is a deed told in the passive (``unsaid``: "three Russians were released from captivity"); an
    event that lacks the target (or source) another report of the same act in its sentence has is dropped for it."""
    complete = {(e.sentence, e.type, e.source.code if e.source else None) for e in events if e.target and e.target.code}
    complete |= {(e.sentence, e.type, None, e.target.code) for e in events if e.source and e.target and e.target.code}
    kept: dict[tuple, list[Event]] = {}
    for e in events:
        if e.score < min_score or (e.source is None and e.type in SPOKEN and e.id not in unsaid
                                   and not e.participants):
            continue
        if e.target is None and e.source is not None and (e.sentence, e.type, e.source.code) in complete:
            continue  # "joint air strikes on Wednesday, hitting IS positions": one attack, told twice
        if e.source is None and e.target is not None and (e.sentence, e.type, None, e.target.code) in complete:
            continue
        key = (e.type, e.source.code if e.source else None, e.target.code if e.target else None)
        if e.type in SYMMETRIC and key[1] and key[2]:
            key = (e.type, *sorted((key[1], key[2])))
        same = kept.setdefault(key, [])
        n = next((i for i, k in enumerate(same) if _same_time(k.date, e.date) and _same_place(k.place, e.place)), None)
        if n is None:
            same.append(e)  # the same actors doing the same on another date, or in another city: another event
            continue
        first = same[n]
        if first.status == "planned" and e.status == "denied":  # planned, then called off
            first = same[n] = replace(first, status=e.status, status_reason=e.status_reason)
        if (first.date is None and e.date) or (first.place is None and e.place):
            same[n] = replace(
                first,
                date=first.date or e.date,
                date_reason=first.date_reason or e.date_reason,
                place=first.place or e.place,
                place_reason=first.place_reason or e.place_reason,
            )
    return tuple(sorted((e for group in kept.values() for e in group), key=lambda e: (e.sentence, e.trigger_start)))


def _same_place(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Whether two places may be the same place: one unknown, the same name, or a country and a place in it."""
    if a is None or b is None or a.name == b.name:
        return True
    if a.country != b.country:
        return False
    return a.feature == "country" or b.feature == "country"


def _same_time(a: str | None, b: str | None) -> bool:
    """Whether two dates may be the same time: one unknown, or one within the other (2017-01 and 2017-01-23)."""
    return a is None or b is None or compatible(a, b)
