"""Loading: discover source files, decode them and split layouts into Documents.

Nothing here analyses text: :mod:`briefing.pipeline` runs load, then analysis.
"""

from __future__ import annotations

import glob
import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.clean import clean_line
from briefing.config import Config, SourceSpec
from briefing.fileio import TooLargeError, UnsafePathError, read_bytes
from briefing.load import formats
from briefing.load.dates import find_dateline, parse_date
from briefing.load.decode import decode, utf16_encoding
from briefing.load.formats import CITE, MARKDOWN_SUFFIXES, SUFFIXES, TEXT_SUFFIXES
from briefing.load.html import HtmlUnavailable
from briefing.load.layout import split_markdown, split_text
from briefing.load.pdf import PdfUnavailable
from briefing.model import Document, LoadError

__all__ = ["MARKDOWN_SUFFIXES", "TEXT_SUFFIXES", "Entry", "Loader", "discover"]
MAX_BYTES = 5_000_000  # per file; analysis memory is ~0.1 kB per input byte


@dataclass(frozen=True)
class Entry:
    """One article to load: a file, or item ``part`` (0-based) of a mail file."""

    path: Path
    spec: SourceSpec
    format: str
    part: int = 0


_DIGITS = re.compile(r"(\d+)")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")


def natural_key(path: str) -> list:
    """Sort key that orders ``2.txt`` before ``10.txt``."""
    return [int(part) if part.isdigit() else part.lower() for part in _DIGITS.split(path)]


def _expand(
    pattern: str,
    skipped: list[tuple[str, str]] | None = None,
    problems: list[LoadError] | None = None,
) -> list[str]:
    """Files a pattern names; unreadable folders are added to ``problems``.

    FIFOs, devices and sockets are listed too (never opened): :meth:`Loader.read`
    reports them as skipped.
    """
    if os.path.isdir(pattern):
        found = []

        def unreadable(exc: OSError) -> None:
            if problems is not None:
                name = clean_line(exc.filename or pattern)
                problems.append(LoadError(name, f"cannot read folder: {exc.strerror}; skipped"))

        for root, dirs, files in os.walk(pattern, onerror=unreadable):
            dirs[:] = [d for d in dirs if not d.startswith(".") and d != "tmp"]
            for name in files:
                suffix = os.path.splitext(name)[1].lower()
                full = os.path.join(root, name)
                if name.startswith("."):
                    continue
                if suffix in SUFFIXES or formats.in_maildir(Path(full)):
                    found.append(full)
                elif skipped is not None:
                    skipped.append((clean_line(full), f"unsupported format ({clean_line(suffix)})"))
        return sorted(found, key=natural_key)
    if os.path.lexists(pattern):
        return [pattern]
    return sorted(
        (p for p in glob.glob(pattern, recursive=True) if not os.path.isdir(p)), key=natural_key
    )


def discover(
    specs: Sequence[SourceSpec],
    skipped: list[tuple[str, str]] | None = None,
    problems: list[LoadError] | None = None,
    unmatched: list[str] | None = None,
) -> list[tuple[Path, SourceSpec]]:
    """Return every file the sources name, in order, each once.

    Files in folders with an unsupported extension go to ``skipped`` with the reason;
    folders that cannot be listed are appended to ``problems`` as LoadErrors, and
    sources that match no file at all to ``unmatched``.
    """
    seen: set[object] = set()
    out = []
    for spec in specs:
        found = _expand(spec.path, skipped, problems)
        if not found and unmatched is not None:
            unmatched.append(spec.path)
        for path in found:
            same = _identity(path)
            if same not in seen:
                seen.add(same)
                out.append((Path(path), spec))
    return out


def _identity(path: str) -> object:
    """What makes two paths the same file: device and inode (one stat, unlike realpath)."""
    try:
        st = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (st.st_dev, st.st_ino)


def _layouts(
    files: list[tuple[Path, SourceSpec]], sources: Sequence[SourceSpec]
) -> list[tuple[Path, SourceSpec]]:
    """Give files that a configured source also names that source's layout.

    Sources that are a file, a folder or a glob without ``**`` are matched by name, so
    the config's folders are not scanned a second time; ``**`` globs are expanded.
    """
    known: dict[str, SourceSpec] = {}
    simple: list[tuple[SourceSpec, str | None, bool]] = []
    for spec in sources:
        if "**" in spec.path:
            for path in _expand(spec.path):
                known.setdefault(os.path.realpath(path), spec)
        elif glob.has_magic(spec.path):
            simple.append((spec, None, False))
        else:
            real = os.path.realpath(spec.path)
            simple.append((spec, real, os.path.isdir(real)))
    out = []
    for file, spec in files:
        real = os.path.realpath(file)
        match = known.get(real) or next(
            (s for s, where, folder in simple if _names(s, where, folder, file, real)), None
        )
        out.append((file, match or spec))
    return out


