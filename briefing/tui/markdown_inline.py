"""Inline Markdown (emphasis, links, code spans, escapes) and the drawn-cell builder.

No textual here. :class:`Cells` collects, for one source line, which offsets are
hidden, which are drawn as other characters and which ranges are styled; its
:meth:`Cells.row` is the :class:`Row` the source pane draws. :func:`inline` hides
the inline markup of a range. Delimiters and brackets are paired with lookup
tables and bisection, so a hostile line costs O(n log n), not O(n²).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

__all__ = ["MAX_DEPTH", "MAX_INLINE", "Cells", "Row", "inline"]

#: Inline markup is not parsed on lines longer than this (they are drawn as they are).
MAX_INLINE = 20_000
#: Nesting depth of emphasis and links that is parsed; deeper markup is drawn literally.
MAX_DEPTH = 8

_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s@<>]+@[^\s@<>]+)>")
_VISIBLE = re.compile(rb"\x00+")
_SPECIAL = re.compile(r"[\[!*_~]")
_BRACKET = re.compile(r"[\[\]()]")
_ESCAPE = re.compile(r"\\[!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~]")


@dataclass(slots=True)
class Row:
    """One source line as drawn.

    ``chars[i]`` is drawn for text offset ``src[i]`` (``src`` is increasing).
    ``prefix`` is drawn before the first display line and ``hang`` before each
    wrapped continuation (neither maps to text). ``styles`` are
    ``(start, end, style)`` over ``chars``. ``kind`` is ``text``, ``heading``,
    ``code``, ``fence`` or ``rule`` (a thematic break, drawn across the width).
    """

    start: int
    end: int
    chars: str = ""
    src: list[int] = field(default_factory=list)
    styles: list[tuple[int, int, str]] = field(default_factory=list)
    prefix: str = ""
    hang: str = ""
    kind: str = "text"
    level: int = 0
    lead: int = 0  # cells of ``chars`` that are block markers (bullet, bars, indent)

    def cell_of(self, offset: int) -> int:
        """Index of the first visible cell at or after text ``offset``."""
        return bisect_left(self.src, offset)


class Cells:
    """Collects the visible cells of one line: hidden offsets, substitutes, styles."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start, self.end = start, end
        self.hidden = bytearray(end - start)
        self.subst: dict[int, str] = {}
        self.styles: list[tuple[int, int, str]] = []  # text offsets

    def hide(self, a: int, b: int) -> None:
        a, b = max(a, self.start) - self.start, min(b, self.end) - self.start
        if b > a:
            self.hidden[a:b] = b"\x01" * (b - a)

    def show_as(self, offset: int, chars: str) -> None:
        self.subst[offset] = chars

    def style(self, a: int, b: int, name: str) -> None:
        if b > a:
            self.styles.append((a, b, name))

    def row(self) -> Row:
        """The drawn row: visible characters, their offsets, styles over the cells."""
        text, start = self.text, self.start
        chars: list[str] = []
        src: list[int] = []
        marks = sorted(self.subst)
        for run in _VISIBLE.finditer(self.hidden):
            a, b = start + run.start(), start + run.end()
            for mark in marks[bisect_left(marks, a) : bisect_left(marks, b)]:
                chars.append(text[a:mark])
                src.extend(range(a, mark))
                shown = self.subst[mark]
                chars.append(shown)
                src.extend([mark] * len(shown))
                a = mark + 1
            chars.append(text[a:b])
            src.extend(range(a, b))
        row = Row(self.start, self.end, "".join(chars), src)
        for a, b, name in self.styles:
            va, vb = bisect_left(src, a), bisect_left(src, b)
            if vb > va:
                row.styles.append((va, vb, name))
        return row


def inline(build: Cells, start: int, end: int, depth: int) -> None:
    """Hide the inline markup of ``text[start:end]`` and style what it marks."""
    if end - start > MAX_INLINE:
        return
    text = build.text
    opaque = _code_spans(build, start, end)
    runs = _delimiter_runs(text, start, end, opaque)
    brackets = _bracket_pairs(text, start, end, opaque)
    _emphasis(build, start, end, depth, runs, brackets, opaque)


