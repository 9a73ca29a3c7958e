"""Extraction cache: Documents of slow layouts (HTML, PDF) keyed by content hash.

Entries live under ``$XDG_CACHE_HOME/briefing/extract/`` (default ``~/.cache/...``) as
JSON, named by a SHA-256 of the file bytes, the layout, the extractor's version and the
source of the code that builds the Document, so upgrading either rebuilds them. A
corrupt or unreadable entry is ignored and rewritten; a cache that cannot be written
is skipped silently. ``BRIEFING_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from briefing import __version__
from briefing.model import Document, Paragraph, Section

_FORMAT = 1
_HERE = Path(__file__).parent
_SOURCES = ("blocks.py", "cache.py", "html.py", "pdf.py", "pdf_meta.py")


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/briefing/extract`` (``~/.cache`` when unset or relative)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "briefing" / "extract"


@functools.cache
def _code_hash() -> bytes:
    h = hashlib.sha256(f"{__version__}\0{_FORMAT}".encode())
    for name in _SOURCES:
        try:
            h.update((_HERE / name).read_bytes())
        except OSError:
            pass
    return h.digest()


def _path(layout: str, data: bytes, version: str) -> Path:
    h = hashlib.sha256(_code_hash())
    h.update(f"\0{layout}\0{version}\0".encode())
    h.update(data)
    key = h.hexdigest()
    return cache_dir() / key[:2] / f"{key}.json"


def _enabled() -> bool:
    return os.environ.get("BRIEFING_NO_CACHE", "") in ("", "0")


def get(layout: str, data: bytes, version: str) -> Document | None:
    """The cached Document for ``data``, or None when absent or unreadable."""
    if not _enabled():
        return None
    try:
        raw = json.loads(_path(layout, data, version).read_text("utf-8"))
        return from_json(raw)
    except (OSError, ValueError, TypeError, KeyError):
        return None


def put(layout: str, data: bytes, version: str, doc: Document) -> None:
    """Store ``doc`` for ``data``; errors (read-only disk, ...) are ignored."""
    if not _enabled():
        return
    path = _path(layout, data, version)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(to_json(doc), out, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass


def to_json(doc: Document) -> dict[str, Any]:
    """A Document as plain JSON data."""
    return {
        "text": doc.text,
        "first_line": doc.first_line,
        "paragraphs": [[p.start, p.end] for p in doc.paragraphs],
        "headings": [[s.start, s.end, s.title, s.level, s.generated] for s in doc.headings],
        "meta": doc.meta,
        "warnings": doc.warnings,
    }


def from_json(raw: dict[str, Any]) -> Document:
    """The Document of :func:`to_json`; raises ValueError when the data is inconsistent."""
    text = raw["text"]
    if not isinstance(text, str) or not isinstance(raw["meta"], dict):
        raise ValueError("bad cache entry")
    paragraphs = [Paragraph(int(s), int(e)) for s, e in raw["paragraphs"]]
    headings = [
        Section(int(s), int(e), str(t), int(v), bool(g)) for s, e, t, v, g in raw["headings"]
    ]
    for span in (*paragraphs, *headings):
        if not 0 <= span.start <= span.end <= len(text):
            raise ValueError("bad cache entry")
    return Document(
        text,
        int(raw["first_line"]),
        paragraphs=paragraphs,
        headings=headings,
        meta=raw["meta"],
        warnings=[str(w) for w in raw["warnings"]],
    )


def installed_version(dist: str) -> str | None:
    """``<dist>-<version>`` of an installed distribution (an extractor), else None."""
    try:
        from importlib.metadata import version

        return f"{dist}-{version(dist)}"
    except Exception:  # noqa: BLE001 - PackageNotFoundError and broken installs
        return None
