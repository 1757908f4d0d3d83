"""Naming a speaker: the actor mention at the speaker's position, else the words themselves.

When the actor stage has left nothing at that position, a person's name is given in full ("Mr Assad" ->
"Bashar al-Assad", the longest form of that name in the article), a noun phrase as written ("one opposition
figure"), and a pronoun ("he") is resolved to the most recent salient person: the speaker of an earlier
quotation or a person who is the subject of an earlier sentence, whichever came last.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..actors.naming import HONORIFICS
from ..records import ActorMention, Quote
from .attribution import BRACKETS, is_speech

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# How far back (characters) a pronoun may look for its person; a few paragraphs of news.
_PRONOUN_REACH = 1500
_BREAKS = re.compile(r"\n\s*")
_NEAR_PERSON = 300  # a person named but not as a subject is an antecedent only this close
_PERSONAL = frozenset({"he", "she", "him", "her"})
_PLURAL_OR_THING = frozenset({"they", "we", "it", "them", "us"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_INDEFINITE = frozenset({"a", "an", "one", "another"})
# Honorifics and the titles that stand before a name in a byline-like speaker phrase ("President Assad")
_BEFORE_NAME = HONORIFICS | frozenset("president general king queen prince princess baroness baron".split())
# Modifiers that belong to a speaker's noun phrase ("one opposition figure", "Syria's state army command").
_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "predet", "npadvmod"})
_RIGHT_DEPS = frozenset({"compound", "flat", "case"})


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    code: str | None
    start: int
    end: int
    pronoun: bool = False  # named by resolving a pronoun here (no actor mention said who it was)


class Speakers:
    """Names speakers in one article, from its actor mentions and its parse."""

    def __init__(self, doc: Doc, text: str, actors: Sequence[ActorMention] | None,
                 quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.doc = doc
        self.text = text  # the article's text, which the doc was parsed from (Doc.text rebuilds it on each access)
        self.actors = sorted(actors or (), key=lambda a: (a.start, -a.end))
        self._starts = [a.start for a in self.actors]
        self._quoted = sorted(quoted)  # (start, end) of quoted stretches: a person named there is not speaking
        self._quoted_starts = [q[0] for q in self._quoted]
        self._people: list[Span] | None = None
        self._names: dict[str, list[tuple[str, ...]]] | None = None

    def at(self, head: Token, earlier: Sequence[Quote]) -> Speaker:
        """The speaker whose head word is ``head``; ``earlier`` are the article's quotations so far."""
        head = _antecedent_of_relative(head)
        first, last = _phrase(head)
        start, end = self.doc[first].idx, self.doc[last].idx + len(self.doc[last])
        mention = self.mention(head.idx)
        if head.pos_ == "PRON" and head.lower_ in _PERSONAL | _PLURAL_OR_THING:
            # "…,” he said": the quotation just before names him more surely than general coreference does
            resolved = self._pronoun(head, earlier)
            if mention is not None and mention.code and resolved.code is None and resolved.name == mention.name:
                return Speaker(resolved.name, mention.code, resolved.start, resolved.end, resolved.pronoun)
            if resolved.pronoun or mention is None or not mention.name:
                return resolved
        if mention is not None and (mention.name or mention.kind != "pronoun"):
            return Speaker(mention.name or self.text[start:end], mention.code,
                           min(start, mention.start), max(end, mention.end))
        return Speaker(self._written(head, last, start, end), None, start, end)

    def mention(self, char: int) -> ActorMention | None:
        """The actor mention that covers the character at ``char``, the narrowest when they nest."""
        i = bisect_right(self._starts, char) - 1
        best = None
        for a in self.actors[max(0, i - 3):i + 1]:
            if a.start <= char < a.end and (best is None or a.end - a.start < best.end - best.start):
                best = a
        return best

    def _written(self, head: Token, last: int, start: int, end: int) -> str:
        """The speaker as the article gives it: a person's full name, else the noun phrase."""
        named = head
        if head.ent_type_ != "PERSON":
            # a title before the name ("head of private banking Pierre de Weck"), or the name in apposition
            # ("Syria's president, Bashar al-Assad, said")
            named = self.doc[last] if self.doc[last].ent_type_ == "PERSON" else next(
                (c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), head)
        if named.ent_type_ == "PERSON":
            ent = next((e for e in self._person_ents() if e.start <= named.i < e.end), None)
            if ent is not None:
                return self._full_name(_name_words(ent))
        if head.pos_ == "PROPN" and head.i == last:
            # "Mr Hague", which the tagger did not take for a person: a person named in full elsewhere
            words = _name_words(self.doc[head.i:head.i + 1])
            full = self._full_name(words)
            if len(full.split()) > 1:
                return full
        return self.text[start:end]

    def _pronoun(self, head: Token, earlier: Sequence[Quote]) -> Speaker:
        """Resolve he/she to the last salient person; it/they/we to the quotation just before in the paragraph,
        else it/they to the body that was the subject just before."""
        spot = head.idx
        previous = next((q for q in reversed(earlier) if q.speaker and q.start < spot), None)
        if previous is not None and spot - previous.start > _PRONOUN_REACH:
            previous = None
        if head.lower_ in _PERSONAL:
            person = self._antecedent(head)
            prev_at = previous.end if previous is not None else -1
            recent = previous is not None and self._paragraph_gap(previous.end, spot) <= 1
            # news convention: "he said" goes on with the speaker quoted just before, unless a person named
            # since then has taken over; further away, the last person or speaker named is the better guess
            if person is not None and person.idx > prev_at and (not recent or person.ent_type_ == "PERSON"):
                named = self.at(person, earlier)
                return Speaker(named.name, named.code, head.idx, head.idx + len(head), True)
        if previous is not None and (head.lower_ in _PERSONAL or "\n" not in self.text[previous.end:spot]):
            # they/we/it stand for the quotation's speaker only within its paragraph
            return Speaker(previous.speaker, previous.speaker_code, head.idx, head.idx + len(head), True)
        body = self._last_body(head) if head.lower_ in ("it", "they") else None
        if body is not None:
            named = self.at(body, earlier)
            return Speaker(named.name, named.code, head.idx, head.idx + len(head), True)
        return Speaker(head.text, None, head.idx, head.idx + len(head))

    def _last_body(self, pronoun: Token) -> Token | None:
        """The body an it/they stands for: the subject of a main clause in this sentence or the two before it
        ("The ministry issued a statement. “…,” it said."), a noun of the pronoun's number, not a person."""
        tags = ("NN", "NNP") if pronoun.lower_ == "it" else ("NNS", "NNPS")
        sent = pronoun.sent
        for _ in range(3):
            root = sent.root
            for child in root.children:
                if (child.dep_ in ("nsubj", "nsubjpass") and child.i < pronoun.i and child.tag_ in tags
                        and child.ent_type_ != "PERSON" and not self._in_quote(child.idx)):
                    return child
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
        return None

    def _antecedent(self, pronoun: Token) -> Token | None:
        """The person a he/she most likely stands for, outside any quotation: the last subject of a main clause
        that is a named person or someone reported as speaking ("Another man, who asked not to be named, said");
        else the last person who is the subject of any clause; else a person named close by."""
        subordinate = nearby = None
        for i in range(pronoun.i - 1, -1, -1):
            tok = self.doc[i]
            if pronoun.idx - tok.idx > _PRONOUN_REACH:
                break
            if self._in_quote(tok.idx):
                continue
            person = tok.ent_type_ == "PERSON"
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ != "PRON":
                named = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
                verb = tok.head
                main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
                if main and (person or named is not None or (is_speech(verb) and _someone(tok))):
                    return named or tok
                if person and subordinate is None:
                    subordinate = tok
            elif person and nearby is None and tok.pos_ == "PROPN" and pronoun.idx - tok.idx <= _NEAR_PERSON:
                nearby = tok
        return subordinate or nearby

    def _paragraph_gap(self, start: int, end: int) -> int:
        """How many paragraph breaks lie between two offsets."""
        return len(_BREAKS.findall(self.text, start, end))

    def _in_quote(self, char: int) -> bool:
        i = bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and char < self._quoted[i][1]

    def _person_ents(self) -> list[Span]:
        if self._people is None:
            self._people = [e for e in self.doc.ents if e.label_ == "PERSON"]
        return self._people

    def _full_name(self, words: tuple[str, ...]) -> str:
        """The longest name of a person in the article that ends with ``words`` ("Van Rompuy" -> "Herman Van
        Rompuy"); a single word may also begin it ("Ban" -> "Ban Ki-moon")."""
        if not words:
            return ""
        names = self._names_by_word()
        keys = tuple(_key(w) for w in words)
        best = words
        for name in names.get(keys[-1], ()):
            if len(name) > len(best) and tuple(_key(w) for w in name[-len(words):]) == keys:
                best = name
        if len(words) == 1 and best is words:
            for name in names.get(keys[0], ()):
                if len(name) > len(best) and _key(name[0]) == keys[0]:
                    best = name
        return " ".join(best)

    def _names_by_word(self) -> dict[str, list[tuple[str, ...]]]:
        """Each person's name in the article, filed under its first and its last word."""
        if self._names is None:
            self._names = {}
            for e in self._person_ents():
                words = _name_words(e)
                if words:
                    self._names.setdefault(_key(words[-1]), []).append(words)
                    if len(words) > 1:
                        self._names.setdefault(_key(words[0]), []).append(words)
        return self._names


