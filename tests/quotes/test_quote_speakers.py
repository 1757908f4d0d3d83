"""Naming and coding a speaker: actor mentions first, then the words, full names and pronouns."""

from __future__ import annotations


def test_speakers_takes_name_and_code_from_the_mention_at_the_speaker(quotes_in, mention):
    text = "“There is no limit to negotiations,” Mr Haddad said."
    (q,) = quotes_in(text, [mention(text, "Mr Haddad", "SYRGOV", "Karim Haddad")])
    assert (q.speaker, q.speaker_code, q.reason) == ("Karim Haddad", "SYRGOV", "said-after")
    assert text[q.speaker_start:q.speaker_end] == "Mr Haddad"


def test_speakers_takes_a_resolved_pronoun_mention(quotes_in, mention):
    text = "Karim Haddad spoke in Geneva. “We are ready,” he said."
    actors = [mention(text, "Karim Haddad", "SYRGOV", "Karim Haddad"),
              mention(text, "he", "SYRGOV", "Karim Haddad", kind="pronoun", reason="coreference")]
    (q,) = quotes_in(text, actors)
    assert (q.speaker, q.speaker_code, q.reason) == ("Karim Haddad", "SYRGOV", "said-after")


def test_speakers_prefers_the_mention_over_its_own_pronoun_guess(quotes_in, mention):
    text = "Karim Haddad met Lena Vogel in Geneva. “We are ready,” she said."
    actors = [mention(text, "she", "DEUGOV", "Lena Vogel", kind="pronoun", reason="coreference")]
    (q,) = quotes_in(text, actors)
    assert (q.speaker, q.speaker_code) == ("Lena Vogel", "DEUGOV")


def test_speakers_ignores_a_mention_that_only_modifies_the_speaker(quotes_in, mention):
    text = "Syria's state army command said on Friday that the “flagrant attack” had come from the sea."
    (q,) = quotes_in(text, [mention(text, "Syria", "SYR", "Syria", kind="country")])
    assert (q.speaker, q.speaker_code) == ("Syria's state army command", None)


def test_speakers_uses_the_noun_phrase_without_its_relative_clause(quotes_in):
    (q,) = quotes_in("“They are talking without us,” said one opposition figure, who asked not to be named.")
    assert (q.speaker, q.speaker_code) == ("one opposition figure", None)


def test_speakers_gives_a_person_in_full_without_title(quotes_in):
    text = ("Foreign Minister Erik Lindqvist arrived on Monday.\n\n"
            "“The door remains open,” Mr Lindqvist said.")
    (q,) = quotes_in(text)
    assert q.speaker == "Erik Lindqvist"


def test_speakers_drops_the_title_before_a_name(quotes_in):
    (q,) = quotes_in("“We expect a vote next week,” senior diplomat Anna Berg told reporters.")
    assert q.speaker == "Anna Berg"


def test_speakers_resolves_he_to_the_previous_quotation_speaker(quotes_in):
    text = ("“The hills are ours,” Abu Karim said on Sunday.\n\n"
            "“Nobody can force us out,” he added.")
    quotes = quotes_in(text)
    assert [(q.speaker, q.reason) for q in quotes] == [("Abu Karim", "said-after"), ("Abu Karim", "pronoun")]
    assert text[quotes[1].speaker_start:quotes[1].speaker_end] == "he"


def test_speakers_resolves_he_to_the_last_subject_named_in_a_main_clause(quotes_in):
    text = ("Lena Vogel said on Monday that the talks would go on.\n\n"
            "Emile Durand, a fellow at a Paris institute, blamed the delay on Anna Berg, who he said had "
            "stalled.\n\n"
            "“The whole process has lost a year,” he said.")
    quotes = quotes_in(text)
    assert [q.speaker for q in quotes] == ["Emile Durand"]


def test_speakers_never_takes_a_person_named_inside_a_quotation(quotes_in):
    text = ("“We backed Mr Lindqvist all the way,” Senator Anna Berg said.\n\n"
            "“Then Erik Lindqvist changed his mind. He let us down,” she said.")
    quotes = quotes_in(text)
    assert [q.speaker for q in quotes] == ["Anna Berg", "Anna Berg"]


def test_speakers_resolves_he_to_someone_introduced_without_a_name(quotes_in):
    text = ("Another man, who asked not to be named, said the district had no power.\n\n"
            "“Even the ambulances are shot at,” he told me.")
    (q,) = quotes_in(text)
    assert (q.speaker, q.reason) == ("Another man", "pronoun")


def test_speakers_resolves_it_to_the_body_named_just_before(quotes_in):
    text = "The foreign ministry issued a statement on Monday.\n\n“The attack was a flagrant violation,” it said."
    (q,) = quotes_in(text)
    assert (q.speaker, q.reason) == ("The foreign ministry", "pronoun")


def test_speakers_keeps_an_unresolved_plural_pronoun_as_written(quotes_in):
    (q,) = quotes_in("The crowd gathered at noon.\n\n“Freedom for all,” they chanted.")
    assert (q.speaker, q.speaker_code) == ("they", None)


def test_speakers_works_without_the_actor_stage(quotes_in):
    text = "“We are ready,” the envoy said."
    assert quotes_in(text, None) == quotes_in(text, [])
