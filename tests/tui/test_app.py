"""Pilot tests: every binding of the reader, asserting the state it leads to."""

from __future__ import annotations

import asyncio
import re
import time
from dataclasses import replace

from textual.command import CommandPalette
from textual.widgets import Input, Static

from briefing.config import load_config
from briefing.model import Section
from briefing.tui.app import BriefingApp
from briefing.tui.screens.articles import ArticleListScreen
from briefing.tui.screens.export import ExportScreen
from briefing.tui.screens.help import HelpScreen
from briefing.tui.widgets.actors import ActorList, ActorPane
from briefing.tui.widgets.source import HEADING_STYLE, SourceView
from briefing.tui.widgets.summary import KeyPointList
from tests.tui.helpers import FakeLoader, build_article, long_article, summit_article

SIZE = (120, 40)


def source(app) -> SourceView:
    return app.screen.query_one(SourceView)


def is_visible(view: SourceView, offset: int) -> bool:
    return view.line_of(offset) in view.visible_lines()


def styles_at(view: SourceView, offset: int) -> set[str]:
    """Layer styles covering ``offset`` on its display line."""
    line = view.line_of(offset)
    return {style for start, end, style in view.line_spans(line) if start <= offset < end}


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
        assert view.current == (kp.start, kp.end)
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
        kp = app.article.key_points[2]
        assert source(app).current == (kp.start, kp.end)


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
        assert 0 in app.read  # reaching the end marks the article read
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
        marsh = app.article.actors[0]
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
        assert app.index == 1 and app.sub_title.startswith("2/4")
        await pilot.press("left_square_bracket")
        assert app.index == 0
        await pilot.press("left_square_bracket")
        assert app.index == 0
        await pilot.press("l")
        assert isinstance(app.screen, ArticleListScreen)
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, ArticleListScreen)
        assert app.index == 2 and app.article.id == "markup"
        await pilot.press("right_square_bracket")  # the broken file shows its error
        assert app.index == 3
        assert "could not be loaded" in source(app).text
        await pilot.press("right_square_bracket")
        assert app.index == 3


async def test_search_incremental_count_and_escape(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        box = app.screen.query_one("#search", Input)
        assert app.focused is box
        await pilot.press("M", "A")
        view = source(app)
        assert len(view.matches) == len(re.findall("ma", view.text, re.IGNORECASE)) > 3
        await pilot.press("r", "s", "h")
        assert len(view.matches) == 3
        count = str(app.screen.query_one("#search-count", Static).render())
        assert count == "3 matches"
        assert view.counter == "match 1/3"
        start = view.matches[0][0]
        assert {"match", "focus"} <= styles_at(view, start)
        await pilot.press("enter")
        assert app.focused is view
        await pilot.press("n")
        assert view.counter == "match 2/3"
        await pilot.press("N", "N")
        assert view.counter == "match 3/3"
        await pilot.press("escape")
        assert view.matches == [] and view.query_text == ""
        assert not app.screen.query_one("#search-bar").display
        assert "match" not in styles_at(view, start)


async def test_search_escape_from_box(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "p", "l", "a", "n")
        assert len(source(app).matches) == 3
        await pilot.press("escape")
        assert source(app).matches == []
        assert app.focused is source(app)


async def test_export_writes_markdown(make_app, config):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, ExportScreen)
        box = app.screen.query_one(Input)
        assert box.value == str(config.export_path)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert config.export_path.is_file()
        text = config.export_path.read_text("utf-8")
        assert "Ports plan agreed in Valdora" in text
        assert any(str(config.export_path) in n.message for n in app._notifications)


async def test_export_cancel(make_app, config):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "escape")
        assert not isinstance(app.screen, ExportScreen)
        assert not config.export_path.exists()


