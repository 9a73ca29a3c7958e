"""The parse cache: analysed articles pickled in SQLite under ``$XDG_CACHE_HOME/briefing/``.

An entry's key is a hash of the file's bytes, the settings that shape the analysis (the
source's format, header and default date, ``keypoints.count``, ``actors.extra``), the
package version and the source code of the loader, the analysis and the model — so an
edited file, a changed config or new code never reuses an old result. Entries carry no
location (id, path, file): the pipeline fills those in, so a moved or renamed file hits.

The cache is best-effort: a missing, read-only, corrupt or locked cache makes the
pipeline parse as if there were none. Unreadable entries are dropped and rebuilt;
entries of other code versions are deleted, and the oldest entries are pruned when the
file grows past :data:`MAX_BYTES` (``BRIEFING_CACHE_MB`` overrides it).
"""

from __future__ import annotations

import atexit
import contextlib
import copyreg
import dataclasses
import enum
import functools
import hashlib
import io
import operator
import os
import pickle
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from briefing import __version__, model

_FORMAT = 1  # bump when the pickled layout or the key's meaning changes
MAX_BYTES = 512 * 1024 * 1024
_FLUSH_EVERY = 64  # entries written per transaction
_REFRESH = 3600.0  # seconds before a hit refreshes its entry's age (for pruning)
_PACKAGE = Path(__file__).parent
# Code whose change can change an analysed Article.
_CODE = ("model.py", "pipeline.py", "cache.py", "load", "analyse")
# Every dataclass of the model (spans, actors, statements, the article...).
_CLASSES = tuple(
    cls
    for cls in vars(model).values()
    if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == model.__name__
)
_ENUMS = tuple(
    cls
    for cls in vars(model).values()
    if isinstance(cls, type) and issubclass(cls, enum.Enum) and cls.__module__ == model.__name__
)
_ALLOWED = {(cls.__module__, cls.__name__): cls for cls in _CLASSES + _ENUMS}


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/briefing`` (default ``~/.cache/briefing``)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "briefing"


def cache_file() -> Path:
    """The parse cache database."""
    return cache_dir() / "articles.db"


def max_bytes() -> int:
    """The size bound: ``BRIEFING_CACHE_MB`` megabytes, else :data:`MAX_BYTES`."""
    try:
        return int(float(os.environ["BRIEFING_CACHE_MB"]) * 1024 * 1024)
    except (KeyError, ValueError):
        return MAX_BYTES


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the package version, the cache format and the code that shapes Articles."""
    h = hashlib.sha256(f"{__version__}\0{_FORMAT}\0".encode())
    for name in _CODE:
        target = _PACKAGE / name
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for path in files:
            h.update(str(path.relative_to(_PACKAGE)).encode() + b"\0")
            with contextlib.suppress(OSError):
                h.update(path.read_bytes())
    return h.hexdigest()[:24]


def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _reducer(cls: type) -> Any:
    fields = operator.attrgetter(*_fields(cls))  # every model class has two fields or more
    return lambda obj: (cls, fields(obj))


# Frozen slotted dataclasses unpickle through a Python __setstate__ per object; rebuilding
# them from their field tuples (the constructor) is about 4x faster.
_DISPATCH: dict[type, Any] = {cls: _reducer(cls) for cls in _CLASSES}


class _Unpickler(pickle.Unpickler):
    """Only the model's classes (and builtins) may come out of a cache entry."""

    def find_class(self, module: str, name: str) -> Any:
        cls = _ALLOWED.get((module, name))
        if cls is None:
            raise pickle.UnpicklingError(f"unexpected class {module}.{name}")
        return cls


def dumps(article: model.Article) -> bytes:
    """Pickle an Article compactly (fields as tuples)."""
    out = io.BytesIO()
    pickler = pickle.Pickler(out, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, **_DISPATCH}
    pickler.dump(article)
    return out.getvalue()


def loads(data: bytes) -> model.Article | None:
    """The Article pickled in ``data``, or None if it is not one."""
    try:
        article = _Unpickler(io.BytesIO(data)).load()
    except Exception:  # noqa: BLE001 - a corrupt entry is rebuilt, never fatal
        return None
    return article if type(article) is model.Article else None


def entry_key(digest: str, settings: str) -> str:
    """The key of a file with content hash ``digest`` analysed with ``settings``."""
    return hashlib.sha256(f"{digest}\0{settings}\0{code_version()}".encode()).hexdigest()[:32]


