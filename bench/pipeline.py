"""Whole-pipeline speed on the 2,225 BBC articles: read, decode, parse, sentences, actors,
key points, sections. Prints articles/s on one core and peak memory as JSON.

``--no-statements`` leaves out who said what (issue 11's stage, which has its own speed
budget in bench/attribution.py), to compare the rest with code older than it.

Usage: python bench/pipeline.py [--repeat N] [--no-statements]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

# This script's folder must not be on sys.path: bench/email.py would shadow the stdlib.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))
import briefing.analyse as analyse  # noqa: E402
from bench.common import corpus, emit, pin_one_core  # noqa: E402
from briefing.config import load_config  # noqa: E402
from briefing.pipeline import Pipeline  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="timed passes (best is reported)")
    parser.add_argument(
        "--no-statements", action="store_true", help="leave out the who-said-what stage"
    )
    args = parser.parse_args()
    if args.no_statements:
        analyse.find_statements = lambda *a: ()  # type: ignore[assignment]
    bbc = corpus("bbc", "News Articles")
    pin_one_core()
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "config.yaml"
        cfg.write_text(f"sources:\n  - path: '{bbc}/*/*.txt'\n    header: [title]\n")
        config = load_config(cfg)
        loader = Pipeline(config, cache=False)  # the analysis itself, not the parse cache
        loader.load(0)  # warm-up: gazetteer parsed once per process
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            briefing = Pipeline(config, cache=False).briefing()  # what show and check run
            times.append(time.perf_counter() - start)
    articles = briefing.articles
    items = (*briefing.articles, *briefing.errors)
    words = sum(a.word_count for a in articles)
    best = min(times)
    emit(
        {
            "corpus": "bbc/News Articles",
            "files": len(items),
            "articles": len(articles),
            "errors": len(items) - len(articles),
            "seconds_best": round(best, 3),
            "seconds_all": [round(t, 3) for t in times],
            "articles_per_second": round(len(articles) / best, 1),
            "ms_per_article": round(1000 * best / len(articles), 3),
            "words_per_second": round(words / best),
            "sentences": sum(len(a.sentences) for a in articles),
            "actors": sum(len(a.actors) for a in articles),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "cores": 1,
            "statements": not args.no_statements,
        }
    )


if __name__ == "__main__":
    main()
