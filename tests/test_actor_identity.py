"""Actor identity (issue 9) on text written for these tests: no body renamed into
another, ambiguous names only with context, persons merged only when compatible."""

from __future__ import annotations

from briefing.analyse.actors.gazetteer_cache import load_gazetteer
from briefing.model import Actor
from tests.test_actors import actors, by_name


def names(result: tuple[Actor, ...]) -> set[str]:
    return {a.name for a in result}


def test_renamed_companies_keep_the_name_the_article_uses() -> None:
    text = (
        "Fiat said on Monday it would sell its stake in the venture. Peugeot and Chrysler "
        "declined to comment, while Facebook and Twitter said nothing. The IAAF met."
    )
    found = names(actors(text))
    assert {"Fiat", "Peugeot", "Chrysler", "Facebook", "Twitter", "IAAF"} <= found
    assert not found & {"Stellantis", "Meta", "X Corp", "World Athletics"}


def test_city_is_not_the_club_without_football_context() -> None:
    result = actors("Fiat shares rose in Milan on Monday after the carmaker cut costs.")
    assert by_name(result, "Milan").kind == "place"
    assert "AC Milan" not in names(result)


def test_city_is_the_club_in_a_football_report() -> None:
    text = "Milan beat Juventus 2-1 in Serie A on Sunday, their striker scoring twice."
    result = actors(text)
    assert by_name(result, "AC Milan").kind == "organization"
    assert by_name(result, "Juventus").kind == "organization"
    assert "Milan" not in names(result)


def test_a_city_beside_its_club_named_in_full_is_the_club() -> None:
    text = "Marseille won again. Olympique de Marseille lead the table by four points."
    result = actors(text)
    club = by_name(result, "Olympique de Marseille")
    assert {m.text for m in club.mentions} == {"Marseille", "Olympique de Marseille"}


def test_a_shared_form_goes_to_the_body_of_the_country_named() -> None:
    uk = actors("The UK economy grew. The Treasury said borrowing would fall.")
    assert "HM Treasury" in names(uk) and "US Treasury" not in names(uk)
    us = actors("The United States economy grew. The Treasury said borrowing would fall.")
    assert "US Treasury" in names(us) and "HM Treasury" not in names(us)
    nowhere = actors("The Treasury said borrowing would fall.")
    assert not names(nowhere) & {"HM Treasury", "US Treasury"}


def test_president_bush_is_not_laura_bush() -> None:
    text = (
        "First lady Laura Bush visited a school in Texas on Monday. "
        "President Bush said on Tuesday that the economy was strong."
    )
    result = actors(text)
    laura = by_name(result, "Laura Bush")
    assert "President" not in laura.roles
    assert all(m.text == "Laura Bush" for m in laura.mentions)
    president = [a for a in result if "President" in a.roles]
    assert len(president) == 1 and president[0].name != "Laura Bush"


def test_two_people_sharing_a_surname_stay_two() -> None:
    text = (
        "Senator John Carter and Representative Mary Carter voted against the bill. "
        "Carter said the vote was close. Senator Carter later left."
    )
    result = actors(text)
    john, mary = by_name(result, "John Carter"), by_name(result, "Mary Carter")
    assert {m.text for m in mary.mentions} == {"Mary Carter"}
    # "Senator Carter" is the senator; the bare "Carter" could be either: nobody's.
    lone = [m for m in john.mentions if m.text == "Carter"]
    assert len(lone) == 1 and text[lone[0].start - 8 : lone[0].start] == "Senator "


def test_a_defined_acronym_joins_its_expansion() -> None:
    text = "The Example State University (ESU) opened a campus. ESU said it would hire staff."
    esu = by_name(actors(text), "Example State University")
    assert [m.text for m in esu.mentions].count("ESU") == 2
    assert esu.kind == "organization"


def test_a_name_never_runs_across_a_caption_line() -> None:
    text = (
        "Rescue workers searched the wreck near Marseille\n"
        "Image: Firefighters at the scene on Monday.\n"
        "The crash killed 12 people, officials in Marseille said."
    )
    result = actors(text)
    for a in result:
        for m in a.mentions:
            assert "\n" not in m.text and "Image" not in m.text, a
    assert by_name(result, "Marseille").kind == "place"
    assert "Olympique de Marseille" not in names(result)


def test_an_unknown_hyphenated_name_is_found() -> None:
    text = "Team member Wong Ka-ming said the boat capsized. Wong Ka-ming had trained for years."
    person = by_name(actors(text), "Wong Ka-ming")
    assert person.kind == "person" and len(person.mentions) == 2


def test_compounds_are_still_not_names() -> None:
    text = "The London-based firm hired an Oscar-winning actor for the anti-war film."
    assert not any("-" in a.name for a in actors(text))


