"""The review screen's source view: a sentence cursor and key points the reviewer added."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from rich.segment import Segment
from textual import events

from briefing.config import HighlightRule
from briefing.model import Article
from briefing.tui.highlights import Layer
from briefing.tui.widgets.lines import Line
from briefing.tui.widgets.source import FOCUS_STYLE, GUTTER, SourceView

CURSOR_STYLE = "bold underline $secondary"
CURSOR_GUTTER = "bold $secondary"


class ReviewSource(SourceView, can_focus=False):
    """A :class:`SourceView` with a sentence cursor (``▶`` in the gutter) and added points.

    Not focusable: the review screen's keys drive it.
    """

    FIXED_STYLES = {"focus": FOCUS_STYLE, "cursor": CURSOR_STYLE}

    def __init__(
        self, highlight: dict[str, str], rules: tuple[HighlightRule, ...] = (), **kwargs: Any
    ) -> None:
        super().__init__(highlight, rules, **kwargs)
        self.cursor: int | None = None  # sentence index under the cursor
        self.added: tuple[int, ...] = ()  # sentences the reviewer made key points

    def show_article(self, article: Article) -> None:
        """Display ``article`` with no cursor and no added key points."""
        self.cursor, self.added = None, ()
        super().show_article(article)

    def set_added(self, sentences: tuple[int, ...]) -> None:
        """Mark ``sentences`` (indexes) as user-added key points (gutter ``+``)."""
        if self.article is None:
            return
        self.added = tuple(sentences)
        spans = [(kp.start, kp.end, "keypoint") for kp in self.article.key_points]
        spans += [
            (self.article.sentences[i].start, self.article.sentences[i].end, "keypoint")
            for i in self.added
            if 0 <= i < len(self.article.sentences)
        ]
        self.hl.layers["keypoint"] = Layer(spans)
        self._changed()

    def set_cursor(self, sentence: int | None) -> None:
        """Put the cursor on sentence ``sentence`` (None hides it) and reveal it."""
        article = self.article
        if article is None or sentence is None or not article.sentences:
            self.cursor = None
            self.hl.layers["cursor"] = Layer([])
        else:
            sentence = max(0, min(sentence, len(article.sentences) - 1))
            self.cursor = sentence
            span = article.sentences[sentence]
            self.hl.layers["cursor"] = Layer([(span.start, span.end, "cursor")])
            self.reveal(span.start, span.end)
        self._changed()

    def move_cursor(self, step: int) -> int | None:
        """Move the cursor ``step`` sentences (clamped); return the new sentence index."""
        if self.article is None or not self.article.sentences:
            return None
        self.set_cursor(self.cursor + step if self.cursor is not None else 0)
        return self.cursor

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence holding text ``offset``, or None between sentences."""
        sentences = self.article.sentences if self.article else ()
        index = bisect_right([s.start for s in sentences], offset) - 1
        if index >= 0 and offset < sentences[index].end:
            return index
        return None

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on the clicked sentence."""
        cell = event.get_content_offset(self)
        offset = None if cell is None else self.offset_at(cell.x, cell.y)
        sentence = None if offset is None else self.sentence_at(offset)
        if sentence is not None:
            self.set_cursor(sentence)

    def _gutter(self, line: Line) -> list[Segment]:
        if line.kind != "text":
            return [Segment(" " * GUTTER)]
        cursor = self.hl.layers["cursor"].overlapping(line.start, max(line.end, line.start + 1))
        if not cursor:
            return super()._gutter(line)
        spans = self.hl.layers["keypoint"].overlapping(line.start, max(line.end, line.start + 1))
        mark = "▶" if line.start <= cursor[0][0] else "│"  # ▶ on the sentence's first line
        return [
            Segment(self._gutter_label(line, spans) + mark, self._style(CURSOR_GUTTER).rich_style)
        ]
