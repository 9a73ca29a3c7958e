"""Fast paths of the speaker, phrase and text helpers (stop 13) give what the plain forms
they replace give, on text written for the tests and strings built from its pieces."""

from __future__ import annotations

import itertools
import re

import pytest

from briefing.analyse.statements_cues import _Cue
from briefing.analyse.statements_phrases import _ABBREV_BEFORE, _left_region
from briefing.analyse.statements_reading import _BY_AGENT, _passive_by
from tests.test_statements_speed_a import QUOTED, WRITTEN, built, cases

_LAST_STOP = re.compile(r'.*[,;:()“”"«»—–.!?]', re.S)  # greedy: up to the last stop

NAMES = [
    "Mr. J. Smith, the U.S. envoy, said it. Dr. A. B. Jones (R) said: no.",
    "He said. “Yes.” — Ana Ruiz! said? Gov. Pat McCrory; Sen. Lee (D-Ore.) said",
    "A long run of words with no stop at all that goes on and on well past two hundred "
    "characters of text so the window is cut before any punctuation is ever seen in "
    "it, then some more words and still more words before the cue said",
]


def _plain_left_region(text: str, lo: int, cue: int) -> int:
    """_left_region as it was: a greedy regex up to the last stop, again before an
    abbreviation's full stop."""
    low = max(lo, cue - 200)
    end = cue
    while True:
        m = _LAST_STOP.match(text, low, end)
        if m is None:
            return low
        stop = m.end() - 1
        if text[stop] != "." or not _ABBREV_BEFORE.search(text, max(low, stop - 6), stop):
            return m.end()
        end = stop


@pytest.mark.parametrize("texts", cases([WRITTEN, QUOTED, NAMES], built(31), built(32, 40, 60)))
def test_left_region_read_backwards_is_the_greedy_match(texts):
    for text in texts:
        for lo, cue in itertools.product(range(0, len(text) + 1, 2), range(len(text) + 1)):
            if lo <= cue:
                assert _left_region(text, lo, cue) == _plain_left_region(text, lo, cue)


def _plain_passive_by(text: str, cue: _Cue) -> bool:
    form = cue.form
    return (
        form != cue.lemma
        and not form.endswith(("s", "ing"))
        and text.startswith(" by", cue.end)
        and _BY_AGENT.match(text, cue.end, cue.end + 40) is not None
    )


BY = [
    "the changes proposed by Ana Ruiz, claims denied by the firm, it said by then",
    "responded by accusing him; declined by 1.3%; says by law; saying by the way; told by",
]


@pytest.mark.parametrize("text", BY + WRITTEN)
def test_passive_by_with_its_rarest_test_first_is_the_plain_test(text):
    seen = 0
    for m in re.finditer(r"[A-Za-z]+", text):
        for lemma in (m.group(), m.group()[:-1], "propose", "deny"):
            cue = _Cue(m.start(), m.end(), lemma, m.group(), False)
            assert _passive_by(text, cue) == _plain_passive_by(text, cue)
            seen += _plain_passive_by(text, cue)
    assert seen or text not in BY
