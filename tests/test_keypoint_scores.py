"""keypoint_scores fast paths against the plain forms they replace, on written text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analyse.keypoint_rules import quote_state
from briefing.analyse.keypoint_scores import _QUOTATION, DEFAULT_WEIGHTS, _is_speech
from briefing.analyse.keypoints import _open_quotes
from briefing.model import Sentence

# The quotation regex as first written: one branch for both double opening marks.
_PLAIN_QUOTATION = re.compile(r'[“"]([^"“”]*)[”"]|‘([^‘’]*)’(?!\w)')

SENTENCES = [
    'The minister said: "We will not accept this deal," adding talks would go on.',
    "He called it a “decisive enabler” of the effort and said more would follow.",
    "‘We are ready,’ she said, and the ‘new’ plan’s critics ‘waited’s.",
    'An open "quote that never closes, and a “curly one” too.',
    "No quotation marks at all, only the mayor’s office.",
    '"" ‘’ “” "a" ‘b’c ‘d’ “e"',
]


def _plain_matches(sentence: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group(1) or m.group(2) or "")
        for m in _PLAIN_QUOTATION.finditer(sentence)
    ]


def _matches(sentence: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group(1) or m.group(2) or m.group(3) or "")
        for m in _QUOTATION.finditer(sentence)
    ]


def test_quotation_branches_match_the_plain_regex_on_written_text():
    for sentence in SENTENCES:
        assert _matches(sentence) == _plain_matches(sentence), sentence


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list('"“”‘’ ab.') + ["said ", "’s"]), max_size=30).map("".join))
def test_quotation_branches_match_the_plain_regex(sentence):
    assert _matches(sentence) == _plain_matches(sentence)


def test_is_speech_tells_scare_quotes_from_speech():
    assert _is_speech(SENTENCES[0], DEFAULT_WEIGHTS)
    assert not _is_speech(SENTENCES[1], DEFAULT_WEIGHTS)
    assert _is_speech(SENTENCES[3], DEFAULT_WEIGHTS)  # a mark left open


def _open_quotes_plain(text, sentences, quoted):
    """keypoints._open_quotes as first written: every sentence visited in turn."""
    out = []
    inside = False
    paragraph = -1
    for i, s in enumerate(sentences):
        if s.paragraph != paragraph:
            paragraph, inside = s.paragraph, False
        out.append(inside)
        if i in quoted:
            inside = quote_state(text[s.start : s.end], inside)[1]
    return out


QUOTE_PIECES = ['"Yes, ', "he said. ", "“We ", "go.” ", "No. ", '"open ', 'close." ']


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(QUOTE_PIECES), st.integers(0, 3)), min_size=1, max_size=12),
    st.booleans(),
)
def test_open_quotes_match_the_sentence_by_sentence_form(pieces, shuffle):
    """Also with paragraph indices that go back (the plain form resets at any change)."""
    text = ""
    sentences = []
    paragraph = 0
    for piece, step in pieces:
        paragraph = (paragraph + step) % 3 if shuffle else paragraph + (step > 1)
        sentences.append(Sentence(len(text), len(text) + len(piece), paragraph=paragraph))
        text += piece
    quoted = {i for i, s in enumerate(sentences) if any(m in text[s.start : s.end] for m in '"“”')}
    assert _open_quotes(text, sentences, quoted) == _open_quotes_plain(text, sentences, quoted)
