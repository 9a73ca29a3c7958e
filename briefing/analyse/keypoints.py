"""Key points: rank an article's sentences and keep the best few, without repeats.

A sentence's score adds up a handful of cheap, explainable features:

* **Centrality** (the main term). Each content word (stop words removed) is weighted
  by the number of sentences it occurs in; a sentence scores the sum of its words'
  weights divided by ``len(words) + length_smoothing``, scaled so the best sentence of
  the article scores 1.
* **Lead**, decided per article from the text: ``lead * lede / (1 + position) **
  lead_decay``. The position counts paragraphs, or sentences (``sentence_step`` each)
  where a paragraph holds many. ``lede`` says how far the text is written as an
  inverted pyramid: how central its first sentence is (its centrality over the best
  sentence's), scaled so a lede reaching ``lede_full`` of the best gets the full prior
  and an off-topic, anecdotal opening little — centrality decides there. Text without
  paragraph breaks (``GLUED_SENTENCES`` or more sentences per paragraph: a story whose
  line breaks were lost) has only sentence positions to go by, and their order carries
  the inverted pyramid: there the prior is ``glued_lead`` with decay ``glued_decay`` per
  sentence (and ``glued_lede_full``).
* **Title overlap**: ``title * |title words ∩ sentence words| / (1 + |title words|)``.
* **Attribution**: ``+attribution`` for reported statements ("..., officials said").
* **Main actor** (off by default, ``actor=0``): ``+actor`` for a sentence naming the
  article's most salient actor; the bench reports it as the ``main_actor`` ablation.
* **Quotation**: ``-quote`` for a sentence with a double quotation mark (or, with
  ``single_quote``, an opening single one, which British papers use for speech): key
  points should be the reporter's statements.

Sentences that :mod:`keypoint_rules` rejects (captions, credits, bylines, datelines,
score lines, fragments) are never ranked; a list marker or a run-on caption before a
sentence is left out of its span. Selection is greedy with redundancy control (MMR):
each next key point maximises ``score - redundancy * overlap`` with those already
chosen (overlap: shared content words, numbers aside, over the smaller set), and a sentence
overlapping one already chosen by ``duplicate`` or more (``short_duplicate`` for
sentences of at most ``short_words`` content words: "The stock's 52-week high is
$9.80." after "... is $10.12.") is never taken.

``confidence`` is the selected score relative to the best one, lowered for articles
not in English (the word lists are English) and for fragments used only because the
article has nothing else. Weights were chosen on the dev halves of the benchmarks in
``bench/keypoints.py``.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from briefing.analyse.keypoint_rules import (
    GLUED_SENTENCES,
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
    lead: float = 0.3
    lead_decay: float = 0.5
    sentence_step: float = 0.5
    glued_lead: float = 5.0
    glued_decay: float = 1.0
    glued_lede_full: float = 0.8
    lede_full: float = 1.0
    title: float = 0.1
    attribution: float = 0.03
    actor: float = 0.0
    quote: float = 0.15
    single_quote: bool = True
    redundancy: float = 0.05
    duplicate: float = 0.75
    short_words: int = 6
    short_duplicate: float = 0.6


DEFAULT_WEIGHTS = Weights()
NOT_ENGLISH_CONFIDENCE = 0.5
FRAGMENT_CONFIDENCE = 0.2


def _bags(terms: SentenceTerms) -> tuple[list[list[str]], list[bool]]:
    """Content words (:data:`WORD` tokens minus stop words) of every sentence, and
    whether each sentence reports speech ("said", "told")."""
    stop = STOP_WORDS
    split = WORD.findall
    isalnum = str.isalnum
    tokens = [
        t
        if all(map(isalnum, t))  # Each term is one word; else split as WORD would.
        else [w for term in t for w in ((term,) if term.isalnum() else split(term))]
        for t in terms.terms
    ]
    quiet = list(map(ATTRIBUTION_WORDS.isdisjoint, tokens))
    return [[w for w in t if w not in stop] for t in tokens], [not q for q in quiet]


def _positions(sentences: Sequence[Sentence], step: float) -> list[float]:
    """Lead position of every sentence: its paragraph, or ``step`` per sentence if later."""
    first = sentences[0].paragraph
    return [max(s.paragraph - first, i * step) for i, s in enumerate(sentences)]


def lede_strength(centrality: list[float], full: float) -> float:
    """How far the first sentence is as central as the article's most central one (0-1).

    A lede whose centrality reaches ``full`` times the best sentence's scores 1.
    """
    if len(centrality) < 2:
        return 1.0
    top = max(centrality)
    if top <= 0 or not full:
        return 1.0
    return min(1.0, centrality[0] / (top * full))


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
    quoted = _quoted_sentences(text, sentences)
    speech = quoted | _quoted_sentences(text, sentences, "‘") if weights.single_quote else quoted
    return _scores(sentences, bags, reported, speech, title, weights, actors)


def _scores(
    sentences: Sequence[Sentence],
    bags: list[list[str]],
    reported: list[bool],
    quoted: set[int],
    title: str,
    weights: Weights,
    actors: Sequence[Actor],
) -> list[float]:
    """:func:`score_sentences` from the content-word bags."""
    counts = Counter(chain.from_iterable(map(set, bags)))
    df = counts.__getitem__
    k = weights.length_smoothing
    centrality = [sum(map(df, bag)) / (len(bag) + k) if bag or k else 0.0 for bag in bags]
    top = max(centrality) or 1.0
    lead, decay, step = weights.lead, weights.lead_decay, weights.sentence_step
    full = weights.lede_full
    if _unbroken(sentences):  # No paragraph breaks: sentences are the units of the lead.
        lead, decay, step = weights.glued_lead, weights.glued_decay, 1.0
        full = weights.glued_lede_full
    lead = lead * lede_strength(centrality, full) if lead else 0.0
    positions = _positions(sentences, step)
    scores = [c / top + lead / (1 + p) ** decay for c, p in zip(centrality, positions, strict=True)]
    if title and weights.title:
        title_words = {w for w in WORD.findall(title.lower()) if w not in STOP_WORDS}
        scale = weights.title / (1 + len(title_words))
        overlap = title_words.intersection
        scores = [s + scale * len(overlap(b)) for s, b in zip(scores, bags, strict=True)]
    if weights.attribution:
        scores = [
            s + weights.attribution if r else s for s, r in zip(scores, reported, strict=True)
        ]
    if actors and weights.actor:
        for i in _main_actor_sentences(sentences, actors):
            scores[i] += weights.actor
    if weights.quote:
        for i in quoted:
            scores[i] -= weights.quote
    return scores


def _quoted_sentences(
    text: str, sentences: Sequence[Sentence], marks: str = QUOTE_MARKS
) -> set[int]:
    """Indices of sentences holding a double quotation mark (or one of ``marks``)."""
    starts: list[int] = []
    found: set[int] = set()
    for mark in marks:
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
class Candidate(Span):
    """A sentence that may be a key point: its span (after any marker) and why not."""

    index: int = 0
    junk: str | None = None


def _open_quotes(text: str, sentences: Sequence[Sentence], quoted: set[int]) -> list[bool]:
    """Per sentence, whether it starts inside a quotation opened earlier in its paragraph.

    ``quoted`` holds the sentences with a double quotation mark (the others keep the state).
    """
    if not quoted:
        return [False] * len(sentences)
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


def candidate(
    text: str, sentence: Sentence, index: int, in_quote: bool, glued: bool = True
) -> Candidate:
    """The key-point span of ``sentence`` and its :func:`junk_reason`.

    ``glued``: the paragraph lost its line breaks (look for run-on captions).
    """
    raw = text[sentence.start : sentence.end]
    cut = run_on_start(raw) if glued else 0
    cut += content_start(raw[cut:])
    reason = junk_reason(raw[cut:], in_quote and not cut)
    if reason is None and cut and junk_reason(raw) == "caption":
        reason = "caption"
    return Candidate(sentence.start + cut, sentence.end, index, reason)


def candidates(text: str, sentences: Sequence[Sentence]) -> list[Candidate]:
    """Every sentence with its key-point span and :func:`junk_reason`."""
    inside = _open_quotes(text, sentences, _quoted_sentences(text, sentences))
    glued = _glued(sentences)
    return [candidate(text, s, i, inside[i], s.paragraph in glued) for i, s in enumerate(sentences)]


def _unbroken(sentences: Sequence[Sentence]) -> bool:
    """True for text without paragraph breaks (``GLUED_SENTENCES`` per paragraph or more)."""
    paragraphs = sentences[-1].paragraph - sentences[0].paragraph + 1
    return len(sentences) >= GLUED_SENTENCES * paragraphs


def _glued(sentences: Sequence[Sentence]) -> set[int]:
    """Paragraphs holding so many sentences that their line breaks were probably lost."""
    sizes = Counter(s.paragraph for s in sentences)
    return {p for p, n in sizes.items() if n >= GLUED_SENTENCES}


def _overlap(a: set[str], b: set[str]) -> float:
    """Shared words over the smaller set (1 for a sentence inside another)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class _WordSets(dict[int, set[str]]):
    """Sentence index -> its content words without numbers, made when first needed.

    Numbers do not make a sentence new: "volume 50% below ..." repeats "volume 60% below".
    """

    def __init__(self, bags: list[list[str]]) -> None:
        super().__init__()
        self.bags = bags

    def __missing__(self, i: int) -> set[str]:
        found = self[i] = {w for w in self.bags[i] if not w.isdigit()}
        return found


