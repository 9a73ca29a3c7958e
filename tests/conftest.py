"""Shared fixtures: the repo root, the seed and a config writer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from briefing.model import Paragraph

# Keep the compiled-gazetteer cache of test runs out of the user's home directory.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="briefing-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bcd797a559c6a1d3.txt"


def lines_to_text(lines: list[str]) -> tuple[str, list[Paragraph]]:
    """Join ``lines`` with newlines; each non-blank line is a paragraph."""
    text = "\n".join(lines)
    paragraphs, pos = [], 0
    for line in lines:
        if line.strip():
            paragraphs.append(Paragraph(pos, pos + len(line)))
        pos += len(line) + 1
    return text, paragraphs


@pytest.fixture(autouse=True)
def _own_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test gets its own per-user state folder (review state is per user now)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("xdg-state")))


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


@pytest.fixture(scope="module")
def analyser():
    """The analyser with the default configuration (for tests that analyse written text)."""
    from briefing.analyse import Analyser
    from briefing.config import load_config

    return Analyser(load_config(None, require_sources=False))
