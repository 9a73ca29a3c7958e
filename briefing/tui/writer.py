"""Store writes off the UI thread: one writer thread, in order, retried while locked.

No textual here. The reader hands every write (a verdict, a note, a read mark) to
:class:`StoreWriter` and gets the result back through ``post`` (the app's
``call_from_thread``), so the UI never waits for SQLite. The writer has its own
connection, opened in its thread with a short busy timeout; while another process
holds the lock each attempt gives up quickly, ``status("retrying", ...)`` says so,
and the write is tried again with backoff until it lands (``status("saved", ...)``)
or fails for good (read-only, corrupt...: the job's ``done`` gets the error).
Jobs run strictly in submission order, so a later change never lands before an
earlier one.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing.state import ReviewStore

#: Seconds one attempt waits for another process's lock (each attempt, not in all).
ATTEMPT_TIMEOUT = 0.2
#: First and longest pause between attempts while the file stays locked.
RETRY_START = 0.2
RETRY_MAX = 2.0

Done = Callable[[bool, Any], None]
Job = tuple[Callable[["ReviewStore"], Any], Done | None]


class StoreWriter:
    """Runs ``fn(store)`` jobs in a thread, in order; see the module docstring.

    ``open_store()`` opens the writer's own store (called in the thread);
    ``post(fn, *args)`` runs ``fn`` on the UI thread; ``status(state, message)`` is
    posted with ``state`` ``"retrying"``, ``"saved"`` (after a retry) or ``"failed"``.
    """

    def __init__(
        self,
        open_store: Callable[[], ReviewStore],
        post: Callable[..., None],
        status: Callable[[str, str], None],
    ) -> None:
        self.open_store = open_store
        self.post = post
        self.status = status
        self.store: ReviewStore | None = None
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._pending = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def pending(self) -> int:
        """Jobs submitted and not finished (running, queued or retrying)."""
        with self._lock:
            return self._pending

    @property
    def idle(self) -> bool:
        """True when no job is queued or running."""
        return self.pending == 0

    def submit(self, fn: Callable[[ReviewStore], Any], done: Done | None = None) -> None:
        """Queue ``fn(store)``; ``done(ok, result or exception)`` is posted when it finished."""
        with self._lock:
            self._pending += 1
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="store-writer", daemon=True)
            self._thread.start()
        self._jobs.put((fn, done))

    def close(self, wait: float = 2.0) -> int:
        """Finish queued jobs for up to ``wait`` seconds, then stop; return jobs left unsaved."""
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(wait)
            self._stop.set()
            self._thread.join(ATTEMPT_TIMEOUT * 4 + RETRY_MAX)
        left = self.pending
        if self.store is not None and (self._thread is None or not self._thread.is_alive()):
            self.store.close()
            self.store = None
        return left

    # ------------------------------------------------------------------ the thread

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            fn, done = job
            ok, result = self._attempt(fn)
            with self._lock:
                self._pending -= 1
            if done is not None:
                self.post(done, ok, result)

    def _attempt(self, fn: Callable[[ReviewStore], Any]) -> tuple[bool, Any]:
        """Run ``fn`` until it lands or fails for a reason other than the lock."""
        from briefing.state import StateLocked

        delay, retried = RETRY_START, False
        while True:
            try:
                if self.store is None:
                    self.store = self.open_store()
                result = fn(self.store)
            except StateLocked as exc:
                retried = True
                self.post(self.status, "retrying", f"Not saved, retrying — {exc}")
                if self._stop.wait(delay):
                    return False, exc
                delay = min(delay * 2, RETRY_MAX)
            except Exception as exc:  # noqa: BLE001 - reported to the caller, never lost
                if retried:
                    self.post(self.status, "failed", f"Not saved: {exc}")
                return False, exc
            else:
                if retried:
                    self.post(self.status, "saved", "Saved")
                return True, result
