"""Key points: rank an article's sentences and keep the best few, without repeats.

A sentence's score adds up a handful of cheap, explainable features:

* **Centrality** (the main term). Each content word (stop words removed) is weighted
  by the number of sentences it occurs in; a sentence scores the sum of its words'
  weights divided by ``len(words) + length_smoothing``, scaled so the best sentence of
  the article scores 1.
* **Lead**, decided per article from the text: ``lead * lede / (1 + position) **
  lead_decay``. The position counts paragraphs, or sentences (``sentence_step`` each)
  where a paragraph holds many, so a text without paragraph breaks still has a lead.
  ``lede`` says how far the text is written as an inverted pyramid: the share of the
  article's most central words (the ``lede_terms`` with the highest sentence counts)
  that its first sentence already holds, scaled so a lede holding ``lede_full`` of them
  gets the full prior and an anecdotal opening none — centrality decides there.
* **Title overlap**: ``title * |title words ∩ sentence words| / (1 + |title words|)``.
* **Attribution**: ``+attribution`` for reported statements ("..., officials said").
* **Main actor** (off by default, ``actor=0``): ``+actor`` for a sentence naming the
  article's most salient actor; the bench reports it as the ``main_actor`` ablation.
* **Quotation**: ``-quote`` for a sentence with a double quotation mark.
* **Length**: ``-long`` per word beyond ``long_words``: key points are read at a glance.

Sentences that :mod:`keypoint_rules` rejects (captions, credits, bylines, datelines,
score lines, fragments) are never ranked; a list marker or a run-on caption before a
sentence is left out of its span. Selection is greedy with redundancy control (MMR):
each next key point maximises ``score - redundancy * overlap`` with those already
chosen (overlap: shared content words over the smaller set), and a sentence
overlapping one already chosen by ``duplicate`` or more is never taken.

``confidence`` is the selected score relative to the best one, lowered for articles
not in English (the word lists are English) and for fragments used only because the
article has nothing else. Weights were chosen on the dev halves of the benchmarks in
``bench/keypoints.py``.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from briefing.analyse.keypoint_rules import (
    content_start,
    junk_reason,
    quote_state,
    run_on_start,
)
from briefing.analyse.text_stats import (
    ATTRIBUTION_WORDS,
    QUOTE_MARKS,
    STOP_WORDS,
    WORD,
    SentenceTerms,
    sentence_terms,
)
from briefing.model import Actor, KeyPoint, Sentence, Span


@dataclass(frozen=True, slots=True)
class Weights:
    """Feature weights of the sentence scorer (see the module docstring)."""

    length_smoothing: float = 3.0
    lead: float = 0.5
    lead_decay: float = 0.5
    sentence_step: float = 0.5
    lede_terms: int = 10
    lede_full: float = 0.5
    title: float = 0.1
    attribution: float = 0.03
    actor: float = 0.0
    quote: float = 0.1
    long_words: int = 35
    long: float = 0.0
    redundancy: float = 0.1
    duplicate: float = 0.8


DEFAULT_WEIGHTS = Weights()
NOT_ENGLISH_CONFIDENCE = 0.5
FRAGMENT_CONFIDENCE = 0.2


def _bags(terms: SentenceTerms) -> tuple[list[list[str]], list[bool]]:
    """Content words (:data:`WORD` tokens minus stop words) of every sentence, and
    whether each sentence reports speech ("said", "told")."""
    stop = STOP_WORDS
    split = WORD.findall
    isalnum = str.isalnum
    quiet = ATTRIBUTION_WORDS.isdisjoint
    out = []
    reported = []
    for t in terms.terms:
        if not all(map(isalnum, t)):  # Each term is one word; else split as WORD would.
            t = [w for term in t for w in ((term,) if term.isalnum() else split(term))]
        out.append([w for w in t if w not in stop])
        reported.append(not quiet(t))
    return out, reported


def _positions(sentences: Sequence[Sentence], step: float) -> list[float]:
    """Lead position of every sentence: its paragraph, or ``step`` per sentence if later."""
    first = sentences[0].paragraph
    return [max(s.paragraph - first, i * step) for i, s in enumerate(sentences)]


def lede_strength(bags: list[list[str]], weights: Weights = DEFAULT_WEIGHTS) -> float:
    """How far the first sentence holds the article's most central words (0-1)."""
    if len(bags) < 2 or not bags[0]:
        return 0.0 if len(bags) >= 2 else 1.0
    df = Counter(chain.from_iterable(map(set, bags)))
    central = [w for w, c in df.most_common(weights.lede_terms) if c > 1]
    if not central:
        return 1.0
    first = set(bags[0])
    share = sum(w in first for w in central) / len(central)
    return min(1.0, share / weights.lede_full) if weights.lede_full else 1.0


