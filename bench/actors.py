"""Benchmark actor extraction: CoNLL-2003 English test NER scores and speed on BBC articles.

Scoring: each CoNLL document's tokens are joined with single spaces, its sentences with
"\\n" (one Sentence per line). Every actor mention is a prediction typed person->PER,
organization/group->ORG, country/place->LOC, matched to gold PER/ORG/LOC spans by exact
character span and type (standard CoNLL mention-level scoring). Gold MISC entities are not
gold here, so a prediction on a MISC span counts as a false positive. Mentions whose reason
is ``demonym`` ("Chinese") are left out: CoNLL tags those MISC.

Usage: .venv/bin/python bench/actors.py [--corpora DIR]

Speed notes behind choices in the code (measured when each choice was made):
gazetteer entries are named tuples, not dataclasses, because tuples unpickle about three
times faster from the compiled cache; the packaged YAML is read as a plain file because
setting up ``importlib.resources`` costs about 2 ms; libyaml's ``CSafeLoader`` parses the
YAML about ten times faster than the pure-Python loader.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import f_measure  # noqa: E402
from briefing.analyse.actors.extract import extract_actors  # noqa: E402
from briefing.analyse.actors.gazetteer_cache import load_gazetteer  # noqa: E402
from briefing.model import Paragraph, Sentence  # noqa: E402

TYPES = {"person": "PER", "organization": "ORG", "group": "ORG", "country": "LOC", "place": "LOC"}
EXCLUDED = ("demonym",)


def conll_docs(path: Path) -> list[tuple[str, tuple[Sentence, ...], set[tuple[int, int, str]]]]:
    """Each test document as (text, sentences, gold PER/ORG/LOC spans)."""
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            parts, sentences, gold = [], [], set()
            pos = 0
            for i, sent in enumerate(doc["sentences"]):
                starts = []
                p = pos
                for tok in sent["tokens"]:
                    starts.append(p)
                    p += len(tok) + 1
                line_text = " ".join(sent["tokens"])
                sentences.append(Sentence(pos, pos + len(line_text), i))
                for ent in sent["entities"]:
                    if ent["type"] in ("PER", "ORG", "LOC"):
                        s = starts[ent["start"]]
                        e = starts[ent["end"] - 1] + len(sent["tokens"][ent["end"] - 1])
                        gold.add((s, e, ent["type"]))
                parts.append(line_text)
                pos += len(line_text) + 1
            docs.append(("\n".join(parts), tuple(sentences), gold))
    return docs


def column_docs(path: Path) -> list[tuple[str, tuple[Sentence, ...], set[tuple[int, int, str]]]]:
    """Documents of a 4-column CoNLL file (train/valid, IOB1), shaped as :func:`conll_docs`."""
    out = []
    for chunk in path.read_text(encoding="utf-8").split("-DOCSTART-")[1:]:
        doc: dict = {"sentences": []}
        for block in chunk.strip().split("\n\n"):
            rows = [r.split() for r in block.splitlines() if r.strip() and not r.startswith("-X-")]
            rows = [r for r in rows if len(r) == 4]
            if not rows:
                continue
            ents, cur = [], None
            for i, (_, _, _, tag) in enumerate(rows):
                kind = tag[2:] if tag != "O" else ""
                if cur and (not kind or kind != cur["type"] or tag.startswith("B-")):
                    ents.append(cur)
                    cur = None
                if kind and cur is None:
                    cur = {"start": i, "end": i + 1, "type": kind}
                elif kind:
                    cur["end"] = i + 1
            if cur:
                ents.append(cur)
            doc["sentences"].append({"tokens": [r[0] for r in rows], "entities": ents})
        out.append(json.dumps(doc))
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"briefing-{path.stem}-{os.getpid()}.jsonl"
    tmp.write_text("\n".join(out), encoding="utf-8")
    try:
        return conll_docs(tmp)
    finally:
        tmp.unlink()


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1, rounded."""
    p, r, f = f_measure(tp, tp + fp, tp + fn)
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def bench_conll(path: Path, gaz, docs=None) -> dict:
    """Score every document and time extraction (best of five passes)."""
    docs = conll_docs(path) if docs is None else docs
    counts: dict[str, Counter] = {t: Counter() for t in ("PER", "ORG", "LOC")}
    for text, sentences, gold in docs:
        pred = set()
        for actor in extract_actors(text, sentences, gaz):
            for m in actor.mentions:
                if m.reason not in EXCLUDED:
                    pred.add((m.start, m.end, TYPES[actor.kind]))
        for t in counts:
            g = {x for x in gold if x[2] == t}
            p = {x for x in pred if x[2] == t}
            counts[t]["tp"] += len(g & p)
            counts[t]["fp"] += len(p - g)
            counts[t]["fn"] += len(g - p)
    words = sum(len(text.split()) for text, _, _ in docs)
    best = min(_time_pass(docs, gaz) for _ in range(5))
    per_type = {t: prf(c["tp"], c["fp"], c["fn"]) for t, c in counts.items()}
    total = Counter()
    for c in counts.values():
        total.update(c)
    return {
        "docs": len(docs),
        "words": words,
        "overall": prf(total["tp"], total["fp"], total["fn"]),
        "per_type": per_type,
        "seconds": round(best, 4),
        "words_per_s": round(words / best),
        "excluded": list(EXCLUDED),
        "scoring": "exact span+type over gold PER/ORG/LOC; predictions on MISC spans are FP",
    }


