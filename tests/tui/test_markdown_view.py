"""The Markdown display mapping: drawn cells, their text offsets, hidden markup (no textual)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.load.layout import split_markdown
from briefing.model import Article
from briefing.tui.highlights import Highlights
from briefing.tui.markdown_view import BULLETS, QUOTE_BAR, plain, rows, visible_text
from briefing.tui.text import text_width
from briefing.tui.widgets.lines import build_lines, cell_offset, markdown_cells
from tests.tui.markdown_data import HARBOUR_MD, RAW, harbour_article

MARKERS = {*BULLETS, QUOTE_BAR, " ", "╭", "╰", "─", "│", "┼", "☐", "☑"}


def body() -> str:
    return split_markdown(HARBOUR_MD).text


def drawn(text: str) -> list[str]:
    return [row.chars for row in rows(text)]


def check_cells(text: str) -> None:
    """Every drawn cell maps to an offset of its own line; verbatim cells show that char."""
    lines = text.split("\n")
    assert len(rows(text)) == len(lines)
    pos = 0
    for row, line in zip(rows(text), lines, strict=True):
        assert (row.start, row.end) == (pos, pos + len(line))
        assert len(row.chars) == len(row.src)
        assert row.src == sorted(row.src)
        for i, (char, offset) in enumerate(zip(row.chars, row.src, strict=True)):
            assert row.start <= offset < row.end
            padding = char == " " and row.src[i + 1 : i + 2] == [offset]  # " python"
            marker = char in MARKERS and text[offset] in "-*+>`~|:[ "
            assert char == text[offset] or marker or padding
        for a, b, _ in row.styles:
            assert 0 <= a < b <= len(row.chars)
        pos += len(line) + 1


def test_every_cell_maps_to_its_offset():
    check_cells(body())


def test_hidden_markup_never_drawn():
    shown = "\n".join(drawn(body()))
    for raw in RAW:
        assert raw not in shown, raw
    assert "# " not in shown and "(https://example.org/pa)" not in shown
    for expected in ("Harbour plan agreed", "Positions", "Valdora", "shared plan", "$2.4bn"):
        assert expected in shown


def test_block_markers_drawn_in_place():
    text = "- one\n  - two\n    - three\n3. four\n> quoted\n> > deeper\n- [x] done\n- [ ] open"
    assert drawn(text) == [
        "• one",
        "  ◦ two",
        "    ▪ three",
        "3. four",
        "▎ quoted",
        "▎ ▎ deeper",
        "• ☑ done",
        "• ☐ open",
    ]
    check_cells(text)
    hang = [row.hang for row in rows(text)]
    assert hang[:5] == ["  ", "    ", "      ", "   ", "▎ "]


def test_headings_fences_rules_and_tables():
    text = "## Title ##\n```py\nx = `a` **b**\n```\n***\nSetext\n===\n| a | b |\n|---|:-:|"
    result = rows(text)
    assert [r.chars for r in result] == [
        "Title",
        "╭─ py",
        "x = `a` **b**",  # code is drawn as it is
        "╰─",
        "",
        "Setext",
        "",
        "│ a │ b │",
        "┼───┼───┼",
    ]
    assert [r.kind for r in result][:7] == [
        "heading",
        "fence",
        "code",
        "fence",
        "rule",
        "heading",
        "rule",
    ]
    assert ("md_h2" in {s for _, _, s in result[0].styles}) and result[0].level == 2
    check_cells(text)


def test_inline_markup():
    text = (
        r"\*literal\* `a*b` <https://x.org> snake_case_name ***both*** "
        "[a [b] c](https://u/(1)) ![alt](i.png) ~~gone~~ *x*y_z_"
    )
    (row,) = rows(text)
    assert row.chars == ("*literal* a*b https://x.org snake_case_name both a [b] c alt gone xy_z_")
    styles = {row.chars[a:b]: name for a, b, name in row.styles if name != "md_bold"}
    assert styles["a*b"] == "md_code" and styles["https://x.org"] == "md_link"
    assert styles["both"] == "md_italic" and styles["a [b] c"] == "md_link"
    assert styles["alt"] == "md_image" and styles["gone"] == "md_strike"
    assert styles["x"] == "md_italic"
    check_cells(text)


def test_span_inside_emphasis_and_link_covers_its_cells():
    text = "The **Port Authority** met [Elena Marsh](https://e.org/m) today."
    (row,) = rows(text)
    for name in ("Port Authority", "Elena Marsh"):
        start = text.index(name)
        a, b = row.cell_of(start), row.cell_of(start + len(name))
        assert row.chars[a:b] == name
    whole = text.index("**Port"), text.index("Authority**") + len("Authority**")
    assert row.chars[row.cell_of(whole[0]) : row.cell_of(whole[1])] == "Port Authority"
    sentence = (0, len(text))
    assert row.chars[row.cell_of(sentence[0]) : row.cell_of(sentence[1])] == row.chars


def test_display_lines_tile_the_text_and_fit_the_width():
    article = harbour_article_stub()
    text = article.text
    md_rows = rows(text)
    for width in (12, 30, 80):
        lines = build_lines(article, text, width, md_rows)
        text_lines = [line for line in lines if line.row is not None]
        pos = 0
        for line in text_lines:
            assert line.start == pos or (line.start == pos + 1 and text[pos] == "\n")
            pos = line.end
            row = line.row
            a, b = line.cells
            lead = row.prefix if a == 0 else row.hang
            assert text_width(lead + row.chars[a:b].rstrip()) <= max(width, len(lead) + 1)
        assert pos == len(text)


def harbour_article_stub():
    from briefing.model import Article

    return Article(id="h", path="h.md", text=body(), layout="markdown")


def test_search_runs_on_the_drawn_text():
    text = "Officials **backed** the plan; `code` here.\n- a list item"
    hl = Highlights()
    hl.load(harbour_article_stub(), text)
    hl.set_visible(*visible_text(rows(text)))
    assert hl.search("backed the plan") == 0
    (span,) = hl.matches
    assert text[span[0] : span[1]] == "backed** the plan"
    hl.search("code here")
    assert [text[s:e] for s, e in hl.matches] == ["code` here"]
    hl.search("**")
    assert hl.matches == []


def test_plain_for_summaries():
    assert plain("- The **Fishers Union** called it [rushed](https://x).") == (
        "The Fishers Union called it rushed."
    )
    assert plain("> ## A *quoted* heading") == "A quoted heading"


def test_real_pipeline_article_cells(tmp_path):
    article = harbour_article(tmp_path)
    check_cells(article.text)
    for kp in article.key_points:
        row = next(r for r in rows(article.text) if r.start <= kp.start <= r.end)
        assert row.cell_of(kp.start) < len(row.chars)  # a key point starts on a drawn cell


def test_hostile_lines_stay_bounded():
    for text in ("[" * 30_000 + "]" * 30_000, "*a" * 20_000, "**" * 20_000, "`" * 20_001):
        (row,) = rows(text)
        assert len(row.chars) == len(row.src) <= len(text)
    deep = "*" * 40 + "x" + "*" * 40
    assert rows(deep)[0].chars.count("x") == 1


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab *_`[]()!<>#-~|\\\n:1.", max_size=120))
def test_cells_invariants_on_generated_markdown(text):
    check_cells(text)


def test_layer_spans_and_clicks_map_onto_drawn_cells():
    text = "- The **Port Authority** met [Elena Marsh](https://e.org/m) on a long afternoon."
    article = Article(id="p", path="p.md", text=text, layout="markdown")
    lines = build_lines(article, text, 30, rows(text))
    mention = (text.index("Elena"), text.index("Marsh") + len("Marsh"))
    authority = (text.index("**Port"), text.index("Authority**") + len("Authority**"))
    lit = []
    for line in lines:
        drawn_text, spans = markdown_cells(line, [(*mention, "mention"), (*authority, "kp")])
        lit += sorted(
            (a, drawn_text[a:b], name) for a, b, name in spans if name in ("mention", "kp")
        )
        for column, char in enumerate(drawn_text):
            offset = cell_offset(line, column)
            if column < len(line.row.hang if line.cells[0] else line.row.prefix):
                assert offset is None  # the hang under a bullet maps to no text
            elif char not in MARKERS:
                assert text[offset] == char
    assert [(drawn, name) for _, drawn, name in lit] == [
        ("Port Authority", "kp"),  # the span covers the ** too; only the drawn cells light
        ("Elena ", "mention"),
        ("Marsh", "mention"),  # wrapped onto the next line, after the hang
    ]
    assert lit[2][0] == 2
    assert [markdown_cells(line, [])[0].rstrip() for line in lines] == [
        "• The Port Authority met Elena",
        "  Marsh on a long afternoon.",
    ]


def test_deep_nesting_keeps_wrapping_bounded():
    text = "> " * 5_000 + "word " * 200 + "\n" + " " * 3_000 + "- item " + "word " * 200
    article = Article(id="d", path="d.md", text=text, layout="markdown")
    md_rows = rows(text)
    assert all(len(row.hang) <= 32 for row in md_rows)
    lines = build_lines(article, text, 40, md_rows)
    assert len(lines) < 2 * len(text) // 20  # at least ~20 cells of text per display line


def test_an_empty_line_in_an_open_code_fence_has_no_empty_style():
    check_cells("```\n")
    check_cells("```\n\nx = 1\n")
