"""Who said what: where a statement's contents begin and end, and which sentences continue
a quotation; each rule on text written for the test."""

from __future__ import annotations

from briefing.analyse.statements_text import quotations
from briefing.model import Paragraph
from tests.statement_rows import analyse, rows


def test_opening_mark_typed_for_a_closing_one_closes_the_quotation(analyser):
    text = "“It is unusual,“ said Tom Baker. He paused. “Hard to pull off.“"
    assert quotations(text, [Paragraph(0, len(text))]) == [(0, 16, 0), (44, 63, 0)]
    article = analyse(analyser, "“It is unusual,“ said Tom Baker, a lawyer. “It is hard to do.”")
    assert rows(article) == [
        ("Tom Baker", "said", ["“It is unusual,“", "“It is hard to do.”"], "direct")
    ]


def test_opening_mark_before_a_word_still_opens(analyser):
    text = "He said,“Look at this.” Then “more“ came."
    assert quotations(text, [Paragraph(0, len(text))]) == [(8, 23, 0), (29, 35, 0)]


def test_reported_words_end_at_a_quotation_closing_on_a_comma(analyser):
    article = analyse(
        analyser,
        "Maria Lopez said the deal was “a disaster,” referring to the pact signed last year.",
    )
    assert rows(article) == [
        ("Maria Lopez", "said", ["the deal was “a disaster,”"], "mixed"),
        (None, "referring to", ["the pact signed last year"], "indirect"),  # her aside
    ]
    assert article.statements[1].speaker == article.statements[0].speaker


def test_clause_going_on_after_a_comma_quotation_is_kept(analyser):
    article = analyse(
        analyser, "Maria Lopez said the deal was “a disaster,” because the plant closed."
    )
    assert rows(article)[0][2] == ["the deal was “a disaster,” because the plant closed"]
    article = analyse(analyser, "Tom Baker called the plan “bold,” “brave” and “doomed.”")
    assert rows(article)[0][2] == ["the plan “bold,” “brave” and “doomed.”"]


def test_title_in_quotation_marks_does_not_end_the_content(analyser):
    article = analyse(
        analyser,
        "Tom Baker said his show “The Late Hour,” which ran for years, was his best work.",
    )
    assert rows(article)[0][2] == [
        "his show “The Late Hour,” which ran for years, was his best work"
    ]


def test_any_words_name_the_speaker_after_an_open_ended_quotation(analyser):
    article = analyse(analyser, "“It is unusual,” said the 46-year-old. “It is hard to do.”")
    assert rows(article) == [
        ("the 46-year-old", "said", ["“It is unusual,”", "“It is hard to do.”"], "direct")
    ]
    article = analyse(analyser, "“Welcome,” said master of ceremonies Tom Baker, a lawyer.")
    assert rows(article) == [("master of ceremonies Tom Baker", "said", ["“Welcome,”"], "direct")]


def test_statement_inside_the_attribution_does_not_stop_the_quotation(analyser):
    article = analyse(
        analyser,
        "“There is a greater goal,” said Ana Ruiz, a senator who criticized the sale of the "
        "land. “We will coalesce around an agenda.”",
    )
    first = rows(article)[0]
    assert first == (
        "Ana Ruiz",
        "said",
        ["“There is a greater goal,”", "“We will coalesce around an agenda.”"],
        "direct",
    )


def test_think_tank_is_no_cue(analyser):
    article = analyse(
        analyser, "“We are worried,” said Dean Baker, a director at a liberal think tank in Ohio."
    )
    assert [r[1] for r in rows(article)] == ["said"]


def test_sentence_ending_in_a_quotation_continues_the_quote_before_it(analyser):
    article = analyse(
        analyser,
        "“It is a big moment,” said Ana Ruiz, a strategist. Unless rivals quit soon, “it is "
        "hard to see how he is stopped.”",
    )
    assert rows(article) == [
        (
            "Ana Ruiz",
            "said",
            [
                "“It is a big moment,”",
                "Unless rivals quit soon, “it is hard to see how he is stopped.”",
            ],
            "mixed",
        )
    ]


