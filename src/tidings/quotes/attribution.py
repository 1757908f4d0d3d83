"""Who a quotation is attributed to: the subject of a speech verb next to it or above it in the parse, or the
agent of "according to".

The rules, tried in this order for one quoted stretch; its frame is the rest of its sentence, stopping at a full
stop, a paragraph break, another quotation or a stray double mark:

1. ``according-to``, for a partial quotation (a word or phrase inside a sentence) only: "according to X" before
   it. The words are the source's account ("According to Putin, Assad answered “positively”" -> Putin).
2. ``said-after`` for "“…”, as X put it" / "as X called it", which names the speaker even where a verb before the
   quotation has a subject of its own.
3. ``said-before`` / ``colon-before``: a speech verb at most 8 tokens before the opening mark, no other verb between
   (X said: “…”, X told reporters “…”, X said that “…”, X called the talks “…”); a clause with a personal subject
   and a colon (He went on: “…”); or a name and a colon (Putin: “…”). A partial quotation found so is ``partial``.
4. ``said-after``: a speech verb at most 20 tokens after the closing mark, no other verb between, whose subject
   stands after the quotation (“…,” X said; “…,” said X; “…”, X, the head of Y, told AFP). After a quotation
   that ends with a full stop only "said X" or a lower-case "he said" counts: anything else is a new sentence.
5. ``according-to``: "according to X" anywhere in the frame.
6. ``partial`` (or said-before/after for a full quotation): a speech verb above the quoted words in the parse
   (X said it had struck 72 “terrorist” targets). Verbs of naming and verbal acts (call, describe, dismiss,
   blame ...) count only within four steps of the quoted words: their object or complement.

The speaker of a verb is its subject; for a subjectless participle ("..., adding “…”", "was quoted as saying")
the subject of the verb it hangs from; for a passive verb of naming its agent ("described as “…” by X"); for a
finite verb the parser left without a subject, the person named just before it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SPEECH = frozenset("""
    say tell add insist warn claim argue state note write tweet declare announce explain ask reply respond stress
    comment remark observe conclude admit acknowledge confirm deny suggest report recall predict promise vow pledge
    urge demand complain allege assert maintain contend emphasise emphasize underline reiterate repeat answer
    joke boast concede threaten shout cry murmur whisper quip caution protest lament tout estimate propose
    pronounce counter retort recount testify exclaim scream yell chant post
""".split())
# Verbs of naming and of verbal acts: they attribute the words they take as object or complement
# (X called the talks “…”, X dismissed it as “…”, X blamed “foreign meddling”), not a whole clause below them.
NAMING = frozenset("""
    describe call term dub label brand characterise characterize deem dismiss blame accuse condemn denounce
    criticise criticize praise welcome reject hail decry slam compare liken
""".split())
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})
BRACKETS = frozenset({"-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"})  # PTB-tokenised brackets

_NEAR_BEFORE = 8  # tokens between a speech verb and the opening mark ("said on Monday in a statement that")
_NEAR_AFTER = 20  # tokens between the closing mark and a speech verb ("X, the director of operations ..., said")
_MAX_HOPS = 10
_NAMING_HOPS = 4  # "described the killings as an “ugly crime”": the quoted noun is the object of "as"
_STOPS = frozenset({".", "!", "?"})
_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "prep", "relcl"})


@dataclass(frozen=True, slots=True)
class Attribution:
    head: Token  # the speaker's head word
    reason: str


@dataclass(frozen=True, slots=True)
class Frame:
    """The tokens around one quoted stretch, as far as the same sentence reaches."""

    first: int  # first token of the quoted words
    last: int  # last token of the quoted words
    before: tuple[Token, ...]  # nearest first
    after: tuple[Token, ...]
    opens_sentence: bool  # nothing worded before it in its sentence
    colon: bool  # a colon just before the opening mark
    ends_sentence: bool  # the quoted words end with a full stop


def frame(doc: Doc, first: int, last: int, lo: int, hi: int, ends_sentence: bool) -> Frame:
    """The frame of the quoted tokens ``first..last``, within the characters ``lo..hi``."""
    before = tuple(_walk(doc, range(first - 1, -1, -1), lo, hi))
    after = tuple(_walk(doc, range(last + 1, len(doc)), lo, hi))
    worded = [t for t in before if not t.is_punct]
    colon = bool(before) and before[0].text == ":"
    return Frame(first, last, before, after, not worded, colon, ends_sentence)


def _walk(doc: Doc, indices: range, lo: int, hi: int) -> Iterator[Token]:
    """Tokens from the quotation outward, past its own marks, until a sentence end, a paragraph break, another
    double quotation mark (a stray one marks a boundary too) or the frame's edge."""
    own_marks = True
    for i in indices:
        tok = doc[i]
        if tok.idx < lo or tok.idx >= hi or tok.text in _STOPS:
            return  # the frame ends at paragraph breaks already (and reaches back over "said:" and a break)
        if tok.is_space:
            continue
        if _is_mark(tok):
            if not own_marks and _is_double_mark(tok):
                return
            continue
        own_marks = False
        yield tok


