"""Plain-text helpers for the reader: control-character cleaning and offset-preserving wrap.

Article text is never parsed as markup. Every helper here keeps character offsets
intact (one character in, one character out), so model spans stay valid on the
cleaned text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len

# C0 controls (except newline), DEL and C1 controls map to one visible character
# each, so offsets are preserved and nothing reaches the terminal as a sequence.
_TABLE: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20) if code != 0x0A}
_TABLE[0x09] = " "
_TABLE[0x0D] = " "
_TABLE[0x7F] = "\u2421"
_TABLE.update({code: "\ufffd" for code in range(0x80, 0xA0)})
# Bidi overrides and zero-width joiners could disguise text: show them as a replacement.
_TABLE.update(
    {
        code: "\ufffd"
        for code in (0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069)
    }
)

_WORD = re.compile(r"\S+\s*|\s+")


def clean(text: str) -> str:
    """Return ``text`` with control characters replaced one-for-one by visible symbols."""
    return text.translate(_TABLE)


def clean_line(text: str) -> str:
    """Return ``text`` cleaned and flattened to one line (newlines become spaces)."""
    return clean(text).replace("\n", " ")


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
