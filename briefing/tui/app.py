"""The Textual app: a thin host for the reader's screen and the review screen.

It holds the config, the :class:`~briefing.tui.library.Library` over the loader
(``briefing.pipeline.Pipeline``), the keymap and the palette providers, and it
switches between the reader and review mode. What is on screen belongs to the
screens (``briefing.tui.screens``).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from textual import events, on, work
from textual.app import App
from textual.command import Provider
from textual.screen import Screen
from textual.widget import AwaitMount

from briefing.config import Config
from briefing.keys import bindings
from briefing.tui.keygate import KeyGateApp
from briefing.tui.library import ArticleSource, Library
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.state import StateLink
from briefing.tui.text import clean_line
from briefing.tui.widgets.keys import action_binding


def _article_commands() -> type[Provider]:
    from briefing.tui.commands import ArticleCommands

    return ArticleCommands


def _actor_commands() -> type[Provider]:
    from briefing.tui.commands import ActorCommands

    return ActorCommands


def _section_commands() -> type[Provider]:
    from briefing.tui.commands import SectionCommands

    return SectionCommands


def _statement_commands() -> type[Provider]:
    from briefing.tui.commands import StatementCommands

    return StatementCommands


class BriefingApp(KeyGateApp[None]):
    """The reader. ``loader`` supplies files (see :class:`ArticleSource`)."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "briefing"
    # Providers, screens and exporters are imported on first use, not before the first frame.
    COMMANDS = App.COMMANDS | {
        _article_commands,
        _actor_commands,
        _section_commands,
        _statement_commands,
    }
    # Keys of every screen; the reader's own are on ReaderScreen.
    BINDINGS = [action_binding("quit"), action_binding("help"), action_binding("export")]

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
        self.keymap = bindings(config.keys)
        self.set_keymap(dict(config.keys))
        self.save_state = ""  # what the save-state line says ('' when everything is stored)
        self._quit_warned = False
        link = StateLink(config, self._state_problem, self._post, self._save_status)
        self.library = Library(loader, link)
        self.reader = ReaderScreen(config, self.library, background=background)
        self.review_on_start = review
        self._collect: bool | None = None  # collector state before start-up paused it

    def get_default_screen(self) -> Screen[None]:
        return self.reader

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

    @on(events.Mount)
    async def _reader_mounted(self) -> None:
        """Wait for the reader's screen: the app counts as mounted once it shows an article."""
        await AwaitMount(self.reader, [self.reader])

    def on_mount(self) -> None:
        self.call_after_refresh(self._first_frame_done)
        if self.review_on_start and len(self.library):
            self.call_after_refresh(self.action_review)

    def on_unmount(self) -> None:
        self._first_frame_done()  # closed before the first frame: resume the collector
        self.library.state.close()

    def on_key(self, event: events.Key) -> None:
        """Hand a letter typed right after the key that opened a typing view to that view.

        Such a letter went to the screen below and bubbles up here only once the view
        (a screen with ``type_text``, e.g. "Who said what") is on top; the view's own
        keys never get here, so nothing typed is lost or taken as a binding.
        """
        type_text = getattr(self.screen, "type_text", None)
        if type_text is not None and event.is_printable and event.character:
            event.stop()
            event.prevent_default()  # not a binding of the view (q would quit)
            type_text(event.character)

    def _state_problem(self, message: str) -> None:
        self.notify(message, severity="error", timeout=8, markup=False)
        error = self.library.state.error if hasattr(self, "library") else None
        if error:
            self._show_save_state(
                f"Reading only — review state unavailable, nothing is saved: {error}"
            )

    def _post(self, fn: Callable[..., object], *args: object) -> None:
        """Run ``fn(*args)`` on the UI thread (from the writer thread; never blocks it)."""
        if self.is_running:
            self.call_later(fn, *args)

    def _save_status(self, state: str, message: str) -> None:
        """The writer's state: a visible line while a change is not stored."""
        if state == "retrying":
            self._show_save_state(message)
        elif self.library.state.error is None:
            self._show_save_state("")
            if state == "saved":
                self.notify("Saved", timeout=1.5)

    def _show_save_state(self, message: str) -> None:
        from briefing.tui.widgets.status import SaveStatus

        self.save_state = clean_line(message)
        for screen in self.screen_stack:
            for line in screen.query(SaveStatus):
                line.show_state(self.save_state)

    def input_ready(self) -> bool:
        # While a write is retrying (another process holds the lock) keys are not held
        # for a screen that waits for it: the reader keeps responding.
        return super().input_ready() or self.save_state.startswith("Not saved, retrying")

    async def action_quit(self) -> None:
        """Quit; with changes waiting for a locked file, only on the second press.

        Changes merely in flight are finished on the way out (``StateLink.close``).
        """
        left = self.library.state.writer.pending
        retrying = self.save_state.startswith("Not saved, retrying")
        if left and retrying and not self._quit_warned:
            self._quit_warned = True
            self.notify(
                f"{left} change(s) not saved yet (retrying) — quit again to leave without them",
                severity="warning",
                timeout=6,
            )
            return
        self.exit()

    # ---------------------------------------------------------------- actions

    def action_help(self) -> None:
        from briefing.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(self.keymap))

    def action_export(self) -> None:
        from briefing.tui.screens.export import ExportScreen

        def chosen(path: str | None) -> None:
            if path:
                self.export_to(Path(path).expanduser())

        self.push_screen(ExportScreen(str(self.config.export_path)), chosen)

    def export_to(self, path: Path) -> None:
        """Write the briefing, with verdicts and notes, as Markdown (in a worker).

        Only a missing or regular file is written (``briefing.fileio``): anything else is
        refused with one line; an existing file is overwritten only after ``y``.
        """
        from briefing.fileio import UnsafePathError, check_target

        try:
            check_target(path)
        except UnsafePathError as exc:
            self.notify(f"Export refused: {exc}", severity="error", markup=False)
            return
        if not path.exists():
            self._write_export(path, force=False)
            return
        from briefing.tui.screens.export import OverwriteScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self._write_export(path, force=True)
            else:
                self.notify(f"Not exported: {path} kept", timeout=3, markup=False)

        self.push_screen(OverwriteScreen(clean_line(path)), answered)

    def _write_export(self, path: Path, force: bool = False) -> None:
        """Write the briefing, with verdicts and notes, as Markdown (see :meth:`_export`).

        ``force`` overwrites an existing regular file (the app asks first).
        """
        self.library.state.get()  # open an existing state file here, not in the worker thread
        self._export(path, force)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, path: Path, force: bool) -> Path | None:
        """Write the briefing as Markdown (in a thread: unparsed files are parsed first)."""
        from briefing.export.markdown import export_markdown
        from briefing.fileio import write_text

        briefing = self.library.briefing()
        reviews = self.library.state.export_reviews(briefing.articles)
        try:
            write_text(path, export_markdown(briefing, reviews=reviews), force=force)
        except OSError as exc:  # UnsafePathError too: not a regular file, or appeared since
            self.call_from_thread(
                self.notify, clean_line(f"Export failed: {exc}"), severity="error", markup=False
            )
            return None
        count = len(briefing.articles)
        self.call_from_thread(
            self.notify, clean_line(f"Exported {count} article(s) to {path}"), markup=False
        )
        return path

    # ------------------------------------------------------------- review mode

    @property
    def reviewing(self) -> bool:
        """True while the review screen is on the stack."""
        return any(screen.id == "review" for screen in self.screen_stack)  # ReviewScreen

    def action_review(self) -> None:
        """Open review mode over every article (parsing the rest first if needed)."""
        if self.reviewing:
            return
        state = self.library.state
        if state.get(create=True) is None:
            self.notify(
                f"Review needs the state file {self.config.state}: {state.error or 'unavailable'}",
                severity="error",
                timeout=8,
                markup=False,
            )
            return
        if not self.library.complete:
            self.notify("Parsing every article before the review…", timeout=3)
            self._parse_for_review()
        else:
            self.open_review()

    @work(thread=True, exclusive=True, group="review")
    def _parse_for_review(self) -> None:
        for index in range(len(self.library)):
            self.library.get(index)
        self.call_from_thread(self.open_review)

    def open_review(self) -> None:
        """Build the session (resuming where the reviewer stopped) and show it."""
        store = self.library.state.writer_store()
        if store is None or self.reviewing:
            return
        from briefing.state import StateError
        from briefing.state.session import ReviewSession
        from briefing.tui.screens.review import ReviewScreen

        try:
            session = ReviewSession(store, self.library.articles())
            session.resume()
        except StateError as exc:
            self._state_problem(f"Cannot review: {exc}")
            return
        export = partial(self.export_to, self.config.export_path)
        screen = ReviewScreen(session, self.config, len(self.library), self.leave_review, export)
        screen.writer = self.library.state.writer
        screen.unusable = self.library.state.fail
        self.push_screen(screen)

    def leave_review(self, index: int | None) -> None:
        """Close review mode and show article ``index`` in the reader."""
        while self.reviewing:
            self.pop_screen()
        self.reader.show_index(index if index is not None else max(0, self.reader.index))


def run(
    config: Config,
    paths: Sequence[str] | None = None,
    header: Sequence[str] | None = None,
    review: bool = False,
    layout: str | None = None,
    pipeline: ArticleSource | None = None,
) -> int:
    """Open the reader on ``paths`` (or the config's sources); returns an exit code.

    With ``review`` the review screen opens straight away; ``layout`` forces the format.
    """
    from briefing.pipeline import Pipeline

    app = BriefingApp(config, pipeline or Pipeline(config, paths, header, layout), review=review)
    app.run()
    return app.return_code or 0
