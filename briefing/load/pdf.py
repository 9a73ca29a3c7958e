"""PDF layout: text rebuilt from line geometry with pypdfium2 (the ``briefing[pdf]`` extra).

Per page: text segments (pdfium's text rectangles) are split into columns at gutters
found by a horizontal coverage profile, read column by column within bands separated
by full-width lines, joined into lines by baseline and into paragraphs by vertical gaps,
indents and short last lines. Running headers and footers (the same text, digits aside,
at the top or bottom of most pages) and page numbers are dropped; words hyphenated
across line ends are joined. ``meta["pages"]`` records where each page starts.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from briefing.load import cache
from briefing.load.blocks import Block, build
from briefing.load.pdf_meta import doc_meta
from briefing.model import Document

MISSING = "install briefing[pdf] to read .pdf files (pip install 'briefing[pdf]')"
MAX_PAGES = 2000
_PAGE_NUMBER = re.compile(r"^\W*(?:page\s+)?[0-9ivxlc]+(?:\s*(?:of|/)\s*\d+)?\W*$", re.I)
_HYPHENS = "-\u00ad\u2010\x02\ufffe"
# Letter-spaced text: pdfium puts a space between most letters ("T h e  p o r t").
_SPACED_PAIR = re.compile(r"\S(?= \S)")
_TIGHT_PAIR = re.compile(r"\S(?=\S)")
LETTER_SPACED = 0.5  # share of a page's letter pairs with a space between them
LETTER_GAP = 0.27  # there, a generated space narrower than this share of the line height joins


class PdfUnavailable(RuntimeError):
    """pypdfium2 (the ``pdf`` extra) is not installed."""


@dataclass
class Seg:
    """A run of text on one line, in top-down page coordinates."""

    x0: float
    top: float
    x1: float
    bottom: float
    text: str

    @property
    def height(self) -> float:
        return max(1.0, self.bottom - self.top)


@functools.cache
def extractor_version() -> str:
    """``pypdfium2-<version>``, or raise PdfUnavailable (the answer is kept)."""
    found = cache.installed_version("pypdfium2")
    if found is None:
        raise PdfUnavailable(MISSING)
    return found


def read_pdf(data: bytes) -> Document:
    """Extract a PDF into a Document (cached); ValueError for encrypted or textless files."""
    version = extractor_version()
    found = cache.get("pdf", data, version)
    if found is not None:
        return found
    doc = extract(data)
    cache.put("pdf", data, version, doc)
    return doc


def page_segments(data: bytes, meta: dict[str, Any] | None = None) -> list[list[Seg]]:
    """The text segments of every page; ``meta`` gets title, byline and date if given."""
    try:
        import pypdfium2 as pdfium  # type: ignore[import-untyped]
    except ImportError as exc:
        raise PdfUnavailable(MISSING) from exc
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ValueError("encrypted PDF (needs a password); cannot read it") from exc
        raise ValueError(f"not a readable PDF: {exc}") from exc
    pages: list[list[Seg]] = []
    try:
        if meta is not None:
            meta.update(doc_meta(pdf.get_metadata_dict()))
        for index in range(min(len(pdf), MAX_PAGES)):
            page = pdf[index]
            height = page.get_size()[1]
            textpage = page.get_textpage()
            segs = char_segments(textpage, height)
            pages.append(segs)
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return pages


def char_segments(textpage: Any, height: float) -> list[Seg]:
    """Runs of characters on one baseline with no wide gap, from pdfium's char boxes."""
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    count = textpage.count_chars()
    text = textpage.get_text_range(0, count)
    angles = [pdfium_c.FPDFText_GetCharAngle(textpage.raw, i) for i in range(count)]
    rotated = {i for i, a in enumerate(angles) if 0.1 < a < 6.18}
    if len(rotated) > 0.3 * max(1, count):  # a rotated page, not rotated labels on it
        rotated = set()
    spaced = _letter_spaced(text)
    segs: list[Seg] = []
    cur: Seg | None = None
    for i, ch in enumerate(text[:count]):
        if ch in "\r\n":
            cur = None
            continue
        if ch.isspace() or ch == "\x00":
            if cur is not None and not cur.text.endswith(" "):
                if not (spaced and _inside_word(textpage, i, count, cur)):
                    cur.text += " "
            continue
        if i in rotated:  # rotated text (margin labels, stamps) is not body text
            cur = None
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        y0, y1 = height - top, height - bottom
        size = max(1.0, y1 - y0)
        if (
            cur is None
            or not (_same_line(cur.top, cur.bottom, y0, y1) or _hangs_on(cur, ch, y0, y1))
            or left < cur.x1 - size
            or left - cur.x1 > 1.5 * size
        ):
            cur = Seg(left, y0, right, y1, ch)
            segs.append(cur)
        else:
            cur.x1 = max(cur.x1, right)
            cur.top = min(cur.top, y0)
            cur.text += ch
    return [s for s in segs if s.text.strip()]


