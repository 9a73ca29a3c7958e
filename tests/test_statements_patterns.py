"""Who said what: the quotation and cue-span conventions added after the first patterns,
each on text written for the test."""

from __future__ import annotations

import pytest

from tests.statement_rows import analyse, rows, speakers


def test_quote_after_participle_clause_continues_the_quotation(analyser):
    article = analyse(
        analyser,
        "“I think that speaks volumes,” Maria Lopez said, adding that the campaign will "
        "work hard. “I think they are waiting to be courted.”",
    )
    assert rows(article) == [
        (
            "Maria Lopez",
            "said",
            ["“I think that speaks volumes,”", "“I think they are waiting to be courted.”"],
            "direct",
        ),
        (None, "adding", ["that the campaign will work hard"], "indirect"),
    ]
    assert article.statements[1].speaker == article.statements[0].speaker


def test_second_part_right_after_the_cue_when_the_sentence_runs_on(analyser):
    article = analyse(
        analyser,
        "“Judge,” Tom Baker said, “I have never seen this in thirty years. Never.” Later "
        "Tom Baker said he had changed his mind.",
    )
    first = rows(article)[0]
    assert first == (
        "Tom Baker",
        "said",
        ["“Judge,”", "“I have never seen this in thirty years. Never.”"],
        "direct",
    )


def test_sentence_initial_said_inversion(analyser):
    article = analyse(
        analyser, "The town mourned. Said Anna Berg, who grew up nearby, “We were all so proud.”"
    )
    assert rows(article) == [("Anna Berg", "Said", ["“We were all so proud.”"], "direct")]
    article = analyse(analyser, "The mayor praised the plan. Said Ellis: “It is not enough.”")
    assert rows(article)[-1] == ("Ellis", "Said", ["“It is not enough.”"], "direct")


def test_went_on_to_say(analyser):
    article = analyse(
        analyser, "“It was a long night,” Maria Lopez said. She went on to say, “We will rebuild.”"
    )
    assert rows(article)[1] == ("She", "went on to say", ["“We will rebuild.”"], "direct")
    spaced = analyse(analyser, "Maria Lopez spoke first. She went on to  say, “We will rebuild.”")
    assert rows(spaced)[0][1] == "went on to  say"
    assert article.statements[1].speaker == article.statements[0].speaker


@pytest.mark.parametrize(
    "body, cue",
    [
        ("Asked about the delay, he answered, “We are doing everything we can.”", "answered"),
        ("The minister shot back: “That is simply untrue.”", "shot back:"),
        ("The minister fired back: “That is simply untrue.”", "fired back:"),
        ("“That is simply untrue,” the minister retorted.", "retorted"),
    ],
)
def test_retort_verbs(analyser, body, cue):
    found = rows(analyse(analyser, body))
    if body.startswith("Asked"):  # the question is a statement of its own
        assert found[0] == (None, "Asked about", ["the delay"], "indirect")
        found = found[1:]
    [row] = found
    assert row[1] == cue and row[3] == "direct"


@pytest.mark.parametrize(
    "body, cue, content",
    [
        ("Peter Holm agreed with the plan.", "agreed with", "the plan"),
        (
            "The company did not respond to questions about the leak.",
            "did not respond to",
            "questions about the leak",
        ),
        (
            "The ministry declined to comment on the report.",
            "declined to comment on",
            "the report",
        ),
        (
            "Peter Holm said in the statement that the vote was rigged.",
            "said in the statement",
            "that the vote was rigged",
        ),
        (
            "Peter Holm said in an interview that the vote was rigged.",
            "said",
            "that the vote was rigged",
        ),
        (
            "The union issued a statement saying the strike would go ahead.",
            "issued a statement saying",
            "the strike would go ahead",
        ),
    ],
)
def test_cue_spans_take_their_particles(analyser, body, cue, content):
    got = rows(analyse(analyser, body))
    assert [(r[1], r[2]) for r in got] == [(cue, [content])]


def test_coordinated_cue_with_colon_introduces_next_paragraph(analyser):
    article = analyse(
        analyser,
        "The president noted that he taught law, and added:\n\n“We do not accept this. It "
        "is wrong.”\n\nMore text follows here.",
    )
    assert rows(article) == [
        ("The president", "noted", ["that he taught law"], "indirect"),
        (None, "added:", ["“We do not accept this. It is wrong.”"], "direct"),
    ]


