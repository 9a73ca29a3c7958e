"""Review items: the :class:`ReviewItem` record and its rows in the ``items`` table."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from briefing.state.anchors import Anchor, Resolution

VERDICTS = ("accepted", "rejected", "flagged")


def now() -> str:
    """Return the current UTC time as ISO 8601 with milliseconds and ``Z``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """The review of one sentence.

    Attributes:
        id: row id in the store.
        anchor: where the item belongs.
        verdict: ``accepted``, ``rejected``, ``flagged`` or None.
        note: free text ('' for none).
        reviewer: who made the last change.
        at: ISO UTC time of the last change.
        added: the user made this sentence a key point.
        removed: the user removed a key point they had added.
        resolution: where the anchor lands in the article passed to the call
            (None from calls that take no article).
    """

    id: int
    anchor: Anchor
    verdict: str | None
    note: str
    reviewer: str
    at: str
    added: bool = False
    removed: bool = False
    resolution: Resolution | None = None

    @property
    def sentence(self) -> int | None:
        """The resolved sentence index, or None (orphaned or unresolved)."""
        return self.resolution.sentence if self.resolution else None

    @property
    def orphaned(self) -> bool:
        """True when resolved and no sentence matched."""
        return self.resolution is not None and self.resolution.sentence is None

    def review(self) -> dict[str, Any]:
        """Return the JSON ``review`` object: verdict, note, reviewer, at."""
        return {
            "verdict": self.verdict,
            "note": self.note,
            "reviewer": self.reviewer,
            "at": self.at,
        }


COLUMNS = (
    "id, article_id, fingerprint, occurrence, text, sentence, rel_offset, quote, "
    "verdict, note, reviewer, at, added, removed"
)


EMPTY = {"verdict": None, "note": "", "added": 0, "removed": 0}


def user_fields(item: ReviewItem) -> dict[str, Any]:
    """The fields a reviewer sets (and undo restores), as stored."""
    return {
        "verdict": item.verdict,
        "note": item.note,
        "added": int(item.added),
        "removed": int(item.removed),
    }


def item_from_row(row: tuple, resolution: Resolution | None = None) -> ReviewItem:
    """A :class:`ReviewItem` from a row of ``SELECT {COLUMNS} FROM items``."""
    anchor = Anchor(*row[1:8])
    return ReviewItem(
        row[0], anchor, row[8], row[9], row[10], row[11], bool(row[12]), bool(row[13]), resolution
    )


def insert_item(conn: sqlite3.Connection, anchor: Anchor, reviewer: str, stamp: str) -> int:
    """Insert an item with no user fields set at ``anchor``; return its row id."""
    cur = conn.execute(
        "INSERT INTO items (article_id, fingerprint, occurrence, text, sentence,"
        " rel_offset, quote, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            anchor.article_id,
            anchor.fingerprint,
            anchor.occurrence,
            anchor.text,
            anchor.index,
            anchor.offset,
            anchor.quote,
            reviewer,
            stamp,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid
