"""Calibrate anchor re-matching on real sentences (BBC gold sentence split); prints JSON.

For every gold sentence of 100 BBC articles it simulates three edits and checks where the
anchor lands: a *reword* (one or two words replaced by a word from elsewhere in the article)
should land on the edited sentence; a *delete* (the sentence removed) should be orphaned; an
*insert* (a paragraph added at the top) should land exactly-by-fingerprint ("moved").
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from briefing.model import Article, Sentence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CORPORA  # noqa: E402

from briefing.state.anchors import anchor_for, resolve_all

CORPUS = CORPORA / "bbc_sentsplit" / "article"
if len(sys.argv) > 1:
    CORPUS = Path(sys.argv[1])


def build(lines: list[str], article_id: str) -> Article:
    text, spans = "", []
    for line in lines:
        if text:
            text += " "
        spans.append(Sentence(len(text), len(text) + len(line)))
        text += line
    return Article(id=article_id, path=article_id, text=text, sentences=tuple(spans))


def reword(sentence: str, vocab: list[str], rng: random.Random, n: int) -> str:
    words = sentence.split()
    for _ in range(n):
        words[rng.randrange(len(words))] = rng.choice(vocab)
    return " ".join(words)


def main() -> None:
    if not CORPUS.is_dir():
        print(json.dumps({"skipped": f"corpus not found: {CORPUS}"}))
        return
    rng = random.Random(5)
    thresholds = (0.5, 0.6, 0.7, 0.8)
    stats = {t: {"reword1_ok": 0, "reword2_ok": 0, "delete_orphaned": 0} for t in thresholds}
    insert_moved = total = anchored = merges = merge_one = 0
    seconds = 0.0
    for path in sorted(CORPUS.rglob("*.txt")):
        body = path.read_text("utf-8", errors="replace").split("\n")[2:]
        lines = [x.strip() for x in body if x.strip()]
        if len(lines) < 3:
            continue
        art = build(lines, path.stem)
        vocab = " ".join(lines).split()
        anchors = [anchor_for(art, i) for i in range(len(lines))]
        anchored += len(anchors)
        inserted = build(["An editor added this line at the top."] + lines, art.id)
        insert_moved += sum(
            r.status == "moved" and r.sentence == i + 1
            for i, r in enumerate(resolve_all(anchors, inserted))
        )
        for i in range(len(lines)):
            if len(lines[i].split()) < 4:
                continue
            total += 1
            for n, name in ((1, "reword1_ok"), (2, "reword2_ok")):
                edited = build(
                    lines[:i] + [reword(lines[i], vocab, rng, n)] + lines[i + 1 :], art.id
                )
                for t in thresholds:
                    start = time.perf_counter()
                    res = resolve_all(anchors, edited, t)
                    seconds += time.perf_counter() - start
                    stats[t][name] += res[i].sentence == i
            if i + 1 < len(lines):  # a re-split that no longer breaks after sentence i
                merged = build(lines[:i] + [lines[i] + " " + lines[i + 1]] + lines[i + 2 :], art.id)
                res = resolve_all(anchors, merged)
                merges += 1
                merge_one += res[i].sentence == i or res[i + 1].sentence == i
            deleted = build(lines[:i] + lines[i + 1 :], art.id)
            for t in thresholds:
                start = time.perf_counter()
                res = resolve_all(anchors, deleted, t)
                seconds += time.perf_counter() - start
                stats[t]["delete_orphaned"] += res[i].sentence is None
    calls = total * 3 * len(thresholds)
    print(
        json.dumps(
            {
                "sentences": total,
                "insert_moved_rate": round(insert_moved / max(1, anchored), 4),
                "merge_one_of_two_kept_at_0.6": round(merge_one / max(1, merges), 4),
                "by_threshold": {
                    str(t): {k: round(v / total, 4) for k, v in s.items()} for t, s in stats.items()
                },
                "ms_per_resolve_all_article": round(1000 * seconds / max(1, calls), 3),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
