"""Titles of works named by the noun before them are no actors (issue 9, item 2's junk
filter), on text written for these tests."""

from __future__ import annotations

from tests.test_actors import actors


def test_a_film_title_is_no_person_here_or_later() -> None:
    text = (
        "Director Ana Ruiz won praise for the film Martha Lane on Sunday. "
        "Martha Lane has taken $20m. Ruiz said the cast deserved the prize."
    )
    names = [a.name for a in actors(text)]
    assert "Martha Lane" not in names
    assert "Ana Ruiz" in names


def test_and_ends_a_title_and_a_known_name_starts_none() -> None:
    text = (
        "Critics liked the documentary Harbour Lights and Tom Baker's new play. "
        "The documentary France Today was shown in Lyon. The song Britons chose was old."
    )
    names = {a.name for a in actors(text)}
    assert "Tom Baker" in names
    assert "Harbour Lights" not in names
    assert "France" in names
    assert "United Kingdom" in names


def test_a_condition_named_after_the_condition_is_no_actor() -> None:
    text = (
        "He has the condition Quillfeather Brisk Anomaly, and their GP, who saw him, agreed. "
        "He has Alzheimer's disease Ana Ruiz, chief of the charity, said."
    )
    names = {a.name for a in actors(text)}
    assert "Quillfeather Brisk Anomaly" not in names and "GP" not in names
    assert "Ana Ruiz" in names  # a caption run on after "disease", not a condition's name


def test_let_before_its_contraction_is_no_name() -> None:
    text = "'Go and get involved in Let's Move! and see what is going on,' she said."
    assert "Let" not in {a.name for a in actors(text)}
