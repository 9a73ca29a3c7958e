"""Who said what: a place in a speaker phrase says where the speaker is, not who they are;
"the government" is a state's, never a firm's; a label before a whole story is no
speaker. Text written for the tests."""

from __future__ import annotations

from tests.statement_rows import analyse, rows


def _speaker_names(article):
    names = {a.id: a.name for a in article.actors}
    return [names.get(s.speaker) if s.speaker else None for s in article.statements]


def test_a_court_in_a_city_is_the_court_not_the_city(analyser):
    article = analyse(
        analyser,
        "The case went on for years in Springfield. The appeals court in Springfield "
        "found that the claim could not be brought under the old law.",
    )
    assert [r[:2] for r in rows(article)] == [("The appeals court in Springfield", "found")]
    assert any(a.name == "Springfield" for a in article.actors)
    assert _speaker_names(article) == [None]  # not Springfield's words


def test_the_phrase_keeps_its_of_part_and_starts_at_its_determiner(analyser):
    article = analyse(
        analyser,
        "Prices rose in Paris again. Last week the minister of health in Paris said that "
        "the hospitals would get more money.",
    )
    assert [r[:2] for r in rows(article)] == [("the minister of health in Paris", "said")]
    assert _speaker_names(article) == [None]


def test_officials_in_a_country_speak_for_it(analyser):
    article = analyse(
        analyser,
        "The ship sank near the coast of Norway. Officials in Norway said that the crew "
        "had been rescued.",
    )
    assert [r[:2] for r in rows(article)] == [("Officials in Norway", "said")]
    assert _speaker_names(article) == ["Norway"]


def test_a_place_followed_by_the_speaker_leaves_the_speaker(analyser):
    article = analyse(
        analyser,
        "Rain fell on Leeds all week. At the market in Leeds she said that sales were down.",
    )
    assert [r[:2] for r in rows(article)] == [("she", "said")]


def test_the_government_is_a_country_not_the_firm_named_before(analyser):
    article = analyse(
        analyser,
        "Acme Tobacco Corp. sold fewer cigarettes in France last year. The government "
        "claimed that Acme Tobacco Corp. had hidden the risks.",
    )
    assert [r[:2] for r in rows(article)] == [("The government", "claimed")]
    assert _speaker_names(article) == ["France"]


def test_the_government_with_no_country_is_unresolved(analyser):
    article = analyse(
        analyser,
        "Acme Tobacco Corp. sold fewer cigarettes last year. The government claimed that "
        "Acme Tobacco Corp. had hidden the risks.",
    )
    assert _speaker_names(article) == [None]


def test_a_place_named_well_before_is_not_the_government(analyser):
    """Schools in England: England is where, not whose government (it has none of its
    own); a place named in the same clause still is ("throughout Cuba, and the …")."""
    article = analyse(
        analyser,
        "The new money will let school sports clubs in England open for three more hours a "
        "week. The clubs will share the money with the local sports halls and the swimming "
        "pools. The government said that every pupil would get two hours.",
    )
    assert [r[:2] for r in rows(article)] == [("The government", "said")]
    assert _speaker_names(article) == [None]
    article = analyse(
        analyser,
        "Houses were handed out throughout Cuba and the government promised that every "
        "family would have a home.",
    )
    assert _speaker_names(article) == ["Cuba"]


def test_a_label_before_a_whole_story_is_no_speaker(analyser):
    # A caption label glued to the story ("Wanted: …") is not its speaker: the statements
    # inside the story are found instead.
    article = analyse(
        analyser,
        "Wanted: Police in Springfield have issued a warrant for a teacher. He left the "
        "town in May. Officers said that he was armed. A neighbour told reporters that she "
        "had seen him. His car was found in June.",
    )
    assert [r[1] for r in rows(article)] == ["said", "told"]


def test_a_label_before_a_short_line_is_still_a_speaker(analyser):
    article = analyse(analyser, "Harlow: The budget will pass this week.")
    assert [r[:2] for r in rows(article)] == [("Harlow", ":")]
