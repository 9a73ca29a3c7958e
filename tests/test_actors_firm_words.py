"""Firms named by one word: a place typed by its preposition alone yields to the firm the
article names by that word, and a camel-case word repeated alone is a firm (issue 9,
item 2), on text written for these tests."""

from __future__ import annotations

import pytest

from briefing.analyse.actors.tokens import camel_case
from tests.test_actors import actors, by_name


def test_shares_in_a_firms_first_word_are_the_firms() -> None:
    text = (
        "Regulators are investigating Wexbury Ltd, according to two people. "
        "Wexbury declined to comment on Monday. Shares in Wexbury fell 5%."
    )
    result = actors(text)
    firm = by_name(result, "Wexbury Ltd")
    assert firm.kind == "organization"
    assert [m.text for m in firm.mentions].count("Wexbury") == 2
    assert not [a for a in result if a.name == "Wexbury"]


def test_a_word_typed_a_firm_once_is_a_firm_after_a_preposition() -> None:
    text = (
        "Shares in Wexbury fell 5% on Monday after profits dropped. "
        "Wexbury chief executive Ann Moss said she was sorry."
    )
    firm = by_name(actors(text), "Wexbury")
    assert firm.kind == "organization" and len(firm.mentions) == 2


def test_a_body_a_place_runs_leaves_the_place_a_place() -> None:
    text = (
        "Halvercombe Police said two men were held. "
        "Residents in Halvercombe were told to stay indoors."
    )
    result = actors(text)
    assert by_name(result, "Halvercombe Police").kind == "organization"
    assert by_name(result, "Halvercombe").kind == "place"


def test_a_place_without_a_firm_of_its_name_stays_a_place() -> None:
    assert by_name(actors("Floods hit homes in Wexbury on Monday."), "Wexbury").kind == "place"


def test_a_camel_case_word_repeated_alone_is_a_firm() -> None:
    text = (
        "The regulator is investigating WeTrellis, according to two people. "
        "WeTrellis declined to comment. It is not the first time WeTrellis has been "
        "scrutinized."
    )
    firm = by_name(actors(text), "WeTrellis")
    assert firm.kind == "organization" and len(firm.mentions) == 3


@pytest.mark.parametrize(
    "text",
    [
        "The regulator is investigating WeTrellis, according to two people.",  # once
        "Fans shared #SkyTrellis photos. More #SkyTrellis posts followed.",  # a hashtag
        "She bought the SkyTrellis on Monday. Later the SkyTrellis broke.",  # a thing
    ],
)
def test_a_camel_case_word_that_names_no_firm_is_not_one(text: str) -> None:
    assert not [a for a in actors(text) if "Trellis" in a.name and a.kind == "organization"]


def test_a_closed_up_handle_stays_with_its_person() -> None:
    text = (
        'Gov. Ann Moss lost. "Thanks @AnnMoss!" one voter wrote. '
        "Another wrote to @AnnMoss on Monday."
    )
    moss = [a for a in actors(text) if "Moss" in a.name]
    assert moss and all(a.kind == "person" for a in moss)


@pytest.mark.parametrize(
    ("word", "camel"),
    [
        ("WeWork", True),
        ("GoPro", True),
        ("QuickSprout", True),
        ("McCain", False),
        ("DeLay", False),
        ("LeBron", False),
        ("MacKenzie", False),
        ("Wexbury", False),
        ("UpWORK", False),
    ],
)
def test_camel_case_words(word: str, camel: bool) -> None:
    assert camel_case(word) is camel


def test_an_acronym_defined_after_a_place_and_a_title_names_one_body() -> None:
    text = (
        "The Ruritania State Attorney General (RSAG) is investigating the firm. "
        "A spokesperson for the RSAG declined to comment."
    )
    result = actors(text)
    body = by_name(result, "Ruritania State Attorney General")
    assert body.kind == "organization"
    assert [m.reason for m in body.mentions] == ["name", "acronym", "acronym"]
    assert not [a for a in result if a.name in ("Ruritania", "Ruritania State", "RSAG")]


