"""Titles of works named by the noun before them ("the film Vera Drake", "the album
Final Straw"), and conditions ("the condition Erythropoietic Protoporphyria"): they name
no actor, here or anywhere else in the article.

A title is the run of capitalised words right after a work noun, with "of", "the" or
"a" inside (not "and", which joins two titles or a title and a name, nor "in" or "on":
"… Lane on Sunday"). A title that is or starts with a gazetteer entry or a demonym ("the
documentary Iraq …", "the song Britons would choose") is kept: the entity is likelier.
"""

from __future__ import annotations

import re

from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.tokens import Seg

# Work nouns; each also finds its plural in "s".
WORK_NOUNS = (
    "film", "movie", "album", "novel", "musical", "sitcom", "documentary", "documentaries", "song",
    # only after "the": "Alzheimer's disease Pete Saunders" is a caption run on
    "the condition", "the disease", "the disorder", "the syndrome",
)  # fmt: skip
_TITLE_AFTER = re.compile(r"s?\s+((?:[A-Z0-9][\w'’/-]*)(?:\s+(?:of|the|a|an|[A-Z0-9][\w'’/-]*))*)")
_TAIL_RE = re.compile(r"(?:\s+(?:of|the|a|an))+$")


def work_titles(text: str, gaz: Gazetteer) -> tuple[list[tuple[int, int]], set[str]]:
    """The spans of the titles after a work noun, and the titles' texts."""
    spans: list[tuple[int, int]] = []
    titles: set[str] = set()
    for noun in WORK_NOUNS:
        i = text.find(noun)
        while i >= 0:
            m = None if i and text[i - 1].isalnum() else _TITLE_AFTER.match(text, i + len(noun))
            if m is not None:
                _add(m.group(1), m.start(1), gaz, spans, titles)
            i = text.find(noun, i + len(noun))
    return spans, titles


def _add(
    found: str, start: int, gaz: Gazetteer, spans: list[tuple[int, int]], titles: set[str]
) -> None:
    title = _TAIL_RE.sub("", found)
    first = title.split(None, 1)[0]
    if title in gaz.entries or first in gaz.entries or first in gaz.demonyms:
        return  # "the documentary Iraq …", "the song Britons would choose"
    spans.append((start, start + len(title)))
    titles.add(title)


def without_works(segs: list[Seg], text: str, gaz: Gazetteer) -> list[Seg]:
    """``segs`` less those inside a work's title or spelling one out elsewhere."""
    spans, titles = work_titles(text, gaz)
    if not spans:
        return segs
    return [
        s
        for s in segs
        if s.text not in titles and not any(a <= s.start and s.end <= b for a, b in spans)
    ]
