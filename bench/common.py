"""Shared helpers for bench scripts: corpus location, skipping, JSON output."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("BRIEFING_CORPORA", ROOT.parent / "shared" / "corpora"))


def corpus(*parts: str) -> Path:
    """Path to a corpus folder; exit 0 with a clear message when it is absent."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        print(json.dumps({"skipped": f"corpus not found: {path} (set BRIEFING_CORPORA)"}))
        sys.exit(0)
    return path


def read_text(path: Path) -> str:
    """Read a corpus file as UTF-8, falling back to cp1252 (one BBC file needs it)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def f_measure(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (unrounded) from counts; 0 where undefined."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def emit(data: dict) -> None:
    """Print the figures as JSON."""
    print(json.dumps(data, indent=2, ensure_ascii=False))


def pin_one_core() -> None:
    """Run on one core, as the speed targets are stated per core."""
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass
