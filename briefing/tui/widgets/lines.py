"""Display lines for the source pane (offsets only, no textual)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from briefing.model import Article
from briefing.tui.markdown_view import Row
from briefing.tui.text import clean_line, text_width, wrap_line


@dataclass(frozen=True, slots=True)
class Line:
    """One display line: ``[start, end)`` of the text, or a virtual heading/blank line.

    For Markdown, ``row`` is the source line's drawn form and ``cells`` the
    ``[a, b)`` range of ``row.chars`` on this display line; the display lines of
    one source line tile it, hidden markup included.
    """

    start: int
    end: int
    kind: str = "text"  # "text", "heading" (generated section title) or "blank"
    label: str = ""
    row: Row | None = None
    cells: tuple[int, int] = (0, 0)


def build_lines(
    article: Article, text: str, width: int, rows: list[Row] | None = None
) -> list[Line]:
    """Wrap ``text`` to ``width`` and add virtual heading and paragraph-gap lines.

    With ``rows`` (Markdown, one per source line) the drawn rows are wrapped at
    their visible width instead, and the source's own blank lines separate blocks.
    """
    line_starts = []
    pos = 0
    raw: list[tuple[int, int]] = []
    for part in text.split("\n"):
        raw.append((pos, pos + len(part)))
        line_starts.append(pos)
        pos += len(part) + 1
    extras = _extras(article, text, line_starts, raw, gaps=rows is None)
    out: list[Line] = []
    for i, (start, end) in enumerate(raw):
        out.extend(extras.get(i, ()))
        if rows is not None:
            out.extend(wrap_row(rows[i], width))
            continue
        for a, b in wrap_line(text, start, end, width):
            out.append(Line(a, b))
    return out


def _extras(
    article: Article,
    text: str,
    line_starts: list[int],
    raw: list[tuple[int, int]],
    gaps: bool,
) -> dict[int, list[Line]]:
    """Virtual lines before source line ``i``: generated section titles, paragraph gaps."""
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
    if not gaps:
        return extras
    for previous, paragraph in zip(article.paragraphs, article.paragraphs[1:], strict=False):
        if text.count("\n", previous.end, paragraph.start) < 2:
            anchor = line_starts[min(bisect_left(line_starts, paragraph.start), len(raw) - 1)]
            items = extras.get(bisect_left(line_starts, paragraph.start), [])
            if not any(item.kind == "heading" for item in items):
                add(paragraph.start, Line(anchor, anchor, "blank"))
    return extras


def wrap_row(row: Row, width: int) -> list[Line]:
    """Display lines of one Markdown row at ``width`` cells (prefix and hang included)."""
    size = len(row.chars)
    if row.kind == "rule" or not size:
        return [Line(row.start, row.end, row=row)]
    first = max(1, width - text_width(row.prefix))
    rest = max(1, width // 2, width - text_width(row.hang))  # a deep hang still fits text
    pieces = wrap_line(row.chars, 0, size, first)
    if len(pieces) > 1 and rest != first:
        pieces = pieces[:1] + wrap_line(row.chars, pieces[1][0], size, rest)
    out = []
    for a, b in pieces:
        start = row.start if a == 0 else row.src[a]
        end = row.end if b >= size else row.src[b]
        out.append(Line(start, end, row=row, cells=(a, b)))
    return out


def markdown_cells(
    line: Line, layer_spans: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int, str]]]:
    """What a Markdown display line draws: its text and ``(start, end, style)`` over it.

    The lead (prefix or hang) comes first; the row's Markdown styles, then the
    highlight ``layer_spans`` (text offsets) mapped onto the drawn cells.
    """
    row = line.row
    if row is None:
        return "", []
    a, b = line.cells
    lead = row.prefix if a == 0 else row.hang
    shift = len(lead) - a
    spans = [(0, len(lead), "md_fence" if row.kind == "code" else "md_marker")] if lead else []
    for start, end, name in row.styles:
        if min(end, b) > max(start, a):
            spans.append((max(start, a) + shift, min(end, b) + shift, name))
    for start, end, style in layer_spans:
        first, last = max(row.cell_of(start), a), min(row.cell_of(end), b)
        if last > first:
            spans.append((first + shift, last + shift, style))
    return lead + row.chars[a:b], spans


def cell_offset(line: Line, column: int) -> int | None:
    """Text offset of the drawn cell at ``column`` of a Markdown display line."""
    row = line.row
    if row is None:
        return None
    if row.kind == "rule":
        return line.start
    a, b = line.cells
    used = text_width(row.prefix if a == 0 else row.hang)
    if column < used:
        return None  # on the lead, which stands for no text
    for cell in range(a, b):
        used += text_width(row.chars[cell])
        if used > column:
            return row.src[cell]
    return None
