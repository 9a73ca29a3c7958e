"""Plain-text helpers for the reader: the cleaning gate for the screen, offset-preserving wrap.

Article text is never parsed as markup. Cleaning is :mod:`briefing.clean`'s (the
one gate for everything shown or written); the helpers here keep character
offsets intact (one character in, one character out), so model spans stay valid
on the cleaned text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len

from briefing.clean import clean_line, visible

__all__ = ["clean", "clean_line", "text_width", "wrap_line"]

_WORD = re.compile(r"\S+\s*|\s+")


def clean(text: str) -> str:
    """``text`` for the source pane: :func:`briefing.clean.visible`, tabs one space.

    One character in, one character out: control, bidi and zero-width characters
    become visible symbols, a tab one cell (the pane lays out characters, not tab stops).
    """
    return visible(text).replace("\t", " ")


@lru_cache(maxsize=64)
def _line_pattern(width: int) -> re.Pattern[str]:
    """One match per display line of ASCII text: the longest run of at most ``width``
    characters ending at a word end (plus the spaces after it), else a hard split."""
    return re.compile(rf".{{1,{width}}}(?:\s+|$)|.{{{width}}}")


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    return cell_len(char)


def text_width(text: str) -> int:
    """Return the number of terminal cells ``text`` takes."""
    if text.isascii():
        return len(text)
    return sum(_char_width(c) for c in text)


def wrap_line(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Word-wrap ``text[start:end]`` (no newlines) to ``width`` cells.

    Returns ``(start, end)`` offsets into ``text`` for each display line; an empty
    input line gives one empty display line. Trailing spaces stay on the line they
    follow (they are cropped when drawn); words wider than ``width`` are split.
    """
    width = max(1, width)
    segment = text[start:end]
    if segment.isascii() or all(_char_width(c) == 1 for c in set(segment)):
        if end - start <= width:
            return [(start, end)]
        return [m.span() for m in _line_pattern(width).finditer(text, start, end)] or [(start, end)]
    out: list[tuple[int, int]] = []
    line_start = start
    used = 0
    for match in _WORD.finditer(text, start, end):
        word = match.group()
        word_start = match.start()
        stripped = word.rstrip()
        need = text_width(stripped)
        if used and used + need > width:
            out.append((line_start, word_start))
            line_start, used = word_start, 0
        if need > width:
            # Hard-split an over-long word into width-sized pieces.
            for i, char in enumerate(stripped):
                w = _char_width(char) if not char.isascii() else 1
                if used + w > width and used:
                    out.append((line_start, word_start + i))
                    line_start, used = word_start + i, 0
                used += w
            used += text_width(word[len(stripped) :])
            continue
        used += text_width(word)
    out.append((line_start, end))
    return out
