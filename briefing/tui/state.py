"""The reader's link to the review store: opened lazily, read state, errors shown once.

The store file is only created when something must be written (a read mark, a
verdict); an existing file is opened on first use. Reads use one connection on the
UI thread (short busy timeout: WAL readers are not blocked by another process's
write lock); every write goes through a :class:`~briefing.tui.writer.StoreWriter`
(its own connection, in its own thread, retried while the file is locked), so the
UI never waits for the lock. When the file cannot be used (foreign, corrupt, newer
schema, read-only for writes) the reader stays usable: read marks live in memory
only, the file is never touched, and one precise line says why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from briefing.config import Config
from briefing.model import Article
from briefing.tui.writer import ATTEMPT_TIMEOUT, Done, StoreWriter

if TYPE_CHECKING:  # imported on first use: the reader's first frame does not wait for it
    from briefing.state import ReviewStore


class StateLink:
    """Lazily opened :class:`ReviewStore` plus the set of read article ids.

    ``report(message)`` is called with a one-line message when the store fails;
    ``post(fn, *args)`` runs ``fn`` on the UI thread (default: at once, in the
    writer's thread) and ``status(state, message)`` hears the writer's
    retrying / saved / failed states (default: failures go to ``report``).
    """

    def __init__(
        self,
        config: Config,
        report: Callable[[str], None],
        post: Callable[..., None] | None = None,
        status: Callable[[str, str], None] | None = None,
    ) -> None:
        self.config = config
        self.report = report
        self.store: ReviewStore | None = None
        self.error: str | None = None
        self._read: set[str] | None = None
        self._locked = False
        self.writer = StoreWriter(self._open_writer, post or _call, status or self._default_status)

    def _default_status(self, state: str, message: str) -> None:
        if state == "failed":
            self.report(message)

    def _open_writer(self) -> ReviewStore:
        from briefing.state import ReviewStore

        return ReviewStore.open(self.config.state, self.config.reviewer, timeout=ATTEMPT_TIMEOUT)

    def writer_store(self) -> ReviewStore | None:
        """The writer's store, opened now if needed (for a review session); None if it fails."""
        if self.writer.store is None and self.error is None:
            from briefing.state import StateError, StateLocked

            try:
                self.writer.store = self._open_writer()
            except StateLocked as exc:
                self.report(f"Review state locked — try again: {exc}")
            except (StateError, OSError) as exc:
                self.fail(exc)
        return self.writer.store

    def get(self, create: bool = False) -> ReviewStore | None:
        """Return the open store; open it (creating the file only if ``create``)."""
        if self.store is not None or self.error is not None:
            return self.store
        if not create and not self.config.state.exists():
            return None
        from briefing.state import ReviewStore, StateError, StateLocked

        try:
            self.store = ReviewStore.open(
                self.config.state, self.config.reviewer, timeout=ATTEMPT_TIMEOUT
            )
        except StateLocked as exc:  # another process is writing: try again on next use
            if not self._locked:
                self.report(f"Review state locked — reading without it for now: {exc}")
            self._locked = True
        except (StateError, OSError) as exc:
            self.fail(exc)
        else:
            self._locked = False
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

    def write(self, fn: Callable[[ReviewStore], Any], done: Done | None = None) -> None:
        """Queue ``fn(store)`` (a committed write) on the writer thread.

        ``done(ok, result or exception)`` runs on the UI thread once it is stored (or
        failed for good); without ``done`` a failure is reported once.
        """
        if self.error is not None:  # the file is unusable: nothing is saved
            if done is not None:
                done(False, RuntimeError(self.error))
            return

        def finished(ok: bool, result: Any) -> None:
            from briefing.state import StateError, StateLocked

            if not ok and isinstance(result, StateError) and not isinstance(result, StateLocked):
                if type(result) is StateError:
                    self.report(f"Not saved: {result}")
                else:  # read-only, corrupt, foreign, newer: one line, then reading only
                    self.fail(result)
            elif not ok and isinstance(result, OSError):
                self.report(f"Not saved: {result}")
            if done is not None:
                done(ok, result)

        self.writer.submit(fn, finished)

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
        self.write(lambda store: store.mark_read(article_id, read))  # in memory at once
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

    def close(self) -> int:
        """Finish pending writes (briefly), close the stores; return how many were lost."""
        left = self.writer.close()
        if self.store is not None:
            self.store.close()
            self.store = None
        return left


def _call(fn: Callable[..., None], *args: Any) -> None:
    fn(*args)
