"""Markdown as a reader sees it: markup hidden, every visible cell mapped to a text offset.

No textual here. ``Article.text`` keeps the Markdown source (so offsets, citations and
exports are untouched); :func:`rows` turns each source line into a :class:`Row` — the
characters to draw, the text offset of each, and the styles (heading, emphasis, link,
code, quote). Markers are drawn in place of the characters they stand for (``-`` as a
bullet, ``>`` as a bar, fence backticks as a frame), so a span that starts on a marker
still lands on a visible cell; the rest of the markup (``**``, ``[``, ``](url)``,
``## ``) is simply not drawn.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from briefing.model import Article
from briefing.tui.markdown_inline import Cells, Row, inline
from briefing.tui.text import clean_line

__all__ = ["Row", "one_line", "plain", "rows", "visible_text"]

_HEADING = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|$)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_FENCE = re.compile(r"( {0,3})(`{3,}|~{3,})[ \t]*(.*)$")
_BREAK = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_ITEM = re.compile(r"([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)")
_TASK = re.compile(r"\[([ xX])\][ \t]")
_QUOTE = re.compile(r"[ \t]{0,3}>[ \t]?")
_DEFINITION = re.compile(r" {0,3}\[([^\]]+)\]:[ \t]")
_TABLE_SEP = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$")
BULLETS = ("•", "◦", "▪")
#: Styles of the Markdown cells (Textual style strings, theme variables allowed).
STYLES = {
    "md_h1": "bold underline $primary",
    "md_h2": "bold $primary",
    "md_h3": "bold",
    "md_bold": "bold",
    "md_italic": "italic",
    "md_strike": "strike",
    "md_code": "$text-warning",
    "md_link": "underline $text-secondary",
    "md_image": "italic underline $text-secondary",
    "md_marker": "bold $accent",
    "md_quote": "italic",
    "md_fence": "$text-muted",
    "md_dim": "$text-muted",
    "md_rule": "$text-muted",
}
QUOTE_BAR = "▎"
#: Cells at most under which wrapped list and quote lines hang.
MAX_HANG = 32


def rows(text: str) -> list[Row]:
    """One :class:`Row` per source line of the Markdown ``text`` (split on ``\\n``)."""
    out: list[Row] = []
    fence: tuple[str, int] | None = None  # (fence character, run length)
    lists: list[int] = []  # indents of the open list items
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if fence is not None:
            match = _FENCE.match(line)
            if match and match.group(2)[0] == fence[0] and len(match.group(2)) >= fence[1]:
                if not match.group(3).strip():
                    out.append(_fence_row(text, pos, end, match, closing=True))
                    fence = None
                    pos = end + 1
                    continue
            out.append(
                Row(pos, end, line, list(range(pos, end)), prefix="│ ", hang="│ ", kind="code")
            )
            if line:  # an empty code line has no cells to style
                out[-1].styles.append((0, len(line), "md_code"))
        else:
            match = _FENCE.match(line)
            if match and not (match.group(2)[0] == "`" and "`" in match.group(3)):
                fence = (match.group(2)[0], len(match.group(2)))
                out.append(_fence_row(text, pos, end, match, closing=False))
            else:
                out.append(_block_row(text, pos, end, lists, out[-1] if out else None))
        pos = end + 1
    return out


def _fence_row(text: str, start: int, end: int, match: re.Match[str], closing: bool) -> Row:
    """A fence line drawn as a frame: ``╭─ info`` opens, ``╰─`` closes."""
    build = Cells(text, start, end)
    run = start + match.end(1)
    build.hide(start, run)
    build.show_as(run, "╰─" if closing else "╭─")
    build.hide(run + 1, start + match.start(3))
    info = match.group(3).strip()
    if info:
        info_start = start + match.start(3)
        build.show_as(info_start, " " + text[info_start])
        build.hide(info_start + len(info), end)
    row = build.row()
    row.kind = "fence"
    row.styles.insert(0, (0, len(row.chars), "md_fence"))
    return row


def _block_row(text: str, start: int, end: int, lists: list[int], previous: Row | None) -> Row:
    """A line outside code fences: quote bars, heading, list marker, then inline markup."""
    build = Cells(text, start, end)
    pos, depth = start, 0
    while match := _QUOTE.match(text, pos, end):
        bar = pos + match.group().index(">")
        build.hide(pos, bar)
        build.hide(bar + 1, match.end())
        build.show_as(bar, QUOTE_BAR + " ")
        pos, depth = match.end(), depth + 1
    line = text[pos:end]
    if not line.strip():
        return _finish(build, pos, depth)
    if _BREAK.match(line) or (_SETEXT.match(line) and _is_paragraph(previous)):
        if _SETEXT.match(line) and previous is not None and _is_paragraph(previous):
            _make_heading(previous, 1 if line.strip()[0] == "=" else 2)
        build.hide(pos, end)
        return _finish(build, pos, depth, kind="rule")
    if heading := _HEADING.match(line):
        lists.clear()
        build.hide(pos, pos + heading.end())
        closing = _CLOSING_HASHES.search(line, heading.end())
        body_end = pos + closing.start() if closing else end
        build.hide(body_end, end)
        level = len(heading.group(1))
        build.style(pos + heading.end(), body_end, f"md_h{min(level, 3)}")
        inline(build, pos + heading.end(), body_end, 0)
        return _finish(build, pos, depth, kind="heading", level=level)
    if definition := _DEFINITION.match(line):
        build.hide(pos + definition.start(1) - 1, pos + definition.start(1))
        build.hide(pos + definition.end(1), pos + definition.end(1) + 1)
        build.style(pos, end, "md_dim")
        return _finish(build, pos, depth)
    body = _list_marker(build, pos, end, lists)
    if _TABLE_SEP.match(text, body, end) and "|" in text[body:end]:
        for i in range(body, end):
            if text[i] in "|-:":
                build.show_as(i, "┼" if text[i] == "|" else "─")
        build.style(body, end, "md_dim")
        return _finish(build, pos, depth, body)
    cells = text[body:end].rstrip()
    if cells.startswith("|") or (cells.endswith("|") and "|" in cells[:-1]):
        for i in range(body, end):
            if text[i] == "|" and text[i - 1] != "\\":
                build.show_as(i, "│")
                build.style(i, i + 1, "md_dim")
    inline(build, body, end, 0)
    if depth:
        build.style(pos, end, "md_quote")
    return _finish(build, pos, depth, body)


def _is_paragraph(row: Row | None) -> bool:
    """Whether ``row`` is a plain paragraph line (one a setext underline makes a heading)."""
    return row is not None and row.kind == "text" and row.lead == 0 and bool(row.chars.strip())


def _list_marker(build: Cells, pos: int, end: int, lists: list[int]) -> int:
    """Draw a list item's marker (bullet by nesting, number as written, task box).

    Returns where the item's text starts (after leading space on other lines).
    """
    text = build.text
    item = _ITEM.match(text, pos, end)
    if item is None:
        if text[pos] not in " \t":
            lists.clear()  # a paragraph line at the margin ends the list
        return pos + len(text[pos:end]) - len(text[pos:end].lstrip(" \t"))
    indent = len(item.group(1).expandtabs(4))
    while lists and lists[-1] >= indent:
        lists.pop()
    level = len(lists)
    lists.append(indent)
    marker = item.start(2)
    if item.group(2) in "-*+":
        build.show_as(marker, BULLETS[level % len(BULLETS)])
    build.style(marker, item.end(2), "md_marker")
    body = item.end()
    if task := _TASK.match(text, body, end):
        build.show_as(body, "☑" if task.group(1) in "xX" else "☐")
        build.hide(body + 1, body + 3)
        build.style(body, body + 1, "md_marker")
        body = task.end()
    return body


def _make_heading(row: Row, level: int) -> None:
    """Restyle the paragraph line above a setext underline as a heading."""
    row.kind, row.level = "heading", level
    row.styles.insert(0, (row.lead, len(row.chars), f"md_h{level}"))


def _finish(
    build: Cells,
    pos: int,
    depth: int,
    body: int | None = None,
    kind: str = "text",
    level: int = 0,
) -> Row:
    """The row, with its block lead (bars, indent, marker) and the hang for wrapped lines."""
    row = build.row()
    row.kind, row.level = kind, level
    quote_cells = bisect_left(row.src, pos)
    row.lead = bisect_left(row.src, pos if body is None else body)
    if depth:
        row.styles.insert(0, (0, quote_cells, "md_marker"))
    hang = (QUOTE_BAR + " ") * min(depth, MAX_HANG) + " " * max(0, row.lead - quote_cells)
    row.hang = hang[:MAX_HANG]  # deep nesting keeps a bounded hang
    return row


# ------------------------------------------------------------------ plain views


def visible_text(row_list: list[Row]) -> tuple[str, list[int]]:
    """The drawn text of ``row_list`` joined by newlines, and the text offset of each char.

    Search runs on this, so ``bold text`` finds ``**bold** text``.
    """
    parts: list[str] = []
    offsets: list[int] = []
    for row in row_list:
        if parts:
            parts.append("\n")
            offsets.append(row.start - 1)
        parts.append(row.chars)
        offsets.extend(row.src)
    return "".join(parts), offsets


def plain(snippet: str) -> str:
    """``snippet`` (a sentence of Markdown source) as read: markup and block markers gone."""
    parts = (row.chars[row.lead :].strip() for row in rows(snippet) if row.kind != "fence")
    return " ".join(part for part in parts if part)


def one_line(article: Article, text: str) -> str:
    """``text`` of ``article`` cleaned onto one line as the reader shows it (no markup)."""
    return clean_line(plain(text) if article.layout == "markdown" else text)
