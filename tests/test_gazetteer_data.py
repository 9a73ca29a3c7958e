"""Schema and spot checks for the built-in gazetteer data file."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from briefing.analyse.english import FUNCTION_WORDS, NEWS_WORDS

DATA = (
    Path(__file__).resolve().parent.parent
    / "briefing"
    / "analyse"
    / "actors"
    / "data"
    / "gazetteer.yaml"
)


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
    required = {"countries", "places", "organizations", "titles", "given_names", "org_suffixes"}
    optional = {"org_prefixes", "ambiguous_given_names", "surname_first"}
    assert required <= set(gaz) <= required | optional | {"version"}


COUNTRY_KEYS = {
    "name", "official", "aliases", "capital", "capital_aliases", "seats", "demonyms", "ambiguous",
    "territory", "sovereign", "partially_recognised",
}  # fmt: skip


def test_country_schema(gaz: dict) -> None:
    allowed = COUNTRY_KEYS
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


def test_country_aliases_do_not_clash(gaz: dict) -> None:
    """Names are unique; an alias is neither another country's name or alias, nor a capital."""
    assert not _dupes([c["name"] for c in gaz["countries"]])
    names = {c["name"] for c in gaz["countries"]}
    capitals = {c["capital"] for c in gaz["countries"] if c["capital"]}
    owner: dict[str, str] = {}
    for c in gaz["countries"]:
        for alias in c.get("aliases", []):
            assert alias not in names or alias == c["name"], (c["name"], alias)
            assert owner.setdefault(alias, c["name"]) == c["name"], (alias, owner[alias], c["name"])
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


ORG_KEYS = {
    "name", "full", "aliases", "references", "kind", "country", "sector", "ambiguous", "demonyms",
    "city_forms",
}  # fmt: skip
SECTORS = {
    "international", "government", "legislature", "court", "military", "intelligence", "police",
    "central_bank", "regulator", "party", "company", "media", "sport", "ngo", "think_tank",
    "union", "education", "religious", "militant", "ethnic", "movement", "criminal",
}  # fmt: skip


def _org(gaz: dict, name: str) -> dict:
    return next(o for o in gaz["organizations"] if o["name"] == name)


def test_organization_schema(gaz: dict) -> None:
    countries = {c["name"] for c in gaz["countries"]}
    for o in gaz["organizations"]:
        assert isinstance(o, dict), o
        assert set(o) <= ORG_KEYS, (o.get("name"), set(o) - ORG_KEYS)
        assert isinstance(o["name"], str) and o["name"], o
        assert o["kind"] in ("organization", "group"), o["name"]
        for key in ("aliases", "references", "demonyms"):
            if key in o:
                assert _str_list(o[key]), (o["name"], key)
        for ref in o.get("references", []):
            assert ref not in o.get("aliases", []) and ref != o["name"], (o["name"], ref)
        if o.get("country") is not None:
            assert o["country"] in countries, (o["name"], o["country"])
        if "sector" in o:
            assert o["sector"] in SECTORS, (o["name"], o["sector"])
        if "ambiguous" in o:
            assert isinstance(o["ambiguous"], bool), o["name"]
        if "full" in o:
            assert isinstance(o["full"], str) and o["full"], o["name"]
        assert o["name"] not in o.get("aliases", []), o["name"]


def test_shared_org_surface_forms_are_flagged(gaz: dict) -> None:
    """Names are unique; a name or alias used by two organisations is ambiguous on both."""
    assert not _dupes([o["name"] for o in gaz["organizations"]])
    owners: dict[str, list[dict]] = {}
    for o in gaz["organizations"]:
        for form in {o["name"], *o.get("aliases", [])}:
            owners.setdefault(form, []).append(o)
    for form, orgs in owners.items():
        if len(orgs) > 1:
            for o in orgs:
                assert o.get("ambiguous") is True, (form, [x["name"] for x in orgs])


def test_no_redundant_the_aliases(gaz: dict) -> None:
    for o in gaz["organizations"]:
        aliases = set(o.get("aliases", []))
        for a in aliases:
            assert not (a.startswith("the ") and a[4:] in aliases), (o["name"], a)


