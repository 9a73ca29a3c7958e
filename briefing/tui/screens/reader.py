"""The reader's screen: summary, actors and highlighted source, fully keyboard-driven.

It owns its widgets and their handlers, the pane layout (focus cycling, narrow
widths, the resize key), the search box and the worker that parses the rest of the
briefing (the export is the app's). The articles themselves live in the
:class:`~briefing.tui.library.Library` the app hands it.
"""

from __future__ import annotations

import time
from pathlib import Path

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Footer, Header, OptionList, Static
from textual.worker import get_current_worker

from briefing.config import Config
from briefing.model import Actor, Article, LoadError
from briefing.pipeline import keep_loaded
from briefing.tui.library import Library
from briefing.tui.screens.statements import StatementJumps
from briefing.tui.text import clean_line
from briefing.tui.widgets.actors import ActorList, ActorPane
from briefing.tui.widgets.keys import action_binding
from briefing.tui.widgets.search import SearchBar
from briefing.tui.widgets.source import SourceView
from briefing.tui.widgets.statements import StatementList
from briefing.tui.widgets.status import SaveStatus
from briefing.tui.widgets.summary import KeyPointList, SummaryPane

PROGRESS_EVERY = 0.25  # seconds between progress updates from the load worker
NARROW = 100  # below this many columns only one of summary/actors is shown
TINY = 70  # below this many columns only the focused pane is shown
PANES = ("keypoints", "actors", "source")
PANE_BOXES = {"keypoints": "#summary", "actors": "#actor-pane", "source": "#right"}
SIZE_CLASSES = ("-large-left", "-large-source", "-large-summary", "-large-actors")


class SourcePane(Vertical):
    """The source view with its search bar (maximisable as one)."""

    ALLOW_MAXIMIZE = True


