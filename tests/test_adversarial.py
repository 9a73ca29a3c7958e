"""Adversarial text: linear-ish work, offset invariants, and short fuzz runs.

Work is counted, not timed: the number of executed lines in ``briefing/`` while one
article is loaded and analysed. Linear code does about 4x the work on 4x the input,
quadratic code 16x; the bound (6x) sits between, and the count is deterministic. (The
old quadratic ``sections._depths`` gives 8.6x on the repeated-paragraph case.)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.clean import UNSAFE
from briefing.config import ConfigError, load_config
from briefing.load import Loader
from briefing.model import LoadError
from briefing.pipeline import Pipeline
from briefing.state.store import StateError
from briefing.state.transfer import read_state_export
from tests.test_offsets import check_invariants

PACKAGE = str(Path(__file__).resolve().parent.parent / "briefing")
CONFIG = load_config(None, require_sources=False)
FAST = settings(
    max_examples=6, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True
)

words = st.sampled_from(
    ["NATO", "Mr.", "U.S.", "said", "the", "Smith", "a.m.", "No.", "5", "Jan.", "China", "(AP)"]
)
punct = st.sampled_from(list(".!?…,;:()[]\"'“”‘’-—") + ["...", "?!", "!!!"])
unit = st.lists(st.one_of(words, punct), min_size=3, max_size=14).map(" ".join)
quote_heavy = st.lists(st.sampled_from(['"', "“", "”", "'", "He said.", "No", "’s"]), min_size=3)


def _article(text: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_text("Title\n\n" + text, "utf-8")
        pipe = Pipeline(CONFIG, [str(path)])
        return pipe, pipe.load(0)


def _work(text: str) -> int:
    """Executed lines in briefing/ while loading and analysing ``text``."""
    pipe, _ = _article("warm up.\n")  # gazetteer and imports outside the count
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a.txt"
        path.write_text("Title\n\n" + text, "utf-8")
        pipe = Pipeline(CONFIG, [str(path)])
        pipe.analyser  # noqa: B018 - built before counting
        sys.settrace(tracer)
        try:
            pipe.load(0)
        finally:
            sys.settrace(None)
    return count


def _linear(make, n: int) -> None:
    small, large = _work(make(n)), _work(make(4 * n))
    assert large <= 6 * small + 20_000, f"work grew {large / max(small, 1):.1f}x for 4x input"


@FAST
@given(unit)
def test_one_long_line_is_linear(piece):
    _linear(lambda n: " ".join([piece] * n) + "\n", 60)


@FAST
@given(unit)
def test_repeated_paragraphs_are_linear(piece):
    _linear(lambda n: "\n".join([piece + " The minister said it went well."] * n) + "\n", 100)


@FAST
@given(quote_heavy)
def test_quote_heavy_text_is_linear(parts):
    _linear(lambda n: " ".join(parts * n) + "\n", 40)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(unit, quote_heavy.map(" ".join)), min_size=1, max_size=12))
def test_adversarial_text_keeps_offsets(paragraphs):
    _, article = _article("\n".join(paragraphs) + "\n")
    if not isinstance(article, LoadError):
        check_invariants(article)


# -- fuzz: loader, config, state importer ------------------------------------------------

front = st.sampled_from(["---\n", "title: ", "&a ", "*a ", "[", "]", "{", "}", "\\e", '"', "\n"])


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.binary(max_size=300) | st.lists(front, max_size=30).map(lambda p: "".join(p).encode()))
def test_fuzz_loader(data):
    with tempfile.TemporaryDirectory() as folder:
        for name in ("a.md", "b.txt"):
            (Path(folder) / name).write_bytes(data + b"\nNATO met. They agreed.\n")
        loader = Loader(CONFIG, [folder])
        for i in range(len(loader)):
            result = loader.read(i)
            if isinstance(result, LoadError):
                assert not UNSAFE.search(result.reason)
                continue
            doc, meta = result
            assert not UNSAFE.search(doc.text)
            for value in [*meta.values(), *meta["tags"]]:
                assert not isinstance(value, str) or not UNSAFE.search(value)


yamlish = st.lists(
    st.sampled_from(
        [
            "sources:",
            " - ",
            "path: ",
            "'*.txt'",
            "keys:",
            "{quit: ",
            "}",
            "highlight:",
            "\n",
            "  ",
            "&x ",
            "*x",
            "[",
            "]",
            "rules:",
            "pattern: ",
            "'(a+)+'",
            "\\e",
            "title: ",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(yamlish)
def test_fuzz_config(text):
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "a.txt").write_text("Title\n\nBody.\n")
        path = Path(folder) / "config.yaml"
        path.write_text(text)
        try:
            config = load_config(path)
        except ConfigError as exc:
            assert "\n" not in str(exc) and not UNSAFE.search(str(exc))
        else:
            assert not UNSAFE.search(config.title or "")


stateish = st.lists(
    st.sampled_from(
        [
            "schema: briefing-state/1\n",
            "items:\n",
            "  k:\n",
            "    article: a\n",
            "read:\n",
            "  a: {read: true, at: '2026-01-01T00:00:00Z'}\n",
            "&x ",
            "*x",
            "[",
            "{",
            "\\e",
            "\n",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(stateish)
def test_fuzz_state_import(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.yaml"
        path.write_text(text)
        try:
            read_state_export(path)
        except StateError as exc:
            assert "\n" not in str(exc) and not UNSAFE.search(str(exc))
