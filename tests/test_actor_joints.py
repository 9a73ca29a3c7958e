"""Names joined by "and" are two bodies when each side names one ("AZ Fly and AZ
Services"), one when the right side's head covers both ("Texas Parks and Wildlife
Department"), on text written for these tests."""

from __future__ import annotations

from tests.test_actors import kinds


def test_and_between_two_bodies_splits_them_but_not_one_department() -> None:
    got = kinds("The deal joins Tolland Fly and Tolland Services. Ana Ruiz and BBC Radio agreed.")
    assert "Tolland Fly" in got and "Tolland Services" in got
    assert "BBC Radio" in got
    one = kinds("The Kestrel Parks and Wildlife Department said the bears were safe.")
    assert "Kestrel Parks and Wildlife Department" in one
