"""PDF extraction: per-file difflib similarity vs the reference .txt files, pages/s.

Similarity: ``difflib.SequenceMatcher`` ratio after whitespace normalisation (runs of
whitespace become one space). Dev/test halves by ``int(sha1(name).hexdigest(), 16) % 2``.
Speed: pages extracted per second (cache off), and plain pypdfium2 ``get_text_range``
in the same run as the baseline.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import sys
import time
from collections import Counter
from pathlib import Path

# Keep bench/ off sys.path so no bench module can shadow the standard library.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))
from bench.common import corpus, emit  # noqa: E402


def norm(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").split())


def ratio(a: str, b: str) -> float:
    """difflib ratio without the autojunk heuristic (which junks every common letter).

    Characters for texts under 40,000 characters; words beyond that (quadratic cost).
    """
    if max(len(a), len(b)) < 40_000:
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    return difflib.SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def token_f1(a: str, b: str) -> float:
    """Bag-of-words F1: insensitive to reading order (footnotes first or last)."""
    ca, cb = Counter(a.split()), Counter(b.split())
    common = sum((ca & cb).values())
    return 2 * common / (sum(ca.values()) + sum(cb.values())) if common else 0.0


def main() -> None:
    try:
        import pypdfium2 as pdfium
    except ImportError:
        emit({"skipped": "pypdfium2 not installed (pip install 'briefing[pdf]')"})
        return
    os.environ["BRIEFING_NO_CACHE"] = "1"
    from briefing.load.pdf import extract

    root = corpus("pdf")
    files, pages, ours_s, raw_s = [], 0, 0.0, 0.0
    for path in sorted(root.glob("*.pdf")):
        data = path.read_bytes()
        t0 = time.perf_counter()
        doc = extract(data)
        ours_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        pdf = pdfium.PdfDocument(data)
        raw = "\n".join(page.get_textpage().get_text_range() for page in pdf)
        raw_s += time.perf_counter() - t0
        n = len(doc.meta.get("pages") or [])
        pages += n
        row = {"file": path.name, "pages": n, "paragraphs": len(doc.paragraphs),
               "half": "dev" if int(hashlib.sha1(path.name.encode()).hexdigest(), 16) % 2 == 0
               else "test"}  # fmt: skip
        ref = path.with_suffix(".txt")
        if ref.exists():
            gold = norm(ref.read_text("utf-8", errors="replace"))
            row["similarity"] = round(ratio(norm(doc.text), gold), 3)
            row["raw_pdfium_similarity"] = round(ratio(norm(raw), gold), 3)
            row["token_f1"] = round(token_f1(norm(doc.text), gold), 3)
            row["raw_pdfium_token_f1"] = round(token_f1(norm(raw), gold), 3)
        files.append(row)
    out: dict = {"files": files}
    for half in ("dev", "test", "all"):
        sims = [f["similarity"] for f in files if "similarity" in f and half in ("all", f["half"])]
        raws = [f["raw_pdfium_similarity"] for f in files if "similarity" in f
                and half in ("all", f["half"])]  # fmt: skip
        f1s = [f[k] for f in files if "similarity" in f and half in ("all", f["half"])
               for k in ("token_f1",)]  # fmt: skip
        if sims:
            out[f"mean_token_f1_{half}"] = round(sum(f1s) / len(f1s), 3)
            out[f"mean_similarity_{half}"] = round(sum(sims) / len(sims), 3)
            out[f"raw_pdfium_mean_similarity_{half}"] = round(sum(raws) / len(raws), 3)
    out["pages"] = pages
    out["pages_per_s"] = round(pages / ours_s, 1)
    out["raw_pdfium_pages_per_s"] = round(pages / raw_s, 1)
    emit(out)


if __name__ == "__main__":
    main()