def _letter_spaced(text: str) -> bool:
    """True when most letter pairs of a page have a space between them."""
    spaced = len(_SPACED_PAIR.findall(text))
    if spaced < 20:
        return False
    return spaced > LETTER_SPACED * (spaced + len(_TIGHT_PAIR.findall(text)))


def _inside_word(textpage: Any, i: int, count: int, cur: Seg) -> bool:
    """True if the space at ``i`` is one pdfium made up in a narrow gap between letters."""
    import pypdfium2.raw as pdfium_c

    if i + 1 >= count or not pdfium_c.FPDFText_IsGenerated(textpage.raw, i):
        return False
    left = textpage.get_charbox(i + 1, loose=True)[0]
    return left - cur.x1 < LETTER_GAP * cur.height


_LOW_MARKS = frozenset(",.;")


def _hangs_on(cur: Seg, ch: str, y0: float, y1: float) -> bool:
    """True for a comma, full stop or semicolon hanging from the run's baseline: its box
    starts inside the run's and ends less than half the run's height below it (some fonts
    draw them low enough to fail :func:`_same_line`)."""
    return ch in _LOW_MARKS and cur.top <= y0 < cur.bottom and y1 - cur.bottom < 0.5 * cur.height


def _same_line(top: float, bottom: float, y0: float, y1: float) -> bool:
    """Vertical ranges overlapping by half the smaller one (superscripts join the line)."""
    overlap = min(bottom, y1) - max(top, y0)
    return overlap >= 0.5 * max(0.5, min(bottom - top, y1 - y0))


def extract(data: bytes) -> Document:
    """Rebuild the text of a PDF into paragraphs (no cache)."""
    meta: dict[str, Any] = {}
    pages = page_segments(data, meta)
    if not any(pages):
        raise ValueError("PDF has no text layer (a scanned image?); nothing to read")
    warnings = []
    empty = [str(i + 1) for i, segs in enumerate(pages) if not segs]
    if empty:
        warnings.append("no text layer on page(s) " + ", ".join(empty[:20]))
    running = _running_lines(pages)
    blocks: list[Block] = []
    for number, segs in enumerate(pages, 1):
        blocks += page_blocks(segs, number, running)
    blocks = _join_across_pages(blocks)
    if "title" not in meta:
        heads = [b for b in blocks if b.level and b.page == 1]
        if heads:
            meta["title"] = " ".join(heads[0].text.split())
    return build(blocks, meta, warnings, pages=len(pages))


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.split()).lower())


def _margin(segs: list[Seg]) -> tuple[float, float]:
    top = min(s.top for s in segs)
    bottom = max(s.bottom for s in segs)
    band = (bottom - top) * 0.08
    return top + band, bottom - band


