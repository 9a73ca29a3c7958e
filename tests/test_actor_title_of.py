"""A title followed by "of", "for", "at" … names what it is of, not its holder ("CEO of
Harbour Books"), on text written for these tests."""

from __future__ import annotations

from tests.test_actors import actors


def test_the_name_after_ceo_of_is_no_person() -> None:
    text = "Ana Ruiz, who is now CEO of Kestrel Genomics, said the trial worked. Ruiz left."
    got = {a.name: a for a in actors(text)}
    assert got["Kestrel Genomics"].kind != "person"
    assert got["Ana Ruiz"].kind == "person"


def test_a_name_particle_after_a_title_keeps_the_holder() -> None:
    text = "President Paulo Mendes da Costa spoke. President da Costa said it was done."
    got = {a.name: a for a in actors(text)}
    assert "Costa" not in got
    assert got["Paulo Mendes da Costa"].kind == "person"
    assert len(got["Paulo Mendes da Costa"].mentions) == 2


def test_one_word_after_founder_of_is_an_organization_not_an_adjective() -> None:
    got = {a.name: a.kind for a in actors("Ana Ruiz, the founder of Tollwick, said sales rose.")}
    assert got.get("Tollwick") == "organization"
    text = "Ana Ruiz, founder of Harbish human rights group Open Doors, said it."
    assert "Harbish" not in {a.name for a in actors(text)}
