"""Key points: rank an article's sentences and keep the best few, without repeats.

Sentences are scored by :mod:`keypoint_scores` (centrality, a lead prior decided per
article, title overlap, attribution, a quotation penalty). Sentences that
:mod:`keypoint_rules` rejects (captions, credits, bylines, datelines, notes, score
lines, fragments, a press release's "About …" boilerplate; questions and bracketed
asides unless nothing else is left) are never ranked. A key point's span is its
sentence less what is not the point: a list marker, a dateline, a page control or a
run-on caption before it (:mod:`keypoint_rules`) and an attribution tail after it
(", police said.": :mod:`keypoint_trim`); a selected key point also loses a long
sentence's participial or dash add-on, a relative clause ending the sentence (", which
began on Tuesday.") and a leading adverbial ("In a statement on Tuesday, ":
:mod:`keypoint_compress`). Selection is greedy with redundancy control (MMR): each next
key point maximises ``score - redundancy * overlap`` with those already chosen (overlap:
shared content words, numbers aside, over the smaller set), and a sentence overlapping
one already chosen by ``duplicate`` or more (``short_duplicate`` for sentences of at
most ``short_words`` content words: "The stock's 52-week high is $9.80." after "... is
$10.12.") is never taken.

``confidence`` is the selected score relative to the best one, lowered for articles
not in English (the word lists are English) and for fragments and questions used only
because the article has nothing else.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from briefing.analyse import keypoint_scores
from briefing.analyse.keypoint_compress import LEADING_WORDS, leading_end, relative_start
from briefing.analyse.keypoint_furniture import after_about_heading
from briefing.analyse.keypoint_rules import (
    GLUED_SENTENCES,
    after_gallery_counter,
    content_start,
    junk_reason,
    quote_state,
    run_on_start,
)
from briefing.analyse.keypoint_scores import (
    DEFAULT_WEIGHTS,
    Weights,
    content_bags,
    lede_strength,
    quoted_sentences,
    sentence_scores,
    speech_sentences,
)
from briefing.analyse.keypoint_trim import claim_end, shorter_end
from briefing.analyse.text_stats import WORD, SentenceTerms, sentence_terms
from briefing.model import Actor, KeyPoint, Sentence, Span

__all__ = [
    "DEFAULT_WEIGHTS",
    "Candidate",
    "Weights",
    "candidate",
    "lede_strength",
    "rank_key_points",
    "score_sentences",
    "sentence_actors",
]

# Junk ranked only when an article has nothing else.
LAST_RESORT = frozenset({"fragment", "question", "aside"})
_CLEAN = frozenset({None})
NOT_ENGLISH_CONFIDENCE = 0.5
FRAGMENT_CONFIDENCE = 0.2

_PARAGRAPH_OF = attrgetter("paragraph")  # a sentence's paragraph, read in C


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

    ``quoted`` holds the sentences with a double quotation mark (the others keep the state,
    so only those are read, and the sentences after one that leaves a quotation open).
    """
    out = [False] * len(sentences)
    inside = False
    last = -1  # The last quoted sentence read.
    for i in sorted(quoted):
        if inside:  # Open after ``last``: so until its paragraph ends.
            paragraph = sentences[last].paragraph
            j = last + 1
            while j < i and sentences[j].paragraph == paragraph:
                out[j] = True
                j += 1
            inside = j == i and sentences[i].paragraph == paragraph
        s = sentences[i]
        out[i] = inside
        inside = quote_state(text[s.start : s.end], inside)[1]
        last = i
    if inside:
        paragraph = sentences[last].paragraph
        j = last + 1
        while j < len(sentences) and sentences[j].paragraph == paragraph:
            out[j] = True
            j += 1
    return out


