"""The parse cache: hits equal fresh parses, bad entries are rebuilt, size is bounded."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest

from briefing import cache
from briefing.cli import main
from briefing.config import load_config
from briefing.pipeline import Pipeline

from .conftest import SEED

HEADER = ["category", "title", "dek"]


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "briefing" / "articles.db"


def _pipeline(paths: list[Path], **kw) -> Pipeline:
    return Pipeline(load_config(None, require_sources=False), [str(p) for p in paths], HEADER, **kw)


def _entries(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        conn.close()


def test_hit_equals_fresh_parse(tmp_path: Path, own_cache: Path) -> None:
    fresh = _pipeline([SEED], cache=False).load(0)
    first = _pipeline([SEED])
    assert first.load(0) == fresh
    first.close()
    assert _entries(own_cache) == 1
    again = _pipeline([SEED])
    hit = again.load(0)
    assert again.cache is not None and again.cache.hits == 1
    assert hit == fresh  # every field, spans included
    assert hit.file == str(SEED) and len(hit.digest) == 32


def test_moved_file_hits_with_its_new_location(tmp_path: Path, own_cache: Path) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    first = _pipeline([tmp_path / "a.txt"])
    first.load(0)
    first.close()
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").rename(tmp_path / "sub" / "b.txt")
    moved = _pipeline([tmp_path / "sub" / "b.txt"])
    article = moved.load(0)
    assert moved.cache is not None and moved.cache.hits == 1
    assert article.file == str(tmp_path / "sub" / "b.txt")
    assert article.path.endswith("sub/b.txt") and article.id.endswith("sub/b")


def test_edit_and_settings_change_the_key(tmp_path: Path, own_cache: Path) -> None:
    target = tmp_path / "a.txt"
    shutil.copy(SEED, target)
    _pipeline([target]).load(0)
    target.write_text(SEED.read_text("utf-8") + "\nOne more line of text here.\n", "utf-8")
    edited = _pipeline([target])
    assert "One more line" in edited.load(0).text
    assert edited.cache is not None and edited.cache.hits == 0
    other = Pipeline(load_config(None, require_sources=False), [str(target)], ["title"])
    assert other.load(0).title != edited.load(0).title
    assert other.cache is not None and other.cache.hits == 0


def test_corrupt_entry_is_rebuilt(own_cache: Path) -> None:
    first = _pipeline([SEED])
    fresh = first.load(0)
    first.close()
    conn = sqlite3.connect(own_cache)
    conn.execute("UPDATE entries SET data = ?", (b"\x80\x05garbage",))
    conn.commit()
    conn.close()
    again = _pipeline([SEED])
    assert again.load(0) == fresh
    again.close()
    third = _pipeline([SEED])
    assert third.load(0) == fresh and third.cache is not None and third.cache.hits == 1


def test_foreign_classes_are_refused() -> None:
    import pickle

    assert cache.loads(pickle.dumps(Path("/etc"))) is None
    assert cache.loads(b"not a pickle") is None


def test_corrupt_database_is_replaced(own_cache: Path) -> None:
    own_cache.parent.mkdir(parents=True)
    own_cache.write_bytes(b"this is not an SQLite database at all" * 100)
    pipe = _pipeline([SEED])
    fresh = pipe.load(0)
    pipe.close()
    assert _entries(own_cache) == 1
    assert _pipeline([SEED]).load(0) == fresh


def test_unusable_cache_dir_means_no_cache(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file where the folder should be
    pipe = _pipeline([SEED])
    assert pipe.load(0).title
    pipe.close()


def test_new_code_misses_and_stale_entries_are_dropped(own_cache: Path, monkeypatch) -> None:
    pipe = _pipeline([SEED])
    pipe.load(0)
    pipe.close()
    cache.code_version.cache_clear()
    monkeypatch.setattr(cache, "code_version", lambda: "another-version")
    pipe = _pipeline([SEED])
    pipe.load(0)  # the entry of the old code is not used
    assert pipe.cache is not None and pipe.cache.hits == 0
    pipe.close()  # ...and is deleted
    conn = sqlite3.connect(own_cache)
    codes = {r[0] for r in conn.execute("SELECT code FROM entries")}
    conn.close()
    assert codes == {"another-version"}


def test_size_is_bounded_oldest_first(own_cache: Path, monkeypatch) -> None:
    pipe = _pipeline([SEED])
    pipe.load(0)
    pipe.close()
    conn = sqlite3.connect(own_cache)
    blob = b"x" * 10_000
    conn.executemany(
        "INSERT INTO entries VALUES (?, ?, ?, ?, ?)",
        [(f"k{i}", cache.code_version(), blob, len(blob), float(i)) for i in range(100)],
    )
    conn.commit()
    conn.close()
    monkeypatch.setenv("BRIEFING_CACHE_MB", str(300_000 / 1024 / 1024))
    pipe = _pipeline([SEED])
    pipe.load(0)
    pipe.close()
    conn = sqlite3.connect(own_cache)
    total = conn.execute("SELECT sum(size) FROM entries").fetchone()[0]
    kept = {r[0] for r in conn.execute("SELECT key FROM entries")}
    conn.close()
    assert total <= 300_000
    assert "k0" not in kept and "k99" in kept  # the oldest went first


def test_cache_commands(own_cache: Path, capsys) -> None:
    pipe = _pipeline([SEED])
    pipe.load(0)
    pipe.close()
    assert main(["cache", "info"]) == 0
    out = capsys.readouterr().out
    assert str(own_cache) in out and "entries: 1" in out
    assert main(["cache", "clear"]) == 0
    assert not own_cache.exists()
    assert main(["cache", "info"]) == 0
    assert "entries: 0" in capsys.readouterr().out


def test_location_is_not_stored(own_cache: Path) -> None:
    pipe = _pipeline([SEED])
    pipe.load(0)
    pipe.close()
    conn = sqlite3.connect(own_cache)
    data = conn.execute("SELECT data FROM entries").fetchone()[0]
    conn.close()
    stored = cache.loads(data)
    assert stored is not None and stored.id == stored.path == stored.file == ""
    assert dataclasses.replace(stored, id="x").id == "x"


def test_items_of_one_mail_file_are_cached_and_identified_apart(tmp_path: Path) -> None:
    from .formats_data import mbox_of_three

    box = tmp_path / "inbox.mbox"
    box.write_bytes(mbox_of_three())
    config = load_config(None, require_sources=False)
    fresh = [a for a in Pipeline(config, [str(box)], cache=False) if not hasattr(a, "reason")]
    assert len(fresh) == 3 and len({a.text for a in fresh}) == 3
    first = Pipeline(config, [str(box)])
    list(first)
    first.close()
    again = Pipeline(config, [str(box)])
    cached = list(again)
    assert cached == fresh and again.cache is not None and again.cache.hits == 3
    assert len({a.file for a in cached}) == 3  # file, file#2, file#3: three review identities
