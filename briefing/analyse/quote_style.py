"""Quotation style: British papers quote speech in single marks ('…' or ‘…’).

The statement rules read quotations in double marks. For an article written in the
single-mark style this module builds a *view* of its text of the same length in which
each paired single quotation mark is the matching double one and each double mark
(quotes inside quotes there) is a single one: every offset found in the view points at
the same characters of the article. Apostrophes ("don't", "Jackson's", "the players'
union") are never quotation marks: an opening mark starts a word, a closing mark ends
one and is followed by no letter or digit, and a plural possessive closes a quotation
only when no later mark in the paragraph can.

The style is decided per article from its text: single marks closing after
punctuation (``,' she said``) are at least two and more than twice the double ones
(a few single-quoted phrases in a double-mark article leave it as it is).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.model import Paragraph

# A quotation closing after punctuation, then a space or the end: ",' said", ".’ He".
_SINGLE_CLOSE = re.compile(r"[,.?!]['’](?=\s|$)")
_DOUBLE_CLOSE = re.compile(r"[,.?!](?:[”\"]|'')(?=\s|$)")  # '' is a typewriter double
# A quotation closing after a comma or full stop: every article in the style has one.
_SINGLE_ENDS = (",'", ".'", ",’", ".’")
_MIN_CLOSES = 2
_OPENERS = "'‘"
_CLOSERS = "'’"
_BEFORE_OPEN = frozenset(" \t\n([{—–-/:")
# Words an apostrophe opens: "rock 'n' roll", "'em", "'til", "'cause".
_ELIDED = re.compile(r"(?:n['’]?|em|til|cause|tis|twas|\d\ds?)(?![\w'’])", re.I)
_SWAP = str.maketrans({"“": "‘", "”": "’"})


def single_quote_style(text: str) -> bool:
    """True if the article quotes speech in single marks (see the module docstring)."""
    if not any(pair in text for pair in _SINGLE_ENDS):  # the cheap test: most have none
        return False
    singles = len(_SINGLE_CLOSE.findall(text))
    return singles >= _MIN_CLOSES and singles > 2 * len(_DOUBLE_CLOSE.findall(text))


def quote_view(text: str, paragraphs: Sequence[Paragraph]) -> str:
    """``text`` itself, or for a single-mark article the view described above."""
    if not single_quote_style(text):
        return text
    chars = list(text.translate(_SWAP))
    for para in paragraphs:
        _straight_doubles(text, para.start, para.end, chars)
        for start, end in _pairs(text, para.start, para.end):
            chars[start] = "“"
            if end is not None:
                chars[end] = "”"
    return "".join(chars)


def _straight_doubles(text: str, start: int, end: int, chars: list[str]) -> None:
    """Straight double marks (quotes inside quotes) as single curly ones."""
    i = text.find('"', start, end)
    while i >= 0:
        chars[i] = "‘" if i == start or text[i - 1] in _BEFORE_OPEN else "’"
        i = text.find('"', i + 1, end)


def _opens(text: str, i: int, start: int, end: int) -> bool:
    """True if the single mark at ``i`` can open a quotation: it starts a word (a closing
    mark only at the paragraph's start, a typo)."""
    if i + 1 >= end or text[i + 1].isspace():
        return False
    if i == start:
        return True
    return text[i] in _OPENERS and text[i - 1] in _BEFORE_OPEN


def _closes(text: str, i: int, start: int, end: int) -> bool:
    """True if the single mark at ``i`` can close a quotation: it ends a word, or
    follows a quote inside the quotation and a space (``… "outreach," '``)."""
    if i == start or (text[i - 1].isspace() and text[i - 2 : i - 1] not in ('"', "”")):
        return False
    return i + 1 >= end or not text[i + 1].isalnum()


def _weak(text: str, i: int) -> bool:
    """True for a closing mark that may be a plural possessive: "players' union"."""
    return text[i - 1] in "sS" and text[i + 1 : i + 2] == " " and text[i + 2 : i + 3].islower()


def _pairs(text: str, start: int, end: int) -> list[tuple[int, int | None]]:
    """(opening, closing) offsets of the single-mark quotations in ``[start, end)``; the
    closing one is None for a quotation still open at the paragraph's end that the next
    paragraph reopens (news style), and such a quotation only then."""
    marks = _mark_offsets(text, start, end)
    out: list[tuple[int, int | None]] = []
    k = 0
    while k < len(marks):
        i = marks[k]
        if not _opens(text, i, start, end):
            k += 1
            continue
        close = _closing(text, marks, k + 1, start, end)
        if close is None:
            if _reopened(text, end):
                out.append((i, None))
            break
        out.append((i, marks[close]))
        k = close + 1
    return out


def _closing(text: str, marks: list[int], k: int, start: int, end: int) -> int | None:
    """Index in ``marks`` of the mark closing a quotation opened before ``marks[k]``.

    A mark that may be a plural possessive closes it when the next mark that can open
    or close a quotation opens one (quotations in one style do not nest), or when none
    follows."""
    weak: int | None = None
    for j in range(k, len(marks)):
        i = marks[j]
        closes = text[i] in _CLOSERS and _closes(text, i, start, end)
        if weak is not None and (closes or _opens(text, i, start, end)):
            return j if closes and not _weak(text, i) else weak
        if closes:
            if not _weak(text, i):
                return j
            weak = j
    return weak


def _mark_offsets(text: str, start: int, end: int) -> list[int]:
    """Offsets of the single marks in ``[start, end)``, in order, less those of an
    elision ("'90s", "'em", "rock 'n' roll")."""
    found = []
    for mark in "'‘’":
        i = text.find(mark, start, end)
        while i >= 0:
            found.append(i)
            i = text.find(mark, i + 1, end)
    found.sort()
    out: list[int] = []
    skip = -1
    for i in found:
        if i < skip:
            continue
        if i == start or text[i - 1] in _BEFORE_OPEN:
            elided = _ELIDED.match(text, i + 1, end)
            if elided is not None:
                skip = elided.end()
                continue
        out.append(i)
    return out


def _reopened(text: str, end: int) -> bool:
    """True if the paragraph after ``end`` opens with a single mark."""
    after = text[end : end + 8].lstrip()
    return after[:1] in _OPENERS