def test_a_given_name_repeated_joins_the_one_person() -> None:
    text = (
        "Prime Minister Banharn Silpa-archa spoke on Monday. Banharn told reporters he would stay."
    )
    person = by_name(actors(text), "Banharn Silpa-archa")
    assert {m.text for m in person.mentions} == {"Banharn Silpa-archa", "Banharn"}


def test_titles_of_works_genres_and_job_words_are_not_actors() -> None:
    text = "Fans of The Lord of the Rings queued for hours. The DJ played R&B all night."
    found = names(actors(text))
    assert not found & {"Rings", "DJ", "R&B"}


def test_confidence_is_between_zero_and_one_and_known_names_score_higher() -> None:
    text = "NATO met in Brussels. Zorblat Quenvik said the talks went well."
    result = actors(text, load_gazetteer())
    for a in result:
        assert 0.0 <= a.confidence <= 1.0
    assert by_name(result, "NATO").confidence > by_name(result, "Zorblat Quenvik").confidence


def test_display_name_is_the_fullest_form_the_article_uses() -> None:
    text = (
        "Britain's exports fell in May, figures showed. The Tories blamed the Lib Dems, "
        "and Tory MPs said Britain needed lower taxes. Labour disagreed."
    )
    result = actors(text)
    uk = by_name(result, "Britain")
    assert uk.id == "united-kingdom" and uk.aliases[0] == "United Kingdom"
    tories = by_name(result, "Tories")  # the fullest form, not the adjective "Tory"
    assert tories.id == "conservative-party" and "Conservative Party" in tories.aliases
    assert by_name(result, "Lib Dems").aliases[0] == "Liberal Democrats"
    # A short form of the canonical name keeps the canonical name.
    assert by_name(result, "Labour Party").aliases == ("Labour",)
    assert not names(result) & {"United Kingdom", "Conservative Party", "Liberal Democrats"}


def test_canonical_name_is_kept_when_the_article_uses_it() -> None:
    result = actors("The United Kingdom and Britain's allies met. Britain said little.")
    uk = by_name(result, "United Kingdom")
    assert "Britain" in uk.aliases and "United Kingdom" not in uk.aliases


def test_a_city_describing_a_band_is_the_city_beside_the_club() -> None:
    text = (
        "The Leicester band grew up in Leicester and rehearsed near Leicester City "
        "football club. The Leicester striker was a fan."
    )
    result = actors(text)
    city = by_name(result, "Leicester")
    club = by_name(result, "Leicester City")
    assert city.kind == "place" and len(city.mentions) == 2
    assert [m.text for m in club.mentions] == ["Leicester City", "Leicester"]


def test_a_party_name_before_an_office_is_a_portfolio() -> None:
    result = actors("Labor Secretary Elaine Chao called the mine disaster a tragedy.")
    assert "Australian Labor Party" not in names(result)
    assert by_name(result, "Elaine Chao").kind == "person"
    labor = actors("The Australian Labor Party met in Sydney. Labor won the vote.")
    assert len(by_name(labor, "Australian Labor Party").mentions) == 2


def test_a_party_adjective_is_the_party_not_a_person() -> None:
    text = (
        "Liberal Democrat spokeswoman Sandra Gidley said the plan was flawed. "
        "Former Liberal Democrat MP Jackie Ballard agreed."
    )
    result = actors(text)
    party = by_name(result, "Liberal Democrats")
    assert party.kind == "organization" and {m.reason for m in party.mentions} == {"demonym"}
    assert not [a for a in result if a.kind == "person" and "Liberal" in a.name]


def test_photo_credit_lines_name_no_actor() -> None:
    text = (
        "Wear a jacket, said Anna Smith of the magazine.\n\nPhotos: Getty Images\n\n"
        "Image Credit: Reuters\n\nReuters reported the sale on Monday."
    )
    result = actors(text)
    assert "Getty Images" not in names(result)
    assert [m.start for m in by_name(result, "Reuters").mentions] == [text.rindex("Reuters")]


def test_one_title_written_several_ways_is_one_office() -> None:
    found = actors(
        "Republican Sen. Ana Quillfeather spoke first. Sen. Quillfeather agreed, and "
        "Senator Quillfeather left early."
    )
    assert [(a.name, len(a.mentions)) for a in found if a.kind == "person"] == [
        ("Ana Quillfeather", 3)
    ]


def test_a_plural_title_before_a_list_of_names_is_no_name() -> None:
    found = actors("The bill passed, with Republican Sens. Ana Quillfeather and Tom Brisk.")
    names = {a.name: a for a in found}
    assert "Republican Sens" not in names
    assert names["Ana Quillfeather"].roles == ("Republican Sen.",)


def test_a_party_and_state_tag_is_no_actor() -> None:
    found = actors("Rep. Ana Quillfeather, D-North Carolina, chair of the caucus, spoke.")
    assert [a.name for a in found if a.kind == "person"] == ["Ana Quillfeather"]
