"""Durable review state in SQLite: verdicts, notes, user-added key points, undo, read marks.

Every write method runs one ``BEGIN IMMEDIATE`` ... ``COMMIT`` transaction and
returns only after the commit (WAL journal, ``synchronous=FULL``), so killing the
process loses nothing a call already returned. Several processes may share a
file: writers queue on SQLite's lock (busy timeout, then retries) and each
read-modify-write happens inside its own transaction, so none overwrites
another's change.

Review items are keyed by :class:`~briefing.state.anchors.Anchor`, never by
key-point rank or offsets, and are resolved against the article given to each
call (see :mod:`briefing.state.anchors`). Articles are identified by a durable key
from their file's absolute path and content digest, so moving a folder or renaming
a file keeps its reviews (see :mod:`briefing.state.identity`).
"""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from briefing import identity
from briefing.model import Article
from briefing.state.anchors import THRESHOLD, Resolution, anchor_for, resolve_all
from briefing.state.db import (
    StateCorrupt,
    StateError,
    StateForeign,
    StateLocked,
    StateNewer,
    StateReadOnly,
    classify,
    connect,
    immediate,
)
from briefing.state.identity import Identities, ReadIds, is_durable, record_location
from briefing.state.items import (
    COLUMNS,
    EMPTY,
    VERDICTS,
    ReviewItem,
    insert_item,
    item_from_row,
    now,
    user_fields,
)
from briefing.state.undo import log_change, prune_undo, undo_latest

__all__ = [
    "VERDICTS",
    "ReviewItem",
    "ReviewStore",
    "StateCorrupt",
    "StateError",
    "StateForeign",
    "StateLocked",
    "StateNewer",
    "StateReadOnly",
    "now",
]
T = TypeVar("T")


