"""The actor stage resolves each kind of mention the way an analyst would, and says why."""

from __future__ import annotations

import pytest

from tidings.records import ActorMention


def mention(analysis, words: str) -> ActorMention:
    found = [m for m in analysis.actors if m.text == words]
    assert found, f"no actor mention {words!r} in {[m.text for m in analysis.actors]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "code", "reason"),
    [
        ("Moscow rejected the proposal on Friday.", "Moscow", "RUSGOV", "alias"),
        ("The Kremlin said the plan was premature.", "The Kremlin", "RUSGOV", "alias"),
        ("Germany urged both sides to return to the table.", "Germany", "DEUGOV", "alias"),
        ("Fighters of the Islamic State attacked a checkpoint.", "the Islamic State", "IMGISI", "alias"),
        ("Daesh claimed the attack late on Sunday.", "Daesh", "IMGISI", "alias"),
        ("The United Nations called for restraint.", "The United Nations", "IGOUNO", "alias"),
        ("Russian officials declined to comment.", "Russian officials", "RUSGOV", "role-noun"),
        ("Turkey's army shelled the positions overnight.", "Turkey's army", "TURMIL", "role-noun"),
        ("The Israeli army declined to comment.", "The Israeli army", "ISRMIL", "role-noun"),
        ("Iraqi police arrested four men in Basra.", "Iraqi police", "IRQCOP", "role-noun"),
        ("Officials in Ankara welcomed the deal.", "Officials", "TURGOV", "role-noun"),
    ],
)
def test_actors_resolve_names_capitals_and_role_nouns(analyse_text, text, words, code, reason):
    m = mention(analyse_text(text), words)
    assert (m.code, m.reason) == (code, reason)


def test_actors_resolve_a_capital_as_its_government_but_not_as_a_place(analyse_text):
    analysis = analyse_text("Ankara accused Washington of arming the militia. Diplomats met in Ankara.")
    codes = [(m.text, m.code) for m in analysis.actors]
    assert ("Ankara", "TURGOV") in codes and ("Washington", "USAGOV") in codes
    assert sum(1 for m in analysis.actors if m.text == "Ankara") == 1  # "in Ankara" is a place


def test_actors_resolve_a_title_with_a_possessive_country_for_an_unknown_person(analyse_text):
    text = "Kazakhstan's foreign minister Erlan Zhaksybekov opened the session."
    m = mention(analyse_text(text), "Erlan Zhaksybekov")
    assert m.code == "KAZGOV" and m.kind == "person" and m.reason == "title"


def test_actors_resolve_an_unknown_spokesman_from_the_group_he_speaks_for(analyse_text):
    text = "Omar Haddad, spokesman for Jaish al-Islam, said the convoy had been stopped."
    m = mention(analyse_text(text), "Omar Haddad")
    assert m.code.startswith("SYRREB") and m.reason == "context"


def test_actors_resolve_an_analyst_from_the_institute_he_works_at(analyse_text):
    text = "Lena Moritz, a fellow at Chatham House, said the talks would fail."
    m = mention(analyse_text(text), "Lena Moritz")
    assert m.code == "GBREDU" and "Chatham House" in (m.detail or "")


def test_actors_code_a_bare_role_noun_with_the_country_the_article_is_set_in(analyse_text):
    text = ("Shelling hit Aleppo and Homs again on Monday, and residents of Hama fled north. "
            "The rebels said they would not leave the city.")
    m = mention(analyse_text(text), "The rebels")
    assert m.code == "SYRREB" and m.reason == "context" and "Syria" in m.detail


def test_actors_resolve_pronouns_and_surnames_back_to_the_person(analyse_text):
    text = ("Foreign Minister Sergei Lavrov arrived in Ankara on Monday. "
            "He met Turkish officials for three hours. Mr Lavrov later flew home.")
    analysis = analyse_text(text, published="2016-12-02")
    he = mention(analysis, "He")
    assert (he.code, he.name, he.reason) == ("RUSGOV", "Sergei Lavrov", "coreference")
    assert mention(analysis, "Mr Lavrov").name == "Sergei Lavrov"


