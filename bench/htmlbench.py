"""HTML extraction: token P/R/F1 vs the Zyte benchmark and WCXB, metadata, speed, cache.

Dev/test halves: a page is dev when ``int(sha1(name).hexdigest(), 16) % 2 == 0``.
Compares our loader (``briefing.load.html``) with trafilatura called directly and a
"strip all tags" baseline in the same run. Speed: a folder of ``--pages`` copies of the
benchmark pages, cold extraction with all cores (process pool) vs a warm reopen from
the cache, against the same number of ``.txt`` articles (the extracted texts).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

# Keep bench/ off sys.path so no bench module can shadow the standard library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))
from bench.common import corpus, emit  # noqa: E402


def dev(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2 == 0


def prf(pred: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-whitespace-tokens precision, recall, F1 (as the Zyte benchmark)."""
    p, g = Counter(pred.split()), Counter(gold.split())
    common = sum((p & g).values())
    if not p or not g:
        return (1.0, 1.0, 1.0) if not p and not g else (0.0, 0.0, 0.0)
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def strip_tags(data: bytes) -> str:
    text = data.decode("utf-8", "replace")
    text = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", text)
    import html as stdhtml

    return stdhtml.unescape(re.sub(r"<[^>]+>", " ", text))


def ours(data: bytes) -> tuple[str, dict]:
    from briefing.load.html import extract

    try:
        doc = extract(data)
    except ValueError:
        return "", {}
    return doc.text, doc.meta


def direct(data: bytes) -> str:
    import trafilatura

    return trafilatura.extract(data, include_comments=False, include_tables=True) or ""


def summary(rows: list[dict], key: str) -> dict:
    out = {}
    for half in ("dev", "test", "all"):
        sel = [r for r in rows if half == "all" or r["half"] == half]
        if sel:
            out[half] = {
                m: round(sum(r[key][i] for r in sel) / len(sel), 4)
                for i, m in enumerate(("precision", "recall", "f1"))
            } | {"pages": len(sel)}
    return out


def zyte() -> dict:
    root = corpus("html")
    truth = json.loads((root / "ground-truth.json").read_text("utf-8"))
    rows, meta_hits = [], Counter()
    for key, item in sorted(truth.items()):
        data = (root / "pages" / f"{key}.html").read_bytes()
        gold = item["articleBody"]
        text, meta = ours(data)
        rows.append({
            "half": "dev" if dev(key) else "test",
            "ours": prf(text, gold), "direct": prf(direct(data), gold),
            "strip": prf(strip_tags(data), gold),
        })  # fmt: skip
        for field in ("title", "date", "byline"):
            meta_hits[field] += bool(meta.get(field))
    return {
        "pages": len(rows),
        "ours": summary(rows, "ours"), "trafilatura_direct": summary(rows, "direct"),
        "strip_tags": summary(rows, "strip"),
        "metadata_found_share": {k: round(v / len(rows), 3) for k, v in meta_hits.items()},
    }  # fmt: skip


def wcxb() -> dict:
    root = corpus("html", "wcxb")
    rows, snippets, meta = [], Counter(), Counter()
    for page in sorted((root / "pages").glob("*.html")):
        gt = json.loads((root / "ground-truth" / f"{page.stem}.json").read_text("utf-8"))
        truth = gt["ground_truth"]
        data = page.read_bytes()
        text, found = ours(data)
        rows.append({
            "half": "dev" if dev(page.stem) else "test",
            "ours": prf(text, truth["main_content"]),
            "direct": prf(direct(data), truth["main_content"]),
            "strip": prf(strip_tags(data), truth["main_content"]),
        })  # fmt: skip
        flat = " ".join(text.split()).lower()
        for s in truth.get("with") or []:
            snippets["with_total"] += 1
            snippets["with_found"] += " ".join(s.split()).lower() in flat
        for s in truth.get("without") or []:
            snippets["without_total"] += 1
            snippets["without_absent"] += " ".join(s.split()).lower() not in flat
        for field, ours_key in (("title", "title"), ("author", "byline"), ("publish_date", "date")):
            if truth.get(field):
                meta[f"{field}_present"] += 1
                meta[f"{field}_found"] += bool(found.get(ours_key))
    return {
        "pages": len(rows), "ours": summary(rows, "ours"),
        "trafilatura_direct": summary(rows, "direct"), "strip_tags": summary(rows, "strip"),
        "snippets": dict(snippets), "metadata": dict(meta),
    }  # fmt: skip