class _Pool:
    """Clean candidates in descending score order, judged by the rules only when reached."""

    def __init__(
        self, text: str, sentences: Sequence[Sentence], order: list[int], inside: list[bool]
    ) -> None:
        self.text, self.sentences, self.inside = text, sentences, inside
        self.glued = _glued(sentences)
        self.order = iter(order)
        self.seen: list[Candidate] = []

    def __iter__(self) -> Iterator[Candidate]:
        yield from self.seen
        for i in self.order:
            s = self.sentences[i]
            c = candidate(self.text, s, i, self.inside[i], s.paragraph in self.glued)
            if c.junk is None:
                self.seen.append(c)
                yield c


def _select(
    pool: Iterable[Candidate],
    scores: list[float],
    bags: Mapping[int, set[str]],
    count: int,
    w: Weights,
) -> list[tuple[Candidate, float]]:
    """Greedy MMR: best adjusted score first, near-duplicates of a chosen point skipped.

    ``pool`` yields candidates in descending score order (ties: earlier first), and may
    be iterated again.
    """
    chosen: list[tuple[Candidate, float]] = []
    taken: set[int] = set()
    while len(chosen) < count:
        best: tuple[float, Candidate] | None = None
        for c in pool:
            if c.index in taken:
                continue
            if best is not None and scores[c.index] <= best[0]:
                break  # Sorted by raw score: nothing further can win.
            mine = bags[c.index]
            near = max((_overlap(mine, bags[o.index]) for o, _ in chosen), default=0.0)
            limit = w.duplicate if len(mine) > w.short_words else w.short_duplicate
            value = -math.inf if near >= limit else scores[c.index] - w.redundancy * near
            if best is None or value > best[0]:
                best = (value, c)
        if best is None or best[0] == -math.inf:
            break
        chosen.append((best[1], best[0]))
        taken.add(best[1].index)
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
    quoted = _quoted_sentences(text, sentences)
    speech = quoted | _quoted_sentences(text, sentences, "‘") if weights.single_quote else quoted
    scores = _scores(sentences, word_bags, reported, speech, title, weights, actors)
    bags = _WordSets(word_bags)
    # A stable sort keeps ties in sentence order, also with reverse=True.
    order = sorted(range(len(sentences)), key=scores.__getitem__, reverse=True)
    inside = _open_quotes(text, sentences, quoted)
    factor = 1.0 if english else NOT_ENGLISH_CONFIDENCE
    chosen = _select(_Pool(text, sentences, order, inside), scores, bags, count, weights)
    if not chosen:  # Nothing but fragments: rank those, with low confidence.
        every = candidates(text, sentences)
        fragments = [every[i] for i in order if every[i].junk == "fragment"]
        chosen = _select(fragments, scores, bags, count, weights)
        factor *= FRAGMENT_CONFIDENCE
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
