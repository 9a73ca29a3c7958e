"""Carry review state between machines as YAML (``briefing state export/import``).

The file looks like::

    schema: briefing-state/1
    items:
      "world/nato#3f2a9c0d11e4b7a2":      # Anchor.key
        article: world/nato
        fingerprint: 3f2a9c0d11e4b7a2
        occurrence: 0
        text: nato allies have strongly criticized china ...
        sentence: 4
        offset: 0.21
        quote: NATO allies have strongly criticized China ...
        verdict: flagged                  # accepted | rejected | flagged | null
        note: check the communiqué
        reviewer: ana
        at: '2026-11-27T23:50:50.123Z'
        added: false
        removed: false
    read:
      world/nato: {read: true, at: '2026-11-27T23:40:00.000Z'}
    articles:                             # optional: where each article was, its digest
      a:5d0c9e1f2a3b4c5d:                 # the key items and read marks are stored under
        path: /home/ana/news/world/nato.txt
        digest: 3b1f...                   # of the file's bytes
        sample: nato allies have ...      # normalised start of the text
        at: '2026-11-27T23:50:50.123Z'

Items and read marks are sorted, so exporting the same state twice gives the
same file. Import merges by anchor key: an unknown item is added, a known one
takes the imported values only if its ``at`` is newer; unknown ``articles`` entries are
added, so the items re-attach to the same files wherever they are now
(:mod:`briefing.state.identity`). The whole file is checked
before anything is written, and the merge is one transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from briefing import yamlsafe
from briefing.clean import clean_line, visible
from briefing.fileio import TooLargeError, UnsafePathError, read_text, write_text
from briefing.state.anchors import Anchor
from briefing.state.identity import check_entries, entries_document, merge_entries
from briefing.state.store import VERDICTS, ReviewItem, ReviewStore, StateError

SCHEMA = "briefing-state/1"
#: Caps on an imported state file (an item is about 15 values and a few hundred bytes).
STATE_LIMITS = yamlsafe.Limits(max_bytes=16_000_000, max_nodes=1_000_000, max_depth=8)
_FIELDS = (
    "article",
    "fingerprint",
    "occurrence",
    "text",
    "sentence",
    "offset",
    "quote",
    "verdict",
    "note",
    "reviewer",
    "at",
    "added",
    "removed",
)


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: items added, updated (imported was newer), kept; read marks set."""

    added: int = 0
    updated: int = 0
    kept: int = 0
    reads: int = 0

    def __str__(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.kept} kept, "
            f"{self.reads} read marks updated"
        )


class _Dumper(yaml.SafeDumper):
    """Safe dumper writing multi-line strings (notes) as literal blocks."""


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def state_document(store: ReviewStore) -> dict[str, Any]:
    """Return the exportable state of ``store`` as plain data (sorted, deterministic)."""
    items = {}
    for item in store.items():
        a = item.anchor
        items[a.key] = {
            "article": a.article_id,
            "fingerprint": a.fingerprint,
            "occurrence": a.occurrence,
            "text": a.text,
            "sentence": a.index,
            "offset": a.offset,
            "quote": a.quote,
            "verdict": item.verdict,
            "note": item.note,
            "reviewer": item.reviewer,
            "at": item.at,
            "added": item.added,
            "removed": item.removed,
        }
    reads = {k: {"read": r, "at": at} for k, (r, at) in sorted(store.reads().items())}
    doc: dict[str, Any] = {"schema": SCHEMA, "items": items, "read": reads}
    with store._lock:
        articles = entries_document(store.conn)
    if articles:  # where each article was and what it held, so it re-attaches elsewhere
        doc["articles"] = articles
    return doc


