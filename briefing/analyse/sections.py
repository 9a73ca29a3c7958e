"""Topical sections: split an article into runs of paragraphs about the same thing.

A small TextTiling: every paragraph becomes a bag of content words plus the actors it
mentions (an actor counts double: who is involved is the strongest topic signal).
At each gap between paragraphs the words of the ``WINDOW`` paragraphs before are
compared with the ``WINDOW`` after (cosine similarity); a gap whose similarity dips
well below its neighbours (a deep valley) is a topic shift. Gaps are taken deepest
first while every section keeps at least ``MIN_PARAGRAPHS`` paragraphs and
``MIN_SENTENCES`` sentences, up to ``1 + sqrt(paragraphs)`` sections. An article long
enough for two sections always gets at least two, so the outline is never empty.

Each section is titled by its most mentioned actor and the two words most specific to
it (frequent in the section, rare in the others): "NATO: China, support".
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import chain
from operator import mul

from briefing.analyse.text_stats import TITLE_STOP_WORDS
from briefing.model import Actor, Paragraph, Section, Sentence

# Words with inner hyphens stay whole here ("Indo-Pacific", "Euro-Atlantic").
TERM = re.compile(r"\w+(?:[-'’]\w+)*")

WINDOW = 2
MIN_PARAGRAPHS = 2
MIN_SENTENCES = 3
ACTOR_WEIGHT = 2
_MENTION_WEIGHT = {"demonym": 0.5, "reference": 0.5}


def _norm(word: str) -> str:
    """Lower-case a token and drop a possessive ending ("China's" -> "china")."""
    w = word.lower()
    if w.endswith(("'s", "’s")):
        w = w[:-2]
    return w


_KNOWN: dict[str, str | None] = {}
_KNOWN_LIMIT = 50_000


def _topic_word(raw: str) -> str | None:
    """The normalised topic word for token ``raw``, or None if it names no topic."""
    w = _norm(raw)
    if len(w) < 3 or w in TITLE_STOP_WORDS or not w.replace("-", "").isalpha():
        return None
    return w


def _paragraph_words(text: str, paragraphs: Sequence[Paragraph]) -> list[list[str]]:
    """Topic words (normalised) per paragraph, in text order."""
    known = _KNOWN
    if len(known) > _KNOWN_LIMIT:
        known.clear()
    low = text.lower()
    if len(low) != len(text):  # A rare character changed length when lower-cased.
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    findall = TERM.findall
    bags = []
    for p in paragraphs:
        tokens = findall(low, p.start, p.end)
        for t in set(tokens).difference(known):
            known[t] = _topic_word(t)
        bags.append(list(filter(None, map(known.__getitem__, tokens))))
    return bags


def _surface(text: str, start: int, end: int, word: str) -> str:
    """How ``word`` is written in ``text[start:end]``: lower case if it ever is, else as first
    seen ("China"); hyphenated and possessive forms are found through their lower case."""
    low = text[start:end].lower()
    if len(low) != end - start:
        return word
    first = -1
    i = low.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
            found = text[start + i : start + j]
            if found == word:
                return word
            if first < 0:
                first = i
        i = low.find(word, i + 1)
    return text[start + first : start + first + len(word)] if first >= 0 else word


def _actor_counts(paragraphs: Sequence[Paragraph], actors: Sequence[Actor]
                  ) -> list[dict[str, float]]:
    """Weighted actor mentions per paragraph, keyed by actor id."""
    counts: list[dict[str, float]] = [{} for _ in paragraphs]
    starts = [p.start for p in paragraphs]
    weight = _MENTION_WEIGHT.get
    for actor in actors:
        key = actor.id
        for m in actor.mentions:
            i = bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < paragraphs[i].end:
                found = counts[i]
                found[key] = found.get(key, 0.0) + weight(m.reason, 1.0)
    return counts


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two word-count vectors."""
    common = a.keys() & b.keys()
    if not common:
        return 0.0
    dot = sum(map(mul, map(a.__getitem__, common), map(b.__getitem__, common)))
    return dot / (math.hypot(*a.values()) * math.hypot(*b.values()))


def _depths(cohesion: list[float]) -> list[float]:
    """TextTiling depth: how far each gap sits below the peaks on either side."""
    out = []
    n = len(cohesion)
    for i, c in enumerate(cohesion):
        left = c
        j = i
        while j > 0 and cohesion[j - 1] >= left:
            j -= 1
            left = cohesion[j]
        right = c
        j = i
        while j < n - 1 and cohesion[j + 1] >= right:
            j += 1
            right = cohesion[j]
        out.append(left - c + right - c)
    return out


