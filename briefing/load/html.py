"""HTML layout: main text and metadata of a saved web page, extracted with trafilatura.

trafilatura is the optional extra ``briefing[html]``; it is imported only when a page is
not already in the extraction cache (:mod:`briefing.load.cache`).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from briefing.load import cache
from briefing.load.blocks import Block, build
from briefing.model import Document

MISSING = "install briefing[html] to read .html files (pip install 'briefing[html]')"
MAX_DEPTH = 400  # deeper markup is flattened before parsing (libxml2 stops at 256 anyway)
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = {
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
    b"source", b"track", b"wbr", b"p", b"li", b"option", b"td", b"tr", b"th",
}  # fmt: skip
_HEADING = re.compile(r"h([1-6])$")
# A span inside a paragraph that holds an image and several links is a card the page shows
# on hover (a person's photo, name and latest articles), not prose: left out, or its text
# is glued into the sentence ("… Rep. Ilhan OmarIlhan OmarHillicon Valley: …").
CARDS = (
    "//p//span[img and count(a) >= 2]"
    # a paragraph of links, one a line, with only tags like "[VIDEO]" between: a list of
    # other stories ("DON'T MISS"); not a list whose items say more than their links
    " | //p[count(a) >= 2 and count(.//br) >= count(a) - 1"
    " and not(.//text()[not(ancestor::a)][string-length(normalize-space(.)) > 15])]"
)


class HtmlUnavailable(RuntimeError):
    """trafilatura (the ``html`` extra) is not installed."""


@functools.cache
def extractor_version() -> str:
    """``trafilatura-<version>``, or raise HtmlUnavailable (the answer is kept)."""
    found = cache.installed_version("trafilatura")
    if found is None:
        raise HtmlUnavailable(MISSING)
    return found


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes of a file look like an HTML document."""
    start = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower():
        return True
    return start.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def _too_deep(data: bytes) -> bool:
    """A cheap scan: does the tag nesting go deeper than MAX_DEPTH?"""
    depth = 0
    for match in _TAG.finditer(data):
        if match.group(3) or match.group(2).lower() in _VOID:
            continue
        depth += -1 if match.group(1) else 1
        if depth > MAX_DEPTH:
            return True
    return False


def read_html(data: bytes) -> Document:
    """Extract a page into a Document (cached by content hash and extractor version).

    Raises HtmlUnavailable without trafilatura and ValueError for a page with no text.
    """
    version = extractor_version()
    found = cache.get("html", data, version)
    if found is not None:
        return found
    doc = extract(data)
    cache.put("html", data, version, doc)
    return doc


def extract(data: bytes) -> Document:
    """Run trafilatura on ``data`` and build the Document (no cache)."""
    try:
        import trafilatura  # type: ignore[import-untyped,unused-ignore]
    except ImportError as exc:
        raise HtmlUnavailable(MISSING) from exc
    warnings: list[str] = []
    if _too_deep(data):
        warnings.append(f"markup nested deeper than {MAX_DEPTH} levels; read as flat text")
        data = re.sub(rb"<[^>]*>", b" ", data)
    try:
        result = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            prune_xpath=CARDS,
        )
    except RecursionError as exc:
        raise ValueError("markup too deeply nested to extract") from exc
    if result is None or getattr(result, "body", None) is None:
        raise ValueError("no article text found in the page")
    blocks = list(body_blocks(getattr(result, "body", None)))
    if not any(not b.level for b in blocks):
        raise ValueError("no article text found in the page")
    meta = page_meta(result)
    if "byline" not in meta:
        first = next((b.text for b in blocks if not b.level), "")
        byline = find_byline(data, str(getattr(result, "description", "") or ""), first)
        if byline:
            meta["byline"] = byline
    return build(blocks, meta, warnings)


