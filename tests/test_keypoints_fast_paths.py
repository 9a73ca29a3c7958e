"""Key-point fast paths against the plain forms they replace, on written text."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analyse import keypoints as kp
from briefing.analyse.keypoint_scores import (
    DEFAULT_WEIGHTS,
    _positions,
    content_bags,
    quoted_sentences,
    sentence_scores,
    speech_sentences,
)
from briefing.analyse.sentences import split_sentences
from briefing.analyse.text_stats import STOP_WORDS, WORD, sentence_terms
from briefing.model import Sentence

from .conftest import lines_to_text

# News, junk (captions, bylines, fragments, questions, asides) and near-duplicates.
LINES = [
    "The harbour board closed the ferry terminal on Monday after a crane fell onto the quay.",
    "The harbour board shut the ferry terminal on Monday after a crane fell onto the quay.",
    "Image: The crane lies across the quay at Portsmouth harbour on Monday.",
    "By Ana Ruiz",
    "Nobody was hurt when the crane fell, the harbour board said.",
    "Seaways moved its sailings to Southampton for the rest of the week, police said.",
    '"We will reopen the quay as soon as the engineers say it is safe," she said.',
    "Engineers from the board began to inspect the quay on Tuesday morning.",
    "Will the terminal reopen before the summer?",
    "(The board owns the quay.)",
    "Watch the video",
    "1. Passengers will be bussed to Southampton at no cost to them.",
    "The crane was built in 1987 and last inspected in March 2023 by the board.",
    "West Ham 1-1 Manchester United.",
    "crane fell.",
]


def _plain_words(text, sentence, c, bag):
    """The content words of ``c``'s span as first written (keypoints._WordSets)."""
    found = {w for w in bag if not w.isdigit()}
    if c.start != sentence.start or c.end != sentence.end:
        out = WORD.findall(text[sentence.start : c.start].lower())
        out += WORD.findall(text[c.end : sentence.end].lower())
        for w in found.intersection(out):
            if bag.count(w) <= out.count(w):
                found.discard(w)
    return found


def _plain_select(pool, scores, bags, count, w):
    """Greedy MMR as first written: over a list of candidates judged beforehand."""
    chosen, taken, words = [], set(), []
    while len(chosen) < count:
        best = None
        for c in pool:
            if c.index in taken:
                continue
            if best is not None and scores[c.index] <= best[0]:
                break
            mine = bags[c.index]
            near = max(
                (len(mine & o) / min(len(mine), len(o)) for o in words if o and mine), default=0.0
            )
            limit = w.duplicate if len(mine) > w.short_words else w.short_duplicate
            value = -math.inf if near >= limit else scores[c.index] - w.redundancy * near
            if best is None or value > best[0]:
                best = (value, c)
        if best is None or best[0] == -math.inf:
            break
        chosen.append((best[1], best[0]))
        taken.add(best[1].index)
        words.append(bags[best[1].index])
    return chosen


def _both(lines, count):
    """The selection with every sentence judged first, and the lazy one, and how many
    sentences the lazy one judged."""
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    if not sentences:
        return [], [], 0
    w = DEFAULT_WEIGHTS
    word_bags, reported = content_bags(sentence_terms(text, sentences))
    quoted = quoted_sentences(text, sentences)
    speech = speech_sentences(text, sentences, quoted, w)
    inside = kp._open_quotes(text, sentences, quoted)
    judged = kp._Judged(text, sentences, inside)
    lede = kp._first_clean(judged)
    scores = sentence_scores(sentences, word_bags, reported, speech, "", w, (), lede)
    order = sorted(range(len(sentences)), key=scores.__getitem__, reverse=True)

    every = [kp._Judged(text, sentences, inside)[i] for i in range(len(sentences))]
    bags = {i: _plain_words(text, sentences[i], c, word_bags[i]) for i, c in enumerate(every)}
    plain = _plain_select(
        [every[i] for i in order if every[i].junk is None], scores, bags, count, w
    )
    if not plain:
        fragments = [every[i] for i in order if every[i].junk in kp.LAST_RESORT]
        plain = _plain_select(fragments, scores, bags, count, w)

    lazy_bags = kp._WordSets(judged, word_bags)
    lazy = kp._select(order, judged, kp._CLEAN, scores, lazy_bags, count, w)
    if not lazy:
        lazy = kp._select(order, judged, kp.LAST_RESORT, scores, lazy_bags, count, w)

    def key(chosen):
        return [(c.index, c.start, c.end, c.junk, value) for c, value in chosen]

    return key(plain), key(lazy), len(judged)


