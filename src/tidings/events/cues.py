"""Grammar cues for the event stage (``data/events/cues.yaml``): light verbs, speech verbs, status cues."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from ..errors import KnowledgeError
from ..yamlfile import parse_yaml

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True)
class Cues:
    light_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    planned_governors: frozenset[str]
    proposed_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    denied_governors: frozenset[str]
    ongoing_governors: frozenset[str]
    deferring_verbs: frozenset[str]
    cancelling_verbs: frozenset[str]
    agent_nouns: frozenset[str]
    place_preps: frozenset[str]
    commitment_verbs: frozenset[str]
    comitative_heads: frozenset[str]
    travel_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    damning_labels: frozenset[str]
    claim_nouns: frozenset[str]
    blaming_words: frozenset[str]
    alleging_modals: frozenset[str]
    stating_verbs: frozenset[str]
    stance_participles: frozenset[str]
    obliging_modals: frozenset[str]
    obliging_verbs: frozenset[str]
    intending_words: frozenset[str]

    def moved(self, verb: Token) -> str | None:
        """What a verb does to the meeting or act it is said of: "planned" when it puts it off ("postponed", "put
        off"), "denied" when it calls it off ("cancelled"), else None."""
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt" or c.dep_ == "advmod"
                         and c.lower_ in ("back", "off")), None)
        phrase = f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
        if phrase in self.deferring_verbs:
            return "planned"
        if phrase in self.cancelling_verbs:
            return "denied"
        return None


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    path = resources.files("tidings").joinpath("data/events/cues.yaml")
    try:
        raw = parse_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise KnowledgeError(f"{path}: not valid YAML: {e}") from None
    values = {}
    for f in fields(Cues):
        words = raw.get(f.name)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise KnowledgeError(f"{path}: {f.name} must be a list of words")
        values[f.name] = frozenset(w.lower() for w in words)
    unknown = set(raw) - set(values)
    if unknown:
        raise KnowledgeError(f"{path}: unknown keys {', '.join(sorted(unknown))}")
    return Cues(**values)
