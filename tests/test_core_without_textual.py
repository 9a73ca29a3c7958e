"""The core (everything but briefing.tui) never imports textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CORE = [
    "briefing",
    "briefing.model",
    "briefing.config",
    "briefing.keys",
    "briefing.load",
    "briefing.analyse",
    "briefing.export.json",
    "briefing.export.markdown",
    "briefing.export.terminal",
    "briefing.pipeline",
    "briefing.cli",
    "briefing.state",
]


def test_core_imports_without_textual(tmp_path):
    script = (
        "import sys, importlib\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "import briefing.state, pkgutil\n"
        "for m in pkgutil.walk_packages(briefing.state.__path__, 'briefing.state.'):\n"
        "    importlib.import_module(m.name)\n"
        "from briefing.cli import main\n"
        "main(['export', '--format', 'json', '-o', sys.argv[1], 'seeds/'])\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print('LOADED', bad)\n"
    )
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "out.json")],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "LOADED []" in out.stdout, out.stdout + out.stderr


def test_no_core_module_mentions_textual():
    root = Path(__file__).resolve().parent.parent / "briefing"
    offenders = [
        str(path)
        for path in root.rglob("*.py")
        if "tui" not in path.relative_to(root).parts
        and any(
            line.lstrip().startswith(("import textual", "from textual"))
            for line in path.read_text("utf-8").splitlines()
        )
    ]
    assert offenders == []
