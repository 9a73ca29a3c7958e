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


def test_evidence_shows_with_or_without_that(analyser):
    article = analyse(
        analyser,
        "The latest poll shows the mayor well ahead of her rivals. Older surveys show that "
        "turnout falls in winter. Bus fares rose twice in one year, council records show.",
    )
    assert rows(article) == [
        ("The latest poll", "shows", ["the mayor well ahead of her rivals"], "indirect"),
        ("Older surveys", "show", ["that turnout falls in winter"], "indirect"),
        ("council records", "show", ["Bus fares rose twice in one year"], "indirect"),
    ]


def test_show_and_find_without_evidence_are_no_cues(analyser):
    article = analyse(
        analyser,
        "The singers went to the show and tried to find the exit. The band shows its age "
        "and its fans found the tickets.",
    )
    assert rows(article) == []


def test_a_forecast_in_the_passive_names_no_speaker(analyser):
    article = analyse(
        analyser,
        "The new bridge is expected to open before the winter, with two lanes each way. "
        "If the rain stops, the harvest could be expected to recover. Ann Lee expected to win.",
    )
    assert rows(article) == [
        (None, "is expected", ["The new bridge", "to open before the winter"], "indirect"),
        (None, "could be expected", ["the harvest", "to recover"], "indirect"),
        ("Ann Lee", "expected", ["to win"], "indirect"),
    ]
    assert article.statements[0].speaker is None
    assert article.statements[0].cue_class == "state"


def test_a_question_put_to_the_speaker_is_a_statement_of_its_own(analyser):
    article = analyse(
        analyser,
        "Asked about the new tax, Ann Lee said she would vote against it. Asked by Tom "
        "Reed whether the mill would close, the manager shrugged. The mayor looked uneasy "
        "when asked about the budget.",
    )
    assert rows(article) == [
        (None, "Asked about", ["the new tax"], "indirect"),
        ("Ann Lee", "said", ["she would vote against it"], "indirect"),
        ("Tom Reed", "Asked", ["whether the mill would close"], "indirect"),
        (None, "asked about", ["the budget"], "indirect"),
    ]


def test_asked_with_no_main_clause_after_it_is_left_alone(analyser):
    article = analyse(analyser, "Asked twice, he left. Asked for more time in the end.")
    assert rows(article) == []


def test_called_something_something_without_a_quotation(analyser):
    article = analyse(
        analyser,
        "The council called the charges baseless and politically motivated. One of the "
        "nurses called Dr. Hale a hero. Smith called a meeting for Monday and called his "
        "wife during the break. She called the hospital several times.",
    )
    assert rows(article) == [
        ("The council", "called", ["the charges baseless and politically motivated"], "indirect"),
        ("the nurses", "called", ["Dr. Hale a hero"], "indirect"),
    ]


def test_inverted_speaker_after_plain_words_is_a_phrase_of_its_own(analyser):
    article = analyse(
        analyser,
        "The harbour plan is dead, said Tom Reed, a council spokesman. The report "
        "published on Monday, said the council had a duty to repair the harbour walls.",
    )
    assert rows(article)[0] == ("Tom Reed", "said", ["The harbour plan is dead"], "indirect")
    assert all(r[0] != "the council had a duty" for r in rows(article))


def test_a_content_without_a_word_is_no_statement(analyser):
    article = analyse(analyser, "The mill will close, the owner said. I think)")
    assert rows(article) == [("the owner", "said", ["The mill will close"], "indirect")]


def test_speaker_words_start_after_a_lone_quotation_mark(analyser):
    article = analyse(
        analyser,
        "Bill Ward spoke to reporters. 'There has to be some duress,' he said. 'We will "
        "appeal,' Mr Ward added.",
    )
    assert [r[0] for r in rows(article)] == ["he", "Mr Ward"]


def test_it_names_the_speaker_right_before_a_cue(analyser):
    article = analyse(
        analyser,
        "The council sent a letter on Friday. It says the fair broke the law. The fair "
        "said it was over.",
    )
    assert rows(article) == [
        ("It", "says", ["the fair broke the law"], "indirect"),
        ("The fair", "said", ["it was over"], "indirect"),
    ]


def test_who_without_a_comma_names_the_speaker_of_a_speech_cue(analyser):
    article = analyse(
        analyser,
        "The mayor met a builder who said he was never paid for the new hall. Voters who "
        "believe the tax is fair are few.",
    )
    assert rows(article) == [
        ("who", "said", ["he was never paid for the new hall"], "indirect"),
    ]


