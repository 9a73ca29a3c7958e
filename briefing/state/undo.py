"""The undo log: each review change records the fields it replaced, per session."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from briefing.state.items import COLUMNS, item_from_row, now, user_fields


def log_change(
    conn: sqlite3.Connection,
    session: str,
    item_id: int,
    created: int,
    old: dict[str, Any],
    fields: dict[str, Any],
    stamp: str,
) -> None:
    """Record that ``fields`` replaced ``old`` on ``item_id`` (``created``: the item is new)."""
    conn.execute(
        "INSERT INTO undo_log (session, item_id, created, before, after, at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            session,
            item_id,
            created,
            json.dumps({k: old[k] for k in fields}),
            json.dumps(fields),
            stamp,
        ),
    )


def undo_latest(conn: sqlite3.Connection, session: str, reviewer: str) -> bool:
    """Undo ``session``'s latest change not yet undone; False if there is none.

    Only the fields nobody changed since that change are restored.
    """
    while True:
        entry = conn.execute(
            "SELECT id, item_id, created, before, after FROM undo_log WHERE session = ?"
            " AND undone = 0 ORDER BY id DESC LIMIT 1",
            (session,),
        ).fetchone()
        if entry is None:
            return False
        log_id, item_id, created, before, after = entry
        conn.execute("UPDATE undo_log SET undone = 1 WHERE id = ?", (log_id,))
        row = conn.execute(f"SELECT {COLUMNS} FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is not None:
            break
    current, after = user_fields(item_from_row(row)), json.loads(after)
    restore = {k: v for k, v in json.loads(before).items() if current[k] == after[k]}
    if restore:
        sets = ", ".join(f"{k} = ?" for k in restore)
        conn.execute(
            f"UPDATE items SET {sets}, reviewer = ?, at = ? WHERE id = ?",
            (*restore.values(), reviewer, now(), item_id),
        )
    if created:
        conn.execute(
            "DELETE FROM items WHERE id = ? AND verdict IS NULL AND note = ''"
            " AND added = 0 AND removed = 0",
            (item_id,),
        )
    return True


def prune_undo(conn: sqlite3.Connection) -> None:
    """Drop undo entries of sessions older than a day (they can no longer be undone)."""
    cutoff = (datetime.now(UTC) - timedelta(days=1)).isoformat(timespec="milliseconds")
    conn.execute("DELETE FROM undo_log WHERE at < ?", (cutoff.replace("+00:00", "Z"),))
