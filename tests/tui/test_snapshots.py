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
    assert snap_compare(
        make_app(articles(), background=False), press=["question_mark"], terminal_size=(120, 40)
    )


def test_search_state(snap_compare, make_app):
    assert snap_compare(
        make_app(articles(), background=False),
        press=["slash", *"plan", "enter", "n"],
        terminal_size=(120, 40),
    )


def test_actor_selected(snap_compare, make_app):
    assert snap_compare(
        make_app(articles(), background=False),
        press=["tab", "j", "j", "j", "enter", "n"],
        terminal_size=(120, 40),
    )


def test_keypoint_jump_80x24(snap_compare, make_app):
    assert snap_compare(
        make_app([long_article()], background=False), press=["enter"], terminal_size=(80, 24)
    )


def test_markup_article(snap_compare, make_app):
    assert snap_compare(make_app([markup_article()], background=False), terminal_size=(100, 24))


def _parsed_then_review(app):
    async def run_before(pilot):
        for index in range(len(app.library.items)):
            app.library.get(index)  # parsed up front: no "parsing" notification in the picture
        await pilot.press("r")
        await pilot.pause()

    return run_before


def test_review_screen_120x40(snap_compare, make_app):
    """Review mode after accept and reject, the sentence cursor moved on (reviewer: tester)."""
    app = make_app(articles(), background=False)
    assert snap_compare(
        app,
        press=["a", "x", "J", "_"],
        terminal_size=(120, 40),
        run_before=_parsed_then_review(app),
    )


def test_review_summary(snap_compare, make_app):
    app = make_app([summit_article()], background=False)
    assert snap_compare(
        app,
        press=["a", "f", "x", "_"],
        terminal_size=(120, 40),
        run_before=_parsed_then_review(app),
    )


def test_markdown_article_120x40(snap_compare, make_app):
    from tests.tui.markdown_data import harbour_fixed

    app = make_app([harbour_fixed()], background=False)
    assert snap_compare(app, terminal_size=(120, 40))
