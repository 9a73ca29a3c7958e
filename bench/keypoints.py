"""Benchmark key point ranking on BBC News Summary, CNN-20 and CNN/DailyMail, dev and test.

Halves: every corpus is split by a hash of the file name (``kp_corpora.half``:
``int(sha1(name).hexdigest(), 16) % 2 == 0`` -> dev, ``name`` relative to the article
folder, e.g. ``business/001.txt``); weights were tuned on dev only, test is only
scored. Every figure is reported for both halves, with the baselines in the same run.

Articles are analysed as the reader does (``Analyser.article``: sentences, language,
actors, the shared term scan, key points), with blank-line paragraphs.

BBC (``bbc/News Articles`` + ``bbc/Summaries``, 2,225 articles, title = line 1): the
reference summary is extractive. A body sentence is a *reference sentence* when its
text, with all whitespace removed, occurs in the summary with all whitespace removed.
A key point is a hit when at least half of its characters fall in reference sentences;
P@3 = hits / key points.

CNN-20 (``cnn/``) and cnndm (``cnndm/``, 423 CNN/Daily Mail stories, one paragraph
each): the top 3 key points joined in text order with newlines against the highlights
joined with newlines, ``RougeScorer(['rouge1', 'rouge2'], use_stemmer=True)``
F-measure x 100, averaged.

cnndm_paragraphs: the same cnndm stories laid out one sentence per paragraph (each
sentence the analyser found becomes a paragraph; the text is unchanged) and analysed
again: paragraph-laid-out news with human highlights, where the wire-style prior applies.

Baselines: lead-3 (the project's first three sentences), with a 95% paired-bootstrap
interval of the margin over it (2,000 resamples of the stories, seed 0); ablations of the scorer (no
lead prior; no redundancy control; centrality only; main-actor bonus on).

Speed: ``rank_key_points`` and ``topical_sections`` over the BBC bodies with sentences
and the shared term scan precomputed, best of ``--rounds``, ms per article.

Usage: ``.venv/bin/python bench/keypoints.py [--rounds N]``. Prints JSON.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import asdict, replace
from pathlib import Path

# bench/ last: its email.py must not shadow the standard library's email (mail loading).
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]
from common import CORPORA, emit  # noqa: E402
from kp_corpora import (  # noqa: E402
    BBC_ARTICLES,
    CNN_DIR,
    CNNDM_DIR,
    load_bbc,
    load_highlights,
    squash,
)

from briefing.analyse import Analyser  # noqa: E402
from briefing.analyse.keypoints import DEFAULT_WEIGHTS, Weights, rank_key_points  # noqa: E402
from briefing.analyse.quote_style import quote_view  # noqa: E402
from briefing.analyse.sections import topical_sections  # noqa: E402
from briefing.analyse.text_stats import sentence_terms  # noqa: E402
from briefing.config import load_config  # noqa: E402
from briefing.model import Document, Paragraph  # noqa: E402

ABLATIONS = {
    "no_lead": replace(DEFAULT_WEIGHTS, lead=0.0, glued_lead=0.0),
    "no_redundancy": replace(DEFAULT_WEIGHTS, redundancy=0.0),
    "centrality_only": Weights(lead=0.0, title=0.0, attribution=0.0, quote=0.0, redundancy=0.0),
    "main_actor": replace(DEFAULT_WEIGHTS, actor=0.06),
    "no_wire_style": replace(DEFAULT_WEIGHTS, wire_from=1.0),
}


def analyse(docs: list[dict], analyser: Analyser) -> None:
    """Add the analysed article (and its term scan) to every document."""
    for d in docs:
        d["article"] = a = analyser.article(
            d["doc"], id=d["name"], path=d["name"], title=d["title"]
        )
        d["terms"] = sentence_terms(a.text, a.sentences)


def one_sentence_paragraphs(docs: list[dict], analyser: Analyser) -> list[dict]:
    """Copies of analysed ``docs`` re-laid out one sentence per paragraph, analysed again."""
    out = []
    for d in docs:
        spans = [Paragraph(s.start, s.end) for s in d["article"].sentences]
        out.append({**d, "doc": Document(d["body"], paragraphs=spans)})
    analyse(out, analyser)
    return out


def spans_default(d: dict) -> list[tuple[int, int]]:
    """The reader's top 3 (``keypoints.count`` is 3 in the bench config)."""
    return [(p.start, p.end) for p in d["article"].key_points[:3]]


def spans_with(weights: Weights):
    """A picker ranking with ``weights`` instead of the defaults."""

    def pick(d: dict) -> list[tuple[int, int]]:
        a = d["article"]
        found = rank_key_points(
            a.text,
            a.sentences,
            a.actors,
            3,
            a.title,
            terms=d["terms"],
            weights=weights,
            view=quote_view(a.text, a.paragraphs),
        )
        return [(p.start, p.end) for p in found]

    return pick


def lead3(d: dict) -> list[tuple[int, int]]:
    """The first three sentences."""
    return [(s.start, s.end) for s in d["article"].sentences[:3]]


def bbc_marks(d: dict) -> bytearray:
    """1 on every character of a reference sentence."""
    body = d["article"].text
    marked = bytearray(len(body))
    for s in d["article"].sentences:
        if squash(body[s.start : s.end]) in d["summary"]:
            marked[s.start : s.end] = b"\x01" * (s.end - s.start)
    return marked