def candidate(
    text: str,
    sentence: Sentence,
    index: int,
    in_quote: bool,
    glued: bool = True,
    about: bool = True,
) -> Candidate:
    """The key-point span of ``sentence`` and its :func:`junk_reason`.

    ``glued``: the paragraph lost its line breaks (look for run-on captions); ``about``:
    the text holds "About" or "ABOUT" (look for a press release's boilerplate).
    """
    raw = text[sentence.start : sentence.end]
    cut = run_on_start(raw) if glued else 0
    cut += content_start(raw[cut:])
    reason = junk_reason(raw[cut:], in_quote and not cut)
    if reason is None and (
        (cut and junk_reason(raw) == "caption") or after_gallery_counter(text, sentence.start)
    ):
        reason = "caption"
    elif reason is None and about and after_about_heading(text, sentence.start):
        reason = "boilerplate"
    if reason:
        return Candidate(sentence.start + cut, sentence.end, index, reason)
    end = cut + claim_end(raw[cut:])
    return Candidate(sentence.start + cut, sentence.start + end, index, reason)


def shortened(text: str, c: Candidate) -> Candidate:
    """``c`` less a long sentence's add-on, a relative clause at its end and a leading
    adverbial (:mod:`keypoint_compress`), ended at a glued sentence's stop or before an
    attribution between two claims (:func:`keypoint_trim.shorter_end`).

    Applied to the selected key points only (the rules cost time on every candidate): the
    words left out may still count in the redundancy test.
    """
    raw = text[c.start : c.end]
    end = shorter_end(raw)
    if ", which " in raw or ", where " in raw:
        end = relative_start(raw[:end])
    space = raw.find(" ", 0, 12)
    start = leading_end(raw[:end]) if raw[:space].rstrip(",") in LEADING_WORDS else 0
    if (start, end) == (0, len(raw)):
        return c
    return Candidate(c.start + start, c.start + end, c.index, c.junk)


def _glued(sentences: Sequence[Sentence]) -> set[int]:
    """Paragraphs holding so many sentences that their line breaks were probably lost."""
    sizes = Counter(map(_PARAGRAPH_OF, sentences))
    return {p for p, n in sizes.items() if n >= GLUED_SENTENCES}


class _Judged(dict[int, Candidate]):
    """Sentence index -> its :func:`candidate`, judged by the rules when first needed."""

    def __init__(self, text: str, sentences: Sequence[Sentence], inside: list[bool]) -> None:
        super().__init__()
        self.text, self.sentences, self.inside = text, sentences, inside
        self.glued = _glued(sentences)
        self.about = "About" in text or "ABOUT" in text

    def __missing__(self, i: int) -> Candidate:
        s = self.sentences[i]
        glued = s.paragraph in self.glued
        c = self[i] = candidate(self.text, s, i, self.inside[i], glued, self.about)
        return c


class _WordSets(dict[int, set[str]]):
    """Sentence index -> the content words of its key-point span, numbers aside, made when
    first needed (for a sentence ``judged`` already judged).

    Numbers do not make a sentence new: "volume 50% below ..." repeats "volume 60% below".
    A span that leaves out part of its sentence (a run-on caption, an attribution tail) is
    compared by its own words: a sentence repeating the caption cut from a key point is no
    duplicate of it.
    """

    def __init__(self, judged: _Judged, bags: list[list[str]]) -> None:
        super().__init__()
        self.judged, self.bags = judged, bags

    def __missing__(self, i: int) -> set[str]:
        bag = self.bags[i]
        found = {w for w in bag if not w.isdigit()}
        span = self.judged[i]
        s, text = self.judged.sentences[i], self.judged.text
        if span.start != s.start or span.end != s.end:
            # A word stays if the words left out do not use it up.
            out = WORD.findall(text[s.start : span.start].lower())
            out += WORD.findall(text[span.end : s.end].lower())
            for w in found.intersection(out):
                if bag.count(w) <= out.count(w):
                    found.discard(w)
        self[i] = found
        return found


