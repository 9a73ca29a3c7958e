"""A country or demonym right before an organization's name; on text written for these
tests (the bodies are the packaged gazetteer's, the sentences invented)."""

from __future__ import annotations

from tests.test_actors import actors


def _mentions(text: str) -> dict[str, list[str]]:
    return {a.name: [m.text for m in a.mentions] for a in actors(text)}


def test_a_country_before_its_own_body_is_part_of_the_name() -> None:
    got = _mentions("The U.S. Food and Drug Administration agreed. The FDA said so on Monday.")
    assert "U.S. Food and Drug Administration" in got.get("FDA", []), got
    assert "United States" not in got


def test_a_demonym_before_its_own_party_joins_that_party() -> None:
    got = _mentions("She left the British Labour Party in May, and Labour regretted it.")
    assert got.get("Labour Party") == ["British Labour Party", "Labour"], got


def test_a_demonym_before_another_countrys_body_names_a_body_of_its_own() -> None:
    got = _mentions("The Nepali Congress won the vote, and the Georgian Parliament agreed.")
    assert got.get("Nepali Congress") == ["Nepali Congress"], got
    assert got.get("Georgian Parliament") == ["Georgian Parliament"], got
    assert "Congress" not in got and "Parliament" not in got


def test_a_country_before_a_foreign_firm_names_no_new_body() -> None:
    got = _mentions("The UK Nintendo launch was delayed, Nintendo said.")
    assert "UK Nintendo" not in got, got