def attribute(doc: Doc, fr: Frame, partial: bool, name_like: bool = False) -> Attribution | None:
    """The speaker of the quotation in ``fr``, and the rule that found it; None when nobody is said to speak.

    A ``name_like`` stretch ("Olive Branch") is only a quotation with a speech verb right next to it.
    """
    if partial:
        found = _according_to(fr.before)
        if found is not None:
            return Attribution(found, "according-to")
    found_rule = _as_put_it(fr) or _said_before(fr) or _said_after(fr)
    if found_rule is not None:
        head, reason = found_rule
        return Attribution(head, "partial" if partial and reason == "said-before" else reason)
    if name_like:
        return None
    found = _according_to(fr.before) or _according_to(fr.after)
    if found is not None:
        return Attribution(found, "according-to")
    verb = _governor(doc, fr)
    if verb is not None:
        subject = _outside(fr, subject_of(verb))
        if subject is not None:
            reason = "partial" if partial else ("said-before" if verb.i < fr.first else "said-after")
            return Attribution(subject, reason)
    return None


def _said_before(fr: Frame) -> tuple[Token, str] | None:
    """X said: “…” / X told reporters “…” / X called it “…” / He goes on: “…”; or a name and a colon."""
    colon = False
    for n, tok in enumerate(fr.before):
        if n > _NEAR_BEFORE:
            return None
        if tok.text == ":":
            colon = True
        if is_speech(tok):
            subject = subject_of(tok)
            if subject is not None and subject.i < fr.first:
                return subject, "colon-before" if colon else "said-before"
            return None
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass") and tok.lemma_ != "be":
            # any clause with a speaking subject introduces what follows its colon ("He put it this way:")
            subject = own_subject(tok) if colon else None
            if subject is not None and _personal(subject):
                return subject, "colon-before"
            return None
    if fr.colon and len(fr.before) > 1 and fr.before[0].i - fr.before[-1].i < 10:
        # a headline or interview convention: "Putin: “…”"
        name = fr.before[1]
        if name.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or name.pos_ == "PROPN":
            return name, "colon-before"
    return None


def _said_after(fr: Frame) -> tuple[Token, str] | None:
    """“…,” X said / “…,” said X / “…”, X told AFP."""
    words = [t for t in fr.after if not t.is_punct]
    if not words:
        return None
    if fr.ends_sentence and not (is_speech(words[0]) or words[0].is_lower):
        return None  # a new sentence after a quotation that ends with a full stop
    for n, tok in enumerate(fr.after):
        if n > _NEAR_AFTER:
            return None
        if is_speech(tok, naming=False):
            subject = _subject_after(fr, tok)
            return (subject, "said-after") if subject is not None else None
        if tok.pos_ == "VERB":
            return None
    return None


def _as_put_it(fr: Frame) -> tuple[Token, str] | None:
    """“…”, as X put it / as X said: names the speaker even where a verb before the quotation has a subject."""
    words = [t for t in fr.after if not t.is_punct]
    if len(words) < 3 or words[0].lower_ != "as":
        return None
    verb = next((t for t in words[1:7] if t.pos_ == "VERB"), None)
    if verb is None or not is_speech(verb):  # as he called it
        return None
    subject = _subject_after(fr, verb)
    return (subject, "said-after") if subject is not None else None


def _subject_after(fr: Frame, verb: Token) -> Token | None:
    """The speaker of a verb after the quotation; it stands after the quotation too (a subject before it belongs
    to another clause)."""
    subject = own_subject(verb)
    if subject is None and verb.tag_ not in ("VBG", "VBN"):
        # a subject the parse missed: "said one opposition figure", or the name between the quotation and the verb
        first_word = next((t for t in fr.after if not t.is_punct), None)
        subject = _noun_after(verb if first_word is verb else verb.doc[fr.last])
    return subject if subject is not None and fr.last < subject.i else None


