"""The queries behind the read methods of :class:`~tidings.store.Store`: SQL text and its parameters."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from ..errors import StoreError

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_CODE = re.compile(r"^[A-Z]{3,}$")

Query = tuple[str, list[Any]]

EVENT_ORDER = 'article, start, trigger_start, id'  # reading order: by sentence, then where the act is told


def events(actor: str | None = None, type: str | None = None, since: str | date | None = None,
           until: str | date | None = None, article: str | None = None) -> Query:
    """Event mentions matching every filter given."""
    where: list[str] = []
    params: list[Any] = []
    if actor:
        code = actor.strip().upper()
        where.append("(starts_with(source_code, ?) OR starts_with(target_code, ?) "
                     "OR len([p FOR p IN participants IF starts_with(p.code, ?)]) > 0)")
        params += [code, code, code]
    if type:
        where.append("type = ?")
        params.append(type.strip().upper())
    if since:
        where.append("date_start >= ?")
        params.append(bound(since, "since", first=True))
    if until:
        where.append("date_start <= ?")
        params.append(bound(until, "until", first=False))
    if article:
        where.append("article = ?")
        params.append(article)
    return f"SELECT * FROM events{_where(where)} ORDER BY {EVENT_ORDER}", params


def bound(value: str | date, name: str, *, first: bool) -> date:
    """The first (or last) day of a date of varying precision given as a filter."""
    if isinstance(value, date):
        return value
    match = _DATE.match(value.strip())
    try:
        if not match:
            raise ValueError(value)
        year, month, day = int(match[1]), match[2], match[3]
        if day:
            return date(year, int(month), int(day))
        if month:
            m = int(month)
            return date(year, m, 1 if first else calendar.monthrange(year, m)[1])
        return date(year, 1, 1) if first else date(year, 12, 31)
    except ValueError:
        raise StoreError(f"{name}: {value!r} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD") from None


def event(event_id: str) -> Query:
    return "SELECT * FROM events WHERE id = ?", [event_id]


def in_sentence(table: str, article: str, sentence: int) -> Query:
    """The mentions of one kind in one sentence."""
    return (f'SELECT * EXCLUDE (article) FROM {table} WHERE article = ? AND sentence = ? ORDER BY start, "end"',
            [article, sentence])


def sentence(article: str, idx: int) -> Query:
    return 'SELECT idx, start, "end", text FROM sentences WHERE article = ? AND idx = ?', [article, idx]


def article_info(article: str) -> Query:
    return ("SELECT id, title, published, outlet, url, origin FROM articles WHERE id = ?", [article])


def quotes(speaker: str | None = None, article: str | None = None) -> Query:
    """Quotes whose speaker has this code prefix (``RUS``) or whose name contains these words (``Lavrov``)."""
    where: list[str] = []
    params: list[Any] = []
    if speaker:
        if _CODE.match(speaker.strip()):
            where.append("starts_with(speaker_code, ?)")
            params.append(speaker.strip())
        else:
            where.append("contains(lower(speaker), ?)")
            params.append(speaker.strip().lower())
    if article:
        where.append("article = ?")
        params.append(article)
    return f'SELECT * FROM quotes{_where(where)} ORDER BY article, start, "end"', params


def talks(actor: str | None = None, name: str | None = None, article: str | None = None) -> Query:
    """Talks with a party of this code prefix in any role, or whose name contains these words."""
    where: list[str] = []
    params: list[Any] = []
    if actor:
        code = actor.strip().upper()
        where.append("len([c FOR c IN list_concat(brokers, participants, invited, declined) "
                     "IF starts_with(c, ?)]) > 0")
        params.append(code)
    if name:
        where.append("contains(lower(name), ?)")
        params.append(name.strip().lower())
    if article:
        where.append("article = ?")
        params.append(article)
    return f'SELECT * FROM talks{_where(where)} ORDER BY article, start, "end", id', params


ACTORS = """
SELECT code, name, count(*) AS mentions, count(DISTINCT article) AS articles,
       list(DISTINCT text ORDER BY text) AS texts
FROM actor_mentions
WHERE code IS NOT NULL OR name IS NOT NULL
GROUP BY code, name
ORDER BY mentions DESC, code, name
"""


def actor_mentions(name_or_code: str) -> Query:
    """Mentions resolved to this code or canonical name, or written with these words (case ignored)."""
    q = name_or_code.strip().lower()
    sql = """
    SELECT m.article, m.sentence, m.start, m."end", m.text, m.code, m.name, m.reason, m.detail, m.kind,
           s.text AS sentence_text
    FROM actor_mentions AS m
    LEFT JOIN sentences AS s ON s.article = m.article AND s.idx = m.sentence
    WHERE lower(m.code) = ? OR lower(m.name) = ? OR lower(m.text) = ?
    ORDER BY m.article, m.start
    """
    return sql, [q, q, q]


def articles(text: bool = False) -> Query:
    columns = "*" if text else "* EXCLUDE (text)"
    return f"SELECT {columns} FROM articles ORDER BY id", []


REJECTIONS = 'SELECT origin, article, reason, "at" FROM rejections ORDER BY "at", origin'

COUNTS = """
SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM quotes),
       (SELECT count(*) FROM talks), (SELECT count(*) FROM rejections)
"""
COUNT_NAMES = ("articles", "events", "quotes", "talks", "rejections")

DIGESTS = "SELECT id, digest FROM articles"


def _where(conditions: list[str]) -> str:
    """A WHERE clause joining ``conditions`` with AND, or nothing."""
    return " WHERE " + " AND ".join(conditions) if conditions else ""
