"""A review session: the order key points are walked in, the current one, and every change.

No textual here: the reader's review screen drives it. The order is fixed when the
session starts (unreviewed key points first, :func:`briefing.state.review.queue`) so
verdicts do not reshuffle it; points added or removed by the user are inserted or
dropped in place. Every change goes straight to the store, which commits before
returning.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import astuple

from briefing.model import Article
from briefing.state.anchors import Anchor, anchor_for, resolve_all
from briefing.state.review import PointReview, counts, key_point_reviews, orphans, queue
from briefing.state.store import ReviewItem, ReviewStore

RESUME_KEY = "review:at"

Entry = tuple[int, int]  # (article index in the reader, sentence index)


class ReviewSession:
    """Key points of ``articles`` (``{reader index: Article}``) under review in ``store``."""

    def __init__(self, store: ReviewStore, articles: dict[int, Article]) -> None:
        self.store = store
        self.articles = dict(sorted(articles.items()))
        by_id = {article.id: index for index, article in self.articles.items()}
        self.points: dict[int, dict[int, PointReview]] = {}
        for index, article in self.articles.items():
            self.points[index] = {p.sentence: p for p in key_point_reviews(store, article)}
        self.order: list[Entry] = [
            (by_id[article.id], point.sentence)
            for article, point in queue(store, self.articles.values())
        ]
        self.position = 0
        self.history: list[Entry] = []  # entries changed this session, for undo

    # ------------------------------------------------------------------ reading

    @property
    def current(self) -> tuple[int, Article, PointReview] | None:
        """The current (reader index, article, point), or None when there are none."""
        if not self.order:
            return None
        index, sentence = self.order[self.position]
        return index, self.articles[index], self.points[index][sentence]

    def progress(self) -> tuple[int, int]:
        """(points with a verdict, all points)."""
        done = sum(p.verdict is not None for pts in self.points.values() for p in pts.values())
        return done, sum(len(pts) for pts in self.points.values())

    def counts(self) -> Counter[str]:
        """Points per verdict, plus ``unreviewed``."""
        return counts(p for pts in self.points.values() for p in pts.values())

    def flagged(self) -> list[tuple[Article, PointReview]]:
        """Flagged points in walking order."""
        out = []
        for index, sentence in self.order:
            point = self.points[index][sentence]
            if point.verdict == "flagged":
                out.append((self.articles[index], point))
        return out

    def orphans(self, index: int) -> list[ReviewItem]:
        """Review items of article ``index`` whose sentence is gone."""
        return orphans(self.store, self.articles[index])

    def all_orphans(self) -> list[tuple[Article, ReviewItem]]:
        """Orphaned items of every article."""
        return [
            (article, item)
            for index, article in self.articles.items()
            for item in self.orphans(index)
        ]

    def added_sentences(self, index: int) -> list[int]:
        """Sentences of article ``index`` the user made key points."""
        return [s for s, p in self.points[index].items() if p.added]

    # ----------------------------------------------------------------- moving

    def move(self, step: int) -> bool:
        """Go ``step`` points forward or back; False at either end."""
        target = self.position + step
        if not self.order or not 0 <= target < len(self.order):
            return False
        self.position = target
        return True

    def next_unreviewed(self) -> bool:
        """Go to the next point without a verdict (wrapping); False if none is left."""
        size = len(self.order)
        for step in range(1, size + 1):
            target = (self.position + step) % size
            index, sentence = self.order[target]
            if self.points[index][sentence].verdict is None:
                self.position = target
                return True
        return False

    def go_to(self, entry: Entry) -> bool:
        """Make ``entry`` current; False if it is not in the walk."""
        if entry in self.order:
            self.position = self.order.index(entry)
            return True
        return False

    # ----------------------------------------------------------------- writing

    def set_verdict(self, verdict: str | None) -> None:
        """Set the current point's verdict (committed before returning)."""
        index, article, point = self._need()
        if point.verdict == verdict:
            return
        self.store.set_verdict(article, point.sentence, verdict)
        self._changed(index, point.sentence)

    def set_note(self, note: str) -> None:
        """Set (or clear with '') the current point's note."""
        index, article, point = self._need()
        if (point.item.note if point.item else "") == note:
            return
        self.store.set_note(article, point.sentence, note)
        self._changed(index, point.sentence)

    def add(self, index: int, sentence: int) -> bool:
        """Make ``sentence`` of article ``index`` a key point and go to it; False if it is one."""
        if sentence in self.points[index]:
            return False
        self.store.add_key_point(self.articles[index], sentence)
        self._changed(index, sentence)
        self.go_to((index, sentence))
        return True

    def remove(self, index: int, sentence: int) -> bool:
        """Remove a key point the user added; False if ``sentence`` is not one."""
        point = self.points[index].get(sentence)
        if point is None or not point.added:
            return False
        if not self.store.remove_added(self.articles[index], sentence):
            return False
        self._changed(index, sentence)
        return True

    def undo(self) -> bool:
        """Undo the latest change of this session and go to its point; False if none."""
        if not self.store.undo():
            return False
        entry = self.history.pop() if self.history else None
        for index in [entry[0]] if entry else list(self.articles):
            self.refresh(index)
        if entry is not None:
            self.go_to(entry)
        return True

    def refresh(self, index: int) -> None:
        """Re-read article ``index`` from the store and fit its points into the walk."""
        fresh = {p.sentence: p for p in key_point_reviews(self.store, self.articles[index])}
        current = self.order[self.position] if self.order else None
        self.points[index] = fresh
        kept = [e for e in self.order if e[0] != index or e[1] in fresh]
        known = {e[1] for e in kept if e[0] == index}
        new = [(index, s) for s in sorted(fresh) if s not in known]
        if new:
            mine = [i for i, e in enumerate(kept) if e[0] == index]
            if current is not None and current in kept and current[0] == index:
                at = kept.index(current) + 1
            elif mine:
                at = mine[-1] + 1
            else:
                at = len(kept)
            kept[at:at] = new
        self.order = kept
        if current is not None and current in kept:
            self.position = kept.index(current)
        else:
            self.position = min(self.position, max(0, len(kept) - 1))

    def _changed(self, index: int, sentence: int) -> None:
        self.history.append((index, sentence))
        self.refresh(index)

    def _need(self) -> tuple[int, Article, PointReview]:
        current = self.current
        if current is None:
            raise LookupError("no key point to review")
        return current

    # ------------------------------------------------------------------ resume

    def remember(self) -> None:
        """Store where the reviewer is (article id and sentence anchor)."""
        current = self.current
        if current is None:
            return
        _, article, point = current
        anchor = anchor_for(article, point.sentence)
        self.store.remember(RESUME_KEY, json.dumps(list(astuple(anchor))))

    def resume(self) -> bool:
        """Go to the remembered point if it is still in the walk; False otherwise."""
        raw = self.store.recall(RESUME_KEY)
        if not raw:
            return False
        try:
            anchor = Anchor(*json.loads(raw))
        except (TypeError, ValueError):
            return False
        for index, article in self.articles.items():
            if article.id == anchor.article_id:
                sentence = resolve_all([anchor], article, self.store.threshold)[0].sentence
                return sentence is not None and self.go_to((index, sentence))
        return False
