"""Build a Document from a list of text blocks (paragraphs and headings).

The HTML, e-mail and PDF layouts all produce blocks; this module joins them into one
body text separated by blank lines and records each block's offsets, so every layout
gets the same offset guarantees as plain text and Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefing.load.decode import clean
from briefing.load.layout import tile_headings
from briefing.model import Document, Paragraph

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")


@dataclass(frozen=True, slots=True)
class Block:
    """One block of text: a paragraph, or a heading of ``level`` 1-6 (0 = paragraph)."""

    text: str
    level: int = 0
    page: int = 0


def tidy(text: str) -> str:
    """Clean control characters and collapse runs of spaces on each line."""
    lines = (_SPACES.sub(" ", line).strip() for line in clean(text).split("\n"))
    return "\n".join(line for line in lines if line)


def build(
    blocks: list[Block], meta: dict[str, Any], warnings: list[str], pages: int = 0
) -> Document:
    """Join ``blocks`` with blank lines into a Document.

    Headings start sections (tiling the text, as in Markdown) and are not paragraphs.
    With ``pages`` (blocks carry 1-based page numbers), ``meta["pages"]`` gets the start
    offset of each page; a page without text starts where the next one does.
    """
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    heads: list[tuple[int, int, str]] = []
    page_starts: dict[int, int] = {}
    pos = 0
    for block in blocks:
        text = tidy(block.text)
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        page_starts.setdefault(block.page, pos)
        if block.level:
            heads.append((pos, block.level, " ".join(text.split())))
        else:
            paragraphs.append(Paragraph(pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
    body = "".join(parts)
    doc = Document(body, 1, paragraphs=paragraphs, meta=dict(meta), warnings=list(warnings))
    doc.headings = tile_headings(body, heads)
    if pages:
        starts: list[int] = []
        following = len(body)
        for page in range(pages, 0, -1):
            following = min(following, page_starts.get(page, following))
            starts.append(following)
        doc.meta["pages"] = starts[::-1]
    return doc
