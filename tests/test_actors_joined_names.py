"""Names that go on past a possessive or an elided "de", short forms of three-word names,
and gazetteer names written with a typographic apostrophe, on text written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_actors import actors, by_name, kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Staff at the Brindle Women's Refuge said beds were full.", "Brindle Women's Refuge"),
        ("The Children's Harbour Trust opened a new ward.", "Children's Harbour Trust"),
        ("Members of the People's Canal Society met on Friday.", "People's Canal Society"),
        ("The Northvale Men’s Rowing Club won again.", "Northvale Men’s Rowing Club"),
    ],
)
def test_collective_possessive_opens_a_body_of_its_own(text, name):
    found = kinds(text)
    assert found.get(name) == "organization", found


def test_collective_possessive_before_a_lowercase_word_is_no_name():
    found = kinds("People's lives changed when the Harbour Board closed the pier.")
    assert not any(n.startswith("People") for n in found), found


def test_gazetteer_name_with_a_typographic_apostrophe():
    found = kinds("Officials at the People’s Bank of China said rates would hold.")
    assert found.get("People’s Bank of China") == "organization", found
    assert "Bank of China" not in found


def test_elided_de_stays_in_the_name():
    found = kinds("Troops left Côte d’Ivoire. Later Amélie Ravel d'Aubigny spoke in Lyon.")
    assert found.get("Côte d’Ivoire") == "country", found
    assert found.get("Amélie Ravel d'Aubigny") == "person", found
    assert "Ravel" not in found and "Amélie Ravel" not in found


def test_last_two_words_of_a_longer_name_are_that_person():
    found = actors(
        "Robert Dellamar Quist opened the exhibition. Later Dellamar Quist said it had "
        "taken ten years. Quist thanked the city."
    )
    person = by_name(found, "Robert Dellamar Quist")
    assert [m.text for m in person.mentions] == [
        "Robert Dellamar Quist",
        "Dellamar Quist",
        "Quist",
    ]
    assert [a.name for a in found if a.kind == "person"] == ["Robert Dellamar Quist"]


def test_two_longer_names_ending_alike_keep_the_short_form_apart():
    found = actors(
        "Robert Dellamar Quist and Anna Dellamar Quist opened the exhibition. Dellamar "
        "Quist said it had taken ten years."
    )
    names = {a.name for a in found if a.kind == "person"}
    assert {"Robert Dellamar Quist", "Anna Dellamar Quist"} <= names
    assert len(by_name(found, "Robert Dellamar Quist").mentions) == 1


def test_a_given_name_after_a_word_that_is_none_is_not_a_tail():
    found = actors("Harbourman Peter Quist won the race. Peter Quist said the wind helped.")
    assert "Peter Quist" in {a.name for a in found}


def test_a_row_of_capitalised_terms_is_no_name():
    text = (
        "The limits cover Alder Birch Cedar Dogwood Elm Fir Gorse Hawthorn Ivy Juniper "
        "in the Harbour Board's parks."
    )
    found = kinds(text)
    assert not any(" " in n and n.startswith("Alder") for n in found), found
    assert found.get("Harbour Board") == "organization", found


def test_gen_z_is_a_generation_but_nurse_b_is_someone():
    found = kinds("Many Gen Z workers agree, Gen X managers do not. Nurse B said no.")
    assert "Z" not in found and "X" not in found, found
    assert found.get("B") == "person", found


def test_a_caption_run_into_the_next_sentence_splits_off_the_surname():
    found = actors(
        "Tomas Lindqvist is the coach. Spurs lost at White Hart Lane Lindqvist said it "
        "hurt. At the Summer Cup Lindqvist added that he was proud."
    )
    assert len(by_name(found, "Tomas Lindqvist").mentions) == 3
    assert not [a for a in found if a.name.endswith("Lane Lindqvist")]
    assert not [a for a in found if a.name.endswith("Cup Lindqvist")]


def test_a_venue_ending_in_its_own_word_is_kept_whole():
    found = kinds("The band plays the Harbour Amphitheatre, then the Ruritanian Plateau.")
    assert found.get("Harbour Amphitheatre") == "place", found
    assert found.get("Ruritanian Plateau") == "place", found


def test_two_given_names_opening_a_longer_name_are_that_person():
    found = actors(
        "Mary Beth Dellamar Quist opened the exhibition. Mary Beth said it took ten years."
    )
    person = by_name(found, "Mary Beth Dellamar Quist")
    assert [m.text for m in person.mentions] == ["Mary Beth Dellamar Quist", "Mary Beth"]


def test_the_word_before_the_last_of_a_long_name_is_a_surname_too():
    found = actors("Jorge Alberto Dellamar Quist opened the show. Dellamar said it took ten years.")
    assert [m.text for m in by_name(found, "Jorge Alberto Dellamar Quist").mentions] == [
        "Jorge Alberto Dellamar Quist",
        "Dellamar",
    ]


def test_a_given_name_inside_a_known_place_opens_no_person() -> None:
    found = kinds(
        "The North Carolina Quillfeather Branch met. North Carolina Senator Jo Brisk spoke."
    )
    assert found.get("North Carolina Quillfeather Branch") == "organization"
    assert found.get("Jo Brisk") == "person"
    assert not any(name.startswith("Carolina") for name in found)
