"""Durability of the review screen: `briefing review` in a pseudo-terminal, SIGKILLed
right after keystrokes are confirmed on screen; every one of them is in the state file."""

from __future__ import annotations

import fcntl
import os
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from briefing.config import load_config
from briefing.pipeline import Pipeline
from briefing.state import ReviewStore

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_bcd797a559c6a1d3.txt"
ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[PX^_].*?\x1b\\|\x1b\][^\x07]*\x07|\x1b.")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")


class Terminal:
    """A child process on a 120x40 pseudo-terminal, with its screen output as text."""

    def __init__(self, args: list[str], cwd: Path) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
        env.pop("TEXTUAL", None)
        self.proc = subprocess.Popen(
            args,
            cwd=cwd,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            close_fds=True,
        )
        os.close(slave)
        self.raw = b""

    def text(self) -> str:
        return ANSI.sub("", self.raw.decode("utf-8", "replace"))

    def wait_for(self, needle: str, timeout: float = 30.0) -> None:
        """Read output until ``needle`` has been drawn (after the last :meth:`send`)."""
        deadline = time.monotonic() + timeout
        while needle not in self.text():
            left = deadline - time.monotonic()
            if left <= 0 or self.proc.poll() is not None:
                raise AssertionError(f"{needle!r} not shown; screen text:\n{self.text()[-2000:]}")
            ready, _, _ = select.select([self.master], [], [], min(left, 0.2))
            if ready:
                try:
                    self.raw += os.read(self.master, 65536)
                except OSError:
                    break

    def send(self, keys: bytes) -> None:
        self.raw = b""  # only what is drawn after these keys counts as confirmation
        os.write(self.master, keys)

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)
        os.close(self.master)


def test_sigkill_after_confirmed_keys_loses_nothing(tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    (tmp_path / "config.yaml").write_text(
        "sources:\n  - {path: '*.txt', format: text, header: [category, title, dek]}\n"
        "state: state/review.db\nreviewer: tester\nkeypoints: {count: 5}\n",
        "utf-8",
    )
    term = Terminal([sys.executable, "-m", "briefing", "review"], tmp_path)
    try:
        term.wait_for("0/5 reviewed")
        term.send(b"a")
        term.wait_for("1/5 reviewed")
        term.send(b"x")
        term.wait_for("2/5 reviewed")
        term.send(b"c")
        term.wait_for("ctrl+s saves")
        term.send(b"durable note")
        term.wait_for("durable note")
        term.send(b"\x13")  # ctrl+s
        term.wait_for("Note saved")
        term.send(b"f")
        term.wait_for("3/5 reviewed")
    finally:
        term.kill()
    assert term.proc.returncode == -signal.SIGKILL
    config = load_config(tmp_path / "config.yaml")
    article = next(iter(Pipeline(config)))
    with ReviewStore.open(config.state, "checker") as store:
        found = {i.sentence: i for i in store.reviews_for(article)}
        ok = store.conn.execute("PRAGMA integrity_check").fetchone()[0]
    ranked = [kp.sentence for kp in article.key_points]
    assert found[ranked[0]].verdict == "accepted"
    assert found[ranked[1]].verdict == "rejected"
    assert found[ranked[2]].verdict == "flagged"
    assert found[ranked[2]].note == "durable note"
    assert all(i.reviewer == "tester" for i in found.values())
    assert ok == "ok"
