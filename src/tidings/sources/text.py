"""Plain-text articles: the title rule, the length checks, and the Article built from a decoded text.

The title rule. The first non-blank line is the title when all of these hold:

* something follows it: the text has a non-blank line after it (the body);
* it is short: at most ``TITLE_MAX_CHARS`` characters and between 2 and ``TITLE_MAX_WORDS`` words;
* it does not end a sentence or trail off: its last character, closing quotes and brackets aside, is not
  ``.`` ``,`` ``;`` ``:`` or a dash (``?`` and ``!`` are allowed: headlines ask and exclaim);
* it is neither a date line ("13 January, 2017") nor a web address;
* when no blank line follows it, it must not be the first line of a hard-wrapped paragraph: the next line
  starts with a capital, a digit or a quote, and the title does not end on a small joining word ("of", "the").

The title stays in the text, so that character offsets refer to the file as it is.
"""

from __future__ import annotations

from datetime import date

from ..errors import EmptyInput
from ..records import Article
from .published import TOP_CHARS, dateline, is_date_line

TITLE_MAX_CHARS = 150
TITLE_MAX_WORDS = 25
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
_NOT_FINAL = ".,;:-–—"
_JOINING_WORDS = frozenset("a an the of to in on at by for from with and or but as that is was are were".split())


def headline(text: str) -> str | None:
    """The title the first line of the text gives, by the rule above, or None."""
    lines = text[:TOP_CHARS].splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    line = lines[first].strip()
    rest = lines[first + 1:]
    body = next((other.strip() for other in rest if other.strip()), None)
    if body is None:
        return None
    words = line.split()
    if len(line) > TITLE_MAX_CHARS or not 2 <= len(words) <= TITLE_MAX_WORDS:
        return None
    if line.rstrip(_CLOSERS)[-1:] in _NOT_FINAL or not any(c.isalpha() for c in line):
        return None
    if line.lower().startswith(("http://", "https://", "www.")) or is_date_line(line):
        return None
    blank_after = not rest[0].strip()
    if not blank_after:
        starts_sentence = body[0].isupper() or body[0].isdigit() or body[0] in _OPENERS
        if not starts_sentence or words[-1].lower() in _JOINING_WORDS:
            return None
    return line


def check_length(text: str, origin: str, min_chars: int) -> None:
    """Raise EmptyInput for a text that is blank or shorter than ``ingest.min_chars``."""
    length = len(text.strip())
    if length == 0:
        raise EmptyInput(origin, "only whitespace")
    if length < min_chars:
        raise EmptyInput(origin, f"too short: {length} characters, fewer than {min_chars} (ingest.min_chars)")


def text_article(text: str, article_id: str, origin: str, min_chars: int, fallback: date | None) -> Article:
    """An Article from a plain text: its title by the title rule, its date from a dateline or the fallback."""
    check_length(text, origin, min_chars)
    return Article(id=article_id, text=text, title=headline(text), published=dateline(text, fallback) or fallback,
                   origin=origin)
