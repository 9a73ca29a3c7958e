"""Key points: rank an article's sentences and keep the best few.

A sentence's score adds up a handful of cheap, explainable features:

* **Centrality** (the main term). Each content word (stop words removed) is weighted
  by the number of sentences it occurs in; a sentence scores the sum of its words'
  weights divided by ``len(words) + length_smoothing``, scaled so the best sentence of
  the article scores 1. Sentences built from the article's recurring vocabulary win;
  the smoothing keeps three-word fragments from winning on a single frequent word.
* **Lead**: ``lead / (1 + paragraph index) ** lead_decay``. News puts the story in the
  first paragraphs; the prior works on paragraphs, not sentences, so an article whose
  opening block holds many sentences does not hand all of them the bonus.
* **Title overlap**: ``title * |title words ∩ sentence words| / (1 + |title words|)``.
* **Attribution**: ``+attribution`` for reported statements ("..., officials said").
* **Main actor** (off by default, ``actor=0``): ``+actor`` for a sentence naming the
  article's most salient actor. It helped while actor salience was tuned one way and hurt
  after it changed, so rankings do not depend on actor extraction; the bench reports it
  as the ``main_actor`` ablation.
* **Quotation**: ``-quote`` for a sentence with a double quotation mark; key points
  should be the reporter's statements rather than fragments of speech.
* **Fragment**: ``-fragment`` for a sentence that does not end with a stop (captions,
  "Watch the video »" links, headings run into the text).

The weights were chosen on two benchmarks pulling in opposite directions (BBC News
Summary rewards central sentences, CNN highlights reward the lead); see
``bench/keypoints.py`` for the figures and ablations.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from briefing.analyse.text_stats import (
    ATTRIBUTION_WORDS,
    QUOTE_MARKS,
    STOP_WORDS,
    TERMINATORS,
    WORD,
    is_terminated,
    sentence_terms,
)
from briefing.model import Actor, KeyPoint, Paragraph, Sentence


@dataclass(frozen=True, slots=True)
class Weights:
    """Feature weights of the sentence scorer (see the module docstring)."""

    length_smoothing: float = 3.0
    lead: float = 0.5
    lead_decay: float = 0.5
    title: float = 0.1
    attribution: float = 0.03
    actor: float = 0.0
    quote: float = 0.1
    fragment: float = 0.3


DEFAULT_WEIGHTS = Weights()


def score_sentences(
    text: str,
    sentences: Sequence[Sentence],
    title: str = "",
    weights: Weights = DEFAULT_WEIGHTS,
    actors: Sequence[Actor] = (),
) -> list[float]:
    """Score every sentence; higher is a better key point.

    Args:
        text: The article text the sentences index.
        sentences: Sentence spans, in order.
        title: The article title, if any (its words raise overlapping sentences).
        weights: Feature weights.
        actors: Actors of the article; sentences naming the most salient one gain.

    Returns:
        One score per sentence, in sentence order.
    """
    n = len(sentences)
    if not n:
        return []
    stop = STOP_WORDS
    findall = WORD.findall
    shared = sentence_terms(text, sentences)
    if shared is None:  # Lower-casing moved offsets: lower each sentence on its own.
        tokens = [findall(text[s.start : s.end].lower()) for s in sentences]
        unreported = list(map(ATTRIBUTION_WORDS.isdisjoint, tokens))
        bags = [[w for w in t if w not in stop] for t in tokens]
    else:
        split = WORD.findall
        isalnum = str.isalnum
        tokens = [
            t
            if all(map(isalnum, t))  # Each term is one word; else split as WORD would.
            else [w for term in t for w in ((term,) if term.isalnum() else split(term))]
            for t in shared[1]
        ]
        unreported = list(map(ATTRIBUTION_WORDS.isdisjoint, tokens))
        bags = [[w for w in t if w not in stop] for t in tokens]
    df = Counter(chain.from_iterable(map(set, bags))).__getitem__
    k = weights.length_smoothing
    centrality = [sum(map(df, bag)) / (len(bag) + k) if bag or k else 0.0 for bag in bags]
    top = max(centrality) or 1.0

    title_words = {w for w in findall(title.lower()) if w not in stop} if title else set()
    title_scale = weights.title / (1 + len(title_words)) if title_words else 0.0
    overlap = title_words.intersection
    lead, decay = weights.lead, weights.lead_decay
    attribution, quote, fragment = weights.attribution, weights.quote, weights.fragment
    quoted = _quoted_sentences(text, sentences) if quote else set()
    first_paragraph = sentences[0].paragraph
    main = _main_actor_sentences(sentences, actors) if actors and weights.actor else set()

    # Feature by feature over all sentences; each sentence still gets its terms added in
    # the same order (centrality + lead, title, attribution, actor, quote, fragment).
    offsets = [s.paragraph - first_paragraph for s in sentences]
    priors = {p: lead / (1 + p) ** decay if p >= 0 else 0.0 for p in set(offsets)}
    scores = [cent / top + priors[p] for cent, p in zip(centrality, offsets, strict=True)]
    if title_scale:
        scores = [
            score + title_scale * len(overlap(bag)) for score, bag in zip(scores, bags, strict=True)
        ]
    for i, quiet in enumerate(unreported):
        if not quiet:
            scores[i] += attribution
    for i in main:
        scores[i] += weights.actor
    for i in quoted:
        scores[i] -= quote
    if fragment:
        stops = TERMINATORS
        for i, s in enumerate(sentences):
            a, b = s.start, s.end
            # Most sentences end with a stop: skip the full check for them.
            if not (b > a and text[b - 1] in stops) and not is_terminated(text, a, b):
                scores[i] -= fragment
    return scores


def _quoted_sentences(text: str, sentences: Sequence[Sentence]) -> set[int]:
    """Indices of sentences holding a double quotation mark."""
    starts: list[int] = []
    found: set[int] = set()
    for mark in QUOTE_MARKS:
        q = text.find(mark)
        while q >= 0:
            if not starts:
                starts = [s.start for s in sentences]
            i = bisect_right(starts, q) - 1
            if i >= 0 and q < sentences[i].end:
                found.add(i)
            q = text.find(mark, q + 1)
    return found


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


def sentence_actors(sentences: Sequence[Sentence], actors: Sequence[Actor]) -> list[list[str]]:
    """For each sentence, the ids of actors with a mention starting inside it.

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


