"""Key-point scores: a handful of cheap, explainable features per sentence.

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
  paragraph breaks (``GLUED_SENTENCES`` or more sentences per paragraph, or one block of
  ``SINGLE_BLOCK_SENTENCES`` or more: a story whose line breaks were lost) has only
  sentence positions to go by, and their order carries the inverted pyramid: there the
  prior is ``glued_lead`` with decay ``glued_decay`` per sentence, at full strength
  whatever the lede (``glued_lede_full=0``: on the dev halves scaling it by the lede
  only cost ROUGE there).
* **Wire style**: text laid out in one-sentence paragraphs (wire and web news, written
  as an inverted pyramid) moves the paragraph prior towards the glued one: from a share
  of ``wire_from`` one-sentence paragraphs (0.6) to ``wire_full`` (1.0) the lead, decay
  and per-paragraph positions go linearly from ``lead``/``lead_decay`` to
  ``glued_lead``/``glued_decay``, scaled by the lede like the small prior — unless the
  opening shares no content word with any other sentence (an anecdote or scene-setter:
  "Nobody expected much from a grey Tuesday morning."), where centrality decides. A
  lede that is on the topic but less central than the best sentence (long, dense with
  names and numbers) keeps the prior, weakened by its lede strength: a cut-off at half
  the best sentence's centrality, which fell back to the small prior below it, cost
  ROUGE on the dev halves of CNN-20 and of cnndm laid out one sentence per paragraph.
  Text in multi-sentence paragraphs (features, BBC-style reports) keeps the small
  prior.
* **Title overlap**: ``title * |title words ∩ sentence words| / (1 + |title words|)``.
* **Attribution**: ``+attribution`` for reported statements ("..., officials said").
* **Main actor** (off by default, ``actor=0``): ``+actor`` for a sentence naming the
  article's most salient actor; the bench reports it as the ``main_actor`` ablation.
* **Quotation**: ``-quote`` for a sentence with a double quotation mark (or, with
  ``single_quote``, an opening single one, which British papers use for speech): key
  points should be the reporter's statements. A sentence whose quotations are all closed
  and shorter than ``scare_words`` words ("a “decisive enabler” of …": a scare-quoted
  phrase, not speech) keeps its score.

Weights were chosen on the dev halves of the benchmarks in ``bench/keypoints.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, filterfalse
from operator import attrgetter

from briefing.analyse.keypoint_rules import GLUED_SENTENCES
from briefing.analyse.text_stats import (
    ATTRIBUTION_WORDS,
    QUOTE_MARKS,
    STOP_WORDS,
    WORD,
    SentenceTerms,
    sentence_terms,
)
from briefing.model import Actor, Sentence

_PARAGRAPH_OF = attrgetter("paragraph")  # a sentence's paragraph, read in C


@dataclass(frozen=True, slots=True)
class Weights:
    """Feature weights of the sentence scorer (see the module docstring)."""

    length_smoothing: float = 3.0
    lead: float = 0.1
    lead_decay: float = 0.5
    sentence_step: float = 0.5
    glued_lead: float = 5.0
    glued_decay: float = 1.0
    glued_lede_full: float = 0.0
    wire_from: float = 0.6
    wire_full: float = 1.0
    lede_full: float = 1.0
    title: float = 0.1
    attribution: float = 0.03
    actor: float = 0.0
    quote: float = 0.15
    single_quote: bool = True
    scare_words: int = 3
    redundancy: float = 0.05
    duplicate: float = 0.75
    short_words: int = 6
    short_duplicate: float = 0.6


DEFAULT_WEIGHTS = Weights()


def content_bags(terms: SentenceTerms) -> tuple[list[list[str]], list[bool]]:
    """Content words (:data:`WORD` tokens minus stop words) of every sentence, and
    whether each sentence reports speech ("said", "told")."""
    stop = STOP_WORDS.__contains__
    # Each term is one word when their letters joined are all alphanumeric, as each term's
    # are (terms are never empty); else split as WORD would.
    tokens = [t if not t or "".join(t).isalnum() else _words(t) for t in terms.terms]
    quiet = list(map(ATTRIBUTION_WORDS.isdisjoint, tokens))
    return [list(filterfalse(stop, t)) for t in tokens], [not q for q in quiet]


def _words(terms: list[str]) -> list[str]:
    """The :data:`WORD` tokens of ``terms``: an alphanumeric term is one, others are split."""
    split = WORD.findall
    out: list[str] = []
    for term in terms:
        if term.isalnum():
            out.append(term)
        else:
            out += split(term)
    return out


def _positions(sentences: Sequence[Sentence], step: float, lede: int = 0) -> list[float]:
    """Lead position of every sentence: its paragraph, or ``step`` per sentence if later,
    counted from the ``lede`` (the first sentence that may be a key point)."""
    first = sentences[lede].paragraph
    # max(a, b, 0) written out (the first of equal values wins, as with max): no call
    # per sentence.
    out = []
    for i, s in enumerate(sentences):
        a, b = s.paragraph - first, (i - lede) * step
        p = a if a >= b else b
        out.append(p if p >= 0 else 0)
    return out


def lede_strength(centrality: list[float], full: float, lede: int = 0) -> float:
    """How far the first sentence is as central as the article's most central one (0-1).

    A lede whose centrality reaches ``full`` times the best sentence's scores 1.
    """
    if len(centrality) < 2:
        return 1.0
    top = max(centrality)
    if top <= 0 or not full:
        return 1.0
    return min(1.0, centrality[lede] / (top * full))


def score_sentences(
    text: str,
    sentences: Sequence[Sentence],
    title: str = "",
    weights: Weights = DEFAULT_WEIGHTS,
    actors: Sequence[Actor] = (),
    terms: SentenceTerms | None = None,
    lede: int = 0,
) -> list[float]:
    """Score every sentence; higher is a better key point.

    Args:
        text: The article text the sentences index.
        sentences: Sentence spans, in order.
        title: The article title, if any (its words raise overlapping sentences).
        weights: Feature weights.
        actors: Actors of the article; sentences naming the most salient one gain.
        terms: ``sentence_terms(text, sentences)`` if the caller has it.
        lede: The first sentence that may be a key point: the lead prior counts from it.

    Returns:
        One score per sentence, in sentence order.
    """
    if not sentences:
        return []
    bags, reported = content_bags(terms or sentence_terms(text, sentences))
    speech = speech_sentences(text, sentences, quoted_sentences(text, sentences), weights)
    return sentence_scores(sentences, bags, reported, speech, title, weights, actors, lede)


def sentence_scores(
    sentences: Sequence[Sentence],
    bags: list[list[str]],
    reported: list[bool],
    quoted: set[int],
    title: str,
    weights: Weights,
    actors: Sequence[Actor],
    lede: int = 0,
) -> list[float]:
    """:func:`score_sentences` from the content-word bags; ``lede`` is the first sentence
    that may be a key point (the lead prior counts from it)."""
    distinct = list(map(set, bags))
    counts = Counter(chain.from_iterable(distinct))
    df = counts.__getitem__
    k = weights.length_smoothing
    centrality = [sum(map(df, bag)) / (len(bag) + k) if bag or k else 0.0 for bag in bags]
    top = max(centrality) or 1.0
    on_topic = any(counts[w] > 1 for w in bags[lede])  # The lede shares a word with the rest.
    lead, decay, step = _lead_prior(sentences, centrality, weights, on_topic, lede)
    positions = _positions(sentences, step, lede)
    scores = [c / top + lead / (1 + p) ** decay for c, p in zip(centrality, positions, strict=True)]
    if title and weights.title:
        title_words = {w for w in WORD.findall(title.lower()) if w not in STOP_WORDS}
        scale = weights.title / (1 + len(title_words))
        # Most sentences share no title word: test that without making the intersection.
        scores = [
            s if title_words.isdisjoint(d) else s + scale * len(title_words & d)
            for s, d in zip(scores, distinct, strict=True)
        ]
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


def _lead_prior(
    sentences: Sequence[Sentence],
    centrality: list[float],
    w: Weights,
    on_topic: bool = True,
    lede: int = 0,
) -> tuple[float, float, float]:
    """The lead prior's strength, decay and sentence step for this article's layout.

    ``on_topic``: the first sentence shares a content word with another one (else the
    wire-style prior does not apply).
    """
    if unbroken(sentences):  # No paragraph breaks: sentences are the units of the lead.
        lead = (
            w.glued_lead * lede_strength(centrality, w.glued_lede_full, lede)
            if w.glued_lead
            else 0.0
        )
        return lead, w.glued_decay, 1.0
    lead, decay = w.lead, w.lead_decay
    if not lead:
        return 0.0, decay, w.sentence_step
    t = wire_style(sentences, w.wire_from, w.wire_full)
    if t and on_topic:
        lead += t * (w.glued_lead - lead)
        decay += t * (w.glued_decay - decay)
    return lead * lede_strength(centrality, w.lede_full, lede), decay, w.sentence_step


# A quotation inside one sentence: "…" or “…”, or ‘…’ whose closing mark is no apostrophe.
# Each branch starts with its own mark, so the search skips to the next mark in C.
_QUOTATION = re.compile(r'“([^"“”]*)[”"]|"([^"“”]*)[”"]|‘([^‘’]*)’(?!\w)')


def speech_sentences(
    text: str, sentences: Sequence[Sentence], quoted: set[int], weights: Weights
) -> set[int]:
    """Sentences holding quoted speech: ``quoted`` (and, with ``single_quote``, those with
    an opening single quote), less those whose only quotations are short phrases of
    fewer than ``scare_words`` words ("a “decisive enabler” of …") when that is set."""
    speech = quoted | quoted_sentences(text, sentences, "‘") if weights.single_quote else quoted
    if not weights.scare_words:
        return speech
    return {i for i in speech if _is_speech(text[sentences[i].start : sentences[i].end], weights)}


def _is_speech(sentence: str, weights: Weights) -> bool:
    """True unless every quotation in ``sentence`` is closed and shorter than ``scare_words``."""
    rest = sentence
    for m in _QUOTATION.finditer(sentence):
        if len((m.group(1) or m.group(2) or m.group(3) or "").split()) >= weights.scare_words:
            return True
        rest = rest.replace(m.group(), " ", 1)
    marks = '"“”‘' if weights.single_quote else '"“”'
    return any(c in rest for c in marks)


def quoted_sentences(
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


def wire_style(sentences: Sequence[Sentence], start: float, full: float) -> float:
    """How far the text is laid out in one-sentence paragraphs (0-1): 0 up to a share of
    ``start`` of its paragraphs, 1 from ``full``; 0 for texts under four sentences and
    when ``start`` is 1 or more (the prior switched off)."""
    if start >= 1.0 or len(sentences) < 4:
        return 0.0
    sizes = Counter(map(_PARAGRAPH_OF, sentences))
    share = sum(1 for n in sizes.values() if n == 1) / len(sizes)
    if share <= start:
        return 0.0
    return min(1.0, (share - start) / max(full - start, 1e-9))


SINGLE_BLOCK_SENTENCES = 4


def unbroken(sentences: Sequence[Sentence]) -> bool:
    """True for text without paragraph breaks (``GLUED_SENTENCES`` per paragraph or more)."""
    paragraphs = sentences[-1].paragraph - sentences[0].paragraph + 1
    if paragraphs == 1:  # One block of several sentences: the line breaks were lost too.
        return len(sentences) >= SINGLE_BLOCK_SENTENCES
    return len(sentences) >= GLUED_SENTENCES * paragraphs
