"""Review store: verdicts, notes, undo, read marks, durability, concurrency, migration."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.model import Article, Paragraph, Sentence
from briefing.state import migrate
from briefing.state.anchors import fingerprint
from briefing.state.store import ReviewStore, StateError, StateLocked

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def make_article(text: str, article_id: str = "desk/story") -> Article:
    """Build an article by hand: paragraphs split on blank lines, sentences on . ! ?"""
    paragraphs, sentences = [], []
    for p in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        paragraphs.append(Paragraph(p.start(), p.end()))
        for s in re.finditer(r"\S[^.!?]*[.!?]+", p.group()):
            sentences.append(
                Sentence(p.start() + s.start(), p.start() + s.end(), len(paragraphs) - 1)
            )
    return Article(
        id=article_id,
        path=f"{article_id}.txt",
        text=text,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
    )


def numbered(n: int, article_id: str = "desk/long") -> Article:
    """An article of ``n`` distinct sentences."""
    return make_article(
        " ".join(f"Sentence number {i} says something new." for i in range(n)), article_id
    )


TEXT = (
    "The council met on Monday. It approved the budget after a long debate.\n\n"
    "Critics said the plan cut services. The mayor rejected that claim."
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state" / "state.db"


def test_verdict_note_round_trip(db: Path) -> None:
    art = make_article(TEXT)
    with ReviewStore.open(db, "ana") as store:
        store.set_verdict(art, 1, "accepted")
        store.set_note(art, 1, "Checked against\nthe minutes.")
        store.set_verdict(art, 3, "flagged")
    with ReviewStore.open(db, "ben") as store:
        items = {i.sentence: i for i in store.reviews_for(art)}
        assert store.verdict_counts() == {"desk/story": 2}
    assert set(items) == {1, 3}
    assert items[1].verdict == "accepted"
    assert items[1].note == "Checked against\nthe minutes."
    assert items[1].reviewer == "ana"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", items[1].at)
    assert items[3].verdict == "flagged" and items[3].note == ""
    assert items[1].resolution.status == "exact"


def test_bad_verdict_rejected(db: Path) -> None:
    with ReviewStore.open(db, "ana") as store, pytest.raises(ValueError):
        store.set_verdict(make_article(TEXT), 0, "maybe")


def test_undo_restores_previous_values_in_order(db: Path) -> None:
    art = make_article(TEXT)
    with ReviewStore.open(db, "ana") as store:
        store.set_verdict(art, 0, "accepted")
        store.set_verdict(art, 0, "rejected")
        store.set_note(art, 0, "why")
        store.set_verdict(art, 2, "flagged")
        assert store.undo()  # flagged on 2 -> item gone
        assert store.item_at(art, 2) is None
        assert store.undo()  # note
        assert store.item_at(art, 0).note == ""
        assert store.item_at(art, 0).verdict == "rejected"
        assert store.undo()
        assert store.item_at(art, 0).verdict == "accepted"
        assert store.undo()
        assert store.item_at(art, 0) is None
        assert not store.undo()


def test_undo_is_per_session(db: Path) -> None:
    art = make_article(TEXT)
    with ReviewStore.open(db, "ana") as first, ReviewStore.open(db, "ben") as second:
        first.set_verdict(art, 0, "accepted")
        second.set_verdict(art, 1, "rejected")
        assert first.undo()
        assert not first.undo()
        assert second.item_at(art, 1).verdict == "rejected"
        assert second.item_at(art, 0) is None


def test_undo_never_reverts_another_sessions_write(db: Path) -> None:
    art = make_article(TEXT)
    with ReviewStore.open(db, "ana") as first, ReviewStore.open(db, "ben") as second:
        first.set_verdict(art, 0, "accepted")
        first.set_note(art, 0, "mine")
        second.set_verdict(art, 0, "rejected")
        assert first.undo()  # the note: nobody touched it since
        assert second.item_at(art, 0).note == ""
        assert first.undo()  # the verdict: ben changed it, so it stays
        item = second.item_at(art, 0)
        assert item is not None and item.verdict == "rejected"


def test_unchanged_value_is_not_an_undo_step(db: Path) -> None:
    art = make_article(TEXT)
    with ReviewStore.open(db, "ana") as store:
        store.set_verdict(art, 0, "accepted")
        store.set_verdict(art, 0, "accepted")
        assert store.undo()
        assert store.item_at(art, 0) is None


def test_added_key_points(db: Path) -> None:
    art = make_article(TEXT)
    with ReviewStore.open(db, "ana") as store:
        assert not store.remove_added(art, 2)
        item = store.add_key_point(art, 2)
        assert item.added and not item.removed
        assert store.remove_added(art, 2)
        item = store.item_at(art, 2)
        assert not item.added and item.removed
        assert store.undo()
        assert store.item_at(art, 2).added
        assert store.undo()
        assert store.item_at(art, 2) is None


def test_write_blocked_too_long_is_a_state_error(db: Path, monkeypatch) -> None:
    monkeypatch.setattr("briefing.state.db.RETRIES", 2)
    art = make_article(TEXT)
    with ReviewStore.open(db, "ana") as store:
        store.conn.execute("PRAGMA busy_timeout = 50")
        blocker = sqlite3.connect(db, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        with pytest.raises(StateLocked, match="locked by another process"):
            store.set_verdict(art, 0, "accepted")
        blocker.execute("ROLLBACK")
        blocker.close()
        assert store.item_at(art, 0) is None
        assert store.set_verdict(art, 0, "accepted").verdict == "accepted"


def test_read_state(db: Path) -> None:
    with ReviewStore.open(db, "ana") as store:
        assert not store.is_read("a")
        store.mark_read("a")
        store.mark_read("b")
        store.mark_read("b", False)
        assert store.is_read("a") and not store.is_read("b")
        assert store.read_ids() == {"a"}
        assert not store.undo()  # read marks are not review changes


def test_remember_and_recall(db: Path) -> None:
    with ReviewStore.open(db, "ana") as store:
        assert store.recall("position") is None
        store.remember("position", "desk/story:3")
        store.remember("format", "not the real format key")
    with ReviewStore.open(db, "ana") as store:
        assert store.recall("position") == "desk/story:3"
        store.remember("position", None)
        assert store.recall("position") is None


def test_creates_parent_folder_and_sets_ids(db: Path) -> None:
    ReviewStore.open(db, "ana").close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == migrate.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


# -- durability and concurrency ----------------------------------------------------------

WORKER = """
import sys, time
sys.path.insert(0, {root!r})
from tests.test_state_store import numbered
from briefing.state.store import ReviewStore
db, who, start, step, count, shared = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:7])
go = sys.argv[7] if len(sys.argv) > 7 else None
while go and not __import__("os").path.exists(go):
    time.sleep(0.001)
