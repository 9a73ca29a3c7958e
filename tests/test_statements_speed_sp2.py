"""Fast paths of the speaker, phrase and text helpers (stop 13) give what the plain forms
they replace give, on text written for the tests and strings built from its pieces."""

from __future__ import annotations

import itertools
import re

import pytest

from briefing.analyse.attribution_words import PREPOSITIONS, ROLE_ORG
from briefing.analyse.statements_cues import _Cue
from briefing.analyse.statements_phrases import _ABBREV_BEFORE, _left_region
from briefing.analyse.statements_reading import _BY_AGENT, _passive_by, _unquoted
from briefing.analyse.statements_speakers import Speakers
from briefing.analyse.statements_text import (
    _ALNUM,
    _CLOSE,
    _ONLY_COMMAS,
    _QUOTE_CHAR,
    _THAT_WORD,
    _contents,
    _cut_after_comma_quote,
    _tokens,
    _trim,
    _trimmed,
    _trivial,
    marked_sentences,
    quotations,
)
from briefing.model import Paragraph, Sentence, Span
from tests.statement_rows import analyse
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


def _plain_contents(text, start, end, quotes, cut=True):
    """_contents as it was: a trimmed Span built, then tested for a letter or digit."""
    inner = [(a, b) for a, b in quotes if a >= start and b <= end + 1] if quotes else quotes
    if inner:
        at = start
        for a, b in inner:
            if _ALNUM.search(text, at, a):
                break
            at = b
        else:
            if at >= end or not _ALNUM.search(text, at, end):
                return [Span(a, b) for a, b in inner], "direct"
    span = _trim(text, start, end)
    if span is None or (
        not text[span.start].isalnum() and not _ALNUM.search(text, span.start, span.end)
    ):
        return [], "indirect"
    if quotes and _QUOTE_CHAR.search(text, span.start, span.end + 1) is not None:
        last = text[span.end : span.end + 2]
        if last == "''":
            span = Span(span.start, span.end + 2)
        elif last and last[0] in _CLOSE:
            span = Span(span.start, span.end + 1)
        return [_cut_after_comma_quote(text, span, quotes) if cut else span], "mixed"
    return [span], "indirect"


@pytest.mark.parametrize("texts", cases([WRITTEN, QUOTED, BY], built(33), built(34, 60, 14)))
def test_contents_trimmed_as_offsets_are_the_plain_contents(texts):
    for text in texts:
        quotes = [(a, b) for a, b, _ in quotations(text, [Paragraph(0, len(text))])]
        for start, end in itertools.product(range(len(text) + 1), repeat=2):
            if start > end:
                continue
            for cut in (True, False):
                plain = _plain_contents(text, start, end, quotes, cut)
                assert _contents(text, start, end, quotes, cut) == plain
            plain = _plain_contents(text, start, end, [])
            assert _unquoted(text, start, end) == plain
            a, b = _trimmed(text, start, end)
            assert (Span(a, b) if b > a else []) == (plain[0][0] if plain[0] else [])


def _plain_resolve(speakers: Speakers, span: Span, words: list[str]) -> str | None:
    """What resolve gives, located() always asked when there is a head."""
    head = speakers.head(span.start, span.end)
    if head is not None and speakers.located(head, span.start, span.end) > span.start:
        return speakers.resolve(span, words)  # the branch with located() > start: unchanged
    if head is not None:
        last = words[-1].lower() if words else ""
        if last in ROLE_ORG and speakers.kind.get(head[2]) == "person":
            return None
        return head[2]
    return speakers.resolve(span, words)


PLACED = [
    "Officials in China said it was over. The court in Washington said no. Ana Ruiz of "
    "Leeds said yes. Smith's spokesman in London said so. The embassy in Paris said.",
    "Tom Baker, the mayor of Leeds, said it. Officials at Heathrow in London said. "
    "Ana Ruiz in Paris said she agreed. The minister of health in France said no.",
]


@pytest.mark.parametrize("body", PLACED)
def test_resolve_and_cut_phrase_skip_located_only_when_it_is_minus_one(analyser, body):
    article = analyse(analyser, body)
    text = article.text
    speakers = Speakers(text, article.actors)
    toks = _tokens(text, 0, len(text))
    bounds = sorted({t[0] for t in toks} | {t[1] for t in toks})
    found = 0
    for i, start in enumerate(bounds):
        for end in bounds[i + 1 : i + 12]:
            inside = [t for t in toks if t[0] >= start and t[1] <= end]
            head = speakers.head(start, end)
            if head is not None and head[1] != end:
                assert speakers.located(head, start, end) == -1
            found += head is not None and speakers.located(head, start, end) >= 0
            words = [t[2] for t in inside]
            span = Span(start, end)
            assert speakers.resolve(span, words) == _plain_resolve(speakers, span, words)
    assert found  # places ending phrases were located


