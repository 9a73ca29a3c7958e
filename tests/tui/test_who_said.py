"""Who said what in the reader: the source highlight, the actor's statements, the view."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from briefing.config import ConfigError, load_config
from briefing.pipeline import Pipeline
from briefing.tui.app import BriefingApp
from briefing.tui.highlights import Highlights
from briefing.tui.screens.reader import ReaderScreen
from briefing.tui.screens.statements import StatementOptions, WhoSaidWhatScreen
from briefing.tui.who_said import UNRESOLVED, content_excerpt, count_label, filter_groups, groups
from briefing.tui.widgets.actors import ActorList, ActorPane
from briefing.tui.widgets.statements import StatementList
from tests.tui.helpers import SIZE, is_visible, source, styles_at, summit_article
from tests.tui.statements_data import burst, quotes_article

ROOT = Path(__file__).resolve().parents[2]


def layer_spans(hl: Highlights, name: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e, _ in hl.layers[name].spans]


def model_spans(article):
    contents = sorted((c.start, c.end) for s in article.statements for c in s.contents)
    cues = sorted((s.cue.start, s.cue.end) for s in article.statements)
    speakers = sorted(
        (s.speaker_span.start, s.speaker_span.end)
        for s in article.statements
        if s.speaker_span is not None
    )
    return contents, cues, speakers


def shown_rows(screen: WhoSaidWhatScreen) -> list[tuple[str, str]]:
    """(group label or "", statement cue) of every row of the view, top to bottom."""
    box = screen.query_one(StatementOptions)
    rows = []
    for index in range(box.option_count):
        option = box.get_option_at_index(index)
        if (option.id or "").startswith("g"):
            rows.append(("group", str(option.prompt._visual).split("  ")[0][2:]))
        elif option.id:
            rows.append(("", screen.shown[option.id].cue_text))
    return rows


# ------------------------------------------------------------------ plain grouping


def test_groups_by_speaker_most_statements_first_unresolved_last():
    article = quotes_article()
    found = groups(article)
    assert [(g.label, len(g.statements)) for g in found] == [
        ("Elena Marsh", 3),
        ("Port Authority", 2),  # ties: the earlier first statement first
        ("Fishers Union", 2),
        (UNRESOLVED, 1),
    ]
    for group in found:
        assert list(group.statements) == sorted(group.statements, key=lambda s: s.start)
    assert found[-1].speaker is None and found[-1].statements[0].cue_text == "warned"
    assert sum(len(g.statements) for g in found) == len(article.statements)


def test_filter_needs_every_word_in_speaker_cue_or_content():
    article = quotes_article()
    every = groups(article)
    assert filter_groups(article, every, "") == every
    kept = filter_groups(article, every, "MARSH said")
    assert [(g.label, [s.cue_text for s in g.statements]) for g in kept] == [
        ("Elena Marsh", ["said", "said"])
    ]
    assert [g.label for g in filter_groups(article, every, "she money")] == ["Elena Marsh"]
    assert [g.label for g in filter_groups(article, every, "critics")] == [UNRESOLVED]
    assert filter_groups(article, every, "nobody said this") == []


def test_excerpt_cuts_at_a_word():
    article = quotes_article()
    statement = article.statements[0]
    assert content_excerpt(article, statement) == "the talks ran late into the night"
    assert content_excerpt(article, statement, 20) == "the talks ran late…"  # not "lat…"


def test_excerpt_of_a_markdown_article_has_no_markup():
    article = replace(quotes_article(), layout="markdown")
    text = article.text.replace("the talks ran late", "the talks ran **late**", 1)
    shift = len("****")
    first = article.statements[0]
    moved = replace(first.contents[0], end=first.contents[0].end + shift)
    article = replace(article, text=text, statements=(replace(first, contents=(moved,)),))
    assert "**" in moved.text_of(text)
    assert content_excerpt(article, article.statements[0]) == "the talks ran late into the night"


# ------------------------------------------------------------------ source highlight


def test_statement_layers_are_the_model_offsets():
    article = quotes_article()
    hl = Highlights()
    hl.load(article, article.text)
    contents, cues, speakers = model_spans(article)
    assert layer_spans(hl, "statement") == contents
    assert layer_spans(hl, "cue") == cues
    assert layer_spans(hl, "speaker") == speakers
    two_part = next(s for s in article.statements if len(s.contents) == 2)
    assert [(c.start, c.end) for c in two_part.contents] == [
        span for span in contents if two_part.start <= span[0] < two_part.end
    ]


async def test_statement_highlight_in_the_source(make_app):
    article = quotes_article()
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = source(app)
        for statement in article.statements:
            for content in statement.contents:
                assert "statement" in styles_at(view, content.start)
                assert "statement" in styles_at(view, content.end - 1)
                assert "cue" not in styles_at(view, content.start)
            assert "cue" in styles_at(view, statement.cue.start)
            assert "statement" not in styles_at(view, statement.cue.start)
            if statement.speaker_span is not None:
                assert "speaker" in styles_at(view, statement.speaker_span.start)
        between = article.text.index("Harbour ministers")  # not said by anyone
        assert not {"statement", "cue", "speaker"} & styles_at(view, between)
        # The configured styles are what the source renders.
        assert view.highlight["statement"] == "italic"
        assert view.highlight["cue"] == app.config.highlight["cue"]


async def test_seed_statement_layers_equal_the_model(tmp_path):
    config = replace(load_config(ROOT / "config.yaml"), state=tmp_path / "state.db")
    app = BriefingApp(config, Pipeline(config))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article = app.reader.article
        assert len(article.statements) >= 4
        hl = source(app).hl
        contents, cues, speakers = model_spans(article)
        assert layer_spans(hl, "statement") == contents
        assert layer_spans(hl, "cue") == cues
        assert layer_spans(hl, "speaker") == speakers
        await pilot.press("w")
        screen = app.screen
        assert isinstance(screen, WhoSaidWhatScreen)
        labels = [g.label for g in screen.groups]
        counts = [len(g.statements) for g in screen.groups]
        assert counts == sorted(counts, reverse=True) and sum(counts) == len(article.statements)
        assert labels[0] == "NATO"
        await pilot.press(*"biden", "enter")
        biden = next(s for s in article.statements if "lagging" in s.content_text(article.text))
        assert source(app).hl.current == (biden.start, biden.end)


def test_statement_styles_configurable_and_validated(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("highlight: {statement: dim, cue: bold red, speaker: underline}\n", "utf-8")
    config = load_config(path, require_sources=False)
    assert (config.highlight["statement"], config.highlight["cue"]) == ("dim", "bold red")
    assert config.highlight["speaker"] == "underline"
    path.write_text("highlight: {statment: dim}\n", "utf-8")
    with pytest.raises(ConfigError, match="did you mean 'statement'"):
        load_config(path, require_sources=False)
    path.write_text("highlight: {cue: [bold]}\n", "utf-8")
    with pytest.raises(ConfigError, match="highlight.cue"):
        load_config(path, require_sources=False)


# ------------------------------------------------------------------ the actor pane


async def _select_marsh(pilot, app):
    await pilot.press("tab")
    pane = app.screen.query_one(ActorPane)
    while pane.highlighted_actor.name != "Elena Marsh":
        await pilot.press("j")
    await pilot.press("enter")
    return pane


async def test_actor_statements_listed_with_counter_and_jump(make_app):
    article = quotes_article()
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _select_marsh(pilot, app)
        marsh = pane.highlighted_actor
        said = article.statements_of(marsh.id)
        assert len(said) == 3
        box = app.screen.query_one(StatementList)
        assert box.display and box.option_count == 3
        assert box.border_title == "Statements 1/3"
        first_row = str(box.get_option_at_index(0).prompt)
        assert first_row.startswith("told reporters “We have a plan")
        assert first_row.endswith(f"L{article.line_of(said[0].start)}")
        view = source(app)
        # In the actor list n/N still walk the mentions.
        await pilot.press("n")
        assert view.counter == f"mention 2/{len(marsh.mentions)}"
        await pilot.press("tab")  # the statements follow the actor list
        assert app.focused is box
        await pilot.press("enter")
        assert view.hl.current == (said[0].start, said[0].end)
        assert "current" in styles_at(view, said[0].contents[0].start)
        await pilot.press("n")
        assert box.border_title == "Statements 2/3"
        assert view.hl.current == (said[1].start, said[1].end)
        await pilot.press("n", "n")  # wraps
        assert box.border_title == "Statements 1/3"
        await pilot.press("N")
        assert box.border_title == "Statements 3/3"
        assert view.hl.current == (said[2].start, said[2].end)
        assert is_visible(view, said[2].start)
        # The mention walk was left where it was.
        assert view.counter == f"mention 2/{len(marsh.mentions)}"
        await pilot.press("tab")
        assert app.focused is view
        await pilot.press("shift+tab")
        assert app.focused is box
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ActorList)


async def test_first_n_in_the_list_shows_the_statement_under_the_cursor(make_app):
    article = quotes_article()
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        pane = await _select_marsh(pilot, app)
        said = article.statements_of(pane.highlighted_actor.id)
        await pilot.press("tab", "j", "n")
        box = app.screen.query_one(StatementList)
        assert box.border_title == "Statements 2/3"
        assert source(app).hl.current == (said[1].start, said[1].end)
        await pilot.press("n")
        assert source(app).hl.current == (said[2].start, said[2].end)


async def test_actor_without_statements_hides_the_list(make_app):
    article = quotes_article()
    app = make_app([article, summit_article()], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab")
        pane = app.screen.query_one(ActorPane)
        while pane.highlighted_actor.name != "Valdora":
            await pilot.press("j")
        await pilot.pause()
        box = app.screen.query_one(StatementList)
        assert not box.display
        await pilot.press("tab")  # straight to the source
        assert app.focused is source(app)
        await pilot.press("right_square_bracket")  # an article without statements
        await pilot.pause()
        assert not box.display and box.statements == ()


# ------------------------------------------------------------------ the view


async def test_view_groups_in_order_and_filters_a_burst(make_app):
    article = quotes_article()
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        screen = app.screen
        assert isinstance(screen, WhoSaidWhatScreen)
        assert app.focused is screen.query_one(Input)
        assert shown_rows(screen) == [
            ("group", "Elena Marsh"),
            ("", "told reporters"),
            ("", "said"),
            ("", "said"),
            ("group", "Port Authority"),
            ("", "said"),
            ("", "According to"),
            ("group", "Fishers Union"),
            ("", "called"),
            ("", "said"),
            ("group", UNRESOLVED),
            ("", "warned"),
        ]
        assert screen.query_one("#who-box").border_title == "Who said what (8 statements)"
        await burst(pilot, "quit protest")  # bound letters (q, n...) are filter text here
        assert screen.filter_text == "quit protest" and app.is_running
        assert shown_rows(screen) == []
        assert "No statements match." in str(
            screen.query_one(StatementOptions).get_option_at_index(0).prompt
        )
        await burst(pilot, ["backspace"] * len("quit protest"))
        assert screen.filter_text == "" and len(shown_rows(screen)) == 12
        await burst(pilot, "protest")
        assert screen.filter_text == "protest"
        assert shown_rows(screen) == [("group", "Fishers Union"), ("", "said")]
        assert screen.query_one("#who-box").border_title == "Who said what (1/8 statements)"


async def test_burst_right_after_the_key_reaches_the_filter(make_app):
    app = make_app([quotes_article()], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await burst(pilot, ["w", *"critics"])
        screen = app.screen
        assert isinstance(screen, WhoSaidWhatScreen)
        assert screen.filter_text == "critics"
        assert shown_rows(screen) == [("group", UNRESOLVED), ("", "warned")]


async def test_view_enter_jumps_and_lists_the_speakers_statements(make_app):
    article = quotes_article()
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w", *"money")
        target = next(s for s in article.statements if len(s.contents) == 2)
        assert app.screen.highlighted_statement == target
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        view = source(app)
        assert view.hl.current == (target.start, target.end)
        assert is_visible(view, target.start)
        box = app.screen.query_one(StatementList)
        assert app.focused is box and box.border_title == "Statements 2/3"
        assert app.screen.query_one(ActorPane).highlighted_actor.id == target.speaker
        await pilot.press("n")  # goes on with the same speaker
        following = article.statements_of(target.speaker)[2]
        assert view.hl.current == (following.start, following.end)


async def test_view_unresolved_jump_and_escape(make_app):
    article = quotes_article()
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w", "down", "down", "down")  # the header between is skipped
        port = next(g for g in groups(article) if g.label == "Port Authority")
        assert app.screen.highlighted_statement == port.statements[0]
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)
        assert source(app).hl.current is None
        await pilot.press("w", *"critics", "enter")
        unresolved = article.statements_of(None)[0]
        assert source(app).hl.current == (unresolved.start, unresolved.end)


async def test_view_key_is_rebindable_and_in_the_palette(tmp_path, make_app):
    path = tmp_path / "config.yaml"
    path.write_text(f"state: {tmp_path / 's.db'}\nkeys: {{who_said_what: v}}\n", "utf-8")
    app = make_app([quotes_article()], cfg=load_config(path, require_sources=False))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("v")
        assert isinstance(app.screen, WhoSaidWhatScreen)
        await pilot.press("escape", "ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"who said what")
        hits = app.screen.query_one(CommandList)
        for _ in range(100):  # the palette searches in a worker: wait for the hit
            await pilot.pause(0.05)
            if hits.highlighted is not None and hits.option_count:
                if str(hits.get_option_at_index(hits.highlighted).prompt).startswith("Who said"):
                    break
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WhoSaidWhatScreen)


async def test_view_of_an_article_without_statements(make_app):
    app = make_app([summit_article()], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        screen = app.screen
        assert isinstance(screen, WhoSaidWhatScreen) and screen.shown == {}
        row = screen.query_one(StatementOptions).get_option_at_index(0)
        assert row.disabled and str(row.prompt) == "No statements found."
        await pilot.press("enter")  # nothing to jump to: the view stays
        assert app.screen is screen
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen) and source(app).hl.current is None


def test_view_snapshot_120x40(snap_compare, make_app):
    assert snap_compare(
        make_app([quotes_article()], background=False), press=["w"], terminal_size=(120, 40)
    )


def test_view_filtered_snapshot_80x24(snap_compare, make_app):
    assert snap_compare(
        make_app([quotes_article()], background=False),
        press=["w", *"said"],
        terminal_size=(80, 24),
    )


def test_count_label_agrees_with_the_number():
    assert count_label(1) == "1 statement"
    assert count_label(4) == "4 statements"
    assert count_label(2, 4) == "2/4 statements"
    assert count_label(0, 1) == "0/1 statement"
    assert count_label(0) == "0 statements"
