"""JSON and Markdown exports: schema, golden files, escaping, determinism."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest
import yaml
from markdown_it import MarkdownIt

from briefing.config import load_config
from briefing.export.json import export_json
from briefing.export.markdown import escape, export_markdown
from briefing.pipeline import Pipeline

from .conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
SCHEMA = json.loads((ROOT / "briefing/export/briefing-2.schema.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def seed_briefing():
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        return Pipeline(load_config(ROOT / "config.yaml")).briefing()
    finally:
        os.chdir(old)


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run `make golden`"
    assert text == path.read_text("utf-8"), f"{name} differs from the golden file"


def test_json_matches_schema_and_golden(seed_briefing):
    text = export_json(seed_briefing)
    data = json.loads(text)
    jsonschema.validate(data, SCHEMA)
    assert data["schema"] == "briefing/2"
    article = data["articles"][0]
    for part in ("paragraphs", "sentences", "key_points"):
        for item in article[part]:
            assert 0 <= item["start"] < item["end"] <= len(article["text"])
    for actor in article["actors"]:
        for mention in actor["mentions"]:
            assert article["text"][mention["start"] : mention["end"]] == mention["text"]
    _golden("seed.json", text)


def test_markdown_golden_and_structure(seed_briefing):
    text = export_markdown(seed_briefing)
    _golden("seed.md", text)
    front = text.split("---\n")[1]
    meta = yaml.safe_load(front)
    assert meta == {
        "title": "NATO summit briefing",
        "sources": [{"path": "seeds/000_bcd797a559c6a1d3.txt"}],
        "articles": 1,
    }
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    headings = [
        (t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"
    ]
    assert headings[0] == ("h1", "NATO summit briefing")
    assert ("h3", "Key points") in headings and ("h3", "Actors") in headings
    assert "seeds/000_bcd797a559c6a1d3.txt:L4" in text or ".txt:L" in text
    assert any(t.type == "table_open" for t in tokens)
    assert sum(1 for t in tokens if t.type == "ordered_list_open") == 1


def test_export_is_deterministic(seed_briefing):
    assert export_json(seed_briefing) == export_json(seed_briefing)
    assert export_markdown(seed_briefing) == export_markdown(seed_briefing)


HOSTILE = "# 1 *priority* | [x](y) <b>&amp; `code` _u_ ~s~ !"


def test_hostile_text_cannot_break_markdown(write):
    write(
        "a.md",
        f"---\ntitle: '{HOSTILE}: # colon'\n---\n\n{HOSTILE} sentence one. "
        f"Second {HOSTILE} sentence.\n\n- 1. list-like | cell\n",
    )
    write("config.yaml", "title: 'Briefing: # one'\nsources: ['a.md']\n")
    briefing = Pipeline(
        load_config(write("config.yaml", "title: 'Briefing: # one'\nsources: ['a.md']\n"))
    ).briefing()
    text = export_markdown(briefing)
    meta = yaml.safe_load(text.split("---\n")[1])
    assert meta["title"] == "Briefing: # one"
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    kinds = {t.type for t in tokens}
    assert "html_block" not in kinds and "html_inline" not in kinds
    assert not any(
        child.type in ("link_open", "image", "html_inline")
        for t in tokens
        if t.type == "inline"
        for child in t.children or []
    )
    html = MarkdownIt("commonmark").enable("table").render(text)
    assert "<em>priority</em>" not in html and "<a " not in html and "<b>" not in html
    assert "# 1 *priority* | [x](y) &lt;b&gt;&amp;amp; `code` _u_ ~s~ !" in html
    h2 = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.tag == "h2" and t.type == "heading_open"
    ]
    rendered = MarkdownIt("commonmark").render(f"## {escape(HOSTILE)}")
    assert "<h2># 1 *priority* | [x](y) &lt;b&gt;&amp;amp; `code` _u_ ~s~ !</h2>" in rendered
    assert len(h2) == 1


def test_json_export_of_errors(write):
    write("ok.txt", "Title\n\nBody.\n")
    write("empty.txt", "")
    briefing = Pipeline(load_config(write("config.yaml", "sources: ['*.txt']\n"))).briefing()
    data = json.loads(export_json(briefing))
    jsonschema.validate(data, SCHEMA)
    assert data["errors"] == [{"path": "empty.txt", "reason": "empty file"}]
