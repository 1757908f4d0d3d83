"""Which quoted stretches are quotations, who they are attributed to, and by which rule."""

from __future__ import annotations

import pytest

import tidings.quotes


def _pairs(quotes):
    return [(q.speaker, q.text) for q in quotes]


def test_quotes_attributes_speaker_after_the_quotation(quotes_in):
    (q,) = quotes_in("“The ceasefire is holding in most areas,” Omer Celik told reporters in Ankara.")
    assert (q.speaker, q.text, q.reason) == ("Omer Celik", "The ceasefire is holding in most areas,", "said-after")


def test_quotes_attributes_inverted_speaker_after_the_quotation(quotes_in):
    (q,) = quotes_in('"It is a disaster," said Maria Novak, a spokeswoman for the refugee agency.')
    assert (q.speaker, q.reason) == ("Maria Novak", "said-after")


def test_quotes_attributes_speaker_after_a_comma_outside_the_marks(quotes_in):
    (q,) = quotes_in("“The road is closed”, the governor told AFP on Sunday.")
    assert (q.speaker, q.text) == ("the governor", "The road is closed")


def test_quotes_attributes_speaker_before_a_colon(quotes_in):
    (q,) = quotes_in("Foreign Minister Omer Celik said on Tuesday: “We will not accept any corridor on our border.”")
    assert (q.speaker, q.reason) == ("Omer Celik", "colon-before")


def test_quotes_attributes_speaker_before_a_colon_that_ends_the_paragraph(quotes_in):
    (q,) = quotes_in("The governor told reporters:\n\n“We will respond at a time of our choosing.”")
    assert (q.speaker, q.reason) == ("The governor", "colon-before")


def test_quotes_attributes_speaker_before_that(quotes_in):
    (q,) = quotes_in("The mayor said that “nobody will be left behind in the city”.")
    assert (q.speaker, q.text, q.reason) == ("The mayor", "nobody will be left behind in the city", "partial")


def test_quotes_keeps_offsets_of_the_quoted_words(quotes_in):
    text = "Residents said: “We have had no water for a week.” The army denied it."
    (q,) = quotes_in(text)
    assert text[q.start:q.end] == q.text == "We have had no water for a week."
    assert text[q.speaker_start:q.speaker_end] == "Residents"
    assert q.sentence == 0


def test_quotes_splits_a_quotation_around_its_attribution(quotes_in):
    quotes = quotes_in("“We are ready to talk,” Omer Celik said, “but not under bombardment.”")
    assert _pairs(quotes) == [("Omer Celik", "We are ready to talk,"), ("Omer Celik", "but not under bombardment.")]


def test_quotes_continues_the_speaker_into_the_next_sentence_of_the_paragraph(quotes_in):
    quotes = quotes_in("“The ceasefire is holding,” Omer Celik said. “But violations continue near Idlib.”")
    assert _pairs(quotes) == [("Omer Celik", "The ceasefire is holding,"),
                              ("Omer Celik", "But violations continue near Idlib.")]
    assert quotes[1].reason == "continuation"


def test_quotes_keeps_a_quotation_of_several_sentences_whole(quotes_in):
    (q,) = quotes_in("“The hills are ours. Nobody will take them. We will stay,” the commander said.")
    assert q.text == "The hills are ours. Nobody will take them. We will stay,"


def test_quotes_continues_the_speaker_into_a_quotation_paragraph(quotes_in):
    text = ("“We will not withdraw,” the commander, Abu Karim, said.\n\n"
            "“Our fighters will stay where they are. The hills belong to the people who live there.”")
    quotes = quotes_in(text)
    assert [q.reason for q in quotes] == ["said-after", "continuation"]
    assert quotes[1].speaker == quotes[0].speaker


def test_quotes_continues_reported_speech_into_a_quotation_paragraph(quotes_in):
    text = ("A doctor in the town, Samira Haddad, told the BBC that the clinic had run out of insulin.\n\n"
            "“We have nothing left for the children. Nothing at all.”")
    (q,) = quotes_in(text)
    assert (q.speaker, q.reason) == ("Samira Haddad", "continuation")


