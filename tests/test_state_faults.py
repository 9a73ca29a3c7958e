"""The state-fault matrix: a bad state file never stops an export; import refuses it cleanly.

Faults: corrupt, truncated, foreign, newer schema, read-only, locked, a directory, a
device. ``export`` carries on without review state with one warning line and exit 1
(a read-only file is simply read); ``state import`` gives one precise line, exit 2,
and leaves the file as it was.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from briefing.clean import UNSAFE
from briefing.cli import main
from briefing.config import load_config
from briefing.pipeline import Pipeline
from briefing.state import ReviewStore, StateError, StateLocked, StateReadOnly
from briefing.state.db import refuse_special
from tests.conftest import SEED

FAULTS = ("corrupt", "truncated", "foreign", "newer", "readonly", "locked", "directory", "device")
EXPECT = {
    "corrupt": "corrupt state file",
    "truncated": "corrupt state file",
    "foreign": "not a briefing state file",
    "newer": "newer than this briefing",
    "readonly": "read-only",
    "locked": "locked by another process",
    "directory": "not a regular file (directory)",
    "device": "not a regular file (character device)",
}


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seed.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    (tmp_path / "config.yaml").write_text("sources: [seed.txt]\nstate: st/state.db\n")
    return tmp_path


def _reviewed(project: Path) -> Path:
    config = load_config(project / "config.yaml")
    article = Pipeline(config).briefing().articles[0]
    with ReviewStore.open(config.state, "ana") as store:
        store.set_verdict(article, article.key_points[0].sentence, "flagged")
        store.set_note(article, article.key_points[0].sentence, "check this")
    conn = sqlite3.connect(config.state)
    conn.execute("PRAGMA journal_mode = DELETE")  # fold the WAL into the main file
    conn.close()
    return config.state


class _Locker:
    """Hold an exclusive lock on a database from another connection (and thread)."""

    def __init__(self, path: Path, exclusive: bool = True) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        if exclusive:  # readers are locked out too (rollback-journal file)
            self.conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        self.conn.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")
        self.conn.execute("UPDATE meta SET value = value")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def make_fault(project: Path, kind: str, monkeypatch) -> tuple[Path, _Locker | None]:
    db = project / "st" / "state.db"
    locker = None
    if kind in ("corrupt", "truncated", "newer", "readonly", "locked"):
        _reviewed(project)
    if kind == "corrupt":
        with db.open("r+b") as fh:
            fh.seek(4096)
            fh.write(b"\xff" * 4096)
    elif kind == "truncated":
        data = db.read_bytes()
        db.write_bytes(data[: len(data) // 2 + 100])
    elif kind == "foreign":
        db.parent.mkdir()
        conn = sqlite3.connect(db)
        conn.execute("CREATE TABLE songs (title TEXT)")
        conn.commit()
        conn.close()
    elif kind == "newer":
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
        conn.close()
    elif kind == "readonly":
        real = os.access
        folder = str(db.parent)

        def access(path, mode, *args, **kw):  # root ignores file modes: pretend we are not
            if mode & os.W_OK and str(path).startswith(folder):
                return False
            return real(path, mode, *args, **kw)

        monkeypatch.setattr(os, "access", access)
    elif kind == "locked":
        monkeypatch.setattr("briefing.state.db.BUSY_TIMEOUT", 0.2)  # keep the suite quick
        locker = _Locker(db)
    elif kind == "directory":
        db.mkdir(parents=True)
    elif kind == "device":
        db.parent.mkdir()
        os.symlink("/dev/zero", db)
    return db, locker


def _digest(db: Path) -> str:
    if not db.is_file():
        return os.path.realpath(db)
    return hashlib.sha256(db.read_bytes()).hexdigest()


@pytest.mark.parametrize("kind", FAULTS)
def test_export_never_stops_on_a_bad_state_file(project, kind, monkeypatch, capsys):
    db, locker = make_fault(project, kind, monkeypatch)
    before = _digest(db)
    try:
        start = time.monotonic()
        code = main(["export", "-f", "json"])
        elapsed = time.monotonic() - start
    finally:
        if locker:
            locker.release()
    out, err = capsys.readouterr()
    assert '"schema": "briefing/2"' in out and '"title": "NATO' in out
    assert elapsed < 20, "a locked state file must not block the export for long"
    assert not UNSAFE.search(err)
    if kind == "readonly":  # read, not called corrupt
        assert code == 0 and err == "" and '"verdict": "flagged"' in out
    else:
        assert code == 1
        assert len(err.splitlines()) == 1, err
        assert EXPECT[kind] in err and "exported without review state" in err
        assert '"review"' not in out
    assert _digest(db) == before, "the state file must be left as it was"


@pytest.mark.parametrize("kind", FAULTS)
def test_import_refuses_a_bad_state_file_in_one_line(project, kind, monkeypatch, capsys):
    good = project / "good.yaml"
    other = project / "other"
    other.mkdir()
    (other / "config.yaml").write_text("sources: [../seed.txt]\nstate: state.db\n")
    _reviewed(other)
    assert main(["state", "export", str(good), "--config", str(other / "config.yaml")]) == 0
    capsys.readouterr()
    db, locker = make_fault(project, kind, monkeypatch)
    before = _digest(db)
    try:
        code = main(["state", "import", str(good)])
    finally:
        if locker:
            locker.release()
    out, err = capsys.readouterr()
    assert code == 2 and len(err.splitlines()) == 1, err
    assert EXPECT[kind] in err, err
    assert _digest(db) == before


def test_dev_null_as_state_is_refused_without_touching_it():
    with pytest.raises(StateError, match="not a regular file"):
        refuse_special(Path("/dev/null"))
    assert not os.path.exists("/dev/null-journal")


def test_dangling_symlink_as_state_is_refused(tmp_path):
    link = tmp_path / "state.db"
    link.symlink_to(tmp_path / "gone.db")
    with pytest.raises(StateError, match="dangling symlink"):
        refuse_special(link)
    assert not (tmp_path / "gone.db").exists()


def test_state_file_created_by_another_process_meanwhile_is_used(tmp_path, monkeypatch):
    """Between our stat (nothing there) and the next look, another process created it."""
    db = tmp_path / "state.db"
    real = os.stat

    def stat(path, *args, **kw):
        if Path(path) == db and not hasattr(stat, "done"):
            stat.done = True  # type: ignore[attr-defined]
            db.write_bytes(b"")
            raise FileNotFoundError(path)
        return real(path, *args, **kw)

    monkeypatch.setattr(os, "stat", stat)
    refuse_special(db)  # a regular file now: no error
    assert db.is_file()


def test_locked_store_fails_fast_with_a_clear_type(project):
    db = _reviewed(project)
    config = load_config(project / "config.yaml")
    article = Pipeline(config).briefing().articles[0]
    with ReviewStore.open(db, "ben") as store:
        locker = _Locker(db, exclusive=False)  # another writer holds the write lock
        try:
            start = time.monotonic()
            with pytest.raises(StateLocked):
                store.set_verdict(article, article.key_points[1].sentence, "accepted")
            assert time.monotonic() - start < 10  # was 5 s x 6 retries (31 s)
        finally:
            locker.release()


def test_read_only_store_reads_and_refuses_writes(project, monkeypatch):
    db, _ = make_fault(project, "readonly", monkeypatch)
    config = load_config(project / "config.yaml")
    article = Pipeline(config).briefing().articles[0]
    with ReviewStore.open(db, "ben") as store:
        assert store.readonly
        assert [i.verdict for i in store.reviews_for(article)] == ["flagged"]
        with pytest.raises(StateReadOnly, match="read-only"):
            store.set_verdict(article, article.key_points[1].sentence, "accepted")


def test_two_threads_one_locked_file_never_hang(project):
    """A store write under another process's lock returns (error) instead of waiting."""
    db = _reviewed(project)
    config = load_config(project / "config.yaml")
    article = Pipeline(config).briefing().articles[0]
    locker = _Locker(db)
    errors: list[Exception] = []

    def write() -> None:
        try:
            with ReviewStore.open(db, "ben") as store:
                store.set_verdict(article, 0, "accepted")
        except StateError as exc:
            errors.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    thread.join(timeout=15)
    locker.release()
    assert not thread.is_alive() and errors and isinstance(errors[0], StateLocked)