def test_paragraph_ending_with_other_verb_and_colon(analyser):
    article = analyse(
        analyser, "The mayor boomed:\n\n“We will not move.”\n\nMore text follows here."
    )
    assert rows(article) == [("The mayor", "boomed:", ["“We will not move.”"], "direct")]
    plain = analyse(analyser, "The figures were as follows:\n\n“We will not move.”\n\nMore.")
    assert rows(plain) == []


def test_colon_lead_with_party_tag(analyser):
    article = analyse(
        analyser, 'Rep. Tom Baker (R-Ohio): "I have not heard anyone cite that figure."\n\nMore.'
    )
    assert rows(article) == [
        (
            "Rep. Tom Baker (R-Ohio)",
            ":",
            ['"I have not heard anyone cite that figure."'],
            "direct",
        )
    ]


def test_quote_then_aside_is_direct(analyser):
    article = analyse(
        analyser, 'The crowd waited. The fans chanted, "We want more!" as they had before.'
    )
    assert rows(article) == [("The fans", "chanted", ['"We want more!"'], "direct")]


def test_and_said_starts_a_second_statement(analyser):
    article = analyse(analyser, 'Peter Holm called on her to resign and said, "Her time is up!"')
    got = rows(article)
    assert got[0][1:] == ("called on", ["her to resign"], "indirect")
    assert got[1][1:] == ("said", ['"Her time is up!"'], "direct")
    assert article.statements[1].speaker == article.statements[0].speaker


@pytest.mark.parametrize(
    "body, speaker, cue",
    [
        (
            "Or, as Tom Baker, a former minister, put it: “The gates are open.”",
            "Tom Baker",
            "put it",
        ),
        ("As Professor Holm put it, “Nobody knew what it meant.”", "Professor Holm", "put it"),
        ("During the debate, Anna Berg cracked, “I like results.”", "Anna Berg", "cracked"),
    ],
)
def test_loose_attribution_before_a_closing_quote(analyser, body, speaker, cue):
    [row] = rows(analyse(analyser, "Intro here. " + body))
    assert row[:2] == (speaker, cue) and row[3] == "direct"


@pytest.mark.parametrize(
    "body, cue",
    [
        ("Peter Holm’s said that the plan would fail.", "’s said"),
        ("The unions have long argued that wages are too low.", "have long argued"),
        ("Peter Holm initially said that the plan would fail.", "initially said"),
        ("“It will fail,” Peter Holm said Tuesday night.", "said Tuesday night"),
        ("“It will fail,” Peter Holm said Tuesday.", "said Tuesday"),
        ("“It will fail,” Peter Holm said with a laugh.", "said with a laugh"),
    ],
)
def test_cue_takes_clitics_adverbs_and_time(analyser, body, cue):
    got = rows(analyse(analyser, body))
    assert [r[1] for r in got] == [cue]


def test_possessive_before_a_plural_noun_is_no_cue(analyser):
    assert rows(analyse(analyser, "Peter Holm’s plans were never published.")) == []


@pytest.mark.parametrize("lead", [":", " -"])
def test_quote_led_in_by_colon_or_dash_is_the_content(analyser, lead):
    body = f'Intro here. At the time, Peter Holm hinted at the deal{lead} "She signed it," he said.'
    assert rows(analyse(analyser, body)) == [("he", "said", ['"She signed it,"'], "direct")]


def test_no_cue_tail_starts_with_a_skipped_character():
    from briefing.analyse.attribution_words import CUE_TAILS
    from briefing.analyse.statements_cues import _NO_TAIL

    for tail in (*CUE_TAILS, "in a"):
        assert tail[0] not in _NO_TAIL and tail[0].upper() not in _NO_TAIL, tail


def test_according_to_after_an_attributed_quote_holds_it(analyser):
    article = analyse(
        analyser,
        "Intro here. “I ask you not to protest,” Peter Holm said, according to the station.",
    )
    assert rows(article) == [
        ("Peter Holm", "said", ["“I ask you not to protest,”"], "direct"),
        ("the station", "according to", ["“I ask you not to protest,” Peter Holm said"], "mixed"),
    ]


def test_closing_mark_opening_a_paragraph_opens_a_quotation(analyser):
    article = analyse(
        analyser, "Intro here.\n\n”The town is proud of him.” ― Ana Ruiz\n\nMore text."
    )
    assert rows(article) == [("Ana Ruiz", "―", ["”The town is proud of him.”"], "direct")]


