"""What exports and the review screen need from the store, per article.

A key point's JSON gets ``review: {verdict, note, reviewer, at}`` (see
:func:`review_json`) and user-added key points get ``added: true``; items whose
sentence is gone are listed as orphans, never dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from briefing.model import Article, KeyPoint
from briefing.state.store import VERDICTS, ReviewItem, ReviewStore


def review_of(store: ReviewStore, article: Article) -> dict[int, ReviewItem]:
    """Map sentence index -> review item for the items of ``article`` that resolve."""
    return {i.sentence: i for i in store.reviews_for(article) if i.sentence is not None}


def orphans(store: ReviewStore, article: Article) -> list[ReviewItem]:
    """Return the items of ``article`` whose sentence no longer matches (position order)."""
    return [i for i in store.reviews_for(article) if i.sentence is None]


def review_json(item: ReviewItem | None) -> dict[str, Any]:
    """Return the JSON ``review`` object of a key point (all null/empty when unreviewed)."""
    if item is None:
        return {"verdict": None, "note": "", "reviewer": None, "at": None}
    return item.review()


@dataclass(frozen=True, slots=True)
class PointReview:
    """One key point to review: the sentence, its ranked key point (None if user-added),
    its review item (None if untouched) and whether the user added it."""

    sentence: int
    key_point: KeyPoint | None
    item: ReviewItem | None
    added: bool

    @property
    def verdict(self) -> str | None:
        """The verdict, or None."""
        return self.item.verdict if self.item else None


def key_point_reviews(store: ReviewStore, article: Article) -> list[PointReview]:
    """Return the article's key points with their reviews, in review order.

    Ranked key points first (rank order), then sentences the user added that are
    not ranked (text order). A key point the user removed is not listed.
    """
    items = review_of(store, article)
    return points_from(article, items)


def points_from(article: Article, items: dict[int, ReviewItem]) -> list[PointReview]:
    """Like :func:`key_point_reviews`, from an already fetched :func:`review_of` mapping."""
    out, ranked = [], set()
    for kp in article.key_points:
        if kp.sentence in ranked:
            continue
        ranked.add(kp.sentence)
        out.append(PointReview(kp.sentence, kp, items.get(kp.sentence), False))
    for index in sorted(items):
        item = items[index]
        if item.added and not item.removed and index not in ranked:
            out.append(PointReview(index, None, item, True))
    return out


def counts(points: Iterable[PointReview]) -> Counter[str]:
    """Count points per verdict (``accepted``/``rejected``/``flagged``/``unreviewed``)."""
    out: Counter[str] = Counter({v: 0 for v in (*VERDICTS, "unreviewed")})
    for p in points:
        out[p.verdict or "unreviewed"] += 1
    return out


def queue(store: ReviewStore, articles: Iterable[Article]) -> list[tuple[Article, PointReview]]:
    """Return every key point of ``articles`` to review: unreviewed ones first.

    Within each group the order is article order, then :func:`key_point_reviews` order.
    A point counts as reviewed once it has a verdict.
    """
    points = [(a, p) for a in articles for p in key_point_reviews(store, a)]
    return [x for x in points if x[1].verdict is None] + [
        x for x in points if x[1].verdict is not None
    ]


def progress(store: ReviewStore, articles: Iterable[Article]) -> tuple[int, int]:
    """Return (key points with a verdict, all key points) over ``articles``."""
    done = total = 0
    for article in articles:
        for point in key_point_reviews(store, article):
            total += 1
            done += point.verdict is not None
    return done, total


def orphan_json(item: ReviewItem) -> dict[str, Any]:
    """Return an orphaned item as JSON: the sentence as it read, its old index and the review."""
    return {
        "text": item.anchor.quote or item.anchor.text,
        "sentence": item.anchor.index,
        "added": item.added,
        **item.review(),
    }


def export_extra(store: ReviewStore, articles: Iterable[Article]) -> dict[str, dict[str, Any]]:
    """Return ``{article id: {"reviews": {...}, "orphans": [...]}}`` for the exporters.

    ``reviews`` maps the sentence index of every key point (ranked and user-added,
    see :func:`key_point_reviews`) to ``{"review": review_json(...)}`` plus
    ``"added": True`` for user-added ones; ``orphans`` lists :func:`orphan_json`
    of the items whose sentence is gone. Deterministic for a given state.
    """
    out = {}
    for article in articles:
        found = store.reviews_for(article)
        items = {i.sentence: i for i in found if i.sentence is not None}
        reviews: dict[int, dict[str, Any]] = {}
        for point in points_from(article, items):
            entry: dict[str, Any] = {"review": review_json(point.item)}
            if point.added:
                entry["added"] = True
            reviews[point.sentence] = entry
        out[article.id] = {
            "reviews": reviews,
            "orphans": [orphan_json(i) for i in found if i.sentence is None],
        }
    return out


def export_reviews(store: ReviewStore, articles: Iterable[Article]) -> dict[str, dict[str, Any]]:
    """The ``reviews`` mapping the exporters take: :func:`export_extra` plus ``read``.

    Both ``briefing export`` and the reader's export build it here.
    """
    extra = export_extra(store, articles)
    read = store.read_ids()
    for article_id, data in extra.items():
        data["read"] = article_id in read
    return extra
