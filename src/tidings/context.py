"""What every stage may use besides the article: the configuration, the spaCy pipeline and the knowledge files.

One :class:`Context` is built per process and loads each piece the first time a stage asks for it.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

from .config import Config, default_config

if TYPE_CHECKING:
    from spacy.language import Language


class Context:
    """Loaded once per process; cheap to create, each part loads on first use."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or default_config()

    @cached_property
    def nlp(self) -> Language:
        from .nlp import load_model

        return load_model(self.config)

    @cached_property
    def actor_kb(self) -> Any:
        from .actors.knowledge import load_knowledge

        return load_knowledge(self.config)

    @cached_property
    def gazetteer(self) -> Any:
        from .places.gazetteer import load_gazetteer

        return load_gazetteer(self.config)

    @cached_property
    def ontology(self) -> Any:
        from .events.ontology import load_ontology

        return load_ontology()

    @cached_property
    def lexicon(self) -> Any:
        from .events.lexicon import load_lexicon

        return load_lexicon(self.ontology)

    def warm(self) -> Context:
        """Load everything now (before a timed run, or before forking workers)."""
        for name in ("nlp", "actor_kb", "gazetteer", "ontology", "lexicon"):
            getattr(self, name)
        return self
