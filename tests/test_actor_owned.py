"""Names a business owns or holds a stake in are organizations (issue 9, item 2: organisations
by their context), on text written for these tests."""

from __future__ import annotations

from briefing.analyse.actors.owned import owned_items
from tests.test_actors import kinds


def test_the_list_after_owns_is_organizations() -> None:
    text = (
        "Harbour Books, which owns Mary Quill, Tolland and Grace Wick, said sales rose. "
        "Its chief Ana Ruiz was pleased."
    )
    got = kinds(text)
    assert got["Mary Quill"] == "organization"
    assert got["Grace Wick"] == "organization"
    assert got["Tolland"] == "organization"
    assert got["Ana Ruiz"] == "person"


def test_owned_by_names_the_owner_not_the_owned() -> None:
    got = kinds("The club is owned by Peter Marsh. Marsh bought it in 2001.")
    assert got["Peter Marsh"] == "person"


def test_a_stake_in_and_shares_of() -> None:
    text = "Fund A took a stake in Orlen Kivi and bought shares of Tessa Mond."
    assert [text[a:b] for a, b in owned_items(text)] == ["Orlen Kivi", "Tessa Mond"]
    got = kinds(text)
    assert got["Orlen Kivi"] == got["Tessa Mond"] == "organization"


def test_a_titled_name_and_a_short_form_keep_their_reading() -> None:
    text = "Kestrel Foods Group agreed a deal. The fund owns Kestrel."
    plain = text.replace("owns", "likes")
    assert kinds(text) == kinds(plain)  # "Kestrel" is the group's short form either way
    assert kinds("Its rival owns Dr Alan Pike's old firm.")["Alan Pike"] == "person"


# Cues at a word boundary or not ("down", "known", "Townsend owns"), back to back, at the
# very start and end, "owned by", and the publisher nouns between a cue and its list.
CUE_TEXT = (
    "owns Acme. Down town, Townsend owns Bel Air and shares in Cora Ltd, known to own Dax; "
    "its subsidiaries Eon and Fay, owned by Gil, owned Hal. It sold stakes in Ivo, stake in "
    "Jul, imprints Kay, the imprints Lux, owned the publishers Mo, shares of Nu. shares of"
)


def test_cue_search_finds_what_the_regex_scan_finds() -> None:
    from briefing.analyse.actors import owned

    found = [m.span() for m in owned.cues(CUE_TEXT)]
    assert found == [m.span() for m in owned._CUE.finditer(CUE_TEXT)]
    assert len(found) >= 10
    for cut in range(0, len(CUE_TEXT), 7):  # every prefix and suffix keeps the same answer
        for part in (CUE_TEXT[:cut], CUE_TEXT[cut:]):
            assert [m.span() for m in owned.cues(part)] == [
                m.span() for m in owned._CUE.finditer(part)
            ]
