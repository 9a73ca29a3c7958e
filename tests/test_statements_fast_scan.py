"""The cue scan after marks and the trimmed-span fast path give what the plain forms
they replace give, on text written for the tests and strings built from its pieces."""

from __future__ import annotations

import random
import re

import pytest

from briefing.analyse.statements_cues import (
    _FORMS,
    _MARKED_CUE,
    _TO_MARKS,
    _trie_pattern,
)
from briefing.analyse.statements_text import _ALNUM, _trimmed
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


def _plain_trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """What _trimmed was: slice, strip each side, then the letter-or-digit test."""
    seg = text[start:end]
    stripped = seg.lstrip(" \t\n\xa0,:")
    start += len(seg) - len(stripped)
    end = start + len(stripped.rstrip(" \t\n\xa0,;:."))
    if end > start and not text[start].isalnum() and not _ALNUM.search(text, start, end):
        return start, start
    return start, end


TRIM_PIECES = [
    "said", "the plan", "I think", ")", "(", " ", "  ", "\t", "\n", "\xa0", "\u2003", ",",
    ":", ";", ".", "…", "“", "”", '"', "'", "-", "5", "é", "中", "_",
]  # fmt: skip


def test_trimmed_steps_over_what_the_plain_strip_removes():
    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choices(TRIM_PIECES, k=rng.randint(0, 12)))
        start = rng.randint(0, len(text) + 2)
        end = rng.randint(0, len(text) + 3)
        assert _trimmed(text, start, end) == _plain_trimmed(text, start, end), (text, start, end)
