"""Streaming JSON export, worker processes and the single folder scan."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from briefing import cli, load
from briefing.config import load_config
from briefing.export.json import export_json
from briefing.export.stream import load_briefing, write_json
from briefing.pipeline import Pipeline

from .conftest import ROOT, SEED

HEADER = ["category", "title", "dek"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Six articles (the seed under other names, one edited) and two files that fail."""
    base = tmp_path / "news"
    base.mkdir()
    (base / "0-empty.txt").write_text("")
    text = SEED.read_text("utf-8")
    for i in range(6):
        extra = f"\nParagraph {i} adds a sentence about Brussels and the summit.\n" if i else ""
        (base / f"{i + 1}.txt").write_text(text + extra, "utf-8")
    (base / "7.txt").write_bytes(b"\x00\x01binary")
    return base


def _pipeline(paths: list[Path]) -> Pipeline:
    return Pipeline(load_config(None, require_sources=False), [str(p) for p in paths], HEADER)


def _stream(pipeline: Pipeline, **kw) -> tuple[str, list]:
    out = io.StringIO()
    errors = write_json(pipeline, out, **kw)
    return out.getvalue(), errors


def test_pretty_stream_is_byte_identical_to_export_json(folder: Path) -> None:
    expected = export_json(_pipeline([folder]).briefing())  # indented, as before
    text, errors = _stream(_pipeline([folder]), pretty=True)
    assert text == expected
    assert [e.path.rsplit("/", 1)[-1] for e in errors] == ["0-empty.txt", "7.txt"]


def test_compact_stream_is_one_line_with_the_same_data(folder: Path) -> None:
    briefing = _pipeline([folder]).briefing()
    text, _ = _stream(_pipeline([folder]))
    assert text.count("\n") == 1 and text.endswith("}\n")
    assert json.loads(text) == json.loads(export_json(briefing))
    assert text == export_json(briefing, pretty=False)


def test_golden_seed_through_the_stream() -> None:
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        pipeline = Pipeline(load_config(ROOT / "config.yaml"))
        text, _ = _stream(pipeline, pretty=True)
    finally:
        os.chdir(old)
    assert text == (ROOT / "tests" / "golden" / "seed.json").read_text("utf-8")


def test_empty_and_error_only_briefings(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("")
    for pretty in (False, True):
        pipeline = _pipeline([tmp_path / "a.txt"])
        expected = export_json(pipeline.briefing(), pretty=pretty)
        assert _stream(_pipeline([tmp_path / "a.txt"]), pretty=pretty)[0] == expected


def test_two_jobs_give_the_same_bytes_in_order(folder: Path) -> None:
    one, _ = _stream(_pipeline([folder]), jobs=1)
    two, errors = _stream(_pipeline([folder]), jobs=2)
    assert one == two and len(errors) == 2
    ids = [a["id"] for a in json.loads(two)["articles"]]
    assert ids == sorted(ids, key=load.natural_key)
    briefing = load_briefing(_pipeline([folder]), jobs=2)
    assert [a.id for a in briefing.articles] == ids


def test_cli_export_jobs_and_pretty(folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.json"
    assert cli.main(["export", "-f", "json", "--jobs", "2", "-o", str(out), str(folder)]) == 1
    compact = out.read_text("utf-8")
    assert (
        cli.main(["export", "-f", "json", "--pretty", "--force", "-o", str(out), str(folder)]) == 1
    )
    pretty = out.read_text("utf-8")
    assert compact.count("\n") == 1 and pretty.count("\n") > 100
    assert json.loads(compact) == json.loads(pretty)
    md = tmp_path / "out.md"
    assert cli.main(["export", "-f", "md", "-j", "2", "-o", str(md), str(folder)]) == 1
    one = tmp_path / "one.md"
    assert cli.main(["export", "-f", "md", "-j", "1", "-o", str(one), str(folder)]) == 1
    assert md.read_text("utf-8") == one.read_text("utf-8")


def test_bad_jobs_value_is_a_usage_error(folder: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["export", "--jobs", "0", str(folder)])
    assert exc.value.code == 2


def test_default_jobs() -> None:
    assert cli.default_jobs(1) == 1
    assert 1 <= cli.default_jobs(10_000) <= (os.cpu_count() or 1)


def test_one_folder_scan_per_start(tmp_path: Path, monkeypatch, folder: Path) -> None:
    """PATH arguments plus a config whose sources name the same folder: one scan."""
    shutil.copy(SEED, folder / "seed.txt")
    config = tmp_path / "config.yaml"
    config.write_text(f"sources:\n  - path: '{folder}'\n    header: [category, title, dek]\n")
    calls: list[str] = []
    real = load._expand
    monkeypatch.setattr(load, "_expand", lambda p, *a: calls.append(p) or real(p, *a))
    args = cli.build_parser().parse_args(["export", "--config", str(config), str(folder)])
    pipeline = cli._loader(args, cli._config(args))
    assert calls == [str(folder)]
    # ... and the files the config names keep its layout (header: category, title, dek).
    index = [p.name for p, _ in pipeline.files].index("seed.txt")
    assert pipeline.files[index][1].header == ("category", "title", "dek")
    assert pipeline.load(index).title.startswith("NATO")


def test_unmatched_path_is_reported(tmp_path: Path, capsys) -> None:
    assert cli.main(["export", str(SEED), str(tmp_path / "nothing*.txt")]) == 2
    assert "nothing*.txt: matches no file" in capsys.readouterr().err


def test_config_glob_layout_without_scan(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / "a.txt")
    config = tmp_path / "config.yaml"
    config.write_text("sources:\n  - path: seeds/*.txt\n    header: [category, title, dek]\n")
    calls: list[str] = []
    real = load._expand
    monkeypatch.setattr(load, "_expand", lambda p, *a: calls.append(p) or real(p, *a))
    pipeline = Pipeline(load_config(config), [str(tmp_path / "seeds" / "a.txt")])
    assert len(calls) == 1 and pipeline.files[0][1].header == ("category", "title", "dek")
