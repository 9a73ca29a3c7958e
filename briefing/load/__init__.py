"""Loading: discover source files, decode them and split layouts into Documents.

Nothing here analyses text: :mod:`briefing.pipeline` runs load, then analysis.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefing.config import Config, SourceSpec
from briefing.load.dates import find_dateline, parse_date
from briefing.load.decode import decode
from briefing.load.layout import split_markdown, split_text
from briefing.model import Document, LoadError

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt", ".text", "")
MAX_BYTES = 20_000_000
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")


def natural_key(path: str) -> list:
    """Sort key that orders ``2.txt`` before ``10.txt``."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", path)]


def _expand(pattern: str) -> list[str]:
    if os.path.isdir(pattern):
        found = []
        for root, dirs, files in os.walk(pattern):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                suffix = os.path.splitext(name)[1].lower()
                if not name.startswith(".") and suffix in MARKDOWN_SUFFIXES + TEXT_SUFFIXES:
                    found.append(os.path.join(root, name))
        return sorted(found, key=natural_key)
    if os.path.isfile(pattern):
        return [pattern]
    return sorted(
        (p for p in glob.glob(pattern, recursive=True) if os.path.isfile(p)), key=natural_key
    )


def discover(specs: Sequence[SourceSpec]) -> list[tuple[Path, SourceSpec]]:
    """Return every file the sources name, in order, each once."""
    seen: set[str] = set()
    out = []
    for spec in specs:
        for path in _expand(spec.path):
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                out.append((Path(path), spec))
    return out


def format_of(path: Path, spec: SourceSpec) -> str:
    """The source's format, or the default by extension."""
    if spec.format:
        return spec.format
    return "markdown" if path.suffix.lower() in MARKDOWN_SUFFIXES else "text"


def auto_header(text: str) -> tuple[str, ...]:
    """Default header for plain text: a short first line without final punctuation is a title."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    first = first.strip()
    if rest.strip() and 0 < len(first) <= 120 and not _SENTENCE_END.search(first):
        return ("title",)
    return ()


class Loader:
    """Discovers a briefing's files cheaply and reads each into a Document on demand.

    ``files`` and ``ids`` are known before anything is parsed.

    Args:
        config: the validated config.
        paths: files, folders or globs replacing the config's sources.
        header: header fields for ``paths`` (default: automatic title detection).
    """

    def __init__(
        self,
        config: Config,
        paths: Sequence[str] | None = None,
        header: Sequence[str] | None = None,
    ) -> None:
        self.config = config
        if paths:
            hdr = tuple(header) if header is not None else None
            specs = [SourceSpec(os.path.abspath(p), None, hdr) for p in paths]
            self.files = discover(specs)
            if header is None and config.sources:
                # Files the config also names keep the config's layout (format, header, date).
                known = {os.path.realpath(p): s for p, s in discover(config.sources)}
                self.files = [(p, known.get(os.path.realpath(p), s)) for p, s in self.files]
        else:
            self.files = discover(config.sources)
        self.ids = self._make_ids()

    def _make_ids(self) -> list[str]:
        """Ids: the path relative to the config folder (else as given), without extension."""
        ids: list[str] = []
        self._shown: list[str] = []
        used: set[str] = set()
        base = os.path.abspath(self.config.base)
        for path, _ in self.files:
            full = os.path.abspath(path)
            rel = os.path.relpath(full, base)
            if rel.startswith(".."):
                rel = full
            rel = rel.replace(os.sep, "/")
            self._shown.append(rel)
            stem, suffix = os.path.splitext(rel)
            ident = stem if suffix and stem not in used else rel
            used.add(ident)
            ids.append(ident)
        return ids

    def __len__(self) -> int:
        return len(self.files)

    def display_path(self, index: int) -> str:
        """The file's path relative to the config folder when inside it."""
        return self._shown[index]

    def read(self, index: int) -> tuple[Document, dict[str, Any]] | LoadError:
        """Read and split the ``index``-th file into its Document and metadata.

        Failures become a LoadError naming the file.
        """
        path, spec = self.files[index]
        shown = self.display_path(index)
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                return LoadError(shown, f"file too large ({size:,} bytes)")
            data = path.read_bytes()
        except OSError as exc:
            return LoadError(shown, f"cannot read: {exc.strerror or exc}")
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return LoadError(shown, "binary file (contains NUL bytes)")
        text, warnings = decode(data)
        if not text.strip():
            return LoadError(shown, "empty file")
        if format_of(path, spec) == "markdown":
            doc = split_markdown(text)
        else:
            header = spec.header if spec.header is not None else auto_header(text)
            doc = split_text(text, header)
        doc.warnings[:0] = warnings
        if not doc.text.strip():
            return LoadError(shown, "no body text after the header lines")
        return doc, _metadata(doc, spec)


def _metadata(doc: Document, spec: SourceSpec) -> dict[str, Any]:
    """Title, dek, date, source... from header/front matter, dateline and source defaults."""
    meta = doc.meta
    out: dict[str, Any] = {}
    for key in ("title", "dek", "category", "source", "url", "byline"):
        value = meta.get(key)
        out[key] = " ".join(str(value).split()) if value is not None else ""
    tags = meta.get("tags") or ()
    out["tags"] = tuple(str(t) for t in tags) if isinstance(tags, list) else (str(tags),)
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