def _boundaries(bags: list[list[str]], sizes: list[int]) -> list[int]:
    """Paragraph indices that start a new section (never 0), in order."""
    n = len(bags)
    if n < 2 * MIN_PARAGRAPHS or sum(sizes) < 2 * MIN_SENTENCES:
        return []
    cohesion = []
    for g in range(1, n):
        left = Counter(chain.from_iterable(bags[max(0, g - WINDOW) : g]))
        right = Counter(chain.from_iterable(bags[g : g + WINDOW]))
        cohesion.append(_cosine(left, right))
    depth = _depths(cohesion)
    mean = sum(depth) / len(depth)
    spread = math.sqrt(sum((d - mean) ** 2 for d in depth) / len(depth))
    cutoff = max(mean - spread / 2, 1e-9)
    limit = 1 + int(math.sqrt(n))
    candidates = sorted(range(1, n), key=lambda g: (-depth[g - 1], cohesion[g - 1],
                                                    abs(2 * g - n)))
    cuts: list[int] = []
    for g in candidates:
        if len(cuts) + 1 >= limit:
            break
        if cuts and depth[g - 1] < cutoff:
            break
        trial = sorted([*cuts, g])
        edges = [0, *trial, n]
        if all(b - a >= MIN_PARAGRAPHS and sum(sizes[a:b]) >= MIN_SENTENCES
               for a, b in zip(edges, edges[1:], strict=False)):
            cuts = trial
    return cuts


def _top_terms(words: Counter[str], spread: Counter[str], groups: int, skip: set[str],
               k: int) -> list[str]:
    """The ``k`` words with the best count x log(1 + groups / groups using the word).

    Words said more than once in the section come first; single mentions only fill up.
    """
    best: list[tuple[float, str]] = []
    cap = math.log(1 + groups)
    for w, c in words.most_common():
        if len(best) >= k and (c < 2 or c * cap < -best[-1][0]):
            break
        if w in skip:
            continue
        best.append((-c * math.log(1 + groups / spread[w]), w))
        best.sort()
        del best[k:]
    return [w for _, w in best]


def _title(text: str, span: tuple[int, int], words: Counter[str], spread: Counter[str],
           groups: int, actors: Counter[str], by_id: dict[str, Actor]) -> str:
    """"Actor: term, term" from the section's salient actor and most specific words."""
    head = ""
    skip: set[str] = set()
    if actors:
        best = max(actors, key=lambda a: (actors[a], by_id[a].salience))
        head = by_id[best].name
        names = {m.text for m in by_id[best].mentions}
        names.add(head)
        skip = {_norm(w) for name in names for w in TERM.findall(name)}
    scored = _top_terms(words, spread, groups, skip, 2 if head else 3)
    terms = [_surface(text, span[0], span[1], w) for w in scored]
    if not head and terms:
        first = terms.pop(0)
        head = first[:1].upper() + first[1:]
    if not head:
        return "Text"
    return f"{head}: {', '.join(terms)}" if terms else head


def topical_sections(text: str, paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence],
                     actors: Sequence[Actor]) -> tuple[Section, ...]:
    """Group consecutive paragraphs by shared actors and words into titled sections.

    Args:
        text: The article text.
        paragraphs: Its paragraphs, in order.
        sentences: Its sentences (their paragraph indices size the sections).
        actors: Actors found in the text (may be empty).

    Returns:
        Sections with ``generated=True`` and ``level=2`` tiling ``[0, len(text))`` in
        order; never more than there are paragraphs, and one if there are none.
    """
    paragraphs = list(paragraphs)
    bags = _paragraph_words(text, paragraphs)
    counts = _actor_counts(paragraphs, actors)
    by_id = {a.id: a for a in actors}
    sizes = [0] * len(paragraphs)
    for s in sentences:
        if 0 <= s.paragraph < len(sizes):
            sizes[s.paragraph] += 1
    tiling = bags
    if actors:  # Each actor mention joins its paragraph's words, weighted.
        tiling = [
            bag + [f"@{a}" for a, v in a_count.items() for _ in range(round(ACTOR_WEIGHT * v))]
            for a_count, bag in zip(counts, bags, strict=True)
        ]
    cuts = [g for g in _boundaries(tiling, sizes) if paragraphs[g].start > 0]
    edges = [0, *cuts, len(paragraphs)]
    groups = [(a, b) for a, b in zip(edges, edges[1:], strict=False) if b > a] or [(0, 0)]

    words: list[Counter[str]] = []
    who: list[Counter[str]] = []
    for a, b in groups:
        words.append(Counter(chain.from_iterable(bags[a:b])))
        c: Counter[str] = Counter()
        for i in range(a, b):
            for key, v in counts[i].items():
                c[key] += v
        who.append(c)
    spread: Counter[str] = Counter()
    for w in words:
        spread.update(w.keys())

    starts = [0] + [paragraphs[a].start for a, _ in groups[1:]]
    ends = starts[1:] + [len(text)]
    return tuple(
        Section(start, end, title=_title(text, (start, end), w, spread, len(groups), c, by_id),
                level=2, generated=True)
        for start, end, w, c in zip(starts, ends, words, who, strict=True)
    )
