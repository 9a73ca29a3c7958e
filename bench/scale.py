"""Scale bench: whole-process export speed, worker processes, parse cache, memory. Prints JSON.

1. ``bbc_export``: ``briefing export --format json --header title --jobs 1`` over the
   2,225 BBC articles as a fresh process (pinned to one core), against the in-process
   ``bench/pipeline.py`` rate measured in the same run (target: >= 0.8x). Three cache
   states: ``cold`` (an empty cache folder: parse, analyse and write the cache),
   ``no_cache`` (``BRIEFING_NO_CACHE=1``) and ``warm`` (every article cached). Best of
   ``--rounds`` interleaved rounds.
2. ``big``: 10,000 BBC articles (the 2,225 copied into a temporary folder with a line
   that makes every copy distinct, so nothing is cached by accident):
   - ``first_paint``: a fresh reader process to its first painted article (as in
     ``bench/tui.py``: process start to ``on_ready``), for the seed and for the 10,000
     files, both with a warm cache (target: <= 3x the seed, and < 1 s when the seed
     paints in 0.3 s); also the 10,000 files with an empty cache;
   - ``export``: cold export (empty cache) with ``--jobs 1`` and ``--jobs 2`` (target:
     >= 1.7x faster) and the peak resident memory of the export processes, workers
     included (``getrusage(RUSAGE_CHILDREN)`` in a wrapper: the largest process; target
     < 300 MB);
   - ``reader``: peak resident memory of the reader once every article is parsed (from
     the cache; target < 500 MB) and the time until then.

``load`` is the machine's load average when each part ran (this machine's two cores are
shared, so the 2-job speed-up reads low under load).

Usage: ``.venv/bin/python bench/scale.py [--copies N] [--rounds N] [--skip-big]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

# This script's folder must not be on sys.path: bench/email.py would shadow the stdlib.
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))
from bench.common import ROOT, corpus, emit  # noqa: E402

PYTHON = sys.executable
NEUTRAL = tempfile.mkdtemp(prefix="scale-cwd-")  # a working directory without config.yaml
BRIEFING = [PYTHON, "-m", "briefing"]

# Runs a command, then prints its wall time and the largest resident set of it and its
# (waited-for) descendants, in KB.
WRAPPER = r"""
import os, resource, subprocess, sys, time
pin = os.environ.pop("SCALE_PIN", "")
if pin and hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {int(pin)})
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(wall, rss, done.returncode)
sys.stderr.write(done.stderr.decode("utf-8", "replace")[-2000:])
"""

# A reader process timed from its start to the first painted article (cf. bench/tui.py).
PAINT = r"""
import sys, time
start = time.perf_counter()
import dataclasses, tempfile
from pathlib import Path
from briefing.config import load_config
from briefing.pipeline import Pipeline
from briefing.tui.app import BriefingApp

mode, target = sys.argv[1], sys.argv[2]

class Reader(BriefingApp):
    def on_ready(self):
        assert self.reader.article is not None and self.reader.query_one("#source").lines
        self.exit(time.perf_counter() - start)

state = Path(tempfile.mkdtemp()) / "state.db"
if mode == "seed":
    config = dataclasses.replace(load_config("config.yaml"), state=state)
    pipeline = Pipeline(config)
else:
    config = dataclasses.replace(load_config(None, require_sources=False), state=state)
    pipeline = Pipeline(config, [target], ["title"])
took = Reader(config, pipeline).run(headless=True, size=(120, 40))
cache = pipeline.cache
print(cache.hits if cache is not None else 0)  # the first article came from the cache?
print(took)
"""

# A reader process that waits until every article is parsed, then reports its peak RSS.
ALL_PARSED = r"""
import asyncio, dataclasses, resource, sys, tempfile, time
from pathlib import Path
from briefing.config import load_config
from briefing.pipeline import Pipeline
from briefing.tui.app import BriefingApp

async def main():
    state = Path(tempfile.mkdtemp()) / "state.db"
    config = dataclasses.replace(load_config(None, require_sources=False), state=state)
    start = time.perf_counter()
    app = BriefingApp(config, Pipeline(config, [sys.argv[1]], ["title"]))
    async with app.run_test(size=(120, 40)):
        while any(item is None for item in app.library.items):
            await asyncio.sleep(0.05)
        parsed = time.perf_counter() - start
        await app.workers.wait_for_complete()
        loaded = sum(item is not None for item in app.library.items)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(parsed, rss, loaded)

asyncio.run(main())
"""


# In-process: every BBC article parsed and analysed (no cache), written to an empty cache,
# then read back from it; milliseconds per article, best of three passes each.
CACHE_SPEED = r"""
import json, sys, time
from briefing.config import load_config
from briefing.pipeline import Pipeline

