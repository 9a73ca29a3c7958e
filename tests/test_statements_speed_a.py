"""The statement reader's cheap tests before its regexes and calls give what the plain
forms give, on text written for the tests (and on strings built from its pieces)."""

from __future__ import annotations

import itertools
import random

import pytest

import briefing.analyse.statements as statements
import briefing.analyse.statements_base as base
import briefing.analyse.statements_reader as reader
import briefing.analyse.statements_reading as reading
from briefing.analyse.keypoint_rules import content_start
from briefing.analyse.statements_quotes import _OPEN_ENDED, speaker_after_quote
from briefing.analyse.statements_speakers import Speakers
from briefing.analyse.statements_text import _QUOTE_CHAR, _contents, _trivial, _Unit
from briefing.model import Span

# Pieces of news sentences: words, spaces, quotation marks, stops, datelines, markers.
PIECES = [
    "said", "is", "was", "to", "be", "been", "being", "were", "are", "this", "tobe",
    "Ana", "Ruiz", "he", "she", "told", "them", "reporters", "that", "the", "a",
    "Scroll", "scroll down for video", "(CNN)", "LONDON (Reuters) --", "1.", "a)", "-",
    "•", "“", "”", '"', "''", "'", "‘", "’", ",", ":", ";", ".", "?", "!", "—", " ", " ",
    "  ", "\n", "\t", "\xa0", "(", ")", "spokesman", "Smith", "boomed", "claims", "as",
]  # fmt: skip


