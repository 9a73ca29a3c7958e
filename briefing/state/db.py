"""Opening a state database safely: refuse foreign or corrupt files, create, migrate, retry.

Nothing here writes to a file before it is known to be ours (right header,
``application_id``, ``meta.format``, ``quick_check`` ok).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from briefing.state import migrate

#: Seconds SQLite waits for another process's lock before reporting it busy. Short, so
#: a caller on a UI thread never blocks long: about two seconds at most with the retry.
BUSY_TIMEOUT = 1.0
RETRIES = 2
_HEADER = b"SQLite format 3\x00"
T = TypeVar("T")


class StateError(Exception):
    """A state file that cannot be used, with a one-line message naming it."""

    kind = "error"

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))


class StateLocked(StateError):
    """Another process holds the state file's lock (still busy after the retries)."""

    kind = "locked"


class StateReadOnly(StateError):
    """The state file (or its folder) cannot be written; it was opened read-only."""

    kind = "read-only"


class StateCorrupt(StateError):
    """The file is an SQLite database that fails its integrity check, or is truncated."""

    kind = "corrupt"


class StateNewer(StateError):
    """Written by a newer briefing (schema version above this one's)."""

    kind = "newer schema"


class StateForeign(StateError):
    """Not a briefing state file (not SQLite, another application's, or not a regular file)."""

    kind = "foreign"


def classify(exc: sqlite3.Error, path: Path, doing: str) -> StateError:
    """One precise, one-line StateError for an SQLite error while ``doing`` something."""
    text = " ".join(str(exc).split())
    low = text.lower()
    if "locked" in low or "busy" in low:
        return StateLocked(f"{path}: state file is locked by another process ({doing}); try again")
    if "readonly" in low or "read-only" in low:
        return StateReadOnly(f"{path}: state file is read-only ({doing} failed)")
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return StateCorrupt(f"{path}: corrupt state file ({text}); left unchanged")
    return StateError(f"{path}: cannot {doing} state file: {text}")


def _writable(path: Path) -> bool:
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _lstat_mode(path: Path) -> int | None:
    """The mode of ``path`` itself after ``stat`` found nothing; None when it is absent.

    Another process may create the file between the two calls, so only a link that
    still points nowhere counts as dangling.
    """
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(mode) and os.path.exists(path):
        return os.stat(path).st_mode
    return mode


def refuse_special(path: Path) -> None:
    """Refuse a state path that exists and is not a regular file (``/dev/null``, a FIFO...)."""
    try:
        mode: int | None = os.stat(path).st_mode
    except FileNotFoundError:
        mode = _lstat_mode(path)
    except OSError as exc:
        raise StateError(f"{path}: cannot use state file: {exc.strerror}") from None
    if mode is None:
        return
    if stat.S_ISLNK(mode):
        raise StateForeign(f"{path}: state path is a dangling symlink; not used")
    if not stat.S_ISREG(mode):
        from briefing.fileio import kind

        raise StateForeign(f"{path}: state path is not a regular file ({kind(mode)}); not used")


def connect(
    path: Path, readonly: bool = False, timeout: float | None = None
) -> tuple[sqlite3.Connection, bool]:
    """Open ``path`` (checked, created or migrated) in WAL mode with a short busy timeout.

    With ``readonly`` (exports) an existing, current file is opened read-only and nothing
    is written; a file or folder that cannot be written is always opened read-only.
    ``timeout`` (seconds, default :data:`BUSY_TIMEOUT`) is how long one attempt waits
    for another process's lock. Returns (connection, opened read-only).

    Raises:
        StateError: (a subclass saying locked, read-only, corrupt, newer or foreign)
            the file cannot be used; it is left untouched.
    """
    wait = BUSY_TIMEOUT if timeout is None else timeout
    refuse_special(path)
    if path.exists():
        version = check_existing(path)
        if readonly or not _writable(path):
            if 0 < version < migrate.SCHEMA_VERSION:
                raise StateReadOnly(
                    f"{path}: state schema v{version} needs an upgrade, which needs write access"
                )
            if version == 0:
                raise StateError(f"{path}: state file is empty")
            return _open_readonly(path, wait), True
    elif readonly:
        raise StateError(f"{path}: no state file")
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StateError(f"{path}: cannot create state folder: {exc.strerror}") from None
    try:
        conn = sqlite3.connect(path, timeout=wait, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise classify(exc, path, "open") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
        retry(lambda: _prepare(conn, path))
        retry(lambda: _wal(conn))
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        conn.close()
        raise classify(exc, path, "use") from None
    except StateError:
        conn.close()
        raise
    return conn, False


def _open_readonly(path: Path, wait: float) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` when the folder cannot hold WAL side files."""
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK):
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(
            uri, uri=True, timeout=wait, isolation_level=None, check_same_thread=False
        )
        conn.execute("SELECT count(*) FROM items").fetchone()
    except sqlite3.Error as exc:
        raise classify(exc, path, "read") from None
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


def immediate(conn: sqlite3.Connection, fn: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``fn(conn)`` in one ``BEGIN IMMEDIATE`` transaction, retrying while busy.

    A failed attempt is rolled back; ``fn`` may then be called again.
    """

    def attempt() -> T:
        conn.execute("BEGIN IMMEDIATE")
        try:
            result = fn(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return result

    return retry(attempt)


def check_existing(path: Path) -> int:
    """Refuse a file that is not one of ours, without writing to it; return its version."""
    refuse_special(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_HEADER))
    except OSError as exc:
        raise StateError(f"{path}: cannot read state file: {exc.strerror}") from None
    if not head:
        return 0  # an empty file is an empty database
    if head != _HEADER:
        raise StateForeign(
            f"{path}: not a briefing state file (not an SQLite database); left unchanged"
        )
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK):
        uri += "&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise classify(exc, path, "open") from None
    try:
        return _validate(conn, path)
    except sqlite3.DatabaseError as exc:
        err = classify(exc, path, "check")
        if type(err) is StateError:
            err = StateCorrupt(f"{path}: corrupt state file ({exc}); left unchanged")
        raise err from None
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
        raise StateForeign(
            f"{path}: not a briefing state file (an SQLite database of another "
            "application); left unchanged"
        )
    if version > migrate.SCHEMA_VERSION:
        raise StateNewer(
            f"{path}: state schema v{version} is newer than this briefing "
            f"(v{migrate.SCHEMA_VERSION}); upgrade briefing"
        )
    check = conn.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        first = " ".join(str(check).split("\n")[0].split())
        raise StateCorrupt(f"{path}: corrupt state file ({first}); left unchanged")
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
