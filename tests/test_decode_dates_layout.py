"""Decoding, dates and the text/markdown layouts."""

from __future__ import annotations

import pytest

from briefing.load.dates import find_dateline, parse_date
from briefing.load.decode import clean, decode
from briefing.load.layout import split_markdown, split_text, text_paragraphs


def test_decode_utf8_bom_and_crlf():
    text, warnings = decode("\ufeffHello\r\nworld\rend".encode())
    assert text == "Hello\nworld\nend" and warnings == []


def test_decode_cp1252_fallback_warns():
    text, warnings = decode(b"Costs \xa3300 \x93quoted\x94")
    assert text == "Costs £300 “quoted”"
    assert warnings and "cp1252" in warnings[0]


@pytest.mark.parametrize(
    "raw",
    [
        "a\x1b[31mred\x1b[0m",
        "a\x1b]0;title\x07",
        "a\x1b]8;;http://x\x1b\\",
        "a\x07\x08\x00",
        "a\x9b31m",
        "a\x1bc",
        "a\u202e",
    ],
)
def test_clean_removes_escapes_and_controls(raw):
    out = clean(raw + "b\tc\n")
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    assert out.endswith("b\tc\n") and out.startswith("a")


def test_parse_date_forms():
    assert parse_date("2024-07-10") == "2024-07-10"
    assert parse_date("10 July 2024") == "2024-07-10"
    assert parse_date("July 10", default_year=2023) == "2023-07-10"
    with pytest.raises(ValueError):
        parse_date("July 10")
    with pytest.raises(ValueError):
        parse_date("next week")
    assert parse_date(None) is None


def test_datelines():
    assert find_dateline("WASHINGTON, July 10 (Reuters) - NATO said") == ("July 10", "Reuters")
    assert find_dateline("LONDON, Jan. 5, 2024 (AP) — x") == ("Jan. 5, 2024", "AP")
    assert find_dateline("WASHINGTON (CNN) -- As he awaits") == (None, "CNN")
    assert find_dateline("The alliance met - again") == (None, None)


def test_text_header_and_paragraphs():
    doc = split_text(
        "World\nHeadline here\nThe dek.\nFirst para.\nSecond para.\n", ("category", "title", "dek")
    )
    assert doc.meta == {"category": "World", "title": "Headline here", "dek": "The dek."}
    assert doc.first_line == 4
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == ["First para.", "Second para."]


def test_text_skip_and_blank_lines():
    doc = split_text("\nTitle\n\nskipme\n\n  Body one.  \n\nBody two.\n\n", ("title", "skip"))
    assert doc.meta == {"title": "Title"}
    assert doc.text.startswith("  Body one.")
    assert doc.first_line == 6
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == ["Body one.", "Body two."]


def test_hard_wrapped_blocks_become_paragraphs():
    block = (
        "The quick brown fox jumps over the lazy dog and keeps running far\n"
        "into the distance where nobody can see it any more at all now\n"
        "and then it stops."
    )
    text = block + "\n\n" + block.replace("fox", "cat") + "\n"
    paras = text_paragraphs(text)
    assert len(paras) == 2
    assert text[paras[0].start : paras[0].end] == block


def test_one_paragraph_per_line_when_not_wrapped():
    text = "Short line one.\nA much longer second line that is clearly its own paragraph of news.\n"
    assert len(text_paragraphs(text)) == 2


def test_markdown_front_matter_headings_lists_quotes():
    md = (
        "---\ntitle: 'A: b # c'\ndate: 2024-07-10\ntags: [x, y]\nbogus: 1\n---\n\nIntro.\n\n"
        "# One\n\nText of one.\n\n- item a\n- item b\n\n> quoted\n> text\n\n## Two ##\n\nEnd.\n"
    )
    doc = split_markdown(md)
    assert doc.meta["title"] == "A: b # c" and doc.meta["tags"] == ["x", "y"]
    assert "bogus" not in doc.meta
    assert doc.first_line == 8
    parts = [doc.text[p.start : p.end] for p in doc.paragraphs]
    assert parts == ["Intro.", "Text of one.", "- item a", "- item b", "> quoted\n> text", "End."]
    titles = [(s.title, s.level, s.generated) for s in doc.headings]
    assert titles == [("", 1, True), ("One", 1, False), ("Two", 2, False)]
    assert doc.headings[0].start == 0 and doc.headings[-1].end == len(doc.text)
    for a, b in zip(doc.headings, doc.headings[1:], strict=False):
        assert a.end == b.start


def test_markdown_bad_front_matter_warns():
    doc = split_markdown("---\ntitle: [unclosed\n---\nBody.\n")
    assert doc.warnings and "front matter" in doc.warnings[0]
    assert doc.text == "Body."