config = load_config(None, require_sources=False)
def timed(**kw):
    best = None
    for _ in range(3):
        pipe = Pipeline(config, [sys.argv[1]], ["title"], **kw)
        start = time.perf_counter()
        items = [pipe.load(i) for i in range(len(pipe))]
        took = time.perf_counter() - start
        pipe.close()
        best = took if best is None else min(best, took)
    return best, items
Pipeline(config, [sys.argv[1]], ["title"], cache=False).load(0)  # the gazetteer, once
parse, fresh = timed(cache=False)
pipe = Pipeline(config, [sys.argv[1]], ["title"])
start = time.perf_counter()
for i in range(len(pipe)):
    pipe.load(i)
write = time.perf_counter() - start
pipe.close()
read, cached = timed()
print(json.dumps({"files": len(fresh), "parse_s": parse, "parse_and_write_s": write,
                  "read_s": read, "same": fresh == cached}))
"""


def cache_speed(bbc: Path) -> dict:
    """Parse vs. cache read, in one process (see CACHE_SPEED)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = json.loads(child([PYTHON, "-c", CACHE_SPEED, str(bbc)], Path(tmp), 900))
    n = data["files"]
    return {
        "files": n,
        "parse_ms_per_article": round(1000 * data["parse_s"] / n, 3),
        "parse_and_cache_write_ms_per_article": round(1000 * data["parse_and_write_s"] / n, 3),
        "cache_read_ms_per_article": round(1000 * data["read_s"] / n, 3),
        "read_speedup": round(data["parse_s"] / data["read_s"], 2),
        "cached_equal_to_parsed": data["same"],
        "load": load(),
    }


