"""Stable anchors for review state: a sentence identified by its text, not its offsets.

An :class:`Anchor` names a sentence by the article id, a fingerprint of its
normalised text, the occurrence of that fingerprint in the article (for repeated
sentences) and a position hint (sentence index and relative offset). It never
records key-point ranks or raw character offsets, so re-ranking or a changed
config leaves anchors valid.

:func:`resolve_all` finds where a set of anchors lands in the current version of
an article, one sentence per anchor at most:

1. *exact* / *moved*: a sentence with the same fingerprint (the anchored
   occurrence if it still exists, else the one nearest the position hint);
   ``exact`` when it sits at the hinted index, ``moved`` otherwise.
2. *fuzzy*: else the unclaimed sentence whose normalised text has the highest
   :class:`difflib.SequenceMatcher` ratio with the anchored text, if that ratio is
   at least the threshold (:data:`THRESHOLD`, 0.6; ties go to the sentence nearest
   the hint).
3. *orphaned*: otherwise. Orphaned items are kept and listed, never dropped.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from briefing.model import Article, Sentence

THRESHOLD = 0.6
"""Lowest similarity (0..1, ``SequenceMatcher.ratio`` on normalised text) for a fuzzy match.

A reworded sentence (a few words changed) scores well above it; two unrelated
sentences of one article almost never reach it.
"""

EXACT, MOVED, FUZZY, ORPHANED = "exact", "moved", "fuzzy", "orphaned"
STATUSES = (EXACT, MOVED, FUZZY, ORPHANED)

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Return ``text`` in the form anchors compare.

    NFKC, casefold, punctuation and quotes dropped (Unicode categories P*),
    whitespace collapsed to single spaces and trimmed.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(" " if unicodedata.category(c).startswith("P") else c for c in text)
    return _SPACE.sub(" ", text).strip()


def fingerprint(text: str) -> str:
    """Return the 16-hex-digit sha1 fingerprint of ``normalise(text)``."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a review item belongs: article, sentence fingerprint and a position hint.

    Attributes:
        article_id: ``Article.id``.
        fingerprint: :func:`fingerprint` of the sentence text.
        occurrence: how many earlier sentences of the article share the fingerprint.
        text: the normalised sentence text (for fuzzy re-anchoring).
        index: the sentence index when anchored (hint only).
        offset: the sentence start as a fraction of the text length (hint only).
        quote: the sentence as it read when anchored (for showing orphans; not matched).
    """

    article_id: str
    fingerprint: str
    occurrence: int = 0
    text: str = ""
    index: int = 0
    offset: float = 0.0
    quote: str = ""

    @property
    def key(self) -> str:
        """The identity used to store and merge items: ``article#fingerprint[.n]``."""
        tail = f".{self.occurrence}" if self.occurrence else ""
        return f"{self.article_id}#{self.fingerprint}{tail}"


@dataclass(frozen=True, slots=True)
class Resolution:
    """Where an anchor landed: ``sentence`` indexes ``Article.sentences`` (None if orphaned)."""

    sentence: int | None
    status: str
    similarity: float = 0.0


def _prints(article: Article) -> tuple[tuple[str, str], ...]:
    """Return (normalised text, fingerprint) for every sentence of ``article`` (cached)."""
    return _sentence_prints(article.text, article.sentences)


@lru_cache(maxsize=64)
def _sentence_prints(text: str, sentences: tuple[Sentence, ...]) -> tuple[tuple[str, str], ...]:
    out = []
    for s in sentences:
        norm = normalise(s.text_of(text))
        out.append((norm, hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]))
    return tuple(out)


def anchor_for(article: Article, sentence_index: int) -> Anchor:
    """Return the anchor of sentence ``sentence_index`` of ``article``.

    Raises:
        IndexError: if the article has no such sentence.
    """
    if not 0 <= sentence_index < len(article.sentences):
        raise IndexError(f"{article.id}: no sentence {sentence_index}")
    sentence = article.sentences[sentence_index]
    prints = _prints(article)
    norm, fp = prints[sentence_index]
    occurrence = sum(1 for _, other in prints[:sentence_index] if other == fp)
    offset = sentence.start / len(article.text) if article.text else 0.0
    quote = " ".join(sentence.text_of(article.text).split())
    return Anchor(article.id, fp, occurrence, norm, sentence_index, round(offset, 6), quote)


def resolve(anchor: Anchor, article: Article, threshold: float = THRESHOLD) -> Resolution:
    """Return where ``anchor`` lands in ``article`` (see the module docstring)."""
    return resolve_all([anchor], article, threshold)[0]


def resolve_all(
    anchors: Sequence[Anchor], article: Article, threshold: float = THRESHOLD
) -> list[Resolution]:
    """Resolve ``anchors`` against ``article``, at most one anchor per sentence.

    Exact fingerprint matches are assigned first, then fuzzy matches greedily by
    similarity over the sentences still free. Anchors of another article are
    orphaned.
    """
    prints = _prints(article)
    by_print: dict[str, list[int]] = {}
    for i, (_, fp) in enumerate(prints):
        by_print.setdefault(fp, []).append(i)
    out: list[Resolution | None] = [None] * len(anchors)
    claimed: set[int] = set()
    order = sorted(range(len(anchors)), key=lambda k: anchors[k].occurrence)
    for k in order:
        a = anchors[k]
        if a.article_id != article.id:
            out[k] = Resolution(None, ORPHANED)
            continue
        free = [i for i in by_print.get(a.fingerprint, ()) if i not in claimed]
        if not free:
            continue
        hits = by_print[a.fingerprint]
        if a.occurrence < len(hits) and hits[a.occurrence] not in claimed:
            i = hits[a.occurrence]
        else:
            i = min(free, key=lambda j: abs(j - a.index))
        claimed.add(i)
        out[k] = Resolution(i, EXACT if i == a.index else MOVED, 1.0)
    pairs = []
    for k, a in enumerate(anchors):
        if out[k] is not None:
            continue
        for i, score in _similar(a.text, prints, claimed, threshold):
            pairs.append((-score, abs(i - a.index), k, i))
    for neg, _, k, i in sorted(pairs):
        if out[k] is None and i not in claimed:
            claimed.add(i)
            out[k] = Resolution(i, FUZZY, round(-neg, 4))
    return [r if r is not None else Resolution(None, ORPHANED) for r in out]


def _similar(
    text: str, prints: tuple[tuple[str, str], ...], claimed: set[int], threshold: float
) -> list[tuple[int, float]]:
    """Return (sentence index, ratio) for free sentences at least ``threshold`` like ``text``."""
    if not text:
        return []
    matcher = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(text)
    found = []
    for i, (norm, _) in enumerate(prints):
        if i in claimed or not norm:
            continue
        matcher.set_seq1(norm)
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            continue
        score = matcher.ratio()
        if score >= threshold:
            found.append((i, score))
    return found
