"""Run `briefing export --format json` over the seed and the real corpora and check the
briefing/2 schema and the offset invariant for every part of every article.

Usage: python bench/export_corpora.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import jsonschema

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CORPORA, ROOT, emit  # noqa: E402

SCHEMA = json.loads((ROOT / "briefing/export/briefing-2.schema.json").read_text("utf-8"))
LAYOUTS = {
    "seed": (ROOT / "seeds", "*.txt", "[category, title, dek]"),
    "bbc": (CORPORA / "bbc" / "News Articles", "*/*.txt", "[title]"),
    "cnn": (CORPORA / "cnn" / "articles", "*.txt", "[]"),
    "newspaper": (CORPORA / "newspaper" / "text", "*", None),
}


def violations(article: dict) -> list[str]:
    """Offset invariant problems in one exported article."""
    text, out = article["text"], []
    n = len(text)

    def bad(kind: str, item: dict) -> None:
        out.append(f"{article['id']}: {kind} {item.get('start')}-{item.get('end')}")

    paragraphs = article["paragraphs"]
    for p in paragraphs:
        if (
            not (0 <= p["start"] < p["end"] <= n)
            or text[p["start"] : p["end"]].strip() != text[p["start"] : p["end"]]
        ):
            bad("paragraph", p)
    previous = 0
    for s in article["sentences"]:
        p = paragraphs[s["paragraph"]]
        if not (p["start"] <= s["start"] < s["end"] <= p["end"]) or s["start"] < previous:
            bad("sentence", s)
        previous = s["end"]
    sections = article["sections"]
    if n and (not sections or sections[0]["start"] != 0 or sections[-1]["end"] != n):
        out.append(f"{article['id']}: sections do not tile the body")
    for a, b in zip(sections, sections[1:], strict=False):
        if a["end"] != b["start"]:
            bad("section", b)
    for k in article["key_points"]:
        s = article["sentences"][k["sentence"]]
        # Within its sentence (a list marker or dateline before it is left out), text equal.
        inside = s["start"] <= k["start"] < k["end"] <= s["end"]
        if not inside or text[k["start"] : k["end"]] != k["text"]:
            bad("key point", k)
    for actor in article["actors"]:
        for m in actor["mentions"]:
            if text[m["start"] : m["end"]] != m["text"]:
                bad("mention", m)
    return out


def main() -> None:
    results = {}
    for name, (folder, pattern, header) in LAYOUTS.items():
        if not folder.exists():
            results[name] = {"skipped": f"not found: {folder}"}
            continue
        with tempfile.TemporaryDirectory() as tmp:
            cfg = Path(tmp) / "config.yaml"
            line = f"sources:\n  - path: '{folder}/{pattern}'\n"
            if header is not None:
                line += f"    header: {header}\n"
            cfg.write_text(line)
            start = time.perf_counter()
            run = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "briefing",
                    "export",
                    "--format",
                    "json",
                    "--config",
                    str(cfg),
                ],
                capture_output=True,
                text=True,
            )
            seconds = time.perf_counter() - start
        data = json.loads(run.stdout)
        jsonschema.validate(data, SCHEMA)
        problems = [v for a in data["articles"] for v in violations(a)]
        results[name] = {
            "exit_code": run.returncode,
            "articles": len(data["articles"]),
            "load_errors": data["errors"],
            "warnings": sum(len(a["warnings"]) for a in data["articles"]),
            "schema_valid": True,
            "offset_violations": len(problems),
            "examples": problems[:5],
            "seconds": round(seconds, 2),
        }
    emit(results)


if __name__ == "__main__":
    main()
