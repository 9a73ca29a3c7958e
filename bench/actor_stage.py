"""CPU time of actor extraction inside the whole pipeline, on the 2,225 BBC articles.

Each pass runs ``Pipeline(config, cache=False).briefing()`` as bench/pipeline.py does,
with ``extract_actors`` wrapped to sum its ``time.process_time`` (CPU, not wall time:
the machine is shared). Prints, per pass and best, the CPU of actor extraction and of
the whole pass, as JSON. Compare branches by running this from each worktree in one
session and reporting the ratio.

Usage: python bench/actor_stage.py [--repeat N]
"""

from __future__ import annotations

import argparse
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
    parser.add_argument("--repeat", type=int, default=5, help="timed passes (best is reported)")
    args = parser.parse_args()
    bbc = corpus("bbc", "News Articles")
    pin_one_core()
    spent = [0.0]
    extract = analyse.extract_actors

    def timed(*a, **k):  # type: ignore[no-untyped-def]
        t = time.process_time()
        try:
            return extract(*a, **k)
        finally:
            spent[0] += time.process_time() - t

    analyse.extract_actors = timed  # type: ignore[assignment]  # the name the analyser calls
    actors, totals = [], []
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "config.yaml"
        cfg.write_text(f"sources:\n  - path: '{bbc}/*/*.txt'\n    header: [title]\n")
        config = load_config(cfg)
        Pipeline(config, cache=False).load(0)  # warm-up: gazetteer parsed once per process
        for _ in range(args.repeat):
            spent[0] = 0.0
            start = time.process_time()
            briefing = Pipeline(config, cache=False).briefing()
            totals.append(time.process_time() - start)
            actors.append(spent[0])
    emit(
        {
            "corpus": "bbc/News Articles",
            "articles": len(briefing.articles),
            "actors": sum(len(a.actors) for a in briefing.articles),
            "extract_actors_cpu_best": round(min(actors), 3),
            "extract_actors_cpu_all": [round(t, 3) for t in actors],
            "pass_cpu_best": round(min(totals), 3),
            "pass_cpu_all": [round(t, 3) for t in totals],
            "clock": "time.process_time (CPU of this process)",
        }
    )


if __name__ == "__main__":
    main()
