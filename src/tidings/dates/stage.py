"""The dates stage: every temporal expression of an article, resolved against its publication date."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..records import Analysis, Sentence, TimeMention
from .patterns import ANCHOR, ANCHOR_CLASS, DURATION, NAMED_DAYS, NOT_A_DATE, NOT_YEAR_AFTER, PATTERNS
from .reckon import later_than
from .resolve import RESOLVERS, Forward, Reading, opened
from .tense import points_forward

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..context import Context

_NAMED_GROUPS = ("m", "m1", "m2", "wd")
_NUMERIC_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "ORDINAL"})
# Kinds that can stand for something other than a date when nothing else marks them ("2012 troops", "May").
_WEAK = frozenset({"year", "month"})
# How far a pattern can reach before and after its anchor word ("from the beginning of March", "January 29 to 30").
_BEFORE, _AFTER = 48, 40
_OPENER = re.compile(r"\b(since|from)\s+\Z", re.I)
_YEARS = re.compile(r"(?<![\d,.])(1\d\d\d|20\d\d)(?![\d]|[.,]\d)")


def find_times(analysis: Analysis, doc: Doc, ctx: Context) -> tuple[TimeMention, ...]:
    """Find the temporal expressions of one article and resolve each against its publication date.

    Expressions come from this package's patterns, with spaCy's DATE and TIME entities both confirming the
    ambiguous ones (a bare year, a bare month name) and adding what the patterns miss (kept with value None
    when they cannot be resolved). Durations ("for six years", "24 hours") are not dates and are left out.

    Args:
        analysis: the article and its sentences; ``article.published`` anchors relative expressions.
        doc: the spaCy parse of exactly ``analysis.article.text``.
        ctx: the run's context (unused; the stage needs no knowledge files).

    Returns:
        The mentions in text order, with character offsets into the article text.
    """
    text = analysis.article.text
    published = analysis.article.published
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    spacy_times = [(s, e, label) for s, e, label in ents if label in ("DATE", "TIME")]
    dates = [(s, e) for s, e, _ in spacy_times]
    numbers = [(s, e) for s, e, label in ents if label in _NUMERIC_LABELS]

    found: list[tuple[int, int, Reading]] = []
    refused: list[tuple[int, int]] = []  # "Good Friday", lower-case "may": spaCy's entity there is no date either
    for start, end, kind, match in _candidates(text, _lower(text)):
        if any(s < end and start < e for s, e, _ in found):
            continue
        if not _plausible(text, start, end, kind, match, dates, numbers):
            refused.append((start, end))
            continue
        reading = RESOLVERS[kind](match, published, _asker(doc, start, end))
        if reading is not None:
            opener = _OPENER.search(text, max(0, start - 7), start) if reading.end_value is None else None
            if opener:  # "since 2011", "from Monday": the date opens a range; the word belongs to the mention
                start, reading = opener.start(), opened(reading, opener[1].lower(), published)
            found.append((start, end, reading))
    for start, end, label in spacy_times:
        if not any(s < end and start < e for s, e, _ in found) and not any(s < end and start < e for s, e in refused):
            reading = _entity(text[start:end], label)
            if reading is not None:
                found.append((start, end, reading))
    found.sort(key=lambda item: item[0])
    sentences = analysis.sentences or ()
    starts = [s.start for s in sentences]
    return tuple(
        TimeMention(start=start, end=end, text=text[start:end], sentence=_sentence(sentences, starts, start),
                    value=r.value, end_value=r.end_value, reason=r.reason,
                    future=r.forward or bool(published and r.value and later_than(r.value, published)))
        for start, end, r in found
    )


def _lower(text: str) -> str:
    """The text in lower case, character for character (a few letters, such as "İ", lower to two)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _candidates(text: str, lower: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Every pattern match, longest first at each position; a leading preposition is left out of the span.

    The patterns run only in windows around anchor words (a month, a weekday, a year, "week", "today" ...),
    and only the patterns an anchor's class can start: scanning whole articles with every pattern costs ten
    times more for the same matches.
    """
    out = []
    for first, last, classes in _windows(text):
        for order, (kind, trigger, pattern) in enumerate(PATTERNS):
            if trigger not in classes:
                continue
            for match in pattern.finditer(lower, first, last):
                start = match.start()
                if "lead" in match.re.groupindex and match["lead"]:
                    start = match.end("lead")
                    while lower[start].isspace():
                        start += 1
                out.append((start, match.end(), order, kind, match))
    out.sort(key=lambda c: (c[0], c[0] - c[1], c[2]))
    return [(start, end, kind, match) for start, end, _, kind, match in out]


def _windows(text: str) -> list[tuple[int, int, set[str]]]:
    """Merged stretches of text around anchor words, each with the anchor classes it holds."""
    windows: list[tuple[int, int, set[str]]] = []
    size = len(text)
    for anchor in ANCHOR.finditer(text):
        first, last = max(0, anchor.start() - _BEFORE), min(size, anchor.end() + _AFTER)
        word = anchor[0]
        kind = "year" if word[0].isdigit() else ANCHOR_CLASS[word.lower()]
        if windows and first <= windows[-1][1]:
            windows[-1] = (windows[-1][0], last, windows[-1][2])
            windows[-1][2].add(kind)
        else:
            windows.append((first, last, {kind}))
    return windows


def _plausible(text: str, start: int, end: int, kind: str, match: re.Match[str],
               dates: list[tuple[int, int]], numbers: list[tuple[int, int]]) -> bool:
    """Reject matches that only look like dates: lower-case "may", "Good Friday", "2000 troops"."""
    groups = match.re.groupindex
    for name in _NAMED_GROUPS:
        if name in groups and match[name] and text[match.start(name)].islower():
            return False
    if kind == "weekday" and not match["mod"]:
        before = text[max(0, start - 12):start].split()
        if before and before[-1].lower() in NAMED_DAYS and before[-1][0].isupper():
            return False
    if kind == "deictic-day" and text[end:end + 12].lstrip().lower().startswith(("programme", "program", "show")):
        return False  # the BBC's "Today programme"
    if kind == "year":
        before = text[max(0, start - 14):start].split()
        if before and before[-1].lower() in NOT_YEAR_AFTER:
            return False
    if kind in _WEAK:
        marked = match["lead"] or match["mod"]
        in_date = any(s < end and start < e for s, e in dates)
        if kind == "year" and any(s < end and start < e for s, e in numbers) and not in_date:
            return False
        if not (marked or in_date):
            return False
        if kind == "month" and match["m"] in ("May", "March") and not (in_date or match["mod"]):
            return False  # "in May" is a month, but "of May" and "by March" may be a person and a protest
    return True


def _asker(doc: Doc, start: int, end: int) -> Forward:
    """The question "does the clause point forward?", answered from the parse at most once per strictness."""
    memo: dict[bool, bool] = {}

    def forward(strict: bool = False) -> bool:
        if strict not in memo:
            memo[strict] = points_forward(doc, start, end, strict)
        return memo[strict]

    return forward


def _entity(words: str, label: str) -> Reading | None:
    """A spaCy DATE or TIME entity no pattern explained: its years if it has any, else an unresolved mention.

    Durations ("six years"), frequencies ("daily", "each year") and ages ("aged 50") are no dates: None.
    """
    words = words.strip()
    if DURATION.fullmatch(words) or NOT_A_DATE.search(words):
        return None
    years = _YEARS.findall(words) if label == "DATE" else []
    if len(years) == 1:
        return Reading(years[0], "year-in-phrase")
    if len(years) == 2 and years[0] < years[1]:
        return Reading(years[0], "year-in-phrase", years[1])
    return Reading(None, "time-of-day" if label == "TIME" else "unresolved")


def _sentence(sentences: tuple[Sentence, ...], starts: list[int], offset: int) -> int:
    """The index of the sentence holding ``offset`` (the last one that starts at or before it)."""
    i = bisect_right(starts, offset) - 1
    return sentences[i].index if i >= 0 else 0