def score_sentences(
    text: str,
    sentences: Sequence[Sentence],
    title: str = "",
    weights: Weights = DEFAULT_WEIGHTS,
    actors: Sequence[Actor] = (),
    terms: SentenceTerms | None = None,
) -> list[float]:
    """Score every sentence; higher is a better key point.

    Args:
        text: The article text the sentences index.
        sentences: Sentence spans, in order.
        title: The article title, if any (its words raise overlapping sentences).
        weights: Feature weights.
        actors: Actors of the article; sentences naming the most salient one gain.
        terms: ``sentence_terms(text, sentences)`` if the caller has it.

    Returns:
        One score per sentence, in sentence order.
    """
    if not sentences:
        return []
    bags, reported = _bags(terms or sentence_terms(text, sentences))
    return _scores(text, sentences, bags, reported, title, weights, actors)


def _scores(
    text: str,
    sentences: Sequence[Sentence],
    bags: list[list[str]],
    reported: list[bool],
    title: str,
    weights: Weights,
    actors: Sequence[Actor],
) -> list[float]:
    """:func:`score_sentences` from the content-word bags."""
    df = Counter(chain.from_iterable(map(set, bags))).__getitem__
    k = weights.length_smoothing
    centrality = [sum(map(df, bag)) / (len(bag) + k) if bag or k else 0.0 for bag in bags]
    top = max(centrality) or 1.0
    lead = weights.lead * lede_strength(bags, weights) if weights.lead else 0.0
    decay = weights.lead_decay
    positions = _positions(sentences, weights.sentence_step)
    scores = [c / top + lead / (1 + p) ** decay for c, p in zip(centrality, positions, strict=True)]
    if title and weights.title:
        title_words = {w for w in WORD.findall(title.lower()) if w not in STOP_WORDS}
        scale = weights.title / (1 + len(title_words))
        scores = [s + scale * len(title_words.intersection(b)) for s, b in zip(scores, bags, strict=True)]
    if weights.attribution:
        scores = [s + weights.attribution if r else s for s, r in zip(scores, reported, strict=True)]
    if actors and weights.actor:
        for i in _main_actor_sentences(sentences, actors):
            scores[i] += weights.actor
    for i, s in enumerate(sentences):
        if weights.quote and any(q in text[s.start : s.end] for q in QUOTE_MARKS):
            scores[i] -= weights.quote
        if weights.long and len(bags[i]) > weights.long_words:
            scores[i] -= weights.long * (len(bags[i]) - weights.long_words)
    return scores


