"""Worker processes for Pipeline.map: order, errors, early stop, dead workers."""

from __future__ import annotations

import os
import signal
import time

import pytest

from briefing.workers import ordered_map


def square(index: int) -> int:
    return index * index


def slow_first(index: int) -> int:
    if index == 0:
        time.sleep(0.3)  # later tasks finish first; their results wait for their turn
    return index


def fails_at_five(index: int) -> int:
    if index == 5:
        raise ValueError("task five")
    return index


def dies_at_three(index: int) -> int:
    if index == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return index


def big(index: int) -> bytes:
    return bytes(200_000)  # larger than a pipe's buffer


def test_results_come_in_task_order():
    assert list(ordered_map(square, 50, 2)) == [i * i for i in range(50)]
    assert list(ordered_map(slow_first, 30, 3, window=2)) == list(range(30))


def test_more_jobs_than_tasks_and_no_tasks():
    assert list(ordered_map(square, 2, 8)) == [0, 1]
    assert list(ordered_map(square, 0, 2)) == []


def test_a_task_error_is_raised_in_the_parent():
    with pytest.raises(ValueError, match="task five"):
        list(ordered_map(fails_at_five, 20, 2))


def test_a_dead_worker_is_an_error_not_a_hang():
    with pytest.raises(RuntimeError, match="stopped unexpectedly"):
        list(ordered_map(dies_at_three, 20, 2))


def test_closing_early_kills_busy_workers_at_once():
    started = time.perf_counter()
    for _ in range(5):  # stop while the workers are blocked writing large results
        results = ordered_map(big, 10_000, 2)
        assert len(next(results)) == 200_000
        results.close()
    assert time.perf_counter() - started < 60  # a deadlock would stop here (pytest-timeout)


def test_the_start_function_runs_in_each_worker():
    def start() -> None:
        os.environ["BRIEFING_WORKER_TEST"] = "1"

    def seen(index: int) -> str:
        return os.environ.get("BRIEFING_WORKER_TEST", "")

    assert set(ordered_map(seen, 10, 2, start)) == {"1"}