def test_actors_resolve_a_definite_description_to_the_person_named_before(analyse_text):
    text = "Recep Tayyip Erdogan spoke by phone with the Iranian president. The Turkish leader urged calm."
    m = mention(analyse_text(text, published="2017-01-10"), "The Turkish leader")
    assert (m.code, m.reason) == ("TURGOV", "coreference") and m.name.startswith("Recep Tayyip Erdo")


def test_actors_resolve_an_unknown_person_named_again_by_surname(analyse_text):
    text = "Yusuf Karimov, a commander of the Free Syrian Army, spoke to reporters. Karimov said supplies were short."
    analysis = analyse_text(text)
    first, later = mention(analysis, "Yusuf Karimov"), mention(analysis, "Karimov")
    assert later.reason == "coreference" and later.code == first.code and later.name == "Yusuf Karimov"


@pytest.mark.parametrize(
    ("published", "code", "office"),
    [
        ("2016-12-15", "USAGOV", "President-elect"),
        ("2017-03-01", "USAGOV", "President of the United States"),
        ("2014-05-01", "USABUS", "businessman"),
    ],
)
def test_actors_code_a_person_by_the_office_held_on_the_article_date(analyse_text, published, code, office):
    m = mention(analyse_text("Donald Trump spoke about trade.", published=published), "Donald Trump")
    assert m.code == code and office in (m.detail or "")


def test_actors_follow_a_minister_whose_office_changes(analyse_text):
    # Hakan Fidan ran Turkey's intelligence service before he became foreign minister in June 2023.
    before = mention(analyse_text("Hakan Fidan visited Baghdad.", published="2019-05-01"), "Hakan Fidan")
    after = mention(analyse_text("Hakan Fidan visited Baghdad.", published="2024-05-01"), "Hakan Fidan")
    assert before.code != after.code and after.code == "TURGOV"
    assert "Foreign" in (after.detail or "") or "foreign" in (after.detail or "")


def test_actors_resolve_both_countries_of_a_coordination(analyse_text):
    analysis = analyse_text("Russia and Turkey agreed to a truce.")
    assert {m.code for m in analysis.actors} >= {"RUSGOV", "TURGOV"}


def test_every_actor_mention_says_why(analyse_text):
    analysis = analyse_text("Assad's forces shelled the town. The UN envoy said he was alarmed.", "2017-01-10")
    allowed = {"alias", "title", "role-noun", "coreference", "context", "user"}
    assert analysis.actors and all(m.reason in allowed for m in analysis.actors)
    assert all(m.start < m.end for m in analysis.actors)


def test_it_after_a_country_says_is_that_country(analyse_text):
    m = mention(analyse_text("Jordan announced on Sunday that it had closed the border crossing."), "it")
    assert m.code == "JORGOV" and m.reason == "coreference"


def test_it_with_no_speaker_is_no_actor(analyse_text):
    analysis = analyse_text("It is unclear whether the talks will resume.")
    assert all(m.text != "It" for m in analysis.actors)


def test_a_known_surname_inside_a_longer_name_is_not_that_person(analyse_text):
    analysis = analyse_text("Prosecutors questioned President Michel Temer on Tuesday.", "2017-06-20")
    assert all(m.code != "IGOEURECO" for m in analysis.actors)
    m = mention(analyse_text("European Council President Charles Michel arrived.", "2020-01-10"),
                "European Council President Charles Michel")
    assert m.code == "IGOEURECO"


def test_a_known_surname_ending_a_longer_capitalised_name_is_not_that_person(analyse_text):
    analysis = analyse_text("Court Upholds Smoking Ban in Public Parks.", "2012-05-02")
    assert all(m.code != "IGOUNO" for m in analysis.actors)
    # a title or an honorific before the surname is no part of a longer name
    for text in ("Secretary-General Ban met the envoys.", "Mr Ban met the envoys."):
        assert any(m.code == "IGOUNO" for m in analyse_text(text, "2012-05-02").actors), text


