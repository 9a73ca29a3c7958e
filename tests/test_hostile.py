"""Hostile inputs through the loader, analysis, both exports, ``show`` and ``check``.

Every case of issue 10's "Why" that lives in the core: special files in a source
folder, escape sequences in front matter and file names, alias bombs and deep
nesting, UTF-16, zero-width characters, files that vanish mid-load. Each case must
give a clear per-file message, leave the other articles intact, put no control
character in any output, and finish in bounded time (generous bounds).
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

from briefing.clean import UNSAFE
from briefing.cli import main
from briefing.config import load_config
from briefing.load import Loader
from briefing.model import LoadError
from tests.conftest import SEED

ESC_TITLE = '"T \\e]0;PWNED\\a \\e]52;c;UFdORUQ=\\a \\ec"'
_BODY = "NATO allies met in Washington on Tuesday. They agreed on a plan for Ukraine.\n"


def _bomb(levels: int = 9) -> str:
    lines = ['l0: &l0 ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, levels + 1):
        ref = ",".join([f"*l{i - 1}"] * 9)
        lines.append(f"l{i}: &l{i} [{ref}]")
    return "\n".join(lines) + "\n"


def hostile_folder(root: Path) -> Path:
    """A folder with one good article and one of every hostile file."""
    src = root / "src"
    src.mkdir()
    (src / "good.txt").write_text(SEED.read_text("utf-8"), "utf-8")
    os.mkfifo(src / "pipe.txt")
    os.symlink("/dev/zero", src / "zero.txt")
    (src / "escape.md").write_text(f"---\ntitle: {ESC_TITLE}\n---\n{_BODY}", "utf-8")
    (src / "bomb.md").write_text(f"---\n{_bomb()}title: *l9\n---\n{_BODY}", "utf-8")
    (src / "deep.md").write_text("---\ntitle: " + "[" * 3000 + "]" * 3000 + f"\n---\n{_BODY}")
    (src / ("name\x1b]0;X\x07\x1b[2J.txt")).write_text("Named\n\n" + _BODY, "utf-8")
    text = "Wide title\n\n" + _BODY
    (src / "bom16.txt").write_bytes(text.encode("utf-16"))
    (src / "nobom16.txt").write_bytes(text.encode("utf-16-le"))
    (src / "zw.txt").write_text("Zero\u200bwidth\n\nNA\u200bTO allies met\u202e in Washington.\n")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (src / "empty.txt").write_bytes(b"")
    return src


def _unsafe(text: str) -> list[str]:
    return sorted({repr(c) for c in UNSAFE.findall(text)})


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFING_DEBUG", raising=False)
    (tmp_path / "config.yaml").write_text("sources: [src]\nstate: st/state.db\n")
    return hostile_folder(tmp_path)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    start = time.monotonic()
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert time.monotonic() - start < 60, f"{argv} took too long"
    return code, out, err


def test_json_export_of_a_hostile_folder(folder, capsys):
    code, out, err = _run(capsys, "export", "-f", "json")
    assert code == 1, err
    data = json.loads(out)
    titles = {a["path"]: a["title"] for a in data["articles"]}
    errors = {e["path"]: e["reason"] for e in data["errors"]}
    assert "src/good.txt" in titles  # the others load
    assert errors["src/pipe.txt"] == "not a regular file (FIFO); skipped"
    assert errors["src/zero.txt"] == "not a regular file (character device); skipped"
    assert "binary" in errors["src/binary.txt"] and errors["src/empty.txt"] == "empty file"
    assert titles["src/bom16.txt"] == titles["src/nobom16.txt"] == "Wide title"
    assert titles["src/zw.txt"] == "Zerowidth"
    assert "PWNED" in titles["src/escape.md"] and "\x1b" not in titles["src/escape.md"]
    bomb = next(a for a in data["articles"] if a["path"] == "src/bomb.md")
    assert any("front matter ignored" in w and "too many values" in w for w in bomb["warnings"])
    deep = next(a for a in data["articles"] if a["path"] == "src/deep.md")
    assert any("nested too deeply" in w for w in deep["warnings"])
    assert any(p.startswith("src/name") and "X" in p for p in titles)
    for text in [out, err, *_strings(data)]:
        assert not _unsafe(text), _unsafe(text)
    # stderr: one line per file that did not load
    assert len(err.strip().splitlines()) == len(data["errors"])


@pytest.mark.parametrize("command", [["export"], ["show"], ["check"]])
def test_markdown_show_and_check_stay_clean(folder, capsys, command):
    code, out, err = _run(capsys, *command)
    assert code == 1
    assert not _unsafe(out) and not _unsafe(err), (_unsafe(out), _unsafe(err))
    both = out + err
    assert "pipe.txt: not a regular file (FIFO)" in both
    assert "zero.txt: not a regular file (character device)" in both
    assert "PWNED" in both or command == ["check"]


def test_unreadable_subfolder_is_reported(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "src" / "locked").mkdir(parents=True)
    (tmp_path / "src" / "a.txt").write_text("Title\n\n" + _BODY)
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, out, err = _run(capsys, "export", "-f", "json", "src")
    assert code == 1
    data = json.loads(out)
    assert [a["path"] for a in data["articles"]] == ["src/a.txt"]
    assert "cannot read folder: Permission denied; skipped" in data["errors"][0]["reason"]
    assert "locked" in err and "Permission denied" in err


def test_a_file_deleted_mid_load_is_that_files_error(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("Title\n\n" + _BODY)
    config = load_config(None, require_sources=False)
    loader = Loader(config, [str(tmp_path)])
    (tmp_path / "b.txt").unlink()
    results = [loader.read(i) for i in range(len(loader))]
    assert isinstance(results[1], LoadError) and "No such file" in results[1].reason
    assert not isinstance(results[0], LoadError) and not isinstance(results[2], LoadError)


def test_any_failure_in_one_files_analysis_is_that_files_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFING_DEBUG", raising=False)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Title {name}\n\n" + _BODY)
    from briefing.analyse import Analyser

    real = Analyser.article

    def article(self, doc, **kw):
        if kw["path"].endswith("b.txt"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(self, doc, **kw)

    monkeypatch.setattr(Analyser, "article", article)
    code, out, err = _run(capsys, "export", "-f", "json", ".")
    data = json.loads(out)
    assert code == 1 and [a["path"] for a in data["articles"]] == ["a.txt"]
    assert data["errors"] == [{"path": "b.txt", "reason": "too complex to load (RecursionError)"}]


def test_no_article_loaded_exits_3(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    code, out, err = _run(capsys, "export", "-f", "json", "empty.txt")
    assert code == 3 and "no article loaded" in err


def test_quiet_and_verbose(folder, capsys):
    code, _, err = _run(capsys, "export", "-q", "-o", "out.md")
    assert code == 1 and err == ""
    code, _, err = _run(capsys, "export", "-v", "-o", "out2.md")
    assert code == 1 and "wrote out2.md" in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_output_pipe_is_not_success(tmp_path, jobs):
    import subprocess
    import sys

    for i in range(80):
        (tmp_path / f"s{i}.txt").write_text(SEED.read_text("utf-8"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing", "export", "-f", "json", "--jobs", jobs, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).parent.parent,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141, err
    assert "Traceback" not in err and "Exception ignored" not in err


def test_tags_without_front_matter_are_empty(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Title\n\n" + _BODY)
    (tmp_path / "b.md").write_text(f"---\ntags: solo\n---\n{_BODY}")
    (tmp_path / "c.md").write_text(f'---\ntags: [x, "\\e[31mred"]\n---\n{_BODY}')
    _, out, _ = _run(capsys, "export", "-f", "json", ".")
    tags = {a["path"]: a["tags"] for a in json.loads(out)["articles"]}
    assert tags == {"a.txt": [], "b.md": ["solo"], "c.md": ["x", "\u241b[31mred"]}


def test_markdown_front_matter_carries_url_byline_and_reviewers(tmp_path, monkeypatch, capsys):
    import yaml

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text(
        f"---\ntitle: A\nurl: https://example.com/a\nbyline: Ann Writer\n---\n{_BODY}"
    )
    _, out, _ = _run(capsys, "export", "a.md")
    head = yaml.safe_load(out.split("---\n")[1])
    assert head["sources"] == [
        {"path": "a.md", "url": "https://example.com/a", "byline": "Ann Writer"}
    ]
    assert "reviewed" not in head  # no state file: nothing to say
    from briefing.state import ReviewStore

    config = load_config(None, require_sources=False)
    ReviewStore.open(config.state, "ana").close()  # a state file with nothing reviewed
    _, out, _ = _run(capsys, "export", "a.md")
    head = yaml.safe_load(out.split("---\n")[1])
    assert head["reviewed"] is False and "reviewers" not in head


def test_markdown_escapes_only_what_commonmark_needs(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    # Not a dateline at the start: key points leave "WASHINGTON (CNN) --" out of their span.
    body = "Officials in WASHINGTON (CNN) -- AT&T said on Tuesday it would buy the firm for $3bn.\n"
    (tmp_path / "a.txt").write_text("Title\n\n" + body)
    _, out, _ = _run(capsys, "export", "a.txt")
    assert "WASHINGTON (CNN) -- AT&T said" in out
    assert "\\(" not in out and "\\&" not in out


def test_special_paths_are_refused_quickly(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    os.mkfifo(tmp_path / "fifo.yaml")
    for config in ("fifo.yaml", "/dev/zero"):
        code, _, err = _run(capsys, "check", "--config", config)
        assert code == 2 and "not a regular file" in err and len(err.splitlines()) == 1


def test_no_escape_in_state_messages(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Title\n\n" + _BODY)
    bad = tmp_path / "st\x1b[2J.yaml"
    bad.write_text("schema: nope\n")
    code, out, err = _run(capsys, "state", "import", str(bad))
    assert code == 2 and not _unsafe(err) and len(err.splitlines()) == 1
    assert re.search(r"st\u241b\[2J\.yaml: not a briefing state export", err)
