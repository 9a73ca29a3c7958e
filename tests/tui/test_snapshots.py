"""SVG snapshots of the reader (pytest-textual-snapshot); update with --snapshot-update."""

from __future__ import annotations

from tests.tui.helpers import long_article, markup_article, summit_article


def articles():
    return [summit_article(), long_article(), markup_article()]


def test_main_80x24(snap_compare, make_app):
    assert snap_compare(make_app(articles(), background=False), terminal_size=(80, 24))


def test_main_160x48(snap_compare, make_app):
    assert snap_compare(make_app(articles(), background=False), terminal_size=(160, 48))


def test_help_screen(snap_compare, make_app):
    assert snap_compare(make_app(articles(), background=False), press=["question_mark"],
                        terminal_size=(120, 40))


def test_search_state(snap_compare, make_app):
    assert snap_compare(make_app(articles(), background=False),
                        press=["slash", *"plan", "enter", "n"], terminal_size=(120, 40))


def test_actor_selected(snap_compare, make_app):
    assert snap_compare(make_app(articles(), background=False),
                        press=["tab", "j", "j", "j", "enter", "n"], terminal_size=(120, 40))


def test_keypoint_jump_80x24(snap_compare, make_app):
    assert snap_compare(make_app([long_article()], background=False),
                        press=["enter"], terminal_size=(80, 24))


def test_markup_article(snap_compare, make_app):
    assert snap_compare(make_app([markup_article()], background=False),
                        terminal_size=(100, 24))
