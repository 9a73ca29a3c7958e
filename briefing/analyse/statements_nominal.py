"""Statements cued by a noun after a possessive ("Trump's claim that …", "his warning
that …"), found over the whole article once the sentence patterns have run."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from briefing.analyse.statements_base import _Base
from briefing.analyse.statements_text import _clause_end, _contents
from briefing.model import Sentence, Span

# "Trump's claim that …", "his warning that …": a possessive speaker and a noun cue.
_NOUNS = (
    r"claims?|assertions?|statements?|suggestions?|promises?|pledges?|warnings?|arguments?|"
    r"insistence|beliefs?|contention|allegations?|accusations?|predictions?|vows?|"
    r"assurances?|admission|boasts?|complaints?"
)
_NOMINAL = re.compile(
    r"\b(his|her|their|its|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s)\s+"
    r"(?:(?:[a-z]+(?:ed|est|ent)|recent|earlier|latest|false|new)\s+)?"
    rf"({_NOUNS})\s+(?=that\b)"
)
# A cue noun right before "that" (searched back from each "that"): cheap test first.
_NOUN_END = re.compile(rf"\s(?:{_NOUNS})\Z")
_THAT_WORD = re.compile(r"that\b")
# The last letters of the cue nouns ("claims?": "s" or "m"), tested before _NOUN_END.
_NOUN_FINALS = frozenset(
    c for n in _NOUNS.split("|") for c in (("s", n[-3]) if n.endswith("s?") else (n[-1],))
)


def _nominal_ends(text: str) -> list[int]:
    """Offsets of each "that" right after a cue noun: a ``_NOMINAL`` match ends only there.

    Each "that" is found with ``str.find`` (faster than the regex engine's scan) and
    checked with ``_THAT_WORD`` after the cheap tests: what ``_THAT_WORD.finditer``
    finds (its matches cannot overlap)."""
    out: list[int] = []
    at = text.find("that")
    while at >= 0:
        end = at
        while end and text[end - 1].isspace():
            end -= 1
        if (
            end < at
            and text[end - 1] in _NOUN_FINALS
            and _THAT_WORD.match(text, at) is not None
            and _NOUN_END.search(text, max(0, end - 14), end)
        ):
            out.append(at)
        at = text.find("that", at + 1)
    return out


# Up to the last character that no ``_NOMINAL`` match holds: no match crosses it.
_LAST_BREAK = re.compile(r".*[^\w.’'\s-]", re.S)


def _nominal_matches(text: str, ends: list[int]) -> Iterator[re.Match[str]]:
    """What ``_NOMINAL.finditer(text)`` finds, searching only the stretches before the
    "that" at each of ``ends`` (see :func:`_nominal_ends`), each from the last character
    no match holds."""
    lo = 0
    for at in ends:
        stop = _LAST_BREAK.match(text, lo, at)
        for m in _NOMINAL.finditer(text, stop.end() if stop is not None else lo, at + 5):
            lo = m.end()
            yield m


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect_left(spans, (start, start))
    return any(a < end and start < b for a, b in spans[max(0, i - 3) : i + 3])


def add_nominal(
    reader: _Base, sentences: Sequence[Sentence], quoted: Sequence[tuple[int, int, int]]
) -> None:
    """Statements cued by a noun after a possessive ("his claim that …"), outside
    quotations and the statements ``reader`` found already; added to them."""
    text = reader.text
    that = _nominal_ends(text)
    if not that:
        return
    ends = [s.end for s in sentences]
    quotes = [q[:2] for q in quoted]
    taken = sorted((s.start, s.end) for s in reader.out)
    for m in _nominal_matches(text, that):
        if any(a <= m.start() < b for a, b in quotes) or _overlaps(taken, m.start(), m.end()):
            continue
        i = bisect_left(ends, m.end())
        end = _clause_end(text, m.end(), ends[i] if i < len(ends) else len(text), quotes)
        contents, kind = _contents(text, m.end(), end, quotes)
        if not contents or _overlaps(taken, contents[0].start, contents[-1].end):
            continue
        span = Span(*m.span(1))
        speaker = reader.speakers.resolve(span, span.text_of(text).split())
        reader.out.append(reader.make(speaker, span, Span(*m.span(2)), contents, kind, False))
