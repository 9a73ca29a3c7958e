"""The incremental search bar under the source: a box and its match count."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Input, Static

from briefing.tui.widgets.source import SourceView


class SearchBox(Input):
    """The search box; enter keeps the matches, escape clears them."""

    BINDINGS = [
        Binding("enter", "submit", "Keep matches"),
        Binding("escape", "close_search", "Clear search"),
    ]

    def action_close_search(self) -> None:
        """Clear the search and return to the source."""
        bar = self.parent
        if isinstance(bar, SearchBar):
            bar.clear()
        self.screen.query_one(SourceView).focus()


class SearchBar(Horizontal):
    """Hidden until opened; searches the screen's :class:`SourceView` as you type."""

    def compose(self) -> ComposeResult:
        yield SearchBox(placeholder="search the source", id="search", compact=True)
        yield Static(id="search-count")

    @property
    def source(self) -> SourceView:
        return self.screen.query_one(SourceView)

    def open(self) -> None:
        """Show the bar and focus the box."""
        self.display = True
        self.query_one(SearchBox).focus()

    def close(self) -> None:
        """Empty the box and hide the bar (the source keeps its highlights)."""
        box = self.query_one(SearchBox)
        if box.value:
            box.value = ""
        self.query_one("#search-count", Static).update("")
        self.display = False

    def clear(self) -> bool:
        """Clear the search if there is one; true if something was cleared."""
        had = bool(self.source.hl.query_text) or self.display
        self.source.clear_search()
        self.close()
        return had

    @on(Input.Changed, "#search")
    def _changed(self, event: Input.Changed) -> None:
        count = self.source.search(event.value)
        label = "" if not event.value else f"{count} match{'es' if count != 1 else ''}"
        self.query_one("#search-count", Static).update(Content(label))

    @on(Input.Submitted, "#search")
    def _submitted(self) -> None:
        self.source.focus()
