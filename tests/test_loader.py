"""The loader: discovery, headers, metadata, ids, per-file errors."""

from __future__ import annotations

from pathlib import Path

from briefing.config import load_config
from briefing.load import auto_header
from briefing.model import Article, LoadError
from briefing.pipeline import Pipeline

from .conftest import ROOT, SEED


def _loader(write, sources: str, **files) -> Pipeline:
    for name, content in files.items():
        write(name.replace("__", "/").replace("_dot_", "."), content)
    return Pipeline(load_config(write("config.yaml", sources)))


def test_seed_loads_with_header_fields():
    loader = Pipeline(load_config(ROOT / "config.yaml"))
    [article] = list(loader)
    assert isinstance(article, Article)
    assert article.id == "seeds/000_bcd797a559c6a1d3"
    assert article.path == "seeds/000_bcd797a559c6a1d3.txt"
    assert article.category == "World"
    assert article.title == "NATO Allies Condemn China’s Role in Russia’s War on Ukraine"
    assert article.dek.startswith("NATO allies unite in denouncing")
    assert article.date is None
    assert article.first_line == 4
    assert len(article.paragraphs) == 6
    lines = SEED.read_text("utf-8").split("\n")
    for number, paragraph in enumerate(article.paragraphs, start=4):
        assert paragraph.text_of(article.text) == lines[number - 1]
        assert article.line_of(paragraph.start) == number
    assert article.key_points and article.actors and article.sections


def test_ids_sources_and_natural_order(write):
    loader = _loader(
        write,
        "sources:\n  - path: news\n    header: [title]\n",
        news__10_dot_txt="Ten\n\nBody ten.\n",
        news__2_dot_txt="Two\n\nBody two.\n",
        news__sub__a_dot_md="# A\n\nText.\n",
    )
    ids = [a.id for a in loader]
    assert ids == ["news/2", "news/10", "news/sub/a"]


def test_bad_files_become_errors_while_others_load(write):
    loader = _loader(
        write,
        "sources:\n  - path: '*.txt'\n",
        good_dot_txt="Title\n\nA body sentence.\n",
        empty_dot_txt="  \n\n",
        binary_dot_txt=b"\x00\x01\x02\x03garbage",
        header_dot_txt="Only a title\n",
    )
    result = {item.path: item for item in loader}
    assert isinstance(result["good.txt"], Article)
    assert isinstance(result["empty.txt"], LoadError) and "empty" in result["empty.txt"].reason
    assert isinstance(result["binary.txt"], LoadError) and "binary" in result["binary.txt"].reason
    assert isinstance(result["header.txt"], Article)
    briefing = loader.briefing()
    assert len(briefing.articles) == 2 and len(briefing.errors) == 2


def test_cp1252_file_loads_with_warning(write):
    loader = _loader(
        write,
        "sources:\n  - path: a.txt\n    header: [title]\n",
        a_dot_txt=b"Price rise\n\nIt costs \xa3300 now.\n",
    )
    [article] = list(loader)
    assert "£300" in article.text
    assert any("cp1252" in w for w in article.warnings)


def test_dates_from_header_dateline_and_default(write):
    loader = _loader(
        write,
        "sources:\n  - path: h.txt\n    header: [title, date]\n"
        "  - path: d.txt\n    header: []\n    date: 2023-01-01\n"
        "  - path: bad.txt\n    header: [title, date]\n",
        h_dot_txt="Title\n10 July 2024\nBody.\n",
        d_dot_txt="WASHINGTON, July 10 (Reuters) - NATO allies met.\n",
        bad_dot_txt="Title\nsometime soon\nBody.\n",
    )
    h, d, bad = list(loader)
    assert h.date == "2024-07-10"
    assert d.date == "2023-07-10" and d.source == "Reuters"
    assert bad.date is None and any("date" in w for w in bad.warnings)


def test_markdown_article(write):
    loader = _loader(
        write,
        "sources: ['*.md']\n",
        a_dot_md="---\ntitle: Summit notes\ndate: 2024-07-10\nsource: Wire\n"
        "url: https://example.org/x\nbyline: A. Writer\ntags: [nato]\n---\n\n"
        "Lead paragraph about NATO.\n\n## Reaction\n\nChina rejected it.\n",
    )
    [article] = list(loader)
    assert (article.title, article.date, article.source) == ("Summit notes", "2024-07-10", "Wire")
    assert article.url == "https://example.org/x" and article.tags == ("nato",)
    assert [s.title for s in article.sections] == ["", "Reaction"]
    assert article.first_line == 10


def test_auto_header():
    assert auto_header("Ad sales boost profit\n\nBody text.") == ("title",)
    assert auto_header("WASHINGTON (CNN) -- A sentence that ends.\n\nMore.") == ()
    assert auto_header("Only one line") == ()
    # A picture credit first is skipped: never the title.
    assert auto_header("Photo: Ann Lee/Harbour Press\n\nPort reopens\n\nBody.") == (
        "skip",
        "title",
    )
    assert auto_header("Image: Harbour Press\n\nThe port reopened on Monday.\n") == ("skip",)
    assert auto_header("Photo: a long caption " + "word " * 15 + "\n\nBody.") == ("title",)


def test_path_arguments_replace_sources(write, tmp_path: Path):
    write("x.txt", "Title X\n\nBody x.\n")
    config = load_config(None, require_sources=False)
    loader = Pipeline(config, [str(tmp_path / "x.txt")], ["title"])
    [article] = list(loader)
    assert article.title == "Title X"
