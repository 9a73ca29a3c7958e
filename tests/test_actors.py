"""Actor extraction on the seed article and on text written for these tests."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analyse.actors import gazetteer as gazetteer_module
from briefing.analyse.actors import gazetteer_cache
from briefing.analyse.actors.extract import extract_actors
from briefing.analyse.actors.gazetteer import build_gazetteer
from briefing.analyse.actors.gazetteer_cache import load_gazetteer
from briefing.config import ActorSpec
from briefing.model import Actor, Sentence

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_bcd797a559c6a1d3.txt"


def sentences_of(text: str) -> tuple[Sentence, ...]:
    """Naive sentences: split lines, then after ". " — enough for test text."""
    out = []
    pos = 0
    for para, line in enumerate(text.split("\n")):
        start = pos
        for m in re.finditer(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", line):
            out.append(Sentence(start, pos + m.start(), para))
            start = pos + m.end()
        if line:
            out.append(Sentence(start, pos + len(line), para))
        pos += len(line) + 1
    return tuple(out)


REASONS = {"name", "alias", "acronym", "surname", "title", "capital", "demonym", "reference"}


def actors(text: str, gaz=None) -> tuple[Actor, ...]:
    result = extract_actors(text, sentences_of(text), gaz or load_gazetteer())
    for actor in result:
        for m in actor.mentions:
            assert text[m.start : m.end] == m.text, (actor.name, m)
            assert m.reason in REASONS, m
    return result


def kinds(text: str) -> dict[str, str]:
    """Actor name -> kind of the actors found in ``text``."""
    return {a.name: a.kind for a in actors(text)}


def by_name(result: tuple[Actor, ...], name: str) -> Actor:
    found = [a for a in result if a.name == name]
    assert len(found) == 1, (name, [a.name for a in result])
    return found[0]


def reasons(actor: Actor) -> dict[str, str]:
    return {m.text: m.reason for m in actor.mentions}


def seed_text(with_header: bool) -> str:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    return "\n".join(lines[1:] if with_header else lines[3:])


@pytest.mark.parametrize("with_header", [False, True])
def test_seed_actors(with_header: bool) -> None:
    text = seed_text(with_header)
    result = actors(text)
    names = [a.name for a in result]
    for name in ("NATO", "China", "Russia", "Ukraine", "North Korea", "Iran"):
        assert names.count(name) == 1, (name, names)
    stoltenberg = by_name(result, "Jens Stoltenberg")
    assert stoltenberg.kind == "person" and "Secretary-General" in stoltenberg.roles
    biden = by_name(result, "Joe Biden")
    assert biden.kind == "person" and "President" in biden.roles
    embassy = [a for a in result if "embassy" in a.name.lower()]
    assert len(embassy) == 1 and embassy[0].kind == "organization"
    assert any(
        m.text.lower() == "the embassy" and m.reason == "reference" for m in embassy[0].mentions
    )
    junk = {"In", "The", "During", "Responding", "Collaborative", "This", "Cyber", "Responding to"}
    assert not junk & set(names)
    china = by_name(result, "China")
    assert reasons(china)["Beijing"] == "capital"
    nato = by_name(result, "NATO")
    assert reasons(nato)["The alliance"] == "reference"
    stolt_at = text.index("NATO Secretary-General")
    assert any(m.start == stolt_at for m in nato.mentions)
    # "summit in Washington" is a place, never the United States.
    assert "United States" not in names
    # ranked by salience; ids are unique slugs
    assert result[0].name in ("China", "NATO")
    assert [a.salience for a in result] == sorted((a.salience for a in result), reverse=True)
    ids = [a.id for a in result]
    assert len(set(ids)) == len(ids)
    assert stoltenberg.id == "jens-stoltenberg"


def test_alliance_needs_nato_named() -> None:
    result = actors("The alliance met in Brussels on Monday. Its members disagreed.")
    assert all(m.reason != "reference" for a in result for m in a.mentions)


def test_titles_and_surnames_join_the_full_name() -> None:
    text = (
        "Tory leader Michael Howard attacked the plan. Patricia Hewitt, the trade secretary, "
        "defended it.\nMr Howard said the scheme was flawed. Ms Hewitt disagreed, and Howard "
        "walked out."
    )
    result = actors(text)
    howard = by_name(result, "Michael Howard")
    assert "Tory leader" in howard.roles
    assert [m.reason for m in howard.mentions] == ["name", "title", "surname"]
    hewitt = by_name(result, "Patricia Hewitt")
    assert [m.reason for m in hewitt.mentions] == ["name", "title"]
    assert not [a for a in result if a.name in ("Howard", "Hewitt", "Mr Howard")]


def test_shared_surname_is_not_merged() -> None:
    text = (
        "Gordon Brown presented the budget. Brown said growth would pick up.\n"
        "Nick Brown, the farming minister, backed him. Later Brown told reporters he was pleased."
    )
    result = actors(text)
    gordon = by_name(result, "Gordon Brown")
    nick = by_name(result, "Nick Brown")
    lone = text.rindex("Brown told")
    assert [m.reason for m in gordon.mentions] == ["name", "surname"]
    assert all(m.start != lone for a in result for m in a.mentions)
    assert len(nick.mentions) == 1
    assert not [a for a in result if a.name == "Brown"]


def test_demonyms_count_for_the_country_unless_part_of_a_name() -> None:
    text = (
        "Chinese officials met French diplomats in Paris. "
        "The Chinese embassy in London later issued a statement."
    )
    result = actors(text)
    china = by_name(result, "China")
    assert [(m.text, m.reason) for m in china.mentions] == [("Chinese", "demonym")]
    assert by_name(result, "France").mentions[0].reason == "demonym"
    embassy = [a for a in result if a.kind == "organization" and "embassy" in a.name]
    assert len(embassy) == 1 and embassy[0].mentions[0].text.startswith("Chinese embassy")


def test_capital_acting_as_government_joins_the_country() -> None:
    text = (
        "Leaders gathered for a summit in Washington. Later Washington said it would "
        "respond, and Moscow's reply was swift."
    )
    result = actors(text)
    place = by_name(result, "Washington")
    assert place.kind == "place" and len(place.mentions) == 1
    usa = [
        a
        for a in result
        if a.kind == "country"
        and any(m.text == "Washington" and m.reason == "capital" for m in a.mentions)
    ]
    assert len(usa) == 1
    russia = by_name(result, "Russia")
    assert reasons(russia)["Moscow"] == "capital"


def test_all_caps_lines_give_no_garbage() -> None:
    text = (
        "TENNIS - HARTLEY WINS OPENING MATCH IN PARIS AFTER LONG DELAY .\n"
        "PARIS 2024-05-27\n"
        "Thomas Hartley of Australia beat the top seed in Paris on Monday.\n"
        "Hartley said he was delighted."
    )
    result = actors(text)
    names = {a.name for a in result}
    assert names <= {"Thomas Hartley", "Paris", "Australia"}, names
    hartley = by_name(result, "Thomas Hartley")
    assert "HARTLEY" in {m.text for m in hartley.mentions}
    assert {"PARIS", "Paris"} <= {m.text for m in by_name(result, "Paris").mentions}


def test_acronym_joins_its_organization() -> None:
    text = (
        "The Federation of Widget Makers (FWM) criticised the plan. "
        "A FWM spokesman said members were worried."
    )
    result = actors(text)
    org = by_name(result, "Federation of Widget Makers")
    assert org.kind == "organization"
    assert [m.reason for m in org.mentions] == ["name", "acronym", "acronym"]


def test_results_lines_are_teams() -> None:
    text = "Soccer results on Saturday:\nHamburg 1 Bochum 3\nArsenal 2 Chelsea 2"
    result = actors(text)
    for name in ("Hamburg", "Bochum", "Arsenal", "Chelsea"):
        assert by_name(result, name).kind == "organization"


def test_config_extras_add_and_override() -> None:
    gaz = load_gazetteer(
        (
            ActorSpec("Acme Widgets", "organization", ("Acme",), ()),
            ActorSpec("North Atlantic Alliance", "group", ("NATO",), ()),
        )
    )
    result = actors("Acme said NATO would buy widgets. Acme Widgets shares rose.", gaz)
    acme = by_name(result, "Acme Widgets")
    assert [m.reason for m in acme.mentions] == ["alias", "name"]
    alliance = by_name(result, "North Atlantic Alliance")
    assert alliance.kind == "group" and alliance.mentions[0].text == "NATO"
    assert load_gazetteer().lookup("NATO").name == "NATO"  # the cached built-in is untouched


def test_small_built_gazetteer() -> None:
    gaz = build_gazetteer(
        {
            "countries": [
                {"name": "Freedonia", "capital": "Fredville", "demonyms": ["Freedonian"]}
            ],
            "organizations": [
                {
                    "name": "Widget Union",
                    "aliases": ["WU"],
                    "references": ["the union"],
                    "kind": "organization",
                }
            ],
            "titles": {"honorifics": ["Mr"], "government": ["President"]},
            "given_names": ["Rufus"],
        }
    )
    text = (
        "President Rufus Firefly of Freedonia addressed the Widget Union. The union "
        "applauded. Fredville's envoy agreed, and Mr Firefly smiled at Freedonian crowds."
    )
    result = actors(text, gaz)
    firefly = by_name(result, "Rufus Firefly")
    assert firefly.roles == ("President",)
    assert [m.reason for m in firefly.mentions] == ["name", "title"]
    assert [m.reason for m in by_name(result, "Freedonia").mentions] == [
        "name",
        "capital",
        "demonym",
    ]
    assert [m.reason for m in by_name(result, "Widget Union").mentions] == ["name", "reference"]


def test_empty_and_lowercase_text() -> None:
    assert actors("") == ()
    assert actors("nothing here is capitalised at all.") == ()


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Mr",
                "Howard",
                "NATO",
                "the",
                "alliance",
                "China's",
                "Chinese",
                "embassy",
                "in",
                "Washington",
                "said",
                "U.S.",
                "Dr.",
                "J.",
                "Smith",
                "of",
                "Bank",
                "England",
                "2",
                "v",
                "\n",
                ".",
                ",",
                "(",
                "FWM",
                ")",
                "ALL",
                "CAPS",
                "Jean-Luc",
                "O'Brien",
                "van",
                "Berg",
                "Metropolitan",
                "Police",
                "police",
                "beat",
                "Hamburg",
                "52nd",
                "LONDON",
                "2024-05-27",
                "US$",
                "Open",
                "Tory",
                "leader",
                "Brown",
                "Gordon",
                "Nick",
            ]
        ),
        max_size=40,
    )
)
def test_offsets_always_index_the_text(words: list[str]) -> None:
    text = " ".join(words)
    result = actors(text)  # asserts text[m.start:m.end] == m.text
    for actor in result:
        assert actor.kind in ("person", "organization", "country", "place", "group")
        assert actor.mentions and actor.salience > 0
    spans = sorted((m.start, m.end) for a in result for m in a.mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), spans


def test_roles_before_names_and_people_of_organizations() -> None:
    text = (
        "US Treasury Secretary John Snow spoke on Monday. Canadian Daniel Nestor won, "
        "and Jeremy Philpott of the UK Patent Office said the rules were clear."
    )
    result = actors(text)
    snow = by_name(result, "John Snow")
    assert snow.roles == ("Treasury Secretary",)
    assert by_name(result, "Daniel Nestor").kind == "person"
    assert reasons(by_name(result, "Canada"))["Canadian"] == "demonym"
    assert by_name(result, "Jeremy Philpott").kind == "person"
    assert by_name(result, "UK Patent Office").kind == "organization"


def test_firm_named_by_its_first_word_and_legal_form() -> None:
    text = (
        "Shares in Cairn Energy jumped after Cairn said its field was larger. Cairn shares rose 6%."
    )
    result = actors(text)
    cairn = by_name(result, "Cairn Energy")
    assert [m.reason for m in cairn.mentions] == ["name", "alias", "alias"]
    assert not [a for a in result if a.name == "Cairn"]


def test_events_currencies_and_adjectives_are_not_actors() -> None:
    text = (
        "The US Open starts on Monday. Profits rose to US$ 300 million. "
        "The London-based firm, Oscar-winning director Ang Lee said, was sold."
    )
    names = {a.name for a in actors(text)}
    assert "United States" not in names
    assert "London" not in names and "Oscar-winning" not in names
    assert "Ang Lee" in names


def test_cities_acting_as_teams() -> None:
    text = (
        "Hamburg beat Bremen 2-1 on Saturday in Hamburg's stadium. "
        "Striker Enzo Scifo (Lille) scored twice against Nantes.\n"
        "SEATTLE AT BOSTON"
    )
    result = actors(text)
    teams = {a.name for a in result if a.kind == "organization"}
    assert {"Bremen", "Lille", "Nantes", "SEATTLE"} <= teams, teams
    assert by_name(result, "Boston").kind == "place"  # the hosts: "at Boston"
    hamburg = [a for a in result if a.name == "Hamburg"]
    assert hamburg and hamburg[0].kind == "organization"


def test_datelines_name_places() -> None:
    text = (
        "Widget maker says sales will rise .\nMONTGOMERY , Ala .\n2024-05-27\n"
        "Officials said the plant would open.\nSEOUL, South Korea (Reuters) - Prices fell."
    )
    result = actors(text)
    places = {m.text: a.kind for a in result for m in a.mentions}
    assert places.get("MONTGOMERY") == "place" and places.get("Ala") == "place"
    assert places.get("SEOUL") == "place" and places.get("South Korea") == "country"
    assert "Officials" not in places


def test_a_lone_title_names_the_one_person_holding_it() -> None:
    text = (
        "President Joe Biden met NATO Secretary-General Jens Stoltenberg. "
        "The President said the talks went well, and the Secretary-General agreed. "
        "A President of France was not there."
    )
    result = actors(text)
    biden = by_name(result, "Joe Biden")
    assert ("President", "title") in [(m.text, m.reason) for m in biden.mentions]
    assert len([m for m in biden.mentions if m.text == "President"]) == 1  # not "A President"
    stoltenberg = by_name(result, "Jens Stoltenberg")
    assert ("Secretary-General", "title") in [(m.text, m.reason) for m in stoltenberg.mentions]


def test_titled_surname_joins_the_full_name_given_later() -> None:
    text = (
        "President Bush spoke on Monday. George W. Bush later said Bush would not back "
        "down. Mr Bush left."
    )
    result = actors(text)
    bush = by_name(result, "George W. Bush")
    assert len(bush.mentions) == 4 and "President" in bush.roles
    assert len([a for a in result if a.kind == "person"]) == 1


def test_config_person_with_role_and_surname() -> None:
    gaz = load_gazetteer((ActorSpec("Jens Stoltenberg", "person", (), ("Secretary-General",)),))
    result = actors("Jens Stoltenberg spoke. Stoltenberg said NATO would act.", gaz)
    person = by_name(result, "Jens Stoltenberg")
    assert person.roles == ("Secretary-General",)
    assert [m.reason for m in person.mentions] == ["name", "surname"]


def test_a_name_before_a_title_and_a_person_is_an_organization() -> None:
    text = (
        "Grimsdale chief executive Arun Sarin said profits rose. "
        "Later Liberal Democrat leader Charles Kennedy agreed."
    )
    result = actors(text)
    assert by_name(result, "Grimsdale").kind == "organization"
    assert "chief executive" in by_name(result, "Arun Sarin").roles
    assert by_name(result, "Charles Kennedy").kind == "person"
    assert not [a for a in result if a.kind == "person" and a.name == "Liberal Democrat"]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An empty cache dir and no gazetteer compiled in memory; cleared again afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _forget()
    yield tmp_path / "briefing"
    _forget()


def _forget() -> None:
    gazetteer_cache._default.cache_clear()
    gazetteer_cache._cached.cache_clear()


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args, **kwargs):
        raise AssertionError("the YAML was parsed")

    monkeypatch.setattr(yaml, "load", boom)


def test_gazetteer_cache_created_and_reused(fresh_cache: Path, monkeypatch) -> None:
    fresh_cache.mkdir(parents=True)
    stale = fresh_cache / "gazetteer-0123456789abcdef01234567.pickle"
    stale.write_bytes(b"a cache of an older gazetteer")
    first = load_gazetteer()
    assert len(list(fresh_cache.glob("gazetteer-*.pickle"))) == 1
    assert not stale.exists()  # replaced caches are removed
    _forget()
    _no_yaml(monkeypatch)
    second = load_gazetteer()
    assert second == first and second is not first
    assert second.lookup("NATO").name == "NATO"


def test_gazetteer_cache_corrupted_falls_back_and_rewrites(fresh_cache: Path, monkeypatch) -> None:
    good = load_gazetteer()
    path = next(fresh_cache.glob("gazetteer-*.pickle"))
    for junk in (b"not a pickle", pickle.dumps(("briefing-gazetteer", -1, None)), b""):
        path.write_bytes(junk)
        _forget()
        assert load_gazetteer() == good
        assert gazetteer_cache._read_cache(path) == good  # rewritten
    _forget()
    _no_yaml(monkeypatch)
    assert load_gazetteer() == good


def test_gazetteer_cache_unwritable_dir_still_loads(fresh_cache: Path) -> None:
    fresh_cache.parent.mkdir(parents=True, exist_ok=True)
    fresh_cache.write_text("a file where the cache directory should be")
    gaz = load_gazetteer()
    assert gaz.lookup("NATO").name == "NATO"
    assert fresh_cache.is_file()
    assert not list(fresh_cache.parent.glob("**/*.tmp"))


def test_gazetteer_cache_permission_denied_still_loads(fresh_cache: Path, monkeypatch) -> None:
    def denied(*args, **kwargs):
        raise PermissionError("read-only file system")

    monkeypatch.setattr(gazetteer_cache.os, "replace", denied)  # as on a read-only mount
    assert load_gazetteer().lookup("NATO").name == "NATO"
    assert not list(fresh_cache.glob("*"))  # no cache and no temporary file left behind


def test_gazetteer_cache_extras_override_builtin(fresh_cache: Path, monkeypatch) -> None:
    extra = (
        ActorSpec("North Atlantic Alliance", "group", ("NATO",), ("Chief Widgeteer",)),
        ActorSpec("Acme Widgets", "organization", ("Acme",), ()),
    )
    built = build_gazetteer(gazetteer_cache._parse(gazetteer_cache._yaml_bytes()), extra)
    load_gazetteer()  # writes the cache
    _forget()
    _no_yaml(monkeypatch)
    gaz = load_gazetteer(extra)
    assert gaz == built  # extras on the cached default == extras built in from the YAML
    assert gaz.lookup("NATO").name == "North Atlantic Alliance"
    assert gaz.lookup("North Atlantic Treaty Organization") is None  # the built-in is gone
    assert gaz.titles["Chief Widgeteer"] == "extra"
    assert load_gazetteer().lookup("NATO").name == "NATO"  # the cached default is untouched
    assert "Chief Widgeteer" not in load_gazetteer().titles


@pytest.fixture(scope="module")
def packaged() -> tuple[dict, gazetteer_module.Gazetteer]:
    """The packaged YAML, parsed, and the gazetteer built from it with no extras."""
    data = gazetteer_cache._parse(gazetteer_cache._yaml_bytes())
    return data, build_gazetteer(data)


def _same(extended: gazetteer_module.Gazetteer, built: gazetteer_module.Gazetteer) -> None:
    assert extended == built
    # Entries and titles keep the order of a full build, too.
    assert list(extended.entries.items()) == list(built.entries.items())
    assert list(extended.titles.items()) == list(built.titles.items())


EXTRA_SETS = {
    "none": (),
    "aliases for a built-in (the repo config)": (
        ActorSpec("NATO", "organization", ("the alliance", "NATO allies"), ()),
    ),
    "override by an alias, with a new title": (
        ActorSpec("North Atlantic Alliance", "group", ("NATO",), ("Chief Widgeteer",)),
    ),
    "override a country that has a capital": (
        ActorSpec("China", "organization", ("PRC", "Middle Kingdom Inc"), ()),
    ),
    "person with known and new roles": (
        ActorSpec(
            "Jens Stoltenberg",
            "person",
            ("Stoltenberg",),
            ("Prime Minister", "Alliance Chief Clerk", "Alliance Chief Clerk"),
        ),
    ),
    "later extra replaces an earlier one": (
        ActorSpec("Acme Widgets", "organization", ("Acme", "Acme Widgets Group"), ()),
        ActorSpec("Acme Holdings", "organization", ("Acme",), ("Acme Boss",)),
    ),
    "apostrophes, typed and typographic": (
        ActorSpec("Harbour People's Bank", "organization", ("People's Bank of China",), ()),
        ActorSpec("Quai d’Orsay Trust", "organization", ("Côte d'Ivoire",), ()),
    ),
    "upper case, lower case and non-ASCII forms": (
        ActorSpec("ǅemal Ünal Foundation", "organization", ("ıstanbul Widget Trust", "UN"), ()),
        ActorSpec("the european union", "group", ("EUROPEAN UNION", "Europe"), ()),
    ),
}


@pytest.mark.parametrize("label", list(EXTRA_SETS))
def test_extend_equals_build(packaged, label: str) -> None:
    data, base = packaged
    extra = EXTRA_SETS[label]
    _same(gazetteer_module.extend_gazetteer(base, extra), build_gazetteer(data, extra))
    assert base == build_gazetteer(data)  # extending never changes the base


@settings(max_examples=25, deadline=None)
@given(st.data())
def test_extend_equals_build_for_random_extras(packaged, data: st.DataObject) -> None:
    yaml_data, base = packaged
    made_up = st.lists(
        st.sampled_from(["Acme", "the", "North", "NORTH", "Ünal", "ıs", "Co", "X"]),
        min_size=1,
        max_size=9,
    ).map(" ".join)
    form = st.one_of(
        st.sampled_from(sorted(base.entries)), st.sampled_from(sorted(base.titles)), made_up
    )
    kind = st.sampled_from(["person", "organization", "group", "country", "place"])
    spec = st.builds(
        ActorSpec,
        form,
        kind,
        st.lists(form, max_size=3).map(tuple),
        st.lists(form, max_size=2).map(tuple),
    )
    extra = tuple(data.draw(st.lists(spec, max_size=4)))
    _same(gazetteer_module.extend_gazetteer(base, extra), build_gazetteer(yaml_data, extra))


def test_cached_entries_are_entries(fresh_cache: Path, monkeypatch) -> None:
    load_gazetteer()
    _forget()
    _no_yaml(monkeypatch)
    entry = load_gazetteer().lookup("Beijing")
    assert type(entry) is gazetteer_module.Entry
    assert (entry.name, entry.kind, entry.capital_of) == ("Beijing", "place", "China")


def test_extended_gazetteer_cached_by_extras(fresh_cache: Path, monkeypatch) -> None:
    alliance = (ActorSpec("NATO", "organization", ("the alliance", "NATO allies"), ()),)
    acme = (ActorSpec("Acme Widgets", "organization", ("Acme",), ("Widget Tsar",)),)
    first = load_gazetteer(alliance)
    assert first.lookup("the alliance").name == "NATO"
    assert len(list(fresh_cache.glob("gazetteer-*+*.pickle"))) == 1
    _forget()
    _no_yaml(monkeypatch)

    def no_extend(*args, **kwargs):
        raise AssertionError("the extras were applied again")

    extend = gazetteer_module.extend_gazetteer
    monkeypatch.setattr(gazetteer_module, "extend_gazetteer", no_extend)
    again = load_gazetteer(alliance)
    assert again == first and again is not first
    with pytest.raises(AssertionError, match="applied again"):
        load_gazetteer(acme)  # other extras: not taken from the cache of the first ones
    monkeypatch.setattr(gazetteer_module, "extend_gazetteer", extend)
    other = load_gazetteer(acme)  # the default comes from its cache: still no YAML
    assert other.lookup("Acme").name == "Acme Widgets" and "Widget Tsar" in other.titles
    assert other.lookup("the alliance") is None
    assert len(list(fresh_cache.glob("gazetteer-*+*.pickle"))) == 2


def test_extended_caches_are_bounded(fresh_cache: Path) -> None:
    for i in range(gazetteer_cache._KEEP_EXTENDED + 3):
        load_gazetteer((ActorSpec(f"Widget Works {i}", "organization", (), ()),))
    names = [p.name for p in fresh_cache.glob("gazetteer-*.pickle")]
    assert len([n for n in names if "+" in n]) == gazetteer_cache._KEEP_EXTENDED
    assert len([n for n in names if "+" not in n]) == 1  # the default stays
