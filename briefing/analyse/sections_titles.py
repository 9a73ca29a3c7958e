"""Section titles: the salient actor and the words most specific to a section.

A word's weight is its count in the section times ``log(1 + sections / sections using
it)``; the title reads "Actor: term, term" or, without an actor, "Term: term, term".
"""

from __future__ import annotations

import math
from collections import Counter
from operator import itemgetter

from briefing.analyse.text_stats import TERM
from briefing.model import Actor


def norm_word(word: str) -> str:
    """Lower-case a token and drop a possessive ending ("China's" -> "china")."""
    w = word.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


def _surface(text: str, low: str | None, start: int, end: int, word: str) -> str:
    """How ``word`` is written in ``text[start:end]``: lower case if it ever is, else as first
    seen ("China"); hyphenated and possessive forms are found through their lower case.

    ``low`` is ``lower_aligned(text)``; without it the span is lower-cased on its own.
    """
    if low is None:
        low = text[start:end].lower()
        if len(low) != end - start:
            return word
        text = text[start:end]
        start, end = 0, len(low)
    first = -1
    size = len(word)
    i = low.find(word, start, end)
    while i >= 0:
        j = i + size
        if (i == start or not low[i - 1].isalnum()) and (j == end or not low[j].isalnum()):
            if text.startswith(word, i):
                return word
            if first < 0:
                first = i
        i = low.find(word, i + 1, end)
    return text[first : first + size] if first >= 0 else word


class Spread(dict[str, int]):
    """Word -> how many sections use it, counted when first asked for."""

    def __init__(self, sections: list[Counter[str]]) -> None:
        super().__init__()
        self.sections = sections

    def __missing__(self, word: str) -> int:
        n = self[word] = sum(word in s for s in self.sections)
        return n


def _top_terms(
    words: Counter[str], spread: dict[str, int], groups: int, skip: set[str], k: int
) -> list[str]:
    """The ``k`` words with the best count x log(1 + groups / groups using the word).

    Words said more than once in the section come first; single mentions only fill up.
    """
    best: list[tuple[float, str]] = []
    cap = math.log(1 + groups)
    log = math.log
    count = itemgetter(1)
    # Walk the words by descending count (ties in first-seen order, as most_common does),
    # sorting the many single mentions only if the repeated words leave room.
    part = [x for x in words.items() if x[1] >= 2]
    for repeated in (True, False):
        if not repeated:
            if len(best) >= k:
                break
            part = [x for x in words.items() if x[1] < 2]
        for w, c in sorted(part, key=count, reverse=True):
            if len(best) >= k and (c < 2 or c * cap < -best[-1][0]):
                return [w for _, w in best]
            if w in skip:
                continue
            best.append((-c * log(1 + groups / spread[w]), w))
            best.sort()
            del best[k:]
    return [w for _, w in best]


def section_title(
    text: str,
    low: str | None,
    span: tuple[int, int],
    words: Counter[str],
    spread: dict[str, int],
    groups: int,
    actors: dict[str, float],
    by_id: dict[str, Actor],
) -> str:
    """ "Actor: term, term" from the section's salient actor and most specific words."""
    head = ""
    skip: set[str] = set()
    if actors:
        best = max(actors, key=lambda a: (actors[a], by_id[a].salience))
        head = by_id[best].name
        names = {m.text for m in by_id[best].mentions}
        names.add(head)
        skip = {norm_word(w) for name in names for w in TERM.findall(name)}
    scored = _top_terms(words, spread, groups, skip, 2 if head else 3)
    terms = [_surface(text, low, span[0], span[1], w) for w in scored]
    if not head and terms:
        first = terms.pop(0)
        head = first[:1].upper() + first[1:]
    if not head:
        return "Text"
    return f"{head}: {', '.join(terms)}" if terms else head
