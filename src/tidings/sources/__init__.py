"""Sources: read articles from files, folders, JSON Lines corpora, web pages, URLs and standard input.

    read_sources(["articles/", "corpus.jsonl.gz", "https://example.org/story", "-"], config)

yields one :class:`~tidings.records.Article` per article read and one :class:`~tidings.records.Rejection` per
input (or JSON line) that cannot be read, with a one-line reason. A bad input never stops the run.
"""

from __future__ import annotations

from .jsonl import RECORD_KEYS
from .raw import HTML_SUFFIXES, JSONL_SUFFIXES
from .read import SKIPPED_SUFFIXES, STDIN, read_source, read_sources
from .text import headline
from .web import USER_AGENT

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "RECORD_KEYS",
    "SKIPPED_SUFFIXES",
    "STDIN",
    "USER_AGENT",
    "headline",
    "read_source",
    "read_sources",
]
