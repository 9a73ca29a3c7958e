"""Article identity shared by the pipeline and the review state (no dependencies).

An article is identified by the absolute path of its file plus a digest of the file's
bytes (``Article.file``, ``Article.digest``); the review store turns the pair into a
durable key (:mod:`briefing.state.identity`). The pipeline :func:`remember` s every
article it builds, so review calls that only carry an article id (the reader's read
marks) resolve to the same key.
"""

from __future__ import annotations

import hashlib
import threading

_SEEN: dict[str, tuple[str, str]] = {}
_LOCK = threading.Lock()


def content_digest(data: bytes) -> str:
    """The 32-hex-digit digest of a file's bytes (``Article.digest``)."""
    return hashlib.sha256(data).hexdigest()[:32]


def remember(article_id: str, file: str, digest: str) -> None:
    """Record that ``article_id`` is currently the file ``file`` with ``digest``."""
    if file and digest:
        with _LOCK:
            _SEEN[article_id] = (file, digest)


def lookup(article_id: str) -> tuple[str, str] | None:
    """``(file, digest)`` last remembered for ``article_id`` in this process, if any."""
    return _SEEN.get(article_id)
