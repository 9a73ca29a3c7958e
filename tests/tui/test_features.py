"""Pilot tests: search, export, help, palette, config, loading and themes."""

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
from briefing.tui.widgets.actors import ActorPane
from briefing.tui.widgets.source import HEADING_STYLE
from tests.tui.helpers import (
    SIZE,
    FakeLoader,
    build_article,
    is_visible,
    long_article,
    source,
    styles_at,
    summit_article,
)


async def test_search_incremental_count_and_escape(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        box = app.screen.query_one("#search", Input)
        assert app.focused is box
        await pilot.press("M", "A")
        view = source(app)
        assert len(view.hl.matches) == len(re.findall("ma", view.text, re.IGNORECASE)) > 3
        await pilot.press("r", "s", "h")
        assert len(view.hl.matches) == 3
        count = str(app.screen.query_one("#search-count", Static).render())
        assert count == "3 matches"
        assert view.counter == "match 1/3"
        start = view.hl.matches[0][0]
        assert {"match", "focus"} <= styles_at(view, start)
        await pilot.press("enter")
        assert app.focused is view
        await pilot.press("n")
        assert view.counter == "match 2/3"
        await pilot.press("N", "N")
        assert view.counter == "match 3/3"
        await pilot.press("escape")
        assert view.hl.matches == [] and view.hl.query_text == ""
        assert not app.screen.query_one("#search-bar").display
        assert "match" not in styles_at(view, start)


async def test_search_escape_from_box(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", "p", "l", "a", "n")
        assert len(source(app).hl.matches) == 3
        await pilot.press("escape")
        assert source(app).hl.matches == []
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
        for needle in (
            "Quit",
            "Next article",
            "Search",
            "Export Markdown",
            "Resize",
            "Next mention",
            "ctrl+p",
            "enter",
            "]",
            "?",
        ):
            assert needle in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


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
        assert app.reader.index == 1


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
        assert top.kind == "heading" or app.reader.article.sections[1].start <= top.start
        assert is_visible(view, app.reader.article.sections[1].start)


async def test_keys_from_config_rebind(tmp_path, items):
    path = tmp_path / "config.yaml"
    path.write_text("keys: {next_article: x, quit: [ctrl+c, Q]}\n", "utf-8")
    cfg = load_config(path, require_sources=False)
    app = BriefingApp(cfg, FakeLoader(items))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        assert app.reader.index == 0
        await pilot.press("x")
        assert app.reader.index == 1
        await pilot.press("q")
        assert app.is_running
        await pilot.press("Q")
        await pilot.pause()
        assert not app.is_running


async def test_highlight_rules_and_styles_from_config(tmp_path, items):
    path = tmp_path / "config.yaml"
    path.write_text(
        "highlight:\n  person: bold red\n  rules:\n"
        "    - {pattern: '\\bplan\\b', style: 'italic green'}\n",
        "utf-8",
    )
    cfg = load_config(path, require_sources=False)
    app = BriefingApp(cfg, FakeLoader(items))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = source(app)
        plan = view.text.index(" plan ") + 1
        assert "italic green" in styles_at(view, plan)
        marsh = app.reader.article.actors[0].mentions[0].start
        assert "person" in styles_at(view, marsh)
        strip = view._render_index(view.line_of(marsh))
        styled = [seg for seg in strip if "Elena" in seg.text]
        assert styled and styled[0].style.bold
        assert tuple(styled[0].style.color.triplet) == (255, 0, 0)


async def test_background_loading_fills_every_item(make_app):
    app = make_app(background=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert all(item is not None for item in app.library.items)
        assert not app.screen.query_one("#progress").display
        assert app.loader.loaded.count(0) == 1  # each file parsed once


async def test_markdown_heading_is_styled_not_duplicated(make_app):
    paragraphs = [
        "# Harbour plan",
        "Ministers met in Valdora on Tuesday.",
        "## Reactions",
        "Critics in Valdora warned of lost trade.",
    ]
    article = build_article("md", "Harbour plan", paragraphs)
    text = article.text
    sections = (
        Section(0, text.index("## Reactions"), "Harbour plan", 1, False),
        Section(text.index("## Reactions"), len(text), "Reactions", 2, False),
    )
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
        marsh = app.reader.article.actors[0].mentions[0].start
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
        for key in (
            "right_square_bracket",
            "left_square_bracket",
            "n",
            "N",
            "R",
            "z",
            "tab",
            "enter",
            "j",
            "G",
            "slash",
            "x",
            "escape",
            "l",
            "escape",
        ):
            await pilot.press(key)
        assert app.is_running and app.reader.article is None


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
        app.reader.action_next_article()  # works while the worker is busy
        assert app.reader.index == 1
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not bar.display
        assert sorted(set(app.loader.loaded)) == list(range(30))


async def test_palette_opens_article_list(make_app):
    app = make_app(background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p", *"article list")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleListScreen)


def test_run_opens_the_reader_and_returns_zero(monkeypatch, tmp_path):
    from briefing.tui import app as app_module

    seen = {}
    original = app_module.BriefingApp.run

    def headless_run(self, **kwargs):
        async def pilot(pilot):
            seen["title"] = self.title
            seen["article"] = self.reader.article.title if self.reader.article else None
            await pilot.press("q")

        return original(self, headless=True, size=(80, 24), auto_pilot=pilot)

    monkeypatch.setattr(app_module.BriefingApp, "run", headless_run)
    page = tmp_path / "page.txt"
    page.write_text("A headline\n\nThe Port Authority met on Tuesday. It agreed a plan.\n", "utf-8")
    config = replace(load_config(None, require_sources=False), state=tmp_path / "state.db")
    assert app_module.run(config, [str(page)], ["title"]) == 0
    assert seen == {"title": "A headline", "article": "A headline"}
