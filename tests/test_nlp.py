"""The NLP stage: sentences end where the article's lines do."""

from __future__ import annotations


def test_a_headline_and_a_caption_are_sentences_of_their_own(nlp):
    text = ("Russia, Turkey open to US joining Syria peace talks\n\n"
            "A man rides a bicycle through Douma\n"
            "Russia has agreed that the United States should be invited to the talks.")
    firsts = [s[0].text for s in nlp(text).sents if not s[0].is_space]
    assert firsts == ["Russia", "A", "Russia"]


def test_a_text_wrapped_at_a_fixed_width_breaks_only_at_blank_lines(nlp):
    text = ("The minister said on Monday that the talks in Geneva\n"
            "would resume next week.\n\nThe rebels did not comment.")
    starts = [s[0].text for s in nlp(text).sents if not s[0].is_space]
    assert starts == ["The", "The"]
