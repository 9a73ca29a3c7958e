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
