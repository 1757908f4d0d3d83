"""The talks stage: one record per negotiation, meeting, conference or congress an article reports.

Every mention of a negotiation ("talks", "the Vienna meeting", "Russia's Peace Congress", "Lavrov met Cavusoglu
in Alanya") is read for its venue, date, status and the parties around it (``mentions``); what a sentence says
of the negotiation it is about without naming it in the same phrase ("through Turkish mediation",
"invitations were sent to X and Y", "have yet to confirm their participation") is read too (``clues``).
Mentions of the same negotiation are merged (``tracks``): same venue or name, "the talks" pointing back to the
last one named, a bare "talks" continuing the negotiation the article is reporting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Analysis, Talks
from .clues import sentence_clues
from .mentions import Mention, sentence_mentions
from .reading import Reader
from .tracks import RECENT, Track, merge, record

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..context import Context

__all__ = ["find_talks"]


def find_talks(analysis: Analysis, doc: Doc, ctx: Context) -> tuple[Talks, ...]:
    """Every negotiation the article reports, with its brokers, participants, invitees and refusers."""
    reader = Reader(analysis, doc, ctx)
    tracks: list[Track] = []
    seen: list[Mention] = []
    texts, starts, ends = [], [], []
    last: tuple[int, Track] | None = None
    for n, sent in enumerate(doc.sents):
        texts.append(sent.text.strip())
        starts.append(sent.start_char)
        ends.append(sent.end_char)
        found = sentence_mentions(sent, n, reader)
        here: list[tuple[Mention, Track]] = []
        for m in _in_order(found):
            seen.append(m)
            here.append((m, merge(seen, tracks)))
        if here:
            main = min(here, key=lambda pair: pair[0].depth)[1]
            last = (n, main)
        elif last is not None and n - last[0] <= RECENT:
            main = last[1]
        else:
            continue
        clues = sentence_clues(sent, reader, named=bool(here) or last is not None and n - last[0] <= 1)
        main.parties.merge(clues)
    article = analysis.article.id
    out = []
    for track in tracks:
        if not track.parties:
            continue
        first = track.mentions[0].sentence
        out.append(record(article, track, texts[first], starts, ends))
    return tuple(out)


def _in_order(found: list[Mention]) -> list[Mention]:
    """Mentions in text order, each after the mention it is part of."""
    done: list[Mention] = []
    waiting = list(found)
    for _ in range(3):
        ready = [m for m in waiting if m.link is None or any(d.token.i == m.link for d in done)]
        done += ready
        waiting = [m for m in waiting if m not in ready]
    return done + waiting