def test_quote_after_reported_speech_in_the_same_paragraph_continues_it(analyser):
    article = analyse(analyser, "Ana Ruiz said the talks had failed. “We will not sign this.”")
    assert rows(article) == [
        ("Ana Ruiz", "said", ["the talks had failed", "“We will not sign this.”"], "mixed")
    ]
    article = analyse(analyser, "Ana Ruiz said the talks had failed.\n\n“We will not sign this.”")
    assert rows(article) == [("Ana Ruiz", "said", ["the talks had failed"], "indirect")]


def test_participle_cue_takes_the_pronoun_subject(analyser):
    article = analyse(
        analyser,
        "Tom Baker spoke first. He apologized the next day, saying it was “childish” to call "
        "names.",
    )
    (statement,) = article.statements
    assert rows(article) == [("He", "saying", ["it was “childish” to call names"], "mixed")]
    baker = next(a for a in article.actors if a.name == "Tom Baker")
    assert statement.speaker == baker.id


def test_participle_cue_without_a_named_subject_is_unresolved(analyser):
    article = analyse(
        analyser, "The new campaign manager went on the attack, saying, “This is a disgrace.”"
    )
    assert rows(article) == [(None, "saying", ["“This is a disgrace.”"], "direct")]
    assert article.statements[0].speaker is None


def test_relative_who_names_the_speaker_and_resolves_to_its_antecedent(analyser):
    article = analyse(
        analyser, "The plan was backed by Mike Pence, who called the senator “an American hero.”"
    )
    assert rows(article) == [("who", "called", ["the senator “an American hero.”"], "mixed")]
    pence = next(a for a in article.actors if a.name == "Mike Pence")
    assert article.statements[0].speaker == pence.id


def test_second_part_after_a_time_aside(analyser):
    article = analyse(
        analyser,
        "“In breaking news,” Tom Baker tweeted last January, “the mayor endorses herself,” "
        "after a long week.",
    )
    assert rows(article)[0] == (
        "Tom Baker",
        "tweeted",
        ["“In breaking news,”", "“the mayor endorses herself,”"],
        "direct",
    )


def test_quoted_show_is_the_listener_not_the_content(analyser):
    article = analyse(
        analyser,
        "Tom Baker told ABC's “This Week” on Sunday that the deal was “a total failure.”",
    )
    assert rows(article) == [
        ("Tom Baker", "told", ["that the deal was “a total failure.”"], "mixed")
    ]


def test_reported_words_in_the_attribution_do_not_take_the_next_quote(analyser):
    article = analyse(
        analyser,
        "“It is fun,” said Ana Ruiz, who described how she builds “tiny mixers,” rods of "
        "steel. “People here are like family.”",
    )
    assert rows(article)[0] == (
        "Ana Ruiz",
        "said",
        ["“It is fun,”", "“People here are like family.”"],
        "direct",
    )


def test_second_speech_verb_starts_a_statement_of_its_own(analyser):
    article = analyse(
        analyser,
        "Ana Ruiz admitted that she found the ''debt stack'' confusing and called the venture "
        "''a great example'' of failure.",
    )
    assert rows(article) == [
        ("Ana Ruiz", "admitted", ["that she found the ''debt stack'' confusing"], "mixed"),
        (None, "called", ["the venture ''a great example'' of failure"], "mixed"),
    ]
    assert article.statements[1].speaker == article.statements[0].speaker


def test_participle_after_a_comma_inside_the_closing_mark_ends_the_clause(analyser):
    article = analyse(
        analyser,
        "Tom Baker told the crowd that the plan “was a crazy policy,” adding, “It lost us "
        "every vote.”",
    )
    assert rows(article) == [
        ("Tom Baker", "told", ["that the plan “was a crazy policy,”"], "mixed"),
        (None, "adding", ["“It lost us every vote.”"], "direct"),
    ]


def test_and_with_a_verb_in_another_tense_stays_in_the_clause(analyser):
    article = analyse(
        analyser,
        "The embassy refuted the claims, stating that the country is neutral and maintains "
        "strict controls on exports.",
    )
    assert rows(article)[-1][2] == [
        "that the country is neutral and maintains strict controls on exports"
    ]


