"""Schema of the review-state database and its forward migrations.

The schema version is ``PRAGMA user_version``; ``PRAGMA application_id`` is
:data:`APPLICATION_ID` and the ``meta`` table holds ``format = briefing-state``,
which together tell our files from anyone else's.

Versions:
    1. ``verdicts`` only: one verdict per (article, sentence fingerprint).
    2. ``items`` (verdict, note, reviewer, timestamp, added/removed flags and the
       full anchor), ``undo_log`` and ``reads``.

Before any migration the file is copied to ``<db>.bak-v<old version>`` (a fresh
name if that exists) with SQLite's backup API, so a migration never loses data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

APPLICATION_ID = 0x42524631  # "BRF1"
FORMAT = "briefing-state"
SCHEMA_VERSION = 2

V1 = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE verdicts (
    article_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    verdict TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (article_id, fingerprint)
);
INSERT INTO meta (key, value) VALUES ('format', '{FORMAT}');
PRAGMA application_id = {APPLICATION_ID};
PRAGMA user_version = 1;
"""
"""The first schema, kept so migrations from it can be tested."""

V2_TABLES = """
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    occurrence INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    sentence INTEGER NOT NULL DEFAULT 0,
    rel_offset REAL NOT NULL DEFAULT 0,
    quote TEXT NOT NULL DEFAULT '',
    verdict TEXT CHECK (verdict IN ('accepted', 'rejected', 'flagged')),
    note TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    added INTEGER NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0,
    UNIQUE (article_id, fingerprint, occurrence)
);
CREATE INDEX items_article ON items (article_id);
CREATE TABLE undo_log (
    id INTEGER PRIMARY KEY,
    session TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    created INTEGER NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX undo_session ON undo_log (session, undone, id);
CREATE TABLE reads (
    article_id TEXT PRIMARY KEY,
    read INTEGER NOT NULL,
    at TEXT NOT NULL
);
"""

V2 = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    + V2_TABLES
    + f"INSERT INTO meta (key, value) VALUES ('format', '{FORMAT}');\n"
    + f"PRAGMA application_id = {APPLICATION_ID};\nPRAGMA user_version = 2;\n"
)
"""The current schema, for a new file."""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Move v1 verdicts into v2 items (no text is known, so they re-anchor exactly only)."""
    for statement in V2_TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(
        "INSERT INTO items (article_id, fingerprint, sentence, verdict, at) "
        "SELECT article_id, fingerprint, sentence, verdict, at FROM verdicts"
    )
    conn.execute("DROP TABLE verdicts")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}
"""``MIGRATIONS[n]`` upgrades a version-``n`` database to ``n + 1`` inside a transaction."""


def create(conn: sqlite3.Connection) -> None:
    """Create the current schema in an empty database (caller holds a write transaction)."""
    for statement in V2.split(";"):
        if statement.strip():
            conn.execute(statement)


def backup_path(path: Path, version: int) -> Path:
    """Return a backup name for ``path`` at ``version`` that does not exist yet."""
    base = path.with_name(f"{path.name}.bak-v{version}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}.{n}")
    return candidate


def migrate(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    """Back up ``path`` and migrate it from ``version`` to :data:`SCHEMA_VERSION`.

    ``conn`` must hold a write transaction (``BEGIN IMMEDIATE``), so no one else
    writes between the backup and the migration; the caller commits.

    Returns:
        The backup file.
    """
    target = backup_path(path, version)
    reader = sqlite3.connect(path)
    dest = sqlite3.connect(target)
    try:
        reader.backup(dest)
    finally:
        dest.close()
        reader.close()
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return target
