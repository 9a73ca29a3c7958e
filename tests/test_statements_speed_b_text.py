"""Fast paths of the statement finder's regexes and text helpers find what the plain
forms they replace find, on text written for the tests (the cue, phrase and speaker ones
are in test_statements_speed_b.py)."""

from __future__ import annotations

import re

import pytest

from briefing.analyse.attribution_words import PREPOSITIONS
from briefing.analyse.statements_cues import _GO_ON_TO, _MEDIUM_SAYING, _PROGRESSIVE
from briefing.analyse.statements_fast_regex import words_at_start
from briefing.analyse.statements_speakers import _HE_RE, _PREP_BEFORE, _SHE_RE
from briefing.analyse.statements_text import (
    _CONNECTOR,
    _THAT_WORD,
    _contents,
    _cut_after_comma_quote,
    _trim,
    _trivial,
    quotations,
)
from briefing.model import Span
from tests.statement_rows import analyse

# Pronouns and "that" at word edges, inside words, in any case, after punctuation and
# digits, at the text's edges.
WORDED = (
    "he him his He His HE Him hers her she She Her Hers HER shed ashes the hehe he's "
    "His’ (her) _his 2he she-wolf her_ Shelby Herr himself that thats That THAT athat "
    "that_ 1that that’s “that” that-is hethat that"
)


def test_pronoun_and_that_regexes_count_what_the_word_boundary_forms_count():
    plain = {
        _HE_RE: re.compile(r"\b(?:he|him|his|He|His)\b"),
        _SHE_RE: re.compile(r"\b(?:she|her|hers|She|Her)\b"),
        _THAT_WORD: re.compile(r"\bthat\b"),
    }
    for a in range(len(WORDED) + 1):
        for b in range(a, min(len(WORDED), a + 30) + 1):
            window = WORDED[a:b]
            for fast, slow in plain.items():
                assert [m.span() for m in fast.finditer(window)] == [
                    m.span() for m in slow.finditer(window)
                ]
    assert all(len(slow.findall(WORDED)) > 2 for slow in plain.values())


# Words at word starts and inside words, in any case, with the spaces, commas and
# line ends the patterns read around them.
PHRASED = (
    "He went on to say, and goes on  to tell; gone on to\nsay. Going on to agree, "
    "ago on to, undergo on to he is calling, was  asking, were being, been told, amiss "
    "issued a statement saying, put out a  tweet saying; sent out an e-mail saying so, "
    "unsent a memo saying; of the for in at the from to with on, often ofthe, Smith, and "
    "then Jones said , but Ruiz, then he asked before X said and after while ,and so."
)
PLAIN_FORMS = {
    _GO_ON_TO: r"\b(?:go|goes|went|gone|going)\s+on\s+to\s+$",
    _PROGRESSIVE: r"\b(?:is|are|was|were|am|been|be)\s+$",
    _MEDIUM_SAYING: r"\b(?:issued|released|put\s+out|sent|sent\s+out|posted|published)\s+an?\s+"
    r"(?:[\w-]+\s+)?(?:statement|letter|e-?mail|tweet|message|memo|video)\s+$",
    _PREP_BEFORE: r"\b(?:of|for|in|at|from|to|with|on)\s+(?:the\s+)?$",
    _CONNECTOR: r"(?:\s*,\s*(?:and\s+|but\s+|then\s+)?|\s+(?:and|but|before|after|while|then)\s+)"
    r"(?:[\w’'-]+\s+){0,3}$",
}


@pytest.mark.parametrize("fast", list(PLAIN_FORMS), ids=lambda p: p.pattern[:24])
def test_patterns_opening_with_a_letter_search_what_their_plain_forms_search(fast):
    plain = re.compile(PLAIN_FORMS[fast])
    found = 0
    for start in range(len(PHRASED) + 1):
        for end in range(start, min(len(PHRASED), start + 60) + 1):
            m = plain.search(PHRASED, start, end)
            got = fast.search(PHRASED, start, end)
            assert (got and got.span()) == (m and m.span()), (start, end)
            found += m is not None
    assert found


