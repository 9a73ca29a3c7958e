"""A lone word joins the organization it opens only when the text reads it as that
organization, on text written for these tests."""

from __future__ import annotations

from briefing.analyse.actors.context import noun_after, used_as_modifier
from tests.test_actors import actors


def counts(text: str) -> dict[str, int]:
    return {a.name: len(a.mentions) for a in actors(text)}


def test_a_technique_named_like_a_firm_does_not_join_it() -> None:
    text = (
        "The method, called ZORBIT, edits cells. Mr Lane Hollis runs ZORBIT Therapeutics, "
        "a startup in Leeds. The ZORBIT method is cheap, and no ZORBIT treatment exists "
        "yet. Scientists use ZORBIT to cure mice."
    )
    got = counts(text)
    assert got["ZORBIT Therapeutics"] == 1


def test_a_thing_used_as_a_modifier_is_no_given_name() -> None:
    text = (
        "Vessa Marlo made the Zorbit method. The Zorbit method spread, and a Zorbit kit is "
        "sold. Scientists use Zorbit daily. Zorbit Kade said so."
    )
    got = counts(text)
    assert got.get("Zorbit Kade", 0) <= 1


def test_a_firm_written_alone_still_joins_its_full_name() -> None:
    text = (
        "Quarrow Energy found oil in Kenya. Quarrow said the well was rich, and Quarrow "
        "shares rose. The Quarrow board met, and a Quarrow spokesman said drilling goes on."
    )
    assert counts(text)["Quarrow Energy"] == 5


def test_one_modifier_use_is_a_product_of_the_firm() -> None:
    text = (
        "Telvio Europe launched a tool. Telvio said it works, and the Telvio screensaver "
        "site is busy. Telvio will report."
    )
    assert counts(text)["Telvio Europe"] == 4


def test_an_adjective_opening_a_name_is_not_its_short_form() -> None:
    text = (
        "The Nordic Chronicle printed the letter. Nordic leaders met, and the Nordic "
        "economies grew. Nordic voters agreed."
    )
    assert counts(text)["Nordic Chronicle"] == 1


def test_noun_after_tells_a_noun_from_a_verb() -> None:
    text = "Gadra users could log in. Gadra owns the site. Gadra went home. Gadra shares fell."
    ends = [i + 5 for i in range(len(text)) if text.startswith("Gadra", i)]
    assert [noun_after(text, e) for e in ends] == ["users", "", "", ""]
    assert noun_after("the Gadra newsstand chain", 9) == ""  # a firm's noun follows
    assert used_as_modifier("Gadra", "the Gadra system and a Gadra tool")
    assert not used_as_modifier("Gadra", "the Gadra system and Gadra said so")


def test_a_guessed_name_before_a_noun_it_modifies_is_no_person() -> None:
    text = (
        "Many Zanmail Web addresses were cut off on Friday. Traffic to Zanmail fell, and "
        "Zanmail users could not log in."
    )
    assert not [a for a in actors(text) if a.kind == "person"]


def test_a_guessed_name_before_a_newspaper_noun_is_an_organization() -> None:
    got = {a.name: a.kind for a in actors("The raid was reported by Vrai Matin newspaper.")}
    assert got.get("Vrai Matin") == "organization"


def test_a_guessed_name_before_a_verb_stays_a_person() -> None:
    for text in (
        "Fans saw Ravik Tandor make his debut.",
        "Ravik Tandor went home.",
        "Ravik Tandor owns the farm.",
        "Vice-president Ravik Tandor last July left.",
    ):
        kinds = {a.name: a.kind for a in actors(text)}
        assert kinds.get("Ravik Tandor") == "person", text