def test_lazy_selection_matches_judging_every_sentence_first():
    plain, lazy, judged = _both(LINES, 5)
    assert lazy == plain and len(plain) == 5
    assert judged < len(LINES)  # The tail of the article was never judged.
    junk_only = [LINES[i] for i in (2, 3, 8, 9, 10, 13, 14)]
    plain, lazy, _ = _both(junk_only, 3)
    assert lazy == plain and plain and all(j in kp.LAST_RESORT for *_, j, _ in plain)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=12), st.integers(1, 6))
def test_lazy_selection_matches_judging_every_sentence_first_on_any_mix(lines, count):
    plain, lazy, _ = _both(lines, count)
    assert lazy == plain


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 6), min_size=1, max_size=12).map(sorted),
    st.sampled_from([0.5, 1.0, 0.0, 2.0]),
    st.integers(0, 11),
)
def test_positions_match_the_plain_max(paragraphs, step, lede):
    """keypoint_scores._positions against max(paragraph - first, (i - lede) * step, 0)."""
    sentences = [Sentence(i, i + 1, paragraph=p) for i, p in enumerate(paragraphs)]
    lede = min(lede, len(sentences) - 1)
    first = sentences[lede].paragraph
    plain = [max(s.paragraph - first, (i - lede) * step, 0) for i, s in enumerate(sentences)]
    fast = _positions(sentences, step, lede)
    assert fast == plain and [type(p) for p in fast] == [type(p) for p in plain]


def test_title_overlap_matches_the_plain_intersection():
    """Sentences sharing no title word keep their score, as adding 0 × scale kept it."""
    lines = [LINES[0], LINES[4], LINES[7], LINES[12]]
    text, paragraphs = lines_to_text(lines)
    sentences = split_sentences(text, paragraphs)
    w = DEFAULT_WEIGHTS
    bags, reported = content_bags(sentence_terms(text, sentences))
    title = "Ferry terminal closed"
    scores = sentence_scores(sentences, bags, reported, set(), title, w, ())
    untitled = sentence_scores(sentences, bags, reported, set(), "", w, ())
    words = {x for x in WORD.findall(title.lower()) if x not in STOP_WORDS}
    scale = w.title / (1 + len(words))
    plain = [s + scale * len(words & set(b)) for s, b in zip(untitled, bags, strict=True)]
    assert scores == plain and scores[1] == untitled[1] and scores[0] > untitled[0]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 5), min_size=1, max_size=30))
def test_paragraph_sizes_match_the_sentence_by_sentence_count(paragraphs):
    """_glued and wire_style count paragraphs through attrgetter, as the generator did."""
    from collections import Counter

    from briefing.analyse.keypoint_rules import GLUED_SENTENCES
    from briefing.analyse.keypoint_scores import wire_style

    sentences = [Sentence(i, i + 1, paragraph=p) for i, p in enumerate(paragraphs)]
    sizes = Counter(s.paragraph for s in sentences)
    assert kp._glued(sentences) == {p for p, n in sizes.items() if n >= GLUED_SENTENCES}
    share = sum(1 for n in sizes.values() if n == 1) / len(sizes)
    plain = 0.0 if len(sentences) < 4 or share <= 0.6 else min(1.0, (share - 0.6) / 0.4)
    assert wire_style(sentences, 0.6, 1.0) == plain
