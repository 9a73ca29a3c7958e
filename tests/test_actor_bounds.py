"""The sentences the rules look up by position are the ones the model located: no rule
searches the text again for where a sentence starts or ends (house rule), on text written
for these tests."""

from __future__ import annotations

from briefing.analyse.actors.bounds import Bounds
from briefing.model import Sentence
from tests.test_actors import kinds

SPANS = [(2, 10), (11, 30), (30, 31), (40, 55)]


def _plain(spans: list[tuple[int, int]], size: int, pos: int) -> tuple[int, int]:
    """Bounds.around by a walk over every sentence: the one holding ``pos``, else the gap."""
    for s, e in spans:
        if s <= pos < e:
            return s, e
    lo = max((e for _, e in spans if e <= pos), default=0)
    hi = min((s for s, _ in spans if s > pos), default=size)
    return lo, hi


def test_around_is_the_sentence_holding_the_position_or_the_gap() -> None:
    bounds = Bounds([Sentence(s, e, 0) for s, e in SPANS], 60)
    for pos in range(60):
        assert bounds.around(pos) == _plain(SPANS, 60, pos), pos
    assert bounds.located


def test_no_sentences_is_one_sentence_over_the_text() -> None:
    bounds = Bounds([], 25)
    assert [bounds.around(p) for p in (0, 24)] == [(0, 25), (0, 25)]
    assert not bounds.located


def test_a_plural_is_supported_only_by_its_own_sentence() -> None:
    # The quote ends the sentence at '."': the score in the next one says nothing of it.
    alone = 'Fans called him the King of the Quokkas." The Orioles won 7-4 on Sunday.'
    assert "Quokkas" not in kinds(alone)
    assert "Quokkas" in kinds("The Quokkas won 7-4 on Sunday after a long season.")
