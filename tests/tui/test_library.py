"""Library and Highlights without Textual: loading, rows, read marks, targets, counter."""

from __future__ import annotations

import threading

from briefing.model import LoadError
from briefing.tui.highlights import Highlights, Layer
from briefing.tui.library import Library
from briefing.tui.state import StateLink
from tests.tui.helpers import FakeLoader, stored_read, summit_article


def library(config, items, problems=None):
    link = StateLink(config, (problems if problems is not None else []).append)
    return Library(FakeLoader(items), link)


def test_get_parses_once_even_from_two_threads(config, items):
    lib = library(config, items)
    threads = [threading.Thread(target=lambda: [lib.get(i) for i in range(4)]) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(lib.loader.loaded) == [0, 1, 2, 3]
    assert lib.complete and lib.progress() == (4, 4, 1)


def test_a_crash_in_analysis_becomes_a_load_error(config, items):
    class Boom(FakeLoader):
        def load(self, index):
            raise ValueError("boom")

    lib = Library(Boom(items), StateLink(config, print))
    item = lib.get(0)
    assert isinstance(item, LoadError) and "ValueError: boom" in item.reason
    assert "ValueError: boom" in lib.article(0).text  # shown as a stand-in article


def test_rows_before_and_after_parsing(config, items):
    lib = library(config, items)
    assert [title for title, _, _ in lib.rows()] == [
        "summit.txt",
        "long.txt",
        "markup.txt",
        "broken.txt",
    ]
    lib.get(0), lib.get(3)
    rows = lib.rows()
    assert rows[0] == ("Ports plan agreed in Valdora", "2024-07-10", False)
    assert rows[3][0].startswith("broken.txt (failed:") and rows[3][2] is True


def test_read_marks_are_saved_and_load_errors_count_as_read(config, items):
    lib = library(config, items)
    assert not lib.is_read(0) and lib.is_read(3) is False  # unparsed: not known to fail yet
    assert lib.toggle_read(0) is True
    assert stored_read(lib.state, "summit")
    lib.get(3)
    assert lib.is_read(3) and lib.toggle_read(3) is True  # a load error cannot be unread
    assert lib.toggle_read(0) is False and not stored_read(lib.state, "summit")


def test_briefing_parses_everything(config, items):
    briefing = library(config, items).briefing()
    assert [a.id for a in briefing.articles] == ["summit", "long", "markup"]
    assert len(briefing.errors) == 1 and briefing.title == "Test briefing"


def test_layer_overlapping_finds_long_spans_starting_earlier():
    layer = Layer([(0, 50, "a"), (10, 12, "b"), (60, 70, "c")])
    assert layer.overlapping(40, 61) == [(0, 50, "a"), (60, 70, "c")]
    assert layer.overlapping(50, 60) == []


def loaded() -> tuple[Highlights, object]:
    article = summit_article()
    hl = Highlights([("Tuesday", "reverse")])
    hl.load(article, article.text)
    return hl, article


def test_layers_come_from_the_model_offsets():
    hl, article = loaded()
    day = article.text.index("Tuesday")
    assert (day, day + 7, "reverse") in hl.spans(0, len(article.text))
    marsh = article.actors[0]
    first = marsh.mentions[0]
    assert hl.owner_at(first.start) == marsh.id and hl.owner_at(0) is None
    assert (first.start, first.end, "person") in hl.spans(first.start, first.end)
    assert set(hl.kp_rank.values()) == {1, 2, 3}


def test_search_targets_and_counter():
    hl, article = loaded()
    assert hl.counter == ""
    first = hl.search("PLAN", top=0)
    count = article.text.lower().count("plan")
    assert first == 0 and len(hl.matches) == count and hl.counter == f"{count} matches"
    assert hl.goto(first) == hl.matches[0] and hl.counter == f"match 1/{count}"
    assert hl.step(-1) == -1 and hl.goto(-1) == hl.matches[-1]  # wraps to the last
    late = hl.matches[-1][0]
    assert hl.search("plan", top=late) == count - 1  # the first match at or below the top
    assert hl.search("no such words") is None and hl.counter == "no matches"


def test_matches_win_over_mentions_and_clearing_falls_back():
    hl, article = loaded()
    marsh = article.actors[0]
    assert hl.step(1) is None
    hl.select_mentions(marsh.mentions)
    total = len(marsh.mentions)
    assert hl.target_kind == "mention" and hl.counter == f"{total} mentions"
    assert hl.step(1) == 0 and hl.step(-1) == -1
    hl.search("plan")
    assert hl.target_kind == "match"
    hl.search("")
    assert hl.target_kind == "mention" and hl.target_index == -1


def test_current_span_and_reload_clear_the_view_layers():
    hl, article = loaded()
    hl.set_current((0, 5))
    hl.search("plan")
    assert (0, 5, "current") in hl.spans(0, 5)
    hl.load(article, article.text)
    assert hl.current is None and not hl.matches and not hl.layers["match"].spans


def test_skipped_lists_unreadable_folders_and_skipped_files_cleaned(config, items):
    loader = FakeLoader(items)
    loader.problems = [LoadError("news/locked", "cannot read folder: Permission denied; skipped")]
    loader.skipped = [("news/x\x1b]0;T\x07.gif", "unsupported format (.gif)")]
    lines = Library(loader, StateLink(config, print)).skipped()
    assert lines[0] == "news/locked: cannot read folder: Permission denied; skipped"
    assert "\x1b" not in lines[1] and "\x07" not in lines[1] and "unsupported" in lines[1]
