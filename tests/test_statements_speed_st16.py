"""Fast paths of stop 16 give what the plain forms they replace give, on text written
for the tests and strings built from its pieces."""

from __future__ import annotations

import re

import pytest

from briefing.analyse.statements_cues import (
    _FORMS,
    _MARKED_CUE,
    _TO_MARKS,
    _trie_pattern,
)
from tests.test_statements_speed_sp1 import WRITTEN_CUES, _built

# What _MARKED_CUE was before its look-ahead: a mark, then the trie of every form.
_PLAIN_MARKED = re.compile(
    b"\x01" + _trie_pattern([*_FORMS, "according to", "According to"]).encode()
)

MARKED_TEXTS = [
    "“said” (says) 5told, -according to; \nAccording to. ’s 'S 'Said \"asked ”thinks",
    "no cue here: 1,2.3 — “The” (Tom) \n\nX ’t ''re",
]


@pytest.mark.parametrize("text", MARKED_TEXTS + WRITTEN_CUES + _built(5) + _built(6, most=25))
def test_marked_cue_look_ahead_finds_the_plain_candidates(text):
    marks = text.encode("ascii", "replace").translate(_TO_MARKS)
    got = [m.span() for m in _MARKED_CUE.finditer(marks)]
    assert got == [m.span() for m in _PLAIN_MARKED.finditer(marks)]
