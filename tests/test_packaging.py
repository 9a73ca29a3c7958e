"""The wheel carries everything the installed program reads at run time."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_carries_data_files(tmp_path: Path) -> None:
    # Build from a copy so the work tree gets no build/ or egg-info residue.
    src = tmp_path / "src"
    shutil.copytree(
        ROOT / "briefing", src / "briefing", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(src),
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "--disable-pip-version-check",
            "-w",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    [wheel] = tmp_path.glob("briefing-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = {
        p.relative_to(ROOT).as_posix()
        for pattern in ("*.tcss", "*.yaml", "*.schema.json")
        for p in (ROOT / "briefing").rglob(pattern)
    }
    assert sources, "no data files found in the source tree"
    assert sources <= names, sorted(sources - names)
    assert "briefing/tui/app.tcss" in names
    assert any(n.endswith("gazetteer.yaml") for n in names)
    assert any(n.endswith(".schema.json") for n in names)
    assert "briefing/cli.py" in names
