"""A player's surname in a match line is the player, not a team: on text written for
these tests."""

from __future__ import annotations

from tests.test_actors import actors


def test_a_surname_after_vs_is_the_player_named_before() -> None:
    found = actors(
        "Tomas Berdan reached the third round on Wednesday. Berdan could not repeat his "
        "win vs Kovalic from last year, and Ivo Kovalic went through. Kovalic plays "
        "again on Friday."
    )
    kinds = {a.name: (a.kind, len(a.mentions)) for a in found}
    assert kinds["Ivo Kovalic"] == ("person", 3)
    assert "Kovalic" not in kinds


def test_an_acronym_is_no_surname_of_a_name_ending_in_it() -> None:
    found = actors(
        "Gamers queued for Mario Kart DS on Friday. The DS v PSP battle goes on. The DS "
        "has sold well."
    )
    assert ("DS", "organization", 2) in [(a.name, a.kind, len(a.mentions)) for a in found]


def test_common_short_given_names_start_a_person_in_a_results_line() -> None:
    found = actors(
        "Leading scores: Tom Lehrwald 72 69 74 68, Fred Balcombe 72 70 73 68, Meg Tarrow 70 "
        "70 70 70."
    )
    kinds = {a.name: a.kind for a in found}
    assert kinds.get("Fred Balcombe") == "person"
    assert kinds.get("Meg Tarrow") == "person"
