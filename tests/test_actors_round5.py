"""Round-5 actor rules on held-out news shapes: saints and popes with a regnal number,
a firm's or brand's product, imperative how-to headings; on text written for these tests
(names are the packaged gazetteer's or made up)."""

from __future__ import annotations

from tests.test_actors import actors, by_name, kinds


def test_a_saint_with_a_regnal_number_is_a_person() -> None:
    got = kinds("Rain fell in Orvano, where St. Anselm Cato IV stood up to the Grand Council.")
    assert got.get("Anselm Cato IV") == "person", got
    assert not any(name.startswith("St.") for name in got), got
    assert kinds("Crowds hailed Saint Pius X and St. Gregory XIII.") == {
        "Pius X": "person",
        "Gregory XIII": "person",
    }


def test_a_saints_place_without_a_number_stays_a_place() -> None:
    assert kinds("The ferry docked at St. Oswin Bay on Monday.").get("St. Oswin Bay") == "place"


def test_a_regnal_name_joins_its_name_without_the_number() -> None:
    result = actors(
        "Years ago John Paul II used the word. Francis quoted John Paul's letter. "
        "The letter of John Paul was read aloud."
    )
    person = by_name(result, "John Paul II")
    assert [m.text for m in person.mentions] == ["John Paul II", "John Paul", "John Paul"]
    assert "John Paul" not in {a.name for a in result}


def test_pope_emeritus_is_a_title_not_a_name() -> None:
    result = actors("Pope Emeritus Benedict XVI wrote to Pope Francis. The Pope replied.")
    benedict = by_name(result, "Benedict XVI")
    assert "Pope Emeritus" in benedict.roles
    francis = by_name(result, "Francis")
    assert len(francis.mentions) == 2  # "the Pope" is the reigning one


def test_a_word_and_a_software_noun_is_a_product_and_its_brand_has_more() -> None:
    got = kinds(
        "Rain fell. Kestrel Foods offers Maribel Code and Maribel Opus, both inside Maribel "
        "Desktop. Teams also use Tolvane Plugins. Maribel wrote the plan."
    )
    assert got == {"Kestrel Foods": "organization"}, got


def test_a_no_break_space_inside_a_product_name() -> None:
    got = kinds("Rain fell. Kestrel Foods sells Maribel\u00a0Code to banks.")
    assert got == {"Kestrel Foods": "organization"}


def test_a_given_name_and_a_product_word_stays_a_person() -> None:
    got = kinds("Golfer Maribel Player met Claude Monet's heirs in Dunmore.")
    assert got.get("Maribel Player") == "person", got


def test_an_imperative_opening_a_sentence_names_nobody() -> None:
    text = (
        "Shoppers check a site first.\n\n3. Strengthen Trust Badges\n\n"
        "Display Trust Badges such as Better Business Bureau seals. Improve Site Speed now."
    )
    assert kinds(text) == {"Better Business Bureau": "organization"}


def test_a_name_after_an_imperative_is_kept() -> None:
    got = kinds("Rain fell. Ask Maribel Tolvane about it. Visit Paris before May.")
    assert got.get("Maribel Tolvane") == "person", got
    assert got.get("Paris") in ("place", "capital"), got
    follow = kinds("Rain fell. Follow Tolvane Marsk for news about the storm as it goes.")
    assert follow == {"Tolvane Marsk": "person"}, follow
    story = kinds("Kestrel spoke on Monday. Watch Kestrel explain the plan. Kestrel left.")
    assert "Watch Kestrel" not in story, story


def test_a_run_written_mid_sentence_elsewhere_is_a_name() -> None:
    got = kinds("Spam rose, according to Build Systems analysis. Build Systems said spam doubled.")
    assert "Build Systems" in got, got


def test_a_kin_noun_after_a_possessive_makes_a_person() -> None:
    got = kinds("Police met on Monday. Marsk's wife was questioned and Marsk was charged.")
    assert got == {"Marsk": "person"}, got
    assert kinds("Police met on Monday. Marsk, who sells boats, was charged.") == {}


def test_spellings_of_one_given_name_are_one_person_for_the_surname() -> None:
    result = actors(
        "Police named Marc Tolvane on Monday. Later Mark Tolvane was charged. Tolvane denied it."
    )
    assert [m.text for m in by_name(result, "Marc Tolvane").mentions] == [
        "Marc Tolvane",
        "Tolvane",
    ]
    two = actors("Police named Loretta Tolvane and Lorenzo Tolvane. Tolvane denied it.")
    assert {a.name: len(a.mentions) for a in two} == {"Loretta Tolvane": 1, "Lorenzo Tolvane": 1}