def _running_lines(pages: list[list[Seg]]) -> set[str]:
    """Normalised texts found in the top or bottom margin of at least half the pages."""
    if len([p for p in pages if p]) < 3:
        return set()
    counts: Counter[str] = Counter()
    for segs in pages:
        if not segs:
            continue
        high, low = _margin(segs)
        counts.update({_norm(s.text) for s in segs if s.bottom <= high or s.top >= low})
    need = max(2, len(pages) // 2)
    # Letters required: a lone number is a page number only when alone on its line.
    return {t for t, n in counts.items() if n >= need and any(c.isalpha() for c in t)}


def _gutters(segs: list[Seg]) -> list[float]:
    """x positions of column gutters: vertical strips crossed by almost no segment."""
    if len(segs) < 8:
        return []
    left = int(min(s.x0 for s in segs))
    right = int(max(s.x1 for s in segs)) + 1
    cover = [0] * (right - left + 1)
    for s in segs:
        for x in range(int(s.x0) - left, int(s.x1) - left + 1):
            cover[x] += 1
    limit = max(1, len(segs) // 25)
    width = right - left
    gutters, run = [], 0
    for x, n in enumerate(cover):
        if n <= limit:
            run += 1
            continue
        if run >= 6 and 0.15 * width < x - run / 2 < 0.85 * width:
            crossing = sum(1 for s in segs if s.x0 - left < x - run and s.x1 - left > x)
            if crossing <= limit:
                gutters.append(left + x - run / 2)
        run = 0
    return gutters


def _columns(segs: list[Seg]) -> list[list[Seg]]:
    """Segments in reading order, grouped into runs read as one column each."""
    gutters = _gutters(segs)
    order = sorted(segs, key=lambda s: (s.top, s.x0))
    if not gutters:
        return [order]
    runs: list[list[Seg]] = []
    band: list[list[Seg]] = [[] for _ in range(len(gutters) + 1)]

    def close() -> None:
        runs.extend(list(col) for col in band if col)
        for col in band:
            col.clear()

    for seg in order:
        spans = [g for g in gutters if seg.x0 < g < seg.x1]
        if spans:
            close()
            runs.append([seg])
        else:
            band[sum(1 for g in gutters if g < seg.x0)].append(seg)
    close()
    return [list(run) for run in runs]


def _lines(segs: list[Seg]) -> list[Seg]:
    """Merge segments sharing a baseline into lines, left to right."""
    lines: list[list[Seg]] = []
    for seg in sorted(segs, key=lambda s: (s.bottom, s.x0)):
        last = lines[-1] if lines else None
        if last and _same_line(last[-1].top, last[-1].bottom, seg.top, seg.bottom):
            last.append(seg)
        else:
            lines.append([seg])
    out = []
    for parts in lines:
        parts.sort(key=lambda s: s.x0)
        text = parts[0].text.rstrip()
        for prev, seg in zip(parts, parts[1:], strict=False):
            gap = seg.x0 - prev.x1
            text += (" " if gap > 0.15 * seg.height else "") + seg.text.strip()
        top = min(s.top for s in parts)
        out.append(Seg(parts[0].x0, top, max(s.x1 for s in parts), parts[-1].bottom, text))
    out.sort(key=lambda s: (s.top, s.x0))
    return out


def _alone(seg: Seg, segs: list[Seg]) -> bool:
    """True when no other segment shares the segment's line (a page number, not "I.")."""
    return not any(o is not seg and _same_line(o.top, o.bottom, seg.top, seg.bottom) for o in segs)


def page_blocks(segs: list[Seg], number: int, running: set[str]) -> list[Block]:
    """The paragraphs and headings of one page, in reading order."""
    if not segs:
        return []
    high, low = _margin(segs)

    def margin(s: Seg) -> bool:
        return s.bottom <= high or s.top >= low

    rest = [s for s in segs if not (margin(s) and _norm(s.text) in running)]
    kept = [
        s
        for s in rest
        if not (margin(s) and _PAGE_NUMBER.match(s.text.strip()) and _alone(s, rest))
    ]
    body = statistics.median(s.height for s in kept) if kept else 0.0
    blocks: list[Block] = []
    for run in _columns(kept):
        blocks += _paragraphs(_lines(run), body, number)
    return blocks


def _paragraphs(lines: list[Seg], body: float, page: int) -> list[Block]:
    """Group lines into paragraphs by gaps, indents, short lines and size changes."""
    if not lines:
        return []
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False)]
    normal = statistics.median(gaps) if gaps else 0.0
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    blocks: list[Block] = []
    current: list[Seg] = []

    def flush() -> None:
        if current:
            big = body and statistics.mean(s.height for s in current) >= 1.3 * body
            text = _dehyphenate([s.text for s in current])
            level = 2 if big and len(current) <= 2 and len(text) < 150 else 0
            blocks.append(Block(text, level, page))
            current.clear()

    for i, line in enumerate(lines):
        if current:
            prev = current[-1]
            gap = line.top - prev.bottom
            new = (
                gap > max(normal * 1.8, 0.5 * line.height) + 0.5
                or abs(line.height - prev.height) > 0.3 * max(line.height, prev.height)
                or (line.x0 - left > 1.2 * line.height and prev.x1 < right - 2 * line.height)
                or (prev.x1 < right - 0.25 * (right - left) and prev.text.rstrip()[-1:] in ".!?:")
            )
            if new or i == 0:
                flush()
        current.append(line)
    flush()
    return blocks


def _dehyphenate(lines: list[str]) -> str:
    """Join lines; a word hyphenated at a line end loses its hyphen."""
    out = ""
    for line in lines:
        line = line.strip()
        if not out:
            out = line
        elif out[-1:] in _HYPHENS and len(out) > 1 and out[-2].isalpha() and line[:1].islower():
            out = out[:-1] + line
        else:
            out = out + " " + line
    return out.replace("\x02", "-").replace("\ufffe", "-")


def _join_across_pages(blocks: list[Block]) -> list[Block]:
    """A paragraph cut by a page or column break that ends mid-sentence continues."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev
            and not prev.level
            and not block.level
            and prev.text.rstrip()[-1:] not in '.!?:;"”'
            and block.text[:1].islower()
        ):
            out[-1] = Block(_dehyphenate([prev.text, block.text]), 0, prev.page)
        else:
            out.append(block)
    return out