def test_a_nationality_says_more_than_a_possessive_pronoun(analyse_text):
    text = "Sergei Lavrov met his Turkish counterpart in Alanya."
    assert mention(analyse_text(text, "2016-12-02"), "his Turkish counterpart").code == "TURGOV"


def test_a_role_noun_of_a_country_belongs_to_that_country(analyse_text):
    m = mention(analyse_text("The United States praised the government of Peru.", "2010-06-02"), "the government")
    assert (m.code, m.reason) == ("PERGOV", "role-noun")


def test_a_town_or_region_in_the_phrase_gives_a_role_noun_its_country(analyse_text):
    # each article is mostly about another country: only the phrase can say whose these are
    text = "Diplomats met in Geneva and in Lausanne. Fighters in the Idlib countryside shelled a checkpoint."
    assert mention(analyse_text(text, "2018-06-20"), "Fighters").code == "SYRREB"
    text = ("Fighting went on in Aleppo, in Homs and across Syria. Putin spoke to dignitaries and media in the "
            "southern Russian resort town of Sochi.")
    assert mention(analyse_text(text, "2015-10-22"), "media").code == "RUSMED"
    # delegates travel: where they are says nothing of whose they are
    text = "Fighting went on in Aleppo and Homs. The opposition delegation in Geneva walked out."
    assert mention(analyse_text(text, "2016-02-01"), "The opposition delegation").code == "SYROPP"


def test_the_article_country_is_where_things_happen_not_who_acts(analyse_text):
    # Russia acts in every sentence; the fighting is in Syria, so a bare "rebels" are Syrian ones
    text = ("Russia said on Monday that Russia's jets had flown 40 sorties. Russia's defence ministry said the "
            "strikes hit depots in Syria. Russia has denied reports of civilian deaths in Syria. "
            "Aid groups in Syria say the strikes hit a market. Moscow says the rebels are terrorists.")
    assert mention(analyse_text(text, "2015-10-20"), "the rebels").code == "SYRREB"


def test_actors_code_an_unknown_person_with_a_title_by_the_country_the_article_is_about(analyse_text):
    m = mention(analyse_text("President Kato Obwana has banned Ugandan opposition candidates from the elections.",
                             "1996-01-10"), "President Kato Obwana")
    assert m.code == "UGAGOV" and m.reason == "title" and "Uganda" in m.detail


def test_actors_leave_an_unknown_titled_person_uncoded_when_the_article_names_no_country(analyse_text):
    m = mention(analyse_text("President Zorblat Quenn spoke on Monday.", "1996-01-10"), "President Zorblat Quenn")
    assert m.code is None


def test_actors_code_an_ethnic_group_by_where_it_lives_not_by_its_nationality_word(analyse_text):
    analysis = analyse_text("Ethnic Albanians in south Serbia are demanding a U.N. military presence. "
                            "Up to 100 ethnic Turks demonstrated on Tuesday in Bulgaria.", "1996-01-10")
    assert mention(analysis, "Ethnic Albanians").code == "SRBCVL"
    assert mention(analysis, "Up to 100 ethnic Turks").code == "BGRCVL"
    assert mention(analyse_text("Up to 100 Albanians demonstrated in Tirana.", "1996-01-10"), "Up to 100 Albanians"
                   ).code == "ALBCVL"


def test_actors_code_a_community_by_the_country_its_adjective_names(analyse_text):
    analysis = analyse_text("Iraqi Kurds rallied in Erbil on Friday. Bosnian Croats voted in Mostar.", "1996-01-10")
    kurds, croats = mention(analysis, "Iraqi Kurds"), mention(analysis, "Bosnian Croats")
    assert (kurds.code, croats.code) == ("IRQCVL", "BIHCVL")
    assert "Kurds of Iraq" in kurds.detail


def test_actors_know_the_armed_groups_and_missions_of_earlier_decades(analyse_text):
    analysis = analyse_text("UNITA accused MONUC of bias. The Tamil Tigers attacked a navy base.", "1999-05-01")
    assert mention(analysis, "UNITA").code.startswith("AGOREB")
    assert mention(analysis, "MONUC").code.startswith("IGOUNO")
    assert mention(analysis, "The Tamil Tigers").code.startswith("LKAREB")


