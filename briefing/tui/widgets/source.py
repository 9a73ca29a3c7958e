"""The source pane: the article text, wrapped and highlighted purely from model offsets.

A line-based :class:`~textual.scroll_view.ScrollView` in the manner of toolong's
log view: the text is wrapped once per width into ``(start, end)`` offset pairs, and
only the visible lines are turned into strips (cached until the highlight changes).
What is highlighted lives in :class:`~briefing.tui.highlights.Highlights`; this
widget renders it, scrolls to it and turns clicks into offsets.

Markdown articles keep their source as ``Article.text``; the markup is hidden when
drawn (:mod:`briefing.tui.markdown_view` maps each drawn cell to its text offset),
so highlights, clicks, search and jumps use the same offsets as for plain text.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content, Span
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from briefing.config import HighlightRule
from briefing.model import Article, Mention
from briefing.tui import markdown_view
from briefing.tui.highlights import HEADING_STYLE, Highlights
from briefing.tui.markdown_view import Row
from briefing.tui.text import clean, text_width
from briefing.tui.widgets.keys import move_bindings
from briefing.tui.widgets.lines import Line, build_lines, cell_offset, markdown_cells

__all__ = ["FOCUS_STYLE", "GUTTER", "HEADING_STYLE", "SourceView"]

GUTTER = 3
FOCUS_STYLE = "bold underline"
KEYPOINT_GUTTER = "$accent"
CURRENT_GUTTER = "bold reverse $accent"


class SourceView(ScrollView, can_focus=True):
    """Scrollable, highlighted article text."""

    BINDINGS = [
        *move_bindings(
            down="scroll_down",
            up="scroll_up",
            top="scroll_home",
            bottom="scroll_end",
            page_down="page_down",
            page_up="page_up",
        ),
        Binding("n", "screen.next_mention", "Next", id="next_mention"),
        Binding("N", "screen.previous_mention", "Previous", id="previous_mention"),
        Binding("escape", "screen.clear_source", "Clear"),
    ]

    DEFAULT_CSS = """
    SourceView { scrollbar-gutter: stable; overflow-x: hidden; }
    """

    FIXED_STYLES = {"focus": FOCUS_STYLE}  # layer styles not taken from config

    class AtEnd(Message):
        """Posted when the reader has scrolled to the end of the article."""

    class MentionClicked(Message):
        """Posted when a mention is clicked; ``actor_id`` names its actor."""

        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    def __init__(
        self, highlight: dict[str, str], rules: tuple[HighlightRule, ...] = (), **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.highlight = dict(highlight)
        self.hl = Highlights((r.pattern, r.style) for r in rules)
        self.article: Article | None = None
        self.text = ""
        self.lines: list[Line] = []
        self.rows: list[Row] | None = None  # Markdown: each source line as drawn
        self._starts: list[int] = []
        self._wrap_width = 0
        self._styles: dict[str, Style] = {}
        self._cache: LRUCache[int, Strip] = LRUCache(512)
        self._pending: tuple[int, int] | None = None
        self._frame_styles: tuple[RichStyle, Style] | None = None

    # ----------------------------------------------------------------- content

    def show_article(self, article: Article) -> None:
        """Display ``article`` from the top, clearing selections and search."""
        self.article = article
        self.text = clean(article.text)
        self.hl.load(article, self.text)
        self.rows = markdown_view.rows(self.text) if article.layout == "markdown" else None
        if self.rows is not None:
            self.hl.set_visible(*markdown_view.visible_text(self.rows))
        self.border_subtitle = self.hl.counter
        self._pending = None
        self._wrap_width = 0
        self.lines = []
        self._rewrap()
        self.scroll_to(0, 0, animate=False, immediate=True)

    def _rewrap(self) -> bool:
        """Wrap the text to the current width, keeping the top line's offset in view.

        Returns whether it re-wrapped. Before the first layout the width is unknown:
        wrapping waits for it (:meth:`_size_updated`) rather than using a guessed width.
        """
        region = self.scrollable_content_region
        if self.article is None or not region:
            return False
        width = max(10, region.width - GUTTER)
        if width == self._wrap_width:
            return False
        top = self.lines[self.scroll_y_line].start if self.lines else 0
        self._wrap_width = width
        self.lines = build_lines(self.article, self.text, width, self.rows)
        self._starts = [line.start for line in self.lines]
        self._cache.clear()
        self.virtual_size = Size(width + GUTTER, len(self.lines))
        if top:
            self.scroll_to(y=self.line_of(top), animate=False, immediate=True)
        self.refresh()
        return True

    @property
    def scroll_y_line(self) -> int:
        """Index of the top visible display line."""
        return min(int(self.scroll_y), max(0, len(self.lines) - 1))

    def line_of(self, offset: int) -> int:
        """Return the display line holding text ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def visible_lines(self) -> range:
        """Display-line indexes currently on screen."""
        top = int(self.scroll_y)
        return range(top, min(len(self.lines), top + self.scrollable_content_region.height))

    def line_spans(self, index: int) -> list[tuple[int, int, str]]:
        """Return ``(start, end, layer-style)`` spans overlapping display line ``index``."""
        line = self.lines[index]
        return self.hl.spans(line.start, line.end)

    # -------------------------------------------------------------- highlights

    @property
    def counter(self) -> str:
        """The targets' counter shown in the border (``2 matches``, ``mention 1/3``)."""
        return self.hl.counter

    def select_mentions(self, mentions: tuple[Mention, ...]) -> None:
        """Emphasise ``mentions`` (a selected actor's) and show the first one."""
        self.hl.select_mentions(mentions)
        if self.hl.targets and self.hl.target_kind == "mention":
            self.goto_target(0)
        self._changed()

    def show_span(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` as the current key point and scroll it into view."""
        self.hl.set_current((start, end))
        self.reveal(start, end)
        self._changed()

    def clear_current(self) -> None:
        """Drop the current key point emphasis."""
        self.hl.set_current(None)
        self._changed()

    def search(self, query: str) -> int:
        """Highlight case-insensitive matches of ``query``; return how many there are."""
        top = self.lines[self.scroll_y_line].start if self.lines else 0
        first = self.hl.search(query, top)
        if first is not None:
            self.goto_target(first)
        self._changed()
        return len(self.hl.matches)

    def clear_search(self) -> None:
        """Drop the search query and its highlights."""
        if self.hl.query_text:
            self.search("")

    def goto_target(self, index: int) -> None:
        """Focus target ``index`` (wrapping) of the current mentions or matches."""
        span = self.hl.goto(index)
        if span is not None:
            self.reveal(*span)
            self._changed()

    def next_target(self, step: int = 1) -> bool:
        """Move to the next (``step=1``) or previous (``-1``) target; false if none."""
        index = self.hl.step(step)
        if index is None:
            return False
        self.goto_target(index)
        return True

    def reveal(self, start: int, end: int) -> None:
        """Scroll so the display lines of ``[start, end)`` are visible.

        While the pane is hidden or not yet laid out, the span is kept and revealed
        on the next resize.
        """
        if not self.lines or self.scrollable_content_region.height <= 0:
            self._pending = (start, end)
            return
        self._pending = None
        first = self.line_of(start)
        last = self.line_of(max(start, end - 1))
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if first >= top and last < top + height:
            return
        if last - first + 1 >= height:
            target = first
        else:
            target = max(0, first - max(1, (height - (last - first + 1)) // 3))
        self.scroll_to(y=target, animate=False, immediate=True)

    def _changed(self) -> None:
        self.border_subtitle = self.hl.counter
        self._cache.clear()
        self.refresh()

    def offset_at(self, x: int, y: int) -> int | None:
        """Text offset under widget cell ``(x, y)``, or None off the text."""
        index = int(self.scroll_y) + y
        if not 0 <= index < len(self.lines) or self.lines[index].kind != "text":
            return None
        line = self.lines[index]
        column = x - GUTTER
        if column < 0:
            return None
        if line.row is not None:
            return cell_offset(line, column)
        used = 0
        for offset in range(line.start, line.end):
            used += text_width(self.text[offset])
            if used > column:
                return offset
        return None

    def on_click(self, event: events.Click) -> None:
        cell = event.get_content_offset(self)
        offset = None if cell is None else self.offset_at(cell.x, cell.y)
        if offset is None:
            return
        actor_id = self.hl.owner_at(offset)
        if actor_id is not None:
            self.post_message(self.MentionClicked(actor_id))

    # --------------------------------------------------------------- scrolling

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False, immediate=True)

    def action_scroll_end(self) -> None:
        self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)

    def action_page_down(self) -> None:
        height = self.scrollable_content_region.height
        self.scroll_to(y=self.scroll_y + max(1, height - 1), animate=False, immediate=True)

    def action_page_up(self) -> None:
        height = self.scrollable_content_region.height
        self.scroll_to(y=self.scroll_y - max(1, height - 1), animate=False, immediate=True)

    # --------------------------------------------------------------- rendering

    def _style(self, key: str) -> Style:
        style = self._styles.get(key)
        if style is None:
            spec = self.highlight.get(key) or markdown_view.STYLES.get(key, key)
            spec = self.FIXED_STYLES.get(key, spec)
            try:
                style = self.app.stylesheet.parse_style(spec)
            except Exception:  # noqa: BLE001 - a bad colour name must not crash the reader
                style = Style.null()
            self._styles[key] = style
        return style

    def notify_style_update(self) -> None:
        """Theme or CSS changed: re-parse highlight styles and redraw."""
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        """Wrap as soon as the layout gives a width, before the frame is rendered.

        (The Resize event arrives after the first frame; wrapping only then would
        render that frame with no text and lay out and render the screen again.)
        """
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        if self._rewrap():
            self._refresh_scrollbars()  # decide the scrollbar now, not one layout pass later
        return changed

    def on_resize(self) -> None:
        self._rewrap()
        if self._pending is not None:
            self.reveal(*self._pending)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if self.lines and new >= self.max_scroll_y:
            self.post_message(self.AtEnd())

    def render_lines(self, crop: Region) -> list[Strip]:
        """Render the visible lines, looking the widget's own styles up once, not per line.

        (``rich_style`` walks every ancestor's styles: per line it was most of the cost.)
        """
        self._frame_styles = (self.rich_style, self.visual_style)
        try:
            return super().render_lines(crop)
        finally:
            self._frame_styles = None

    def render_line(self, y: int) -> Strip:
        """Render display line ``y`` of the visible region."""
        width = self.scrollable_content_region.width
        index = int(self.scroll_y) + y
        base, visual = self._frame_styles or (self.rich_style, self.visual_style)
        if index >= len(self.lines):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None:
            strip = self._render_index(index, base, visual).crop_extend(0, width, base)
            self._cache[index] = strip
        return strip

    def _render_index(
        self, index: int, base: RichStyle | None = None, visual: Style | None = None
    ) -> Strip:
        line = self.lines[index]
        if base is None or visual is None:
            base, visual = self.rich_style, self.visual_style
        gutter = self._gutter(line)
        if line.kind == "heading":
            body = Content(line.label).stylize(self._style(HEADING_STYLE))
        elif line.kind == "blank":
            body = Content("")
        elif line.row is not None:
            body = self._markdown_body(index, line)
        else:
            spans = [
                Span(start - line.start, end - line.start, self._style(style))
                for start, end, style in self.line_spans(index)
                if end > start
            ]
            body = Content(self.text[line.start : line.end].rstrip("\n"), spans)
        segments = gutter + body.render_segments(visual)
        return Strip(segments).apply_style(base)

    def _markdown_body(self, index: int, line: Line) -> Content:
        """A Markdown display line: its lead, the drawn cells, their styles and highlights."""
        if line.row is not None and line.row.kind == "rule":
            return Content("─" * self._wrap_width).stylize(self._style("md_rule"))
        body, spans = markdown_cells(line, self.line_spans(index))
        return Content(body, [Span(a, b, self._style(name)) for a, b, name in spans])

    def _gutter(self, line: Line) -> list[Segment]:
        if line.kind != "text":
            return [Segment(" " * GUTTER)]
        spans = self.hl.layers["keypoint"].overlapping(line.start, max(line.end, line.start + 1))
        if not spans:
            return [Segment(" " * GUTTER)]
        is_current = self.hl.current == (spans[0][0], spans[0][1])
        style = self._style(CURRENT_GUTTER if is_current else KEYPOINT_GUTTER)
        return [Segment(f"{self._gutter_label(line, spans)}▎", style.rich_style)]

    def _gutter_label(self, line: Line, spans: list[tuple[int, int, str]]) -> str:
        """The key point's rank on the first line of its sentence (two cells)."""
        if not spans or line.start > spans[0][0]:
            return "  "
        rank = self.hl.kp_rank.get(spans[0][0])
        return f"{rank if rank is not None else '+':>2}"  # "+": added by the reviewer
