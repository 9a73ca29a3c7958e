"""Names that go on past a possessive or an elided "de", and gazetteer names written with a
typographic apostrophe, on text written for these tests."""

from __future__ import annotations

import pytest

from tests.test_actors import kinds


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