def _names(spec: SourceSpec, where: str | None, folder: bool, file: Path, real: str) -> bool:
    """Whether ``spec`` (at the real path ``where``, None for a glob) names ``file``."""
    if where is None:
        return Path(os.path.abspath(file)).match(spec.path) or Path(real).match(spec.path)
    if real == where:
        return True
    if folder and real.startswith(where.rstrip(os.sep) + os.sep):
        parts = os.path.relpath(real, where).split(os.sep)
        suffix = os.path.splitext(parts[-1])[1].lower()
        if any(part.startswith(".") for part in parts) or "tmp" in parts[:-1]:
            return False
        return suffix in SUFFIXES or formats.in_maildir(Path(real))
    return False


# A picture credit or caption label opening a text ("Photo: Ann Lee/Harbour Press").
_CREDIT_LINE = re.compile(
    r"(?:photo(?:graph)?|image|picture|illustration|photo credit|image credit|credit)s?:\s+"
    r"\S+(?:\s+\S+){0,11}$",
    re.I,
)


def auto_header(text: str) -> tuple[str, ...]:
    """Default header for plain text: a short first line without final punctuation is a
    title; a picture credit before it is skipped (never a title, no part of the text)."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if rest.strip() and _CREDIT_LINE.match(first):
        return ("skip", *auto_header(rest))
    if rest.strip() and 0 < len(first) <= 120 and not _SENTENCE_END.search(first):
        return ("title",)
    return ()


class Loader:
    """Discovers a briefing's articles cheaply and reads each into a Document on demand.

    A file is one article, except a mail file: one per message and per attachment that
    is an article (counted at discovery; item ``n > 1`` of ``mail.eml`` is
    ``mail.eml#n``, id ``mail#n``). ``entries``, ``files`` and ``ids`` (one per article,
    in order) are known before any article is read; ``skipped`` lists the files of
    scanned folders that no layout reads, with the reason.

    Args:
        config: the validated config.
        paths: files, folders or globs replacing the config's sources.
        header: header fields for ``paths`` (default: automatic title detection).
        layout: format for ``paths`` (default: by extension or content).
    """

    def __init__(
        self,
        config: Config,
        paths: Sequence[str] | None = None,
        header: Sequence[str] | None = None,
        layout: str | None = None,
    ) -> None:
        self.config = config
        self.skipped: list[tuple[str, str]] = []
        #: Problems found while listing folders (unreadable subfolders), as LoadErrors.
        self.problems: list[LoadError] = []
        self.unmatched: list[str] = []  # PATH arguments (or sources) that named no file
        if paths:
            hdr = tuple(header) if header is not None else None
            specs = [SourceSpec(os.path.abspath(p), layout, hdr) for p in paths]
            files = discover(specs, self.skipped, self.problems, self.unmatched)
            if header is None and layout is None and config.sources:
                # Files the config also names keep the config's layout (format, header, date).
                files = _layouts(files, config.sources)
            self.unmatched = [
                p for p, s in zip(paths, specs, strict=True) if s.path in self.unmatched
            ]
        else:
            files = discover(config.sources, self.skipped, self.problems, self.unmatched)
        self._lock = threading.Lock()
        self._mail: tuple[Path, list] | None = None
        self.entries = self._expand_entries(files)
        self.files = [(e.path, e.spec) for e in self.entries]
        self.ids = self._make_ids()

    def _expand_entries(self, files: list[tuple[Path, SourceSpec]]) -> list[Entry]:
        entries: list[Entry] = []
        for path, spec in files:
            fmt = formats.format_of(path, spec.format)
            count = 1
            if fmt == "email":
                items = self._mail_items(path)
                count = max(1, len(items) if items is not None else 1)
            entries += [Entry(path, spec, fmt, part) for part in range(count)]
        return entries

    def _mail_items(self, path: Path) -> list | None:
        """The parsed items of a mail file (the last file's are kept), None if unreadable."""
        with self._lock:
            if self._mail is not None and self._mail[0] == path:
                return self._mail[1]
            try:
                items = formats.mail_items(read_bytes(path, MAX_BYTES), path)
            except (OSError, ValueError, LookupError, RecursionError):
                return None
            self._mail = (path, items)
            return items

    def _make_ids(self) -> list[str]:
        """Ids: the path relative to the config folder (else as given), without extension."""
        ids: list[str] = []
        self._shown: list[str] = []
        used: set[str] = set()
        inside = os.path.abspath(self.config.base).rstrip(os.sep) + os.sep
        base_id = ""
        for entry in self.entries:
            full = os.path.abspath(entry.path)
            # Inside the config folder: relative to it; outside (relpath would start with
            # "..") as the absolute path.
            rel = full[len(inside) :] if full.startswith(inside) else full
            rel = clean_line(rel.replace(os.sep, "/"))
            if entry.part:  # item n of the file just named: the same base, plus #n
                self._shown.append(f"{rel}#{entry.part + 1}")
                ids.append(f"{base_id}#{entry.part + 1}")
                continue
            stem, suffix = os.path.splitext(rel)
            base_id = stem if suffix and stem not in used else rel
            self._shown.append(rel)
            used.add(base_id)
            ids.append(base_id)
        return ids

    def __len__(self) -> int:
        return len(self.entries)

    def display_path(self, index: int) -> str:
        """The file's path relative to the config folder when inside it (``#n`` for items)."""
        return self._shown[index]

    def format_of(self, index: int) -> str:
        """The format of the ``index``-th article: text, markdown, html, email or pdf."""
        return self.entries[index].format

    def read(self, index: int) -> tuple[Document, dict[str, Any]] | LoadError:
        """Read and split the ``index``-th article into its Document and metadata.

        Failures become a LoadError naming the file.
        """
        data = self.read_bytes(index)
        if isinstance(data, LoadError):
            return data
        return self.parse(index, data)

    def read_bytes(self, index: int) -> bytes | LoadError:
        """The bytes of the ``index``-th article's file, or a LoadError naming it."""
        path = self.entries[index].path
        try:
            return read_bytes(path, MAX_BYTES)
        except UnsafePathError as exc:  # a FIFO, device or socket: never opened
            return LoadError(self.display_path(index), f"{clean_line(exc)}; skipped")
        except TooLargeError as exc:
            return LoadError(self.display_path(index), clean_line(exc))
        except OSError as exc:
            return LoadError(
                self.display_path(index), f"cannot read: {clean_line(exc.strerror or exc)}"
            )

    def parse(self, index: int, data: bytes) -> tuple[Document, dict[str, Any]] | LoadError:
        """Split ``data``, the bytes of the ``index``-th article's file, into its Document."""
        entry = self.entries[index]
        spec, fmt = entry.spec, entry.format
        shown = self.display_path(index)
        try:
            doc = self._document(entry, data)
        except (HtmlUnavailable, PdfUnavailable, ValueError) as exc:
            return LoadError(shown, clean_line(exc))
        if isinstance(doc, str):
            return LoadError(shown, clean_line(doc))
        if not doc.text.strip():
            return LoadError(shown, "no body text after the header lines")
        meta = _metadata(doc, spec)
        meta["cite"] = CITE.get(fmt, "line")
        meta["layout"] = fmt
        meta["pages"] = tuple(int(p) for p in doc.meta.get("pages") or ())
        return doc, meta

    def _document(self, entry: Entry, data: bytes) -> Document | str:
        """The Document of an entry, or the reason it cannot be read."""
        fmt = entry.format
        if fmt == "pdf":
            return formats.pdf.read_pdf(data)
        if fmt == "email":
            items = self._mail_items(entry.path)
            if not items or entry.part >= len(items):
                return "not a readable mail file" if not items else "mail item missing"
            return formats.mail_document(items[entry.part])
        if b"\x00" in data[:4096] and not utf16_encoding(data):
            return "binary file (contains NUL bytes)"
        if fmt == "html":
            return formats.html.read_html(data)
        text, warnings = decode(data)
        if not text.strip():
            return "empty file"
        if fmt == "markdown":
            doc = split_markdown(text)
        else:
            header = entry.spec.header if entry.spec.header is not None else auto_header(text)
            doc = split_text(text, header)
        doc.warnings[:0] = warnings
        return doc


def _metadata(doc: Document, spec: SourceSpec) -> dict[str, Any]:
    """Title, dek, date, source... from header/front matter, dateline and source defaults."""
    meta = doc.meta
    out: dict[str, Any] = {}
    for key in ("title", "dek", "category", "source", "url", "byline"):
        value = meta.get(key)
        out[key] = clean_line(" ".join(str(value).split())) if value is not None else ""
    tags = meta.get("tags")
    if tags in (None, "", [], ()):
        tags = []
    elif not isinstance(tags, (list, tuple)):
        tags = [tags]
    out["tags"] = tuple(clean_line(" ".join(str(t).split())) for t in tags if t is not None)
    default = None
    if spec.date:
        try:
            default = parse_date(spec.date)
        except ValueError as exc:
            doc.warnings.append(f"source date: {exc}")
    when = None
    if meta.get("date") not in (None, ""):
        try:
            when = parse_date(meta["date"])
        except ValueError as exc:
            doc.warnings.append(f"date: {exc}")
    if when is None and doc.paragraphs:
        first = doc.paragraphs[0]
        stamp, agency = find_dateline(doc.text[first.start : first.end])
        if agency and not out["source"]:
            out["source"] = agency
        if stamp:
            try:
                when = parse_date(stamp, int(default[:4]) if default else None)
            except ValueError as exc:
                doc.warnings.append(f"dateline date: {exc}")
    out["date"] = when or default
    return out
