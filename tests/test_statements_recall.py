"""Who said what: the rules of issue 11's recall stop (cue shapes and boundaries), each on
text written for the test."""

from __future__ import annotations

from tests.statement_rows import analyse, rows


def test_a_noun_phrase_before_refers_to_is_no_speaker(analyser):
    # "X refers to Y" after a quoted word: the words after the cue are its object.
    article = analyse(
        analyser,
        "“Patience wins in the end,” the editor wrote. The mention of “patience” refers to "
        "the long strike that the union had called against the three bakeries.",
    )
    assert [r[1] for r in rows(article)] == ["wrote"]


def test_participle_cue_with_a_particle_keeps_the_speaker_of_the_quote(analyser):
    article = analyse(
        analyser,
        "The talks ended. “We need more time,” Ms. Okafor said, referring to the draft "
        "budget for the harbour. “Give us a week and we will finish it.”",
    )
    assert rows(article) == [
        (
            "Ms. Okafor",
            "said",
            ["“We need more time,”", "“Give us a week and we will finish it.”"],
            "direct",
        ),
        (None, "referring to", ["the draft budget for the harbour"], "indirect"),
    ]
    said, referring = article.statements
    assert said.speaker is not None and referring.speaker == said.speaker
