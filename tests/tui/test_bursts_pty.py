"""No lost keys in a real terminal: `briefing` in a pseudo-terminal, each burst one write."""

from __future__ import annotations

import shutil
import sys
import time

import pytest

from briefing.config import load_config
from briefing.pipeline import Pipeline
from briefing.state import ReviewStore
from tests.test_review_durability import SEED, Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")


def folder(tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    (tmp_path / "config.yaml").write_text(
        "sources:\n  - {path: '*.txt', format: text, header: [category, title, dek]}\n"
        "state: state/review.db\nreviewer: tester\nkeypoints: {count: 5}\n",
        "utf-8",
    )
    return tmp_path


def test_note_and_ctrl_s_in_one_write_are_stored(tmp_path):
    folder(tmp_path)
    term = Terminal([sys.executable, "-m", "briefing", "review"], tmp_path)
    try:
        term.wait_for("0/5 reviewed", timeout=60)
        term.send(b"cHello there\x13")  # c, the note, ctrl+s: one write
        term.wait_for("Note saved", timeout=60)
        term.send(b"a")
        term.wait_for("1/5 reviewed", timeout=60)
    finally:
        term.kill()
    config = load_config(tmp_path / "config.yaml")
    article = next(iter(Pipeline(config)))
    with ReviewStore.open(config.state, "checker") as store:
        found = {i.sentence: i for i in store.reviews_for(article)}
    first = article.key_points[0].sentence
    assert found[first].note == "Hello there"
    assert found[first].verdict == "accepted"


def test_search_and_actor_filter_typed_in_one_write(tmp_path):
    folder(tmp_path)
    term = Terminal([sys.executable, "-m", "briefing"], tmp_path)
    try:
        term.wait_for("Actors (13)", timeout=60)
        term.send(b"/zqxwv")  # open the search and type at once
        term.wait_for("zqxwv", timeout=60)
        term.wait_for("0 matches", timeout=60)
        term.send(b"\x1b")  # escape: clear the search (back to the source)
        # A terminal tells a lone escape from ESC + key only by the pause after it (tab
        # right after it reads as ESC TAB, shift+tab): wait out Textual's 0.1 s delay.
        time.sleep(0.5)
        term.wait_for("Actors (13)", timeout=60)
        term.send(b"\t\t")  # source, key points, actors
        time.sleep(2)  # let the focus settle: the burst under test is the filter text
        term.send(b"iran")  # r and n are reader keys: every letter must reach the filter
        term.wait_for("Actors (1/13)", timeout=60)
    finally:
        term.kill()


def test_escape_and_a_key_in_one_write_are_two_keys(tmp_path):
    # A terminal sends Alt+R as ESC R: in one burst, escape closes the view, r opens review.
    folder(tmp_path)
    term = Terminal([sys.executable, "-m", "briefing"], tmp_path)
    try:
        term.wait_for("Actors (13)", timeout=60)
        term.send(b"w")
        term.wait_for("Who said what (11 statements)", timeout=60)
        term.send(b"\x1br")
        term.wait_for("0/5 reviewed", timeout=60)
    finally:
        term.kill()