def test_organization_spot_checks(gaz: dict) -> None:
    orgs = gaz["organizations"]
    assert len(orgs) >= 500
    nato = _org(gaz, "NATO")
    assert "the alliance" in nato["references"]
    assert nato["full"] == "North Atlantic Treaty Organization"
    assert nato["kind"] == "organization"
    assert "EU" in _org(gaz, "European Union")["aliases"]
    assert "Defense Department" in _org(gaz, "Department of Defense")["aliases"]
    assert "Fed" in _org(gaz, "Federal Reserve")["aliases"]
    assert {"Tories", "Conservatives"} <= set(_org(gaz, "Conservative Party")["aliases"])
    assert "GOP" in _org(gaz, "Republican Party")["aliases"]
    assert "Man Utd" in _org(gaz, "Manchester United")["aliases"]
    assert "JPMorgan" in _org(gaz, "JPMorgan Chase")["aliases"]
    for name in ("Taliban", "Hamas", "Hezbollah", "al-Qaeda", "Kurds", "Islamic State"):
        assert _org(gaz, name)["kind"] == "group", name
    for name in ("WHO", "IMF", "UNICEF", "IAEA", "UNHCR", "World Bank", "WTO", "FIFA", "BBC"):
        assert _org(gaz, name)["kind"] == "organization", name
    assert _org(gaz, "Apple")["ambiguous"] is True
    assert _org(gaz, "Bundestag")["country"] == "Germany"


def test_seats_are_not_organizations(gaz: dict) -> None:
    """Seats of government (White House, Kremlin...) stand for a country, not an org."""
    seats = {s for c in gaz["countries"] for s in c.get("seats", [])}
    for o in gaz["organizations"]:
        for form in {o["name"], *o.get("aliases", [])}:
            assert form not in seats, (o["name"], form)


TITLE_KEYS = {"honorifics", "government", "military", "corporate", "party", "religious"}


def test_titles_schema(gaz: dict) -> None:
    titles = gaz["titles"]
    assert set(titles) <= TITLE_KEYS
    assert {"honorifics", "government", "military", "corporate", "party"} <= set(titles)
    seen: dict[str, str] = {}
    for group, words in titles.items():
        assert _str_list(words) and words, group
        assert not _dupes(words), group
        for word in words:
            assert seen.setdefault(word, group) == group, (word, seen[word], group)


def test_title_spot_checks(gaz: dict) -> None:
    titles = gaz["titles"]
    assert {"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame"} <= set(titles["honorifics"])
    gov = set(titles["government"])
    assert {
        "President",
        "Prime Minister",
        "Secretary-General",
        "Chancellor of the Exchequer",
    } <= gov
    assert {"Senator", "Sen.", "Rep.", "Gov.", "Mayor", "King", "Queen", "Pope"} <= gov
    assert {"General", "Gen.", "Admiral", "Col.", "Sgt."} <= set(titles["military"])
    assert {"chief executive", "CEO", "spokesman", "striker", "goalkeeper"} <= set(
        titles["corporate"]
    )
    assert {"Tory leader", "MP", "MEP"} <= set(titles["party"])


def test_org_affixes(gaz: dict) -> None:
    for key in ("org_suffixes", "org_prefixes"):
        words = gaz[key]
        assert _str_list(words) and not _dupes(words), key
    assert {"Inc", "Inc.", "plc", "GmbH", "FC", "Party", "University"} <= set(gaz["org_suffixes"])
    assert {"Bank of", "University of", "Ministry of"} <= set(gaz["org_prefixes"])
    for prefix in gaz["org_prefixes"]:
        assert prefix[0].isupper(), prefix


PLACE_KEYS = {"name", "country", "kind", "aliases", "ambiguous", "demonyms"}
PLACE_KINDS = {
    "city", "continent", "region", "nation", "state", "province", "island", "ocean", "sea",
    "strait", "river", "lake", "mountain", "desert",
}  # fmt: skip


