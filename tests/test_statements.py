"""Who said what: the seed's statements pinned, one test per pattern on written text."""

from __future__ import annotations

from briefing.analyse import Analyser
from briefing.config import load_config
from briefing.pipeline import Pipeline
from tests.statement_rows import analyse, rows

EMBASSY = "chinese-embassy-in-washington"
# (speaker, speaker span, cue span, cue text, kind, content spans) in text order.
SEED_STATEMENTS = [
    ("nato", (23, 34), (35, 59), "have strongly criticized", "mixed", ((60, 141),)),
    ("nato", (143, 155), (156, 165), "expressed", "indirect", ((166, 283),)),
    ("nato", (323, 369), (370, 381), "highlighted", "indirect", ((382, 489),)),
    ("nato", (491, 503), (504, 513), "called on", "indirect", ((514, 571),)),
    ("nato", None, (573, 584), "emphasizing", "indirect", ((585, 640),)),
    ("jens-stoltenberg", (642, 681), (682, 692), "emphasized", "indirect", ((693, 816),)),
    (EMBASSY, (952, 985), (986, 993), "refuted", "indirect", ((994, 1004),)),
    (EMBASSY, None, (1006, 1013), "stating", "indirect", ((1014, 1109),)),
    (EMBASSY, (1111, 1135), (1136, 1146), "emphasized", "indirect", ((1147, 1246),)),
    ("joe-biden", (1272, 1291), (1292, 1303), "underscored", "indirect", ((1304, 1457),)),
    ("nato", (1598, 1619), (1620, 1636), "also highlighted", "indirect", ((1637, 1731),)),
]  # fmt: skip


def one(analyser: Analyser, body: str):
    article = analyse(analyser, body)
    assert len(article.statements) == 1, [s.cue_text for s in article.statements]
    s = article.statements[0]
    text = article.text
    speaker = s.speaker_span.text_of(text) if s.speaker_span else None
    return article, s, speaker, [c.text_of(text) for c in s.contents]


def test_seed_statements_pinned(root):
    [article] = list(Pipeline(load_config(root / "config.yaml")))
    got = [
        (
            s.speaker,
            (s.speaker_span.start, s.speaker_span.end) if s.speaker_span else None,
            (s.cue.start, s.cue.end),
            s.cue_text,
            s.kind,
            tuple((c.start, c.end) for c in s.contents),
        )
        for s in article.statements
    ]
    assert got == SEED_STATEMENTS
    text = article.text
    stoltenberg = article.statements_of("jens-stoltenberg")[0]
    assert stoltenberg.contents[0].text_of(text).startswith("that China’s provision")
    assert "“decisive enabler”" in article.statements[0].contents[0].text_of(text)
    assert article.statements[1].contents[0].text_of(text).endswith("towards China’s actions")
    assert article.statements[8].speaker_span.text_of(text) == "The embassy spokesperson"


def test_quote_then_named_speaker(analyser):
    article, s, speaker, contents = one(analyser, "“We will not back down,” Maria Lopez said.")
    assert (speaker, s.cue_text, s.kind, contents) == (
        "Maria Lopez",
        "said",
        "direct",
        ["“We will not back down,”"],
    )
    assert article.actor(s.speaker).name == "Maria Lopez"


def test_quote_then_inverted_cue(analyser):
    _, s, speaker, contents = one(analyser, "“Prices will rise,” said Tom Baker, an economist.")
    assert (speaker, s.cue_text, s.kind, contents) == (
        "Tom Baker",
        "said",
        "direct",
        ["“Prices will rise,”"],
    )


def test_speaker_colon_quote(analyser):
    _, s, speaker, contents = one(analyser, "Anna Berg said: “The plan is ready.”")
    assert (speaker, s.cue_text, contents) == ("Anna Berg", "said:", ["“The plan is ready.”"])
    assert s.kind == "direct"


def test_said_that_indirect(analyser):
    _, s, speaker, contents = one(analyser, "Peter Holm said that the talks had failed.")
    assert (speaker, s.cue_text, s.kind, contents) == (
        "Peter Holm",
        "said",
        "indirect",
        ["that the talks had failed"],
    )


