"""The Arabic article on a later word of a name keeps that word in the name; on text
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_actors import actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rain fell. Prime Minister Karim al-Vashdi began talks on Monday.", "Karim al-Vashdi"),
        (
            "Rain fell. Foreign Minister Hassan el-Mouraby said the talks had ended.",
            "Hassan el-Mouraby",
        ),
    ],
)
def test_a_word_with_the_arabic_article_stays_in_the_name(text: str, name: str) -> None:
    got = {a.name: a.kind for a in actors(text)}
    assert got.get(name) == "person", got


def test_the_surname_with_its_article_joins_the_person() -> None:
    text = "Rain fell. Karim al-Vashdi said so. Later al-Vashdi left the hall."
    got = {a.name: [m.text for m in a.mentions] for a in actors(text)}
    assert got.get("Karim al-Vashdi") == ["Karim al-Vashdi", "al-Vashdi"], got


def test_a_lower_case_word_after_a_name_stays_out() -> None:
    got = {a.name for a in actors("Rain fell. Karim Vashdi al-ready left.")}
    assert "Karim Vashdi al-ready" not in got, got
