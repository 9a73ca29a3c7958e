"""Store writes off the UI thread: another process holding the lock never freezes the reader."""

from __future__ import annotations

import sqlite3
import time

from briefing.state import ReviewStore
from briefing.tui.screens.review import ReviewScreen
from briefing.tui.widgets.status import SaveStatus
from tests.tui.helpers import SIZE, flush, long_article, summit_article


def articles():
    return [summit_article(), long_article()]


def verdicts(config) -> list[str]:
    with ReviewStore.open(config.state, "checker", readonly=True) as store:
        return sorted(i.verdict for i in store.items() if i.verdict)


async def wait_until(pilot, test, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not test():
        assert time.monotonic() < deadline, "condition not met in time"
        await pilot.pause(0.05)


async def test_locked_state_keeps_the_ui_responsive_and_the_write_lands(make_app, config):
    app = make_app(articles())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("a")  # the state file exists and the first verdict is stored
        flush(app.library.state)
        other = sqlite3.connect(config.state, timeout=0, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        try:
            await pilot.press("x")
            line = app.screen.query_one(SaveStatus)
            await wait_until(pilot, lambda: line.display)
            assert "Not saved, retrying" in str(line.render())
            assert "locked" in str(line.render())
            assert app.library.state.writer.pending  # not stored, and not said to be
            cursor = app.screen.source.cursor
            await pilot.press("J")  # the UI still answers keys while the write waits
            assert app.screen.source.cursor != cursor
            await pilot.press("question_mark")
            assert app.screen.__class__.__name__ == "HelpScreen"
            await pilot.press("escape")
            assert verdicts(config) == ["accepted"]
        finally:
            other.execute("COMMIT")
            other.close()
        await wait_until(pilot, lambda: app.library.state.writer.idle)
        await pilot.pause()
        assert verdicts(config) == ["accepted", "rejected"]
        await wait_until(pilot, lambda: not app.screen.query_one(SaveStatus).display)


async def test_read_only_state_one_line_and_reader_usable(make_app, config, monkeypatch):
    app = make_app(articles())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("R")  # creates the state file
        flush(app.library.state)
    # A file this user cannot write (simulated: the tests may run as root).
    monkeypatch.setattr("briefing.state.db._writable", lambda path: False)
    app = make_app(articles())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("a")
        flush(app.library.state)
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("read-only" in m for m in messages), messages
        assert all("\n" not in m for m in messages)
        assert app.screen.session.progress()[0] == 0  # not shown as done: it is not stored
        line = app.screen.query_one(SaveStatus)
        assert line.display and "nothing is saved" in str(line.render())
        await pilot.press("escape", "right_square_bracket")  # reading still works
        assert app.screen.index == 1