def export_state(store: ReviewStore, path: Path | str) -> int:
    """Write the state of ``store`` to ``path`` as YAML (atomically); return the item count."""
    path = Path(path)
    doc = state_document(store)
    text = yaml.dump(doc, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    write_text(path, text)  # refuses FIFOs, devices and symlinks; atomic; keeps the mode
    return len(doc["items"])


def read_state_export(
    path: Path | str,
) -> tuple[list[ReviewItem], dict[str, tuple[bool, str]], dict[str, dict[str, str]]]:
    """Read and check an exported state file once (bounded YAML): its review items, read
    marks and the optional ``articles`` section.

    Raises:
        StateError: unreadable, not YAML, not a ``briefing-state/1`` document, or
            any entry malformed (the message names the entry).
    """
    path = Path(path)
    name = clean_line(path)
    try:
        text = read_text(path, STATE_LIMITS.max_bytes, "utf-8")
    except TooLargeError:
        limit = STATE_LIMITS.max_bytes
        raise StateError(f"{name}: state export too large (limit {limit:,} bytes)") from None
    except UnsafePathError as exc:
        raise StateError(f"{name}: cannot read state export: {exc}") from None
    except OSError as exc:
        raise StateError(f"{name}: cannot read state export: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise StateError(
            f"{name}: cannot read state export: not UTF-8 (byte {exc.start})"
        ) from None
    try:
        doc = yamlsafe.load(text, STATE_LIMITS)
    except yamlsafe.YAMLLimitError as exc:
        raise StateError(clean_line(exc.located(f"{name}: corrupt state export"))) from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        raise StateError(f"{path}: not a briefing state export (expected 'schema: {SCHEMA}')")
    raw_items = doc.get("items") or {}
    raw_reads = doc.get("read") or {}
    if not isinstance(raw_items, dict) or not isinstance(raw_reads, dict):
        raise StateError(f"{path}: corrupt state export: 'items' and 'read' must be mappings")
    items = [_parse_item(path, key, value) for key, value in raw_items.items()]
    reads = {}
    for key, value in raw_reads.items():
        ok = (
            isinstance(key, str)
            and isinstance(value, dict)
            and isinstance(value.get("read"), bool)
            and _is_time(value.get("at"))
        )
        if not ok:
            raise StateError(clean_line(f"{path}: corrupt state export: read.{key}"))
        reads[key] = (value["read"], value["at"])
    articles = check_entries(doc.get("articles") or {})
    if articles is None:
        raise StateError(f"{name}: corrupt state export: 'articles' is malformed")
    return items, reads, articles


def _parse_item(path: Path, key: Any, v: Any) -> ReviewItem:
    def bad(what: str) -> StateError:
        return StateError(clean_line(f"{path}: corrupt state export: items.{key}: {what}"))

    if not isinstance(v, dict) or set(v) != set(_FIELDS):
        raise bad(f"expected the fields {', '.join(_FIELDS)}")
    types: dict[str, type | tuple[type, ...]] = {
        "article": str,
        "fingerprint": str,
        "occurrence": int,
        "text": str,
        "sentence": int,
        "offset": (int, float),
        "quote": str,
        "note": str,
        "reviewer": str,
        "added": bool,
        "removed": bool,
    }
    for name, kind in types.items():
        if not isinstance(v[name], kind) or (kind is int and isinstance(v[name], bool)):
            raise bad(f"{name} has the wrong type")
    if v["verdict"] is not None and v["verdict"] not in VERDICTS:
        raise bad(f"unknown verdict {v['verdict']!r}")
    if not _is_time(v["at"]):
        raise bad("at is not an ISO timestamp")
    anchor = Anchor(
        v["article"],
        v["fingerprint"],
        v["occurrence"],
        v["text"],
        v["sentence"],
        float(v["offset"]),
        v["quote"],
    )
    if anchor.key != key:
        raise bad(f"key does not match its anchor (expected {anchor.key})")
    anchor = Anchor(
        anchor.article_id,
        anchor.fingerprint,
        anchor.occurrence,
        visible(anchor.text),
        anchor.index,
        anchor.offset,
        visible(anchor.quote),
    )
    note, reviewer = visible(v["note"]), clean_line(v["reviewer"])
    return ReviewItem(0, anchor, v["verdict"], note, reviewer, v["at"], v["added"], v["removed"])


def _is_time(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        _when(value)
    except ValueError:
        return False
    return True


def _when(value: str) -> datetime:
    when = datetime.fromisoformat(value)
    return when if when.tzinfo else when.replace(tzinfo=datetime.now().astimezone().tzinfo)


def import_state(store: ReviewStore, path: Path | str) -> ImportReport:
    """Merge an exported state file into ``store`` by anchor; newer ``at`` wins.

    Raises:
        StateError: the file is corrupt or foreign (nothing is written then).
    """
    items, reads, articles = read_state_export(path)

    def merge(conn: sqlite3.Connection) -> ImportReport:
        added = updated = kept = marks = 0
        merge_entries(conn, articles)
        for item in items:
            a = item.anchor
            row = conn.execute(
                "SELECT id, at, text, quote FROM items WHERE article_id = ? AND fingerprint = ?"
                " AND occurrence = ?",
                (a.article_id, a.fingerprint, a.occurrence),
            ).fetchone()
            values = (
                item.verdict,
                item.note,
                item.reviewer,
                item.at,
                int(item.added),
                int(item.removed),
            )
            if row is None:
                conn.execute(
                    "INSERT INTO items (article_id, fingerprint, occurrence, text, sentence,"
                    " rel_offset, quote, verdict, note, reviewer, at, added, removed)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        a.article_id,
                        a.fingerprint,
                        a.occurrence,
                        a.text,
                        a.index,
                        a.offset,
                        a.quote,
                        *values,
                    ),
                )
                added += 1
            elif _when(item.at) > _when(row[1]):
                conn.execute(
                    "UPDATE items SET verdict = ?, note = ?, reviewer = ?, at = ?, added = ?,"
                    " removed = ?, text = ?, quote = ? WHERE id = ?",
                    (*values, row[2] or a.text, row[3] or a.quote, row[0]),
                )
                updated += 1
            else:
                kept += 1
        for article_id, (read, at) in reads.items():
            row = conn.execute(
                "SELECT at FROM reads WHERE article_id = ?", (article_id,)
            ).fetchone()
            if row is None or _when(at) > _when(row[0]):
                conn.execute(
                    "INSERT INTO reads (article_id, read, at) VALUES (?, ?, ?)"
                    " ON CONFLICT (article_id) DO UPDATE SET read = excluded.read,"
                    " at = excluded.at",
                    (article_id, int(read), at),
                )
                marks += 1
        return ImportReport(added, updated, kept, marks)

    return store.transaction(merge)
