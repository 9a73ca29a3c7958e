"""A demonym before an institution noun; "military" before a noun it describes is an
adjective; on text written for these tests."""

from __future__ import annotations

from tests.test_actors import actors, kinds


def test_military_before_a_noun_is_an_adjective_not_the_body() -> None:
    got = kinds("The envoy praised Chilean military support for the plan.")
    assert not [name for name in got if name.endswith("military")], got


def test_military_before_a_verb_is_the_body() -> None:
    got = kinds("The Chinese military said the drill was over.")
    assert got.get("Chinese military") == "organization", got


def test_a_time_zone_or_earnings_per_share_is_no_organization() -> None:
    got = kinds(
        "At 11 a.m. EDT ( 1500 GMT ) the storm turned. EPS rose to 12 cents, PDT data said."
    )
    assert not {"EDT", "EPS", "PDT"} & set(got), got


def test_a_state_abbreviation_after_a_town_and_comma_is_the_state() -> None:
    got = {
        a.name: [m.text for m in a.mentions]
        for a in actors("The firm opened a plant in Brindle Falls, Ill., last year.")
    }
    assert got.get("Ill.") == ["Ill."], got
    assert not [a for a in actors("He felt ill. Then he slept.") if a.kind == "place"]
