"""Actors in a heading line (outside every sentence): Title Case says little there."""

from __future__ import annotations

from briefing.analyse import Analyser
from briefing.config import load_config
from briefing.model import Document, Paragraph


def _actors(heading: str, body: str) -> list[str]:
    text = f"{heading}\n\n{body}"
    start = len(heading) + 2
    doc = Document(text=text, paragraphs=[Paragraph(start, len(text))])
    article = Analyser(load_config(None, require_sources=False)).article(doc, id="a", path="a")
    return [a.name for a in article.actors]


def test_title_case_heading_names_only_what_the_body_names():
    names = _actors(
        "Is Harbour Violence A Crime? The Early Reviews Are In, And They're Not Great",
        "Councillor Ines Berg said the ferry would start in April. Berg spoke in Oslo.",
    )
    assert "Harbour Violence" not in names and "Early Reviews" not in names
    assert "Ines Berg" in names


def test_title_case_heading_keeps_names_the_body_has():
    names = _actors(
        "Why Ines Berg Backs The Ferry Link",
        "The councillor, Ines Berg, said the ferry would start in April.",
    )
    assert names.count("Ines Berg") == 1


def test_sentence_case_heading_is_read_as_a_sentence():
    names = _actors(
        "Ferry link approved for Harbour Valley",
        "The council voted on Tuesday. The boats will run from April.",
    )
    assert "Harbour Valley" in names
