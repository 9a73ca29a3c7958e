"""The reader's articles: loaded on demand under one lock, their rows and read marks.

No textual here. The reader's screen parses files through :meth:`Library.get`
(the main thread for the article it shows, a worker thread for the rest); read
marks and review verdicts go through the :class:`~briefing.tui.state.StateLink`.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from briefing.model import Article, Briefing, LoadError
from briefing.tui.state import StateLink
from briefing.tui.text import clean_line

Item = Article | LoadError
Row = tuple[str, str, bool]  # (title, date, read)


class ArticleSource(Protocol):
    """What the reader needs from a loader (``briefing.pipeline.Pipeline`` provides it)."""

    @property
    def files(self) -> Sequence[tuple[Path, Any]]: ...

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


class Library:
    """Every file of the briefing, parsed at most once, plus the read marks."""

    def __init__(self, loader: ArticleSource, state: StateLink) -> None:
        self.loader = loader
        self.state = state
        self.items: list[Item | None] = [None] * len(loader.files)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.items)

    def get(self, index: int) -> Item:
        """Return item ``index``, parsing it now if nobody has yet."""
        item = self.items[index]
        if item is None:
            with self._lock:
                item = self.items[index]
                if item is None:
                    item = self.items[index] = self._load(index)
        return item

    def _load(self, index: int) -> Item:
        """Parse one file; a failure in analysis becomes a LoadError, not a crash."""
        try:
            return self.loader.load(index)
        except Exception as exc:  # noqa: BLE001 - one bad file must not end the session
            path = str(self.loader.files[index][0])
            return LoadError(path, f"analysis failed: {type(exc).__name__}: {exc}")

    def article(self, index: int) -> Article:
        """Item ``index`` as an article (a load error becomes :func:`error_article`)."""
        item = self.get(index)
        return error_article(index, item) if isinstance(item, LoadError) else item

    def title(self) -> str:
        """The briefing's title (from the first article, if it loaded)."""
        first = self.items[0] if self.items else None
        return self.loader.title(first if isinstance(first, Article) else None)

    @property
    def complete(self) -> bool:
        """Whether every file is parsed."""
        return all(item is not None for item in self.items)

    def progress(self) -> tuple[int, int, int]:
        """(files parsed, files in all, files that failed)."""
        done = sum(1 for item in self.items if item is not None)
        errors = sum(isinstance(item, LoadError) for item in self.items)
        return done, len(self.items), errors

    def articles(self) -> dict[int, Article]:
        """``{index: article}`` of the parsed files that loaded."""
        return {i: item for i, item in enumerate(self.items) if isinstance(item, Article)}

    def briefing(self) -> Briefing:
        """The whole briefing (parsing what is left first: call it from a worker)."""
        items = [self.get(i) for i in range(len(self.items))]
        articles = tuple(item for item in items if isinstance(item, Article))
        errors = tuple(item for item in items if isinstance(item, LoadError))
        return Briefing(self.loader.title(articles[0] if articles else None), articles, errors)

    def skipped(self) -> list[str]:
        """One line per file or folder the loader skipped before parsing (nothing silently).

        Folders that could not be listed (``loader.problems``) and files left out while
        scanning (``loader.skipped``: FIFOs, devices, unsupported formats...).
        """
        lines = [f"{p.path}: {p.reason}" for p in getattr(self.loader, "problems", None) or ()]
        lines += [f"{path}: {why}" for path, why in getattr(self.loader, "skipped", None) or ()]
        return [clean_line(line) for line in lines]

    def rows(self) -> list[Row]:
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

    # ------------------------------------------------------------------ read marks

    def article_id(self, index: int) -> str | None:
        """The article id of item ``index``, if known (None for load errors)."""
        item = self.items[index]
        if isinstance(item, Article):
            return item.id
        if item is None:
            ids = getattr(self.loader, "ids", None)  # pipeline ids are known before parsing
            return ids[index] if ids is not None else None
        return None

    def is_read(self, index: int) -> bool:
        """Whether item ``index`` is marked read (load errors count as read)."""
        if isinstance(self.items[index], LoadError):
            return True
        article_id = self.article_id(index)
        return article_id is not None and self.state.is_read(article_id)

    def set_read(self, index: int, read: bool = True) -> None:
        """Mark item ``index`` read or unread (saved through the store at once)."""
        article_id = self.article_id(index)
        if article_id is not None and not isinstance(self.items[index], LoadError):
            self.state.mark_read(article_id, read)

    def toggle_read(self, index: int) -> bool:
        """Flip the read mark of item ``index``; return the new state."""
        self.set_read(index, not self.is_read(index))
        return self.is_read(index)

    def review_marks(self, index: int) -> tuple[dict[int, str], list[Any]]:
        """Verdicts by sentence and orphaned items of item ``index`` (empty without a store)."""
        item = self.get(index)
        store = self.state.get() if isinstance(item, Article) else None
        if store is None or not isinstance(item, Article):
            return {}, []
        from briefing.state import StateError
        from briefing.state.review import orphans, review_of

        try:
            if not store.items(item):
                return {}, []  # nothing stored: skip resolving anchors
            found = review_of(store, item)
            return {s: i.verdict for s, i in found.items() if i.verdict}, orphans(store, item)
        except StateError as exc:
            self.state.fail(exc)
            return {}, []
