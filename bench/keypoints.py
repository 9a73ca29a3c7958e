"""Benchmark key point ranking on BBC News Summary and CNN highlights.

BBC (``bbc/News Articles`` + ``bbc/Summaries``, all 2,225 articles): line 1 is the
title, the rest is the body; paragraphs are blank-line-separated blocks, split into
sentences with :func:`split_sentences`. The reference summary is extractive: article
sentences run together, often without a space after the stop. Matching: a body
sentence is a *reference sentence* when its text, with all whitespace removed, occurs
in the summary with all whitespace removed; the reference characters are the union of
the reference sentences' spans (``coverage`` reports the share of the summary's
non-space characters located this way). A key point is a hit when at least half of its
characters fall on reference characters; P@3 = hits / key points over all articles.

CNN (``cnn/articles`` + ``cnn/highlights``, 20 stories, no title): the top 3 key points,
joined in text order with newlines, against the highlights joined with newlines,
``RougeScorer(['rouge1', 'rouge2'], use_stemmer=True)`` F-measure x 100, averaged.

Actors come from :func:`extract_actors` with the packaged gazetteer, as in the reader;
``main_actor`` adds the optional main-actor bonus (off by default). Baselines computed in the same
run: lead-3 (the first three sentences) on both, and ablations of the scorer (no lead
prior; no quotation penalty; centrality only; lead prior raised to 1.0).

Speed: ``rank_key_points`` over all BBC bodies with their sentences precomputed, best of
``--rounds``, in ms per article, with and without actors; ``split_sentences`` is timed
in the same run for comparison, and so is ``topical_sections``. The reader runs both per
article, key points first, and sections reuse the sentence terms key points scanned
(``text_stats.sentence_terms``), so ``keypoints_then_sections_ms_per_article`` times that
order; the two separate loops each scan on their own.

Usage: ``.venv/bin/python bench/keypoints.py [--rounds N]``. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

from briefing.analyse.actors.extract import extract_actors
from briefing.analyse.actors.gazetteer_cache import load_gazetteer
from briefing.analyse.keypoints import DEFAULT_WEIGHTS, Weights, rank_key_points, score_sentences
from briefing.analyse.sections import topical_sections
from briefing.analyse.sentences import split_sentences
from briefing.model import Paragraph, Sentence

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import CORPORA, read_text  # noqa: E402

BBC_ARTICLES = CORPORA / "bbc" / "News Articles"
BBC_SUMMARIES = CORPORA / "bbc" / "Summaries"
CNN_DIR = CORPORA / "cnn"
GAZETTEER = load_gazetteer()

ABLATIONS = {
    "main_actor": replace(DEFAULT_WEIGHTS, actor=0.06),
    "no_lead": replace(DEFAULT_WEIGHTS, lead=0.0),
    "no_quote": replace(DEFAULT_WEIGHTS, quote=0.0),
    "centrality_only": Weights(
        lead=0.0, title=0.0, attribution=0.0, actor=0.0, quote=0.0, fragment=0.0
    ),
    "strong_lead": replace(DEFAULT_WEIGHTS, lead=1.0),
}


def blocks(text: str) -> list[Paragraph]:
    """Blank-line-separated blocks of ``text`` as paragraphs (whitespace trimmed)."""
    out: list[Paragraph] = []
    pos = 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.index(stripped[0])
            out.append(Paragraph(start, start + len(stripped)))
        pos += len(chunk) + 2
    return out


def squash(text: str) -> str:
    """``text`` with all whitespace removed."""
    return "".join(text.split())


def top(scores: list[float], count: int) -> list[int]:
    """Indices of the ``count`` best scores, best first, earlier first on ties."""
    return sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:count]


def load_bbc() -> list[dict]:
    """BBC articles with sentences and reference marks."""
    docs = []
    for path in sorted(BBC_ARTICLES.glob("*/*.txt")):
        raw = read_text(path)
        title, _, body = raw.partition("\n")
        summary = squash(read_text(BBC_SUMMARIES / path.parent.name / path.name))
        paragraphs = blocks(body)
        sentences = split_sentences(body, paragraphs)
        marked = bytearray(len(body))
        located = 0
        for s in sentences:
            squashed = squash(body[s.start : s.end])
            if squashed in summary:
                marked[s.start : s.end] = b"\x01" * (s.end - s.start)
                located += len(squashed)
        docs.append(
            {
                "title": title.strip(),
                "body": body,
                "paragraphs": paragraphs,
                "sentences": sentences,
                "marked": marked,
                "actors": extract_actors(body, sentences, GAZETTEER),
                "coverage": located / max(1, len(summary)),
            }
        )
    return docs


def is_hit(doc: dict, s: Sentence) -> bool:
    """At least half of the sentence's characters fall in reference sentences."""
    inside = sum(doc["marked"][s.start : s.end])
    return 2 * inside >= s.end - s.start


def bbc_precision(docs: list[dict], pick) -> float:
    """P@3 of ``pick(doc) -> sentence indices`` over all articles."""
    hits = total = 0
    for doc in docs:
        for i in pick(doc):
            hits += is_hit(doc, doc["sentences"][i])
            total += 1
    return hits / total