def test_a_misread_name_with_an_ordinary_first_word_gives_way() -> None:
    result = actors(
        "Posters said Vote Tolvane in the town. People vote today. Anna Tolvane spoke. "
        "Tolvane said she would win."
    )
    assert len(by_name(result, "Anna Tolvane").mentions) == 2


def test_an_area_noun_or_a_distance_of_makes_a_place() -> None:
    assert kinds("Troops massed in the Volnek area on Sunday.") == {"Volnek": "place"}
    assert kinds("Rebels came within 10 km of Volnek on Sunday.") == {"Volnek": "place"}
    assert kinds("A storm hit six miles northwest of Volnek late on Friday.") == {"Volnek": "place"}
    assert kinds("Gunmen robbed two residents of Volnek on Sunday.") == {"Volnek": "place"}


def test_unknown_words_ending_in_an_abstract_noun_are_no_person() -> None:
    assert kinds("Rain fell. He took Tolvane Supplement before bed.") == {}
    assert kinds("Rain fell. He went to Dunmore Induction on Monday.") == {}
    assert kinds("Rain fell. He met Tolvane Marsk on Monday.") == {"Tolvane Marsk": "person"}


def test_a_name_in_the_other_spelling_is_the_same_entry() -> None:
    result = actors("Rain fell. The International Labour Organisation said so. The ILO agreed.")
    assert [a.name for a in result] == ["ILO"], [a.name for a in result]
    (plo,) = actors("Talks with the Palestine Liberation Organisation resumed.")
    assert plo.kind == "organization" and plo.aliases[0] == "PLO", plo


def test_spellings_mix_every_variant_word() -> None:
    from briefing.analyse.actors.gazetteer import spellings

    got = spellings(["Zorbo Organization for Co-operation", "Kestrel"])
    assert set(got) == {
        "Zorbo Organisation for Co-operation",
        "Zorbo Organization for Cooperation",
        "Zorbo Organisation for Cooperation",
    }


def test_a_known_organization_before_a_place_is_its_branch_or_namesake() -> None:
    got = kinds("Rain fell. Sales at Toyota Australia rose, BBC Scotland said.")
    assert got == {"Toyota Australia": "organization", "BBC Scotland": "organization"}, got
    apart = kinds("Rain fell. Toyota in Scotland said profits rose.")
    assert set(apart) == {"Toyota", "Scotland"}, apart


def test_a_pronoun_contraction_is_no_name() -> None:
    text = (
        "It rained. \u2018But I\u2019ve said so,\u2019 Tolvane Marsk said. But I'm Jewish, he said."
    )
    assert kinds(text) == {"Tolvane Marsk": "person"}


def test_a_people_noun_opening_a_sentence_is_no_part_of_the_name() -> None:
    result = actors("It rained. Resident Tolvane Marsk said so. Later Tolvane Marsk left.")
    assert [a.name for a in result] == ["Tolvane Marsk"], [a.name for a in result]
    assert len(result[0].mentions) == 2


def test_a_longer_product_name_and_product_line_words() -> None:
    assert kinds("Rain fell. Fans bought Zorbo DualPad Controller and Tolvane Lite.") == {}
    assert kinds("Rain fell. Shoppers pay with Kestrel Credit Card today.") == {}


def test_roman_catholic_is_the_church_not_a_person() -> None:
    got = kinds("Rain fell. The Roman Catholic missionary said Roman Catholics pray.")
    assert got == {"Catholic Church": "organization"}, got


def test_a_name_after_a_monarch_with_more_words_is_a_body() -> None:
    got = kinds("Rain fell. Fans of Willem II Tolvane cheered at the Edward VII Hospital.")
    assert got == {"Willem II Tolvane": "organization", "Edward VII Hospital": "organization"}
    both = kinds("Rain fell. A treaty joined Charles VI and France in 1714.")
    assert both.get("Charles VI") == "person" and both.get("France") == "country", both


def test_a_persons_name_before_an_airport_or_hospital_names_the_place() -> None:
    got = kinds("Rain fell. He landed at Maribel Tolvane airport and saw the Ivan Marsk clinic.")
    assert got == {"Maribel Tolvane": "place", "Ivan Marsk": "organization"}, got
    village = kinds("Rain fell. Troops shelled the village of Maribel Tolvane on Sunday.")
    assert village == {"Maribel Tolvane": "place"}, village


def test_tech_abbreviations_and_currency_codes_are_no_organizations() -> None:
    text = "Rain fell. The API runs on a GPU behind a VPN, and prices are in EUR and USD."
    assert kinds(text) == {}
