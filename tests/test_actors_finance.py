"""Market copy: tickers, ratios and finance abbreviations are no actors; a title after
"and" names no firm. Text written for these tests."""

from __future__ import annotations

from briefing.analyse.actors.ticker import is_ticker
from tests.test_actors import actors


def names(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in actors(text)}


def test_a_ticker_after_its_exchange_is_no_actor() -> None:
    text = "Shares of Korvane Systems (NASDAQ: KVSY ) and Delmora Foods (NYSE: DLMF) rose."
    got = names(text)
    assert "KVSY" not in got and "DLMF" not in got
    assert got.get("Korvane Systems") == "organization"
    assert is_ticker(text, text.index("KVSY"))
    assert not is_ticker("The ruling (see: KVSY) stands.", 16)  # "see" is no exchange


def test_an_acronym_without_an_exchange_is_still_an_organization() -> None:
    assert names("The KVSY union said the plant would close.").get("KVSY") == "organization"


def test_a_capital_before_a_slash_is_no_name() -> None:
    got = names("Delmora trades at a forward P/E ratio of 14, and a TTM P/E of 19.")
    assert "P" not in got and "TTM P" not in got


def test_finance_abbreviations_are_no_organizations() -> None:
    got = names("Its EPS rose, MAU growth slowed, and the IPO in CY 2015 raised $2bn.")
    assert not {"EPS", "MAU", "IPO", "CY"} & set(got)


def test_a_title_after_and_names_no_firm_before_it() -> None:
    result = actors(
        "Hanna Veldt runs sales. Instead, Veldt and CEO Oren Malik wanted to grow the firm."
    )
    got = {a.name: a.kind for a in result}
    assert got == {"Hanna Veldt": "person", "Oren Malik": "person"}
    veldt = next(a for a in result if a.name == "Hanna Veldt")
    assert len(veldt.mentions) == 2


def test_a_title_right_after_a_firm_still_names_it() -> None:
    got = names("Delmora CEO Oren Malik said the plant would stay open.")
    assert got == {"Delmora": "organization", "Oren Malik": "person"}
