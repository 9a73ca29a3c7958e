"""State export/import (YAML): round trip, merge by anchor, corrupt and foreign files, CLI."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
import yaml

from briefing.config import Config
from briefing.state import cli
from briefing.state.store import ReviewStore, StateError
from briefing.state.transfer import SCHEMA, export_state, import_state
from tests.test_state_store import TEXT, make_article


def _fields(store: ReviewStore) -> list[tuple]:
    return [
        (i.anchor, i.verdict, i.note, i.reviewer, i.at, i.added, i.removed) for i in store.items()
    ]


@pytest.fixture
def filled(tmp_path: Path) -> ReviewStore:
    art = make_article(TEXT)
    other = make_article("Unicode \u201cquotes\u201d stay intact. Second line here.", "b/c")
    store = ReviewStore.open(tmp_path / "a.db", "ana")
    store.set_verdict(art, 0, "accepted")
    store.set_note(art, 0, "multi\nline: note # not a comment")
    store.set_verdict(art, 3, "flagged")
    store.add_key_point(art, 2)
    store.set_note(other, 0, "caf\u00e9 \u2014 ok")
    store.mark_read("desk/story")
    store.mark_read("b/c", False)
    yield store
    store.close()


def test_round_trip_and_determinism(filled: ReviewStore, tmp_path: Path) -> None:
    out = tmp_path / "state.yaml"
    assert export_state(filled, out) == 4
    first = out.read_bytes()
    export_state(filled, out)
    assert out.read_bytes() == first
    doc = yaml.safe_load(first)
    assert doc["schema"] == SCHEMA
    assert all("#" in key for key in doc["items"])
    with ReviewStore.open(tmp_path / "b.db", "ben") as other:
        report = import_state(other, out)
        assert (report.added, report.updated, report.kept, report.reads) == (4, 0, 0, 2)
        assert _fields(other) == _fields(filled)
        assert other.reads() == filled.reads()
        again = tmp_path / "again.yaml"
        export_state(other, again)
        assert again.read_bytes() == first
        report = import_state(other, out)
        assert (report.added, report.updated, report.kept, report.reads) == (0, 0, 4, 0)


def test_merge_newer_wins(filled: ReviewStore, tmp_path: Path) -> None:
    out = tmp_path / "state.yaml"
    export_state(filled, out)
    doc = yaml.safe_load(out.read_text("utf-8"))
    keys = sorted(doc["items"])
    newer, older = doc["items"][keys[0]], doc["items"][keys[1]]
    newer.update(note="from the laptop", reviewer="ben", at="2099-01-01T00:00:00.000Z")
    older.update(note="stale", at="2000-01-01T00:00:00.000Z")
    doc["read"]["b/c"] = {"read": True, "at": "2099-01-01T00:00:00.000Z"}
    out.write_text(yaml.safe_dump(doc, allow_unicode=True), "utf-8")
    report = import_state(filled, out)
    assert (report.added, report.updated, report.kept, report.reads) == (0, 1, 3, 1)
    items = {i.anchor.key: i for i in filled.items()}
    assert (items[keys[0]].note, items[keys[0]].reviewer) == ("from the laptop", "ben")
    assert items[keys[1]].note != "stale"
    assert filled.read_ids() == {"desk/story", "b/c"}


@pytest.mark.parametrize(
    "content",
    [
        "items: [unclosed\n",
        "title: My briefing\nsources: [a.txt]\n",
        "- just\n- a list\n",
        f"schema: {SCHEMA}\nitems: [1, 2]\n",
        "\x00\x01binary",
    ],
)
def test_foreign_or_corrupt_export_is_refused(
    filled: ReviewStore, tmp_path: Path, content: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, "utf-8")
    before = _fields(filled)
    with pytest.raises(StateError) as info:
        import_state(filled, path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)
    assert path.read_text("utf-8") == content
    assert _fields(filled) == before


def test_bad_entry_rejects_whole_file(filled: ReviewStore, tmp_path: Path) -> None:
    out = tmp_path / "state.yaml"
    export_state(filled, out)
    doc = yaml.safe_load(out.read_text("utf-8"))
    key = sorted(doc["items"])[-1]
    doc["items"][key]["verdict"] = "maybe"
    doc["items"]["new/one#0123456789abcdef"] = dict(
        doc["items"][key], article="new/one", fingerprint="0123456789abcdef", verdict="accepted"
    )
    out.write_text(yaml.safe_dump(doc), "utf-8")
    with ReviewStore.open(tmp_path / "c.db", "cy") as empty:
        with pytest.raises(StateError, match="unknown verdict"):
            import_state(empty, out)
        assert empty.items() == []


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="briefing")
    cli.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_cli_export_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    art = make_article(TEXT)
    config = Config(path=None, base=tmp_path, state=tmp_path / "one.db", reviewer="ana")
    with ReviewStore.open(config.state, "ana") as store:
        store.set_verdict(art, 1, "rejected")
    out = tmp_path / "moved.yaml"
    assert cli.run(_parse(["state", "export", str(out)]), config) == 0
    assert "exported 1 review items" in capsys.readouterr().out
    target = Config(path=None, base=tmp_path, state=tmp_path / "two.db", reviewer="ben")
    assert cli.run(_parse(["state", "import", str(out)]), target) == 0
    assert "1 added" in capsys.readouterr().out
    with ReviewStore.open(target.state, "ben") as store:
        assert store.item_at(art, 1).verdict == "rejected"
    foreign = tmp_path / "foreign.yaml"
    foreign.write_text("hello: world\n")
    assert cli.run(_parse(["state", "import", str(foreign)]), target) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a briefing state export" in err
    assert cli.run(_parse(["state", "import", str(tmp_path / "missing.yaml")]), target) == 2
    assert "cannot read" in capsys.readouterr().err


def test_cli_refuses_foreign_state_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "state.db"
    db.write_text("not a database")
    config = Config(path=None, base=tmp_path, state=db, reviewer="ana")
    assert cli.run(_parse(["state", "export", str(tmp_path / "x.yaml")]), config) == 2
    assert "not a briefing state file" in capsys.readouterr().err
    assert db.read_text() == "not a database"
    assert not (tmp_path / "x.yaml").exists()


def test_import_reads_the_file_once_with_the_bounded_loader(
    filled: ReviewStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "state.yaml"
    export_state(filled, out)

    def unbounded(*args: object, **kwargs: object) -> None:
        raise AssertionError("state import must not use yaml.safe_load (unbounded, slow)")

    monkeypatch.setattr(yaml, "safe_load", unbounded)
    monkeypatch.setattr(yaml, "load", unbounded)
    with ReviewStore.open(tmp_path / "b.db", "ben") as other:
        assert import_state(other, out).added == 4
