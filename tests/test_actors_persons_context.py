"""Persons found by context: an age after a name, a demonym that is a person's surname,
on text written for these tests."""

from __future__ import annotations

import pytest

from tests.test_actors import actors


def test_an_age_after_a_single_name_makes_a_person() -> None:
    text = "The farm was sold. Their neighbour Tovrin, 57, bought it, and Tovrin moved in."
    got = {a.name: (a.kind, len(a.mentions)) for a in actors(text)}
    assert got.get("Tovrin") == ("person", 2)


def test_a_number_that_is_no_age_makes_no_person() -> None:
    text = "The score in Tovrin, 2017, was low."
    assert not [a for a in actors(text) if a.kind == "person"]


def test_a_demonym_that_is_the_surname_of_a_named_person_joins_them() -> None:
    text = "Editor Oliver Irish praised the phone. The phone is light, said Mr Irish. Irish agreed."
    got = {a.name: len(a.mentions) for a in actors(text)}
    assert got.get("Oliver Irish") == 3
    assert "Ireland" not in got


def test_a_demonym_stays_a_demonym_beside_a_guessed_name() -> None:
    text = "Irish voters were asked. Irish turnout was high in Cork."
    got = {a.name: a.kind for a in actors(text)}
    assert got.get("Ireland") == "country"


def test_a_plural_name_after_the_is_an_organization() -> None:
    text = "The Quokkas won again. Fans cheered as the Quokkas beat the Wallaroos 3-1."
    got = {a.name: a.kind for a in actors(text)}
    assert got.get("Quokkas") == "organization"
    assert got.get("Wallaroos") == "organization"


def test_a_people_a_family_or_a_common_plural_after_the_is_not() -> None:
    for text, word in (
        ("Aid reached the Veldians in the north.", "Veldians"),
        ("We met the Tovrins at dinner, and Tovrin spoke first.", "Tovrins"),
        ("The Parents came, and parents cheered.", "Parents"),
        ("Skiers like the Alps resort in winter.", "Alps"),
        ("The vote split the Scots, and the Soviets watched.", "Scots"),
        ("The vote split the Scots, and the Soviets watched.", "Soviets"),
        ("The bill angered the Eurosceptics in the party.", "Eurosceptics"),
    ):
        kinds = {a.name: a.kind for a in actors(text)}
        assert kinds.get(word) != "organization", text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She starred in Meet The Zorbles, a comedy, last year.", "Zorbles"),
        ("A remake of Attack of The Vonnicks opens soon.", "Vonnicks"),
        ("The Krells of Dunmore topped the ratings again.", "Krells"),
        ("The hit cartoon The Wimbles returns in May.", "Wimbles"),
        ("He is a star of The Pelfords and a writer.", "Pelfords"),
        ("Tickets for the Olympics sold out. Crowds at the Olympics grew.", "Olympics"),
        ("He said the Pumbles would take the money. Later the Pumbles took it.", "Pumbles"),
    ],
)
def test_a_plural_title_event_or_label_after_the_is_no_organization(text: str, word: str) -> None:
    kinds = {a.name: a.kind for a in actors(text)}
    assert kinds.get(word) != "organization", text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fans cheered as the Quokkas beat the Wallaroos.", "Wallaroos"),
        ("Keane, The Vorlicks and Foo Fighters played the festival.", "Vorlicks"),
        ("The campaign cost the Brindles' party a fortune.", "Brindles"),
        ("The firm bought the Zentrips website last week.", "Zentrips"),
    ],
)
def test_a_plural_after_the_with_support_stays_an_organization(text: str, word: str) -> None:
    kinds = {a.name: a.kind for a in actors(text)}
    assert kinds.get(word) == "organization", text