def test_an_acronym_may_leave_out_one_inner_initial() -> None:
    text = (
        "The Ruritania State Attorney General (RAG) is investigating the firm. "
        "The RAG declined to comment."
    )
    assert len(by_name(actors(text), "Ruritania State Attorney General").mentions) == 3


def test_an_exact_spelling_wins_over_a_longer_loose_one() -> None:
    # "The Texas…" spells TTAG: the exact "Texas Attorney General" is the name.
    text = "The Texas Attorney General (TAG) is suing. The TAG said so."
    assert len(by_name(actors(text), "Texas Attorney General").mentions) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Use a Virtual Private Network (VPN) at home. A VPN hides traffic.",  # no name inside
        "Ana Ruiz (AR) said no. Later AR left.",  # a person
    ],
)
def test_an_acronym_after_words_that_name_no_body_makes_none(text: str) -> None:
    assert not [a for a in actors(text) if a.kind == "organization" and " " in a.name]


def test_name_suffixes_and_vehicle_abbreviations_are_no_firms() -> None:
    text = (
        "ANA RUIZ, ESQ., argued for the port. The AV makers sold 300 EVs; "
        "another AV maker sold none."
    )
    assert not [a for a in actors(text) if a.name in ("ESQ", "AV", "EVs", "EV")]


def test_text_and_network_formats_are_no_firms() -> None:
    text = (
        "The mail server speaks SMTP and IMAP over TCP. Its logs are plain ASCII, and the "
        "Harbour Board exports them as JSON."
    )
    found = {a.name for a in actors(text)}
    assert not found & {"SMTP", "IMAP", "TCP", "ASCII", "JSON"}, found
    assert "Harbour Board" in found


def test_salutations_are_not_part_of_the_name() -> None:
    text = "Dear Tom Reed, I agree with Ana Lee on the port. Hello Ana Lee, see you Monday."
    names = {a.name for a in actors(text)}
    assert names == {"Tom Reed", "Ana Lee"}


def test_a_sentence_opening_with_a_salutations_letters_reads_as_usual() -> None:
    # "His" after "Ltd." is a piece of its own: its letters open like "Hi".
    text = "In 1958 he opened his own agency, Wexbury Ltd. His slogan was short."
    assert by_name(actors(text), "Wexbury Ltd.").kind == "organization"


def test_a_name_after_a_job_noun_is_a_person() -> None:
    text = '"Life is hard," said planetary geologist Rosaly Lopes of the lab. Lopes agreed.'
    person = by_name(actors(text), "Rosaly Lopes")
    assert person.kind == "person" and len(person.mentions) == 2


def test_a_laboratory_is_a_body_its_acronym_joins() -> None:
    text = "Scientists at the Kestrel Propulsion Laboratory (KPL) said so. KPL runs the probe."
    lab = by_name(actors(text), "Kestrel Propulsion Laboratory")
    assert lab.kind == "organization" and len(lab.mentions) == 3


def test_a_studio_is_a_body() -> None:
    text = "The pavilion was designed by Kestrel Studio. Kestrel Studio won the prize."
    assert by_name(actors(text), "Kestrel Studio").kind == "organization"


def test_a_defined_name_written_again_in_full_joins_its_body() -> None:
    text = (
        "The Ruritania State Attorney General (RSAG) is investigating the firm. "
        '"We received an inquiry from the office of the Ruritania State Attorney General," '
        "a spokesperson said. The RSAG declined to comment."
    )
    result = actors(text)
    assert len(by_name(result, "Ruritania State Attorney General").mentions) == 4
    assert not [a for a in result if a.name == "Ruritania State"]


def test_an_ordinary_word_set_in_capitals_is_no_firm() -> None:
    text = (
        "Staff said the FANS were loud. The fans sang for the Harbour Board. Its "
        "advertising agency TBWA said by e-mail: posters done by tbwa."
    )
    found = {a.name: a.kind for a in actors(text)}
    assert "FANS" not in found, found
    assert found.get("TBWA") == "organization", found  # spelt out, not spoken as a word