def test_quote_read_by_a_sign_or_an_editorial(analyser):
    article = analyse(analyser, "“Friend, I can beat her,” the email read. It came late.")
    assert rows(article)[0] == ("the email", "read", ["“Friend, I can beat her,”"], "direct")
    article = analyse(
        analyser, "“Grassley has less spine than a worm,” reads an editorial in The Daily Star."
    )
    assert rows(article) == [
        (
            "an editorial in The Daily Star",
            "reads",
            ["“Grassley has less spine than a worm,”"],
            "direct",
        )
    ]


def test_quote_signed_on_the_line_below(analyser):
    article = analyse(
        analyser,
        "Voters spoke.\n\n“The whole idea needs to stop.”\n\n- Michelle Marks, Ohio.\n\nMore "
        "followed.",
    )
    assert rows(article) == [("Michelle Marks", "-", ["“The whole idea needs to stop.”"], "direct")]


def test_cue_clause_ending_its_paragraph_in_a_colon_introduces_the_next(analyser):
    article = analyse(
        analyser,
        "Tom Baker told his audience, to loud applause:\n\n“Nobody is more qualified than her.”",
    )
    assert rows(article) == [
        ("Tom Baker", "told", ["“Nobody is more qualified than her.”"], "direct")
    ]


def test_question_split_from_its_attribution_is_joined_to_it(analyser):
    article = analyse(
        analyser, "''Why do the rich pay less than you?'' Ana Ruiz asked. Nobody knew."
    )
    assert rows(article) == [
        ("Ana Ruiz", "asked", ["''Why do the rich pay less than you?''"], "direct")
    ]
    article = analyse(analyser, "“What is going on here?” Nobody knew.")
    assert rows(article) == []


def test_quotation_attributed_by_a_later_cue_leaves_the_first_statement(analyser):
    article = analyse(
        analyser,
        "Tom Baker said he was too busy to look: “I have a lot going on. Good luck,” he wrote.",
    )
    assert rows(article) == [
        ("Tom Baker", "said", ["he was too busy to look"], "indirect"),
        ("he", "wrote", ["“I have a lot going on. Good luck,”"], "direct"),
    ]
    article = analyse(
        analyser, "Tom Baker said he “loves China,” and “people from China love me,” he added."
    )
    assert rows(article)[0][2] == ["he “loves China,” and “people from China love me,”"]


def test_quoted_title_in_the_subject_is_no_quotation(analyser):
    article = analyse(
        analyser,
        'Donald Trump, the star of the show "The Apprentice," said in an interview that '
        "conventions are boring.",
    )
    assert rows(article) == [(None, "said", ["that conventions are boring"], "indirect")]
    trump = next(a for a in article.actors if a.name == "Donald Trump")
    assert article.statements[0].speaker == trump.id


def test_quoted_show_after_told_is_the_listener(analyser):
    article = analyse(
        analyser,
        '"He is fair game. He is a former president," Ana Ruiz told "Fox and Friends," '
        "reminding the hosts of it.",
    )
    assert rows(article)[0] == (
        "Ana Ruiz",
        "told",
        ['"He is fair game. He is a former president,"'],
        "direct",
    )


def test_another_names_a_speaker_alone(analyser):
    article = analyse(analyser, "Yet another said, “Rubio is in a five-person battle” for second.")
    assert rows(article) == [("another", "said", ["“Rubio is in a five-person battle”"], "direct")]


def test_ing_form_after_a_determiner_is_a_noun_not_a_cue(analyser):
    article = analyse(
        analyser,
        "After the vote was counted, editor Mia Holt said in a posting to readers, staff "
        "and donors that, while she is pleased, some doubts remain.",
    )
    assert "posting" not in [r[1] for r in rows(article)]


def test_that_after_a_listing_phrase_starts_the_content(analyser):
    # The content is what follows "that", not the clause before the speaker.
    article = analyse(
        analyser,
        "After the vote was counted, party chair Ann Webb said in a letter to members, "
        "donors and staff that, while she is glad of the result, there are still some worries.",
    )
    assert rows(article) == [
        (
            "Ann Webb",
            "said",
            ["that, while she is glad of the result, there are still some worries"],
            "indirect",
        )
    ]


def test_that_opens_a_clause_and_does_not_end_it(analyser):
    article = analyse(
        analyser, "The mayor said that, while the roads are open, the bridge is still shut."
    )
    assert rows(article)[0][2] == ["that, while the roads are open, the bridge is still shut"]