def load() -> str:
    """The load averages (1, 5, 15 min)."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def env(cache: Path | None, **extra: str) -> dict[str, str]:
    """The environment for a child: this tree's package, the given cache folder."""
    out = dict(os.environ, PYTHONPATH=str(ROOT), **extra)
    if cache is not None:
        out["XDG_CACHE_HOME"] = str(cache)
    out["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="scale-state-")  # no review state
    return out


def child(args: list[str], cache: Path | None, timeout: int) -> str:
    """Run ``args`` from this tree with :func:`env`; its stdout, or an error with stderr."""
    done = subprocess.run(
        args, cwd=ROOT, env=env(cache), capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return done.stdout


def run_wrapped(args: list[str], environ: dict[str, str], pin: bool = False) -> dict:
    """Run ``args`` under the wrapper: wall seconds, peak RSS (MB) and the exit code."""
    if pin and hasattr(os, "sched_getaffinity"):
        environ = dict(environ, SCALE_PIN=str(min(os.sched_getaffinity(0))))
    done = subprocess.run(
        [PYTHON, "-c", WRAPPER, *args],
        cwd=NEUTRAL,  # no ./config.yaml: the packaged default, as the reader children use
        env=environ,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    wall, rss, code = done.stdout.split()
    if int(code) not in (0, 1):
        raise RuntimeError(done.stderr)
    return {"s": float(wall), "rss_mb": round(int(rss) / 1024, 1), "exit": int(code)}


def export_args(folder: Path, jobs: int) -> list[str]:
    """``briefing export --format json`` over ``folder`` into one scratch file, rewritten
    each run (``--force``: export refuses to overwrite a file otherwise)."""
    out = Path(tempfile.gettempdir()) / f"scale-export-{os.getpid()}.json"
    return [*BRIEFING, "export", "--format", "json", "--header", "title", "--jobs", str(jobs),
            "--force", "-o", str(out), str(folder)]  # fmt: skip


def pipeline_rate() -> float:
    """Articles per second of the in-process pipeline (``bench/pipeline.py``, one core)."""
    out = child([PYTHON, str(ROOT / "bench" / "pipeline.py"), "--repeat", "1"], None, 600)
    return json.loads(out)["articles_per_second"]


def bbc_export(bbc: Path, rounds: int) -> dict:
    """Whole-process export with one job vs. the in-process pipeline, interleaved."""
    runs: dict[str, list[float]] = {"pipeline": [], "cold": [], "no_cache": [], "warm": []}
    rss: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for round_ in range(rounds):
            runs["pipeline"].append(pipeline_rate())
            cache = Path(tmp) / f"cache{round_}"
            cold = run_wrapped(export_args(bbc, 1), env(cache), pin=True)
            warm = run_wrapped(export_args(bbc, 1), env(cache), pin=True)
            none = run_wrapped(export_args(bbc, 1), env(cache, BRIEFING_NO_CACHE="1"), pin=True)
            runs["cold"].append(cold["s"])
            runs["warm"].append(warm["s"])
            runs["no_cache"].append(none["s"])
            rss += [cold["rss_mb"], warm["rss_mb"], none["rss_mb"]]
    files = sum(1 for _ in bbc.rglob("*.txt"))
    rate = max(runs["pipeline"])
    out: dict = {
        "files": files,
        "pipeline_articles_per_s_best": rate,
        "pipeline_articles_per_s_all": runs["pipeline"],
    }
    for name in ("cold", "no_cache", "warm"):
        best = min(runs[name])
        out[f"export_{name}_s_best"] = round(best, 2)
        out[f"export_{name}_s_all"] = [round(x, 2) for x in runs[name]]
        out[f"export_{name}_articles_per_s"] = round(files / best, 1)
        out[f"ratio_{name}"] = round(files / best / rate, 3)
    out["target_ratio"] = 0.8
    out["export_peak_rss_mb"] = max(rss)
    out["load"] = load()
    return out


def make_big(bbc: Path, folder: Path, count: int) -> int:
    """``count`` BBC articles: the corpus copied over and over, each copy made distinct."""
    sources = sorted(bbc.rglob("*.txt"))
    made = 0
    while made < count:
        copy = made // len(sources)
        for source in sources:
            if made >= count:
                break
            target = folder / f"copy{copy}" / source.parent.name / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes() + f"\n\nFiled as copy {copy}.\n".encode())
            made += 1
    return made


def first_paint(target: Path, mode: str, cache: Path) -> tuple[float, int]:
    """Seconds from a fresh reader process's start to its first painted article, and
    how many articles it had read from the parse cache by then."""
    lines = child([PYTHON, "-c", PAINT, mode, str(target)], cache, 300).strip().splitlines()
    return float(lines[-1]), int(lines[-2])


def big(bbc: Path, copies: int, runs: int) -> dict:
    """The 10,000-article figures (see the module docstring)."""
    import compileall

    compileall.compile_dir(str(ROOT / "briefing"), quiet=1)  # as pip install does
    out: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "big"
        out["files"] = make_big(bbc, folder, copies)
        caches = Path(tmp) / "caches"
        # Cold exports, one and two jobs, each with an empty cache; interleaved.
        one, two, rss = [], [], []
        for round_ in range(2):
            for jobs, times in ((1, one), (2, two)):
                cache = caches / f"export-{jobs}-{round_}"
                result = run_wrapped(export_args(folder, jobs), env(cache))
                times.append(result["s"])
                rss.append(result["rss_mb"])
        out["export"] = {
            "cold_1_job_s": [round(x, 2) for x in one],
            "cold_2_jobs_s": [round(x, 2) for x in two],
            "speedup_2_jobs": round(min(one) / min(two), 3),
            "target_speedup": 1.7,
            "peak_rss_mb": max(rss),
            "target_rss_mb": 300,
            "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
            "load": load(),
        }
        warm = caches / "export-1-1"  # every article of the folder is cached in it
        empty = caches / "empty"
        seed, reopen, cold, hits = [], [], [], []
        first_paint(ROOT, "seed", warm)  # the seed's entry joins the warm cache
        for _ in range(runs):
            seed.append(first_paint(ROOT, "seed", warm)[0])
            took, hit = first_paint(folder, "big", warm)
            reopen.append(took)
            hits.append(hit)
            shutil.rmtree(empty, ignore_errors=True)
            cold.append(first_paint(folder, "big", empty)[0])
        s, r = statistics.median(seed), statistics.median(reopen)
        out["first_paint"] = {
            "runs": runs,
            "seed_s": round(s, 3),
            "big_cached_s": round(r, 3),
            "ratio": round(r / s, 3),
            "target_ratio": 3.0,
            "big_cached_scaled_to_0_3_s_seed": round(r * 0.3 / s, 3),
            "big_cached_hits_at_first_paint": hits,
            "big_uncached_s": round(statistics.median(cold), 3),
            "load": load(),
        }
        parsed, peak, loaded = child([PYTHON, "-c", ALL_PARSED, str(folder)], warm, 900).split()
        out["reader"] = {
            "all_parsed_s": round(float(parsed), 2),
            "loaded": int(loaded),
            "peak_rss_mb": round(int(peak) / 1024, 1),
            "target_rss_mb": 500,
            "load": load(),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10_000, help="articles in the big briefing")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the BBC export timing")
    parser.add_argument("--runs", type=int, default=3, help="first-paint runs (median)")
    parser.add_argument("--skip-big", action="store_true", help="only the BBC export part")
    parser.add_argument("--skip-bbc", action="store_true", help="only the 10,000-article part")
    args = parser.parse_args()
    bbc = corpus("bbc", "News Articles")
    result: dict = {"load_at_start": load()}
    if not args.skip_bbc:
        result["cache"] = cache_speed(bbc)
        result["bbc_export"] = bbc_export(bbc, args.rounds)
    if not args.skip_big:
        result["big"] = big(bbc, args.copies, args.runs)
    emit(result)


if __name__ == "__main__":
    main()