_NAME_WORD = r"[A-Z](?:[a-z][\w'’-]*|\.)?"
_BYLINE = re.compile(
    rf"By:?\s+((?:{_NAME_WORD}\s+){{1,3}}[A-Z][a-z][\w'’-]*)"
    r"(?=\s*(?:$|[,|\n]|and\b)|\s+[A-Z]{2,}\b)"  # end, punctuation, "and", a DATELINE
)
_STRIP = re.compile(r"(?is)<(script|style|noscript)\b.*?</\1\s*>|<[^>]*>")


def find_byline(data: bytes, dek: str, first: str) -> str:
    """A "By Name Surname" credit in the description or the page text before the article.

    Used when the page's metadata names no author.
    """
    match = _BYLINE.match(dek.strip())
    if match:
        return " ".join(match.group(1).split())
    import html as stdhtml

    text = stdhtml.unescape(_STRIP.sub("\n", data.decode("utf-8", "replace")))
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\s*\n\s*", "\n", text)
    text = re.sub(r"\bBy\n", "By ", text)
    start = " ".join(first.split()[:6])
    end = text.find(start) if start else -1
    for _ in range(5):  # the opening words can also stand in a teaser before the article
        if end <= 0:
            break
        # a credit sits before the article, or just after a standfirst taken as paragraph 1
        for line in text[max(0, end - 3000) : end + len(first) + 300].split("\n"):
            match = _BYLINE.match(line.strip())
            if match:
                return " ".join(match.group(1).split())
        end = text.find(start, end + 1)
    return ""


def page_meta(result: Any) -> dict[str, Any]:
    """Title, byline, date, source, url, dek and tags of a trafilatura result."""
    meta: dict[str, Any] = {}
    for key, attr in (
        ("title", "title"),
        ("byline", "author"),
        ("date", "date"),
        ("source", "sitename"),
        ("url", "url"),
        ("dek", "description"),
    ):
        value = getattr(result, attr, None)
        if value:
            meta[key] = " ".join(str(value).split())
    if meta.get("dek", "").startswith("By "):  # "By Name\nReal description"
        meta["dek"] = " ".join(str(result.description).split("\n", 1)[-1].split())
    tags: list[str] = []
    for attr in ("tags", "categories"):
        for tag in getattr(result, attr, None) or ():
            tag = " ".join(str(tag).split())
            if tag and tag not in tags:
                tags.append(tag)
    if tags:
        meta["tags"] = tags
    return meta


def _text(element: Any) -> str:
    """The text of an element, ``<lb/>`` as a line break and a block inside it (a list
    item's heading and its own list) on lines of its own, not glued to the next
    ("Visualizer" + "Mark SubbaRao")."""
    out: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            out.append("\n")
        elif child.tag in _BLOCKS:
            out.append(f"\n{_text(child)}\n")
        else:
            out.append(_text(child))
        out.append(child.tail or "")
    return "".join(out)


_BLOCKS = frozenset(("head", "list", "item", "p", "quote", "table", "row"))


def body_blocks(body: Any) -> list[Block]:
    """Paragraphs, headings, list items, quotes and table rows of trafilatura's XML body."""
    blocks: list[Block] = []
    stack = [iter(body)]
    while stack:  # iterative: a deep tree cannot overflow the Python stack
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "head":
            match = _HEADING.match(element.get("rend") or "")
            blocks.append(Block(_text(element), int(match.group(1)) if match else 2))
        elif tag in ("list", "quote", "table", "div") and len(element):
            if (element.text or "").strip():
                blocks.append(Block(element.text or ""))
            stack.append(iter(element))
        elif tag == "row":
            cells = [" ".join(_text(c).split()) for c in element]
            blocks.append(Block("  ".join(c for c in cells if c)))
        elif tag in ("graphic", "lb"):
            continue
        elif tag:
            blocks.append(Block(_text(element)))
        if tag and element.tail and element.tail.strip() and len(stack) > 1:
            blocks.append(Block(element.tail))
    return blocks