def built(seed: int, count: int = 150, most: int = 9) -> list[str]:
    """``count`` strings of up to ``most`` pieces, joined with or without a space."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        words = rng.choices(PIECES, k=rng.randint(1, most))
        out.append((" " if rng.random() < 0.7 else "").join(words))
    return out


def cases(written: list[list[str]], *built_groups: list[str]) -> list[list[str]]:
    """One case per written text, one per group of built strings."""
    return [[t] for group in written for t in group] + list(built_groups)


WRITTEN = [
    "Ana Ruiz said the plan would work.",
    "The plan, Ana Ruiz said, would work.",
    "“We will win,” Ana Ruiz said.",
    "“We will win,” said Ana Ruiz, a spokeswoman for the party.",
    "It was said to be false.",
    "He is expected to be told.",
    "She told reporters that it was over.",
    "She told “Fox and Friends” that it was over.",
    "He told them: “Go home.”",
    "LONDON (Reuters) -- Ana Ruiz said it would work.",
    "Scroll down for video. Ana Ruiz said it would work.",
    "1. Ana Ruiz said it would work.",
    "“Is it over?” Ana Ruiz asked.",
    "Smith boomed: “This is a disgrace.”",
    "The minister, White House spokesman Tony Snow said, was away.",
    "“It is over,” the White House spokesman, Tony Snow, said.",
]


@pytest.mark.parametrize("texts", cases([WRITTEN], built(1)))
def test_passive_ends_pass_every_passive_match(texts):
    for text in texts:
        for end in range(len(text) + 1):
            low = max(0, end - 8)
            plain = statements._PASSIVE.search(text, low, end) is not None
            cheap = text[low:end].rstrip()[-2:] in statements._PASSIVE_ENDS
            assert cheap or not plain


def _plain_speaker_after_quote(text: str, unit: _Unit, lo: int, cue_start: int) -> Span | None:
    """speaker_after_quote as it was: every quotation looked at, the regex on a slice."""
    last = None
    for a, b in unit.quotes:
        if a >= lo and b <= cue_start:
            last = (a, b)
    if (
        last is None
        or text[lo : last[0]].strip()
        or not _OPEN_ENDED.search(text[last[0] : last[1]])
    ):
        return None
    gap = text[last[1] : cue_start]
    if not gap.strip() or _QUOTE_CHAR.search(gap) or len(gap.split()) > 25:
        return None
    start = last[1] + len(gap) - len(gap.lstrip())
    return Span(start, start + len(gap.strip()))


QUOTED = [
    "“We will win,” Ana Ruiz, a spokeswoman, said.",
    "“We will win!” Ana Ruiz said. “Again,” she said.",
    "“We will win” Ana Ruiz said, “and soon,” she added.",
    "“Why?” asked Ana. “Because,”\n",
    '"We will win," Ana Ruiz said. "We will," Tom said.',
    "''We will win,'' Ana Ruiz said.",
    "“We will win,”   \n  Ana said.",
]


@pytest.mark.parametrize("texts", cases([QUOTED]))
def test_speaker_after_quote_is_the_plain_form(texts):
    for text in texts:
        quotes = [(a, b) for a, b, _ in _quotes(text)]
        unit = _Unit(0, len(text), 0, quotes)
        for lo, cue in itertools.product(range(0, len(text), 3), range(len(text) + 1)):
            if lo <= cue:
                got = speaker_after_quote(text, unit, lo, cue)
                assert got == _plain_speaker_after_quote(text, unit, lo, cue)


def _quotes(text: str) -> list[tuple[int, int, int]]:
    from briefing.analyse.statements_text import quotations
    from briefing.model import Paragraph

    return quotations(text, [Paragraph(0, len(text))])


@pytest.mark.parametrize("texts", cases([WRITTEN, QUOTED], built(2)))
def test_to_listener_needs_that_or_a_quotation_mark(texts):
    for text in texts:
        for after in range(len(text)):
            m = reader._TO_LISTENER.match(text, after, len(text))
            if m is not None:
                assert reader._TO_LISTENER_END.search(text, after, len(text)) is not None


@pytest.mark.parametrize("texts", cases([WRITTEN, QUOTED], built(3)))
def test_loose_colon_needs_a_colon(texts):
    for text in texts:
        if ":" not in text:
            assert base._LOOSE_COLON.search(text) is None


def _plain_before_role(text: str, start: int, end: int) -> int:
    comma = text.rfind(",", start, end)
    if comma < 0 or end - comma > 60:
        return end
    m = reading._ROLE_GAP.match(text, comma, end)
    has_quote = _QUOTE_CHAR.search(text, comma, end) is not None
    return comma if m is not None and not has_quote else end


LONG = [
    "The minister, who had been away for most of the week on a visit to the north, "
    "White House spokesman Tony Snow",
    "Prices, wages, rents, and everything else that a family of four needs to get by in "
    "a year in the city Ana Ruiz",
    "The plan, said to be new, Ana Ruiz",
]


@pytest.mark.parametrize("texts", cases([WRITTEN, LONG], built(4, most=20)))
def test_before_role_is_the_plain_form(texts):
    for text in texts:
        for start, end in itertools.combinations(range(0, len(text) + 1, 2), 2):
            assert reading._before_role(text, start, end) == _plain_before_role(text, start, end)


@pytest.mark.parametrize("texts", cases([WRITTEN, QUOTED, LONG], built(5, 600, 14)))
def test_lead_start_is_content_start(texts):
    for text in texts:
        for start in range(min(len(text), 12)):
            for end in range(start + 1, len(text) + 1):
                got = reading._lead_start(text, start, end)
                assert got == content_start(text[start : min(end, start + 80)]), (start, end)


@pytest.mark.parametrize("texts", cases([WRITTEN], built(6, 60)))
def test_unquoted_contents_are_contents_without_quotations(texts):
    for text in texts:
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            assert reading._unquoted(text, start, end) == _contents(text, start, end, [])


@pytest.mark.parametrize("texts", cases([WRITTEN, QUOTED]))
def test_nothing_after_the_cue_is_trivial(texts):
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(max(0, start - 3), start + 1):
                assert _trivial(text, start, end)


def test_skipping_a_listener_in_nothing_skips_nothing():
    text = "“We will win,” said Ana Ruiz, a spokeswoman. He told CNN “Fox and Friends,”."
    helpers = reader._Helpers(text, Speakers(text, []))
    for after in range(len(text) + 1):
        for clause in range(max(0, after - 3), after + 1):
            assert helpers._skip_listener(after, clause) == after


@pytest.mark.parametrize("texts", cases([QUOTED]))
def test_no_words_between_a_quotation_and_a_cue_before_every_quotation(texts):
    for text in texts:
        quotes = [(a, b) for a, b, _ in _quotes(text)]
        unit = _Unit(0, len(text), 0, quotes)
        for cue in range(quotes[0][1]):
            for lo in range(cue + 1):
                assert speaker_after_quote(text, unit, lo, cue) is None
