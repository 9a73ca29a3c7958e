"""Benchmark the sentence splitter against gold-split BBC articles.

Quality: ``bbc_sentsplit/article/<cat>/<n>.txt`` holds a title line, a blank line,
then one gold sentence per line with paragraphs separated by blank lines. Each
paragraph's gold sentences are joined with one space, paragraphs are joined with a
blank line, and the title line is kept as its own one-sentence paragraph (it has no
final stop, so it tests that a paragraph always yields one sentence). Predicted and
gold sentence strings are compared exactly, as multisets per article.

Speed: ``split_sentences`` over all 2,225 ``bbc/News Articles/*/*.txt`` bodies (the
text after the title line; paragraphs are blank-line separated), best of several
rounds, next to a one-regex baseline timed in the same run. ``summaries_tiled`` counts
the articles whose ``bbc/Summaries`` text is a concatenation of predicted sentences.

Usage: ``.venv/bin/python bench/sentences.py [--rounds N] [--errors N]``. Prints JSON
on stdout and example errors on stderr.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from briefing.analyse.sentences import sentence_spans, split_sentences
from briefing.model import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CORPORA, f_measure, read_text  # noqa: E402

GOLD_DIR = CORPORA / "bbc_sentsplit" / "article"
NEWS_DIR = CORPORA / "bbc" / "News Articles"
SUMMARY_DIR = CORPORA / "bbc" / "Summaries"

# Baseline: split after a stop (and closing quotes) when the next character is not lower-case.
_BASELINE = re.compile(r"[.?!][\"'”’)]*(\s+)(?=[^a-z\s])")


def gold_article(path: Path) -> tuple[str, list[Paragraph], list[str]]:
    """Build the text, paragraph spans and gold sentences of one gold-split file."""
    lines = [line.strip() for line in read_text(path).splitlines()]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line:
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for block in blocks:
        para = " ".join(block)
        if parts:
            pos += 2
        paragraphs.append(Paragraph(pos, pos + len(para)))
        parts.append(para)
        pos += len(para)
    gold = [s for b in blocks for s in b]
    return "\n\n".join(parts), paragraphs, gold


def news_body(path: Path) -> tuple[str, list[Paragraph]]:
    """Return the body (after the title line) of a BBC article and its paragraph spans."""
    raw = read_text(path).replace("\r\n", "\n")
    body = raw.split("\n", 1)[1] if "\n" in raw else ""
    paragraphs = [Paragraph(m.start(), m.end()) for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", body)]
    return body, paragraphs


def baseline_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split with the one-regex baseline."""
    spans = []
    seg = start
    for m in _BASELINE.finditer(text, start, end):
        spans.append((seg, m.start(1)))
        seg = m.end()
    chunk = text[seg:end].strip()
    if chunk:
        spans.append((seg, seg + len(chunk)))
    return spans


def score(split, articles) -> tuple[dict, list[tuple[str, list[str], list[str]]]]:
    """Compare predicted and gold sentences; return counts and per-article errors."""
    n_gold = n_pred = n_ok = 0
    errors = []
    for name, text, paragraphs, gold in articles:
        pred = [text[s:e] for p in paragraphs for s, e in split(text, p.start, p.end)]
        g, p = Counter(gold), Counter(pred)
        ok = sum((g & p).values())
        n_gold, n_pred, n_ok = n_gold + len(gold), n_pred + len(pred), n_ok + ok
        if ok != len(gold) or ok != len(pred):
            errors.append((name, sorted((g - p).elements()), sorted((p - g).elements())))
    precision, recall, f1 = f_measure(n_ok, n_pred, n_gold)
    counts = {
        "gold": n_gold,
        "predicted": n_pred,
        "correct": n_ok,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }
    return counts, errors


def summaries_tiled(split, bodies, names) -> int:
    """Count articles whose extractive summary is a concatenation of predicted sentences.

    The summaries were cut by another splitter (which, for one, splits before lower-case
    words after "Wham!"), so this is a broad consistency check, not a gold score.
    """
    tiled = 0
    for (text, paragraphs), name in zip(bodies, names, strict=True):
        summary_path = SUMMARY_DIR / name
        if not summary_path.is_file():
            continue
        summary = read_text(summary_path).strip()
        sentences = {text[s:e] for p in paragraphs for s, e in split(text, p.start, p.end)}
        pos = 0
        while pos < len(summary):
            fits = [len(x) for x in sentences if summary.startswith(x, pos)]
            if not fits:
                break
            pos += max(fits)
            while pos < len(summary) and summary[pos].isspace():
                pos += 1
        tiled += pos >= len(summary)
    return tiled


def time_split(split, bodies, rounds: int) -> tuple[float, int]:
    """Best wall time over ``rounds`` of splitting every body, and the sentence count."""
    best = float("inf")
    count = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        count = 0
        for text, paragraphs in bodies:
            for p in paragraphs:
                count += len(split(text, p.start, p.end))
        best = min(best, time.perf_counter() - t0)
    return best, count


def main() -> int:
    """Run the benchmark and print JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--errors", type=int, default=8)
    args = ap.parse_args()
    if not GOLD_DIR.is_dir() or not NEWS_DIR.is_dir():
        print(json.dumps({"skipped": f"corpora not found under {CORPORA}"}))
        return 0

    gold_files = sorted(GOLD_DIR.glob("*/*.txt"))
    articles = [(str(f.relative_to(GOLD_DIR)), *gold_article(f)) for f in gold_files]
    counts, errors = score(sentence_spans, articles)
    base_counts, _ = score(baseline_spans, articles)

    news_files = sorted(NEWS_DIR.glob("*/*.txt"))
    bodies = [news_body(f) for f in news_files]
    names = [f.relative_to(NEWS_DIR) for f in news_files]
    # The public entry point, as the pipeline calls it.
    t0 = time.perf_counter()
    n_split = sum(len(split_sentences(text, paras)) for text, paras in bodies)
    once = time.perf_counter() - t0
    best, n_sent = time_split(sentence_spans, bodies, args.rounds)
    base_best, _ = time_split(baseline_spans, bodies, args.rounds)
    assert n_split == n_sent

    result = {
        "corpus": str(GOLD_DIR.relative_to(CORPORA)),
        "articles": len(articles),
        **counts,
        "sentences_per_second": round(n_sent / best),
        "speed_corpus": str(NEWS_DIR.relative_to(CORPORA)),
        "speed_articles": len(bodies),
        "speed_sentences": n_sent,
        "ms_per_article": round(1000 * best / len(bodies), 4),
        "ms_per_article_split_sentences_once": round(1000 * once / len(bodies), 4),
        "articles_per_second": round(len(bodies) / best),
        "summaries_tiled": summaries_tiled(sentence_spans, bodies, names),
        "baseline": {
            "what": "one regex: stop + closing quotes + space before a non-lower-case char",
            **base_counts,
            "ms_per_article": round(1000 * base_best / len(bodies), 4),
            "summaries_tiled": summaries_tiled(baseline_spans, bodies, names),
        },
    }
    print(json.dumps(result, indent=2))
    for name, missed, extra in errors[: args.errors]:
        print(f"--- {name}", file=sys.stderr)
        for s in missed:
            print(f"  gold only: {s}", file=sys.stderr)
        for s in extra:
            print(f"  pred only: {s}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
