"""Schema and spot checks for the built-in gazetteer data file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parent.parent / "briefing" / "analyse" / "data" / "gazetteer.yaml"


@pytest.fixture(scope="module")
def gaz() -> dict:
    """The gazetteer, loaded once with ``yaml.safe_load``."""
    with DATA.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _str_list(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(s, str) and s and s.strip() == s for s in value
    )


def _dupes(names: list[str]) -> list[str]:
    return sorted(n for n, c in Counter(names).items() if c > 1)


def test_top_level(gaz: dict) -> None:
    assert gaz["version"] == 1
    assert isinstance(gaz["countries"], list)


def test_country_schema(gaz: dict) -> None:
    allowed = {
        "name",
        "official",
        "aliases",
        "capital",
        "capital_aliases",
        "seats",
        "demonyms",
        "ambiguous",
        "territory",
        "sovereign",
        "partially_recognised",
    }
    for c in gaz["countries"]:
        assert isinstance(c, dict), c
        assert set(c) <= allowed, (c["name"], set(c) - allowed)
        assert isinstance(c["name"], str) and c["name"], c
        assert "capital" in c and "demonyms" in c, c["name"]
        for key in ("aliases", "capital_aliases", "seats", "demonyms"):
            if key in c:
                assert _str_list(c[key]), (c["name"], key, c[key])
        for key in ("ambiguous", "territory", "partially_recognised"):
            if key in c:
                assert isinstance(c[key], bool), (c["name"], key)
        if "official" in c:
            assert isinstance(c["official"], str) and c["official"] != c["name"], c["name"]


def test_every_country_has_a_capital_except_territories(gaz: dict) -> None:
    for c in gaz["countries"]:
        if c["capital"] is None:
            assert c.get("territory") is True, f"{c['name']} lacks a capital"
        else:
            assert isinstance(c["capital"], str) and c["capital"], c["name"]


def test_country_names_unique(gaz: dict) -> None:
    names = [c["name"] for c in gaz["countries"]]
    assert not _dupes(names)


def test_country_aliases_do_not_clash(gaz: dict) -> None:
    """An alias may not be another country's name, or an alias of a second country."""
    names = {c["name"] for c in gaz["countries"]}
    owner: dict[str, str] = {}
    for c in gaz["countries"]:
        for alias in c.get("aliases", []):
            assert alias not in names or alias == c["name"], (c["name"], alias)
            assert owner.setdefault(alias, c["name"]) == c["name"], (alias, owner[alias], c["name"])


def test_capitals_are_not_aliases(gaz: dict) -> None:
    capitals = {c["capital"] for c in gaz["countries"] if c["capital"]}
    for c in gaz["countries"]:
        for alias in c.get("aliases", []):
            assert alias not in capitals, (c["name"], alias)


def test_territory_sovereign_is_a_country(gaz: dict) -> None:
    names = {c["name"] for c in gaz["countries"]}
    for c in gaz["countries"]:
        if c.get("sovereign"):
            assert c["sovereign"] in names, c["name"]
            assert c.get("territory") is True, c["name"]


def test_country_count(gaz: dict) -> None:
    countries = gaz["countries"]
    assert len(countries) >= 190
    sovereign = [
        c for c in countries if not c.get("territory") and not c.get("partially_recognised")
    ]
    assert len(sovereign) == 195  # 193 UN members, Vatican City and Palestine


def _country(gaz: dict, name: str) -> dict:
    return next(c for c in gaz["countries"] if c["name"] == name)


def test_country_spot_checks(gaz: dict) -> None:
    china = _country(gaz, "China")
    assert china["capital"] == "Beijing"
    assert "Chinese" in china["demonyms"]
    assert "Beijing" not in china.get("aliases", [])
    us = _country(gaz, "United States")
    assert {"US", "U.S.", "USA", "America"} <= set(us["aliases"])
    assert us["capital"] == "Washington"
    assert {"White House", "Pentagon"} <= set(us["seats"])
    assert "American" in us["demonyms"]
    uk = _country(gaz, "United Kingdom")
    assert {"UK", "Britain", "Great Britain"} <= set(uk["aliases"])
    assert {"Downing Street", "Whitehall"} <= set(uk["seats"])
    assert {"British", "Briton", "Britons"} <= set(uk["demonyms"])
    nl = _country(gaz, "Netherlands")
    assert "Dutch" in nl["demonyms"] and "Holland" in nl["aliases"]
    assert "Kremlin" in _country(gaz, "Russia")["seats"]
    assert "Elysee" in _country(gaz, "France")["seats"]
    assert "Kiev" in _country(gaz, "Ukraine")["capital_aliases"]
    for name in ("Jordan", "Chad", "Turkey", "Guinea", "Georgia"):
        assert _country(gaz, name).get("ambiguous") is True, name
    assert _country(gaz, "Hong Kong")["sovereign"] == "China"
