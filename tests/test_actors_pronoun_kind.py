"""A one-word name the article calls "its" is a body; one it calls "he" stays a person."""

from __future__ import annotations

from briefing.analyse import Analyser
from briefing.config import load_config
from briefing.model import Document, Paragraph


def _kinds(text: str) -> dict[str, str]:
    doc = Document(text=text, paragraphs=[Paragraph(0, len(text))])
    article = Analyser(load_config(None, require_sources=False)).article(doc, id="a", path="a")
    return {a.name: a.kind for a in article.actors}


def test_a_speaker_called_its_is_an_organization():
    kinds = _kinds(
        "Zorvik says its ferries will run all winter. Zorvik has 40 boats in its fleet. "
        "Zorvik said the timetable was final."
    )
    assert kinds["Zorvik"] == "organization"


def test_a_speaker_called_he_stays_a_person():
    kinds = _kinds(
        "Zorvik says its ferries will run all winter. Zorvik said he would sail in May. "
        "Zorvik has 40 boats in its fleet."
    )
    assert kinds["Zorvik"] == "person"


def test_one_its_is_not_enough():
    kinds = _kinds("Zorvik said its ferries would run all winter. Zorvik said the plan was final.")
    assert kinds["Zorvik"] == "person"
