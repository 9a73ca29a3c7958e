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
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import chain
from operator import attrgetter, mul

from briefing.analyse.sections_titles import Spread, norm_word, section_title
from briefing.analyse.text_stats import (
    TERM,
    TITLE_STOP_WORDS,
    SentenceTerms,
    lower_aligned,
    sentence_terms,
)
from briefing.model import Actor, Paragraph, Section, Sentence

WINDOW = 2
MIN_PARAGRAPHS = 2
MIN_SENTENCES = 3
ACTOR_WEIGHT = 2
_MENTION_WEIGHT = {"demonym": 0.5, "reference": 0.5}
_PARAGRAPH_OF = attrgetter("paragraph")


def _topic_word(raw: str) -> str | None:
    """The normalised topic word for token ``raw``, or None if it names no topic."""
    w = norm_word(raw)
    if len(w) < 3 or w in TITLE_STOP_WORDS or not w.replace("-", "").isalpha():
        return None
    return w


class _TopicWords(dict[str, str | None]):
    """Token -> :func:`_topic_word`, filled on first sight (lookups stay in C)."""

    def __missing__(self, raw: str) -> str | None:
        w = self[raw] = _topic_word(raw)
        return w


_KNOWN = _TopicWords()
_KNOWN_LIMIT = 50_000


def _sentence_runs(
    text: str, paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence]
) -> list[tuple[int, int] | None]:
    """Per paragraph, the ``[i, j)`` run of sentences whose terms are exactly its terms.

    That holds when the paragraph's sentences follow each other and only whitespace lies
    between them and around them inside the paragraph; otherwise (or for a paragraph
    without sentences) the entry is None and the paragraph is scanned on its own.
    """
    runs: list[tuple[int, int] | None] = [None] * len(paragraphs)
    seen: set[int] = set()
    n = len(sentences)
    i = 0
    while i < n:
        k = sentences[i].paragraph
        j = i + 1
        while j < n and sentences[j].paragraph == k:
            j += 1
        if k in seen or not 0 <= k < len(paragraphs):
            if 0 <= k < len(paragraphs):
                runs[k] = None
            i = j
            continue
        seen.add(k)
        p = paragraphs[k]
        edge = p.start
        clean = True
        for s in sentences[i:j]:
            gap = text[edge : s.start]
            if s.start < edge or (gap and not gap.isspace()) or (not gap and edge != p.start):
                clean = False
                break
            edge = s.end
        if clean and edge <= p.end:
            tail = text[edge : p.end]
            if not tail or tail.isspace():
                runs[k] = (i, j)
        i = j
    return runs


def _paragraph_words(
    text: str,
    paragraphs: Sequence[Paragraph],
    sentences: Sequence[Sentence],
    shared: SentenceTerms,
) -> tuple[list[list[str]], str | None]:
    """Topic words (normalised) per paragraph, in text order, and ``lower_aligned(text)``.

    Reuses the sentence terms (``shared``) where they add up to a paragraph's terms;
    scans the other paragraphs.
    """
    known = _KNOWN
    if len(known) > _KNOWN_LIMIT:
        known.clear()
    get = known.__getitem__
    terms: list[list[str]]
    aligned: str | None
    if shared.low is not None:
        low = aligned = shared.low
        terms = shared.terms
        runs = _sentence_runs(text, paragraphs, sentences)
    else:
        aligned = lower_aligned(text)
        if aligned is not None:
            low = aligned
        else:
            low = text.lower()
            if len(low) != len(text):  # A rare character changed length when lower-cased.
                low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
        terms = []
        runs = [None] * len(paragraphs)
    findall = TERM.findall
    from_terms = chain.from_iterable
    bags = []
    for p, run in zip(paragraphs, runs, strict=True):
        tokens = from_terms(terms[run[0] : run[1]]) if run else findall(low, p.start, p.end)
        bags.append(list(filter(None, map(get, tokens))))
    return bags, aligned


def _actor_counts(
    paragraphs: Sequence[Paragraph], actors: Sequence[Actor]
) -> list[dict[str, float]]:
    """Weighted actor mentions per paragraph, keyed by actor id."""
    counts: list[dict[str, float]] = [{} for _ in paragraphs]
    starts = [p.start for p in paragraphs]
    ends = [p.end for p in paragraphs]
    weight = _MENTION_WEIGHT.get
    for actor in actors:
        key = actor.id
        for m in actor.mentions:
            start = m.start
            i = bisect_right(starts, start) - 1
            if i >= 0 and start < ends[i]:
                found = counts[i]
                found[key] = found.get(key, 0.0) + weight(m.reason, 1.0)
    return counts


def _sizes(paragraphs: Sequence[Paragraph], sentences: Sequence[Sentence]) -> list[int]:
    """Sentences per paragraph (a sentence whose paragraph index is out of range counts nowhere)."""
    per = Counter(map(_PARAGRAPH_OF, sentences))
    return [per.get(i, 0) for i in range(len(paragraphs))]


def _tiling(bags: list[list[str]], counts: list[dict[str, float]]) -> list[list[str]]:
    """The words the tiling compares: each paragraph's, plus its actor mentions, weighted."""
    if not any(counts):
        return bags
    tiling = []
    for a_count, bag in zip(counts, bags, strict=True):
        if a_count:
            bag = bag.copy()
            for a, v in a_count.items():
                bag += ["@" + a] * round(ACTOR_WEIGHT * v)
        tiling.append(bag)
    return tiling


