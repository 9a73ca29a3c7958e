"""A place opening an organization's name, and a title before one, on text written for
these tests."""

from __future__ import annotations

from tests.test_actors import actors


def names(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors(text)}


def test_a_country_before_unknown_words_and_a_head_opens_one_name() -> None:
    got = names("The Japan Rating Review Agency cut the bank's grade on Monday.")
    assert got.get("Japan Rating Review Agency") == "organization"
    assert "Japan" not in got
    got = names("A ruling by the Kenya Water Tribunal was appealed.")
    assert got.get("Kenya Water Tribunal") == "organization"


def test_a_country_before_a_name_without_a_head_stays_apart() -> None:
    got = names("In Nairobi, Kenya Vordel Maro spoke to the press.")
    assert got.get("Kenya") == "country"


def test_a_title_before_an_organization_name_makes_no_person() -> None:
    got = names("The charts are run by the Official Tune Charts Company in London.")
    assert got.get("Tune Charts Company") == "organization"


def test_a_name_after_a_settlement_noun_and_of_is_a_place() -> None:
    got = names("Troops reached the border town of Veldrin, near the village of Oso Kanta.")
    assert got.get("Veldrin") == "place"
    assert got.get("Oso Kanta") == "place"
    got = names("He spoke of Veldrin with pride.")
    assert got.get("Veldrin") != "place"


def test_a_name_before_a_place_noun_is_a_place_unless_an_adjective() -> None:
    got = names("Snow closed the Kelvar tunnel, and the Osdra river rose.")
    assert got.get("Kelvar") == "place"
    assert got.get("Osdra") == "place"
    got = names("Fighting spread across the Veldish region and the Iraq-Kelvar border.")
    assert got.get("Veldish") != "place"
    assert "Iraq-Kelvar" not in got
