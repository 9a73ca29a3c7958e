"""Who said what: issue 11's precision rules (junk statements seen in real news), each on
text written for the test."""

from __future__ import annotations

from tests.statement_rows import analyse, rows


def test_charged_with_names_the_accused_not_a_speaker(analyser):
    article = analyse(
        analyser,
        "A baker charged with fraud left the court. A clerk, charged previously with theft, "
        "stayed home. Prosecutors charged that the baker had lied.",
    )
    assert rows(article) == [("Prosecutors", "charged", ["that the baker had lied"], "indirect")]


def test_threatened_without_to_or_that_is_no_speech(analyser):
    article = analyse(
        analyser,
        "Cold weather in the north threatened stocks of coal. The harbour team twice "
        "threatened a goal. The union threatened to strike in May.",
    )
    assert rows(article) == [("The union", "threatened", ["to strike in May"], "indirect")]


def test_an_ing_cue_after_best_or_worst_is_an_adjective(analyser):
    article = analyse(
        analyser,
        "Ann Lee won the best supporting actress prize. Tom Reed took the worst "
        "supporting role award. The mayor said the prizes were fair.",
    )
    assert rows(article) == [("The mayor", "said", ["the prizes were fair"], "indirect")]


def test_the_after_a_first_word_naming_nobody_starts_the_speaker(analyser):
    # No comma after "In October" or "from strikes": the speaker starts at "the".
    article = analyse(
        analyser,
        "In October the bakery revealed its profits had doubled. To be safe from strikes "
        "the council says it must pay more. Sources within the union said talks went well.",
    )
    assert [r[0] for r in rows(article)] == [
        "the bakery",
        "the council",
        "Sources within the union",
    ]


def test_the_after_a_name_or_a_verb_keeps_the_phrase(analyser):
    article = analyse(
        analyser,
        "Ann Lee the baker said the oven was broken. Tom Reed unleashed the tweets saying "
        "the fare was unfair.",
    )
    assert [r[0] for r in rows(article)] == ["Ann Lee the baker", "Tom Reed unleashed the tweets"]


def test_an_adverb_after_an_auxiliary_joins_the_cue_not_the_speaker(analyser):
    article = analyse(
        analyser,
        "The bakery has consistently denied that it cut wages. A council spokeswoman would "
        "only say the talks went on. The family said the fire was an accident.",
    )
    assert [(r[0], r[1]) for r in rows(article)] == [
        ("The bakery", "has consistently denied"),
        ("A council spokeswoman", "would only say"),
        ("The family", "said"),
    ]


def test_continued_to_and_a_verb_that_reports_nothing_is_no_statement(analyser):
    article = analyse(
        analyser,
        "Bread prices continued to rise in May. The baker has continued to insist that "
        "flour costs more. The mayor continued: the harbour will reopen.",
    )
    assert [(r[0], r[1]) for r in rows(article)] == [
        ("The baker", "has continued"),
        ("The mayor", "continued:"),
    ]


def test_a_past_participle_before_by_and_its_agent_is_a_passive(analyser):
    article = analyse(
        analyser,
        "The changes proposed by the council were costly. Claims denied by the bakery "
        "spread fast. Ann Lee responded by saying that the fares were fair.",
    )
    assert rows(article) == [("Ann Lee", "responded", ["that the fares were fair"], "indirect")]


def test_an_amount_after_added_or_a_number_before_points_to_is_no_statement(analyser):
    article = analyse(
        analyser,
        "Bakery shares added 5.3% to 740p. The loaf rose two percentage points to 8%. "
        "The baker added that flour was dear. The survey points to a rise in fares.",
    )
    assert [(r[0], r[1]) for r in rows(article)] == [
        ("The baker", "added"),
        ("The survey", "points to"),
    ]


def test_added_to_a_thing_is_no_statement(analyser):
    article = analyse(
        analyser,
        "The bakery is under review, adding to a series of problems that have hit the "
        "firm. The strike added to the pressure on the board. Ann Lee added to reporters "
        "that the fares were fair.",
    )
    assert [(r[0], r[1]) for r in rows(article)] == [("Ann Lee", "added")]