def _according_to(tokens: tuple[Token, ...]) -> Token | None:
    """The agent of "according to X" among ``tokens``."""
    for tok in tokens:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            agent = next((c for c in to.children if c.dep_ == "pobj"), None)
            return agent if agent is not None else _noun_after(to)
    return None


def _governor(doc: Doc, fr: Frame) -> Token | None:
    """A speech verb above the quoted words in the parse; a naming verb only close above them."""
    inside = range(fr.first, fr.last + 1)
    attach = next((t for t in doc[fr.first:fr.last + 1] if t.head.i not in inside and not t.is_punct), None)
    if attach is None:
        return None
    tok, hops = attach.head, 1
    while hops <= _MAX_HOPS:
        if tok.i not in inside and is_speech(tok, hops):
            return tok
        if tok.head is tok:
            return None
        tok, hops = tok.head, hops + 1
    return None


def subject_of(verb: Token) -> Token | None:
    """The speaker of a speech verb: its subject, the agent of a passive verb of naming, or the subject of the
    verb a subjectless participle hangs from ("X said ..., adding “…”", "X was heard saying “…”")."""
    if verb.lemma_.lower() in NAMING:
        agent = _agent(verb)  # "described as “…” by Russia's ambassador"
        if agent is not None:
            return agent
    tok = verb
    for _ in range(5):
        if tok is not verb and tok.dep_ == "ccomp" and is_speech(tok.head):
            # "X said progress had been made, saying ...": the parse hung the participle on the reported clause;
            # the one who speaks is the subject of the verb of saying above it
            tok = tok.head
            continue
        subject = own_subject(tok, passive=tok is not verb)
        if subject is not None:
            return subject
        if tok.dep_ in _CLIMB and tok.head is not tok:
            tok = tok.head
        else:
            break
    return _person_before(verb) if verb.tag_ in ("VBD", "VBZ", "VBP") else None


def _person_before(verb: Token) -> Token | None:
    """A finite verb the parse left without a subject: the person named just before it ("Asked ..., Faysal Itani,
    deputy head of X, said")."""
    doc = verb.doc
    for i in range(verb.i - 1, max(verb.i - 16, verb.sent.start - 1), -1):
        tok = doc[i]
        if tok.pos_ in ("VERB", "AUX") or tok.text in _STOPS:
            return None
        if tok.ent_type_ == "PERSON" or tok.lower_ in _PERSONAL:
            while tok.ent_iob_ == "I" and tok.i + 1 < verb.i and doc[tok.i + 1].ent_iob_ == "I":
                tok = doc[tok.i + 1]
            return tok
    return None


def own_subject(verb: Token, passive: bool = False) -> Token | None:
    """The verb's own subject; of several (a name the parser split), the one nearest the verb."""
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    subjects = [c for c in verb.children if c.dep_ in deps and c.text not in BRACKETS]
    if not subjects:
        return None
    return min(subjects, key=lambda c: abs(c.i - verb.i))


def _agent(verb: Token) -> Token | None:
    """The agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _noun_after(tok: Token) -> Token | None:
    """The head of the noun phrase just after ``tok`` ("said one opposition figure")."""
    doc = tok.doc
    for i in range(tok.i + 1, min(tok.i + 6, len(doc))):
        cand = doc[i]
        if cand.pos_ in ("PROPN", "NOUN", "PRON"):
            while cand.dep_ in ("compound", "amod", "nummod", "det", "poss", "flat") and cand.head.i > cand.i:
                cand = cand.head
            return cand
        if cand.text in _STOPS:
            return None
    return None


def _outside(fr: Frame, tok: Token | None) -> Token | None:
    """``tok`` unless it lies among the quoted words (a parse that took a word of the quotation for the subject)."""
    return None if tok is None or fr.first <= tok.i <= fr.last else tok


def is_speech(tok: Token, hops: int = 1, naming: bool = True) -> bool:
    """Whether ``tok`` reports speech; a naming verb only within a few steps of the quoted words."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    if lemma in SPEECH:
        return True
    if lemma in NAMING:
        return naming and hops <= _NAMING_HOPS
    return lemma == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)  # as X put it


def _personal(tok: Token) -> bool:
    return tok.lower_ in _PERSONAL or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or tok.pos_ == "PROPN"


def _is_mark(tok: Token) -> bool:
    return all(c in "“”\"‘’'`«»„" for c in tok.text)


def _is_double_mark(tok: Token) -> bool:
    return tok.text in ("“", "”", '"', "``", "''", "«", "»", "„")
