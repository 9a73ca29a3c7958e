"""A press noun next to a name makes it the paper, not a person; on text written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_actors import kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two reporters from the opposition daily Vorna Plen were held.", "Vorna Plen"),
        ("He told the Bengali newspaper Drimo Katha on Tuesday.", "Drimo Katha"),
        ("Prices will rise, Zelno Varty daily said on Saturday.", "Zelno Varty"),
        ("The study appears in the journal Quorbel this week.", "Quorbel"),
        ("The weekly Cantor Blen said he had resigned.", "Cantor Blen"),
    ],
)
def test_a_name_next_to_a_press_noun_is_an_organization(text: str, name: str) -> None:
    assert kinds(text).get(name) == "organization", kinds(text)


def test_a_title_that_is_also_an_organization_noun_keeps_its_person() -> None:
    assert (
        kinds("The deal was signed by publisher Dravin Moll on Monday.").get("Dravin Moll")
        != "organization"
    )