def test_a_time_phrase_ending_the_speaker_words_is_left_out(analyser):
    article = analyse(
        analyser,
        "Ann Lee yesterday said the fares were fair. The council last night said the road "
        "was shut. Tom Reed on Friday said it was over. The Mail on Sunday reported a rise. "
        "A poll released Monday found that fares were high.",
    )
    assert [r[0] for r in rows(article)] == [
        "Ann Lee",
        "The council",
        "Tom Reed",
        "The Mail on Sunday",
        "A poll released Monday",
    ]


def test_a_speaker_after_if_is_a_condition(analyser):
    article = analyse(
        analyser,
        "If you want to sail at night, the harbour needs more lights. Ann Lee was asked "
        "if she would say yes. The harbour master said the lights would come in May.",
    )
    assert rows(article) == [
        ("The harbour master", "said", ["the lights would come in May"], "indirect")
    ]


def test_you_outside_a_quotation_names_no_speaker(analyser):
    article = analyse(
        analyser,
        "You might think that the ferry is slow. You describe the trip you want and the crew "
        'plans it. "You said it would be late," Ann Lee told the captain.',
    )
    assert rows(article) == [("Ann Lee", "told", ['"You said it would be late,"'], "direct")]


def test_a_title_led_by_an_article_before_a_colon_is_no_speaker(analyser):
    # "The Latest: …" and a book's "The Long Winter: …" are titles; "The President: …"
    # in a transcript names a speaker by a role.
    article = analyse(
        analyser,
        "The Latest: Harbour strike enters its second week.\n\n"
        "The Long Winter: Memories of a northern town in the war.\n\n"
        "The President: We will rebuild the harbour before the spring.",
    )
    assert rows(article) == [
        ("The President", ":", ["We will rebuild the harbour before the spring"], "indirect"),
    ]


def test_a_title_case_headline_may_end_in_a_full_stop(analyser):
    # Some sites end a headline line with a full stop; it stays out of the content, and a
    # sentence with a capitalised "Says" is still no headline.
    article = analyse(
        analyser,
        "Harbour Talks Will Go On Until Spring, Mayor Ann Lee Says.\n\n"
        "Mayor Ann Lee Says Harbour Talks Will Go On.\n\n"
        "The mayor Says the talks will go on until the spring and beyond.",
    )
    assert rows(article) == [
        ("Mayor Ann Lee", "Says", ["Harbour Talks Will Go On Until Spring"], "indirect"),
        ("Mayor Ann Lee", "Says", ["Harbour Talks Will Go On"], "indirect"),
    ]


def test_as_x_said_reports_the_words_after_the_comma(analyser):
    article = analyse(
        analyser,
        "As Ann Lee explained last week, the port does not open on Sundays. But as the "
        "council noted, fares will rise in May. As Tom Reed attacked the plan, the crowd "
        "cheered.",
    )
    found = rows(article)
    assert found[:2] == [
        ("Ann Lee", "explained", ["the port does not open on Sundays"], "indirect"),
        ("the council", "noted", ["fares will rise in May"], "indirect"),
    ]
    # An object after the cue: the words after the comma are not what Tom Reed said.
    assert all(r[2] != ["the crowd cheered"] for r in found)


def test_the_date_before_a_replys_wrote_is_no_statement(analyser):
    article = analyse(
        analyser,
        "Yesterday at 15:02, Ann Lee wrote:\n\nThe port plan is late. On Tue, 3 May 2011 at "
        "10:02, Tom Reed wrote:\n\nFares are high. A week ago, Bea Cole asked:\n\nNo one knew.",
    )
    dates = (["Yesterday at 15:02"], ["On Tue, 3 May 2011 at 10:02"], ["A week ago"])
    assert all(r[2] not in dates for r in rows(article))


def test_a_dateline_opens_no_content_before_according_to(analyser):
    article = analyse(
        analyser,
        "(Reuters) — The council is investigating the port, according to two people "
        "familiar with the matter.",
    )
    assert [r[2] for r in rows(article)] == [["The council is investigating the port"]]


def test_a_country_before_a_players_role_is_not_the_speaker(analyser):
    article = analyse(
        analyser,
        "Ana Lee joined Kestrel FC from Togo. The Togo striker posted a video of himself "
        "dancing on Monday.",
    )
    assert [s.speaker for s in article.statements] == [None]
