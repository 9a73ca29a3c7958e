"""Pilot tests: every binding of the reader, asserting the state it leads to."""

from __future__ import annotations

from textual.widgets import Input, Static

from briefing.config import load_config
from briefing.tui.app import BriefingApp
from briefing.tui.screens.articles import ArticleListScreen
from briefing.tui.widgets.actors import ActorList, ActorPane
from briefing.tui.widgets.source import SourceView
from briefing.tui.widgets.summary import KeyPointList
from tests.tui.helpers import (
    SIZE,
    FakeLoader,
    is_visible,
    long_article,
    source,
    stored_read,
    styles_at,
    summit_article,
)


async def test_start_shows_first_article(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.title == "Test briefing"
        assert app.sub_title.startswith("1/4 · 2024-07-10 · Test Wire")
        assert isinstance(app.focused, KeyPointList)
        headline = app.screen.query_one("#headline", Static)
        assert str(headline.render()) == "Ports plan agreed in Valdora"
        meta = str(app.screen.query_one("#meta", Static).render())
        assert meta == "World · 2024-07-10 · Test Wire · 117 words · 1 min read"
        keypoints = app.screen.query_one(KeyPointList)
        # document order with the rank shown: ranks 2, 1, 3
        prompts = [str(keypoints.get_option_at_index(i).prompt) for i in range(3)]
        assert [p.split(" ")[0] for p in prompts] == ["#2", "#1", "#3"]


async def test_tab_cycles_panes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        assert isinstance(app.focused, ActorList)
        await pilot.press("tab")
        assert isinstance(app.focused, SourceView)
        await pilot.press("tab")
        assert isinstance(app.focused, KeyPointList)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, SourceView)


async def test_keypoint_enter_scrolls_source_to_sentence(make_app):
    article = long_article()
    app = make_app([article, summit_article()])
    async with app.run_test(size=SIZE) as pilot:
        view = source(app)
        kp = article.key_points[0]
        assert not is_visible(view, kp.start)
        await pilot.press("enter")
        await pilot.pause()
        assert view.scroll_y > 0
        assert is_visible(view, kp.start) and is_visible(view, kp.end - 1)
        assert view.hl.current == (kp.start, kp.end)
        assert "current" in styles_at(view, kp.start)
        assert "keypoint" in styles_at(view, kp.start)