def test_headline_lines_in_title_case(analyser):
    article = analyse(
        analyser,
        "Mayor Says New Bridge Will Open in May\n\nHarbour Walls Need Repair, Council "
        "Engineers Say\n\nThe mayor spoke on Friday.",
    )
    assert rows(article)[:2] == [
        ("Mayor", "Says", ["New Bridge Will Open in May"], "indirect"),
        ("Council Engineers", "Say", ["Harbour Walls Need Repair"], "indirect"),
    ]


def test_mentioned_takes_an_object_without_that(analyser):
    article = analyse(
        analyser,
        "The mayor barely mentioned the harbour. The mentions of the bridge were few.",
    )
    assert rows(article) == [("The mayor", "barely mentioned", ["the harbour"], "indirect")]


def test_reveal_see_and_feel_take_a_clause_or_object_without_that(analyser):
    # "see" only as a view ("sees X as Y"): "the firm saw profits fall" is no statement
    article = analyse(
        analyser,
        "The mayor revealed a plan for the harbour. Ann Lee feels the fare rise is unfair. "
        "Tom Reed sees the vote as a test. Ann Lee found the keys. The bakery saw profits "
        "fall to a low.",
    )
    assert rows(article) == [
        ("The mayor", "revealed", ["a plan for the harbour"], "indirect"),
        ("Ann Lee", "feels", ["the fare rise is unfair"], "indirect"),
        ("Tom Reed", "sees", ["the vote as a test"], "indirect"),
    ]


def test_a_cue_inside_a_hyphenated_compound_is_no_cue(analyser):
    article = analyse(
        analyser,
        "After a larger-than-expected loss the bakery closed. The harbour had been expected "
        "to reopen in May.",
    )
    assert rows(article) == [
        (None, "had been expected", ["The harbour", "to reopen in May"], "indirect")
    ]


def test_evidence_subject_with_its_modifiers_shows(analyser):
    # The evidence noun heads a longer subject: the cue needs no "that" and the speaker
    # words are the whole noun phrase.
    article = analyse(
        analyser,
        "A poll from the state college released Monday found the mayor ahead by nine "
        "points. An average of recent polls shows the senator trailing. The report by "
        "the harbour council also found that fares rose twice.",
    )
    assert rows(article) == [
        (
            "A poll from the state college released Monday",
            "found",
            ["the mayor ahead by nine points"],
            "indirect",
        ),
        ("An average of recent polls", "shows", ["the senator trailing"], "indirect"),
        ("The report by the harbour council", "also found", ["that fares rose twice"], "indirect"),
    ]


def test_evidence_noun_out_of_the_subject_makes_no_cue(analyser):
    # After "in", behind a comma, inside a title or after an auxiliary the noun is no
    # subject of "shows"/"found".
    article = analyse(
        analyser,
        "Leading in the polls, the mayor showed no sign of worry. The band was voted "
        "Record Of The Year on the radio show that week. The paper published photos "
        "showing the flood.",
    )
    assert rows(article) == []


def test_a_sentence_opening_in_a_poll_reports_its_finding(analyser):
    # "In <poll>, <clause>": the poll is the speaker, "In" the cue; a participle aside
    # belongs to the poll. A study, a time or a clause with its own cue is not read so.
    article = analyse(
        analyser,
        "The race is close. In a poll released Monday by the state college, the mayor led "
        "her rival by nine points. In the latest survey, conducted in May, turnout fell in "
        "every district. In this poll, the senator trailed. In the current study, the team "
        "used two boats. In the morning, the mayor walked to work. In a poll last week, "
        "most voters said they liked the plan.",
    )
    assert rows(article) == [
        (
            "a poll released Monday by the state college",
            "In",
            ["the mayor led her rival by nine points"],
            "indirect",
        ),
        (
            "the latest survey, conducted in May",
            "In",
            ["turnout fell in every district"],
            "indirect",
        ),
        ("this poll", "In", ["the senator trailed"], "indirect"),
        ("most voters", "said", ["they liked the plan"], "indirect"),
    ]


def test_the_poll_stems_cover_every_in_evidence_word():
    from briefing.analyse.attribution_words import IN_EVIDENCE
    from briefing.analyse.statements import _POLL_STEMS

    assert all(any(stem in word for stem in _POLL_STEMS) for word in IN_EVIDENCE)