art = numbered({n} + shared)
store = ReviewStore.open(db, who, timeout=10)  # a batch writer may wait; the UI default is short
for k in range(count):
    i = start + k * step
    store.set_verdict(art, i, ("accepted", "rejected", "flagged")[i % 3])
    store.set_note(art, i, f"note {{i}} by {{who}}")
    if shared:
        store.add_key_point(art, {n} + k % shared)
    print("ok", i, flush=True)
store.mark_read(who)
print("done", flush=True)
"""


def _worker(
    db: Path,
    who: str,
    start: int,
    step: int,
    count: int,
    n: int,
    shared: int = 0,
    go: Path | None = None,
) -> subprocess.Popen:
    """Run WORKER: verdict + note on sentences start, start+step, ... of ``numbered(n + shared)``,
    and (if ``shared``) a user-added key point on one of the last ``shared`` sentences."""
    code = WORKER.format(root=str(ROOT), n=n)
    args = [PYTHON, "-c", code, str(db), who, str(start), str(step), str(count), str(shared)]
    if go is not None:
        args.append(str(go))
    return subprocess.Popen(
        args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_sigkill_loses_no_confirmed_write(db: Path) -> None:
    n = 400
    proc = _worker(db, "ana", 0, 1, n, n)
    confirmed = []
    while len(confirmed) < 25:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        confirmed.append(int(line.split()[1]))
    os.kill(proc.pid, signal.SIGKILL)
    rest, _ = proc.communicate()
    confirmed += [int(line.split()[1]) for line in rest.splitlines() if line.startswith("ok")]
    assert proc.returncode == -signal.SIGKILL
    assert len(confirmed) < n, "the worker finished before it was killed"
    art = numbered(n)
    with ReviewStore.open(db, "check") as store:
        items = {i.sentence: i for i in store.reviews_for(art)}
        for i in confirmed:
            assert items[i].verdict == ("accepted", "rejected", "flagged")[i % 3]
            assert items[i].note == f"note {i} by ana"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_two_processes_lose_nothing(db: Path, tmp_path: Path) -> None:
    n, each, shared = 400, 200, 10
    go = tmp_path / "go"
    procs = [
        _worker(db, "ana", 0, 2, each, n, shared, go),
        _worker(db, "ben", 1, 2, each, n, shared, go),
    ]
    time.sleep(0.3)
    go.touch()
    for proc in procs:
        out, err = proc.communicate(timeout=240)
        assert proc.returncode == 0, err
        assert out.splitlines()[-1] == "done"
    art = numbered(n + shared)
    with ReviewStore.open(db, "check") as store:
        items = store.reviews_for(art)
        assert store.read_ids() == {"ana", "ben"}
    assert len(items) == n + shared
    assert all(item.added and item.verdict is None for item in items[n:])
    for item in items[:n]:
        i = item.sentence
        who = "ana" if i % 2 == 0 else "ben"
        assert item.verdict == ("accepted", "rejected", "flagged")[i % 3]
        assert item.note == f"note {i} by {who}" and item.reviewer == who
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


# -- migration and foreign files ---------------------------------------------------------


def test_migration_from_v1_keeps_data_and_backs_up(db: Path) -> None:
    art = make_article(TEXT)
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db)
    conn.executescript(migrate.V1)
    sentence = art.sentences[1].text_of(art.text)
    conn.execute(
        "INSERT INTO verdicts VALUES (?, ?, 1, 'rejected', '2026-01-02T03:04:05.000Z')",
        (art.id, fingerprint(sentence)),
    )
    conn.commit()
    conn.close()
    with ReviewStore.open(db, "ana") as store:
        items = store.reviews_for(art)
        assert [(i.sentence, i.verdict, i.at) for i in items] == [
            (1, "rejected", "2026-01-02T03:04:05.000Z")
        ]
        store.set_note(art, 1, "still here")
    backup = db.with_name("state.db.bak-v1")
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrate.SCHEMA_VERSION
    conn.close()
    with ReviewStore.open(db, "ana") as store:
        item = store.item_at(art, 1)
        assert (item.verdict, item.note) == ("rejected", "still here")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT sentence, verdict FROM verdicts").fetchall() == [(1, "rejected")]
    old.close()


def _refused(path: Path) -> str:
    before = path.read_bytes()
    with pytest.raises(StateError) as info:
        ReviewStore.open(path, "ana")
    assert path.read_bytes() == before
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    return message


def test_text_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n- eggs\n")
    assert "not an SQLite database" in _refused(path)


def test_other_apps_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('format', 'something-else')")
    conn.commit()
    conn.close()
    assert "another application" in _refused(path)
    assert not path.with_name("other.db-wal").exists()


def test_corrupt_state_is_refused_and_untouched(db: Path) -> None:
    ReviewStore.open(db, "ana").close()
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page
    db.write_bytes(bytes(data))
    _refused(db)


def test_newer_schema_is_refused(db: Path) -> None:
    ReviewStore.open(db, "ana").close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert "newer" in _refused(db)