def _read_all(folder: str, analyse: bool = False) -> int:
    """Load (and with ``analyse``, analyse) every article of ``folder``; the count loaded."""
    from briefing.config import load_config
    from briefing.pipeline import Pipeline

    pipeline = Pipeline(load_config(None, require_sources=False), [folder])
    if analyse:
        return sum(1 for item in pipeline if not hasattr(item, "reason"))
    loader = pipeline.loader
    return sum(1 for i in range(len(loader)) if not hasattr(loader.read(i), "reason"))


def _warm_one(path: str) -> bool:
    from briefing.load.html import read_html

    try:
        read_html(Path(path).read_bytes())
    except ValueError:
        return False
    return True


def speed(count: int) -> dict:
    pages = sorted((corpus("html") / "pages").glob("*.html"))
    tmp = Path(tempfile.mkdtemp(prefix="bench-html-"))
    os.environ["XDG_CACHE_HOME"] = str(tmp / "cache")
    html_dir, txt_dir = tmp / "html", tmp / "txt"
    html_dir.mkdir()
    txt_dir.mkdir()
    from briefing.load import cache

    cache._code_hash()  # fixed now: the pool's children inherit it
    texts = {p.name: ours(p.read_bytes())[0] for p in pages}
    for i in range(count):
        src = pages[i % len(pages)]
        # a unique comment makes every copy a distinct cache entry
        (html_dir / f"{i:05d}.html").write_bytes(src.read_bytes() + f"<!-- {i} -->".encode())
        # likewise for the text copies, or the parse cache would serve repeats of one text
        (txt_dir / f"{i:05d}.txt").write_text(f"{texts[src.name] or 'x'}\n\nCopy {i}.", "utf-8")
    try:
        files = [str(p) for p in sorted(html_dir.iterdir())]
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        t0 = time.perf_counter()
        with ProcessPoolExecutor(max_workers=cores) as pool:
            ok = sum(pool.map(_warm_one, files, chunksize=16))
        cold = time.perf_counter() - t0
        entries = sum(1 for _ in (tmp / "cache").rglob("*.json"))
        from briefing.config import load_config
        from briefing.pipeline import Pipeline

        # compile the gazetteer cache (fresh XDG_CACHE_HOME) before anything is timed
        Pipeline(load_config(None, require_sources=False), [str(txt_dir)]).analyser  # noqa: B018
        timings = {}
        # load only, load + analyse (parse cache cold), then a reopen (parse cache warm)
        for analyse in (False, True, "reopen"):
            for kind, folder in (("warm", html_dir), ("txt", txt_dir)):
                t0 = time.perf_counter()
                n = _read_all(str(folder), bool(analyse))
                timings[(kind, analyse)] = (time.perf_counter() - t0, n)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return {
        "pages": count, "cores": cores, "cold_extract_s": round(cold, 2),
        "cold_pages_per_s": round(count / cold, 1), "extracted": ok, "cache_entries": entries,
        "load_only": {"warm_html_s": round(timings[("warm", False)][0], 3),
                      "txt_s": round(timings[("txt", False)][0], 3),
                      "warm_over_txt": round(timings[("warm", False)][0]
                                             / timings[("txt", False)][0], 3)},
        "load_and_analyse": {"warm_html_s": round(timings[("warm", True)][0], 3),
                             "txt_s": round(timings[("txt", True)][0], 3),
                             "warm_over_txt": round(timings[("warm", True)][0]
                                                    / timings[("txt", True)][0], 3)},
        "reopen": {"warm_html_s": round(timings[("warm", "reopen")][0], 3),
                   "txt_s": round(timings[("txt", "reopen")][0], 3),
                   "warm_over_txt": round(timings[("warm", "reopen")][0]
                                          / timings[("txt", "reopen")][0], 3)},
        "articles": [n for _, n in timings.values()],
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=2000, help="pages in the speed folder")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed run")
    parser.add_argument("--speed-only", action="store_true", help="only the speed run")
    args = parser.parse_args()
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        emit({"skipped": "trafilatura not installed (pip install 'briefing[html]')"})
        return
    out = {}
    if not args.speed_only:
        os.environ["BRIEFING_NO_CACHE"] = "1"
        out = {"zyte": zyte(), "wcxb": wcxb()}
        os.environ.pop("BRIEFING_NO_CACHE")
    if not args.no_speed:
        out["speed"] = speed(args.pages)
    emit(out)


if __name__ == "__main__":
    main()
