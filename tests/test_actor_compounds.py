"""Two names joined by a hyphen are two mentions ("the US-China talks"), on text written
for these tests."""

from __future__ import annotations

from tests.test_actors import actors


def counts(text: str) -> dict[str, int]:
    return {a.name: len(a.mentions) for a in actors(text)}


def test_two_known_names_joined_are_two_mentions() -> None:
    text = "The Egypt-Israel border was shut. Egypt and Israel said it would reopen."
    got = counts(text)
    assert got["Egypt"] == 2
    assert got["Israel"] == 2
    spans = [(m.start, m.end) for a in actors(text) for m in a.mentions if m.start < 20]
    assert sorted(text[s:e] for s, e in spans) == ["Egypt", "Israel"]


def test_a_name_the_article_writes_alone_counts() -> None:
    text = (
        "The publisher Tolland and Amazon settled. The Tolland-Amazon row is over, "
        "Tolland said. Tolland will sell through Amazon again."
    )
    got = counts(text)
    assert got.get("Amazon") == 3
    assert got.get("Tolland") == 4


def test_a_double_barrelled_name_an_adjective_and_a_firm_stay_whole() -> None:
    got = counts("Ms Ana Smith-Jones said the Israeli-Syrian talks went well. Smith-Jones left.")
    assert got.get("Ana Smith-Jones") == 2
    assert "Israel" not in got and "Syria" not in got
    firm = counts(
        "Kestrel Semiconductor sold its Orlen-Kestrel unit. Orlen-Kestrel Inc. made chips. "
        "Kestrel said Orlen was a partner. Orlen agreed."
    )
    assert "Orlen-Kestrel Inc." in firm or "Orlen-Kestrel" in firm