def test_words_at_start_keeps_the_order_of_words_of_one_letter():
    pattern = re.compile(words_at_start(["be", "been", "was"]) + "(?:en)?")
    assert pattern.match("been").group() == "been" and not pattern.search("abe")
    assert re.fullmatch(words_at_start(["that"]), "that")
    with pytest.raises(ValueError):
        words_at_start([r"\sx"])


def _plain_contents(text, start, end, quotes, cut=True):
    """_contents as it was written before its fast paths (the reference)."""
    inner = [(a, b) for a, b in quotes if a >= start and b <= end + 1] if quotes else quotes
    if inner:
        rest = text[start:end]
        for a, b in reversed(inner):
            rest = rest[: a - start] + rest[b - start :]
        if not re.search(r"[^\W_]", rest):
            return [Span(a, min(b, max(end, b))) for a, b in inner], "direct"
    span = _trim(text, start, end)
    if span is None or not re.search(r"[^\W_]", text[span.start : span.end]):
        return [], "indirect"  # no word: no content
    if quotes and re.search("“|”|\"|«|»|''", text[span.start : span.end + 1]):
        last = text[span.end : span.end + 2]
        if last == "''":
            span = Span(span.start, span.end + 2)
        elif last and last[0] in '”"»':
            span = Span(span.start, span.end + 1)
        return [_cut_after_comma_quote(text, span, quotes) if cut else span], "mixed"
    return [span], "indirect"


QUOTED = [
    "“We won,” she said. “We won.” “And,” he said, “we lost.”\n\n“It is,” ''so'' “good” — "
    "they said: “yes” and “no”, 12 “x”",
    "He said ''it works,'' adding “fine.” \"Sure\" \"?\" “” . “a”“b” ,“c”,",
]


@pytest.mark.parametrize("body", QUOTED)
def test_contents_between_quotations_are_the_plain_contents(analyser, body):
    article = analyse(analyser, body)
    text = article.text
    quotes = [q[:2] for q in quotations(text, article.paragraphs)]
    assert len(quotes) > 3
    kinds = set()
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            for cut in (True, False):
                plain = _plain_contents(text, start, end, quotes, cut)
                assert _contents(text, start, end, quotes, cut) == plain, (start, end)
                kinds.add(plain[1])
    assert kinds == {"direct", "mixed", "indirect"}


def _plain_trivial(text, start, end):
    """_trivial as it was written before its fast paths (the reference)."""
    if re.search("“|”|\"|«|»|''", text[start:end]):
        return False
    rest = text[start:end]
    if re.search(r"\bthat\b", rest):
        return False
    head = rest.split(None, 10)
    if len(head) == 11 and all(re.search(r"[^\W_]", w) for w in head[:10]):
        return _plain_asides(rest)
    words = [w for w in rest.split() if re.search(r"[^\W_]", w)]
    if len(words) > 9:
        return _plain_asides(rest)
    if not words or re.match(r"^[\s,]*$", rest):
        return True
    first = words[0].strip(",").lower()
    return rest.lstrip()[:1] == "," or first in PREPOSITIONS or first in _WHEN


_WHEN = (
    "last", "this", "yesterday", "today", "tonight", "earlier", "later", "recently",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip


def _plain_asides(rest):
    """Long words after a cue: asides only if every comma piece opens with a preposition
    or a time, and not "at least"."""
    if "," not in rest:
        return False
    for piece in rest.split(","):
        words = piece.split()
        if words and words[0].lower() not in PREPOSITIONS and words[0].lower() not in _WHEN:
            return False
        if words and words[0].lower() == "at" and words[1:2] in (["least"], ["most"]):
            return False
    return True


TRIVIAL = (
    "on Monday, in a letter to members that it was over — — , last week in Paris at the "
    "time, one two three four five six seven eight nine ten eleven , “so” 12 - - - - - - "
    "- - - - - a b c d e f g h i j, yesterday Today thatthe on Tuesday, after years of "
    "debate over how best, at least six at most"
)


def test_trivial_is_the_plain_trivial_over_every_window():
    seen = set()
    for start in range(len(TRIVIAL) + 1):
        for end in range(start, len(TRIVIAL) + 1):
            plain = _plain_trivial(TRIVIAL, start, end)
            assert _trivial(TRIVIAL, start, end) == plain, (start, end)
            seen.add(plain)
    assert seen == {True, False}
