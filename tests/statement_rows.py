"""Helpers for the who-said-what tests (the ``analyser`` fixture is in conftest.py): analyse
text written for a test, list its statements."""

from __future__ import annotations

from briefing.analyse import Analyser
from briefing.load.layout import split_text
from briefing.model import Article


def analyse(analyser: Analyser, body: str) -> Article:
    return analyser.article(split_text("Headline\n\n" + body, ("title",)), id="t", path="t.txt")


def rows(article: Article) -> list[tuple[str | None, str, list[str], str]]:
    """(speaker words, cue, contents, kind) of every statement."""
    text = article.text
    return [
        (
            s.speaker_span.text_of(text) if s.speaker_span else None,
            s.cue_text,
            [c.text_of(text) for c in s.contents],
            s.kind,
        )
        for s in article.statements
    ]


def speakers(article: Article) -> list[tuple[str | None, str]]:
    """(resolved speaker's actor name, cue) of every statement."""
    names = {a.id: a.name for a in article.actors}
    return [(names.get(s.speaker or ""), s.cue_text) for s in article.statements]
