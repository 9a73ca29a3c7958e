"""Opening a state database safely: refuse foreign or corrupt files, create, migrate, retry.

Nothing here writes to a file before it is known to be ours (right header,
``application_id``, ``meta.format``, ``quick_check`` ok).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from briefing.state import migrate

BUSY_TIMEOUT = 5.0
RETRIES = 6
_HEADER = b"SQLite format 3\x00"
T = TypeVar("T")


class StateError(Exception):
    """A state file that cannot be used, with a one-line message naming it."""


def connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` (checked, created or migrated) in WAL mode with a busy timeout.

    Raises:
        StateError: the file is foreign, corrupt, newer, or cannot be opened; it is
            left untouched.
    """
    if path.exists():
        check_existing(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise StateError(f"{path}: cannot open state file: {exc}") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
        retry(lambda: _prepare(conn, path))
        retry(lambda: _wal(conn))
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        conn.close()
        raise StateError(f"{path}: cannot use state file: {exc}") from None
    except StateError:
        conn.close()
        raise
    return conn


def retry(fn: Callable[[], T]) -> T:
    """Call ``fn``, retrying with backoff while SQLite reports the database busy or locked."""
    for attempt in range(RETRIES):
        try:
            return fn()
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if ("locked" not in text and "busy" not in text) or attempt == RETRIES - 1:
                raise
            time.sleep(min(0.01 * 2**attempt, 0.5))
    raise AssertionError("unreachable")


def check_existing(path: Path) -> None:
    """Refuse a file that is not one of ours, without writing to it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_HEADER))
    except OSError as exc:
        raise StateError(f"{path}: cannot read state file: {exc.strerror}") from None
    if not head:
        return  # an empty file is an empty database
    if head != _HEADER:
        raise StateError(
            f"{path}: not a briefing state file (not an SQLite database); left unchanged"
        )
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise StateError(f"{path}: cannot open state file: {exc}") from None
    try:
        _validate(conn, path)
    except sqlite3.DatabaseError as exc:
        raise StateError(f"{path}: corrupt state file ({exc}); left unchanged") from None
    finally:
        conn.close()


def _validate(conn: sqlite3.Connection, path: Path) -> int:
    """Check ``conn`` is our database and intact; return its schema version (0 if empty)."""
    app = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if app == 0 and version == 0 and not tables:
        return 0
    fmt = None
    if "meta" in tables:
        fmt = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    if app != migrate.APPLICATION_ID or fmt is None or fmt[0] != migrate.FORMAT:
        raise StateError(
            f"{path}: not a briefing state file (an SQLite database of another "
            "application); left unchanged"
        )
    check = conn.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        raise StateError(f"{path}: corrupt state file ({check}); left unchanged")
    if version > migrate.SCHEMA_VERSION:
        raise StateError(
            f"{path}: state schema v{version} is newer than this briefing "
            f"(v{migrate.SCHEMA_VERSION}); upgrade briefing"
        )
    return version


def _wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL (after any migration, so backups are byte copies of the old file)."""
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if mode != "wal":
        raise sqlite3.OperationalError(f"database is locked (journal mode stays {mode})")


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    """Create or migrate the schema under the write lock."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = _validate(conn, path)
        if version == 0:
            migrate.create(conn)
        elif version < migrate.SCHEMA_VERSION:
            migrate.migrate(conn, path, version)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
