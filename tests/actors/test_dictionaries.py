"""Users bring their own actors: YAML, CSV, or the PETRARCH/TABARI dictionaries the field already has."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.actors.dictionaries import load_user_dictionary
from tidings.actors.knowledge import load_knowledge
from tidings.config import load_config
from tidings.context import Context
from tidings.errors import KnowledgeError
from tidings.pipeline import analyse
from tidings.records import Article


@pytest.fixture
def with_dictionary(ctx, tmp_path):
    """Analyse a text with a user dictionary written to ``name`` (reusing the session's spaCy pipeline)."""

    def run(name: str, content: str, text: str, published: str = "2017-01-10"):
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        config = load_config(overrides=[f"actors.user_file={path}"])
        user_ctx = Context(config)
        user_ctx.__dict__["nlp"] = ctx.nlp
        user_ctx.__dict__["gazetteer"] = ctx.gazetteer
        article = Article(id="t", text=text, published=date.fromisoformat(published))
        return analyse(article, ctx.nlp(text), user_ctx)

    return run


def codes(analysis):
    return {m.text.removeprefix("The "): (m.code, m.reason) for m in analysis.actors}


def test_user_yaml_adds_an_actor_the_shipped_knowledge_lacks(with_dictionary):
    content = "- name: Northern Shield Brigade\n  aliases: [the Shield Brigade]\n  code: SYRREBNSB\n"
    analysis = with_dictionary("mine.yaml", content, "The Northern Shield Brigade shelled the road.")
    assert codes(analysis)["Northern Shield Brigade"] == ("SYRREBNSB", "user")


def test_user_yaml_overrides_a_shipped_actor(with_dictionary):
    analysis = with_dictionary("mine.yaml", "- name: Hezbollah\n  code: LBNPTY\n", "Hezbollah won two seats.")
    assert codes(analysis)["Hezbollah"] == ("LBNPTY", "user")


def test_user_csv_rows_are_dated_offices_of_one_actor(with_dictionary):
    content = ("name,aliases,code,from,to\n"
               "Amira Saleh,Saleh,MARLEG,2010-01-01,2015-12-31\n"
               "Amira Saleh,Saleh,MARGOV,2016-01-01,\n")
    early = with_dictionary("mine.csv", content, "Amira Saleh criticised the budget.", published="2012-06-01")
    late = with_dictionary("mine.csv", content, "Amira Saleh criticised the budget.", published="2018-06-01")
    assert codes(early)["Amira Saleh"][0] == "MARLEG"
    assert codes(late)["Amira Saleh"][0] == "MARGOV"


def test_petrarch_actors_file_with_synonyms_and_dated_codes(tmp_path):
    path = tmp_path / "mine.actors"
    path.write_text(
        "<!-- a comment -->\n"
        "AMIRA_SALEH [MAR]  # default\n"
        "+SALEH\n"
        "\t[MARLEG 20100101-20151231]\n"
        "\t[MARGOV >20160101]\n"
        "NORTHERN_SHIELD_BRIGADE [SYRREB]\n",
        encoding="utf-8",
    )
    kb = load_knowledge(load_config())
    assert load_user_dictionary(kb, path) == 2
    entity, _ = kb.lookup("Saleh")[0]
    assert entity.code_on(date(2012, 1, 1))[0] == "MARLEG"
    assert entity.code_on(date(2020, 1, 1))[0] == "MARGOV"
    assert entity.code_on(date(2005, 1, 1))[0] == "MAR"
    assert kb.lookup("northern shield brigade")[0][0].code == "SYRREB"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.yaml", "- name: X\n  code: not-a-code\n", "not an actor code"),
        ("bad.yaml", "- aliases: [nobody]\n", "needs a name"),
        ("bad.yaml", "name: [unclosed\n", "not valid YAML"),
        ("bad.csv", "name,aliases\nX,Y\n", "columns name and code"),
        ("bad.csv", "name,code,from\nX,SYRGOV,2017-02-30\n", "not a YYYY-MM-DD date"),
        ("bad.actors", "\t[SYRGOV >2017]\n", "no name before it"),
        ("bad.toml", "x = 1\n", "unknown dictionary format"),
    ],
    ids=["yaml-bad-code", "yaml-no-name", "yaml-broken", "csv-no-code-column", "csv-impossible-date",
         "petrarch-orphan-code", "unknown-format"],
)
def test_a_bad_user_dictionary_fails_with_its_file_named(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError, match=message) as caught:
        load_user_dictionary(load_knowledge(load_config()), path)
    assert name in str(caught.value)