def _plain_trivial(text: str, start: int, end: int) -> bool:
    """_trivial as it was: the regex asked of every word."""
    if _QUOTE_CHAR.search(text, start, end) is not None:
        return False
    rest = text[start:end]
    if _THAT_WORD.search(rest):
        return False
    head = rest.split(None, 10)
    if len(head) == 11 and all(_ALNUM.search(w) for w in head[:10]):
        return False
    words = [w for w in (head if len(head) < 11 else rest.split()) if _ALNUM.search(w)]
    if len(words) > 9:
        return False
    if not words or _ONLY_COMMAS.match(rest):
        return True
    first = words[0].strip(",").lower()
    return rest.lstrip()[:1] == "," or first in PREPOSITIONS or first in (
        "last", "this", "yesterday", "today", "tonight", "earlier", "later", "recently",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    )  # fmt: skip


AFTER = [
    " on Monday, ( 1 ) — , , ‘Yes’ “ in Leeds. last week",
    " yesterday in a statement to the press at the end of a very long day there",
    " , ’, 42 ? ! — ‘ (a) _ __ 3rd today tonight; recently that",
]


@pytest.mark.parametrize("texts", cases([WRITTEN, AFTER], built(35), built(36, 80, 24)))
def test_trivial_testing_the_first_character_first_is_the_plain_test(texts):
    for text in texts:
        for start, end in itertools.product(range(len(text) + 1), repeat=2):
            if start <= end:
                assert _trivial(text, start, end) == _plain_trivial(text, start, end)


@pytest.mark.parametrize("texts", cases([WRITTEN, QUOTED, NAMES], built(37)))
def test_marked_sentences_from_list_comprehensions_are_the_plain_marks(texts):
    for text in texts:
        sentences = [Sentence(m.start(), m.end(), 0) for m in re.finditer(r"[^.:]+[.:]?", text)]
        quotes = quotations(text, [Paragraph(0, len(text))])
        cues = [m.start() for m in re.finditer(r"said|told", text)]
        assert marked_sentences(text, sentences, quotes, cues) == _plain_marked(
            text, sentences, quotes, cues
        )


def _plain_marked(text, sentences, quotes, cue_starts):
    """marked_sentences as it was (the bounds lists built with map and attrgetter)."""
    from bisect import bisect_left, bisect_right
    from operator import attrgetter

    ends = list(map(attrgetter("end"), sentences))
    marked = {bisect_right(ends, c) for c in cue_starts}
    n = len(sentences)
    for a, b, _ in quotes:
        i = bisect_right(ends, a)
        while i < n and sentences[i].start < b:
            marked.add(i)
            i += 1
    colon = text.find(":")
    if colon >= 0:
        starts = list(map(attrgetter("start"), sentences))
        while colon >= 0:
            marked.add(bisect_right(ends, colon))
            line = text.rfind("\n", 0, colon) + 1
            marked.add(bisect_left(starts, line))
            colon = text.find(":", colon + 1)
    marked.discard(n)
    return sorted(marked)


def _plain_quotations(text, paragraphs):
    """quotations as it was: every text's marks listed and paired, paragraph by paragraph
    (the general pairing, which curly and typewriter quotes still go through)."""
    from briefing.analyse.statements_text import _SINGLE_MARKS, _paired_quotations

    singles = [c for c in ('"' if text.isascii() else _SINGLE_MARKS) if c in text]
    doubled = "''" in text
    if not singles and not doubled:
        return []
    return _paired_quotations(text, paragraphs, singles, doubled)


STRAIGHT = [
    '"We will win," Ana said. "" she added, "a"\n"Still open at the end\nNo mark here.\n"ab',
    'He said "yes" and "no" and "" and "x\n\n"Two paragraphs," said Tom. "Three."\n" \n"',
    'Non-ASCII: café "au lait" and "thé"\n"Open',
    "“Curly,” said Ana, \"straight\" too.\n''Typewriter,'' he said.",
]


def _paragraphs(text: str) -> list[Paragraph]:
    return [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


@pytest.mark.parametrize("texts", cases([STRAIGHT, QUOTED, WRITTEN], built(38), built(39, 80, 30)))
def test_straight_quotations_found_with_find_are_the_plain_pairs(texts):
    for text in texts:
        for paragraphs in (_paragraphs(text), [Paragraph(0, len(text))]):
            assert quotations(text, paragraphs) == _plain_quotations(text, paragraphs)
