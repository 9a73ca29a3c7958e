"""Reader speed bench: prints JSON.

1. ``first_paint``: a fresh process opening the seed vs. a bare Textual app
   (Header, a Static showing the seed's text, Footer), both headless at 120x40, timed
   from process start to the first frame (``on_ready``); medians of alternating runs.
   ``seed_analyser_ms`` is the part spent building the analyser (gazetteer).
2. ``big_article``: switching to a ~10,000-word article (built from BBC articles in a
   temporary folder) and jumping to its last key point, each timed from the key press
   to a full render of the screen.
3. ``bbc_all``: every file under ``bbc/News Articles``: time to the first article on
   screen, key-press latency while the rest parse in the worker, and the total parse time.

Usage: ``.venv/bin/python bench/tui.py [--runs N] [--skip-bbc]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from textual import events

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("BRIEFING_CORPORA", ROOT.parent / "shared" / "corpora"))
BBC = CORPORA / "bbc" / "News Articles"
PYTHON = sys.executable
KEY_TIMEOUT = 10.0

CHILD = r"""
import sys, time
start = time.perf_counter()
mode = sys.argv[1]
from textual.app import App
from textual.widgets import Footer, Header, Static

if mode == "bare":
    from pathlib import Path

    seed = next(Path("seeds").glob("*.txt")).read_text("utf-8")

    class Bare(App):
        def compose(self):
            yield Header()
            yield Static(seed, markup=False)  # the same seed, as plain text
            yield Footer()

        def on_ready(self):
            self.exit(time.perf_counter() - start)

    app = Bare()
else:
    from briefing.config import load_config
    from briefing.pipeline import Pipeline
    from briefing.tui.app import BriefingApp

    class Reader(BriefingApp):
        def on_ready(self):
            assert self.reader.article is not None and self.reader.query_one("#source").lines
            self.exit(time.perf_counter() - start)

    import dataclasses, tempfile
    from pathlib import Path
    config = load_config("config.yaml")
    config = dataclasses.replace(config, state=Path(tempfile.mkdtemp()) / "state.db")
    loader = Pipeline(config)
    a0 = time.perf_counter()
    loader.analyser  # built by load(0) anyway; timed apart to show where the time goes
    print("analyser", time.perf_counter() - a0)
    app = Reader(config, loader)
