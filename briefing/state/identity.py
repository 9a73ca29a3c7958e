"""Durable article keys: review state follows a file when it is moved, renamed or edited.

The ``articles`` table maps a key (what ``items.article_id`` and ``reads.article_id``
hold) to the absolute path and content digest the article last had, and a normalised
sample of its text. An article (``Article.file``, ``Article.digest``) gets its key by the
first rule that applies:

1. *same*: an entry with the same path and digest;
2. *moved* / *renamed*: an entry with the same digest (identical copies of a file share
   its reviews; among several entries, the one with the same file name, else the most
   similar path);
3. *edited*: an entry with the same path (the sentences then re-anchor as usual);
4. *legacy*: items stored under the article's id by an older briefing;
5. *moved and edited*: an entry whose file is gone, sharing a reviewed sentence or the
   file name, whose sample has a :class:`difflib.SequenceMatcher` ratio of at least
   :data:`~briefing.state.anchors.THRESHOLD` with the article's (the same fallback as
   for sentences);
6. otherwise a new key, a hash of path and digest.

Reviews that match no current article stay in the file untouched (and are exported by
``briefing state export``); items whose sentence is gone are listed as orphaned.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from briefing import identity
from briefing.model import Article
from briefing.state.anchors import THRESHOLD, normalise
from briefing.state.items import now

SAMPLE_CHARS = 1500
TABLE = """CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    digest TEXT NOT NULL,
    sample TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL
)"""


def sample(text: str) -> str:
    """The normalised start of an article's text, compared by the fuzzy rule."""
    return normalise(text[: SAMPLE_CHARS * 2])[:SAMPLE_CHARS]


def new_key(file: str, digest: str) -> str:
    """The key of an article seen for the first time."""
    return "a:" + hashlib.sha1(f"{file}\0{digest}".encode()).hexdigest()[:16]


def is_durable(key: str) -> bool:
    """True for keys made by :func:`new_key` (not an article id stored as it is)."""
    return key.startswith("a:")


@dataclass(frozen=True, slots=True)
class Entry:
    """A row of the ``articles`` table."""

    key: str
    path: str
    digest: str
    sample: str


class Identities:
    """Resolves articles to keys against the entries of one state database.

    The entries are read once and indexed by path and digest, so resolving a briefing
    of thousands of articles costs dictionary look-ups, not queries.
    """

    def __init__(self) -> None:
        self.entries: dict[str, Entry] | None = None
        self.resolved: dict[tuple[str, str], str] = {}
        self._by_path: dict[str, list[Entry]] = {}
        self._by_digest: dict[str, list[Entry]] = {}
        self._legacy: set[str] = set()
        self._gone: list[Entry] | None = None  # entries whose file is gone, with...
        self._gone_prints: dict[str, set[str]] = {}  # ...their reviewed sentences

    def load(self, conn: sqlite3.Connection) -> dict[str, Entry]:
        """The entries by key (read once; kept current by :meth:`note`)."""
        if self.entries is None:
            try:
                rows = conn.execute("SELECT key, path, digest, sample FROM articles").fetchall()
            except sqlite3.OperationalError:  # no table yet (a file only read so far)
                rows = []
            self.entries = {}
            for row in rows:
                self._add(Entry(*row))
            stored = conn.execute(
                "SELECT DISTINCT article_id FROM items UNION SELECT article_id FROM reads"
            ).fetchall()
            self._legacy = {r[0] for r in stored if not is_durable(r[0])}
        return self.entries

    def _add(self, entry: Entry) -> None:
        assert self.entries is not None
        old = self.entries.get(entry.key)
        if old is not None:
            self._by_path[old.path].remove(old)
            self._by_digest[old.digest].remove(old)
        self.entries[entry.key] = entry
        self._by_path.setdefault(entry.path, []).append(entry)
        self._by_digest.setdefault(entry.digest, []).append(entry)

    def note(self, entry: Entry) -> None:
        """Record an entry just written."""
        if self.entries is not None:
            self._add(entry)
            self._gone = None
        self.resolved[(entry.path, entry.digest)] = entry.key

    def resolve(
        self, conn: sqlite3.Connection, file: str, digest: str, name: str, article: Article | None
    ) -> str:
        """The key of the article at ``file`` with ``digest`` (``name``: its display id)."""
        cached = self.resolved.get((file, digest))
        if cached is not None:
            return cached
        entries = self.load(conn)
        here = self._by_path.get(file, [])
        key = (
            next((e.key for e in here if e.digest == digest), None)
            or self._moved(file, digest)
            or (here[0].key if here else None)
            or (name if name in self._legacy and name not in entries else None)
            or (self._fuzzy(conn, file, article) if article is not None else None)
            or new_key(file, digest)
        )
        self.resolved[(file, digest)] = key
        return key

    def _moved(self, file: str, digest: str) -> str | None:
        found = list(self._by_digest.get(digest, ()))
        if not found:
            return None
        base = os.path.basename(file)
        found.sort(key=lambda e: (os.path.basename(e.path) != base, -_likeness(e.path, file)))
        return found[0].key

    def _gone_entries(self, conn: sqlite3.Connection) -> list[Entry]:
        """Entries whose file no longer exists, and the sentences reviewed in each."""
        if self._gone is None:
            assert self.entries is not None
            self._gone = [e for e in self.entries.values() if not os.path.exists(e.path)]
            self._gone_prints = {}
            for entry in self._gone:
                rows = conn.execute(
                    "SELECT fingerprint FROM items WHERE article_id = ?", (entry.key,)
                ).fetchall()
                for (fp,) in rows:
                    self._gone_prints.setdefault(fp, set()).add(entry.key)
        return self._gone

    def _fuzzy(self, conn: sqlite3.Connection, file: str, article: Article) -> str | None:
        gone = self._gone_entries(conn)
        if not gone:
            return None
        from briefing.state.anchors import _prints

        base = os.path.basename(file)
        keys = {e.key for e in gone if os.path.basename(e.path) == base}
        for _, fp in _prints(article):
            keys |= self._gone_prints.get(fp, set())
        if not keys:
            return None
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(sample(article.text))
        best, best_score = None, THRESHOLD
        for entry in sorted((e for e in gone if e.key in keys), key=lambda e: e.key):
            matcher.set_seq1(entry.sample)
            if matcher.real_quick_ratio() < best_score or matcher.quick_ratio() < best_score:
                continue
            score = matcher.ratio()
            if score >= best_score:
                best, best_score = entry.key, score
        return best


