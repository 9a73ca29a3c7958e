"""Display lines for the source pane (offsets only, no textual)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from briefing.model import Article
from briefing.tui.text import clean_line, wrap_line


@dataclass(frozen=True, slots=True)
class Line:
    """One display line: ``[start, end)`` of the text, or a virtual heading/blank line."""

    start: int
    end: int
    kind: str = "text"  # "text", "heading" (generated section title) or "blank"
    label: str = ""


def build_lines(article: Article, text: str, width: int) -> list[Line]:
    """Wrap ``text`` to ``width`` and add virtual heading and paragraph-gap lines."""
    line_starts = []
    pos = 0
    raw: list[tuple[int, int]] = []
    for part in text.split("\n"):
        raw.append((pos, pos + len(part)))
        line_starts.append(pos)
        pos += len(part) + 1
    extras: dict[int, list[Line]] = {}

    def add(offset: int, item: Line) -> None:
        extras.setdefault(min(bisect_left(line_starts, offset), len(raw) - 1), []).append(item)

    for section in article.sections:
        if section.generated and section.title:
            li = min(bisect_left(line_starts, section.start), len(raw) - 1)
            anchor = line_starts[li]
            if li > 0 and raw[li - 1][1] > raw[li - 1][0]:
                add(section.start, Line(anchor, anchor, "blank"))
            add(section.start, Line(anchor, anchor, "heading", "§ " + clean_line(section.title)))
    for previous, paragraph in zip(article.paragraphs, article.paragraphs[1:], strict=False):
        if text.count("\n", previous.end, paragraph.start) < 2:
            anchor = line_starts[min(bisect_left(line_starts, paragraph.start), len(raw) - 1)]
            items = extras.get(bisect_left(line_starts, paragraph.start), [])
            if not any(item.kind == "heading" for item in items):
                add(paragraph.start, Line(anchor, anchor, "blank"))
    out: list[Line] = []
    for i, (start, end) in enumerate(raw):
        out.extend(extras.get(i, ()))
        for a, b in wrap_line(text, start, end, width):
            out.append(Line(a, b))
    return out