def _country_forms(gaz: dict) -> dict[str, str]:
    """Every surface form the countries section claims, mapped to its country."""
    forms: dict[str, str] = {}
    for c in gaz["countries"]:
        for key in ("name", "capital"):
            if c.get(key):
                forms[c[key]] = c["name"]
        for key in ("aliases", "capital_aliases", "seats", "demonyms"):
            for form in c.get(key, []):
                forms[form] = c["name"]
    return forms


def test_place_schema(gaz: dict) -> None:
    countries = {c["name"] for c in gaz["countries"]}
    for p in gaz["places"]:
        assert isinstance(p, dict), p
        assert set(p) <= PLACE_KEYS, (p.get("name"), set(p) - PLACE_KEYS)
        assert isinstance(p["name"], str) and p["name"], p
        assert p.get("kind", "city") in PLACE_KINDS, p["name"]
        if "country" in p:
            assert p["country"] in countries, (p["name"], p["country"])
        if "demonyms" in p:
            assert _str_list(p["demonyms"]), p["name"]
        if "aliases" in p:
            assert _str_list(p["aliases"]), p["name"]
            assert p["name"] not in p["aliases"], p["name"]
        if "ambiguous" in p:
            assert isinstance(p["ambiguous"], bool), p["name"]
        if p.get("kind", "city") == "city":
            assert "country" in p, f"city {p['name']} needs a country"


def test_place_names_and_aliases_unique(gaz: dict) -> None:
    forms = [f for p in gaz["places"] for f in {p["name"], *p.get("aliases", [])}]
    assert not _dupes(forms)


def test_places_clashing_with_countries_are_flagged(gaz: dict) -> None:
    """A place spelled like a country, capital or seat must be marked ambiguous."""
    country_forms = _country_forms(gaz)
    for p in gaz["places"]:
        for form in {p["name"], *p.get("aliases", [])}:
            if form in country_forms:
                assert p.get("ambiguous") is True, (p["name"], form, country_forms[form])


def test_places_clashing_with_organizations_are_flagged(gaz: dict) -> None:
    org_forms = {f: o for o in gaz["organizations"] for f in {o["name"], *o.get("aliases", [])}}
    for p in gaz["places"]:
        for form in {p["name"], *p.get("aliases", [])}:
            if form in org_forms:
                org = org_forms[form]
                assert p.get("ambiguous") is True, (p["name"], form)
                assert org.get("ambiguous") is True, (org["name"], form)


def test_organizations_clashing_with_countries_are_flagged(gaz: dict) -> None:
    country_forms = _country_forms(gaz)
    for o in gaz["organizations"]:
        for form in {o["name"], *o.get("aliases", [])}:
            if form in country_forms:
                assert o.get("ambiguous") is True, (o["name"], form, country_forms[form])


def test_place_spot_checks(gaz: dict) -> None:
    places = {p["name"]: p for p in gaz["places"]}
    assert len(places) >= 400
    assert places["New York"]["country"] == "United States"
    assert "NYC" in places["New York"]["aliases"]
    for name in ("Europe", "Middle East", "Indo-Pacific", "Balkans", "Sahel", "Caucasus"):
        assert places[name]["kind"] in ("region", "continent"), name
    georgia = places["Georgia"]
    assert georgia["country"] == "United States" and georgia["ambiguous"] is True
    assert _country(gaz, "Georgia")["ambiguous"] is True
    for name in ("Reading", "Bath", "Nice", "Mobile"):
        assert places[name]["ambiguous"] is True, name
    us_states = [p for p in places.values() if p.get("kind") == "state"]
    assert sum(p["country"] == "United States" for p in us_states) == 51  # 50 states and DC
    assert {"Scotland", "Wales", "England", "Northern Ireland"} <= set(places)
    assert {"Ontario", "Quebec", "Queensland", "Bavaria", "Gaza Strip", "Crimea"} <= set(places)


def _all_titles(gaz: dict) -> set[str]:
    return {t for words in gaz["titles"].values() for t in words}


def test_given_names_schema(gaz: dict) -> None:
    for key in ("given_names", "ambiguous_given_names"):
        names = gaz[key]
        assert _str_list(names), key
        assert not _dupes(names), key
        for name in names:
            assert " " not in name and name[0].isupper(), (key, name)
    assert not set(gaz["given_names"]) & set(gaz["ambiguous_given_names"])
    assert len(gaz["given_names"]) >= 1000


