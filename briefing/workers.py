"""Worker processes that map a function over task numbers, results in task order.

Each worker has its own pipe: task numbers go out, results come back. No lock is
shared between processes (the result queue of :class:`multiprocessing.pool.Pool` has
one), so stopping early — a closed output pipe, Ctrl-C — kills the workers at any
moment without leaving the parent waiting on a lock that a killed worker held.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, NoReturn, TypeVar

T = TypeVar("T")


@dataclass
class _Worker:
    process: Any  # a multiprocessing Process of the chosen start method
    conn: Connection
    busy: int = 0  # tasks sent and not answered yet


def ordered_map(
    call: Callable[[int], T],
    count: int,
    jobs: int,
    start: Callable[[], None] | None = None,
    window: int = 8,
) -> Generator[T, None, None]:
    """``call(0) … call(count - 1)`` in ``jobs`` worker processes, yielded in order.

    Args:
        call: run in a worker for each task number (picklable where fork is missing).
        count: number of tasks.
        jobs: worker processes.
        start: run once in each worker before its first task.
        window: tasks in flight per worker.

    Results wait for their turn in memory, at most ``2 * jobs * window`` of them.
    A task's exception is raised here; closing the generator kills the workers.
    """
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    workers: list[_Worker] = []
    finished = False
    try:
        for _ in range(max(1, min(jobs, count))):
            parent, child = context.Pipe()
            process = context.Process(target=_serve, args=(child, call, start), daemon=True)
            process.start()
            child.close()
            workers.append(_Worker(process, parent))
        yield from _drive(workers, count, window)
        finished = True
    finally:
        _stop(workers, finished)


def _drive(workers: list[_Worker], count: int, window: int) -> Generator[Any, None, None]:
    """Keep every worker fed and yield results as their turn comes."""
    ahead = 2 * len(workers) * window
    results: dict[int, Any] = {}
    sent = done = 0
    while done < count:
        for worker in workers:
            while worker.busy < window and sent < min(count, done + ahead):
                try:
                    worker.conn.send(sent)
                except OSError:
                    _died(worker)
                worker.busy += 1
                sent += 1
        by_conn = {id(w.conn): w for w in workers if w.busy}
        for conn in wait([w.conn for w in by_conn.values()]):
            worker = by_conn[id(conn)]
            index, ok, value = _receive(worker)
            if not ok:
                raise value
            results[index] = value
        while done in results:
            yield results.pop(done)
            done += 1


def _receive(worker: _Worker) -> tuple[int, bool, Any]:
    """One answer from ``worker``; a worker that died is an error."""
    try:
        answer: tuple[int, bool, Any] = worker.conn.recv()
    except (EOFError, OSError):
        _died(worker)
    worker.busy -= 1
    return answer


def _died(worker: _Worker) -> NoReturn:
    """Raise the error for a worker whose pipe broke."""
    worker.process.join(timeout=1)
    code = worker.process.exitcode
    raise RuntimeError(f"a worker process stopped unexpectedly (exit code {code})") from None


def _serve(conn: Connection, call: Callable[[int], Any], start: Callable[[], None] | None) -> None:
    """A worker's loop: answer task numbers until told to stop or the pipe closes."""
    if start is not None:
        start()
    while True:
        try:
            index = conn.recv()
        except (EOFError, OSError):
            return
        if index is None:
            return
        try:
            answer: tuple[int, bool, Any] = (index, True, call(index))
        except Exception as exc:  # sent back, raised in the parent
            answer = (index, False, exc)
        try:
            conn.send(answer)
        except OSError:  # the parent has gone
            return
        except Exception as exc:  # the answer does not pickle
            conn.send((index, False, RuntimeError(f"task {index}: {exc!r}")))


def _stop(workers: list[_Worker], finished: bool) -> None:
    """Let finished workers exit cleanly (they flush caches then); kill the rest."""
    for worker in workers:
        if finished:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        else:
            worker.process.kill()
    for worker in workers:
        worker.process.join()
        worker.conn.close()