async def test_help_lists_every_binding(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text", Static).render())
        for needle in ("Quit", "Next article", "Search", "Export Markdown", "Resize",
                       "Next mention", "ctrl+p", "enter", "]", "?"):
            assert needle in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


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
        await pilot.press("tab", "tab", "z")  # source larger: left column shrinks
        await pilot.pause()
        assert app.screen.has_class("-large-source") and left.size.width < normal


async def test_palette_jumps_to_actor_and_article(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"Norland")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert source(app).counter == "mention 1/2"
        assert app.screen.query_one(ActorPane).highlighted_actor.name == "Norland"
        await pilot.press("ctrl+p", *"long report")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.index == 1


async def test_palette_jumps_to_section(make_app):
    app = make_app([summit_article(), long_article()])
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.press("right_square_bracket")
        await pilot.press("ctrl+p", *"Later")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        view = source(app)
        top = view.lines[int(view.scroll_y)]
        assert top.kind == "heading" or app.article.sections[1].start <= top.start
        assert is_visible(view, app.article.sections[1].start)


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


async def test_keys_from_config_rebind(tmp_path, items):
    path = tmp_path / "config.yaml"
    path.write_text("keys: {next_article: x, quit: [ctrl+c, Q]}\n", "utf-8")
    cfg = load_config(path, require_sources=False)
    app = BriefingApp(cfg, FakeLoader(items))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        assert app.index == 0
        await pilot.press("x")
        assert app.index == 1
        await pilot.press("q")
        assert app.is_running
        await pilot.press("Q")
        await pilot.pause()
        assert not app.is_running


async def test_highlight_rules_and_styles_from_config(tmp_path, items):
    path = tmp_path / "config.yaml"
    path.write_text("highlight:\n  person: bold red\n  rules:\n"
                    "    - {pattern: '\\bplan\\b', style: 'italic green'}\n", "utf-8")
    cfg = load_config(path, require_sources=False)
    app = BriefingApp(cfg, FakeLoader(items))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = source(app)
        plan = view.text.index(" plan ") + 1
        assert "italic green" in styles_at(view, plan)
        marsh = app.article.actors[0].mentions[0].start
        assert "person" in styles_at(view, marsh)
        strip = view._render_index(view.line_of(marsh))
        styled = [seg for seg in strip if "Elena" in seg.text]
        assert styled and styled[0].style.bold
        assert tuple(styled[0].style.color.triplet) == (255, 0, 0)


async def test_click_on_keypoint(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        keypoints = app.screen.query_one(KeyPointList)
        await pilot.click(KeyPointList, offset=(2, keypoints.region.height // 2))
        await pilot.pause()
        assert source(app).current is not None


async def test_background_loading_fills_every_item(make_app):
    app = make_app(background=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert all(item is not None for item in app.items)
        assert not app.screen.query_one("#progress").display
        assert app.loader.loaded.count(0) == 1  # each file parsed once


async def test_toggle_read_and_unread_dots(make_app):
    app = make_app(background=False)
    async with app.run_test(size=SIZE) as pilot:
        assert app.read == set()
        await pilot.press("R")
        assert app.read == {0}
        await pilot.press("l")
        options = app.screen.query_one("#article-options")
        rows = [str(options.get_option_at_index(i).prompt) for i in range(4)]
        assert rows[0].startswith("  Ports plan") and rows[1].startswith("● ")
        assert rows[3] == "● broken.txt"  # not parsed yet: its file name
        await pilot.press("escape", "R")
        assert app.read == set()


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


async def test_markdown_heading_is_styled_not_duplicated(make_app):
    paragraphs = ["# Harbour plan", "Ministers met in Valdora on Tuesday.", "## Reactions",
                  "Critics in Valdora warned of lost trade."]
    article = build_article("md", "Harbour plan", paragraphs)
    text = article.text
    sections = (Section(0, text.index("## Reactions"), "Harbour plan", 1, False),
                Section(text.index("## Reactions"), len(text), "Reactions", 2, False))
    article = replace(article, sections=sections)
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = source(app)
        assert not any(line.kind == "heading" for line in view.lines)
        start = text.index("## Reactions")
        assert HEADING_STYLE in styles_at(view, start + 3)
        assert HEADING_STYLE not in styles_at(view, text.index("Critics"))


async def test_theme_change_restyles_source(make_app):
    app = make_app(background=False)
    async with app.run_test(size=SIZE) as pilot:
        view = source(app)
        marsh = app.article.actors[0].mentions[0].start
        before = view._style("person")
        app.theme = "nord"
        await pilot.pause()
        after = view._style("person")
        assert before != after  # "$accent" resolved again for the new theme
        strip = view.render_line(view.line_of(marsh) - int(view.scroll_y))
        elena = next(seg for seg in strip if seg.text.startswith("Elena"))
        assert tuple(elena.style.color.triplet) == (180, 142, 173)  # nord's accent


async def test_empty_briefing_keys_do_not_crash(config):
    app = BriefingApp(config, FakeLoader([]))
    async with app.run_test(size=SIZE) as pilot:
        assert app.sub_title == "no articles"
        for key in ("right_square_bracket", "left_square_bracket", "n", "N", "R", "z",
                    "tab", "enter", "j", "G", "slash", "x", "escape", "l", "escape"):
            await pilot.press(key)
        assert app.is_running and app.article is None


async def test_tiny_layout_enter_shows_the_source(make_app):
    app = make_app([long_article()], background=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        view = source(app)
        assert app.focused is view and view.display
        assert is_visible(view, app.article.key_points[0].start)


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
        assert view.counter == "" and view.current is None
        assert not view._layers["selected"].spans


class SlowLoader(FakeLoader):
    """A loader whose files take a while to parse (the worker must show progress)."""

    def load(self, index: int):
        if index:
            time.sleep(0.03)
        return super().load(index)


async def test_progress_visible_while_parsing_and_ui_responsive(config):
    articles = [summit_article()] + [long_article(10) for _ in range(29)]
    app = BriefingApp(config, SlowLoader(articles))
    async with app.run_test(size=SIZE) as pilot:
        await asyncio.sleep(0.5)
        bar = app.screen.query_one("#progress", Static)
        assert bar.display and str(bar.render()).startswith("Parsing articles ")
        app.action_next_article()  # works while the worker is busy
        assert app.index == 1
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not bar.display
        assert sorted(set(app.loader.loaded)) == list(range(30))