def test_quotes_does_not_continue_past_a_paragraph_without_speech(quotes_in):
    text = ("“We will not withdraw,” the commander said.\n\n"
            "The talks ended on Friday without a deal.\n\n"
            "“Nobody slept that night.”")
    assert [q.text for q in quotes_in(text)] == ["We will not withdraw,"]


def test_quotes_drops_an_unattributed_quotation_with_nothing_before_it(quotes_in):
    assert quotes_in("“We will fight on.”\n\nThe talks ended on Friday without a deal.") == ()


def test_quotes_does_not_take_the_next_sentence_for_an_attribution(quotes_in):
    # a quotation closed by a full stop is a sentence of its own: the clause after it attributes nothing to it
    assert quotes_in("“The war is over.” Critics said the claim was false.") == ()


@pytest.mark.parametrize("text, speaker, quoted", [
    ("The rebel spokesman Yusuf Demir called the meeting “consultations, not negotiations”, adding that it "
     "had gone well.", "Yusuf Demir", "consultations, not negotiations"),
    ("The president said he was prepared “to discuss every point” at the conference.", "The president",
     "to discuss every point"),
    ("The State Department described the air strikes as “deeply unhelpful”.", "The State Department",
     "deeply unhelpful"),
    ("The defence ministry said on Friday it had hit 40 “terrorist” positions overnight.", "The defence ministry",
     "terrorist"),
    ("The plan was dismissed as “unworkable” by the opposition bloc.", "the opposition bloc", "unworkable"),
], ids=["called", "said-he-was", "described-as", "scare-word-in-reported-speech", "passive-agent"])
def test_quotes_attributes_partial_quotations(quotes_in, text, speaker, quoted):
    (q,) = quotes_in(text)
    assert (q.speaker, q.text, q.reason) == (speaker, quoted, "partial")


def test_quotes_attributes_partial_quotation_to_the_source_of_according_to(quotes_in):
    (q,) = quotes_in("According to Anna Berg, the governor replied “firmly” when he was asked.")
    assert (q.speaker, q.text, q.reason) == ("Anna Berg", "firmly", "according-to")


def test_quotes_attributes_full_quotation_to_according_to_when_no_verb_names_a_speaker(quotes_in):
    (q,) = quotes_in("“The town has fallen,” according to a local official.")
    assert (q.speaker, q.reason) == ("a local official", "according-to")


def test_quotes_prefers_as_someone_put_it(quotes_in):
    (q,) = quotes_in("The draft condemns the “disproportionate use of force”, as the Russian text puts it.")
    assert q.speaker == "the Russian text"


@pytest.mark.parametrize("text", [
    "The so-called “moderate” rebels withdrew from the town on Monday.",
    "Syrian Opposition Rejects Russia's 'Peace Forum'",
    "Turkey launched operation \"Desert Dawn\" against the militia in the north.",
    "The talks led to three “safe zones” in the south of the country.",
    "The governor said the army would begin operation “Desert Dawn” within days.",
    "Officials said the so-called “moderate” rebels had left.",
], ids=["so-called", "headline-name", "operation-name", "no-speech-verb", "name-in-reported-speech",
        "so-called-in-reported-speech"])
def test_quotes_ignores_scare_quotes_and_names(quotes_in, text):
    assert quotes_in(text) == ()


def test_quotes_keeps_apostrophes_and_nested_marks_in_the_quoted_text(quotes_in):
    (q,) = quotes_in("One diplomat said Moscow was “essentially saying: ‘Don’t count on us’.”")
    assert q.text == "essentially saying: ‘Don’t count on us’."
    assert q.speaker == "One diplomat"


def test_quotes_reads_ptb_tokenised_text(quotes_in):
    text = "`` We will not leave the city , '' the governor said . \n`` Nobody will . ''"
    quotes = quotes_in(text)
    assert _pairs(quotes) == [("the governor", "We will not leave the city ,"), ("the governor", "Nobody will .")]


def test_quotes_returns_nothing_for_text_without_marks(quotes_in):
    assert quotes_in("The talks ended on Friday without a deal, officials said.") == ()


def test_quotes_public_api_is_pinned():
    assert sorted(tidings.quotes.__all__) == ["QuotedSpan", "find_quotes", "quoted_spans"]
