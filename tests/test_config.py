"""Config loading and validation: one clear line with file:line:col and key path."""

from __future__ import annotations

import pytest

from briefing.cli import main
from briefing.config import ConfigError, load_config

GOOD = """\
title: Test briefing
sources:
  - path: "*.txt"
    format: text
    header: [category, title, dek]
    date: 2024-07-10
keypoints: {count: 3}
actors:
  extra:
    - {name: NATO, kind: organization, aliases: [the alliance]}
state: .briefing/state.db
"""


def _config(write, text: str):
    write("a.txt", "Title\n\nBody text here.\n")
    return write("config.yaml", text)


def test_valid_config(write):
    cfg = load_config(_config(write, GOOD))
    assert cfg.title == "Test briefing"
    assert cfg.keypoints == 3
    assert cfg.sources[0].header == ("category", "title", "dek")
    assert cfg.sources[0].date == "2024-07-10"
    assert cfg.actors[0].aliases == ("the alliance",)
    assert cfg.state.name == "state.db" and cfg.state.is_absolute()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sourcse:\n  - path: '*.txt'\n", ":1:1: sourcse: unknown key (did you mean 'sources'?)"),
        (
            "sources:\n  - path: '*.txt'\n    fromat: text\n",
            ":3:5: sources[0].fromat: unknown key (did you mean 'format'?)",
        ),
        (
            "sources:\n  - path: '*.txt'\nkeypoints: {count: five}\n",
            ":3:20: keypoints.count: expected an integer, got a string",
        ),
        (
            "sources:\n  - path: nothing/*.md\n",
            ":2:11: sources[0].path: 'nothing/*.md' matches no file",
        ),
        (
            "sources:\n  - path: '*.txt'\n    format: docx\n",
            ":3:13: sources[0].format: 'docx' is not one of text, markdown, html, email, pdf",
        ),
        (
            "sources:\n  - path: '*.txt'\n    header: [title, deck]\n",
            ":3:21: sources[0].header[1]: 'deck' is not one of",
        ),
        ("sources: seeds\n", ":1:10: sources: expected a non-empty list of sources"),
        ("title: x\n", "sources: missing: list at least one source"),
        (
            "sources:\n  - path: '*.txt'\nactors:\n  extra:\n    - {name: X, kind: robot}\n",
            ":5:23: actors.extra[0].kind: 'robot' is not one of",
        ),
        (
            "sources:\n  - path: '*.txt'\nhighlight:\n  rules:\n    - {pattern: '(', style: red}\n",
            "highlight.rules[0].pattern: invalid regular expression",
        ),
        ("sources: [\n", "invalid YAML"),
        (
            "sources:\n  - path: '*.txt'\nx: !!python/object/apply:os.system ['echo hi']\n",
            "invalid YAML",
        ),
    ],
)
def test_config_errors(write, text, expected):
    path = _config(write, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(str(path))
    assert expected in message
    assert "\n" not in message


def test_missing_config(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.yaml")


@pytest.mark.parametrize("command", ["read", "export", "show", "check"])
def test_cli_config_error_exit_2_without_traceback(write, capsys, command):
    path = _config(write, "sources:\n  - path: '*.txt'\n    fromat: text\n")
    assert main([command, "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "did you mean 'format'" in err and "Traceback" not in err


def test_cli_missing_config_exit_2(tmp_path, capsys):
    assert main(["check", "--config", str(tmp_path / "missing.yaml")]) == 2
    assert "config file not found" in capsys.readouterr().err


def test_keys_and_highlight_validated(write):
    ok = load_config(
        _config(
            write,
            "sources: ['*.txt']\nkeys: {quit: Q, help: [h, f1]}\n"
            "highlight: {person: red, rules: [{pattern: 'NATO', "
            "style: bold}]}\n",
        )
    )
    assert ok.keys == {"quit": "Q", "help": "h,f1"}
    assert ok.highlight["person"] == "red"
    assert ok.highlight_rules[0].pattern == "NATO"
    with pytest.raises(ConfigError, match="keys.qiut: unknown key \\(did you mean 'quit'\\?\\)"):
        load_config(_config(write, "sources: ['*.txt']\nkeys: {qiut: x}\n"))


def test_one_key_may_serve_the_reader_and_the_review_screen(write):
    # `x` rejects in review mode; the reader may use it, but quit (live on both) may not.
    ok = load_config(_config(write, "sources: ['*.txt']\nkeys: {next_article: x}\n"))
    assert ok.keys == {"next_article": "x"}
    with pytest.raises(ConfigError, match="bound to both quit and review_reject"):
        load_config(_config(write, "sources: ['*.txt']\nkeys: {quit: x}\n"))
