"""Web pages: the main text, title, date and site name, extracted with trafilatura."""

from __future__ import annotations

from datetime import date

import trafilatura

from ..errors import EmptyInput
from ..records import Article
from .published import dateline
from .text import check_length

# htmldate's "extensive search" guesses a date from any date-like text on the page, and picks copyright
# years and event dates as often as publication dates; only the page's date markup is trusted.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def html_article(page: bytes | str, article_id: str, origin: str, min_chars: int, fallback: date | None,
                 url: str | None = None) -> Article:
    """An Article from a web page; EmptyInput when no article text can be found in it."""
    doc = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=dict(_DATE_PARAMS),
    )
    text = getattr(doc, "text", None) or ""
    if not text.strip():
        raise EmptyInput(origin, "no article text found in the web page")
    check_length(text, origin, min_chars)
    return Article(
        id=article_id,
        text=text,
        title=_clean(getattr(doc, "title", None)),
        published=_page_date(getattr(doc, "date", None)) or dateline(text, fallback) or fallback,
        outlet=_clean(getattr(doc, "sitename", None)),
        url=url or _clean(getattr(doc, "url", None)),
        origin=origin,
    )


def _clean(value: object) -> str | None:
    """A metadata string, stripped; None when missing or blank."""
    return (value.strip() or None) if isinstance(value, str) else None


def _page_date(value: object) -> date | None:
    """The date trafilatura found in the page markup (YYYY-MM-DD), or None."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
