"""The quotes stage: every direct quotation in an article, with its speaker.

A quoted stretch (see :mod:`tidings.quotes.marks`) counts as a quotation when the article attributes it:

- a speech verb whose subject is the speaker stands next to it or above it in the parse, or "according to X"
  names its source (rules and their order in :mod:`tidings.quotes.attribution`);
- or it is a full sentence (or more) in quotation marks with no attribution of its own, opening its sentence, and
  the paragraph it is in or the one before holds the quotation just before it, or ends with reported speech
  ("X told the BBC that ..."): news convention continues that speaker (``continuation``).

Anything else in quotation marks is a scare quote or a name, not a quotation: a term that nobody in its sentence
is said to utter (the so-called “moderate” rebels, Russia's 'Peace Congress', operation "Olive Branch"). A term
right after "so-called" never is one, even in reported speech; a short run of capitalised words ("Olive Branch")
counts only with a speech verb right next to it, not one further up the sentence.

``Quote.reason`` names the rule that found the speaker: ``said-before``, ``colon-before``, ``said-after``,
``according-to``, ``partial``, ``continuation``, or ``pronoun`` when the speaker is a he/she/it/they that this
stage resolved itself (see :mod:`tidings.quotes.speakers`; a pronoun the actor stage resolved keeps the rule).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Analysis, Quote
from .attribution import attribute, frame, is_speech, subject_of
from .marks import QuotedSpan, quoted_spans
from .speakers import Speakers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..context import Context

__all__ = ["QuotedSpan", "find_quotes", "quoted_spans"]

_PARAGRAPH = re.compile(r"\n\s*")
_SO_CALLED = re.compile(r"\bso[- ]called\s*$", re.IGNORECASE)
_SMALL_WORDS = frozenset("of the and for in on at to a an de al el la le du von van".split())


def find_quotes(analysis: Analysis, doc: Doc, ctx: Context | None = None) -> tuple[Quote, ...]:
    """Every direct quotation in ``analysis.article``, with its speaker and the rule that found it.

    Args:
        analysis: the article with its sentences and (when the actor stage has run) its actor mentions.
        doc: the spaCy parse of exactly ``analysis.article.text``.
        ctx: the run's context (unused: the stage needs no knowledge files).

    Returns:
        The quotations in text order. A speaker is named by the actor mention at the speaker's position when
        there is one (its canonical name and code), else by the words as written, with a person's name in full
        and a pronoun resolved to the person it stands for.
    """
    text = analysis.article.text
    spans = quoted_spans(text)
    if not spans:
        return ()
    starts = [s.start for s in analysis.sentences] if analysis.sentences else [s.start_char for s in doc.sents]
    paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    speakers = Speakers(doc, text, analysis.actors, [(s.start, s.end) for s in spans])
    quotes: list[Quote] = []
    for k in range(len(spans)):
        quote = _quote(text, doc, spans, k, speakers, quotes, paragraphs)
        if quote is not None:
            quotes.append(_in_sentence(quote, starts))
    return tuple(quotes)


def _quote(text: str, doc: Doc, spans: tuple[QuotedSpan, ...], k: int, speakers: Speakers, quotes: list[Quote],
           paragraphs: list[int]) -> Quote | None:
    """The quotation for ``spans[k]``, or None when nobody is said to speak it."""
    span = spans[k]
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return None
    lo, hi = _bounds(text, spans, k)
    words = text[span.start:span.end]
    fr = frame(doc, tokens.start, tokens.end - 1, lo, hi, words.rstrip().endswith((".", "…")))
    full = fr.opens_sentence or fr.colon or (_starts_upper(words) and len(words.split()) >= 5)
    if not full and _SO_CALLED.search(text, lo, span.mark_start):
        return None  # the so-called “moderate” rebels: the writer keeps a distance, nobody speaks
    found = attribute(doc, fr, partial=not full, name_like=not full and _name_like(words))
    if found is None:
        return _continuation(doc, span, tokens.start, words, fr.opens_sentence, quotes, paragraphs, speakers)
    speaker = speakers.at(found.head, quotes)
    reason = "pronoun" if speaker.pronoun else found.reason
    return Quote(span.start, span.end, words, 0, speaker.name, speaker.code, speaker.start, speaker.end, reason)


def _continuation(doc: Doc, span: QuotedSpan, first: int, words: str, opens_sentence: bool, quotes: list[Quote],
                  paragraphs: list[int], speakers: Speakers) -> Quote | None:
    """A full-sentence quotation with no attribution continues the quotation (or reported speech) just before."""
    if not opens_sentence or len(words.split()) < 2:
        return None
    if not (_starts_upper(words) or words.startswith(("…", "...", "-", "—"))):
        return None
    para = bisect_right(paragraphs, span.start) - 1
    if quotes and quotes[-1].speaker is not None and para - (bisect_right(paragraphs, quotes[-1].end) - 1) <= 1:
        last = quotes[-1]
        return Quote(span.start, span.end, words, 0, last.speaker, last.speaker_code, last.speaker_start,
                     last.speaker_end, "continuation")
    head = _reporting_subject(doc, first, paragraphs[para]) if para > 0 else None
    if head is None:
        return None
    speaker = speakers.at(head, quotes)
    return Quote(span.start, span.end, words, 0, speaker.name, speaker.code, speaker.start, speaker.end,
                 "continuation")


def _reporting_subject(doc: Doc, first: int, para_start: int) -> Token | None:
    """The subject of the sentence just before the paragraph at ``para_start`` when that sentence reports speech
    ("X told the BBC ..."): a quotation paragraph after it goes on in X's words."""
    i = first - 1
    while i >= 0 and (doc[i].idx >= para_start or doc[i].is_space):
        i -= 1
    if i < 0:
        return None
    root = doc[i].sent.root
    if not is_speech(root):
        return None
    subject = subject_of(root)
    return subject if subject is not None and subject.i < root.i else None


def _bounds(text: str, spans: tuple[QuotedSpan, ...], k: int) -> tuple[int, int]:
    """The characters a quotation's attribution may come from: its paragraph, between its neighbours."""
    span = spans[k]
    lo = text.rfind("\n", 0, span.mark_start) + 1
    back = lo
    while back > 0 and text[back - 1].isspace():
        back -= 1
    if back > 0 and text[back - 1] == ":":  # "X said:" and the quotation as its own paragraph
        lo = text.rfind("\n", 0, back) + 1
    hi = text.find("\n", span.mark_end)
    hi = len(text) if hi < 0 else hi
    if k > 0:
        lo = max(lo, spans[k - 1].mark_end)
    if k + 1 < len(spans):
        hi = min(hi, spans[k + 1].mark_start)
    return lo, hi


def _in_sentence(quote: Quote, starts: list[int]) -> Quote:
    return replace(quote, sentence=max(0, bisect_right(starts, quote.start) - 1))


def _starts_upper(words: str) -> bool:
    first = next((c for c in words if c.isalpha()), "")
    return first.isupper()


def _name_like(words: str) -> bool:
    """A short run of capitalised words: a name ("Olive Branch", "Friends of Syria"), not speech."""
    parts = words.strip(" .,;:!?").split()
    if not parts or len(parts) > 5:
        return False
    return all(p[:1].isupper() or p.lower() in _SMALL_WORDS for p in parts) and parts[0][:1].isupper()