def _code_spans(build: Cells, start: int, end: int) -> list[tuple[int, int]]:
    """Code spans and autolinks (nothing inside them is markup); returns their ranges."""
    text = build.text
    spans: list[tuple[int, int]] = []
    ticks: dict[int, list[int]] = {}
    for match in re.finditer(r"`+", text[start:end]):
        ticks.setdefault(len(match.group()), []).append(start + match.start())
    used: set[int] = set()
    for length, starts in ticks.items():
        for n, a in enumerate(starts):
            if a in used or n + 1 >= len(starts):
                continue
            b = starts[n + 1]
            used.update((a, b))
            spans.append((a, b + length))
    spans.sort()
    kept: list[tuple[int, int]] = []
    for a, b in spans:
        if kept and a < kept[-1][1]:
            continue
        length = len(re.match(r"`+", text[a:b]).group())  # type: ignore[union-attr]
        build.hide(a, a + length)
        build.hide(b - length, b)
        build.style(a + length, b - length, "md_code")
        kept.append((a, b))
    for match in _AUTOLINK.finditer(text, start, end):
        a, b = match.span()
        if not any(x <= a < y for x, y in kept):
            build.hide(a, a + 1)
            build.hide(b - 1, b)
            build.style(a + 1, b - 1, "md_link")
            kept.append((a, b))
    kept.sort()
    escapes = []
    for match in _ESCAPE.finditer(text, start, end):
        if not _inside(kept, match.start()):
            build.hide(match.start(), match.start() + 1)
            escapes.append(match.span())
    return sorted(kept + escapes)


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    index = bisect_left(spans, (offset + 1, -1)) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _delimiter_runs(
    text: str, start: int, end: int, opaque: list[tuple[int, int]]
) -> dict[tuple[str, int], list[tuple[int, bool, bool]]]:
    """Runs of ``*``, ``_`` and ``~~`` by (character, length): ``(start, opens, closes)``."""
    runs: dict[tuple[str, int], list[tuple[int, bool, bool]]] = {}
    for match in re.finditer(r"\*+|_+|~~+", text[start:end]):
        a, b = start + match.start(), start + match.end()
        if _inside(opaque, a):
            continue
        before = text[a - 1] if a > start else " "
        after = text[b] if b < end else " "
        opens = not after.isspace()
        closes = not before.isspace()
        if match.group()[0] == "_":
            opens = opens and not before.isalnum()
            closes = closes and not after.isalnum()
        runs.setdefault((match.group()[0], b - a), []).append((a, opens, closes))
    return runs


def _bracket_pairs(
    text: str, start: int, end: int, opaque: list[tuple[int, int]]
) -> dict[int, int]:
    """Matching ``[``/``]`` and ``(``/``)`` outside code, as open offset -> close offset."""
    pairs: dict[int, int] = {}
    stacks: dict[str, list[int]] = {"[": [], "(": []}
    closers = {"]": "[", ")": "("}
    for match in _BRACKET.finditer(text, start, end):
        i = match.start()
        char = text[i]
        if char in stacks and not _inside(opaque, i):
            stacks[char].append(i)
        elif char in closers and stacks[closers[char]] and not _inside(opaque, i):
            pairs[stacks[closers[char]].pop()] = i
    return pairs


def _emphasis(
    build: Cells,
    start: int,
    end: int,
    depth: int,
    runs: dict[tuple[str, int], list[tuple[int, bool, bool]]],
    brackets: dict[int, int],
    opaque: list[tuple[int, int]],
) -> None:
    """Walk ``[start, end)``: links, images and emphasis, nested up to :data:`MAX_DEPTH`."""
    text = build.text
    i = start
    if depth >= MAX_DEPTH:
        return
    while i < end:
        special = _SPECIAL.search(text, i, end)
        if special is None:
            return
        i = special.start()
        char = text[i]
        if _inside(opaque, i):
            i += 1
            continue
        if char == "[" or (char == "!" and text.startswith("[", i + 1)):
            image = char == "!"
            close = _link(build, i + image, end, brackets, image)
            if close is not None:
                if image:
                    build.hide(i, i + 1)
                _emphasis(
                    build, i + image + 1, brackets[i + image], depth + 1, runs, brackets, opaque
                )
                i = close
                continue
        if char in "*_~":
            length = 1
            while i + length < end and text[i + length] == char:
                length += 1
            close = _closer(runs, char, length, i, end)
            if close is not None:
                build.hide(i, i + length)
                build.hide(close, close + length)
                for name in _EMPHASIS[(char, min(length, 3))]:
                    build.style(i + length, close, name)
                _emphasis(build, i + length, close, depth + 1, runs, brackets, opaque)
                i = close + length
                continue
            i += length
            continue
        i += 1


_EMPHASIS = {
    ("*", 1): ("md_italic",),
    ("_", 1): ("md_italic",),
    ("*", 2): ("md_bold",),
    ("_", 2): ("md_bold",),
    ("*", 3): ("md_bold", "md_italic"),
    ("_", 3): ("md_bold", "md_italic"),
    ("~", 1): (),
    ("~", 2): ("md_strike",),
    ("~", 3): ("md_strike",),
}


def _closer(
    runs: dict[tuple[str, int], list[tuple[int, bool, bool]]],
    char: str,
    length: int,
    at: int,
    end: int,
) -> int | None:
    """Offset of the run closing the run of ``length`` ``char`` at ``at``, before ``end``."""
    if char == "~" and length != 2:
        return None
    same = runs.get((char, length), [])
    index = bisect_left(same, (at, False, False))
    if index >= len(same) or same[index][0] != at or not same[index][1]:
        return None
    for a, _, closes in same[index + 1 : index + 4]:  # the next few runs of that length
        if a >= end:
            return None
        if closes and a > at + length:
            return a
    return None


def _link(build: Cells, at: int, end: int, brackets: dict[int, int], image: bool) -> int | None:
    """Hide ``[text](url)`` / ``[text][ref]`` markup at ``at``; return the offset after it."""
    text = build.text
    close = brackets.get(at)
    if close is None or close + 1 >= end:
        return None
    after = text[close + 1]
    if after == "(" and (target := brackets.get(close + 1)) is not None and target < end:
        stop = target + 1
    elif after == "[" and (target := brackets.get(close + 1)) is not None and target < end:
        stop = target + 1
    else:
        return None
    build.hide(at, at + 1)
    build.hide(close, stop)
    build.style(at + 1, close, "md_image" if image else "md_link")
    return stop
