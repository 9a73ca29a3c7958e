"""Recall without a list (issue 9, item 2) and splits, on text written for these tests."""

from __future__ import annotations

import pytest

from tests.test_actors import actors, by_name


@pytest.fixture(autouse=True)
def _tmp_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "xdg-cache"))


def test_closed_up_name_joins_its_spaced_form() -> None:
    text = (
        "BrightLoom said profits rose. Bright Loom, which makes looms, expects growth. "
        "Analysts said BrightLoom was cheap."
    )
    result = actors(text)
    loom = [a for a in result if a.id == "bright-loom" or a.id == "brightloom"]
    assert len(loom) == 1, [a.name for a in result]
    assert loom[0].kind == "organization"
    assert {m.text for m in loom[0].mentions} == {"BrightLoom", "Bright Loom"}
    assert len(loom[0].mentions) == 3


def test_closed_up_known_name_joins_its_spaced_form() -> None:
    result = actors("Shares in AirAsia fell on Monday. Air Asia said it would add routes.")
    assert [a.name for a in result if "asia" in a.id] == ["AirAsia"]
    assert by_name(result, "AirAsia").aliases == ("Air Asia",)


def test_spaced_and_closed_up_words_alone_are_not_joined() -> None:
    # No capital inside a word: "Newport" and "New Port" are not a closed-up pair.
    result = actors("Ships left Newport for New Port Harbour on Monday.")
    assert all(a.name != "Newport" or len(a.mentions) == 1 for a in result)


def test_closed_up_surname_stays_a_person() -> None:
    text = "Rob McAllory said the vote was close. Later McAllory said Mc Allory was misspelt."
    person = [a for a in actors(text) if "allory" in a.id]
    assert person and all(a.kind == "person" for a in person)