def test_actors_code_a_people_of_another_country_and_the_forces_a_country_leads(analyse_text):
    analysis = analyse_text("The Hungarians of northern Serbia asked for schools in their language. Ethnic "
                            "Serb militiamen operating in Croatia shelled a village. Nigerian-led troops entered "
                            "Monrovia, where US-backed rebels held the port.", "1995-03-06")
    assert mention(analysis, "The Hungarians").code == "SRBCVL"
    assert mention(analysis, "Ethnic Serb militiamen").code == "HRVREB"
    assert mention(analysis, "Nigerian-led troops").code == "NGAMIL"
    assert not mention(analysis, "US-backed rebels").code.startswith("USA")


def test_actors_code_a_state_of_the_past_as_the_state_that_holds_its_place_now(analyse_text):
    analysis = analyse_text("Soviet troops left Kabul. Zaire accused Rhodesia. West Germany protested.", "1979-05-01")
    assert [mention(analysis, w).code for w in ("Soviet troops", "Zaire", "Rhodesia", "West Germany")] == [
        "RUSMIL", "CODGOV", "ZWEGOV", "DEUGOV"]


def test_actors_read_pro_and_anti_as_a_stance_not_a_nationality(analyse_text):
    analysis = analyse_text("The pro-Iranian Hezbollah group fired rockets. An anti-American cleric spoke.",
                            "1990-06-01")
    assert mention(analysis, "The pro-Iranian Hezbollah group").code == "LBNREB"
    assert not any(m.code and m.code.startswith("USA") for m in analysis.actors)


def test_actors_read_a_known_name_before_university_or_airport_as_another_name(analyse_text):
    analysis = analyse_text("Students at Cumhuriyet University marched to Kabul Airport.", "2005-01-01")
    assert not any(m.code in ("TURMED", "AFGGOV") for m in analysis.actors), [(m.text, m.code) for m in analysis.actors]


def test_actors_know_a_leader_whose_name_is_spelled_a_letter_apart(analyse_text):
    analysis = analyse_text("President Francois Mitterand met Helmut Kohl. Mr Smithe spoke.", "1990-05-10")
    mitterrand = mention(analysis, "President Francois Mitterand")
    assert mitterrand.code == "FRAGOV" and "spells" in mitterrand.detail
    assert all(m.code is None for m in analysis.actors if m.text.endswith("Smithe"))


def test_actors_know_a_country_spelled_a_letter_apart(analyse_text):
    analysis = analyse_text("Pakistan rejected an offer from Afganistan. The Phillippines army withdrew.", "1988-05-10")
    assert mention(analysis, "Afganistan").code == "AFGGOV"
    assert mention(analysis, "The Phillippines army").code == "PHLMIL"
    assert mention(analyse_text("Senator Michael Jordon spoke on Monday."), "Senator Michael Jordon").code is None


def test_actors_read_a_name_as_the_state_it_meant_in_the_article_year(analyse_text):
    assert mention(analyse_text("Pakistan accused Congo of backing Israel.", "1985-05-10"), "Congo").code == "COGGOV"
    assert mention(analyse_text("Rwanda accused Congo of backing rebels.", "2008-05-10"), "Congo").code == "CODGOV"


def test_actors_read_no_state_in_a_state_of_emergency(analyse_text):
    analysis = analyse_text("The Sudanese government lifted the state of emergency in Darfur.", "2004-03-01")
    assert [m.text for m in analysis.actors] == ["The Sudanese government"]


def test_actors_know_the_leaders_of_earlier_decades_by_their_office_then(analyse_text):
    analysis = analyse_text("Mikhail Gorbachev met Chancellor Helmut Kohl in Bonn.", "1989-06-12")
    assert mention(analysis, "Mikhail Gorbachev").code == "RUSGOV"
    kohl = mention(analysis, "Chancellor Helmut Kohl")
    assert kohl.code == "DEUGOV" and "Chancellor of West Germany" in kohl.detail