def _time_pass(docs, gaz) -> float:
    t0 = time.process_time()
    for text, sentences, _ in docs:
        extract_actors(text, sentences, gaz)
    return time.process_time() - t0


def bbc_articles(root: Path) -> list[tuple[str, tuple[Sentence, ...]]]:
    """BBC bodies (title line skipped) with paragraphs from blank lines, split into sentences."""
    try:
        from briefing.analyse.sentences import split_sentences
    except ImportError:  # fall back to one sentence per paragraph

        def split_sentences(text, paragraphs):
            return tuple(Sentence(p.start, p.end, i) for i, p in enumerate(paragraphs))

    out = []
    for name in sorted(glob.glob(str(root / "*" / "*.txt"))):
        raw = Path(name).read_bytes().decode("utf-8", errors="replace")
        body = raw.split("\n", 1)[1].strip("\n") if "\n" in raw else ""
        paragraphs, pos = [], 0
        for block in body.split("\n\n"):
            if block.strip():
                paragraphs.append(Paragraph(pos, pos + len(block)))
            pos += len(block) + 2
        out.append((body, split_sentences(body, paragraphs)))
    return out


def _baseline(articles) -> float:
    """A fixed reference workload (split + lower every word), to compare machine load."""
    t0 = time.process_time()
    for text, _ in articles:
        for w in text.split():
            w.lower()
    return time.process_time() - t0


def bench_bbc(root: Path, gaz, rounds: int = 5) -> dict:
    """Milliseconds per BBC article for extract_actors alone.

    The machine is shared, so times are CPU time (``time.process_time``), and each round
    times a fixed baseline workload right before the extraction pass; the best round of
    each is reported, with their ratio.
    """
    articles = bbc_articles(root)
    times, bases = [], []
    for _ in range(rounds):
        bases.append(_baseline(articles))
        t0 = time.process_time()
        for text, sentences in articles:
            extract_actors(text, sentences, gaz)
        times.append(time.process_time() - t0)
    best, base = min(times), min(bases)
    words = sum(len(t.split()) for t, _ in articles)
    return {
        "articles": len(articles),
        "words": words,
        "ms_per_article": round(1000 * best / len(articles), 4),
        "words_per_s": round(words / best),
        "baseline_split_lower_ms_per_article": round(1000 * base / len(articles), 4),
        "ratio_to_baseline": round(best / base, 2),
        "rounds": rounds,
    }


_LOAD_SNIPPET = (
    "import time\n"
    "from briefing.analyse.actors.gazetteer_cache import load_gazetteer\n"
    "t = time.perf_counter(); load_gazetteer(); print(time.perf_counter() - t)\n"
)


def bench_gazetteer(rounds: int = 3) -> dict:
    """Seconds for ``load_gazetteer()`` in a fresh process: cold (no compiled cache, so the
    YAML is parsed and the pickle written) and warm (loaded from the pickle).

    Each round uses a new temporary ``XDG_CACHE_HOME``; the best round of each is reported.
    """
    import subprocess
    import tempfile

    here = Path(__file__).resolve().parent.parent
    cold, warm = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "XDG_CACHE_HOME": tmp}
            for out in (cold, warm):
                run = subprocess.run(
                    [sys.executable, "-c", _LOAD_SNIPPET],
                    env=env,
                    cwd=here,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                out.append(float(run.stdout.strip()))
    return {
        "cold_s": round(min(cold), 4),
        "warm_s": round(min(warm), 4),
        "rounds": rounds,
        "note": "load_gazetteer() only, module already imported; fresh process each",
    }


def main() -> None:
    """Print the benchmark as JSON."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = Path(__file__).resolve().parent.parent
    ap.add_argument(
        "--corpora",
        default=os.environ.get("BRIEFING_CORPORA", str(here.parent / "shared" / "corpora")),
    )
    ap.add_argument(
        "--split",
        choices=("test", "train", "valid"),
        default="test",
        help="CoNLL split to score (tune on train/valid, report test)",
    )
    args = ap.parse_args()
    root = Path(args.corpora)
    conll = root / "conll2003" / "test_docs.jsonl"
    bbc = root / "bbc" / "News Articles"
    result: dict = {"bench": "actors"}
    if not conll.is_file() and not bbc.is_dir():
        result["skipped"] = f"corpora not found under {root}"
        print(json.dumps(result, indent=2))
        return
    result["gazetteer_load"] = bench_gazetteer()
    gaz = load_gazetteer()
    result["gazetteer"] = {
        "surface_forms": len(gaz.entries),
        "titles": len(gaz.titles),
        "given_names": len(gaz.given_any),
    }
    if args.split != "test":
        split = root / "conll2003" / f"{args.split}.txt"
        result[f"conll2003_{args.split}"] = bench_conll(split, gaz, column_docs(split))
        print(json.dumps(result, indent=2))
        return
    if conll.is_file():
        result["conll2003_test"] = bench_conll(conll, gaz)
    else:
        result["conll2003_test"] = {"skipped": f"{conll} not found"}
    if bbc.is_dir():
        result["bbc"] = bench_bbc(bbc, gaz)
    else:
        result["bbc"] = {"skipped": f"{bbc} not found"}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
