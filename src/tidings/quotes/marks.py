"""Quotation marks: which characters open and close a quotation, and the stretches of text they enclose.

Works on the raw text, before any parse, so that an article without quotations costs one regex scan.
Handles curly marks (“ ” ‘ ’), straight marks (" '), guillemets and the PTB-tokenised forms (`` '' `).
An apostrophe (don’t, Assad’s, the rebels’) is not a mark; single marks inside a double-quoted stretch
belong to that stretch (a quotation within a quotation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QuotedSpan", "quoted_spans"]

# Longest stretch a quotation may run over paragraph breaks before a lone opening mark is taken for a stray.
_MAX_SPAN = 2000
_MAX_RUN_ON = 1000  # an unclosed quotation reopened at a later paragraph
_MAX_SINGLE = 400  # single marks pair over a phrase or a sentence or two, never a whole article

_DOUBLE = re.compile(r"``|''|[“”\"«»„]")
_SINGLE = re.compile(r"[‘’'`]")
_CONTRACTION = re.compile(r"(?:s|t|re|ve|ll|d|m|em|n)\b|\d0s\b", re.IGNORECASE)
_OPENERS_BEFORE = "([{—–-/\"“«"


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A stretch of text between quotation marks."""

    start: int  # the quoted words, without the marks or the spaces next to them
    end: int
    mark_start: int  # the opening mark
    mark_end: int  # just after the closing mark; the end of the paragraph when the quotation runs on unclosed
    closed: bool  # False when a multi-paragraph quotation leaves its paragraph open (news convention)
    double: bool


def quoted_spans(text: str) -> tuple[QuotedSpan, ...]:
    """Every quoted stretch in ``text``, in order; nested quotations stay inside the outer one."""
    doubles = _double_spans(text)
    singles = _single_spans(text, doubles)
    spans = sorted(doubles + singles, key=lambda s: (s.mark_start, -s.mark_end))
    out: list[QuotedSpan] = []
    for span in spans:
        if out and span.mark_start < out[-1].mark_end:
            continue  # inside (or tangled with) the previous stretch: part of it
        trimmed = _trim(text, span)
        if trimmed is not None:
            out.append(trimmed)
    return tuple(out)


def _trim(text: str, span: QuotedSpan) -> QuotedSpan | None:
    """The span without the spaces next to its marks; None when nothing worded is left."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not any(c.isalnum() for c in text[start:end]):
        return None
    return QuotedSpan(start, end, span.mark_start, span.mark_end, span.closed, span.double)


def _double_spans(text: str) -> list[QuotedSpan]:
    """Pair double marks; a straight mark opens or closes by the characters around it."""
    spans: list[QuotedSpan] = []
    opened: tuple[int, int] | None = None  # (mark start, mark end)
    for m in _DOUBLE.finditer(text):
        opening = _double_opens(text, m.start(), m.group(), opened is not None)
        if opened is not None and "\n" in text[opened[1]:m.start()]:
            run_on = _run_on(text, opened, m.start(), opening)
            if run_on is not None:
                spans.append(run_on)
                opened = None
            elif opening or m.start() - opened[0] > _MAX_SPAN:
                opened = None  # a stray opening mark: forget it
        if opening:
            opened = (m.start(), m.end())  # a second opening with no close: the first was a stray
        elif opened is not None:
            spans.append(QuotedSpan(opened[1], m.start(), opened[0], m.end(), True, True))
            opened = None
    return spans


def _run_on(text: str, opened: tuple[int, int], here: int, opening: bool) -> QuotedSpan | None:
    """A quotation left open over paragraph breaks and reopened at a paragraph's start: it ran up to there."""
    cut = text.rfind("\n", opened[1], here)
    if not opening or text[cut:here].strip() or here - opened[1] > _MAX_RUN_ON:
        return None
    return QuotedSpan(opened[1], cut, opened[0], cut, False, True)


def _double_opens(text: str, i: int, mark: str, is_open: bool) -> bool:
    """Whether the double mark at ``i`` opens a quotation."""
    if mark in ("“", "«", "„", "``"):
        return True
    if mark in ("”", "»", "''"):
        return False
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in _OPENERS_BEFORE) and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-'’"):
        return False
    return not is_open


def _single_spans(text: str, doubles: list[QuotedSpan]) -> list[QuotedSpan]:
    """Pair single marks outside double-quoted stretches, telling apostrophes apart from marks."""
    marks: list[tuple[int, str]] = []  # (position, "open" | "close" | "either-close")
    d = 0
    for m in _SINGLE.finditer(text):
        i = m.start()
        while d < len(doubles) and doubles[d].mark_end <= i:
            d += 1
        if d < len(doubles) and doubles[d].mark_start <= i:
            continue  # inside a double-quoted stretch, or part of a `` or '' mark
        if (i + 1 < len(text) and text[i + 1] in "`'") or (i > 0 and text[i - 1] in "`'"):
            continue  # a PTB double mark that the double pass did not pair
        role = _single_role(text, i, m.group())
        if role is not None:
            marks.append((i, role))
    spans: list[QuotedSpan] = []
    k = 0
    while k < len(marks):
        pos, role = marks[k]
        k += 1
        if role != "open":
            continue
        close = _single_close(text, marks, k, pos)
        if close is None:
            continue
        spans.append(QuotedSpan(pos + 1, marks[close][0], pos, marks[close][0] + 1, True, False))
        k = close + 1
    return spans


def _single_close(text: str, marks: list[tuple[int, str]], k: int, opened: int) -> int | None:
    """The index of the mark that closes the single quotation opened at ``opened``."""
    fallback = None
    for j in range(k, len(marks)):
        pos, role = marks[j]
        if pos - opened > _MAX_SINGLE or "\n" in text[opened:pos]:
            break
        if role == "open":
            break  # a new quotation starts: the one opened before never closed
        if role == "close":
            return j
        if fallback is None:
            fallback = j  # "the rebels’" may be a possessive: keep looking for a surer close
    return fallback


def _single_role(text: str, i: int, mark: str) -> str | None:
    """How a single mark works here: it opens, closes, may close (s’), or is an apostrophe (None)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in ("‘", "`"):
        return "open"
    if before.isalnum() and after.isalnum():
        return None  # don’t, Assad’s
    if (before.isspace() or before in _OPENERS_BEFORE) and _CONTRACTION.match(text, i + 1):
        return None  # PTB 's and n't split off, '90s
    if (before.isspace() or before in _OPENERS_BEFORE) and (after.isalnum() or after in "‘`\"“"):
        return "open"
    if before.isspace() and not (after.isspace() or after in ".,;:!?)"):
        return None
    if before in "sS" or before.isspace():
        return "either-close"  # the rebels’ (possessive) or a closing mark; PTB "rebels ' guns"
    return "close"