def test_quote_then_another_clause_is_direct(analyser):
    article = analyse(
        analyser, 'Intro here. The fans chanted "No curfew!" and kept going until late.'
    )
    assert rows(article) == [("The fans", "chanted", ['"No curfew!"'], "direct")]
    article = analyse(analyser, 'Intro here. He calls people "losers" and "sad."')
    assert rows(article)[0][2:] == (['people "losers" and "sad."'], "mixed")


def test_and_cue_shares_the_unresolved_subject_before_it_not_the_sentences(analyser):
    article = analyse(
        analyser,
        "Ruritania said it is committed to the plan, while the harbour police deny any "
        "abuse and say they show restraint.",
    )
    assert speakers(article) == [("Ruritania", "said"), (None, "deny"), (None, "say")]


def test_and_cue_after_a_named_possessor_keeps_the_sentences_subject(analyser):
    article = analyse(
        analyser,
        "Dana Whitcombe's lawyer said that was not her view and dismissed the reports as old news.",
    )
    assert speakers(article)[-1] == ("Dana Whitcombe", "dismissed")


def test_asides_after_the_cue_leave_the_words_before_it_reported(analyser):
    article = analyse(
        analyser,
        "The old mill will be turned into a museum, the council said on Tuesday, after "
        "years of debate over how best to use the empty building.",
    )
    assert rows(article) == [
        ("the council", "said", ["The old mill will be turned into a museum"], "indirect")
    ]


def test_a_number_after_the_cue_is_reported_not_an_aside(analyser):
    article = analyse(
        analyser,
        "Now, the organiser says, at least seven of the county's forty delegates have "
        "signed on, and more will follow.",
    )
    contents = [c for row in rows(article) for c in row[2]]
    assert any(c.startswith("at least seven") for c in contents), rows(article)


@pytest.mark.parametrize("office", ["culture", "sports"])  # "sports": the s stays
def test_possessive_title_resolves_to_the_one_person_given_it(analyser, office):
    article = analyse(
        analyser,
        f"The old mill will be turned into a museum, Austria's {office} minister said on "
        f"Tuesday.\n\n{office.title()} Minister Ana Berg later spoke about the plan in Vienna.",
    )
    assert speakers(article)[0] == ("Ana Berg", "said")


def test_a_dateline_is_not_the_subject_a_participle_cue_borrows(analyser):
    article = analyse(
        analyser,
        "NEW JERSEY (KRTV) -- An inquiry into a Fairfield removals firm has led more "
        "customers to contact the Harbour Gazette, claiming they too were charged more.",
    )
    claiming = [name for name, cue in speakers(article) if cue == "claiming"]
    assert claiming and claiming[0] != "New Jersey"


def test_an_unnamed_source_is_nobody_not_the_nearest_firm(analyser):
    article = analyse(
        analyser,
        'A new source contacted Harbour News. "She runs everything," said the source, '
        "who asked not to be named.",
    )
    said = [s for s in article.statements if s.cue_text == "said"]
    assert said and said[0].speaker is None


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”")])
def test_a_quote_reopened_after_a_full_stop_ends_the_one_before(analyser, opening, closing):
    o, c = opening, closing
    article = analyse(
        analyser,
        f"The chairman told the Harbour Gazette: {o}It is not about money. It is about "
        f"a player. {o}No one is bigger than the club.{c} The coach dropped him on "
        f"Sunday. {o}I was in shock,{c} the striker said.",
    )
    by_cue = {s.cue_text: s for s in article.statements}
    told = [c.text_of(article.text) for c in by_cue["told"].contents]
    assert told == [
        f"{o}It is not about money. It is about a player.",
        f"{o}No one is bigger than the club.{c}",
    ]
    assert "The coach dropped him" not in " ".join(told)
    said = [c.text_of(article.text) for c in by_cue["said"].contents]
    assert said == [f"{o}I was in shock,{c}"]


def test_a_countrys_international_is_a_player_not_the_country(analyser):
    article = analyse(
        analyser, "And the Wales international refused to apologise for the row on Sunday."
    )
    assert article.statements and article.statements[0].speaker is None


def test_a_squad_list_after_a_label_and_colon_is_no_statement(analyser):
    article = analyse(
        analyser,
        "The squad was named on Monday.\n\nBacks: Ana Berg (Leeds), Tom Lind (captain, "
        "York), Piet Vos (Hull) Forwards: Ian Dunn (Bath), Lee Moss (Sale)\n\nMore text.",
    )
    assert not [s for s in article.statements if s.cue_text == ":"], rows(article)