def test_a_clause_before_the_speaker_is_the_content_without_that_after(analyser):
    article = analyse(analyser, "If prices rise again, the bank will act, its governor said.")
    assert rows(article)[0][2] == ["If prices rise again, the bank will act"]


def test_the_role_before_a_speaker_is_not_reported_words(analyser):
    article = analyse(
        analyser,
        "The bridge will reopen in May, and no repairs are needed, harbour spokesman "
        "Tom Reyes said.",
    )
    assert rows(article) == [
        (
            "Tom Reyes",
            "said",
            ["The bridge will reopen in May, and no repairs are needed"],
            "indirect",
        )
    ]


def test_a_dateline_is_not_reported_words(analyser):
    article = analyse(
        analyser,
        "LISBON (CNN) -- The harbour bridge will reopen in May, a city spokesman said.",
    )
    assert rows(article)[0][2] == ["The harbour bridge will reopen in May"]


def test_age_and_home_town_appositions_before_the_cue_are_skipped(analyser):
    article = analyse(analyser, "Ana Ruiz, 39, of Leeds, says she faces two charges.")
    [s] = article.statements
    assert s.speaker_span.text_of(article.text) == "Ana Ruiz"
    assert article.actor(s.speaker).name == "Ana Ruiz"


def test_a_coordinated_cue_takes_the_person_after_a_role_not_the_team(analyser):
    article = analyse(
        analyser,
        "England flanker Tom Baker dressed as a knight and posted the photo on his page.",
    )
    assert [article.actor(s.speaker).name for s in article.statements] == ["Tom Baker"]
    article = analyse(analyser, "Tom Baker told Ana Ruiz the news and said it was good.")
    assert [article.actor(s.speaker).name for s in article.statements][-1] == "Tom Baker"


def test_a_cue_set_off_by_commas_reports_the_words_on_both_sides(analyser):
    article = analyse(analyser, "The new levy, Maria Lopez said, would close the plant by June.")
    assert rows(article) == [
        ("Maria Lopez", "said", ["The new levy", "would close the plant by June"], "indirect")
    ]


def test_a_short_adjunct_may_stand_between_the_cue_and_its_comma(analyser):
    article = analyse(analyser, "The levy, the council said on Tuesday, would close the plant.")
    assert rows(article)[0][2] == ["The levy", "would close the plant"]


def test_a_quotation_after_the_parenthetical_cue_makes_mixed_contents(analyser):
    article = analyse(analyser, "It is time to act, she said, “not only for the town but for us.”")
    assert rows(article) == [
        ("she", "said", ["It is time to act", "“not only for the town but for us.”"], "mixed")
    ]


def test_words_opening_a_clause_of_their_own_are_not_the_rest(analyser):
    article = analyse(analyser, "The levy is too high, Maria Lopez said, adding that it would go.")
    assert rows(article)[0][2] == ["The levy is too high"]


def test_a_dashed_aside_inside_the_reported_words_does_not_end_them(analyser):
    article = analyse(
        analyser,
        "Maria Lopez said the guards – two of whom are new - broke the rules on Monday.",
    )
    assert rows(article)[0][2] == ["the guards – two of whom are new - broke the rules on Monday"]


def test_a_dash_opening_no_aside_still_ends_the_reported_words(analyser):
    article = analyse(analyser, "Maria Lopez said the deal was done – Then the talks ended.")
    assert rows(article)[0][2] == ["the deal was done"]


def test_the_words_after_told_are_its_listener_never_its_speaker(analyser):
    article = analyse(
        analyser,
        "One donor, who declined to be named, told the newspaper: “Ana will win the race.”",
    )
    told = [r for r in rows(article) if r[1] == "told"]
    assert told == [("One donor", "told", ["“Ana will win the race.”"], "direct")]


def test_an_inverted_speaker_keeps_the_stop_of_jr(analyser):
    article = analyse(analyser, "“We lost,” said John Quillfeather Jr., a lawyer.")
    names = {a.id: a.name for a in article.actors}
    assert [names.get(s.speaker or "") for s in article.statements] == ["John Quillfeather Jr."]
