"""The trigger lexicon: which words, by spaCy lemma and part of speech, report which PLOVER event.

``tidings/data/events/triggers.tsv`` is read once and checked against the ontology; a user file of the same shape
extends it, and overrides any shipped entry with the same lemma, POS and particle. Columns::

    lemma  pos  particle  type  mode  cameo  target  note

- ``lemma``: the lower-case spaCy lemma, or the space-separated lemmas of consecutive tokens for a multiword
  trigger (``air strike``, ``cease - fire``, ``strike a deal``).
- ``pos``: ``VERB`` or ``NOUN``; for a multiword trigger, the POS of its head word.
- ``particle``: a particle or preposition the word must govern for this reading (``call`` + ``for``); empty if none.
  ``dobj`` instead asks for an object, direct or passive subject (transitive ``return``: giving back, not going
  back). An entry with a particle is tried before the same word without one.
- ``type``, ``mode``: PLOVER type and mode (mode may be empty). Type ``-`` marks a *stop* entry: that lemma
  sequence is never a trigger (``press conference``); in a user file it also removes the shipped entry with the
  same lemma, POS and particle.
- ``cameo``: the most specific CAMEO code; empty means the most general code of the type and mode.
- ``target``: ``|``-separated dependency paths where the target usually is, tried in order (see TARGET_PATHS).
- ``note``: free text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

from ..errors import KnowledgeError
from .ontology import DATA_DIR, Ontology, read_tsv

__all__ = ["POS", "TARGET_PATHS", "TRIGGER_COLUMNS", "Lexicon", "Trigger", "load_lexicon", "read_triggers"]

TRIGGER_COLUMNS = ("lemma", "pos", "particle", "type", "mode", "cameo", "target", "note")
POS = frozenset({"VERB", "NOUN"})
PREPOSITIONS = (
    "about", "across", "against", "along", "alongside", "among", "around", "as", "at", "behind", "between", "by",
    "for", "from", "in", "into", "near", "of", "on", "over", "to", "toward", "towards", "upon", "with",
)  # fmt: skip
TARGET_PATHS = frozenset({"dobj", "dative", "poss", "compound", "ccomp-subj", "agent"}
                         | {f"pobj:{p}" for p in PREPOSITIONS})
"""Where a target may be: the trigger's direct object, dative, possessor or compound modifier; the subject of its
complement clause ("said X was responsible"); the object of one of its prepositions (``pobj:with``); or, for verbs of
feeling whose passive subject is the one who acts ("Ankara was angered by the US"), the agent (``agent``)."""

K = TypeVar("K")
V = TypeVar("V")

_LEMMA = re.compile(r"^\S+( \S+)*$")
_PARTICLE = re.compile(r"^[a-z]+$")
_EMPTY = ("", "-")


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: a word (or words) that reports an event of a given type.

    Attributes:
        lemma: the lemma, or space-separated lemmas of a multiword trigger.
        pos: ``VERB`` or ``NOUN``.
        particle: the particle or preposition this reading requires, or ``None``.
        type: the PLOVER type.
        mode: the PLOVER mode, or ``None``.
        cameo: the CAMEO code.
        target: dependency paths to try for the target, in order.
        note: a remark on the entry (its ambiguity, the reading chosen), or ``None``.
        origin: ``file:line`` of the entry, to explain a coding.
    """

    lemma: str
    pos: str
    particle: str | None
    type: str
    mode: str | None
    cameo: str
    target: tuple[str, ...]
    note: str | None = None
    origin: str | None = None

    @property
    def words(self) -> tuple[str, ...]:
        """The lemmas of the trigger, one per token."""
        return tuple(self.lemma.split(" "))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """The triggers, indexed for a lookup per token.

    Build it with ``Lexicon(triggers, stops)``; the indexes are derived.

    Attributes:
        triggers: every entry, in file order.
        stops: lemma sequences that are never triggers (``("press", "conference")``).
        multi: multiword entries keyed by their first lemma, longest first.
        lemmas: every first lemma of an entry, for a quick membership test.
    """

    triggers: tuple[Trigger, ...]
    stops: tuple[tuple[str, ...], ...] = ()
    multi: Mapping[str, tuple[Trigger, ...]] = field(init=False, repr=False)
    lemmas: frozenset[str] = field(init=False, repr=False)
    _single: Mapping[tuple[str, str], tuple[Trigger, ...]] = field(init=False, repr=False)
    _stops_at: Mapping[str, tuple[tuple[tuple[str, ...], int], ...]] = field(init=False, repr=False)
    _stop_pairs: frozenset[tuple[str, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        single: dict[tuple[str, str], list[Trigger]] = {}
        multi: dict[str, list[Trigger]] = {}
        for trigger in self.triggers:
            words = trigger.words
            if len(words) == 1:
                single.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
            else:
                multi.setdefault(words[0], []).append(trigger)
        stops_at: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for seq in self.stops:
            for k, word in enumerate(seq):
                stops_at.setdefault(word, []).append((seq, k))
        # sorted() is stable: within a key, entries with a particle (or more words) come first, file order otherwise.
        set_ = object.__setattr__
        set_(self, "_single", _freeze({k: sorted(v, key=lambda t: t.particle is None) for k, v in single.items()}))
        set_(self, "multi", _freeze({k: sorted(v, key=lambda t: -len(t.words)) for k, v in multi.items()}))
        set_(self, "lemmas", frozenset(t.words[0] for t in self.triggers))
        set_(self, "_stops_at", _freeze(stops_at))
        set_(self, "_stop_pairs", frozenset(seq for seq in self.stops if len(seq) == 2))

    def single(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        """The one-word entries for ``lemma`` with ``pos``, those with a particle first; ``()`` if none."""
        return self._single.get((lemma, pos), ())

    def is_stopped(self, lemmas: Sequence[str], i: int) -> bool:
        """Whether token ``i`` of a sentence (given as its lemmas) lies inside a stop sequence.

        Call it before coding a trigger at ``i``: "conference" in "a press conference" is stopped.
        """
        for seq, k in self._stops_at.get(lemmas[i], ()):
            start = i - k
            if start >= 0 and tuple(lemmas[start : start + len(seq)]) == seq:
                return True
        return False

    def stops_object(self, lemma: str, objects: Iterable[str]) -> bool:
        """Whether a verb with one of these objects is a stop pair: "give" + "speech" in "gave a long speech"."""
        return any((lemma, o) in self._stop_pairs for o in objects)

    def extended(
        self,
        triggers: Iterable[Trigger],
        stops: Iterable[tuple[str, ...]] = (),
        removed: Iterable[tuple[str, str, str | None]] = (),
    ) -> Lexicon:
        """A new lexicon with ``triggers`` added (replacing entries with the same lemma, pos and particle),
        the ``removed`` (lemma, pos, particle) keys dropped and ``stops`` added."""
        new = list(triggers)
        drop = {_key(t) for t in new} | set(removed)
        kept = [t for t in self.triggers if _key(t) not in drop]
        return Lexicon(tuple(kept + new), tuple(dict.fromkeys(self.stops + tuple(stops))))


def load_lexicon(ontology: Ontology, extra: str | Path | None = None) -> Lexicon:
    """The shipped trigger lexicon, extended by the user's file ``extra`` if given.

    The shipped lexicon is read once per ontology; a user file is read on each call.

    Raises:
        KnowledgeError: a row of either file is malformed or names an unknown type, mode, CAMEO code or target
            path; the message starts with ``file:line``.
    """
    base = _load_shipped(ontology)
    if extra is None:
        return base
    triggers, stops, removed = read_triggers(extra, ontology)
    return base.extended(triggers, stops, removed)


@lru_cache(maxsize=4)
def _load_shipped(ontology: Ontology) -> Lexicon:
    path = files("tidings").joinpath(*DATA_DIR.split("/"), "triggers.tsv")
    triggers, stops, _ = read_triggers(path, ontology)
    return Lexicon(tuple(triggers), tuple(stops))


def read_triggers(
    path: str | Path | Traversable, ontology: Ontology
) -> tuple[list[Trigger], list[tuple[str, ...]], list[tuple[str, str, str | None]]]:
    """Read and check one trigger file.

    Returns:
        ``(triggers, stops, removed)``: the entries, the stop sequences (multiword rows of type ``-``), and the
        (lemma, pos, particle) keys of every row of type ``-``, which a user file uses to delete shipped entries.

    Raises:
        KnowledgeError: as :func:`load_lexicon`.
    """
    name = str(path)
    try:
        text = (Path(path) if isinstance(path, str) else path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{name}: cannot read: {exc}") from exc
    short = Path(name).name
    triggers: list[Trigger] = []
    stops: list[tuple[str, ...]] = []
    removed: list[tuple[str, str, str | None]] = []
    seen: dict[tuple[str, str, str | None], int] = {}
    for lineno, row in read_tsv(name, text, TRIGGER_COLUMNS):
        where = f"{name}:{lineno}"
        lemma, pos, particle = _lemma(row["lemma"], where), row["pos"], _optional(row["particle"])
        if pos not in POS:
            raise KnowledgeError(f"{where}: pos {pos!r} must be VERB or NOUN")
        if particle is not None and (not _PARTICLE.match(particle) or " " in lemma):
            raise KnowledgeError(f"{where}: particle {particle!r} must be one lower-case word, on a one-word lemma")
        key = (lemma, pos, particle)
        if key in seen:
            raise KnowledgeError(
                f"{where}: {lemma!r} {pos} {particle or ''} is listed twice (first at line {seen[key]})"
            )
        seen[key] = lineno
        if row["type"] in _EMPTY:
            removed.append(key)
            if " " in lemma:
                stops.append(tuple(lemma.split(" ")))
            continue
        ptype, mode = row["type"], _optional(row["mode"])
        _check_type(ptype, mode, ontology, where)
        triggers.append(
            Trigger(
                lemma=lemma,
                pos=pos,
                particle=particle,
                type=ptype,
                mode=mode,
                cameo=_cameo(row["cameo"], ptype, mode, ontology, where),
                target=_targets(row["target"], where),
                note=_optional(row["note"]),
                origin=f"{short}:{lineno}",
            )
        )
    return triggers, stops, removed


def _key(t: Trigger) -> tuple[str, str, str | None]:
    return t.lemma, t.pos, t.particle


def _freeze(d: Mapping[K, Iterable[V]]) -> Mapping[K, tuple[V, ...]]:
    return MappingProxyType({k: tuple(v) for k, v in d.items()})


def _optional(cell: str) -> str | None:
    return None if cell in _EMPTY else cell


def _lemma(cell: str, where: str) -> str:
    if not _LEMMA.match(cell) or cell != cell.lower():
        raise KnowledgeError(f"{where}: lemma {cell!r} must be lower case, words separated by single spaces")
    return cell


def _check_type(ptype: str, mode: str | None, ontology: Ontology, where: str) -> None:
    if ptype not in ontology.types:
        raise KnowledgeError(f"{where}: unknown PLOVER type {ptype!r}; known types: {', '.join(ontology.types)}")
    if mode is not None and not ontology.is_valid(ptype, mode):
        modes = ", ".join(ontology.types[ptype].modes)
        raise KnowledgeError(f"{where}: unknown mode {mode!r} for {ptype}; its modes: {modes}")


def _cameo(cell: str, ptype: str, mode: str | None, ontology: Ontology, where: str) -> str:
    if cell in _EMPTY:
        code = ontology.cameo_for(ptype, mode) or ontology.cameo_for(ptype)
        if code is None:
            raise KnowledgeError(f"{where}: no CAMEO code maps to {ptype}; give one in the cameo column")
        return code
    if cell not in ontology.cameo:
        raise KnowledgeError(f"{where}: unknown CAMEO code {cell!r} (see cameo.tsv)")
    return cell


def _targets(cell: str, where: str) -> tuple[str, ...]:
    if cell in _EMPTY:
        return ()
    paths = tuple(p.strip() for p in cell.split("|"))
    bad = [p for p in paths if p not in TARGET_PATHS]
    if bad:
        raise KnowledgeError(
            f"{where}: unknown target path(s) {', '.join(map(repr, bad))}; use dobj, dative, poss, compound, "
            f"ccomp-subj or pobj:PREP with PREP one of {', '.join(PREPOSITIONS)}"
        )
    return paths