class ParseCache:
    """Cached Articles in one SQLite file; every failure means "not cached".

    Args:
        path: the database (default :func:`cache_file`).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_file()
        self._conn: sqlite3.Connection | None = None
        self._pending: list[tuple[str, bytes, float]] = []
        self._lock = threading.Lock()
        self._broken = False
        self.hits = self.misses = 0
        atexit.register(self.close)

    def _connect(self) -> sqlite3.Connection | None:
        if self._conn is not None or self._broken:
            return self._conn
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and not self.path.is_file():
                raise OSError("not a regular file")
            self._conn = self._open()
        except (OSError, sqlite3.Error):
            self._broken = True
        return self._conn

    def _open(self) -> sqlite3.Connection:
        for attempt in (1, 2):
            conn = sqlite3.connect(self.path, timeout=1.0, check_same_thread=False)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = OFF")  # a lost entry is only re-parsed
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, code TEXT NOT NULL,"
                    " data BLOB NOT NULL, size INTEGER NOT NULL, used REAL NOT NULL)"
                )
                return conn
            except sqlite3.DatabaseError:
                conn.close()
                if attempt == 2:
                    raise
                _remove(self.path)  # corrupt or foreign: our cache file, start afresh
        raise AssertionError("unreachable")

    def get(self, key: str) -> model.Article | None:
        """The cached Article for ``key`` (without location), or None."""
        with self._lock:
            conn = self._connect()
            if conn is None:
                return None
            try:
                row = conn.execute(
                    "SELECT data, used FROM entries WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error:
                return None
            if row is None:
                self.misses += 1
                return None
            article = loads(row[0])
            if article is None:
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("DELETE FROM entries WHERE key = ?", (key,))
                    conn.commit()
                self.misses += 1
                return None
            if time.time() - row[1] > _REFRESH:
                self._pending.append((key, row[0], time.time()))
            self.hits += 1
            return article

    def put(self, key: str, article: model.Article) -> None:
        """Cache ``article`` (its id, path and file are blanked) under ``key``."""
        blank = dataclasses.replace(article, id="", path="", file="")
        try:
            data = dumps(blank)
        except Exception:  # noqa: BLE001 - unpicklable means uncached
            return
        with self._lock:
            self._pending.append((key, data, time.time()))
            if len(self._pending) >= _FLUSH_EVERY:
                self._flush()

    def _flush(self) -> None:
        conn = self._connect()
        pending, self._pending = self._pending, []
        if conn is None or not pending:
            return
        try:
            with conn:
                conn.executemany(
                    "INSERT OR REPLACE INTO entries (key, code, data, size, used)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(k, code_version(), d, len(d), u) for k, d, u in pending],
                )
        except sqlite3.Error:
            pass  # locked by another writer, disk full...: these stay uncached

    def close(self) -> None:
        """Write pending entries, drop stale and surplus ones, close the file."""
        with self._lock:
            self._flush()
            if self._conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    prune(self._conn, code_version(), max_bytes())
                self._conn.close()
                self._conn = None

    def __getstate__(self) -> dict[str, Any]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["path"])  # type: ignore[misc]


_SHARED: dict[Path, ParseCache] = {}


def shared(path: Path | None = None) -> ParseCache:
    """The process's cache for ``path`` (default :func:`cache_file`): one connection each."""
    path = path or cache_file()
    if path not in _SHARED:
        _SHARED[path] = ParseCache(path)
    return _SHARED[path]


def forget_shared() -> list[ParseCache]:
    """Drop the process's caches without using them (a forked worker's inherited ones)."""
    old = list(_SHARED.values())
    _SHARED.clear()
    return old


def prune(conn: sqlite3.Connection, code: str, limit: int) -> None:
    """Delete entries of other code versions, then the oldest until under ``limit`` bytes."""
    with conn:
        conn.execute("DELETE FROM entries WHERE code != ?", (code,))
        total = conn.execute("SELECT coalesce(sum(size), 0) FROM entries").fetchone()[0]
        if total <= limit:
            return
        target = total - int(limit * 0.75)
        rows = conn.execute("SELECT key, size FROM entries ORDER BY used").fetchall()
        drop, freed = [], 0
        for key, size in rows:
            if freed >= target:
                break
            drop.append((key,))
            freed += size
        conn.executemany("DELETE FROM entries WHERE key = ?", drop)


def info() -> dict[str, Any]:
    """Where the cache is, how many entries and bytes it holds."""
    path = cache_file()
    out: dict[str, Any] = {"path": str(path), "entries": 0, "bytes": 0, "limit": max_bytes()}
    if not path.is_file():
        return out
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1.0)
        try:
            count, size = conn.execute(
                "SELECT count(*), coalesce(sum(size), 0) FROM entries"
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        out["error"] = str(exc)
        return out
    out.update(entries=count, bytes=size, file_bytes=_size(path))
    return out


def clear() -> list[Path]:
    """Remove the parse cache, the extraction cache and the compiled gazetteers.

    Returns what was removed (the extraction cache folder counts as one).
    """
    import shutil

    folder = cache_dir()
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for path in sorted(folder.iterdir()):
        if path.name.startswith(("articles.db", "gazetteer-")) and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
        elif path.name == "extract" and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def _size(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            total += os.stat(f"{path}{suffix}").st_size
    return total


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")