class ReaderScreen(StatementJumps):
    """The reader over every file of ``library`` (who said what: see :class:`StatementJumps`)."""

    # quit, help and export are the app's (they work on every screen); they are listed
    # here too so the footer keeps the registry's order.
    BINDINGS = [
        action_binding("quit", "app.quit"),
        action_binding("help", "app.help"),
        Binding("tab", "next_pane", show=False),  # tab always cycles the panes
        Binding("shift+tab", "previous_pane", show=False),
        action_binding("next_pane", show=False),
        action_binding("previous_pane", show=False),
        action_binding("next_article", show=False),
        action_binding("previous_article", show=False),
        action_binding("articles"),
        action_binding("search"),
        action_binding("next_mention", show=False),
        action_binding("previous_mention", show=False),
        action_binding("export", "app.export"),
        action_binding("resize"),
        action_binding("toggle_read", show=False),
        action_binding("review", "app.review"),
        action_binding("who_said_what"),
    ]

    def __init__(self, config: Config, library: Library, *, background: bool = True) -> None:
        super().__init__()
        self.config = config
        self.library = library
        self.background = background
        self.index = -1
        self.article: Article | None = None
        self.resize_level = 0
        self.resized_pane = ""

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield SummaryPane(id="summary")
                yield ActorPane(self.config.highlight, id="actor-pane")
            with SourcePane(id="right"):
                yield SourceView(self.config.highlight, self.config.highlight_rules, id="source")
                yield SearchBar(id="search-bar")
        yield Static(id="progress")
        yield SaveStatus(id="save-status")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#summary").border_title = "Summary"
        self.query_one("#source").border_title = "Source"
        self.query_one("#search-bar").display = False
        self.apply_width(self.app.size.width)
        skipped = self.library.skipped()
        if skipped:
            more = f" (and {len(skipped) - 1} more; l lists them)" if len(skipped) > 1 else ""
            self.notify(f"Skipped {skipped[0]}{more}", severity="warning", timeout=8, markup=False)
        if not len(self.library):
            self.app.title = self.config.title or "briefing"
            self.app.sub_title = "no articles"
            self.query_one("#progress", Static).update(Content("No files to show."))
            return
        self.show_index(0)
        self.app.title = clean_line(self.library.title())
        self.query_one(KeyPointList).focus()
        if len(self.library) > 1 and self.background:
            self.call_after_refresh(self.load_rest)  # after the first frame is painted
        else:
            self.query_one("#progress").display = False

    def on_resize(self, event: events.Resize) -> None:
        self.apply_width(event.size.width)

    def on_screen_resume(self) -> None:
        self.apply_width(self.app.size.width)  # the terminal may have changed meanwhile

    def apply_width(self, width: int) -> None:
        """Pick the layout for a terminal ``width`` columns wide."""
        self.set_class(width < NARROW, "-narrow")
        self.set_class(width < TINY, "-tiny")

    # ---------------------------------------------------------------- showing

    def show_index(self, index: int) -> None:
        """Show article ``index`` in every pane."""
        if not len(self.library):
            return
        index = max(0, min(index, len(self.library) - 1))
        article = self.library.article(index)
        self.index, self.article = index, article
        self.query_one(SummaryPane).show(article, *self.library.review_marks(index))
        self.query_one(ActorPane).show(article)
        self.query_one(SourceView).show_article(article)
        self.query_one(SearchBar).close()
        self._update_header()
        if self.config.mark_read == "open":
            self.library.set_read(index)
        elif self.config.mark_read == "end":
            self.app.call_after_refresh(self._check_short)

    def _check_short(self) -> None:
        source = self.query_one(SourceView)
        if source.max_scroll_y == 0 and source.lines and source.size.height > 0:
            self.library.set_read(self.index)

    def _update_header(self) -> None:
        article = self.article
        if article is None:
            return
        where = article.source or "/".join(Path(article.path).parts[-2:])
        parts = [f"{self.index + 1}/{len(self.library)}", article.date or "", where]
        self.app.sub_title = clean_line(" · ".join(p for p in parts if p))

    @on(SourceView.AtEnd)
    def _at_end(self) -> None:
        if self.config.mark_read == "end" and self.index >= 0:
            self.library.set_read(self.index)

    @on(SourceView.MentionClicked)
    def _mention_clicked(self, event: SourceView.MentionClicked) -> None:
        self.select_actor(event.actor_id, focus=False)

    @on(OptionList.OptionSelected, "#keypoints")
    def _keypoint_selected(self, event: OptionList.OptionSelected) -> None:
        self.show_key_point(int(event.option.id or 0))

    @on(OptionList.OptionSelected, "#actors")
    def _actor_selected(self, event: OptionList.OptionSelected) -> None:
        self.select_actor(event.option.id or "", focus=False)

    def show_key_point(self, index: int) -> None:
        """Scroll the source to key point ``index`` (rank order) and highlight it."""
        if self.article is None or not 0 <= index < len(self.article.key_points):
            return
        kp = self.article.key_points[index]
        source = self.query_one(SourceView)
        source.show_span(kp.start, kp.end)
        if self.has_class("-tiny"):
            source.focus()  # only the focused pane is shown: show the source

    def select_actor(self, actor_id: str, focus: bool = True) -> None:
        """Highlight every mention of ``actor_id`` and show the first."""
        actor: Actor | None = self.article.actor(actor_id) if self.article else None
        if actor is None:
            return
        self.query_one(ActorPane).select_id(actor_id)
        source = self.query_one(SourceView)
        source.select_mentions(tuple(sorted(actor.mentions, key=lambda m: m.start)))
        if self.has_class("-tiny"):
            source.focus()
        elif focus:
            self.query_one(ActorList).focus()

    def show_section(self, index: int) -> None:
        """Scroll the source to the start of section ``index``."""
        if self.article is None or not 0 <= index < len(self.article.sections):
            return
        section = self.article.sections[index]
        source = self.query_one(SourceView)
        line = source.line_of(section.start)
        while line > 0 and source.lines[line - 1].kind != "text":
            line -= 1
        source.scroll_to(y=line, animate=False, immediate=True)
        source.focus()

    # ---------------------------------------------------------------- actions

    def action_next_article(self) -> None:
        if self.index + 1 < len(self.library):
            self.show_index(self.index + 1)
        else:
            self.notify("Last article", timeout=1.5)

    def action_previous_article(self) -> None:
        if self.index > 0:
            self.show_index(self.index - 1)
        else:
            self.notify("First article", timeout=1.5)

    def action_articles(self) -> None:
        from briefing.tui.screens.articles import ArticleListScreen

        def chosen(index: int | None) -> None:
            if index is not None:
                self.show_index(index)

        self.library.state.reload()
        rows = self.library.rows()
        screen = ArticleListScreen(
            rows, max(0, self.index), self.library.toggle_read, self.library.skipped()
        )
        self.app.push_screen(screen, chosen)

    def action_toggle_read(self) -> None:
        """Mark the current article read or unread (shown in the article list)."""
        if self.index < 0 or isinstance(self.library.items[self.index], LoadError):
            return
        read = self.library.toggle_read(self.index)
        self.notify("Marked read" if read else "Marked unread", timeout=1.5)

    def action_next_mention(self) -> None:
        if not self.query_one(SourceView).next_target(1):
            self.notify("Select an actor (enter) or search (/) first", timeout=2)

    def action_previous_mention(self) -> None:
        if not self.query_one(SourceView).next_target(-1):
            self.notify("Select an actor (enter) or search (/) first", timeout=2)

    def action_clear_source(self) -> None:
        """Escape in the source: clear the search, else the actor selection."""
        if not self.clear_search():
            source = self.query_one(SourceView)
            source.select_mentions(())
            source.clear_current()

    # ------------------------------------------------------------------ panes

    def _panes(self) -> list[Widget]:
        return [self.query_one(KeyPointList), self.query_one(ActorList), self.query_one(SourceView)]

    def _pane_index(self) -> int:
        focused = self.focused
        for i, pane in enumerate(self._panes()):
            if focused is not None and (focused is pane or pane in focused.ancestors):
                return i
        if focused is not None and focused.id in ("actor-filter", "actor-statements"):
            return 1
        if focused is not None and focused.id == "search":
            return 2
        return 0

    def _step_pane(self, step: int) -> None:
        """Focus the next pane; the actor's statements (if any) follow the actor list."""
        ring, statements = self._panes(), self.query_one(StatementList)
        if statements.display and statements.option_count:
            ring.insert(2, statements)
        pane = self.focused if self.focused in ring else self._panes()[self._pane_index()]
        ring[(ring.index(pane) + step) % len(ring)].focus()

    def action_next_pane(self) -> None:
        self._step_pane(1)

    def action_previous_pane(self) -> None:
        self._step_pane(-1)

    def on_descendant_focus(self) -> None:
        focused = self.focused
        if self.maximized is not None and focused is not None:
            if self.maximized not in focused.ancestors_with_self:
                self.minimize()  # tab left a maximised pane: show every pane again
                self.resize_level = 0
        index = self._pane_index()
        if index in (0, 1):
            self.set_class(index == 1, "-show-actors")
        self.set_class(index == 2, "-source-focused")

    def action_resize(self) -> None:
        """Cycle the focused pane: normal → larger → maximised → normal."""
        pane = PANES[self._pane_index()]
        if pane != self.resized_pane:
            self.resize_level = 0
        self.resized_pane = pane
        self.resize_level = (self.resize_level + 1) % 3
        self.minimize()
        self.remove_class(*SIZE_CLASSES)
        if self.resize_level == 1 and pane == "source":
            self.add_class("-large-source")
        elif self.resize_level == 1:
            self.add_class(
                "-large-left", "-large-summary" if pane == "keypoints" else "-large-actors"
            )
        elif self.resize_level == 2:
            self.maximize(self.query_one(PANE_BOXES[pane]), container=False)
            self._panes()[PANES.index(pane)].focus()
        label = ("normal", "larger", "maximised")[self.resize_level]
        self.notify(f"{pane}: {label}", timeout=1)

    # ----------------------------------------------------------------- search

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    def clear_search(self) -> bool:
        """Clear the search if there is one; true if something was cleared."""
        return self.query_one(SearchBar).clear()

    # ---------------------------------------------------------------- workers

    @work(thread=True, exclusive=True, group="load")
    def load_rest(self) -> None:
        """Parse every article in a thread, reporting progress now and then."""
        last = 0.0
        worker = get_current_worker()
        for index in range(len(self.library)):
            if worker.is_cancelled:
                return
            if self.library.items[index] is None:
                self.library.get(index)
                time.sleep(0)  # let the UI thread take the GIL between files
            # Loaded articles live until exit: out of full collections, whose pauses
            # would otherwise grow with the briefing and stall the UI.
            keep_loaded(index)
            now = time.monotonic()
            if now - last > PROGRESS_EVERY:
                last = now
                self._report()
        self._report()

    def _report(self) -> None:
        """Show progress from the worker thread (quietly skipped once the app is closing)."""
        try:
            self.app.call_from_thread(self._progress)
        except RuntimeError:  # the app has stopped
            pass

    def _progress(self) -> None:
        if not self.app.is_running or not self.is_attached:
            return
        done, total, errors = self.library.progress()
        bar = self.query_one("#progress", Static)
        if done >= total:
            bar.display = False
            if errors:
                self.notify(f"{errors} of {total} files could not be loaded", severity="warning")
        else:
            bar.display = True
            bar.update(Content(f"Parsing articles {done}/{total}…"))
