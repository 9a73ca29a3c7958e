"""Layouts: split decoded file text into header fields, body text and paragraphs."""

from __future__ import annotations

import re
from typing import Any

from briefing import yamlsafe
from briefing.model import Document, Paragraph, Section

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$|^ {0,3}(#{1,6})[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
FRONT_MATTER_KEYS = ("title", "date", "source", "url", "byline", "tags", "category", "dek")
#: Caps on Markdown front matter (a few lines of metadata; aliases count as what they expand to).
FRONT_MATTER_LIMITS = yamlsafe.Limits(max_bytes=64_000, max_nodes=2_000, max_depth=16)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _body(text: str, start: int, first_line: int, meta: dict, warnings: list) -> Document:
    """Cut ``text`` at ``start`` (skipping blank lines) and strip trailing space."""
    while True:
        end = text.find("\n", start)
        line = text[start:] if end == -1 else text[start:end]
        if line.strip() or end == -1:
            break
        start, first_line = end + 1, first_line + 1
    return Document(text[start:].rstrip(), first_line, meta=meta, warnings=warnings)


def split_text(text: str, header: tuple[str, ...]) -> Document:
    """Plain text: the first ``len(header)`` non-blank lines are header fields."""
    meta: dict[str, Any] = {}
    starts = _line_starts(text)
    lines = text.split("\n")
    index = 0
    for name in header:
        while index < len(lines) and not lines[index].strip():
            index += 1
        if index >= len(lines):
            break
        if name != "skip" and name not in meta:
            meta[name] = " ".join(lines[index].split())
        index += 1
    if index >= len(lines):
        return Document("", len(lines) + 1, meta=meta)
    doc = _body(text, starts[index], index + 1, meta, [])
    doc.paragraphs = text_paragraphs(doc.text)
    return doc


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Blank-line-separated blocks, each a list of (start, end) line spans."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            current.append((pos, end))
        elif current:
            blocks.append(current)
            current = []
        pos = end + 1
    if current:
        blocks.append(current)
    return blocks


def is_hard_wrapped(text: str, blocks: list[list[tuple[int, int]]]) -> bool:
    """True when blank-line-separated blocks hold lines wrapped at a fixed width.

    Wrapped lines are long relative to the widest line (40-100 columns) and mostly
    end mid-sentence; one-paragraph-per-line files have neither property.
    """
    if len(blocks) < 2:
        return False
    inner = [(s, e) for block in blocks for (s, e) in block[:-1]]
    total = sum(len(block) for block in blocks)
    if not inner or len(inner) * 2 < total - len(blocks):
        return False
    width = max(e - s for block in blocks for (s, e) in block)
    if not 40 <= width <= 100:
        return False
    near = sum(1 for s, e in inner if e - s >= width * 0.6)
    open_end = sum(1 for s, e in inner if text[e - 1] not in '.!?"”’:')
    return near >= 0.8 * len(inner) and open_end * 2 >= len(inner)


def text_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs: one per non-blank line, or one per block in hard-wrapped text."""
    blocks = _blocks(text)
    if is_hard_wrapped(text, blocks):
        return [Paragraph(_lstrip(text, b[0][0]), _rstrip(text, b[-1][1])) for b in blocks]
    return [Paragraph(_lstrip(text, s), _rstrip(text, e)) for block in blocks for s, e in block]


def _lstrip(text: str, start: int) -> int:
    while text[start] in " \t":
        start += 1
    return start


def _rstrip(text: str, end: int) -> int:
    while text[end - 1] in " \t":
        end -= 1
    return end


def split_markdown(text: str) -> Document:
    """Markdown: YAML front matter, headings as sections, blocks as paragraphs."""
    meta: dict[str, Any] = {}
    warnings: list[str] = []
    start, first_line = 0, 1
    if text.startswith("---\n"):
        close = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.M)
        if close:
            raw = text[4 : 4 + close.start()]
            try:
                data = yamlsafe.load(raw, FRONT_MATTER_LIMITS)
            except yamlsafe.YAMLLimitError as exc:
                line = f"line {exc.line + 1}: " if exc.line is not None else ""
                warnings.append(f"front matter ignored: {line}{exc.problem}")
                data = None
            if isinstance(data, dict):
                for key in FRONT_MATTER_KEYS:
                    if data.get(key) is not None:
                        meta[key] = data[key]
            elif data is not None:
                warnings.append("front matter is not a mapping; ignored")
            end = 4 + close.end()
            start = end + 1 if end < len(text) else end
            first_line = 1 + text.count("\n", 0, start)
    doc = _body(text, start, first_line, meta, warnings)
    doc.paragraphs, doc.headings = markdown_parts(doc.text)
    return doc


def markdown_parts(text: str) -> tuple[list[Paragraph], list[Section]]:
    """Paragraphs and heading sections of a Markdown body."""
    paragraphs: list[Paragraph] = []
    heads: list[tuple[int, int, str]] = []  # (line start, level, title)
    block: list[tuple[int, int]] = []
    fence: str | None = None

    def flush() -> None:
        if block:
            paragraphs.append(Paragraph(_lstrip(text, block[0][0]), _rstrip(text, block[-1][1])))
            block.clear()

    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        fence_match = _FENCE.match(line)
        if fence is not None:
            block.append((pos, end))
            if fence_match and fence_match.group(1)[0] == fence[0]:
                fence = None
                flush()
        elif fence_match:
            flush()
            fence = fence_match.group(1)
            block.append((pos, end))
        elif not line.strip():
            flush()
        elif heading := _HEADING.match(line):
            flush()
            marks = heading.group(1) or heading.group(3)
            heads.append((pos, len(marks), (heading.group(2) or "").strip()))
        elif _LIST_ITEM.match(line):
            flush()
            block.append((pos, end))
        else:
            block.append((pos, end))
        pos = end + 1
    flush()
    return paragraphs, tile_headings(text, heads)


def tile_headings(text: str, heads: list[tuple[int, int, str]]) -> list[Section]:
    """Sections from ``(start, level, title)`` headings, tiling ``text`` (text before the
    first heading is an untitled section)."""
    if not heads:
        return []
    sections: list[Section] = []
    if text[: heads[0][0]].strip():
        sections.append(Section(0, heads[0][0], title="", level=1, generated=True))
    for i, (start, level, title) in enumerate(heads):
        end = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        sections.append(Section(0 if not sections else start, end, title=title, level=level))
    return sections