def test_said_without_that(analyser):
    _, s, speaker, contents = one(analyser, "Peter Holm said the talks had failed.")
    assert contents == ["the talks had failed"] and speaker == "Peter Holm"


def test_according_to(analyser):
    _, s, speaker, contents = one(
        analyser, "According to the ministry, the bridge will reopen in May."
    )
    assert (speaker, s.cue_text, contents) == (
        "the ministry",
        "According to",
        ["the bridge will reopen in May"],
    )
    _, s, speaker, contents = one(
        analyser, "The bridge will reopen in May, according to Ola Nordmann."
    )
    assert (speaker, s.cue_text, contents) == (
        "Ola Nordmann",
        "according to",
        ["The bridge will reopen in May"],
    )


def test_speaker_at_the_end(analyser):
    _, s, speaker, contents = one(analyser, "The bridge will reopen in May, officials said.")
    assert (speaker, s.cue_text, s.kind, contents) == (
        "officials",
        "said",
        "indirect",
        ["The bridge will reopen in May"],
    )


def test_who_clause_between_speaker_and_cue(analyser):
    _, s, speaker, contents = one(
        analyser, "Karin Dahl, who leads the union, said the strike would go on."
    )
    assert (speaker, contents) == ("Karin Dahl", ["the strike would go on"])


def test_cue_noun_in_a_statement(analyser):
    _, s, speaker, contents = one(
        analyser, "The Acme Corporation said in a statement that it would appeal."
    )
    assert s.cue_text == "said in a statement" and contents == ["that it would appeal"]


def test_unresolved_speaker(analyser):
    _, s, speaker, contents = one(analyser, "“It was chaos,” one witness said.")
    assert speaker == "one witness" and s.speaker is None
    assert contents == ["“It was chaos,”"]


def test_two_part_quote(analyser):
    _, s, speaker, contents = one(
        analyser, "“We tried,” Jonas Lie said, “but the door was locked.”"
    )
    assert contents == ["“We tried,”", "“but the door was locked.”"] and s.kind == "direct"


def test_continued_quote_over_paragraphs(analyser):
    article = analyse(
        analyser,
        "“We tried everything,” said Maria Lopez.\n\n“Nothing worked.”\n\n"
        "“We will try again.”\n\nThe council meets on Monday.",
    )
    [s] = article.statements
    assert [c.text_of(article.text) for c in s.contents] == [
        "“We tried everything,”",
        "“Nothing worked.”",
        "“We will try again.”",
    ]
    assert article.actor(s.speaker).name == "Maria Lopez"


def test_continued_quote_stops_at_next_cue(analyser):
    article = analyse(
        analyser,
        "“We tried,” said Maria Lopez.\n\n“It is over,” Tom Baker said.\n\n“Really over.”",
    )
    assert [len(s.contents) for s in article.statements] == [1, 2]
    assert article.actor(article.statements[1].speaker).name == "Tom Baker"


def test_pronoun_resolved_by_gender(analyser):
    article = analyse(
        analyser,
        "Maria Lopez met Tom Baker in Oslo on Monday. She said the deal was close.",
    )
    [s] = article.statements
    assert s.speaker_span.text_of(article.text) == "She"
    assert article.actor(s.speaker).name == "Maria Lopez"
    article = analyse(
        analyser, "Maria Lopez met Tom Baker in Oslo on Monday. He said the deal was close."
    )
    assert article.actor(article.statements[0].speaker).name == "Tom Baker"


def test_pronoun_after_a_statement_is_its_speaker(analyser):
    # Persons named inside the quotation, or in what he said, are not who "he" is.
    article = analyse(
        analyser,
        "Peter Quinn said the quay was safe because Tom Baker had rebuilt it. "
        'He added: "Tom Baker will visit in May."',
    )
    assert [article.actor(s.speaker).name for s in article.statements] == [
        "Peter Quinn",
        "Peter Quinn",
    ]