def _likeness(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


class ReadIds(set[str]):
    """Ids marked read: stored ids, plus any id whose durable key is marked read."""

    def __init__(self, ids: Iterable[str], keys: set[str], key: Callable[[str], str]) -> None:
        super().__init__(ids)
        self._keys, self._key = keys, key
        self._unread: set[str] = set()

    def __contains__(self, article_id: object) -> bool:
        if super().__contains__(article_id):
            return True
        if not isinstance(article_id, str) or article_id in self._unread:
            return False
        try:
            return self._key(article_id) in self._keys
        except Exception:  # noqa: BLE001 - an unreadable store knows of no read marks
            return False

    def discard(self, article_id: object) -> None:
        """Forget ``article_id`` (it was just marked unread)."""
        super().discard(article_id)
        if isinstance(article_id, str):
            self._unread.add(article_id)

    def add(self, article_id: str) -> None:
        """Add ``article_id`` (it was just marked read)."""
        super().add(article_id)
        self._unread.discard(article_id)


def entries_document(conn: sqlite3.Connection) -> dict[str, dict[str, str]]:
    """The ``articles`` table as plain data for ``briefing state export`` (sorted)."""
    try:
        rows = conn.execute("SELECT key, path, digest, sample, at FROM articles ORDER BY key")
        return {r[0]: {"path": r[1], "digest": r[2], "sample": r[3], "at": r[4]} for r in rows}
    except sqlite3.OperationalError:
        return {}


def check_entries(raw: object) -> dict[str, dict[str, str]] | None:
    """``raw`` if it is a valid ``articles`` section, else None."""
    if not isinstance(raw, dict):
        return None
    fields = ("path", "digest", "sample", "at")
    for key, value in raw.items():
        if not isinstance(key, str) or not isinstance(value, dict) or set(value) != set(fields):
            return None
        if not all(isinstance(value[f], str) for f in fields):
            return None
    return raw


def merge_entries(conn: sqlite3.Connection, entries: dict[str, dict[str, str]]) -> None:
    """Add imported entries the database lacks (inside the import's transaction)."""
    conn.execute(TABLE)
    for key, v in entries.items():
        conn.execute(
            "INSERT OR IGNORE INTO articles (key, path, digest, sample, at) VALUES (?, ?, ?, ?, ?)",
            (key, v["path"], v["digest"], v["sample"], v["at"]),
        )


def record_location(
    conn: sqlite3.Connection, identities: Identities, article: Article | str, key: str
) -> None:
    """Store where the article stored under ``key`` is now (inside a write transaction)."""
    if isinstance(article, str):
        found = identity.lookup(article)
        if found is None:
            return  # an id alone, never built here: stored under the id as it is
        file, digest, text = found[0], found[1], ""
    else:
        file, digest, text = article.file, article.digest, sample(article.text)
    if not file or not digest:
        return
    conn.execute(TABLE)
    if not text:  # keep the sample an earlier write recorded
        row = conn.execute("SELECT sample FROM articles WHERE key = ?", (key,)).fetchone()
        text = row[0] if row else ""
    conn.execute(
        "INSERT INTO articles (key, path, digest, sample, at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (key) DO UPDATE SET path = excluded.path, digest = excluded.digest,"
        " sample = excluded.sample, at = excluded.at",
        (key, file, digest, text, now()),
    )
    identities.note(Entry(key, file, digest, text))
