"""Session changes of review mode, run off the UI thread in key order.

Every change to the review session (a verdict, a note, a move) runs on the
store's writer thread (:class:`~briefing.tui.writer.StoreWriter`), in the order the
keys came: the UI never waits for SQLite, and a change is shown (and "saved" said)
only once the store has it. The screen is redrawn from the session only when no
change is queued, so it never reads the session while the writer changes it.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.screen import Screen

from briefing.state import StateError
from briefing.tui.keygate import KeyGateApp
from briefing.tui.writer import StoreWriter


class QueuedChanges(Screen[None]):
    """A screen whose session changes go through ``writer`` (set by the app)."""

    #: Runs session changes off the UI thread; None runs them at once (a screen on its own).
    writer: StoreWriter | None = None
    #: Told when the state file cannot be written at all (read-only, corrupt...).
    unusable: Callable[[Exception], None] | None = None

    def show_current(self, remember: bool = True) -> None:
        """Redraw from the session (the review screen's)."""
        raise NotImplementedError

    def _run(
        self,
        fn: Callable[[], object],
        then: Callable[[object], None] | None = None,
        render: bool = True,
    ) -> None:
        """Run ``fn`` (a session change) after the queued ones; ``then(result)`` if stored."""

        def done(ok: bool, result: object) -> None:
            if not self.is_attached:
                return
            if not ok:
                if isinstance(result, LookupError):
                    self.app.notify("No key point here", timeout=2)
                elif (
                    self.unusable is not None
                    and isinstance(result, Exception)
                    and _for_good(result)
                ):
                    self.unusable(result)
                else:
                    self.app.notify(f"Not saved: {result}", severity="error", markup=False)
            elif then is not None:
                then(result)
            if render and self.idle:
                self.show_current()

        if self.writer is None:  # no writer thread (a screen built on its own): at once
            try:
                result, ok = fn(), True
            except (StateError, LookupError) as exc:
                result, ok = exc, False
            done(ok, result)
        else:
            self.writer.submit(lambda _store: fn(), done)

    @property
    def idle(self) -> bool:
        """True when no session change is queued or running."""
        return self.writer is None or self.writer.idle

    def _after_queued(self, fn: Callable[[], None]) -> None:
        """Call ``fn`` on the UI thread once every queued change has finished.

        Keys typed meanwhile wait for it (``fn`` may open the note editor they belong to).
        """
        if self.idle:
            fn()
            return
        app = self.app
        if isinstance(app, KeyGateApp):
            app.hold_keys()

        def then(_ok: bool, _result: object) -> None:
            try:
                if self.is_attached:
                    fn()
            finally:
                if isinstance(app, KeyGateApp):
                    app.release_keys()

        assert self.writer is not None  # not idle: there is a writer
        self.writer.submit(lambda _store: None, then)


def _for_good(error: object) -> bool:
    """True for a state error that retrying cannot fix (read-only, corrupt, newer, foreign)."""
    from briefing.state import StateLocked

    return (
        isinstance(error, StateError)
        and type(error) is not StateError
        and not isinstance(error, StateLocked)
    )
