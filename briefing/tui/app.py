"""The Textual reader: summary, actors and highlighted source, fully keyboard-driven."""

from __future__ import annotations

import gc
import threading
from collections.abc import Sequence
from pathlib import Path

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Input, OptionList, Static

from briefing.config import Config
from briefing.keys import ACTIONS, bindings
from briefing.model import Actor, Article, LoadError
from briefing.tui.loading import ArticleSource, LoadingMixin, error_article
from briefing.tui.panes import PaneMixin
from briefing.tui.reviewing import ReviewMixin
from briefing.tui.state import StateLink
from briefing.tui.text import clean_line
from briefing.tui.widgets.actors import ActorList, ActorPane
from briefing.tui.widgets.source import SourceView
from briefing.tui.widgets.summary import KeyPointList, SummaryPane


def _article_commands() -> type:
    from briefing.tui.commands import ArticleCommands

    return ArticleCommands


def _actor_commands() -> type:
    from briefing.tui.commands import ActorCommands

    return ActorCommands


def _section_commands() -> type:
    from briefing.tui.commands import SectionCommands

    return SectionCommands


def _binding(action: str, method: str | None = None, show: bool = True) -> Binding:
    keys, description = ACTIONS[action]
    return Binding(keys, method or action, description, show=show, id=action)


class SearchBox(Input):
    """The incremental search box under the source."""

    BINDINGS = [
        Binding("enter", "submit", "Keep matches"),
        Binding("escape", "app.close_search", "Clear search"),
    ]


class SourcePane(Vertical):
    """The source view with its search bar (maximisable as one)."""

    ALLOW_MAXIMIZE = True


