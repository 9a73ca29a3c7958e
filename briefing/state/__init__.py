"""Durable review state: anchors, the SQLite store, YAML transfer and export helpers.

Public API (see each module for details)::

    from briefing.state import ReviewStore, StateError
    store = ReviewStore.open(config.state, config.reviewer)
    store.set_verdict(article, sentence_index, "accepted")   # committed on return
    review_of(store, article)    # {sentence index: ReviewItem}
    orphans(store, article)      # items whose sentence is gone
"""

from briefing.state.anchors import THRESHOLD, Anchor, Resolution, anchor_for, resolve, resolve_all
from briefing.state.review import (
    PointReview,
    counts,
    export_extra,
    export_reviews,
    key_point_reviews,
    orphan_json,
    orphans,
    points_from,
    progress,
    queue,
    review_json,
    review_of,
)
from briefing.state.store import (
    VERDICTS,
    ReviewItem,
    ReviewStore,
    StateCorrupt,
    StateError,
    StateForeign,
    StateLocked,
    StateNewer,
    StateReadOnly,
)
from briefing.state.transfer import ImportReport, export_state, import_state

__all__ = [
    "THRESHOLD",
    "VERDICTS",
    "Anchor",
    "ImportReport",
    "PointReview",
    "Resolution",
    "ReviewItem",
    "ReviewStore",
    "StateCorrupt",
    "StateError",
    "StateForeign",
    "StateLocked",
    "StateNewer",
    "StateReadOnly",
    "anchor_for",
    "counts",
    "export_extra",
    "export_reviews",
    "export_state",
    "import_state",
    "key_point_reviews",
    "orphan_json",
    "orphans",
    "points_from",
    "progress",
    "queue",
    "resolve",
    "resolve_all",
    "review_json",
    "review_of",
]
