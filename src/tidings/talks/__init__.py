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
from .mentions import Mention, groups, sentence_mentions
from .reading import Reader
from .tracks import RECENT, Track, merge, record

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..context import Context

__all__ = ["find_talks"]


def find_talks(analysis: Analysis, doc: Doc, ctx: Context) -> tuple[Talks, ...]:
    """Every negotiation the article reports, with its brokers, participants, invitees and refusers."""
    reader = Reader(analysis, doc, ctx)
    tracks: list[Track] = []
    seen: list[Mention] = []
    texts, starts, ends = [], [], []
    last: tuple[int, Track] | None = None
    segment = -1
    for n, sent in enumerate(doc.sents):
        texts.append(sent.text.strip())
        starts.append(sent.start_char)
        ends.append(sent.end_char)
        for part in _segments(sent):
            segment += 1
            found = sentence_mentions(part, n, reader)
            here: list[tuple[Mention, Track]] = []
            for group in groups(found):
                for m in group:
                    m.segment = segment
                seen.append(group[0])
                track = merge(seen, tracks)
                for m in group[1:]:
                    track.add(m)
                here += [(m, track) for m in group]
            if here:
                main = min(here, key=lambda pair: pair[0].depth)[1]
                last = (segment, main)
            elif last is not None and segment - last[0] <= RECENT:
                main = last[1]
            else:
                continue
            clues = sentence_clues(part, reader, named=bool(here), near=bool(here) or segment - last[0] <= 1)
            ahead = _ahead(main, tracks)
            main.parties.add("brokers", clues.brokers)
            main.parties.add("participants", clues.participants)
            ahead.parties.add("invited", clues.invited)
            ahead.parties.add("declined", clues.declined)
    article = analysis.article.id
    out = []
    for track in tracks:
        if not track.parties:
            continue
        first = track.mentions[0].sentence
        out.append(record(article, track, texts[first], starts, ends, reader.party_name))
    return tuple(out)


def _segments(sent: Span) -> list[Span]:
    """A sentence cut at its line breaks: spaCy runs a headline into the first sentence under it."""
    out, start = [], sent.start
    for t in sent:
        if t.is_space and "\n" in t.text and t.i > start:
            out.append(sent.doc[start:t.i])
            start = t.i + 1
    if start < sent.end:
        out.append(sent.doc[start:sent.end])
    return out


def _ahead(main: Track, tracks: list[Track]) -> Track:
    """Where an invitation or an undecided party belongs: the negotiation still to come, which is the one the
    sentence is about unless that one is over ("said while attending a conference on Cyprus")."""
    if main.status != "occurred":
        return main
    return next((t for t in reversed(tracks) if t.status in ("planned", "proposed")), main)
