"""The PLOVER ontology, the CAMEO crosswalk and the trigger lexicon: shipped data and user extensions."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.errors import KnowledgeError
from tidings.events.lexicon import TRIGGER_COLUMNS, Lexicon, Trigger, load_lexicon
from tidings.events.ontology import load_ontology, read_ontology

QUADS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip
HEADER = "\t".join(TRIGGER_COLUMNS)


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


@pytest.fixture(scope="module")
def lexicon(ontology):
    return load_lexicon(ontology)


def write(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- ontology -----------------------------------------------------------------------------------------------------


def test_ontology_loads_the_16_plover_types_with_their_quads(ontology):
    assert {name: t.quad for name, t in ontology.types.items()} == QUADS
    assert all(ontology.quad(name) == quad for name, quad in QUADS.items())


def test_ontology_types_have_descriptions_and_plover_modes(ontology):
    assert all(t.description and t.modes for t in ontology.types.values())
    assert {"phone", "visit", "host", "third-party"} <= set(ontology.types["CONSULT"].modes)
    assert {"air", "firearms", "suicide-attack", "heavy-weapons", "abduct"} <= set(ontology.types["ASSAULT"].modes)
    assert set(ontology.types["REQUEST"].modes) == {"assist", "change", "yield", "meet"}


def test_ontology_is_loaded_once(ontology):
    assert load_ontology() is ontology


def test_ontology_quad_of_unknown_type_names_the_choices(ontology):
    with pytest.raises(ValueError, match="ASSAULT"):
        ontology.quad("FIGHT")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("190", ("ASSAULT", None)),
        ("195", ("ASSAULT", "air")),
        ("040", ("CONSULT", None)),
        ("041", ("CONSULT", "phone")),
        ("111", ("ACCUSE", "disapprove")),
        ("112", ("ACCUSE", "allege")),
        ("1041", ("REQUEST", "change")),
        ("0871", ("AGREE", "ceasefire")),
        ("0841", ("CONCEDE", "release")),
        ("163", ("SANCTION", "embargo")),
        ("173", ("COERCE", "arrest")),
        ("016", ("REJECT", "deny")),
        ("1213", ("REJECT", "assist")),  # an ICEWS code missing from CAMEO reads as its parent 121
        ("010", None),
        ("01", None),
        ("99", None),
    ],
)
def test_ontology_crosswalks_cameo_to_plover(ontology, code, expected):
    assert ontology.plover_for(code) == expected


def test_ontology_lists_every_cameo_code(ontology):
    roots = {f"{n:02d}" for n in range(1, 21)}
    assert roots <= set(ontology.cameo)
    assert {"0211", "1056", "1385", "1454", "1834", "1952", "2042"} <= set(ontology.cameo)
    assert len(ontology.cameo) == 316


@pytest.mark.parametrize(
    ("code", "score"),
    [("057", 8.0), ("190", -10.0), ("1011", -5.0), ("1834", -10.0), ("155", -7.2), ("1213", -4.0), ("99", None)],
    ids=["own", "own-3", "own-4", "parent-183", "parent-15", "unknown-code-parent-121", "unknown"],
)
def test_ontology_goldstein_falls_back_to_the_parent_code(ontology, code, score):
    assert ontology.goldstein(code) == score


def test_ontology_cameo_for_gives_the_most_general_code(ontology):
    assert ontology.cameo_for("CONSULT", "phone") == "041"
    assert ontology.cameo_for("ASSAULT", "air") == "195"
    assert ontology.cameo_for("ASSAULT") == "18"
    assert ontology.cameo_for("ACCUSE") == "11"
    assert ontology.cameo_for("COERCE", "no-such-mode") is None


def test_ontology_validates_type_and_mode(ontology):
    assert ontology.is_valid("ASSAULT", "air")
    assert ontology.is_valid("ASSAULT")
    assert not ontology.is_valid("ASSAULT", "phone")
    assert not ontology.is_valid("FIGHT")


PLOVER = "ASSAULT:\n  quad: 4\n  description: Violence.\n  modes:\n    air: From the air.\n"
CAMEO_HEADER = "code\tname\tplover\tmode\tquad\tgoldstein"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("190\tfight\tFIGHT\t-\t4\t-10.0", "unknown PLOVER type 'FIGHT'"),
        ("190\tfight\tASSAULT\tsea\t4\t-10.0", "unknown mode 'sea'"),
        ("190\tfight\tASSAULT\t-\t5\t-10.0", "quad"),
        ("190\tfight\tASSAULT\t-\t4\t-11", "outside -10 .. 10"),
        ("19x\tfight\tASSAULT\t-\t4\t-10", "2 to 4 digits"),
        ("190\tfight\tASSAULT\t-\t4", "field"),
    ],
    ids=["unknown-type", "unknown-mode", "bad-quad", "goldstein-range", "bad-code", "missing-field"],
)
def test_ontology_bad_cameo_row_names_file_and_line(tmp_path, row, message):
    plover = write(tmp_path, "plover.yaml", PLOVER)
    cameo = write(tmp_path, "cameo.tsv", "# comment", CAMEO_HEADER, "19\tfight\tASSAULT\t-\t4\t-10.0", row)
    with pytest.raises(KnowledgeError, match=message) as err:
        read_ontology(plover, cameo)
    assert f"{cameo}:4:" in str(err.value)


def test_ontology_duplicate_cameo_code_is_refused(tmp_path):
    plover = write(tmp_path, "plover.yaml", PLOVER)
    cameo = write(tmp_path, "cameo.tsv", CAMEO_HEADER, "190\ta\tASSAULT\t-\t4\t-10", "190\tb\tASSAULT\t-\t4\t-10")
    with pytest.raises(KnowledgeError, match=rf"{cameo}:3: .*listed twice \(first at line 2\)"):
        read_ontology(plover, cameo)


def test_ontology_bad_plover_mode_names_its_line(tmp_path):
    plover = write(tmp_path, "plover.yaml", PLOVER + "    Heavy Weapons: Artillery.\n")
    cameo = write(tmp_path, "cameo.tsv", CAMEO_HEADER)
    with pytest.raises(KnowledgeError, match=rf"{plover}:6: mode 'Heavy Weapons'"):
        read_ontology(plover, cameo)


# -- lexicon ------------------------------------------------------------------------------------------------------


def test_lexicon_is_large_and_covers_every_type(lexicon, ontology):
    assert len(lexicon.triggers) >= 600
    counts = {t: sum(1 for x in lexicon.triggers if x.type == t) for t in ontology.types}
    assert min(counts.values()) >= 10, counts


def test_lexicon_entries_agree_with_the_ontology(lexicon, ontology):
    for t in lexicon.triggers:
        assert ontology.is_valid(t.type, t.mode), t
        assert t.cameo in ontology.cameo, t
        assert ontology.plover_for(t.cameo)[0] == t.type, t  # the CAMEO code crosswalks to the same type
        assert t.pos in ("VERB", "NOUN"), t


def test_lexicon_is_loaded_once_per_ontology(lexicon, ontology):
    assert load_lexicon(ontology) is lexicon


@pytest.mark.parametrize(
    ("lemma", "pos", "type"),
    [
        ("boycott", "NOUN", "REJECT"),
        ("invite", "VERB", "REQUEST"),
        ("invitation", "NOUN", "REQUEST"),
        ("talk", "NOUN", "CONSULT"),
        ("airstrike", "NOUN", "ASSAULT"),
        ("ceasefire", "NOUN", "AGREE"),
        ("bombardment", "NOUN", "ASSAULT"),
        ("recapture", "NOUN", "ASSAULT"),
        ("backer", "NOUN", "SUPPORT"),
        ("criticise", "VERB", "ACCUSE"),
        ("criticize", "VERB", "ACCUSE"),
        ("deploy", "VERB", "MOBILIZE"),
        ("besiege", "VERB", "COERCE"),
    ],
)
def test_lexicon_resolves_single_words(lexicon, lemma, pos, type):
    entries = lexicon.single(lemma, pos)
    assert entries and entries[0].type == type
    assert lemma in lexicon.lemmas


def test_lexicon_particle_entry_comes_before_the_bare_word(lexicon):
    calls = lexicon.single("call", "NOUN")
    assert (calls[0].particle, calls[0].type) == ("for", "REQUEST")
    assert (calls[-1].particle, calls[-1].type) == (None, "CONSULT")
    verbs = lexicon.single("call", "VERB")
    assert {v.particle for v in verbs} >= {"for", "on", "off"}
    assert all(v.particle for v in verbs)  # a bare "call" (naming) is no trigger
    assert {(v.particle, v.type) for v in lexicon.single("pull", "VERB")} >= {("out", "RETREAT")}
    assert lexicon.single("no-such-word", "VERB") == ()


def test_lexicon_multiword_entries_are_keyed_by_first_lemma_longest_first(lexicon):
    air = lexicon.multi["air"]
    assert "air strike" in {t.lemma for t in air}
    assert [len(t.words) for t in air] == sorted((len(t.words) for t in air), reverse=True)
    assert {"cease", "peace", "hunger"} <= lexicon.lemmas
    assert lexicon.single("air strike", "NOUN") == ()


def test_lexicon_stop_entries_block_a_trigger_inside_them(lexicon):
    said = ["he", "say", "at", "a", "press", "conference", "."]
    assert lexicon.is_stopped(said, 5)
    assert not lexicon.is_stopped(["a", "peace", "conference"], 2)
    assert not any(t.lemma == "press conference" for t in lexicon.triggers)


def test_lexicon_user_file_extends_and_overrides(tmp_path, ontology, lexicon):
    extra = write(
        tmp_path,
        "mine.tsv",
        HEADER,
        "strike\tNOUN\t\tPROTEST\tstrike-gen\t143\tpobj:against\tlabour news",
        "parley\tVERB\t\t-\t\t\t\t",
        "jawbone\tVERB\t\tREQUEST\t\t\tdobj\t",
    )
    mine = load_lexicon(ontology, extra)
    assert [t.type for t in mine.single("strike", "NOUN")] == ["PROTEST"]
    assert mine.single("strike", "NOUN")[0].origin == "mine.tsv:2"
    assert mine.single("parley", "VERB") == ()
    assert mine.single("jawbone", "VERB")[0].cameo == "02"  # an empty cameo is the type's most general code
    assert lexicon.single("strike", "NOUN")[0].type == "ASSAULT"  # the shipped lexicon is untouched


@pytest.mark.parametrize(
    ("lines", "line", "message"),
    [
        ([HEADER, "attack\tVERB\t\tFIGHT\t\t190\tdobj\t"], 2, "unknown PLOVER type 'FIGHT'"),
        ([HEADER, "attack\tVERB\t\tASSAULT\tsea\t190\tdobj\t"], 2, "unknown mode 'sea' for ASSAULT"),
        ([HEADER, "attack\tVERB\t\tASSAULT\t\t999\tdobj\t"], 2, "unknown CAMEO code '999'"),
        ([HEADER, "attack\tADJ\t\tASSAULT\t\t190\tdobj\t"], 2, "pos 'ADJ' must be VERB or NOUN"),
        ([HEADER, "attack\tVERB\t\tASSAULT\t\t190\tobject\t"], 2, "unknown target path"),
        ([HEADER, "Attack\tVERB\t\tASSAULT\t\t190\tdobj\t"], 2, "lower case"),
        (["# mine", HEADER, "attack\tVERB\t\tASSAULT\t190\tdobj"], 3, "6 tab-separated field"),
        (["lemma\tpos\ttype\tmode\tcameo\ttarget\tnote", "attack\tVERB\tASSAULT\t\t190\tdobj\t"], 1, "particle"),
        ([HEADER, "hit\tVERB\t\tASSAULT\t\t190\tdobj\t", "hit\tVERB\t\tASSAULT\t\t190\tdobj\t"], 3, "twice"),
    ],
    ids=[
        "unknown-type",
        "unknown-mode",
        "unknown-cameo",
        "bad-pos",
        "bad-target",
        "upper-case-lemma",
        "missing-field",
        "missing-column",
        "duplicate",
    ],
)
def test_lexicon_bad_user_file_names_file_and_line(tmp_path, ontology, lines, line, message):
    extra = write(tmp_path, "mine.tsv", *lines)
    with pytest.raises(KnowledgeError, match=message) as err:
        load_lexicon(ontology, extra)
    assert str(err.value).startswith(f"{extra}:{line}:")


def test_lexicon_missing_user_file_is_a_knowledge_error(tmp_path, ontology):
    with pytest.raises(KnowledgeError, match="cannot read"):
        load_lexicon(ontology, tmp_path / "absent.tsv")


def test_lexicon_can_be_built_from_triggers():
    hit = Trigger("hit", "VERB", None, "ASSAULT", None, "190", ("dobj",))
    out = Trigger("hit", "VERB", "out", "ACCUSE", "disapprove", "111", ("pobj:at",))
    lex = Lexicon((hit, out), stops=(("hit", "parade"),))
    assert lex.single("hit", "VERB") == (out, hit)
    assert lex.lemmas == {"hit"}
    assert lex.is_stopped(["a", "hit", "parade"], 1)