print(app.run(headless=True, size=(120, 40)))
"""


def first_paint(runs: int) -> dict:
    """Alternate bare and seed child processes; medians of in-process and wall times.

    The package is byte-compiled first, as `pip install` does (textual's own bytecode was
    compiled at install time too); a development shell with PYTHONDONTWRITEBYTECODE would
    otherwise recompile every briefing module from source on each start.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "briefing"), quiet=1)
    out: dict[str, list[float]] = {"bare": [], "seed": [], "bare_wall": [], "seed_wall": []}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(runs):
        for mode in ("bare", "seed"):
            t0 = time.perf_counter()
            done = subprocess.run(
                [PYTHON, "-c", CHILD, mode],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            wall = time.perf_counter() - t0
            if done.returncode != 0:
                raise RuntimeError(done.stderr[-2000:])
            lines = done.stdout.strip().splitlines()
            out[mode].append(float(lines[-1]))
            if mode == "seed":
                out.setdefault("analyser", []).append(float(lines[0].split()[1]))
            out[f"{mode}_wall"].append(wall)
    med = {k: statistics.median(v) for k, v in out.items()}
    return {
        "runs": runs,
        "bare_ms": round(med["bare"] * 1000, 1),
        "seed_ms": round(med["seed"] * 1000, 1),
        "ratio": round(med["seed"] / med["bare"], 3),
        "bare_wall_ms": round(med["bare_wall"] * 1000, 1),
        "seed_wall_ms": round(med["seed_wall"] * 1000, 1),
        "wall_ratio": round(med["seed_wall"] / med["bare_wall"], 3),
        "target_ratio": 1.5,
        "seed_analyser_ms": round(med["analyser"] * 1000, 1),
        "seed_without_analyser_ratio": round((med["seed"] - med["analyser"]) / med["bare"], 3),
    }


def _render(app) -> None:
    """Lay out the screen and render every visible line (all the work of a frame)."""
    app.screen._refresh_layout(app.size)
    app.screen._compositor.render_strips()


async def _key(app, key: str, character: str | None, changed) -> float:
    """Post a key press; return seconds until ``changed()`` holds and a frame is rendered.

    (Pilot's ``press`` waits for the whole process to go idle, which a busy load
    worker never does, so it cannot time keys while parsing.)
    """
    start = time.perf_counter()
    app.post_message(events.Key(key, character))
    while not changed():
        if time.perf_counter() - start > KEY_TIMEOUT:
            raise TimeoutError(f"key {key!r} had no visible effect in {KEY_TIMEOUT} s")
        await asyncio.sleep(0.0005)
    _render(app)
    return time.perf_counter() - start


def build_big(folder: Path, words: int = 10_000) -> Path:
    """Concatenate BBC business articles (bodies only) into one ~``words``-word file."""
    parts: list[str] = []
    count = 0
    for path in sorted((BBC / "business").glob("*.txt"), key=lambda p: int(p.stem)):
        body = path.read_bytes().decode("utf-8", "replace").split("\n", 1)[-1].strip()
        parts.append(body)
        count += len(body.split())
        if count >= words:
            break
    big = folder / "big.txt"
    big.write_text("A long combined report\n\n" + "\n\n".join(parts) + "\n", "utf-8")
    return big


async def big_article(runs: int) -> dict:
    """Switch between the seed and a 10k-word article; jump to a key point far down."""
    from briefing.config import load_config
    from briefing.pipeline import Pipeline
    from briefing.tui.app import BriefingApp
    from briefing.tui.widgets.source import SourceView
    from briefing.tui.widgets.summary import KeyPointList

    config = replace(
        load_config(ROOT / "config.yaml"), state=Path(tempfile.mkdtemp()) / "state.db"
    )  # never the repo's state
    with tempfile.TemporaryDirectory() as tmp:
        big = build_big(Path(tmp))
        seed = next((ROOT / "seeds").glob("*.txt"))
        loader = Pipeline(config, [str(seed), str(big)], ["category", "title", "dek"])
        t0 = time.perf_counter()
        loaded_big = loader.load(1)
        parse_ms = (time.perf_counter() - t0) * 1000
        app = BriefingApp(config, loader, background=False)
        switch, jump = [], []
        async with app.run_test(size=(120, 40)) as pilot:
            app.library.items[1] = loaded_big
            view = app.screen.query_one(SourceView)
            for _ in range(runs):
                app.reader.query_one(KeyPointList).focus()
                switch.append(
                    await _key(app, "right_square_bracket", "]", lambda: app.reader.index == 1)
                )
                lines = len(view.lines)
                keypoints = app.reader.query_one(KeyPointList)
                keypoints.highlighted = keypoints.option_count - 1  # lowest in the text
                await pilot.pause()
                jump.append(await _key(app, "enter", "\r", lambda: view.hl.current is not None))
                assert view.line_of(view.hl.current[0]) in view.visible_lines()
                assert view.scroll_y > 0
                await pilot.press("left_square_bracket")
                await pilot.pause()
        return {
            "words": loaded_big.word_count,
            "display_lines": lines,
            "first_load_ms_incl_analyser": round(parse_ms, 1),
            "switch_ms_median": round(statistics.median(switch) * 1000, 1),
            "switch_ms_max": round(max(switch) * 1000, 1),
            "jump_ms_median": round(statistics.median(jump) * 1000, 1),
            "jump_ms_max": round(max(jump) * 1000, 1),
            "target_ms": 100,
        }


async def bbc_all() -> dict:
    """All BBC files: first article on screen, UI responsiveness while the rest parse."""
    from briefing.config import load_config
    from briefing.pipeline import Pipeline
    from briefing.tui.app import BriefingApp

    config = replace(
        load_config(ROOT / "config.yaml"), state=Path(tempfile.mkdtemp()) / "state.db"
    )  # never the repo's state
    t0 = time.perf_counter()
    loader = Pipeline(config, [str(BBC)], ["title"])
    app = BriefingApp(config, loader)
    lags, keys, progress = [], [], ""
    async with app.run_test(size=(120, 40)):
        assert app.reader.article is not None
        _render(app)
        first = time.perf_counter() - t0
        view = app.reader.query_one("#source")
        presses = [
            ("right_square_bracket", "]", lambda i: app.reader.index == i + 1),
            ("j", "j", lambda i: True),
            ("left_square_bracket", "[", lambda i: app.reader.index == i - 1),
        ] * 10
        while any(item is None for item in app.library.items):
            # Event-loop lag: how late a 10 ms sleep wakes up while the worker parses.
            s0 = time.perf_counter()
            await asyncio.sleep(0.01)
            lags.append(time.perf_counter() - s0 - 0.01)
            if presses and len(lags) % 5 == 0:
                key, char, test = presses.pop(0)
                if key == "j":
                    view.focus()
                    top = view.scroll_y
                    if view.max_scroll_y > top:  # a short article cannot scroll
                        keys.append(await _key(app, key, char, lambda t=top: view.scroll_y != t))
                else:
                    index = app.reader.index
                    keys.append(await _key(app, key, char, lambda t=test, i=index: t(i)))
            text = str(app.reader.query_one("#progress").render())
            progress = progress or (text if "Parsing" in text else "")
        parsed = time.perf_counter() - t0
        await app.workers.wait_for_complete()
        loaded = sum(item is not None for item in app.library.items)
        errors = sum(hasattr(item, "reason") for item in app.library.items)
    return {
        "files": len(loader.files),
        "first_article_s": round(first, 3),
        "target_s": 2.0,
        "loop_lag_ms_median": round(statistics.median(lags) * 1000, 1) if lags else None,
        "loop_lag_ms_max": round(max(lags) * 1000, 1) if lags else None,
        "keys_pressed_while_parsing": len(keys),
        "key_ms_median": round(statistics.median(keys) * 1000, 1) if keys else None,
        "key_ms_max": round(max(keys) * 1000, 1) if keys else None,
        "progress_seen": progress,
        "all_parsed_s": round(parsed, 2),
        "loaded": loaded,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-bbc", action="store_true")
    parser.add_argument("--part", choices=("big", "bbc"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    if args.part:  # one measurement in this fresh process
        part = big_article(args.runs) if args.part == "big" else bbc_all()
        print(json.dumps(asyncio.run(part)))
        return
    result: dict = {"first_paint": first_paint(args.runs)}
    if not BBC.is_dir():
        result["skipped"] = f"corpus not found: {BBC} (big_article and bbc_all need it)"
    else:
        parts = ["big"] + ([] if args.skip_bbc else ["bbc"])
        for part in parts:
            done = subprocess.run(
                [PYTHON, __file__, "--part", part, "--runs", str(args.runs)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=600,
            )
            if done.returncode != 0:
                raise RuntimeError(done.stderr[-3000:])
            name = "big_article" if part == "big" else "bbc_all"
            result[name] = json.loads(done.stdout.strip().splitlines()[-1])
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
