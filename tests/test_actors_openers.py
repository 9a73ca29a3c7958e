"""An ordinary word opening a sentence stays when it opens a known name of several
words; on text written for these tests (the names are the packaged gazetteer's)."""

from __future__ import annotations

import pytest

from tests.test_actors import kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Rain fell all day. New Zealand won the match by ten points.", "New Zealand", "country"),
        ("New York is larger than it looks.", "New York", "place"),
        ("United Nations officials said the camp was full.", "United Nations", "organization"),
        ("National Grid said the cables would be buried.", "National Grid", "organization"),
    ],
)
def test_an_ordinary_word_opening_a_known_name_stays_in_it(text: str, name: str, kind: str) -> None:
    assert kinds(text).get(name) == kind, kinds(text)


def test_an_ordinary_opening_word_before_a_name_is_still_dropped() -> None:
    got = kinds("Yesterday Nelson Mandela spoke. The Australian cricket team lost.")
    assert "Yesterday Nelson Mandela" not in got and "Nelson Mandela" in got, got
    assert got.get("Australia") == "country", got


@pytest.mark.parametrize(
    "text",
    [
        "The storm broke at noon. Witnesses said the roof of the hall fell in.",
        "Prices slid again. Dealers said the market would stay quiet.",
        "The gates opened late. Organisers said the crowd was the biggest yet.",
    ],
)
def test_a_plural_people_noun_opening_a_sentence_is_no_person(text: str) -> None:
    assert not [name for name, kind in kinds(text).items() if kind == "person"], kinds(text)