def load_cnn() -> list[dict]:
    """CNN stories with sentences and joined highlights."""
    docs = []
    for path in sorted((CNN_DIR / "articles").glob("*.txt")):
        body = read_text(path)
        lines = read_text(CNN_DIR / "highlights" / path.name).splitlines()
        paragraphs = blocks(body)
        sentences = split_sentences(body, paragraphs)
        docs.append(
            {
                "title": "",
                "body": body,
                "paragraphs": paragraphs,
                "sentences": sentences,
                "actors": extract_actors(body, sentences, GAZETTEER),
                "reference": "\n".join(line.strip() for line in lines if line.strip()),
            }
        )
    return docs


def cnn_rouge(docs: list[dict], pick, scorer) -> tuple[float, float]:
    """Mean ROUGE-1 and ROUGE-2 F x 100 of the picked sentences, joined in text order."""
    r1 = r2 = 0.0
    for doc in docs:
        text = doc["body"]
        chosen = "\n".join(
            text[doc["sentences"][i].start : doc["sentences"][i].end] for i in sorted(pick(doc))
        )
        score = scorer.score(doc["reference"], chosen)
        r1 += score["rouge1"].fmeasure
        r2 += score["rouge2"].fmeasure
    return round(100 * r1 / len(docs), 2), round(100 * r2 / len(docs), 2)


def ranked(doc: dict) -> list[int]:
    """The default ranking through the public API."""
    points = rank_key_points(
        doc["body"], doc["sentences"], doc["paragraphs"], doc["actors"], 3, doc["title"]
    )
    return [p.sentence for p in points]


def with_weights(weights: Weights):
    """A picker ranking with ``weights`` instead of the defaults."""

    def pick(doc: dict) -> list[int]:
        return top(
            score_sentences(doc["body"], doc["sentences"], doc["title"], weights, doc["actors"]), 3
        )

    return pick


def lead3(doc: dict) -> list[int]:
    """The first three sentences."""
    return list(range(min(3, len(doc["sentences"]))))


def timing(docs: list[dict], rounds: int) -> dict:
    """Best-of-rounds ms per article for ranking and, as a reference, splitting."""
    rank_best = bare_best = split_best = sections_best = both_best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for doc in docs:
            rank_key_points(
                doc["body"], doc["sentences"], doc["paragraphs"], doc["actors"], 3, doc["title"]
            )
        t1 = time.perf_counter()
        for doc in docs:
            rank_key_points(doc["body"], doc["sentences"], doc["paragraphs"], (), 3, doc["title"])
        t2 = time.perf_counter()
        for doc in docs:
            split_sentences(doc["body"], doc["paragraphs"])
        t3 = time.perf_counter()
        for doc in docs:
            topical_sections(doc["body"], doc["paragraphs"], doc["sentences"], doc["actors"])
        t4 = time.perf_counter()
        for doc in docs:
            rank_key_points(
                doc["body"], doc["sentences"], doc["paragraphs"], doc["actors"], 3, doc["title"]
            )
            topical_sections(doc["body"], doc["paragraphs"], doc["sentences"], doc["actors"])
        t5 = time.perf_counter()
        both_best = min(both_best, t5 - t4)
        sections_best = min(sections_best, t4 - t3)
        rank_best = min(rank_best, t1 - t0)
        bare_best = min(bare_best, t2 - t1)
        split_best = min(split_best, t3 - t2)
    words = sum(len(doc["body"].split()) for doc in docs) / len(docs)
    return {
        "ms_per_article": round(1000 * rank_best / len(docs), 4),
        "no_actors_ms_per_article": round(1000 * bare_best / len(docs), 4),
        "split_ms_per_article": round(1000 * split_best / len(docs), 4),
        "sections_ms_per_article": round(1000 * sections_best / len(docs), 4),
        "keypoints_then_sections_ms_per_article": round(1000 * both_best / len(docs), 4),
        "mean_words": round(words, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if not BBC_ARTICLES.is_dir() or not (CNN_DIR / "articles").is_dir():
        print(json.dumps({"skipped": f"corpora not found under {CORPORA}"}))
        return 0
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print(json.dumps({"skipped": "rouge-score is not installed (pip install .[bench])"}))
        return 0
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    bbc = load_bbc()
    cnn = load_cnn()
    result: dict = {
        "bbc": {
            "articles": len(bbc),
            "p_at_3": round(bbc_precision(bbc, ranked), 4),
            "lead3_p_at_3": round(bbc_precision(bbc, lead3), 4),
            "reference_coverage": round(sum(d["coverage"] for d in bbc) / len(bbc), 4),
        },
        "cnn": {"stories": len(cnn)},
        "weights": asdict(DEFAULT_WEIGHTS),
    }
    r1, r2 = cnn_rouge(cnn, ranked, scorer)
    l1, l2 = cnn_rouge(cnn, lead3, scorer)
    result["cnn"].update(rouge1_f=r1, rouge2_f=r2, lead3_rouge1_f=l1, lead3_rouge2_f=l2)
    result["ablations"] = {}
    for name, weights in ABLATIONS.items():
        a1, a2 = cnn_rouge(cnn, with_weights(weights), scorer)
        result["ablations"][name] = {
            "bbc_p_at_3": round(bbc_precision(bbc, with_weights(weights)), 4),
            "cnn_rouge1_f": a1,
            "cnn_rouge2_f": a2,
        }
    result.update(timing(bbc, args.rounds))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
