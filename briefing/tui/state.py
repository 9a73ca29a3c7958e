"""The reader's link to the review store: opened lazily, read state, errors shown once.

The store file is only created when something must be written (a read mark, a
verdict); an existing file is opened on first use. When the file cannot be used
(foreign, corrupt, newer schema) the reader stays usable read-only: read marks live
in memory only and the file is never touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from briefing.config import Config
from briefing.model import Article

if TYPE_CHECKING:  # imported on first use: the reader's first frame does not wait for it
    from briefing.state import ReviewStore


class StateLink:
    """Lazily opened :class:`ReviewStore` plus the set of read article ids.

    ``report(message)`` is called with a one-line message when the store fails.
    """

    def __init__(self, config: Config, report: Callable[[str], None]) -> None:
        self.config = config
        self.report = report
        self.store: ReviewStore | None = None
        self.error: str | None = None
        self._read: set[str] | None = None

    def get(self, create: bool = False) -> ReviewStore | None:
        """Return the open store; open it (creating the file only if ``create``)."""
        if self.store is not None or self.error is not None:
            return self.store
        if not create and not self.config.state.exists():
            return None
        from briefing.state import ReviewStore, StateError

        try:
            self.store = ReviewStore.open(self.config.state, self.config.reviewer)
        except (StateError, OSError) as exc:
            self.fail(exc)
        return self.store

    def fail(self, exc: Exception) -> None:
        """Record that the store cannot be used and tell the user once."""
        first = self.error is None
        self.error = str(exc)
        if self.store is not None:
            self.store.close()
            self.store = None
        if first:
            self.report(f"Review state unavailable — reading only, nothing is saved: {exc}")

    def write(self, fn: Callable[[ReviewStore], Any]) -> tuple[bool, Any]:
        """Run ``fn(store)`` (a committed write); ``(False, None)`` if it could not be saved."""
        store = self.get(create=True)
        if store is None:
            return False, None
        from briefing.state import StateError

        try:
            return True, fn(store)
        except StateError as exc:
            self.report(f"Not saved: {exc}")
            return False, None

    # ------------------------------------------------------------------ read marks

    @property
    def read(self) -> set[str]:
        """Ids of the articles marked read (from the store, cached)."""
        if self._read is None:
            from briefing.state import StateError

            store = self.get()
            try:
                self._read = store.read_ids() if store is not None else set()
            except StateError as exc:
                self.fail(exc)
                self._read = set()
        return self._read

    def reload(self) -> None:
        """Forget the cached read marks (another process may have changed them)."""
        if self.store is not None:
            self._read = None

    def is_read(self, article_id: str) -> bool:
        """Return whether ``article_id`` is marked read."""
        return article_id in self.read

    def mark_read(self, article_id: str, read: bool = True) -> None:
        """Mark an article read or unread: saved at once, kept in memory if it cannot be."""
        if (article_id in self.read) == read:
            return
        self.write(lambda store: store.mark_read(article_id, read))
        if read:
            self.read.add(article_id)
        else:
            self.read.discard(article_id)

    # ---------------------------------------------------------------------- export

    def export_reviews(self, articles: Iterable[Article]) -> dict | None:
        """The ``reviews`` mapping for the exporters (as ``briefing export`` builds it).

        None when there is no usable state file (the export then has no review block).
        """
        from briefing.state import StateError
        from briefing.state.review import export_reviews

        store = self.get()
        if store is None:
            return None
        try:
            return export_reviews(store, articles)
        except StateError as exc:
            self.report(f"Export without review state: {exc}")
            return None

    def close(self) -> None:
        """Close the store (every write is already committed)."""
        if self.store is not None:
            self.store.close()
            self.store = None
