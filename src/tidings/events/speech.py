"""Who said it, and when and where: the speech an event is reported in, and the scenes of each speaker.

A speech verb ("said", "told", "suggested"), a quotation or "according to X" frames the events in its words. The
speech is dated and placed by its own words ("said in Sochi on Thursday", "Speaking in Damascus on Monday, Assad
said", "in Alanya, where he said") or, when they are silent, by the nearest scene of the same speaker elsewhere in
the article: the same person, an office and the person who holds it, or the same country or organisation speaking
as itself. :mod:`tidings.events.settle` uses these frames to date and place statements.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..nlp import sentence_bounds
from ..records import ActorMention, Analysis, Event, PlaceMention, TimeMention
from .arguments import NAMED
from .attach import SPOKEN, attached, breaks, choose_time, shared, spoken_place
from .cues import load_cues

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SPEAKING = frozenset({"speak", "address", "brief"})  # verbs that set a scene of speech without reporting words
FRAME_DEPS = frozenset({"ccomp", "xcomp", "acomp", "advcl", "dobj", "pobj", "prep", "pcomp", "attr", "oprd", "conj",
                        "acl"})


@dataclass(frozen=True)
class Speaker:
    name: str | None  # a person's name, when the text names one
    code: str | None
    titled: bool = False  # an office named by its title ("Turkey's Foreign Minister"): one person
    label: str = ""  # the words that name it, for reasons
    body: bool = False  # a country or organisation speaking as such ("Russia said", "the UN said")


@dataclass(frozen=True)
class Scene:
    """Where and when a speaker spoke, as one sentence tells it."""

    speaker: Speaker
    sentence: int
    time: TimeMention | None
    place: PlaceMention | None


@dataclass(frozen=True)
class Frame:
    """The speech an event is reported in."""

    speaker: Speaker | None
    verb: Token | None
    how: str


class Reading:
    """One article, indexed by sentence for the discourse rules, with its speakers' scenes."""

    def __init__(self, analysis: Analysis, doc: Doc, events: list[Event]) -> None:
        self.doc = doc
        self.published = analysis.article.published
        self.cues = load_cues()
        self.speech_verbs = self.cues.speech_verbs | SPEAKING
        self.sent_starts = [start for start, _ in sentence_bounds(doc)]
        self.times: dict[int, list[TimeMention]] = {}
        for t in analysis.times or ():
            self.times.setdefault(t.sentence, []).append(t)
        self.places: dict[int, list[PlaceMention]] = {}
        self.all_places = analysis.places or ()
        for p in self.all_places:
            self.places.setdefault(p.sentence, []).append(p)
        self.covering: dict[int, ActorMention] = {}
        self.avoid: dict[int, list[tuple[int, int]]] = {}
        actors = analysis.actors or ()
        self.persons = {m.name for m in actors if m.kind == "person" and m.name}
        for m in actors:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for t in span or ():
                self.covering.setdefault(t.i, m)
            if m.kind in NAMED:
                self.avoid.setdefault(m.sentence, []).append((m.start, m.end))
        self.quotes = analysis.quotes or ()
        self.triggers = {t.i for e in events for t in self._span(e.trigger_start, e.trigger_end)}
        cuts = breaks(doc)
        self.paragraph = [bisect_right(cuts, doc[start].idx) for start in self.sent_starts]
        self.scenes = self._scenes(events)

    # -- lookups

    def _span(self, start: int, end: int) -> list[Token]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def sentence_of(self, token: Token) -> int:
        return max(0, bisect_right(self.sent_starts, token.i) - 1)

    def speaker(self, m: ActorMention | None) -> Speaker | None:
        if m is None or not m.code:
            return None
        return Speaker(m.name if m.name in self.persons else None, m.code, m.reason == "title", m.name or m.text,
                       m.kind in ("country", "organisation"))

    def time_of(self, goals: set[int], sentence: int) -> TimeMention | None:
        return choose_time(self.times.get(sentence, []), self.doc, goals, self.triggers)[0]

    def place_of(self, goals: set[int], sentence: int) -> PlaceMention | None:
        return spoken_place(self.places.get(sentence, []), self.doc, goals, self.triggers,
                            self.avoid.get(sentence, []))

    def loose_time(self, sentence: int) -> TimeMention | None:
        """The sentence's only date when it attaches to no event's words ("On Thursday Lavrov met ...", when the
        parse lost the link): it dates the whole sentence."""
        dated = [t for t in self.times.get(sentence, []) if t.value]
        if len(dated) != 1:
            return None
        if attached(dated, self.doc, self.triggers, set()):
            return None
        return dated[0]

    # -- speech

    def is_speech(self, token: Token) -> bool:
        return token.pos_ == "VERB" and token.lemma_.lower() in self.speech_verbs

    def subject(self, verb: Token) -> ActorMention | None:
        """The actor that speaks: the verb's subject, the subject it shares, or "according to X"."""
        token = verb
        for _ in range(3):
            for child in token.children:
                if child.dep_ == "nsubj":
                    return self.covering.get(child.i)
                if child.dep_ == "prep" and child.lower_ == "according":
                    for to in child.children:
                        for obj in to.children:
                            if obj.dep_ == "pobj":
                                return self.covering.get(obj.i)
            if token.dep_ not in ("advcl", "xcomp", "conj") or token.head == token:
                return None
            token = token.head
        return None

    def speech_goals(self, verb: Token) -> set[int]:
        """The words a speech's own time and place may hang from: the verb, the verb whose scene a participle
        shares ("Speaking ..., Assad said"), and the place a "where" clause hangs from ("in Alanya, where he said")."""
        goals = {verb.i}
        if shared(verb):
            goals.add(verb.head.i)
        if verb.dep_ == "relcl" and any(c.lower_ in ("where", "when") for c in verb.children):
            token = verb.head
            goals.add(token.i)
            for _ in range(4):
                if token.pos_ in ("VERB", "AUX") or token.head == token:
                    goals.add(token.i)
                    break
                token = token.head
                goals.add(token.i)
        return goals

    def _scenes(self, events: list[Event]) -> list[Scene]:
        """Every speech the article dates or places, by speaker, from speech verbs and from dated acts of speech."""
        out = []
        for token in self.doc:
            if not self.is_speech(token):
                continue
            speaker = self.speaker(self.subject(token))
            if speaker is None:
                continue
            sentence = self.sentence_of(token)
            goals = self.speech_goals(token)
            time, place = self.time_of(goals, sentence), self.place_of(goals, sentence)
            if time is not None or place is not None:
                out.append(Scene(speaker, sentence, time if time and not time.future else None, place))
        for e in events:
            speaker = self.speaker(e.source)
            own_date = e.date_reason is not None and "attaches" in e.date_reason
            if e.type in SPOKEN - {"AGREE"} and speaker is not None and e.status == "occurred" and own_date:
                time = next((t for t in self.times.get(e.sentence, []) if t.value == e.date), None)
                if time is not None:
                    out.append(Scene(speaker, e.sentence, time, e.place))
        return out

    def scene(self, speaker: Speaker, sentence: int, want: str, known: str | None = None) -> Scene | None:
        """The nearest scene of ``speaker`` that has a ``want`` ("time" or "place"), agreeing with ``known``."""
        best, best_key = None, None
        for s in self.scenes:
            if getattr(s, want) is None or not same(speaker, s.speaker):
                continue
            if known and s.time is not None and s.time.value and not compatible(known, s.time.value):
                continue
            key = abs(s.sentence - sentence) + (0.5 if s.sentence > sentence else 0.0)
            if best_key is None or key < best_key:
                best, best_key = s, key
        return best

    def frame(self, e: Event, token: Token) -> Frame | None:
        """The speech ``e`` is reported in: a quotation around it, a speech verb above it, or its own act."""
        for q in self.quotes:
            if q.start <= e.trigger_start < q.end:
                name = q.speaker if q.speaker in self.persons else None
                verb = None
                if q.speaker_start is not None:
                    words = self._span(q.speaker_start, q.speaker_start + 1)
                    if words:
                        verb = verb_of(words[0])
                return Frame(Speaker(name, q.speaker_code, False, q.speaker or ""), verb, f"quoted from {q.speaker}")
        climbed = token
        for _ in range(7):
            if self.is_speech(climbed):
                return Frame(self.speaker(self.subject(climbed)), climbed, f"reported by '{climbed.text}'")
            for child in climbed.children:
                if child.dep_ == "prep" and child.lower_ == "according":
                    found = [self.covering.get(o.i) for to in child.children for o in to.children if o.dep_ == "pobj"]
                    found = [m for m in found if m is not None]
                    if found:
                        return Frame(self.speaker(found[0]), None, f"according to {found[0].text}")
            if climbed.dep_ not in FRAME_DEPS or climbed.head == climbed:
                break
            if climbed.dep_ == "conj" and self.is_speech(climbed.head):
                break  # "confirmed the talks and attacked": the second act is not what was confirmed
            climbed = climbed.head
        if e.type in SPOKEN - {"AGREE"} and e.status == "occurred" and e.source is not None and token.pos_ == "VERB":
            return Frame(self.speaker(e.source), None, f"said by {e.source.text}")  # "Assad questioned ..."
        return None

    def speech(self, frame: Frame, sentence: int, want: str, known: str | None = None,
               ) -> tuple[TimeMention | PlaceMention | None, str]:
        """The time or place of a frame's speech: its own words, else the speaker's nearest scene."""
        if frame.verb is not None:
            goals = self.speech_goals(frame.verb)
            at = self.sentence_of(frame.verb)
            found = self.time_of(goals, at) if want == "time" else self.place_of(goals, at)
            if found is None and want == "time":
                found = self.loose_time(at)
            if isinstance(found, TimeMention) and found.future:
                found = None
            if found is not None:
                return found, f"'{found.text}', {frame.how}"
        if frame.speaker is not None:
            s = self.scene(frame.speaker, sentence, want, known)
            if s is not None:
                found = getattr(s, want)
                return found, f"'{found.text}', when {s.speaker.label} spoke in sentence {s.sentence + 1}"
        return None, ""


def verb_of(token: Token) -> Token | None:
    """The verb a speaker's name is the subject of."""
    for _ in range(4):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token.head
        if token.head == token:
            return None
        token = token.head
    return None


def same(a: Speaker | None, b: Speaker | None) -> bool:
    """Whether two mentions speak with one voice: the same person, or an office and the person who holds it."""
    if a is None or b is None or not a.code or not b.code:
        return False
    if a.name or b.name:
        if a.name and b.name:
            return a.name == b.name
        return a.code == b.code and (a.titled or b.titled)
    return a.code == b.code and (a.titled and b.titled or a.body and b.body)


def compatible(a: str, b: str) -> bool:
    """Whether two dates may name the same time: equal, or one within the other (2017-01 and 2017-01-23)."""
    return a.startswith(b) or b.startswith(a)