class ReviewStore:
    """A review-state database opened for one reviewer; one undo history per instance."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path, reviewer: str, threshold: float = THRESHOLD
    ) -> None:
        """Wrap an open, checked connection; use :meth:`open` instead."""
        self.conn, self.path, self.reviewer = conn, path, reviewer
        self.threshold = threshold
        #: True when opened read-only (asked for, or the file/folder is not writable).
        self.readonly = False
        self.session = uuid.uuid4().hex
        self._lock = threading.RLock()
        self.identities = Identities()
        self._names: dict[str, str] = {}  # article id -> key, for calls given only an id

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        reviewer: str,
        threshold: float = THRESHOLD,
        *,
        readonly: bool = False,
        timeout: float | None = None,
    ) -> ReviewStore:
        """Open (creating or migrating) the state file at ``path``.

        ``readonly`` opens an existing file without writing anything (exports); a file
        or folder that cannot be written is opened read-only too (``store.readonly``),
        and every write then raises :class:`StateReadOnly`. ``timeout`` is how long one
        attempt waits for another process's lock (default short, ``db.BUSY_TIMEOUT``:
        interactive callers never block for long; batch writers may wait longer).

        Raises:
            StateError: the file is not ours (not SQLite, or another application's
                database), is corrupt, or was written by a newer schema (the
                subclasses StateForeign, StateCorrupt, StateNewer say which), or
                stays locked (StateLocked). The file is left untouched.
        """
        path = Path(path)
        conn, ro = connect(path, readonly, timeout)
        store = cls(conn, path, reviewer, threshold)
        store.readonly = ro
        if ro:
            return store
        try:
            store._prune_undo()
        except StateError:
            store.close()
            raise
        return store

    def close(self) -> None:
        """Close the database (all writes are already committed)."""
        with self._lock:
            self.conn.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- identity ------------------------------------------------------------------------

    def key(self, article: Article | str) -> str:
        """The durable key under which ``article``'s reviews and read mark are stored.

        An id given alone is resolved through the article the pipeline last built with
        that id (:func:`briefing.identity.remember`), else used as it is.
        """
        if isinstance(article, str):
            name, full = article, None
            seen = self._names.get(name)
            if seen is not None:
                return seen
            found = identity.lookup(name)
            if found is None:
                return name
            file, digest = found
        else:
            name, full, file, digest = article.id, article, article.file, article.digest
            if not file or not digest:
                return name
        try:
            with self._lock:
                key = self.identities.resolve(self.conn, file, digest, name, full)
        except sqlite3.Error as exc:
            raise StateError(f"{self.path}: cannot read state: {exc}") from None
        self._names[name] = key
        return key

    # -- reviews -------------------------------------------------------------------------

    def set_verdict(self, article: Article, sentence_index: int, verdict: str | None) -> ReviewItem:
        """Set the verdict of a sentence (None clears it); committed on return."""
        if verdict is not None and verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)} or None")
        return self._set(article, sentence_index, {"verdict": verdict})

    def set_note(self, article: Article, sentence_index: int, note: str) -> ReviewItem:
        """Set the note of a sentence ('' clears it); committed on return."""
        return self._set(article, sentence_index, {"note": note})

    def add_key_point(self, article: Article, sentence_index: int) -> ReviewItem:
        """Make a sentence a user-added key point; committed on return."""
        return self._set(article, sentence_index, {"added": 1, "removed": 0})

    def remove_added(self, article: Article, sentence_index: int) -> bool:
        """Remove a user-added key point; False if the sentence was not one."""
        item = self._change(
            article,
            sentence_index,
            {"added": 0, "removed": 1},
            only_if=lambda current: current is not None and current.added,
        )
        return item is not None

    def item_at(self, article: Article, sentence_index: int) -> ReviewItem | None:
        """Return the item resolved to ``sentence_index`` of ``article``, if any."""
        for item in self.reviews_for(article):
            if item.sentence == sentence_index:
                return item
        return None

    def reviews_for(self, article: Article) -> list[ReviewItem]:
        """Return every item of ``article`` resolved against it.

        Sorted by sentence; orphaned items (``resolution.sentence is None``) last,
        by their position hint.
        """
        rows = self._query(
            f"SELECT {COLUMNS} FROM items WHERE article_id = ? ORDER BY id", (self.key(article),)
        )
        return self._resolve(rows, article)

    def items(self, article: Article | str | None = None) -> list[ReviewItem]:
        """Return stored items (unresolved), of one article or all, ordered by anchor key."""
        sql, args = f"SELECT {COLUMNS} FROM items", tuple[str, ...]()
        if article is not None:
            sql, args = sql + " WHERE article_id = ?", (self.key(article),)
        rows = self._query(sql, args)
        return sorted((item_from_row(r) for r in rows), key=lambda i: i.anchor.key)

    def verdict_counts(self) -> dict[str, int]:
        """Return ``{article_id: stored items with a verdict}`` (cheap; no resolving)."""
        rows = self._query(
            "SELECT article_id, count(*) FROM items WHERE verdict IS NOT NULL GROUP BY article_id"
        )
        return dict(rows)

    def undo(self) -> bool:
        """Undo this session's latest review change not yet undone; False if none."""
        return self.transaction(lambda c: undo_latest(c, self.session, self.reviewer))

    # -- read state ----------------------------------------------------------------------

    def mark_read(self, article: Article | str, read: bool = True) -> None:
        """Mark an article read or unread; committed on return (not part of undo)."""
        key = self.key(article)

        def put(c: sqlite3.Connection) -> None:
            c.execute(
                "INSERT INTO reads (article_id, read, at) VALUES (?, ?, ?) ON CONFLICT (article_id)"
                " DO UPDATE SET read = excluded.read, at = excluded.at",
                (key, int(read), now()),
            )
            record_location(c, self.identities, article, key)

        self.transaction(put)

    def is_read(self, article: Article | str) -> bool:
        """Return whether ``article`` (or the article with that id) is marked read."""
        rows = self._query("SELECT read FROM reads WHERE article_id = ?", (self.key(article),))
        return bool(rows and rows[0][0])

    def read_ids(self) -> set[str]:
        """Return the ids of the articles marked read.

        A set of ids stored as they are (older state), whose membership test also
        resolves any other id to its durable key (:meth:`key`), so it answers for
        articles built after the call too.
        """
        rows = self._query("SELECT article_id FROM reads WHERE read = 1")
        keys = {r[0] for r in rows}
        ids = {k for k in keys if not is_durable(k)}
        ids.update(name for name, key in self._names.items() if key in keys)
        return ReadIds(ids, keys, self.key)

    def reads(self) -> dict[str, tuple[bool, str]]:
        """Return ``{article_id: (read, at)}`` for every stored read mark."""
        rows = self._query("SELECT article_id, read, at FROM reads")
        return {r[0]: (bool(r[1]), r[2]) for r in rows}

    # -- small settings (e.g. where the reviewer stopped) -------------------------------

    def remember(self, key: str, value: str | None) -> None:
        """Store a small string under ``key`` (None deletes it); committed on return."""

        def put(conn: sqlite3.Connection) -> None:
            if value is None:
                conn.execute("DELETE FROM meta WHERE key = ?", ("ui:" + key,))
            else:
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                    " DO UPDATE SET value = excluded.value",
                    ("ui:" + key, value),
                )

        self.transaction(put)

    def recall(self, key: str) -> str | None:
        """Return the string stored by :meth:`remember`, or None."""
        rows = self._query("SELECT value FROM meta WHERE key = ?", ("ui:" + key,))
        return rows[0][0] if rows else None

    # -- internals -----------------------------------------------------------------------

    def _resolve(self, rows: Iterable[tuple], article: Article) -> list[ReviewItem]:
        rows = list(rows)
        # Stored anchors name the article's key; resolve them as anchors of this article.
        anchors = [
            dataclasses.replace(item_from_row(r).anchor, article_id=article.id) for r in rows
        ]
        found = resolve_all(anchors, article, self.threshold)
        out = [
            dataclasses.replace(item_from_row(r, res), anchor=a)
            for r, res, a in zip(rows, found, anchors, strict=True)
        ]
        big = len(article.sentences)
        return sorted(
            out, key=lambda i: (i.sentence if i.sentence is not None else big, i.anchor.index, i.id)
        )

    def _query(self, sql: str, args: tuple = ()) -> list[tuple]:
        """Run a read-only query; SQLite errors become :class:`StateError`."""
        try:
            with self._lock:
                return self.conn.execute(sql, args).fetchall()
        except sqlite3.Error as exc:
            raise classify(exc, self.path, "read") from None

    def transaction(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` in one ``BEGIN IMMEDIATE`` transaction, retrying while busy.

        ``fn`` may be called again after a busy error, so it must only touch the database.

        Raises:
            StateError: SQLite failed (still busy after the retries, disk full, ...);
                nothing of ``fn`` was committed.
        """

        if self.readonly:
            raise StateReadOnly(f"{self.path}: state file is read-only; change not saved")
        try:
            with self._lock:
                return immediate(self.conn, fn)
        except sqlite3.Error as exc:
            raise classify(exc, self.path, "write") from None

    def _set(self, article: Article, sentence_index: int, fields: dict[str, Any]) -> ReviewItem:
        item = self._change(article, sentence_index, fields)
        assert item is not None  # only None when an only_if test fails
        return item

    def _change(
        self,
        article: Article,
        sentence_index: int,
        fields: dict[str, Any],
        only_if: Callable[[ReviewItem | None], bool] | None = None,
    ) -> ReviewItem | None:
        """Set ``fields`` on the item at a sentence (creating it), logging the undo step.

        Returns the updated item, or None when ``only_if(current item)`` is false.
        """
        key = self.key(article)
        anchor = dataclasses.replace(anchor_for(article, sentence_index), article_id=key)

        def change(conn: sqlite3.Connection) -> ReviewItem | None:
            rows = conn.execute(
                f"SELECT {COLUMNS} FROM items WHERE article_id = ?", (key,)
            ).fetchall()
            current = next(
                (i for i in self._resolve(rows, article) if i.sentence == sentence_index), None
            )
            if only_if is not None and not only_if(current):
                return None
            stamp = now()
            record_location(conn, self.identities, article, key)
            if current is None:
                item_id = insert_item(conn, anchor, self.reviewer, stamp)
                created, old = 1, dict(EMPTY)
            else:
                item_id, created, old = current.id, 0, user_fields(current)
                if all(old[k] == v for k, v in fields.items()):
                    return current
            sets = ", ".join(f"{k} = ?" for k in fields)
            conn.execute(
                f"UPDATE items SET {sets}, reviewer = ?, at = ? WHERE id = ?",
                (*fields.values(), self.reviewer, stamp, item_id),
            )
            log_change(conn, self.session, item_id, created, old, fields, stamp)
            row = conn.execute(f"SELECT {COLUMNS} FROM items WHERE id = ?", (item_id,)).fetchone()
            res = current.resolution if current else Resolution(sentence_index, "exact", 1.0)
            item = item_from_row(row, res)
            return dataclasses.replace(
                item, anchor=dataclasses.replace(item.anchor, article_id=article.id)
            )

        return self.transaction(change)

    def _prune_undo(self) -> None:
        """Drop undo entries of sessions older than a day (they can no longer be undone)."""
        self.transaction(prune_undo)
