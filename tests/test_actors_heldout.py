"""Round-4 actor rules on held-out news shapes: saints' possessives, the Arabic article
written apart, a firm's product, numbered headings, capitals around a slash, camel-case
and web-site names; on text written for these tests (names are the packaged gazetteer's
or made up)."""

from __future__ import annotations

import pytest

from briefing.analyse.actors.extract import extract_actors
from briefing.analyse.actors.gazetteer_cache import load_gazetteer
from briefing.model import Sentence
from tests.test_actors import actors, kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Rain fell. Crowds filled the St Ives's Market Hall in Dunmore.",
            "St Ives's Market Hall",
            None,
        ),
        (
            "Rain fell. The band played at St Oswin's Hospital on Friday.",
            "St Oswin's Hospital",
            "organization",
        ),
        ("Rain fell. Pilgrims stood in St. Oswin's Square at noon.", "St. Oswin's Square", "place"),
        (
            "Rain fell. Gold Leaf, which owns Harrow Books and St. Oswin's, grew.",
            "St. Oswin's",
            None,
        ),
    ],
)
def test_a_saints_name_keeps_its_possessive(text: str, name: str, kind: str | None) -> None:
    got = kinds(text)
    assert name in got, got
    if kind:
        assert got[name] == kind, got
    assert not any(n.startswith("St") and n.rstrip(".").endswith(("Ives", "Oswin")) for n in got), (
        got
    )


def test_a_known_place_before_a_possessive_and_a_noun_stays_the_place() -> None:
    got = kinds("Rain fell. St. Louis's mayor spoke to the council.")
    assert got.get("St. Louis") == "place", got


def test_the_arabic_article_written_apart_joins_the_name() -> None:
    text = (
        "Rain fell. The leaders of al Qaeda met. Later al Qaeda said so. Troops fought al Zarqaba."
    )
    got = {a.name: (a.kind, [m.text for m in a.mentions]) for a in actors(text)}
    assert got.get("al-Qaeda") == ("group", ["al Qaeda", "al Qaeda"]), got
    assert got.get("al Zarqaba", ("",))[0] == "organization", got
    assert "Qaeda" not in got and "Zarqaba" not in got, got


def test_et_al_is_no_arabic_article() -> None:
    got = kinds("Rain fell. The study by Brandt et al Morrow found little.")
    assert not any(n.startswith("al ") for n in got), got


def test_a_firm_and_a_product_noun_is_the_firm() -> None:
    text = "Sales rose. Shoppers used Apple Pay and wore an Apple Watch. Apple Inc said so."
    got = {a.name: [m.text for m in a.mentions] for a in actors(text)}
    assert got.get("Apple") == ["Apple", "Apple", "Apple Inc"], got
    assert "Apple Pay" not in got and "Apple Watch" not in got, got


def test_a_numbered_heading_is_read_as_a_title_case_line() -> None:
    text = (
        "Sales rose in the spring.\n\n4. Strengthen Trust Signals\n\n"
        "Buyers look for signs that a shop is real.\n\n5. Improve Site Search\n\nNo one waits."
    )
    assert kinds(text) == {}, kinds(text)


def test_a_capital_after_a_letter_and_a_slash_starts_no_name() -> None:
    got = kinds("Rain fell. Run seven Simple A/B Tests before you launch.")
    assert not [n for n in got if "Tests" in n], got


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell. Jane Roe, who writes at QuickLoomer, agreed.",
        "Rain fell. She answers questions at GrowPlinth.com every week.",
    ],
)
def test_camel_case_and_site_names_are_firms_not_places(text: str) -> None:
    got = kinds(text)
    site = next(n for n in got if n.startswith(("Quick", "Grow")))
    assert got[site] == "organization", got


def test_camel_case_with_a_name_particle_is_no_firm() -> None:
    got = kinds("Rain fell. Dr. Ellen MacKessock said the trial worked.")
    assert got.get("Ellen MacKessock") == "person", got


def test_an_ordinary_word_before_a_web_ending_is_no_firm() -> None:
    got = kinds("Rain fell. The space race went on, Space.com reported.")
    assert "Space" not in got, got


@pytest.mark.parametrize(
    ("text", "name", "form"),
    [
        ("Rain fell. Shares in Moody's rose on Monday.", "Moody's", "Moody's"),
        ("Rain fell. They ate at McDonald’s in town.", "McDonald's", "McDonald’s"),
        ("Rain fell. Lloyd's of London said so.", "Lloyd's of London", "Lloyd's of London"),
        ("Rain fell . Shares in Moody 's rose .", "Moody's", "Moody 's"),
    ],
)
def test_a_known_name_written_with_a_possessive_keeps_it(text: str, name: str, form: str) -> None:
    got = {a.name: (a.kind, [m.text for m in a.mentions]) for a in actors(text)}
    assert list(got.values()) == [("organization", [form])], got
    assert next(iter(got)) in (name, form), got  # the canonical name or the article's form


def test_an_owners_possessive_stays_out_of_the_name() -> None:
    got = {a.name: [m.text for m in a.mentions] for a in actors("Rain fell. Jane Roe's car broke.")}
    assert got.get("Jane Roe") == ["Jane Roe"], got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rain fell. She danced with the San Marco Ballet for years.", "San Marco Ballet"),
        (
            "Rain fell. The case went to the Santa Maria County Court on Monday.",
            "Santa Maria County Court",
        ),
        ("Rain fell. They beat the St. Louis Cardinals on Tuesday.", "St. Louis Cardinals"),
    ],
)
def test_a_given_name_after_a_places_first_word_stays_in_the_name(text: str, name: str) -> None:
    got = kinds(text)
    assert name in got, got
    assert not [n for n in got if got[n] == "person"], got


def test_an_owned_list_keeps_a_saints_name_a_firm() -> None:
    got = kinds("Rain fell. Gold Leaf, which owns Harrow Books and St. Oswin's, grew.")
    assert got.get("St. Oswin's") == "organization", got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rain fell. She joined Berwick Philharmonic last year.", "Berwick Philharmonic"),
        ("Rain fell. He led Harlow Youth Orchestra in May.", "Harlow Youth Orchestra"),
        ("Rain fell. She danced with the San Marco Ballet for years.", "San Marco Ballet"),
    ],
)
def test_ensembles_are_organizations(text: str, name: str) -> None:
    got = kinds(text)
    assert got.get(name) == "organization", got


def test_a_numbered_heading_kept_whole_by_the_splitter_is_a_title_case_line() -> None:
    text = (
        "Sales rose in the spring.\n\n5. Strengthen Trust Signals\n\nBuyers look for a real shop."
    )
    heading = text.index("5.")
    spans = [(0, 25), (heading, heading + 27), (heading + 29, len(text))]
    sentences = tuple(Sentence(s, e, i) for i, (s, e) in enumerate(spans))
    assert text[heading : heading + 27] == "5. Strengthen Trust Signals"
    assert extract_actors(text, sentences, load_gazetteer()) == ()
