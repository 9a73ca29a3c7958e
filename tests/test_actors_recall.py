"""Recall without a list (issue 9, item 2) and splits, on text written for these tests."""

from __future__ import annotations

from tests.test_actors import actors, by_name


def test_closed_up_name_joins_its_spaced_form() -> None:
    text = (
        "BrightLoom said profits rose. Bright Loom, which makes looms, expects growth. "
        "Analysts said BrightLoom was cheap."
    )
    result = actors(text)
    loom = [a for a in result if a.id == "bright-loom" or a.id == "brightloom"]
    assert len(loom) == 1, [a.name for a in result]
    assert loom[0].kind == "organization"
    assert {m.text for m in loom[0].mentions} == {"BrightLoom", "Bright Loom"}
    assert len(loom[0].mentions) == 3


def test_closed_up_known_name_joins_its_spaced_form() -> None:
    result = actors("Shares in AirAsia fell on Monday. Air Asia said it would add routes.")
    assert [a.name for a in result if "asia" in a.id] == ["AirAsia"]
    assert by_name(result, "AirAsia").aliases == ("Air Asia",)


def test_spaced_and_closed_up_words_alone_are_not_joined() -> None:
    # No capital inside a word: "Newport" and "New Port" are not a closed-up pair.
    result = actors("Ships left Newport for New Port Harbour on Monday.")
    assert all(a.name != "Newport" or len(a.mentions) == 1 for a in result)


def test_closed_up_surname_stays_a_person() -> None:
    text = "Rob McAllory said the vote was close. Later McAllory said Mc Allory was misspelt."
    person = [a for a in actors(text) if "allory" in a.id]
    assert person and all(a.kind == "person" for a in person)


def test_a_given_name_repeated_alone_is_a_person() -> None:
    text = (
        '"We will fight," said Priya. Priya, 12, has been ill since May. '
        "Doctors said Priya needed care."
    )
    priya = by_name(actors(text), "Priya")
    assert priya.kind == "person" and len(priya.mentions) == 3


def test_a_given_name_once_alone_is_not_an_actor() -> None:
    assert not [a for a in actors("His mother said Tommy loved water.") if a.name == "Tommy"]


def test_a_given_name_joins_the_full_name_it_belongs_to() -> None:
    result = actors("Priya Patel won. Priya said it was hard. Later Priya left.")
    assert [a.name for a in result if "priya" in a.id] == ["Priya Patel"]
    assert len(by_name(result, "Priya Patel").mentions) == 3


def test_an_organization_found_by_its_apposition() -> None:
    text = (
        "Quillfeather, the publisher, said it would appeal. Quillfeather sold two million "
        "copies. Shares in Zentro, a German carmaker based in Bonn, rose."
    )
    result = actors(text)
    quill = by_name(result, "Quillfeather")
    assert quill.kind == "organization" and len(quill.mentions) == 2
    assert by_name(result, "Zentro").kind == "organization"


def test_a_person_found_by_a_role_apposition() -> None:
    result = actors("Oduya, a local farmer, said the river rose. Oduya said he lost cattle.")
    oduya = by_name(result, "Oduya")
    assert oduya.kind == "person" and oduya.roles == ("farmer",) and len(oduya.mentions) == 2


def test_names_after_roles_and_hyphenated_names() -> None:
    text = (
        "Team member Jane Doe said the plan worked. Spokeswoman Ann Li declined to comment. "
        "Wong Ka-ming, 34, said the flat flooded, and Oluwaseun Adeyemi-Bakare agreed."
    )
    found = {a.name: a.kind for a in actors(text)}
    for name in ("Jane Doe", "Ann Li", "Wong Ka-ming", "Oluwaseun Adeyemi-Bakare"):
        assert found.get(name) == "person", (name, found)


def test_a_leading_initial_stays_with_its_name() -> None:
    text = "J. Okafor, a tailor, said the shop shut. Okafor said J. Okafor Ltd was a rumour."
    names = [a.name for a in actors(text) if "okafor" in a.id]
    assert names[0] == "J. Okafor"
    assert "J." not in names and "Okafor" not in names


def test_a_surname_that_is_a_city_stays_the_persons() -> None:
    text = "Prosecutor Tom Sydney said the case was weak. Sydney added that he would appeal."
    result = actors(text)
    assert len(by_name(result, "Tom Sydney").mentions) == 2
    assert not {a.name for a in result} & {"Sydney", "Australia"}


def test_a_thing_named_like_a_person_is_not_one() -> None:
    text = (
        "She won an Oscar in 1990. Oscar voters liked the film. The Oscar-winning actor "
        "said Oscar night was long."
    )
    assert not [a for a in actors(text) if a.name == "Oscar" and a.kind == "person"]


def test_a_word_before_a_firms_title_is_the_firm() -> None:
    text = (
        "Quillfeather CEO Dana Moor said sales rose. Publishing giant Brambleton said it "
        "would cut prices, and authors signed with Quillfeather again."
    )
    result = actors(text)
    quill = by_name(result, "Quillfeather")
    assert quill.kind == "organization" and len(quill.mentions) == 2
    assert by_name(result, "Brambleton").kind == "organization"
    assert by_name(result, "Dana Moor").roles == ("CEO",)


def test_a_portfolio_before_a_ministers_title_is_not_a_firm() -> None:
    result = actors("Lands Minister Luminzu Shimaponda resigned on Friday.")
    assert {a.name for a in result} == {"Luminzu Shimaponda"}


def test_a_word_coordinated_with_a_firm_is_a_firm_everywhere() -> None:
    text = (
        "Deals were reached in October and Brambleton signed in November. Brambleton had "
        "waged a long battle. The fight between Brambleton and Amazon was fierce."
    )
    firm = by_name(actors(text), "Brambleton")
    assert firm.kind == "organization" and len(firm.mentions) == 3


def test_two_names_joined_by_an_ampersand_are_a_firm() -> None:
    result = actors("A deal was reached with Dunmore & Kesh in October, the publisher said.")
    firm = by_name(result, "Dunmore & Kesh")
    assert firm.kind == "organization"
    assert not [a for a in result if a.name in ("Dunmore", "Kesh")]


def test_the_title_of_a_work_after_an_honorific_names_nobody() -> None:
    text = "Lord of the Rings director Peter Jackson has said that the film was a hit."
    result = actors(text)
    assert [a.name for a in result] == ["Peter Jackson"]