def p_at_3(docs: list[dict], pick) -> float:
    """P@3 of ``pick(doc) -> spans`` over ``docs``."""
    hits = total = 0
    for d in docs:
        for a, b in pick(d):
            hits += 2 * sum(d["marked"][a:b]) >= b - a
            total += 1
    return round(hits / max(1, total), 4)


def per_doc_rouge(docs: list[dict], pick, scorer) -> list[tuple[float, float]]:
    """ROUGE-1/2 F x 100 of the picked spans, joined in text order, per document."""
    out = []
    for d in docs:
        body = d["article"].text
        chosen = "\n".join(body[a:b] for a, b in sorted(pick(d)))
        score = scorer.score(d["reference"], chosen)
        out.append((100 * score["rouge1"].fmeasure, 100 * score["rouge2"].fmeasure))
    return out


def mean_rouge(rows: list[tuple[float, float]]) -> dict:
    """Mean ROUGE-1/2 of per-document rows."""
    n = max(1, len(rows))
    return {
        "rouge1_f": round(sum(r[0] for r in rows) / n, 2),
        "rouge2_f": round(sum(r[1] for r in rows) / n, 2),
    }


def rouge(docs: list[dict], pick, scorer) -> dict:
    """Mean ROUGE-1/2 F x 100 of the picked spans, joined in text order."""
    return mean_rouge(per_doc_rouge(docs, pick, scorer))


def margin_interval(ours: list, lead: list, rounds: int = 2000) -> dict:
    """95% paired-bootstrap interval of the mean margin over lead-3, per ROUGE measure
    (documents resampled with replacement, fixed seed)."""
    rng = random.Random(0)
    n = len(ours)
    out = {}
    for k, name in enumerate(("rouge1_f", "rouge2_f")):
        diffs = [o[k] - b[k] for o, b in zip(ours, lead, strict=True)]
        means = sorted(sum(rng.choices(diffs, k=n)) / n for _ in range(rounds)) if n else [0.0]
        out[name] = [
            round(means[int(0.025 * len(means))], 2),
            round(means[int(0.975 * len(means)) - 1], 2),
        ]
    return out


def halves(docs: list[dict]) -> dict[str, list[dict]]:
    """The documents of each half."""
    return {h: [d for d in docs if d["half"] == h] for h in ("dev", "test")}


def bbc_figures(docs: list[dict]) -> dict:
    """P@3, lead-3 and ablations per half."""
    out = {}
    for h, part in halves(docs).items():
        out[h] = {
            "articles": len(part),
            "p_at_3": p_at_3(part, spans_default),
            "lead3_p_at_3": p_at_3(part, lead3),
            "ablations": {k: p_at_3(part, spans_with(w)) for k, w in ABLATIONS.items()},
        }
    return out


def rouge_figures(docs: list[dict], scorer) -> dict:
    """ROUGE of the default, lead-3 and ablations per half."""
    out = {}
    for h, part in halves(docs).items():
        ours_rows = per_doc_rouge(part, spans_default, scorer)
        lead_rows = per_doc_rouge(part, lead3, scorer)
        ours, lead = mean_rouge(ours_rows), mean_rouge(lead_rows)
        out[h] = {
            "stories": len(part),
            **ours,
            "lead3": lead,
            "margin_over_lead3": {k: round(ours[k] - lead[k], 2) for k in ours},
            "margin_ci95": margin_interval(ours_rows, lead_rows),
            "ablations": {k: rouge(part, spans_with(w), scorer) for k, w in ABLATIONS.items()},
        }
    return out


def timing(docs: list[dict], rounds: int) -> dict:
    """Best-of-rounds ms per article for key points and for sections."""
    rank_best = sections_best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for d in docs:
            a = d["article"]
            rank_key_points(
                a.text,
                a.sentences,
                a.actors,
                5,
                a.title,
                terms=d["terms"],
                view=quote_view(a.text, a.paragraphs),
            )
        t1 = time.perf_counter()
        for d in docs:
            a = d["article"]
            topical_sections(a.text, a.paragraphs, a.sentences, a.actors, d["terms"])
        t2 = time.perf_counter()
        rank_best = min(rank_best, t1 - t0)
        sections_best = min(sections_best, t2 - t1)
    n = len(docs)
    return {
        "keypoints_ms_per_article": round(1000 * rank_best / n, 4),
        "sections_ms_per_article": round(1000 * sections_best / n, 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not all(p.is_dir() for p in (BBC_ARTICLES, CNN_DIR / "articles", CNNDM_DIR / "articles")):
        emit({"skipped": f"corpora not found under {CORPORA}"})
        return 0
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        emit({"skipped": "rouge-score is not installed (pip install .[bench])"})
        return 0
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    analyser = Analyser(load_config(None, require_sources=False))
    analyser.count = 3
    bbc = load_bbc()
    cnn = load_highlights(CNN_DIR)
    cnndm = load_highlights(CNNDM_DIR)
    for docs in (bbc, cnn, cnndm):
        analyse(docs, analyser)
    for d in bbc:
        d["marked"] = bbc_marks(d)
    result = {
        "split": "sha1(file name) % 2 == 0 -> dev",
        "bbc": bbc_figures(bbc),
        "cnn": rouge_figures(cnn, scorer),
        "cnndm": rouge_figures(cnndm, scorer),
        "cnndm_paragraphs": rouge_figures(one_sentence_paragraphs(cnndm, analyser), scorer),
        "weights": asdict(DEFAULT_WEIGHTS),
        **timing(bbc, args.rounds),
    }
    emit(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