def _window(bags: list[list[str]], a: int, b: int) -> tuple[Counter[str], float]:
    """Word counts of ``bags[a:b]`` and their Euclidean norm."""
    counts = Counter(chain.from_iterable(bags[a:b]))
    return counts, math.hypot(*counts.values())


def _cosine(a: tuple[Counter[str], float], b: tuple[Counter[str], float]) -> float:
    """Cosine similarity of two :func:`_window` results."""
    ca, cb = a[0], b[0]
    common = ca.keys() & cb.keys()
    if not common:
        return 0.0
    dot = sum(map(mul, map(ca.__getitem__, common), map(cb.__getitem__, common)))
    return dot / (a[1] * b[1])


def _depths(cohesion: list[float]) -> list[float]:
    """TextTiling depth: how far each gap sits below the peaks on either side.

    The peak on the left of gap ``i`` is reached by climbing while the next value is
    not lower, so it is the left peak of ``i - 1`` when ``cohesion[i - 1] >= cohesion[i]``:
    one pass each way, linear even when every value is equal.
    """
    n = len(cohesion)
    left = list(cohesion)
    for i in range(1, n):
        if cohesion[i - 1] >= cohesion[i]:
            left[i] = left[i - 1]
    right = list(cohesion)
    for i in range(n - 2, -1, -1):
        if cohesion[i + 1] >= cohesion[i]:
            right[i] = right[i + 1]
    return [left[i] - c + right[i] - c for i, c in enumerate(cohesion)]


def _boundaries(bags: list[list[str]], sizes: list[int]) -> list[int]:
    """Paragraph indices that start a new section (never 0), in order."""
    n = len(bags)
    if n < 2 * MIN_PARAGRAPHS or sum(sizes) < 2 * MIN_SENTENCES:
        return []
    # The window after gap g is the window before gap g + WINDOW: count each once.
    windows: dict[tuple[int, int], tuple[Counter[str], float]] = {}
    cohesion = []
    for g in range(1, n):
        spans = ((max(0, g - WINDOW), g), (g, min(n, g + WINDOW)))
        for a, b in spans:
            if (a, b) not in windows:
                windows[a, b] = _window(bags, a, b)
        cohesion.append(_cosine(windows[spans[0]], windows[spans[1]]))
    depth = _depths(cohesion)
    mean = sum(depth) / len(depth)
    spread = math.sqrt(sum((d - mean) ** 2 for d in depth) / len(depth))
    cutoff = max(mean - spread / 2, 1e-9)
    limit = 1 + int(math.sqrt(n))
    candidates = sorted(range(1, n), key=lambda g: (-depth[g - 1], cohesion[g - 1], abs(2 * g - n)))
    before = [0]  # sentences before paragraph i, so a section's size is one subtraction
    for size in sizes:
        before.append(before[-1] + size)
    cuts: list[int] = []
    for g in candidates:
        if len(cuts) + 1 >= limit:
            break
        if cuts and depth[g - 1] < cutoff:
            break
        at = bisect_right(cuts, g)
        a = cuts[at - 1] if at else 0
        b = cuts[at] if at < len(cuts) else n
        # Only the section that g splits changes: check its two halves.
        if all(
            hi - lo >= MIN_PARAGRAPHS and before[hi] - before[lo] >= MIN_SENTENCES
            for lo, hi in ((a, g), (g, b))
        ):
            cuts.insert(at, g)
    return cuts


def topical_sections(
    text: str,
    paragraphs: Sequence[Paragraph],
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
    terms: SentenceTerms | None = None,
) -> tuple[Section, ...]:
    """Group consecutive paragraphs by shared actors and words into titled sections.

    Args:
        text: The article text.
        paragraphs: Its paragraphs, in order.
        sentences: Its sentences (their paragraph indices size the sections).
        actors: Actors found in the text (may be empty).
        terms: ``sentence_terms(text, sentences)`` if the caller has it (computed if not).

    Returns:
        Sections with ``generated=True`` and ``level=2`` tiling ``[0, len(text))`` in
        order; never more than there are paragraphs, and one if there are none.
    """
    paragraphs = list(paragraphs)
    if terms is None:
        terms = sentence_terms(text, sentences)
    bags, low = _paragraph_words(text, paragraphs, sentences, terms)
    counts = _actor_counts(paragraphs, actors)
    by_id = {a.id: a for a in actors}
    cuts: list[int] = []
    if len(paragraphs) >= 2 * MIN_PARAGRAPHS:  # else _boundaries finds none
        found = _boundaries(_tiling(bags, counts), _sizes(paragraphs, sentences))
        cuts = [g for g in found if paragraphs[g].start > 0]
    edges = [0, *cuts, len(paragraphs)]
    groups = [(a, b) for a, b in zip(edges, edges[1:], strict=False) if b > a] or [(0, 0)]

    words: list[Counter[str]] = []
    who: list[dict[str, float]] = []
    for first, last in groups:
        words.append(Counter(chain.from_iterable(bags[first:last])))
        c: dict[str, float] = {}
        for i in range(first, last):
            for key, v in counts[i].items():
                c[key] = c.get(key, 0) + v
        who.append(c)
    spread = Spread(words)

    starts = [0] + [paragraphs[a].start for a, _ in groups[1:]]
    ends = starts[1:] + [len(text)]
    if low is not None and ends[-1] > len(low):
        low = None
    return tuple(
        Section(
            start,
            end,
            title=section_title(text, low, (start, end), w, spread, len(groups), c, by_id),
            level=2,
            generated=True,
        )
        for start, end, w, c in zip(starts, ends, words, who, strict=True)
    )
