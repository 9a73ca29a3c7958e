"""Two organizations joined by "and", and a guessed person the article names as a firm,
on text written for these tests."""

from __future__ import annotations

from tests.test_actors import actors, kinds


def test_two_firms_joined_by_and_are_two_when_one_is_written_apart() -> None:
    text = (
        "Investors back Velmora Genetics and Quintal Therapeutics, both of Leeds. "
        "Velmora has a patent, and Quintal wants one."
    )
    got = kinds(text)
    assert "Velmora Genetics and Quintal Therapeutics" not in got
    assert got.get("Velmora Genetics") == "organization"
    assert got.get("Quintal Therapeutics") == "organization"


def test_one_name_with_and_stays_whole() -> None:
    text = "The Ostrava Parks and Wildlife Department closed the trail in Ostrava on Monday."
    assert "Ostrava Parks and Wildlife Department" in kinds(text)
    text = "Velmora Genetics and Quintal Therapeutics merged. The deal closed."
    assert "Velmora Genetics and Quintal Therapeutics" in kinds(text)  # nothing written apart


def test_a_guessed_person_typed_a_firm_elsewhere_is_the_firm() -> None:
    text = (
        "Investors back Velmora Genetics and Quintal Therapeutics. Velmora is in Leeds. "
        "Dr Ana Pike cofounded Velmora Genetics, she said."
    )
    got = kinds(text)
    assert got.get("Velmora Genetics") == "organization"
    assert len([a for a in actors(text) if a.name == "Velmora Genetics"][0].mentions) >= 2