def _main_actor_sentences(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> set[int]:
    """Indices of sentences holding a mention of the most salient actor(s)."""
    best = max(a.salience for a in actors)
    starts = [s.start for s in sentences]
    found: set[int] = set()
    for a in actors:
        if a.salience == best:
            for m in a.mentions:
                i = bisect_right(starts, m.start) - 1
                if i >= 0 and m.start < sentences[i].end:
                    found.add(i)
    return found


def sentence_actors(sentences: Sequence[Span], actors: Sequence[Actor]) -> list[list[str]]:
    """For each span, the ids of actors with a mention starting inside it.

    ``sentences`` must be in text order (any subset of an article's sentences).
    """
    starts = [s.start for s in sentences]
    found: list[list[str]] = [[] for _ in sentences]
    for actor in actors:
        for m in actor.mentions:
            i = bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < sentences[i].end and actor.id not in found[i]:
                found[i].append(actor.id)
    return found


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may be a key point: its span (after any marker) and why not."""

    index: int
    start: int
    end: int
    junk: str | None


def candidates(text: str, sentences: Sequence[Sentence]) -> list[Candidate]:
    """Every sentence with its key-point span and :func:`junk_reason`."""
    out = []
    inside = False
    paragraph = -1
    for i, s in enumerate(sentences):
        if s.paragraph != paragraph:
            paragraph, inside = s.paragraph, False
        raw = text[s.start : s.end]
        cut = run_on_start(raw)
        cut += content_start(raw[cut:])
        starts_inside, inside = quote_state(raw, inside)
        reason = junk_reason(raw[cut:], starts_inside and not cut)
        if reason is None and cut and junk_reason(raw) == "caption":
            reason = "caption"
        out.append(Candidate(i, s.start + cut, s.end, reason))
    return out


def _overlap(a: set[str], b: set[str]) -> float:
    """Shared words over the smaller set (1 for a sentence inside another)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _select(
    pool: list[Candidate], scores: list[float], bags: list[set[str]], count: int, w: Weights
) -> list[tuple[Candidate, float]]:
    """Greedy MMR: best adjusted score first, near-duplicates of a chosen point skipped."""
    chosen: list[tuple[Candidate, float]] = []
    left = sorted(pool, key=lambda c: (-scores[c.index], c.index))
    while left and len(chosen) < count:
        best: tuple[float, int] | None = None
        for j, c in enumerate(left):
            if best is not None and scores[c.index] <= best[0]:
                break  # Sorted by raw score: nothing further can win.
            near = max((_overlap(bags[c.index], bags[o.index]) for o, _ in chosen), default=0.0)
            value = scores[c.index] - w.redundancy * near
            if near >= w.duplicate:
                value = -math.inf
            if best is None or value > best[0]:
                best = (value, j)
        if best is None or best[0] == -math.inf:
            break
        c = left.pop(best[1])
        chosen.append((c, best[0]))
    return chosen


def rank_key_points(
    text: str,
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
    count: int,
    title: str = "",
    *,
    terms: SentenceTerms | None = None,
    english: bool = True,
    weights: Weights = DEFAULT_WEIGHTS,
) -> tuple[KeyPoint, ...]:
    """Return the top ``count`` key points, best first.

    Args:
        text: The article text.
        sentences: Its sentences, in order (``sentence`` indexes this sequence).
        actors: Actors found in the text; each key point lists those it mentions.
        count: How many key points to return at most.
        title: The article title, if any.
        terms: ``sentence_terms(text, sentences)`` if the caller has it.
        english: False lowers every confidence (the word lists are English).
        weights: Feature weights.

    Returns:
        Key points ordered by descending (redundancy-adjusted) score; ties go to the
        earlier sentence.
    """
    if count <= 0 or not sentences:
        return ()
    word_bags, reported = _bags(terms or sentence_terms(text, sentences))
    scores = _scores(text, sentences, word_bags, reported, title, weights, actors)
    bags = [set(b) for b in word_bags]
    found = candidates(text, sentences)
    factor = 1.0 if english else NOT_ENGLISH_CONFIDENCE
    pool = [c for c in found if c.junk is None]
    if not pool:  # Nothing but fragments: rank those, with low confidence.
        pool = [c for c in found if c.junk == "fragment"]
        factor *= FRAGMENT_CONFIDENCE
    chosen = _select(pool, scores, bags, count, weights)
    if not chosen:
        return ()
    top = chosen[0][1]
    mentioned = sentence_actors(sorted((c for c, _ in chosen), key=lambda c: c.start), actors)
    by_start = dict(zip(sorted(c.start for c, _ in chosen), mentioned, strict=True))
    return tuple(
        KeyPoint(
            c.start,
            c.end,
            sentence=c.index,
            text=text[c.start : c.end],
            score=value,
            actors=tuple(by_start[c.start]),
            confidence=round(factor * _confidence(value, top), 3),
        )
        for c, value in chosen
    )


def _confidence(value: float, top: float) -> float:
    """A selected score relative to the best one, in [0.05, 1]."""
    if top <= 0:
        return 0.05
    return max(0.05, min(1.0, value / top))