async def test_keypoint_list_moves_with_j_k_g_G(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        keypoints = app.screen.query_one(KeyPointList)
        assert keypoints.highlighted == 0
        await pilot.press("j")
        assert keypoints.highlighted == 1
        await pilot.press("down")
        assert keypoints.highlighted == 2
        await pilot.press("k")
        assert keypoints.highlighted == 1
        await pilot.press("g")
        assert keypoints.highlighted == 0
        await pilot.press("G")
        assert keypoints.highlighted == 2
        await pilot.press("enter")  # third in document order is rank 3
        kp = app.reader.article.key_points[2]
        assert source(app).hl.current == (kp.start, kp.end)


async def test_source_scrolls_with_keys(make_app):
    app = make_app([long_article()])
    async with app.run_test(size=SIZE) as pilot:
        view = source(app)
        view.focus()
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("space")
        assert view.scroll_y > 10
        page = view.scroll_y
        await pilot.press("b")
        assert view.scroll_y < page
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        assert app.library.is_read(0)  # reaching the end marks the article read
        assert stored_read(app.library.state, "long")
        await pilot.press("g")
        assert view.scroll_y == 0


async def test_actor_enter_highlights_mentions_and_n_cycles(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        pane = app.screen.query_one(ActorPane)
        assert pane.highlighted_actor.name == "Elena Marsh"  # most salient first
        details = str(app.screen.query_one("#actor-details", Static).render())
        assert "Marsh (surname)" in details and "First mention, line" in details
        await pilot.press("enter")
        view = source(app)
        marsh = app.reader.article.actors[0]
        first, second = sorted(marsh.mentions, key=lambda m: m.start)[:2]
        assert view.counter == "mention 1/3"
        assert is_visible(view, first.start)
        assert {"selected", "focus", "person"} <= styles_at(view, first.start)
        assert "focus" not in styles_at(view, second.start)
        await pilot.press("n")
        assert view.counter == "mention 2/3"
        assert "focus" in styles_at(view, second.start)
        await pilot.press("n", "n")
        assert view.counter == "mention 1/3"  # wraps around
        await pilot.press("N")
        assert view.counter == "mention 3/3"
        assert view.border_subtitle == "mention 3/3"


async def test_actor_filter_by_typing(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "v", "a")
        box = app.screen.query_one("#actor-filter", Input)
        assert app.focused is box and box.value == "va"
        pane = app.screen.query_one(ActorPane)
        assert [a.name for a in pane.shown] == ["Valdora"]
        await pilot.press("enter")  # back to the list
        assert isinstance(app.focused, ActorList)
        await pilot.press("enter")
        assert source(app).counter == "mention 1/2"
        await pilot.press("slash")  # "/" in the actor list focuses the filter
        assert app.focused is box
        await pilot.press("escape")
        assert box.value == "" and len(pane.shown) == 5


async def test_articles_next_previous_and_list(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        assert app.reader.index == 1 and app.sub_title.startswith("2/4")
        await pilot.press("left_square_bracket")
        assert app.reader.index == 0
        await pilot.press("left_square_bracket")
        assert app.reader.index == 0
        await pilot.press("l")
        assert isinstance(app.screen, ArticleListScreen)
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, ArticleListScreen)
        assert app.reader.index == 2 and app.reader.article.id == "markup"
        await pilot.press("right_square_bracket")  # the broken file shows its error
        assert app.reader.index == 3
        assert "could not be loaded" in source(app).text
        await pilot.press("right_square_bracket")
        assert app.reader.index == 3


async def test_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_resize_cycles_focused_pane(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        left = app.screen.query_one("#left")
        normal = left.size.width
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.has_class("-large-left") and left.size.width > normal
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is app.screen.query_one("#summary")
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is None and left.size.width == normal
        await pilot.press("z", "z")  # maximised again; tab leaves it and restores
        assert app.screen.maximized is not None
        await pilot.press("tab")
        await pilot.pause()
        assert app.screen.maximized is None and isinstance(app.focused, ActorList)
        await pilot.press("tab", "z")  # source larger: left column shrinks
        await pilot.pause()
        assert app.screen.has_class("-large-source") and left.size.width < normal


async def test_narrow_layout_shows_one_left_pane(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        summary = app.screen.query_one("#summary")
        actors = app.screen.query_one("#actor-pane")
        assert summary.display and not actors.display
        await pilot.press("tab")
        await pilot.pause()
        assert actors.display and not summary.display
        await pilot.press("tab")
        assert isinstance(app.focused, SourceView) and actors.display
        await pilot.press("tab")
        await pilot.pause()
        assert summary.display and source(app).size.width >= 40


async def test_click_on_keypoint(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        keypoints = app.screen.query_one(KeyPointList)
        await pilot.click(KeyPointList, offset=(2, keypoints.region.height // 2))
        await pilot.pause()
        assert source(app).hl.current is not None


async def test_toggle_read_and_unread_dots(make_app, tmp_path):
    # read.mark: never, so the short first article is not marked read when it is shown
    # (with the default, whether that happens before the first key press is a race).
    path = tmp_path / "never.yaml"
    path.write_text("read: {mark: never}\nstate: state/review.db\nreviewer: tester\n", "utf-8")
    app = make_app(cfg=load_config(path, require_sources=False), background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not app.library.is_read(0)
        await pilot.press("R")
        assert app.library.is_read(0) and stored_read(app.library.state, "summit")
        await pilot.press("l")
        options = app.screen.query_one("#article-options")
        rows = [str(options.get_option_at_index(i).prompt) for i in range(4)]
        assert rows[0].startswith("  Ports plan") and rows[1].startswith("● ")
        assert rows[3] == "● broken.txt"  # not parsed yet: its file name
        await pilot.press("escape", "R")
        assert not app.library.is_read(0) and not stored_read(app.library.state, "summit")


async def test_tiny_layout_shows_only_the_focused_pane(make_app):
    app = make_app(background=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        left, right = app.screen.query_one("#left"), app.screen.query_one("#right")
        assert left.display and not right.display
        await pilot.press("shift+tab")
        await pilot.pause()
        assert isinstance(app.focused, SourceView)
        assert right.display and not left.display and right.size.width == 60


async def test_tiny_layout_enter_shows_the_source(make_app):
    app = make_app([long_article()], background=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        view = source(app)
        assert app.focused is view and view.display
        assert is_visible(view, app.reader.article.key_points[0].start)


async def test_click_on_actor_and_escape_in_source_clears(make_app):
    app = make_app(background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter")  # current key point
        await pilot.click(ActorList, offset=(3, 3))  # fourth row: Norland (C)
        await pilot.pause()
        view = source(app)
        assert app.screen.query_one(ActorPane).highlighted_actor.name == "Norland"
        assert view.counter == "mention 1/2"
        view.focus()
        await pilot.press("escape")
        assert view.counter == "" and view.hl.current is None
        assert not view.hl.layers["selected"].spans


async def test_click_on_mention_selects_its_actor(make_app):
    app = make_app(background=False)
    async with app.run_test(size=SIZE) as pilot:
        view = source(app)
        norland = next(a for a in app.reader.article.actors if a.name == "Norland")
        mention = norland.mentions[1]  # "Norlandic" (demonym)
        line = view.line_of(mention.start)
        column = view.text[view.lines[line].start : mention.start]
        y = line - int(view.scroll_y)
        # +1 for the border: click offsets are relative to the widget's outer region
        await pilot.click(SourceView, offset=(1 + 3 + len(column) + 2, 1 + y))
        await pilot.pause()
        assert view.counter == "mention 1/2"
        assert app.screen.query_one(ActorPane).highlighted_actor.name == "Norland"
        await pilot.click(SourceView, offset=(1 + 1, 1 + y))  # the gutter: nothing
        assert view.counter == "mention 1/2"


async def test_failing_analysis_becomes_an_error_not_a_crash(config):
    class Broken(FakeLoader):
        def load(self, index):
            if index == 1:
                raise ValueError("boom")
            return super().load(index)

    app = BriefingApp(config, Broken([summit_article(), summit_article()]))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("right_square_bracket")
        assert app.reader.index == 1 and "analysis failed: ValueError: boom" in source(app).text


async def test_collector_paused_from_load_until_first_frame(config, items):
    import gc

    seen = {}

    class Probe(BriefingApp):
        def on_mount(self) -> None:
            seen["mount"] = gc.isenabled()
            super().on_mount()

    assert gc.isenabled()
    app = Probe(config, FakeLoader(items))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert seen["mount"] is False  # paused while the first frame is built
        assert gc.isenabled()  # resumed once it is painted
    assert gc.isenabled()


async def test_collector_resumed_when_closed_before_first_frame(config, items):
    import gc

    app = BriefingApp(config, FakeLoader(items))
    app.on_load()
    assert not gc.isenabled()
    app.on_unmount()
    assert gc.isenabled()
