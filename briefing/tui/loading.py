"""Loading for the reader: parse on demand, the rest in a thread worker, export."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from textual import work
from textual.content import Content
from textual.widgets import Static
from textual.worker import get_current_worker

from briefing.model import Article, Briefing, LoadError
from briefing.tui.text import clean_line

if TYPE_CHECKING:
    from textual.screen import Screen

PROGRESS_EVERY = 0.25  # seconds between progress updates from the load worker
FREEZE_EVERY = 50  # files between gc.freeze() calls in the load worker


class ArticleSource(Protocol):
    """What the app needs from a loader (``briefing.pipeline.Pipeline`` provides it)."""

    files: list

    def load(self, index: int) -> Article | LoadError: ...

    def title(self, first: Article | None) -> str: ...


def error_article(index: int, error: LoadError) -> Article:
    """A stand-in article whose text explains why a file failed to load."""
    return Article(
        id=f"error-{index}",
        path=error.path,
        title=f"Could not load {error.path}",
        text=f"This file could not be loaded: {error.reason}\n",
    )


class LoadingMixin:
    """Items parsed on demand (main thread) or by the worker, under one lock.

    Mixed into :class:`~briefing.tui.app.BriefingApp`, which sets ``loader``,
    ``items`` and ``_lock`` and provides ``main``, ``state`` and ``is_read``.
    """

    loader: ArticleSource
    items: list[Article | LoadError | None]
    _lock: threading.Lock
    main: Screen

    def get_item(self, index: int) -> Article | LoadError:
        """Return the loaded item ``index``, loading it now if the worker has not yet."""
        item = self.items[index]
        if item is None:
            with self._lock:
                item = self.items[index]
                if item is None:
                    item = self.items[index] = self._load(index)
                    self.loaded += 1
        return item

    def _load(self, index: int) -> Article | LoadError:
        """Parse one file; a failure in analysis becomes a LoadError, not a crash."""
        try:
            return self.loader.load(index)
        except Exception as exc:  # noqa: BLE001 - one bad file must not end the session
            path = str(self.loader.files[index][0])
            return LoadError(path, f"analysis failed: {type(exc).__name__}: {exc}")

    @work(thread=True, exclusive=True, group="load")
    def load_rest(self) -> None:
        """Parse every article in a thread, reporting progress now and then."""
        total = len(self.items)
        last = 0.0
        worker = get_current_worker()
        for index in range(total):
            if worker.is_cancelled:
                return
            if self.items[index] is None:
                self.get_item(index)
                time.sleep(0)  # let the UI thread take the GIL between files
            if index % FREEZE_EVERY == 0:
                # Loaded articles live until exit: keep them out of full collections,
                # whose pauses would otherwise grow with the briefing and stall the UI.
                gc.freeze()
            now = time.monotonic()
            if now - last > PROGRESS_EVERY:
                last = now
                self._report()
        self._report()

    def _report(self) -> None:
        """Show progress from the worker thread (quietly skipped once the app is closing)."""
        try:
            self.call_from_thread(self._progress)
        except RuntimeError:  # the app has stopped
            pass

    def _progress(self) -> None:
        if not self.is_running or not self.screen_stack:
            return
        done = sum(1 for item in self.items if item is not None)
        total = len(self.items)
        bar = self.main.query_one("#progress", Static)
        if done >= total:
            errors = sum(isinstance(item, LoadError) for item in self.items)
            bar.display = False
            if errors:
                self.notify(f"{errors} of {total} files could not be loaded", severity="warning")
        else:
            bar.display = True
            bar.update(Content(f"Parsing articles {done}/{total}…"))

    def article_rows(self) -> list[tuple[str, str, bool]]:
        """(title, date, read) for every file; unparsed files show their file name."""
        rows = []
        for i, item in enumerate(self.items):
            if isinstance(item, Article):
                rows.append((clean_line(item.heading), item.date or "", self.is_read(i)))
            elif isinstance(item, LoadError):
                rows.append((clean_line(f"{item.path} (failed: {item.reason})"), "", True))
            else:
                rows.append((clean_line(Path(self.loader.files[i][0]).name), "", self.is_read(i)))
        return rows

    def export_to(self, path: Path) -> None:
        """Write the briefing, with verdicts and notes, as Markdown (see :meth:`_export`)."""
        self.state.get()  # open an existing state file here, not in the worker thread
        self._export(path)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, path: Path) -> Path | None:
        """Write the briefing as Markdown (in a thread: unparsed files are parsed first)."""
        from briefing.export.markdown import export_markdown

        items = [self.get_item(i) for i in range(len(self.items))]
        articles = tuple(item for item in items if isinstance(item, Article))
        errors = tuple(item for item in items if isinstance(item, LoadError))
        briefing = Briefing(self.loader.title(articles[0] if articles else None), articles, errors)
        reviews = self.state.export_reviews(articles)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(export_markdown(briefing, reviews=reviews), "utf-8")
        except OSError as exc:
            self.call_from_thread(
                self.notify, f"Export failed: {exc}", severity="error", markup=False
            )
            return None
        self.call_from_thread(
            self.notify, f"Exported {len(articles)} article(s) to {path}", markup=False
        )
        return path
