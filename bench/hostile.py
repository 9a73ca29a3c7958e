"""Hostile inputs at size: time and peak memory of the real CLI, as JSON.

Generated inputs only (no corpus needed): 100,000 near-identical paragraphs, a one-line
article at the 5 MB cap (~170,000 sentences), a YAML alias bomb in front matter, a
12 MB state import, and the seed export as the baseline measured in the same run.
Each case runs in its own process; ``ratio`` is its wall time over the seed's.

    python bench/hostile.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_bcd797a559c6a1d3.txt"
DRIVER = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from briefing.cli import main
start = time.perf_counter()
code = main(sys.argv[1:])
print(json.dumps({{"code": code, "seconds": round(time.perf_counter() - start, 2),
    "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}}),
    file=sys.stderr)
"""


def _run(folder: Path, *argv: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", DRIVER.format(root=str(ROOT)), *argv, "-q"],
        cwd=folder,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=900,
    )
    return json.loads(proc.stderr.strip().splitlines()[-1])


def _state_file(path: Path, size: int) -> int:
    from briefing.state.anchors import Anchor

    out, total, i = ["schema: briefing-state/1", "items:"], 0, 0
    while total < size:
        text = f"sentence {i} about nato allies and china at the summit in washington today"
        a = Anchor("seed", f"{i:016x}", 0, text, i % 14, 0.5, text.capitalize())
        block = (
            f"  \"{a.key}\":\n    article: seed\n    fingerprint: '{i:016x}'\n"
            f"    occurrence: 0\n    text: {text}\n    sentence: {i % 14}\n    offset: 0.5\n"
            f"    quote: {a.quote}\n    verdict: flagged\n    note: note {i}\n"
            "    reviewer: ana\n    at: '2026-01-01T00:00:00.000Z'\n    added: false\n"
            "    removed: false"
        )
        out.append(block)
        total += len(block) + 1
        i += 1
    path.write_text("\n".join(out) + "\nread: {}\n")
    return i


def main() -> None:
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "seed.txt").write_text(SEED.read_text("utf-8"))
        (folder / "config.yaml").write_text("sources: [seed.txt]\nstate: st/state.db\n")
        paras = "\n".join(f"The council met again {i % 3}." for i in range(100_000))
        (folder / "paras.txt").write_text("Title\n\n" + paras + "\n")
        line = "".join(f"Mr. Smith said it was fine{i % 7}. " for i in range(170_000))
        (folder / "line.txt").write_text("Title\n\n" + line + "\n")
        bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
        bomb += [
            f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]"
            for p, c in zip("abcdefghi", "bcdefghij", strict=True)
        ]
        (folder / "bomb.md").write_text("---\n" + "\n".join(bomb) + "\ntitle: *j\n---\nNATO met.\n")
        items = _state_file(folder / "state.yaml", 12_000_000)
        seed = _run(folder, "export", "-f", "json", "seed.txt")
        cases = {
            "100k_identical_paragraphs": _run(folder, "export", "-f", "json", "paras.txt"),
            "one_line_5MB_170k_sentences": _run(folder, "export", "-f", "json", "line.txt"),
            "alias_bomb_front_matter": _run(folder, "export", "-f", "json", "bomb.md"),
            f"state_import_12MB_{items}_items": _run(folder, "state", "import", "state.yaml"),
        }
        for case in cases.values():
            case["ratio_to_seed"] = round(case["seconds"] / max(seed["seconds"], 0.01), 1)
        print(json.dumps({"seed_export": seed, **cases}, indent=2))


if __name__ == "__main__":
    main()
