"""The shared term scan (text_stats.sentence_terms) against the plain regex scan it replaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analyse.text_stats import TERM, _split_terms, lower_aligned, sentence_terms
from briefing.model import Sentence


def _plain_terms(text: str, sentences: list[Sentence]) -> list[list[str]]:
    """Each sentence's lower-cased TERM tokens, scanned on its own."""
    return [TERM.findall(text[s.start : s.end].lower()) for s in sentences]


def _halves(text: str) -> list[Sentence]:
    """Two sentences cut at the middle of ``text`` (perhaps inside a word or a joiner)."""
    middle = len(text) // 2
    return [Sentence(0, middle), Sentence(middle, len(text))]


WRITTEN = [
    "The mayor's Indo-Pacific plan - said to be 'on track' - won't wait.",
    "A--B, 'quoted', -dash- and x-'y '-z: rock'n'roll self-styled ex-minister's.",
    "road_warriors 2024 3.5% a_b-c it's O'Neill-Smith well-paid - ' -- '' ''x y''",
    "São Paulo’s über-rich donors ‘said’ they’d wait; the ASCII part's fine.",
    "-'leading and trailing'-",
    "'",
    "",
]


def test_split_terms_match_the_regex_on_written_text():
    """ASCII sentences (the split path) and others (the regex) give TERM's tokens."""
    for text in WRITTEN:
        sentences = _halves(text)
        shared = sentence_terms(text, sentences)
        assert shared.low == lower_aligned(text)
        assert shared.terms == _plain_terms(text, sentences), text


def test_loose_joiners_split_terms():
    spaced = "a--b 'c' -d- e-'f x-y don't"
    assert _split_terms(spaced) == ["a", "b", "c", "d", "e", "f", "x-y", "don't"]


ASCII_PIECES = st.sampled_from(list("ab Z9_-' .,\"!?\t\n(") + ["--", "''", "-'", "don't", "x-y"])
ANY_PIECES = st.sampled_from(
    list("ab Z9_-' .,’‘“”é") + ["Σ", "İ", "ß", "--", "’s", "naïve", "x-y", "\u2014"]
)


def _same_terms_at_a_cut(text: str, data) -> None:
    """The fast scan and the regex agree on two sentences cut anywhere in ``text``."""
    cut = data.draw(st.integers(0, len(text)))
    sentences = [Sentence(0, cut), Sentence(cut, len(text))]
    assert sentence_terms(text, sentences).terms == _plain_terms(text, sentences)


@settings(max_examples=300, deadline=None)
@given(st.lists(ASCII_PIECES, max_size=40).map("".join), st.data())
def test_ascii_text_terms_match_the_regex(text, data):
    _same_terms_at_a_cut(text, data)


@settings(max_examples=300, deadline=None)
@given(st.lists(ANY_PIECES, max_size=40).map("".join), st.data())
def test_mixed_text_terms_match_the_regex(text, data):
    """Also with non-ASCII sentences, and with characters whose lower case moves offsets."""
    _same_terms_at_a_cut(text, data)
