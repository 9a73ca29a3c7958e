"""The safe reader/writer, bounded YAML, safe regexes, key names and the cleaning gate."""

from __future__ import annotations

import os
import stat
import time

import pytest

from briefing import yamlsafe
from briefing.clean import clean_line, clean_text, is_clean, visible
from briefing.config import ConfigError, load_config
from briefing.fileio import TooLargeError, UnsafePathError, read_bytes, write_text
from briefing.keys import key_problem
from briefing.regexsafe import problem

# -- writer ----------------------------------------------------------------------------


def test_write_keeps_mode_and_replaces_atomically(tmp_path):
    target = tmp_path / "out.md"
    target.write_text("old")
    target.chmod(0o640)
    write_text(target, "new")
    assert target.read_text() == "new" and stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.md"]  # no temp file left


def test_new_file_is_0666_minus_umask(tmp_path):
    old = os.umask(0o022)
    try:
        write_text(tmp_path / "new.md", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o644


def test_writer_refuses_special_files_and_symlinks(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    (tmp_path / "real").write_text("keep")
    os.symlink(tmp_path / "real", tmp_path / "link")
    for target, what in ((fifo, "FIFO"), (tmp_path / "link", "symlink")):
        with pytest.raises(UnsafePathError, match=f"not a regular file \\({what}\\)"):
            write_text(target, "x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and os.path.islink(tmp_path / "link")
    assert (tmp_path / "real").read_text() == "keep"
    with pytest.raises(UnsafePathError, match="use --force"):
        write_text(tmp_path / "real", "x", force=False)


# -- reader ----------------------------------------------------------------------------


def test_reader_caps_while_reading_and_never_opens_devices(tmp_path, monkeypatch):
    big = tmp_path / "big"
    big.write_bytes(b"x" * 101)
    assert read_bytes(big, 101) == b"x" * 101
    with pytest.raises(TooLargeError):
        read_bytes(big, 100)
    opened = []
    real = os.open
    monkeypatch.setattr(os, "open", lambda p, *a, **k: opened.append(p) or real(p, *a, **k))
    with pytest.raises(UnsafePathError, match="character device"):
        read_bytes("/dev/zero", 100)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(UnsafePathError, match="FIFO"):
        read_bytes(fifo, 100)
    assert opened == []


# -- bounded YAML ----------------------------------------------------------------------

LIMITS = yamlsafe.Limits(max_bytes=100_000, max_nodes=10_000, max_depth=20)


def test_alias_bomb_is_refused_fast():
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 12)]
    start = time.monotonic()
    with pytest.raises(yamlsafe.YAMLLimitError, match="aliases expand to over 10,000"):
        yamlsafe.load("\n".join(lines), LIMITS)
    assert time.monotonic() - start < 2


def test_depth_size_and_positions():
    with pytest.raises(yamlsafe.YAMLLimitError) as info:
        yamlsafe.load("a:\n  b: " + "[" * 50 + "]" * 50, LIMITS)
    assert info.value.line == 2 and "nested too deeply" in str(info.value)
    with pytest.raises(yamlsafe.YAMLLimitError, match="too large"):
        yamlsafe.load("x" * 100_001, LIMITS)
    assert yamlsafe.load("a: &x [1, 2]\nb: *x\n", LIMITS) == {"a": [1, 2], "b": [1, 2]}


def _config(tmp_path, text):
    (tmp_path / "a.txt").write_text("Title\n\nBody text here.\n")
    path = tmp_path / "config.yaml"
    path.write_text(text)
    return path


def test_config_bombs_deep_and_big_are_one_line_errors(tmp_path):
    bomb = "\n".join(
        ['x0: &x0 ["a","a","a","a","a","a","a","a","a"]']
        + [f"x{i}: &x{i} [" + ",".join([f"*x{i - 1}"] * 9) + "]" for i in range(1, 10)]
    )
    cases = {
        bomb + "\nsources: ['*.txt']\n": "too many values",
        "sources: " + "[" * 200 + "]" * 200 + "\n": ":1:",
        "title: '" + "x" * 1_100_000 + "'\n": "config too large",
    }
    for text, expected in cases.items():
        start = time.monotonic()
        with pytest.raises(ConfigError) as info:
            load_config(_config(tmp_path, text))
        assert expected in str(info.value) and "\n" not in str(info.value)
        assert time.monotonic() - start < 5


def test_config_aliases_used_legitimately_still_work(tmp_path):
    text = "sources: ['*.txt']\nhighlight:\n  person: &s bold red\n  group: *s\n"
    assert load_config(_config(tmp_path, text)).highlight["group"] == "bold red"
    bad = "sources: ['*.txt']\nhighlight:\n  person: &a {x: 1}\n  group: *a\n"
    with pytest.raises(ConfigError, match=r"config.yaml:3:\d+: highlight.person: expected a str"):
        load_config(_config(tmp_path, bad))


def test_config_strings_pass_the_gate(tmp_path):
    text = 'sources: [\'*.txt\']\ntitle: "T \\e]0;X\\a"\nreviewer: "ana\\e[2J"\n'
    config = load_config(_config(tmp_path, text))
    assert is_clean(config.title or "") and is_clean(config.reviewer)
    assert config.reviewer == "ana\u241b[2J"


# -- highlight rules and keys ----------------------------------------------------------


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(a|aa)*b", r"(\w+\s?)*$", r"(x)\1", "a" * 501])
def test_catastrophic_patterns_are_refused(tmp_path, pattern):
    assert problem(pattern)
    text = f"sources: ['*.txt']\nhighlight:\n  rules:\n    - {{pattern: '{pattern}'}}\n"
    with pytest.raises(ConfigError, match="highlight.rules"):
        load_config(_config(tmp_path, text))


@pytest.mark.parametrize("pattern", [r"\$[0-9.]+ ?(bn|m)", r"\bNATO\b", r"[A-Z]{2,}", r"(ab){3}"])
def test_safe_patterns_pass_and_run_fast(pattern):
    import re

    assert problem(pattern) is None
    start = time.monotonic()
    re.findall(pattern, "a" * 50_000 + "!")
    assert time.monotonic() - start < 2


def test_key_names_are_validated_and_quit_cannot_be_taken(tmp_path):
    for key in ("q", "ctrl+s", "question_mark", "f12", "shift+tab", "G", "?"):
        assert key_problem(key) is None, key
    for key in ("", "nonsense", "ctrl+", "hyperx+a", "two words"):
        assert key_problem(key), key
    for keys, expected in (
        ("{quit: nonsense}", "keys.quit: not a key name"),
        ("{quit: []}", "keys.quit: no key given"),
        ("{search: q}", "key 'q' is bound to both quit and search"),
    ):
        with pytest.raises(ConfigError, match=expected):
            load_config(_config(tmp_path, f"sources: ['*.txt']\nkeys: {keys}\n"))
    ok = load_config(_config(tmp_path, "sources: ['*.txt']\nkeys: {quit: [q, ctrl+q]}\n"))
    assert ok.keys["quit"] == "q,ctrl+q"


# -- the gate --------------------------------------------------------------------------


def test_gate_removes_or_shows_every_unsafe_character():
    raw = "a\x1b]0;T\x07b\x1b[31mc\x9b2Jd\u202ee\u200bf\x00g\x7fh\r\ni"
    assert clean_text(raw) == "a" + "b" + "c" + "d" + "e" + "f" + "g" + "h\ni"
    shown = visible(raw)
    assert len(shown) == len(raw) and is_clean(shown)
    assert "\n" not in clean_line("x\ny\tz") and is_clean(clean_line(raw))
