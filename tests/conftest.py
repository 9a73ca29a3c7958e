"""Shared fixtures: the repo root, the seed and a config writer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Keep the compiled-gazetteer cache of test runs out of the user's home directory.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="briefing-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bcd797a559c6a1d3.txt"


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def write(tmp_path: Path):
    """Write a file under tmp_path (text or bytes) and return its path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