class BriefingApp(ReviewMixin, LoadingMixin, PaneMixin, App):
    """The reader. ``loader`` supplies files (see :class:`ArticleSource`)."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "briefing"
    # Providers, screens and exporters are imported on first use, not before the first frame.
    COMMANDS = App.COMMANDS | {_article_commands, _actor_commands, _section_commands}
    BINDINGS = [
        _binding("quit"),
        _binding("help"),
        _binding("next_pane", "next_pane", show=False),
        _binding("previous_pane", "previous_pane", show=False),
        _binding("next_article", show=False),
        _binding("previous_article", show=False),
        _binding("articles"),
        _binding("search"),
        _binding("next_mention", show=False),
        _binding("previous_mention", show=False),
        _binding("export"),
        _binding("resize"),
        _binding("toggle_read", show=False),
        _binding("review"),
    ]

    def __init__(
        self,
        config: Config,
        loader: ArticleSource,
        *,
        background: bool = True,
        review: bool = False,
    ) -> None:
        super().__init__()
        self.config = config
        self.loader = loader
        self.background = background
        self.keymap = bindings(config.keys)
        self.set_keymap(dict(config.keys))
        count = len(loader.files)
        self.items: list[Article | LoadError | None] = [None] * count
        self.state = StateLink(config, self._state_problem)
        self.review_on_start = review
        self.index = -1
        self.article: Article | None = None
        self.loaded = 0
        self._collect: bool | None = None  # collector state before start-up paused it
        self._lock = threading.Lock()
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
                with Horizontal(id="search-bar"):
                    yield SearchBox(placeholder="search the source", id="search", compact=True)
                    yield Static(id="search-count")
        yield Static(id="progress")
        yield Footer()

    def on_load(self) -> None:
        # Start-up builds long-lived objects (widgets, styles, the analysis data): young
        # collections would find no garbage, so the collector waits for the first frame.
        self._collect = gc.isenabled()
        gc.disable()

    def _first_frame_done(self) -> None:
        """Resume the collector paused by :meth:`on_load` (once)."""
        if self._collect is None:
            return
        # What start-up built lives until exit: move it out of the collector's reach,
        # or the first full collection would scan it all.
        gc.freeze()
        if self._collect:
            gc.enable()
        self._collect = None

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_frame_done)
        self.main.query_one("#summary").border_title = "Summary"
        self.main.query_one("#source").border_title = "Source"
        self.main.query_one("#search-bar").display = False
        self._apply_width(self.size.width)
        if not self.items:
            self.title = self.config.title or "briefing"
            self.sub_title = "no articles"
            self.main.query_one("#progress", Static).update(Content("No files to show."))
            return
        self.show_index(0)
        first = self.article if isinstance(self.items[0], Article) else None
        self.title = clean_line(self.loader.title(first))
        self.main.query_one(KeyPointList).focus()
        if len(self.items) > 1 and self.background:
            self.call_after_refresh(self.load_rest)  # after the first frame is painted
        else:
            self.main.query_one("#progress").display = False
        if self.review_on_start:
            self.call_after_refresh(self.action_review)

    def on_unmount(self) -> None:
        self._first_frame_done()  # closed before the first frame: resume the collector
        self.state.close()

    @property
    def main(self) -> Screen:
        """The reader's own screen (queries keep working while a modal is open)."""
        return self.screen_stack[0] if self.screen_stack else self.screen

    # ---------------------------------------------------------------- showing

    def show_index(self, index: int) -> None:
        """Show article ``index`` in every pane."""
        if not self.items:
            return
        index = max(0, min(index, len(self.items) - 1))
        item = self.get_item(index)
        article = error_article(index, item) if isinstance(item, LoadError) else item
        self.index, self.article = index, article
        self.main.query_one(SummaryPane).show(article, *self._review_marks(item))
        self.main.query_one(ActorPane).show(article)
        source = self.main.query_one(SourceView)
        source.show_article(article)
        self._close_search()
        self._update_header()
        if self.config.mark_read == "open":
            self.set_read(index)
        elif self.config.mark_read == "end":
            self.call_after_refresh(self._check_short)

    def _check_short(self) -> None:
        source = self.main.query_one(SourceView)
        if source.max_scroll_y == 0 and source.lines and source.size.height > 0:
            self.set_read(self.index)

    def _review_marks(self, item: Article | LoadError) -> tuple[dict, list]:
        """Verdicts by sentence and orphaned items of ``item`` (empty without a state file)."""
        store = self.state.get() if isinstance(item, Article) else None
        if store is None:
            return {}, []
        from briefing.state import StateError
        from briefing.state.review import orphans, review_of

        try:
            if not store.items(item.id):
                return {}, []  # nothing stored: skip resolving anchors
            found = review_of(store, item)
            return {s: i.verdict for s, i in found.items() if i.verdict}, orphans(store, item)
        except StateError as exc:
            self.state.fail(exc)
            return {}, []

    def _update_header(self) -> None:
        article = self.article
        if article is None:
            return
        where = article.source or "/".join(Path(article.path).parts[-2:])
        parts = [f"{self.index + 1}/{len(self.items)}", article.date or "", where]
        self.sub_title = clean_line(" · ".join(p for p in parts if p))

    @on(SourceView.AtEnd)
    def _at_end(self) -> None:
        if self.config.mark_read == "end" and self.index >= 0:
            self.set_read(self.index)

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
        source = self.main.query_one(SourceView)
        source.show_span(kp.start, kp.end)
        if self.main.has_class("-tiny"):
            source.focus()  # only the focused pane is shown: show the source

    def select_actor(self, actor_id: str, focus: bool = True) -> None:
        """Highlight every mention of ``actor_id`` and show the first."""
        actor: Actor | None = self.article.actor(actor_id) if self.article else None
        if actor is None:
            return
        pane = self.main.query_one(ActorPane)
        pane.select_id(actor_id)
        source = self.main.query_one(SourceView)
        source.select_mentions(tuple(sorted(actor.mentions, key=lambda m: m.start)))
        if self.main.has_class("-tiny"):
            source.focus()
        elif focus:
            self.main.query_one(ActorList).focus()

    def show_section(self, index: int) -> None:
        """Scroll the source to the start of section ``index``."""
        if self.article is None or not 0 <= index < len(self.article.sections):
            return
        section = self.article.sections[index]
        source = self.main.query_one(SourceView)
        line = source.line_of(section.start)
        while line > 0 and source.lines[line - 1].kind != "text":
            line -= 1
        source.scroll_to(y=line, animate=False, immediate=True)
        source.focus()

    # ---------------------------------------------------------------- actions

    def action_next_article(self) -> None:
        if self.index + 1 < len(self.items):
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

        self.state.reload()
        self.push_screen(
            ArticleListScreen(self.article_rows(), max(0, self.index), self.toggle_read), chosen
        )

    def action_help(self) -> None:
        from briefing.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.keymap))

    def action_next_mention(self) -> None:
        if not self.main.query_one(SourceView).next_target(1):
            self.notify("Select an actor (enter) or search (/) first", timeout=2)

    def action_previous_mention(self) -> None:
        if not self.main.query_one(SourceView).next_target(-1):
            self.notify("Select an actor (enter) or search (/) first", timeout=2)

    # ----------------------------------------------------------------- search

    def action_search(self) -> None:
        bar = self.main.query_one("#search-bar")
        bar.display = True
        box = self.main.query_one("#search", Input)
        box.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        source = self.main.query_one(SourceView)
        count = source.search(event.value)
        label = "" if not event.value else f"{count} match{'es' if count != 1 else ''}"
        self.main.query_one("#search-count", Static).update(Content(label))

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.main.query_one(SourceView).focus()

    def _close_search(self) -> None:
        box = self.main.query_one("#search", Input)
        if box.value:
            box.value = ""
        self.main.query_one("#search-count", Static).update("")
        self.main.query_one("#search-bar").display = False

    def clear_search(self) -> bool:
        """Clear the search if there is one; true if something was cleared."""
        source = self.main.query_one(SourceView)
        bar = self.main.query_one("#search-bar")
        had = bool(source.query_text) or bar.display
        source.clear_search()
        self._close_search()
        return had

    def action_close_search(self) -> None:
        """Escape in the search box: clear the search and return to the source."""
        self.clear_search()
        self.main.query_one(SourceView).focus()

    # ----------------------------------------------------------------- export

    def action_export(self) -> None:
        from briefing.tui.screens.export import ExportScreen

        def chosen(path: str | None) -> None:
            if path:
                self.export_to(Path(path).expanduser())

        self.push_screen(ExportScreen(str(self.config.export_path)), chosen)

    def action_clear_source(self) -> None:
        """Escape in the source: clear the search, else the actor selection."""
        if not self.clear_search():
            source = self.main.query_one(SourceView)
            source.select_mentions(())
            source.clear_current()


def run(
    config: Config,
    paths: Sequence[str] | None = None,
    header: Sequence[str] | None = None,
    review: bool = False,
    layout: str | None = None,
) -> int:
    """Open the reader on ``paths`` (or the config's sources); returns an exit code.

    With ``review`` the review screen opens straight away; ``layout`` forces the format.
    """
    from briefing.pipeline import Pipeline

    app = BriefingApp(config, Pipeline(config, paths, header, layout), review=review)
    app.run()
    return app.return_code or 0