def test_given_names_do_not_collide(gaz: dict) -> None:
    """Names that are also countries, places, organisations or titles live in the ambiguous list."""
    clashes = set(_country_forms(gaz))
    clashes |= {f for p in gaz["places"] for f in {p["name"], *p.get("aliases", [])}}
    clashes |= {f for o in gaz["organizations"] for f in {o["name"], *o.get("aliases", [])}}
    clashes |= _all_titles(gaz)
    assert not sorted(set(gaz["given_names"]) & clashes)
    assert not sorted(set(gaz["ambiguous_given_names"]) & _all_titles(gaz))


def test_given_name_spot_checks(gaz: dict) -> None:
    given = set(gaz["given_names"])
    ambiguous = set(gaz["ambiguous_given_names"])
    for name in ("John", "Mary", "Mohammed", "Vladimir", "Olaf", "Narendra", "Emmanuel", "Giorgia"):
        assert name in given, name
    for name in ("Chad", "Jordan", "Georgia", "Victoria", "Florence"):
        assert name in ambiguous and name not in given, name
    assert "Beijing" not in given and "China" not in given


def test_surname_first(gaz: dict) -> None:
    surnames = gaz["surname_first"]
    assert _str_list(surnames) and not _dupes(surnames)
    assert {"Xi", "Li", "Kim", "Nguyen"} <= set(surnames)
    common_words = {"He", "Sun", "Long", "Song", "Park", "Moon", "Do", "Oh", "Ban", "Son", "Ma"}
    assert not common_words & set(surnames)


def test_demonyms_of_places_and_groups(gaz: dict) -> None:
    """Place and organisation demonyms never repeat a country's and never shadow a given name."""
    country_demonyms = {d for c in gaz["countries"] for d in c.get("demonyms", [])}
    given = set(gaz["given_names"]) | set(gaz["ambiguous_given_names"])
    seen: dict[str, str] = {}
    for entry in [*gaz["places"], *gaz["organizations"]]:
        own = {entry["name"], *entry.get("aliases", [])}
        for d in entry.get("demonyms", []):
            assert d not in country_demonyms, (entry["name"], d)
            assert d not in given, (entry["name"], d)
            assert d not in own, (entry["name"], d)
            assert seen.setdefault(d, entry["name"]) == entry["name"], (d, seen[d], entry["name"])
    places = {p["name"]: p for p in gaz["places"]}
    assert "English" in places["England"]["demonyms"]
    assert "European" in places["Europe"]["demonyms"]
    assert "Scottish" in places["Scotland"]["demonyms"]
    assert "Kurdish" in _org(gaz, "Kurds")["demonyms"]
    assert "Republican" in _org(gaz, "Republican Party")["demonyms"]


def test_organizations_spelled_like_titles_are_flagged(gaz: dict) -> None:
    titles = _all_titles(gaz)
    for o in gaz["organizations"]:
        for form in {o["name"], *o.get("aliases", [])}:
            if form in titles:
                assert o.get("ambiguous") is True, (o["name"], form)


def _walk_strings(node: object):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _walk_strings(value)
    elif isinstance(node, list):
        for item in node:
            yield from _walk_strings(item)


def test_every_string_is_clean(gaz: dict) -> None:
    """No stray whitespace, quotes or YAML leftovers in any value."""
    for s in _walk_strings(gaz):
        assert s == s.strip() and "  " not in s and s, repr(s)
        assert not s.startswith(('"', "[", "{", "-", "#")), repr(s)
        assert not (s[0] == "'" and s[-1] == "'"), repr(s)
        assert "\n" not in s and "\t" not in s, repr(s)


def test_reference_spot_checks(gaz: dict) -> None:
    assert "the central bank" in _org(gaz, "Bank of England")["references"]
    assert "the club" in _org(gaz, "Arsenal")["references"]
    assert "the bank" in _org(gaz, "HSBC")["references"]
    assert "the airline" in _org(gaz, "British Airways")["references"]
    assert "the news agency" in _org(gaz, "Reuters")["references"]
    for o in gaz["organizations"]:
        if o.get("sector") == "party":
            assert "the party" in o.get("references", []), o["name"]


