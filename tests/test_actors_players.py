"""A player's surname in a match line is the player, not a team: on text written for
these tests."""

from __future__ import annotations

from tests.test_actors import actors, kinds


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


def test_a_titled_surname_of_the_other_sex_is_not_the_named_person() -> None:
    found = actors(
        "James Kelloway, 11, must wear a special cream. 'He is brilliant,' Mrs Kelloway "
        "said. Mrs Kelloway added that James was happier now."
    )
    by_name = {a.name: [m.text for m in a.mentions] for a in found}
    assert "Mrs Kelloway" not in " ".join(by_name.get("James Kelloway", []))
    assert all("Kelloway" not in m for m in by_name.get("James Kelloway", [])[1:])
    assert any(name != "James Kelloway" and "Kelloway" in name for name in by_name)


def test_a_given_name_of_either_sex_is_no_sign_against_a_title() -> None:
    found = actors("Robin Fairbrook resigned on Monday. Mr Fairbrook said he was proud.")
    assert [(a.name, len(a.mentions)) for a in found if "Fairbrook" in a.name] == [
        ("Robin Fairbrook", 2)
    ]


def test_a_place_a_player_moved_from_is_the_club() -> None:
    found = kinds(
        "Tomas Lind joined from Porto in August. Ana Ruiz went on loan to Brighton. "
        "Lind moved from Leeds to York as a child."
    )
    assert found.get("Porto") == "organization" and found.get("Brighton") == "organization"
    assert found.get("Leeds") == "place" and found.get("York") == "place"


def test_a_place_a_player_played_for_or_a_result_names_is_the_club() -> None:
    found = kinds(
        "Tomas Lind made a rare start for Leeds on Monday. The title went to York after "
        "Derby's win over Hull, and bottom-of-the-table Bristol lost again."
    )
    for club in ("Leeds", "Derby", "Hull", "Bristol"):
        assert found.get(club) == "organization", club


def test_a_result_after_a_title_is_no_club() -> None:
    found = kinds(
        "The film Pride in York's victory was set in Leeds. He scored in Hull's 3-2 defeat."
    )
    assert found.get("Leeds") == "place" and found.get("York") != "organization"
    assert found.get("Hull") == "organization"
