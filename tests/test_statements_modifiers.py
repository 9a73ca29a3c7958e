"""Who said what: a name modifying the noun that heads a speaker phrase ("a British
tourist", "Cosby's lawyer") is not the speaker, unless the noun speaks for it ("a
Mittal spokesman", "Chinese officials") or is a role its holder has ("the French
president"). Text written for the tests."""

from __future__ import annotations

from tests.statement_rows import analyse, rows


def _speakers(article):
    names = {a.id: a.name for a in article.actors}
    return [
        (r[0], names.get(s.speaker) if s.speaker else None)
        for r, s in zip(rows(article), article.statements, strict=True)
    ]


def test_a_demonym_before_a_person_noun_is_no_speaker(analyser):
    article = analyse(
        analyser,
        "The festival in Britain drew crowds. A British tourist said that the hotel had "
        "been overbooked for weeks.",
    )
    assert _speakers(article) == [("A British tourist", None)]


def test_a_possessive_name_before_a_person_noun_is_no_speaker(analyser):
    article = analyse(
        analyser,
        "Maria Lopez was charged on Monday. Lopez's lawyer said that she would plead not "
        "guilty. He said the case was weak.",
    )
    got = _speakers(article)
    assert got[0] == ("Lopez's lawyer", None)
    assert got[1][1] != "Maria Lopez"  # "he" is the lawyer, not Lopez


def test_nouns_speaking_for_the_name_keep_it(analyser):
    article = analyse(
        analyser,
        "Shares in Acme Holdings fell. An Acme Holdings spokesman said that the results "
        "were in line. Chinese officials said that talks would resume in China.",
    )
    got = dict(_speakers(article))
    assert got["An Acme Holdings spokesman"] == "Acme Holdings"
    assert got["Chinese officials"] == "China"


def test_a_role_after_a_name_is_its_holder_when_the_article_names_one(analyser):
    article = analyse(
        analyser,
        "French President Jacques Chirac arrived in Brussels. The French president said "
        "that the budget was unfair to farmers.",
    )
    assert _speakers(article) == [("The French president", "Jacques Chirac")]


def test_words_after_the_name_that_are_no_noun_leave_the_name(analyser):
    article = analyse(
        analyser,
        "Tony Blair spoke at the conference. Mr Blair instead said that the plan would go ahead.",
    )
    assert [name for _, name in _speakers(article)] == ["Tony Blair"]


def test_supporters_of_a_person_are_not_the_person(analyser):
    article = analyse(
        analyser,
        "Maria Lopez won the vote in Springfield. Lopez supporters said that the count "
        "had been fair.",
    )
    assert _speakers(article) == [("Lopez supporters", None)]


def test_a_name_then_its_apposition_is_the_name(analyser):
    article = analyse(
        analyser,
        "Tom Baker met Acme Holdings on Monday. Tom Baker, the Acme Holdings chairman, "
        "said that the deal was close.",
    )
    assert [name for _, name in _speakers(article)] == ["Tom Baker"]


def test_people_familiar_with_something_are_the_speakers(analyser):
    article = analyse(
        analyser,
        "The ferry deal was delayed again. People familiar with the talks said that the "
        "fares would stay. Sources close to the Harbour Council said the vote was close.",
    )
    assert _speakers(article) == [
        ("People familiar with the talks", None),
        ("Sources close to the Harbour Council", None),
    ]


def test_a_label_before_a_list_of_counted_items_is_no_speaker(analyser):
    article = analyse(
        analyser,
        "Breakfast Containers: 1 Green, 1 Red, 1 Orange\n\n"
        "Maria Lopez: 2 million people lost their jobs, and nobody cared.",
    )
    assert [r[0] for r in rows(article)] == ["Maria Lopez"]


def test_an_adverb_before_the_cue_is_no_part_of_the_speaker(analyser):
    article = analyse(
        analyser,
        "Brooke Ellis tearfully asked if she could go home. The family said that the boy was safe.",
    )
    assert [r[0] for r in rows(article)] == ["Brooke Ellis", "The family"]