def rank_key_points(
    text: str,
    sentences: Sequence[Sentence],
    paragraphs: Sequence[Paragraph],
    actors: Sequence[Actor],
    count: int,
    title: str = "",
) -> tuple[KeyPoint, ...]:
    """Return the top ``count`` sentences as key points, best first.

    Args:
        text: The article text.
        sentences: Its sentences, in order (``sentence`` indexes this sequence).
        paragraphs: Its paragraphs (sentence paragraph indices refer to these).
        actors: Actors found in the text; each key point lists those it mentions.
        count: How many key points to return at most.
        title: The article title, if any.

    Returns:
        Key points ordered by descending score; ties go to the earlier sentence.
    """
    del paragraphs  # Sentences carry their paragraph index; spans are not needed.
    if count <= 0 or not sentences:
        return ()
    scores = score_sentences(text, sentences, title, actors=actors)
    # A stable sort keeps ties in sentence order, also with reverse=True.
    order = sorted(range(len(sentences)), key=scores.__getitem__, reverse=True)[:count]
    in_text = sorted(order)
    mentioned = dict(
        zip(in_text, sentence_actors([sentences[i] for i in in_text], actors), strict=True)
    )
    return tuple(
        KeyPoint(
            sentences[i].start,
            sentences[i].end,
            sentence=i,
            text=text[sentences[i].start : sentences[i].end],
            score=scores[i],
            actors=tuple(mentioned[i]),
        )
        for i in order
    )
