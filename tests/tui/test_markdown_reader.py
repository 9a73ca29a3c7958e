"""The reader on a Markdown article: markup hidden, jumps, search and clicks on drawn cells."""

from __future__ import annotations

from dataclasses import replace

from briefing.tui.markdown_view import plain
from briefing.tui.widgets.summary import KeyPointList, SummaryPane
from tests.tui.helpers import SIZE, is_visible, source, styles_at
from tests.tui.markdown_data import RAW, harbour_article


def screen_lines(view) -> list[str]:
    return [view._render_index(i).text.rstrip() for i in range(len(view.lines))]


async def test_markdown_rendered_without_raw_markup(make_app, tmp_path):
    article = harbour_article(tmp_path)
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = source(app)
        lines = screen_lines(view)
        shown = "\n".join(lines)
        for raw in RAW:
            assert raw not in shown, raw
        body = [line[3:] for line in lines]  # past the gutter
        assert "Harbour plan agreed" in body and "Positions" in body
        assert any(line.startswith("• Minister Elena Marsh") for line in body)
        assert any(line.startswith("  ◦ Smaller harbours") for line in body)
        assert any(line.startswith("1. The Port Authority") for line in body)
        assert any(line.startswith("▎ Critics called the speech premature.") for line in body)
        assert "╭─ python" in body and '│ ports = ["Valdora", "Kestrel"]' in body
        summary = app.screen.query_one(KeyPointList)
        prompts = [str(summary.get_option_at_index(i).prompt) for i in range(summary.option_count)]
        assert prompts and not any("**" in p or "](" in p or "- " in p[:5] for p in prompts)


async def test_keypoint_jump_and_search_land_on_the_right_line(make_app, tmp_path):
    article = harbour_article(tmp_path)
    app = make_app([article], background=False)
    async with app.run_test(size=(100, 16)) as pilot:
        await pilot.pause()
        view = source(app)
        keypoints = app.screen.query_one(KeyPointList)
        for position in range(keypoints.option_count):
            keypoints.highlighted = position
            await pilot.press("enter")
            kp = article.key_points[keypoints.selected_index]
            line = view.line_of(kp.start)
            assert is_visible(view, kp.start)
            assert "current" in styles_at(view, kp.start)
            drawn_line = view.lines[line]
            a = drawn_line.cells[0]
            lead = drawn_line.row.prefix if a == 0 else drawn_line.row.hang
            column = 3 + len(lead) + drawn_line.row.cell_of(kp.start) - a
            first_word = plain(kp.text).split()[0]
            assert view._render_index(line).text[column:].lstrip("• ").startswith(first_word)
        await pilot.press("slash", *"cost $2.4bn over", "enter")
        assert len(view.hl.matches) == 1
        start, end = view.hl.matches[0]
        assert article.text[start:end] == "cost __$2.4bn__ over"  # drawn text, source offsets
        assert is_visible(view, start)
        drawn = view._render_index(view.line_of(start))
        assert "cost $2.4bn over" in drawn.text
        assert "match" in styles_at(view, start) and "match" in styles_at(view, end - 1)
        plain_bg = next(seg.style.bgcolor for seg in drawn if "Officials" in seg.text)
        lit = "".join(seg.text for seg in drawn if seg.style.bgcolor != plain_bg)
        assert lit == "cost $2.4bn over"  # exactly the drawn cells of the match


async def test_click_on_drawn_cell_selects_its_mention(make_app, tmp_path):
    article = harbour_article(tmp_path)
    actor = next(a for a in article.actors if a.name == "Port Authority")
    linked = min(m.start for m in actor.mentions)  # inside [Port Authority](...)
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        view = source(app)
        index = view.line_of(linked)
        line = view.lines[index]
        column = line.row.cell_of(linked) - line.cells[0] + 3 + 1
        assert view.offset_at(column, index - int(view.scroll_y)) == linked + 1
        await pilot.click(type(view), offset=(column, index - int(view.scroll_y) + 1))
        await pilot.pause()
        assert view.counter.startswith("mention")


async def test_article_warnings_shown_in_summary(make_app, tmp_path):
    article = replace(harbour_article(tmp_path), warnings=("analysis tuned for English",))
    app = make_app([article], background=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        box = app.screen.query_one(SummaryPane).query_one("#warnings")
        assert box.display and "⚠ analysis tuned for English" in str(box.render())