def _someone(tok: Token) -> bool:
    """A person introduced without a name: "one man", "another activist", "a senior official" (singular, for
    he/she; an indefinite article rules out "the regime", "the video")."""
    return tok.tag_ == "NN" and any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in tok.children)


def _antecedent_of_relative(head: Token) -> Token:
    """'Lister, who said ...': the speaker is the noun the relative pronoun stands for."""
    if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
        return head.head.head
    return head


def _phrase(head: Token) -> tuple[int, int]:
    """Token range of the speaker's noun phrase: its modifiers, not its appositions or relative clauses."""
    first = last = head.i
    for child in head.lefts:
        if child.dep_ in _LEFT_DEPS:
            first = min(first, child.left_edge.i)
    for child in head.rights:
        if child.dep_ in _RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ == "of"):
            last = max(last, child.right_edge.i)
    doc = head.doc
    for i in range(head.i - 1, first - 1, -1):
        if doc[i].text in BRACKETS or "\n" in doc[i].text:
            first = i + 1  # a PTB bracket or a line break ends the phrase
            break
    for i in range(head.i + 1, last + 1):
        if doc[i].text in BRACKETS or "\n" in doc[i].text:
            last = i - 1
            break
    while first < head.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > head.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return first, last


def _key(word: str) -> str:
    """A name word as it is compared: lower case, without a particle joined by a hyphen ("al-Assad" -> assad)."""
    return re.split(r"[-‐'’]", word.lower())[-1]


def _name_words(ent: Span) -> tuple[str, ...]:
    """The words of a person's name, without honorifics, possessive endings or brackets ("Mr Assad's" -> Assad)."""
    words = [t for t in ent if not (t.is_punct or t.is_space or t.text in BRACKETS) or t.text == "-"]
    while len(words) > 1 and words[0].lower_.rstrip(".") in _BEFORE_NAME:
        words = words[1:]
    while words and (words[-1].lower_ in ("'s", "’s", "'", "’") or words[-1].text == "-"):
        words = words[:-1]
    while words and words[0].text == "-":
        words = words[1:]
    if not words:
        return ()
    # rejoin words the tokenizer split inside a name ("al-Assad", "Ki-moon") by their positions in the text
    out: list[str] = []
    for prev, tok in zip([None, *words[:-1]], words, strict=True):
        if prev is not None and prev.idx + len(prev) == tok.idx and out:
            out[-1] += tok.text
        else:
            out.append(tok.text)
    return tuple(out)
