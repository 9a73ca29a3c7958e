"""Fast paths of the statement finder's cue scan and per-cue tests give what the plain
forms they replace give, on text written for the tests and strings built from its pieces."""

from __future__ import annotations

import random
import re

import pytest

from briefing.analyse.statements_cues import _CUE_BODY, _all_cues

# Pieces of news text around cues: every kind of character that may precede or follow a
# cue (spaces, ASCII and other punctuation, non-ASCII letters and spaces, digits).
CUE_PIECES = [
    "said", "says", "told", "according to", "According to", "called for", "call", "Said",
    "added", "add", "thinks", "pointed out", "point", "the", "Ana", "café", "résumé",
    " ", " ", "  ", "\n", "\t", "\xa0", "\u2003", "-", "—", "–", "’", "'", "''", "‘", "“",
    "”", '"', "«", "»", ",", ".", ";", ":", "?", "!", "(", ")", "[", "/", "_", "5", "é",
    "\u0301", "中", "\x01", "?said", "x",
]  # fmt: skip


def _built(seed: int, count: int = 300, most: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(CUE_PIECES, k=rng.randint(1, most))) for _ in range(count)]


def _plain_cues(text: str) -> list[tuple[int, int, str]]:
    return [(*m.span(), m.group()) for m in re.finditer(r"(?<!\w)" + _CUE_BODY, text)]


WRITTEN_CUES = [
    "“Go,”said he—said she–said they’said (said) [said] /said/ ‘said’ «said» 5said _said",
    "café said; caféSaid; é\u0301said; 中said; \xa0said\u2003said\x01said?said",
    "he said-so, called-for, according-to them, according to-day; said’s said'",
    "''said'' said''; ?According to him. -According to her",
]


@pytest.mark.parametrize("text", WRITTEN_CUES + _built(1) + _built(2, most=25))
def test_cue_scan_through_marks_is_the_lookbehind_scan(text):
    assert _all_cues(text) == _plain_cues(text)


def _plain_between(text: str, quotes: list[tuple[int, int, int]]) -> list[tuple[int, int, str]]:
    """The plain scan at the text's start and of each stretch between ``quotes``, from the
    last character of the quotation before it to the first of the one after it."""
    plain = re.compile(r"(?<!\w)" + _CUE_BODY)
    first = plain.match(text)
    found = [(0, first.end(), first.group())] if first is not None else []
    low = 0
    for a, b in [(a + 1, b - 1) for a, b, _ in quotes] + [(len(text), 0)]:
        found += [(*m.span(), m.group()) for m in plain.finditer(text, low + 1, a)]
        low = b
    return sorted(found)


@pytest.mark.parametrize("seed", [3, 4])
def test_cue_scan_through_marks_between_quotations(seed):
    rng = random.Random(seed)
    for text in _built(seed, most=25):
        bounds = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 4)))
        quotes = [(a, b, 0) for a, b in zip(bounds[::2], bounds[1::2], strict=False) if b - a > 1]
        assert _all_cues(text, quotes) == _plain_between(text, quotes), (text, quotes)
