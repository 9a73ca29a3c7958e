"""Article text is shown literally: no markup, no actions, no control sequences."""

from __future__ import annotations

from textual.widgets import Static

from briefing.tui.text import clean, wrap_line
from briefing.tui.widgets.actors import ActorPane
from briefing.tui.widgets.source import SourceView
from briefing.tui.widgets.summary import KeyPointList
from tests.tui.helpers import build_article, markup_article


def screen_lines(app) -> list[str]:
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


def all_segments(app):
    for strip in app.screen._compositor.render_strips():
        yield from strip


async def test_markup_and_escapes_render_literally(make_app):
    app = make_app([markup_article()])
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        screen = "\n".join(screen_lines(app))
        assert "[bold]not bold[/]" in screen
        assert "[@click=quit]a fake link[/]" in screen
        assert "[$accent]var[/]" in screen
        assert "[red]colour[/red]" in screen
        assert "␛[31mred?␛[0m" in screen and "␇" in screen
        assert "[bold]Not a title tag[/] ␛[2J" in screen  # headline in the summary
        for segment in all_segments(app):
            assert "\x1b" not in segment.text and "\x07" not in segment.text
            style = segment.style
            assert style is None or not style.meta.get("@click")
            assert style is None or not style.link
        # Clicking the fake link does nothing.
        view = app.screen.query_one(SourceView)
        line = view.line_of(view.text.index("[@click"))
        x = view.lines[line].start
        await pilot.click(SourceView, offset=(3 + view.text.index("a fake") - x, line))
        await pilot.pause()
        assert app.is_running


async def test_markup_in_actor_details_keypoints_and_palette(make_app):
    article = build_article(
        "m2",
        "Plain",
        ["The [b]Union[/b] met [@click=app.quit]x[/] today. It ended."],
        actors={"[b]Union[/b]": ("group", ("[i]role[/i]",), [("[b]Union[/b]", "name")])},
        keypoints=["The [b]Union[/b] met [@click=app.quit]x[/] today."],
    )
    app = make_app([article])
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("tab")
        details = str(app.screen.query_one("#actor-details", Static).render())
        assert "[b]Union[/b]" in details and "[i]role[/i]" in details
        pane = app.screen.query_one(ActorPane)
        assert pane.highlighted_actor is not None
        kp = app.screen.query_one(KeyPointList).get_option_at_index(0).prompt
        assert "[@click=app.quit]x[/]" in str(kp)
        await pilot.press("ctrl+p", *"Union")
        await pilot.pause(0.3)
        screen = "\n".join(screen_lines(app))
        assert "[b]Union[/b]" in screen
        await pilot.press("escape")
        assert app.is_running


def test_clean_keeps_offsets_and_removes_controls():
    raw = "a\x1b[31mb\x07c\td\r\ne\x9bf\u202eg\x7f"
    out = clean(raw)
    assert len(out) == len(raw)
    assert "\n" in out
    assert not any(ord(c) < 32 and c != "\n" for c in out)
    assert not any(0x7F <= ord(c) < 0xA0 for c in out)
    assert "\u202e" not in out


def test_wrap_line_covers_text_and_fits_width():
    from briefing.tui.text import text_width

    ascii_text = "word " * 30 + "x" * 50 + "  tail   end"
    for text in (ascii_text, ascii_text + " 漢字漢字漢字 end", "“quoted” " * 20):
        for width in (1, 7, 20, 33):
            lines = wrap_line(text, 0, len(text), width)
            assert lines[0][0] == 0 and lines[-1][1] == len(text)
            for (_, end), (start, _) in zip(lines, lines[1:], strict=False):
                assert end == start  # contiguous, nothing lost
            # a single two-cell character cannot fit in one cell; everything else fits
            assert all(
                text_width(text[a:b].rstrip()) <= width or len(text[a:b].rstrip()) == 1
                for a, b in lines
            )
            if width == 20:  # greedy: no line could have taken the next word
                for (a, b), (c, d) in zip(lines, lines[1:], strict=False):
                    nxt = text[c:d].split(" ")[0]
                    assert text_width(text[a:b] + nxt) > width