def test_a_place_written_as_a_team_once_is_that_team_throughout() -> None:
    text = "The defeat left Exeter bottom, and Exeter sacked the coach on Monday.\nDerby 2 Exeter 1"
    got = [(a.name, a.kind, len(a.mentions)) for a in actors(text)]
    assert ("Exeter", "organization", 3) in got
    assert all(kind != "place" for _, kind, _ in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Troops moved, Zorbo news agency said. Later Zorbo news agency quoted them.", "Zorbo"),
        ("The mayor quit, the Plavna newspaper said. He told the Plavna newspaper why.", "Plavna"),
    ],
)
def test_a_word_before_a_press_or_firm_noun_is_an_organization(text: str, name: str) -> None:
    kinds = {a.name: a.kind for a in actors(text)}
    assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Record company Velka grew. Record company staff left.", "Record"),
        ("Prices rose, a European bank said. The European bank expects more.", "European"),
    ],
)
def test_a_first_word_or_a_demonym_before_a_firm_noun_is_not_one(text: str, name: str) -> None:
    kinds = {a.name: a.kind for a in actors(text)}
    assert kinds.get(name) != "organization", kinds


def test_a_plural_in_ers_after_the_is_a_team_only_in_a_sport_sentence() -> None:
    kinds = {a.name: a.kind for a in actors("The Vandlers won 7-4. The Vandlers scored twice.")}
    assert kinds.get("Vandlers") == "organization"
    kinds = {a.name: a.kind for a in actors("Aid reached the Vandlers. The Vandlers wept.")}
    assert kinds.get("Vandlers") != "organization"


def test_players_in_a_cricket_scorecard_are_persons_not_teams() -> None:
    text = (
        "Scorecard:\nJ. Pellow c Durbin b Ashcroft 46\nK. Marrit lbw b Ashcroft 12\n"
        "Bowling: Ashcroft 22-6-56-2, Durbin 14-4-45-1"
    )
    kinds = {a.name: a.kind for a in actors(text)}
    assert kinds.get("Ashcroft") == "person"
    assert kinds.get("Durbin") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("North Sydney won 2-1 at home, and the north stand was full.", "North Sydney"),
        ("Port Trelawny lost again; the port was cold.", "Port Trelawny"),
    ],
)
def test_a_compass_or_port_word_opening_a_sentence_stays_in_the_name(text: str, name: str) -> None:
    names = {a.name for a in actors(text)}
    assert name in names, names


def test_an_acronym_counted_after_a_number_is_no_actor() -> None:
    text = "Grell had four ZRQ for the Vandlers. He got his 116th ZRQ. The ZRQ met."
    got = {a.name: len(a.mentions) for a in actors(text)}
    assert got.get("ZRQ") == 1
    text = "Tarnow 0 ZRQ 1\nThree ZRQ soldiers were hurt."
    got = {a.name: len(a.mentions) for a in actors(text)}
    assert got.get("ZRQ") == 2


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tovrin's son Zamedo describes the crossing as hard.", "Zamedo"),
        ("The farmer's daughter, Qelisa, describes the crossing.", "Qelisa"),
        ("Her cousin Mohamed describes the crossing.", "Mohamed"),  # a given name in -ed
    ],
)
def test_a_name_after_a_kin_noun_is_a_person(text: str, name: str) -> None:
    got = {a.name: a.kind for a in actors(text)}
    assert got.get(name) == "person"


def test_a_given_name_that_is_a_place_is_a_person_after_a_kin_noun() -> None:
    text = "The senator arrived with her daughter Chelsea on Monday."
    got = {a.name: a.kind for a in actors(text)}
    assert got.get("Chelsea") == "person"


def test_a_plural_noun_after_a_kin_noun_is_no_person() -> None:
    text = "The move angered the lord's son Prosecutors were forced to defend it."
    assert "Prosecutors" not in {a.name for a in actors(text)}


def test_a_given_name_ending_like_an_adverb_is_a_name() -> None:
    text = "The report was late. Kelly said the delay was costly."
    got = {a.name: a.kind for a in actors(text)}
    assert got.get("Kelly") == "person"


def test_a_name_after_to_the_or_at_the_is_a_venue() -> None:
    got = {a.name: a.kind for a in actors("The team travel to the Ana Quillfeather for the final.")}
    assert got.get("Ana Quillfeather") == "place"


def test_a_name_before_a_noun_after_at_the_stays_a_person() -> None:
    got = {a.name: a.kind for a in actors("Crowds came to the Ana Quillfeather rally.")}
    assert got.get("Ana Quillfeather") == "person"