def test_coordinated_cue_keeps_the_speaker_not_the_first_capitals(analyser):
    article = analyse(
        analyser,
        "But Lib Dem leader Peter Quinn said the quay was safe and said he would reopen it in May.",
    )
    assert [article.actor(s.speaker).name for s in article.statements] == [
        "Peter Quinn",
        "Peter Quinn",
    ]


def test_organisation_spokesperson(analyser):
    article = analyse(
        analyser,
        "The World Health Organization issued new guidance on Monday. "
        "A spokesperson said the advice would be reviewed.",
    )
    [s] = article.statements
    actor = article.actor(s.speaker)
    assert actor.kind == "organization"
    assert "World Health Organization" in [m.text for m in actor.mentions]
    assert s.speaker_span.text_of(article.text) == "A spokesperson"


def test_internal_state_cue(analyser):
    _, s, speaker, contents = one(analyser, "Peter Holm believes that the vote was rigged.")
    assert (s.cue_class, speaker, contents) == ("state", "Peter Holm", ["that the vote was rigged"])


def test_mixed_kind(analyser):
    _, s, speaker, contents = one(
        analyser, "Peter Holm said the plan was “dead on arrival” and should be dropped."
    )
    assert s.kind == "mixed" and contents[0].startswith("the plan was “dead")


def test_passive_and_infinitive_are_not_statements(analyser):
    article = analyse(analyser, "The tower is said to be haunted. He wants to say more later.")
    assert all(s.cue_text not in ("said", "say") for s in article.statements)


def test_passive_after_been_is_not_a_statement(analyser):
    article = analyse(analyser, "“We will win,” had been said by Tom Baker many times.")
    assert rows(article) == []


def test_quote_with_unlisted_verb(analyser):
    _, s, speaker, contents = one(analyser, "“Never again,” an angry Lars Berg retorted.")
    assert (speaker, s.cue_text, s.kind, contents) == (
        "an angry Lars Berg",
        "retorted",
        "direct",
        ["“Never again,”"],
    )


def test_coordinated_cue_takes_the_subject(analyser):
    article = analyse(analyser, "Maria Lopez met the press, then tweeted that the deal was off.")
    [s] = article.statements
    assert article.actor(s.speaker).name == "Maria Lopez" and s.speaker_span is None
    assert s.contents[0].text_of(article.text) == "that the deal was off"


def test_colon_then_quoted_paragraph(analyser):
    article = analyse(analyser, "Anna Berg said:\n\n“The plan is ready.”\n\n“We start now.”")
    [s] = article.statements
    assert s.cue_text == "said:" and s.kind == "direct"
    assert [c.text_of(article.text) for c in s.contents] == [
        "“The plan is ready.”",
        "“We start now.”",
    ]


def test_typewriter_quotes_and_title_in_name(analyser):
    _, s, speaker, contents = one(analyser, "''We assess it is possible,'' Mr. Comey said.")
    assert (speaker, contents) == ("Mr. Comey", ["''We assess it is possible,''"])


def test_quotation_mark_at_the_end_of_the_text_stays_inside_it(analyser):
    # Found by the adversarial property test: the content ran one past the text.
    article = analyse(analyser, '" " He said. "')
    for statement in article.statements:
        assert statement.end <= len(article.text)
        assert all(part.end <= len(article.text) for part in statement.contents)


def test_quote_signed_with_a_dash(analyser):
    article = analyse(
        analyser,
        "The letters came in.\n\n“The bridge matters to all of us. Fix it.” ― Ana Ruiz\n\n"
        "“Nobody asked the village.”\xa0― Carl Moe\n",
    )
    got = [
        (s.speaker_span.text_of(article.text), s.cue_text, s.kind, s.content_text(article.text))
        for s in article.statements
    ]
    assert got == [
        ("Ana Ruiz", "―", "direct", "“The bridge matters to all of us. Fix it.”"),
        ("Carl Moe", "―", "direct", "“Nobody asked the village.”"),
    ]


