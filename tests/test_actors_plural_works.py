"""A capitalised plural after "the" in a sentence about a screen, stage or book work is
the work's title, not a team or band; on text written for these tests."""

from __future__ import annotations

import pytest

from tests.test_actors import kinds


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hospital series Ward Nine beat The Brimbles to the best drama prize.", "Brimbles"),
        ("The Quillers movie has beaten its rivals. The Quillers won ten awards.", "Quillers"),
        ("The Dunsons has beaten two hit musicals. The Dunsons won three prizes.", "Dunsons"),
        ("In other awards, cartoon hit The Zanpers won best animated feature.", "Zanpers"),
        ("The Morvels took $30m, while the sequel topped box office charts.", "Morvels"),
        ("From the 2000 hit comedy, Meet the Pelwins, the cast of stars won praise.", "Pelwins"),
    ],
)
def test_a_plural_in_a_sentence_about_a_work_is_its_title(text: str, word: str) -> None:
    assert kinds(text).get(word) != "organization", text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Vorlicks' new film was shown on the band's tour, and fans cheered.", "Vorlicks"),
        ("The Quokkas won 3-1, and a film of the match sold well.", "Quokkas"),
        ("Voters backed the Tandroms, and polls show the Tandroms leading the race.", "Tandroms"),
        ("The Wallaroos beat the Quokkas in the play-offs, a season to remember.", "Wallaroos"),
    ],
)
def test_a_team_band_or_party_word_keeps_the_plural_a_body(text: str, word: str) -> None:
    assert kinds(text).get(word) == "organization", text