def _select(
    order: Iterable[int],
    judged: Mapping[int, Candidate],
    allowed: Container[str | None],
    scores: list[float],
    bags: Mapping[int, set[str]],
    count: int,
    w: Weights,
) -> list[tuple[Candidate, float]]:
    """Greedy MMR: best adjusted score first, near-duplicates of a chosen point skipped.

    ``order`` holds sentence indices in descending score order (ties: earlier first);
    those whose junk reason is in ``allowed`` compete. A sentence is judged only when
    reached: one scoring no more than the best adjusted score so far ends the round
    unjudged, as every later one scores no more.
    """
    chosen: list[tuple[Candidate, float]] = []
    taken: set[int] = set()
    words: list[set[str]] = []  # The chosen points' words.
    while len(chosen) < count:
        best: tuple[float, Candidate] | None = None
        for i in order:
            if i in taken:
                continue
            if best is not None and scores[i] <= best[0]:
                break  # Sorted by raw score: nothing further can win.
            c = judged[i]
            if c.junk not in allowed:
                continue
            mine = bags[i]
            # Overlap with the chosen points: shared words over the smaller set (1 for a
            # sentence inside another), the largest; a hot loop, written out.
            near = 0.0
            size = len(mine)
            for other in words if size else ():
                if other:
                    shared = len(mine & other) / min(size, len(other))
                    near = shared if shared > near else near
            limit = w.duplicate if len(mine) > w.short_words else w.short_duplicate
            value = -math.inf if near >= limit else scores[i] - w.redundancy * near
            if best is None or value > best[0]:
                best = (value, c)
        if best is None or best[0] == -math.inf:
            break
        chosen.append((best[1], best[0]))
        taken.add(best[1].index)
        words.append(bags[best[1].index])
    return chosen


def _first_clean(judged: _Judged) -> int:
    """The first sentence that may be a key point (0 if none does among the first few):
    a byline, a gallery counter or a caption before the lede is no part of the lead."""
    n = min(LEDE_SEARCH, len(judged.sentences))
    return next((i for i in range(n) if judged[i].junk is None), 0)


LEDE_SEARCH = 4  # sentences looked at for the lede


def score_sentences(
    text: str,
    sentences: Sequence[Sentence],
    title: str = "",
    weights: Weights = DEFAULT_WEIGHTS,
    actors: Sequence[Actor] = (),
    terms: SentenceTerms | None = None,
) -> list[float]:
    """Every sentence's score before redundancy, as :func:`rank_key_points` computes it
    (:func:`keypoint_scores.score_sentences` with the lede found by the rules)."""
    if not sentences:
        return []
    judged = _Judged(
        text, sentences, _open_quotes(text, sentences, quoted_sentences(text, sentences))
    )
    lede = _first_clean(judged)
    return keypoint_scores.score_sentences(text, sentences, title, weights, actors, terms, lede)


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
    view: str = "",
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
        view: The text as the rules read it, of the same length, if not ``text``: an
            article quoting in single marks has them as double ones
            (:func:`briefing.analyse.quote_style.quote_view`).

    Returns:
        Key points ordered by descending (redundancy-adjusted) score; ties go to the
        earlier sentence.
    """
    if count <= 0 or not sentences:
        return ()
    source, text = text, view or text
    word_bags, reported = content_bags(terms or sentence_terms(text, sentences))
    quoted = quoted_sentences(text, sentences)
    speech = speech_sentences(text, sentences, quoted, weights)
    inside = _open_quotes(text, sentences, quoted)
    judged = _Judged(text, sentences, inside)
    lede = _first_clean(judged)
    scores = sentence_scores(sentences, word_bags, reported, speech, title, weights, actors, lede)
    bags = _WordSets(judged, word_bags)
    # A stable sort keeps ties in sentence order, also with reverse=True.
    order = sorted(range(len(sentences)), key=scores.__getitem__, reverse=True)
    factor = 1.0 if english else NOT_ENGLISH_CONFIDENCE
    chosen = _select(order, judged, _CLEAN, scores, bags, count, weights)
    if not chosen:  # Nothing but fragments and questions: rank those, with low confidence.
        chosen = _select(order, judged, LAST_RESORT, scores, bags, count, weights)
        factor *= FRAGMENT_CONFIDENCE
    if not chosen:
        return ()
    chosen = [(shortened(text, c), value) for c, value in chosen]
    top = chosen[0][1]
    mentioned = sentence_actors(sorted((c for c, _ in chosen), key=lambda c: c.start), actors)
    by_start = dict(zip(sorted(c.start for c, _ in chosen), mentioned, strict=True))
    return tuple(
        KeyPoint(
            c.start,
            c.end,
            sentence=c.index,
            text=source[c.start : c.end],
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