def test_paragraph_led_by_name_and_colon(analyser):
    article = analyse(
        analyser, "Nils Dahl: Ferry fares will rise next year.\n\nUpdate: times changed."
    )
    [s] = article.statements
    text = article.text
    assert (s.speaker_span.text_of(text), s.cue_text, s.content_text(text)) == (
        "Nils Dahl",
        ":",
        "Ferry fares will rise next year",
    )


def test_speaker_between_quote_and_cue_with_apposition(analyser):
    _, s, speaker, contents = one(
        analyser, "“The vote is final,” Senator Eva Lind, D-Ore., said Tuesday."
    )
    assert (speaker, s.cue_text, contents) == (
        "Senator Eva Lind, D-Ore.,",
        "said Tuesday",
        ["“The vote is final,”"],
    )
    assert s.speaker == "eva-lind"


def test_aside_after_the_cue_is_not_content(analyser):
    _, s, speaker, contents = one(
        analyser, "“Subpoenas are not optional,” Ivar Berg said after the witness failed to appear."
    )
    assert (speaker, s.kind, contents) == ("Ivar Berg", "direct", ["“Subpoenas are not optional,”"])


def test_quote_resumed_after_an_aside(analyser):
    _, s, speaker, contents = one(
        analyser,
        "“Every time you say that,” Tove Lie said, pointing at it, “you give them a reason.”",
    )
    assert (speaker, contents) == (
        "Tove Lie",
        ["“Every time you say that,”", "“you give them a reason.”"],
    )


def test_named_apposition_before_the_cue(analyser):
    _, s, speaker, contents = one(
        analyser, "A lawyer for the newspapers, Ola Strand, said no decision had been made."
    )
    assert (speaker, contents) == (
        "A lawyer for the newspapers, Ola Strand,",
        ["no decision had been made"],
    )
    assert s.speaker == "ola-strand"


def test_negated_cue_and_preposition(analyser):
    _, s, _speaker, contents = one(analyser, "Kari Holm didn’t talk about the budget cuts.")
    assert (s.cue_text, contents) == ("didn’t talk about", ["the budget cuts"])
    _, s, _speaker, contents = one(analyser, "Kari Holm warned of higher prices next year.")
    assert (s.cue_text, contents) == ("warned of", ["higher prices next year"])


def test_weak_cue_after_a_common_word_is_a_noun(analyser):
    article = analyse(analyser, "The campaign spent more in the swing states than anyone expected.")
    assert [s.cue_text for s in article.statements] == []


def test_urged_keeps_the_one_urged(analyser):
    _, s, _speaker, contents = one(analyser, "Lena Moe urged them to reconsider the plan.")
    assert (s.cue_text, contents) == ("urged", ["them to reconsider the plan"])


def test_progressive_cue(analyser):
    _, s, speaker, contents = one(analyser, "Mia Dahl is calling the plan “a disaster.”")
    assert (speaker, s.cue_text, contents) == ("Mia Dahl", "is calling", ["the plan “a disaster.”"])


def test_unlisted_verb_after_a_quote_with_an_aside(analyser):
    _, s, speaker, contents = one(
        analyser, "“Did you see him?” she hollered while running down the street."
    )
    assert (speaker, s.cue_text, contents) == ("she", "hollered", ["“Did you see him?”"])


def test_nominal_cue_after_a_possessive(analyser):
    _, s, speaker, contents = one(
        analyser, "Reporters checked Anna Lund's claim that the school had closed."
    )
    assert (speaker, s.cue_text, contents) == (
        "Anna Lund's",
        "claim",
        ["that the school had closed"],
    )


def test_show_prints_one_colon_after_a_cue_that_ends_with_one(analyser):
    from briefing.export.terminal import render_plain
    from briefing.model import Briefing

    article = analyse(analyser, 'The mayor, Ana Ruiz, added: "The bridge opens in May."')
    assert rows(article)[0][1] == "added:"
    shown = render_plain(Briefing("Harbour", (article,)))
    assert 'Ana Ruiz, added: "The bridge opens in May."' in shown
    assert "added::" not in shown