# Identity rules (issue 9): an alias is the same entity under another name (an acronym, a
# short form, a former spelling of the same body), never a parent, owner, successor or
# sponsor; those are entries of their own.


def _entries(gaz: dict) -> list[tuple[str, dict]]:
    return [(sec, e) for sec in ("countries", "places", "organizations") for e in gaz[sec]]


def test_no_alias_names_another_entry(gaz: dict) -> None:
    """An alias spelled like another entry's name would rename that entity into this one."""
    names: dict[str, dict] = {}
    for _, e in _entries(gaz):
        names.setdefault(e["name"], e)
    for _, e in _entries(gaz):
        for alias in e.get("aliases", []):
            other = names.get(alias)
            if other is None or other is e:
                continue
            # Only an acronym two bodies share ("FSB"), flagged on both, is left to context.
            shared = alias.isupper() and e.get("ambiguous") and other.get("ambiguous")
            assert shared, (e["name"], alias)


def test_no_alias_is_a_common_word(gaz: dict) -> None:
    """A common word as an alias ("Election", "Reform") needs the ambiguous flag."""
    common = FUNCTION_WORDS | NEWS_WORDS
    for _, e in _entries(gaz):
        for alias in e.get("aliases", []):
            # As a word is written: "Reform", "reform"; not "US" or "LeT" (acronyms).
            word = alias.lower() in common and alias in (alias.lower(), alias.capitalize())
            assert not word or e.get("ambiguous") is True, (e["name"], alias)
            lower = alias.isalpha() and alias.islower() and alias != e["name"].lower()
            assert not lower, (e["name"], alias)


def test_shared_aliases_are_flagged_across_sections(gaz: dict) -> None:
    """A form two entries claim is resolved by context only: both must say so."""
    owners: dict[str, list[dict]] = {}
    for sec, e in _entries(gaz):
        if sec == "countries":
            continue  # countries against places and organizations: tests above
        for form in {e["name"], *e.get("aliases", [])}:
            owners.setdefault(form, []).append(e)
    for form, es in owners.items():
        if len({e["name"] for e in es}) > 1:
            for e in es:
                assert e.get("ambiguous") is True, (form, [x["name"] for x in es])


def test_club_short_forms_are_not_places(gaz: dict) -> None:
    """ "Milan" is the city; the club is "AC Milan" unless the article's context says so."""
    places = {f for p in gaz["places"] for f in {p["name"], *p.get("aliases", [])}}
    for c in gaz["countries"]:
        places |= {c["name"], *c.get("aliases", []), *_strings_of(c.get("capital"))}
        places |= set(c.get("capital_aliases", []))
    for o in gaz["organizations"]:
        if o.get("sector") == "sport":
            for alias in o.get("aliases", []):
                assert alias not in places, (o["name"], alias)
        for city in o.get("city_forms", []):  # the context rule's forms are those cities
            assert o.get("sector") == "sport" and city in places, (o["name"], city)


def _strings_of(value: object) -> list[str]:
    return [value] if isinstance(value, str) else []


@pytest.mark.parametrize(
    ("form", "entry"),
    [
        ("Fiat", "Fiat"),
        ("Peugeot", "Peugeot"),
        ("Chrysler", "Chrysler"),
        ("Facebook", "Facebook"),
        ("Twitter", "Twitter"),
        ("IAAF", "IAAF"),
        ("RBS", "Royal Bank of Scotland"),
        ("Warner Bros", "Warner Bros."),
        ("Anheuser-Busch", "Anheuser-Busch"),
        ("Statoil", "Statoil"),
        ("Standard & Poor's", "Standard & Poor's"),
        ("Alphabet", "Alphabet"),
        ("HBO", "HBO"),
        ("Soviet Union", "Soviet Union"),
    ],
)
def test_renamed_owned_or_merged_bodies_are_their_own_entries(
    gaz: dict, form: str, entry: str
) -> None:
    owners = [e["name"] for _, e in _entries(gaz) if form in {e["name"], *e.get("aliases", [])}]
    assert owners == [entry]
