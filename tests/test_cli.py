"""The command line: help, exit codes, exports, check, show."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from briefing.cli import main

from .conftest import ROOT


def run(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("command", ["read", "export", "show", "check"])
def test_help_for_every_command(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "--config" in capsys.readouterr().out


def test_top_level_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("read", "export", "show", "check"):
        assert command in out


def test_export_json_stdout_is_byte_identical():
    first, second = (
        run("export", "--format", "json", "seeds/"),
        run("export", "-f", "json", "seeds/"),
    )
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    data = json.loads(first.stdout)
    assert data["schema"] == "briefing/2" and len(data["articles"]) == 1


def test_export_markdown_to_file(tmp_path):
    out = tmp_path / "deep" / "brief.md"
    result = run("export", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text("utf-8").startswith('---\ntitle: "NATO summit briefing"')
    assert result.stdout == ""


def test_show_plain_when_piped():
    result = run("show")
    assert result.returncode == 0
    assert "Key points:" in result.stdout and "\x1b[" not in result.stdout
    assert "Jens Stoltenberg" in result.stdout


def test_read_without_terminal_falls_back_to_show():
    result = run()
    assert result.returncode == 0 and "Key points:" in result.stdout


def test_check_exit_codes(tmp_path):
    ok = run("check")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "1 article(s), 0 error(s), 0 warning(s)" in ok.stdout
    (tmp_path / "a.txt").write_bytes(b"Title\n\nCosts \xa3300.\n")
    (tmp_path / "config.yaml").write_text("sources: ['*.txt']\n")
    warn = run("check", cwd=tmp_path)
    assert warn.returncode == 1 and "cp1252" in warn.stdout
    (tmp_path / "b.txt").write_bytes(b"")
    err = run("check", cwd=tmp_path)
    assert err.returncode == 1 and "error: b.txt: empty file" in err.stdout  # README: 1
    (tmp_path / "a.txt").unlink()
    none = run("check", cwd=tmp_path)
    assert none.returncode == 3  # no article loaded


def test_bad_path_and_header_exit_2(tmp_path):
    missing = run("export", str(tmp_path / "nothing*.txt"))
    assert missing.returncode == 2 and "matches no file" in missing.stderr
    assert "Traceback" not in missing.stderr
    header = run("export", "--header", "title,deck", "seeds/")
    assert header.returncode == 2 and "unknown field 'deck'" in header.stderr


def test_export_with_a_bad_file_exits_1(tmp_path):
    (tmp_path / "good.txt").write_text("Title\n\nBody.\n")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00binary")
    result = run("export", "-f", "json", str(tmp_path))
    assert result.returncode == 1
    assert "bad.txt: binary file" in result.stderr
    assert len(json.loads(result.stdout)["articles"]) == 1


def test_no_sources_and_no_paths_exit_2(tmp_path):
    result = run("export", cwd=tmp_path)
    assert result.returncode == 2 and "no sources" in result.stderr


def test_export_to_a_fifo_is_refused_and_never_opened(tmp_path, monkeypatch, capsys):
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    monkeypatch.chdir(ROOT)
    # No reader on the FIFO: opening it for writing would block forever.
    assert main(["export", "-o", str(fifo)]) == 2
    assert "not a regular file (FIFO)" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.stat(fifo).st_mode), "the special file must not be replaced"


def test_check_counts_read_as_english(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nThe port reopened on Monday.\n")
    (tmp_path / "config.yaml").write_text("sources: ['*.txt']\n")
    result = run("check", cwd=tmp_path)
    assert "ok: a.txt: 1 paragraph, 1 sentence, 1 key point, 0 actors" in result.stdout
