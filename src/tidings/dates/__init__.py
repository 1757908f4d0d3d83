"""Dates: read absolute dates (:func:`parse_date`) and find every temporal expression of an article
(:func:`find_times`, the ``dates`` stage), resolved against the publication date.
"""

from __future__ import annotations

from .parse import parse_date
from .stage import find_times

__all__ = ["find_times", "parse_date"]
