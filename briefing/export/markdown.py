"""Markdown export: front matter, then per article key points with citations, actors, who
said what, outline."""

from __future__ import annotations

import json
import re

from briefing.export.json import key_point_items
from briefing.model import Article, Briefing

# Inline constructs CommonMark would interpret, escaped only where they would act:
# backslash before punctuation, code spans, emphasis (``_`` only at word edges), links,
# raw HTML / autolinks (``<`` before a tag-like character), entity references, ``~~``.
_INLINE = re.compile(
    r"\\(?=[!-/:-@\[-`{-~]|$)"
    r"|[`*\[\]]"
    r"|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z])"
    r"|<(?=[A-Za-z/!?])"
    r"|&(?=#?[0-9A-Za-z]+;)"
    r"|~(?=~)"
)
# Block starts at the beginning of a line: list markers, headings, quotes, thematic
# breaks and setext underlines, fences.
_LINE_START = re.compile(r"^(?:[-+*](?=\s|$)|#{1,6}(?=\s|$)|>|=+\s*$|~~~|\d{1,9}(?=[.)](?:\s|$)))")


def escape(text: str) -> str:
    """Escape article-derived text so it stays literal inline Markdown on one line.

    Only what CommonMark would interpret in that place is escaped: ``WASHINGTON (CNN)
    --`` and ``AT&T`` stay as they are; ``2. 26 February`` at the start of a list item
    becomes ``2\\. 26 February`` (otherwise it would open a nested list).
    """
    text = " ".join(text.split())
    text = _INLINE.sub(lambda m: "\\" + m.group(), text)
    match = _LINE_START.match(text)
    if match:
        found = match.group()
        if found[0].isdigit():
            cut = len(found)
            text = text[:cut] + "\\" + text[cut:]
        else:
            text = "\\" + text
    return text


def cell(text: str) -> str:
    """:func:`escape` for a table cell (``|`` would end the cell)."""
    return escape(text).replace("|", "\\|")


def heading(text: str) -> str:
    """:func:`escape` for an ATX heading (a trailing run of ``#`` would be dropped)."""
    out = escape(text)
    return re.sub(r"(\s)(#+)$", lambda m: m.group(1) + "\\" + m.group(2), out) or out


def code(text: str) -> str:
    """Inline code span that survives backticks in ``text``."""
    text = " ".join(text.split())
    ticks = "`" * (max((len(r) for r in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def yaml_str(text: str) -> str:
    """A double-quoted YAML scalar (JSON string syntax is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def meta_line(article: Article) -> str:
    """Category · date · source · words · reading time, escaped."""
    return " · ".join(escape(p) for p in article.meta_parts())


def citation(article: Article, offset: int) -> str:
    """``path:L<line>`` (``path:p<page>`` for PDF, ``url#p<n>`` for HTML) for an offset."""
    return code(article.locator(offset))


def _note_lines(note: str, reviewer: str) -> list[str]:
    """A (possibly multi-line) reviewer note as a quote under its list item."""
    lines = [escape(line) or "" for line in note.splitlines() if line.strip()]
    if reviewer:
        lines[-1] += f" — {escape(reviewer)}"
    return [f"   > {line}" for line in lines]


def statement_lines(article: Article) -> list[str]:
    """The "Who said what" section: statements grouped by speaker, unresolved last."""
    out = ["### Who said what", ""]
    if not article.statements:
        return out + ["*No statements found.*", ""]
    order: list[str | None] = [a.id for a in article.actors if article.statements_of(a.id)]
    if article.statements_of(None):
        order.append(None)
    for actor_id in order:
        actor = article.actor(actor_id) if actor_id else None
        name = escape(actor.name) if actor is not None else "*Unresolved speaker*"
        out += [f"**{name}**", ""]
        for s in article.statements_of(actor_id):
            who = ""
            if actor is None and s.speaker_span is not None:
                who = f"{escape(s.speaker_span.text_of(article.text))} "
            quote = escape(s.content_text(article.text))
            cite = citation(article, s.contents[0].start if s.contents else s.start)
            out.append(f"- {who}*{escape(s.cue_text)}* ({s.kind}): {quote} ({cite})")
        out.append("")
    return out


def article_markdown(
    article: Article,
    reviews: dict | None = None,
    orphans: list | None = None,
    only: str | None = None,
) -> list[str]:
    """Lines for one article.

    Args:
        article: the article.
        reviews: sentence index -> ``{"review": {...}, "added": True?}``; None for no review state.
        orphans: review items whose sentence is gone (``orphan_json`` dicts).
        only: ``"reviewed"`` or ``"flagged"`` to keep only those key points.
    """
    out = [f"## {heading(article.heading)}", ""]
    if article.dek:
        out += [f"*{escape(article.dek)}*", ""]
    out += [meta_line(article) + "  ", f"Source: {code(article.path)}", ""]
    if article.warnings:
        out += [f"> Warning: {escape(w)}  " for w in article.warnings] + [""]
    out += ["### Key points", ""]
    points = key_point_items(article, reviews, only)
    if not points:
        out.append("*No key points.*")
    for rank, point in enumerate(points, 1):
        line = f"{rank}. {escape(point['text'])} ({citation(article, point['start'])})"
        review = point.get("review") or {}
        if review.get("verdict"):
            line += f" **{review['verdict']}**"
        if point.get("added"):
            line += " *(added by reviewer)*"
        out.append(line)
        if review.get("note"):
            out += _note_lines(review["note"], review.get("reviewer") or "")
    out.append("")
    if orphans:
        out += [
            "### Orphaned review notes",
            "",
            "*Their sentence changed or disappeared from the article.*",
            "",
        ]
        for item in orphans:
            verdict = f" **{item['verdict']}**" if item.get("verdict") else ""
            out.append(f"- {escape(item['text'])}{verdict}")
            if item.get("note"):
                out += [line[1:] for line in _note_lines(item["note"], item.get("reviewer") or "")]
        out.append("")
    out += ["### Actors", ""]
    if article.actors:
        out += ["| Name | Kind | Roles | Mentions |", "| --- | --- | --- | --- |"]
        for actor in article.actors:
            roles = ", ".join(actor.roles)
            out.append(
                f"| {cell(actor.name)} | {actor.kind} | {cell(roles)} | {len(actor.mentions)} |"
            )
    else:
        out.append("*No actors found.*")
    out.append("")
    out += statement_lines(article)
    if article.sections:
        out += ["### Outline", ""]
        for section in article.sections:
            title = section.title or "(untitled)"
            indent = "  " * max(0, section.level - 1) if not section.generated else ""
            out.append(f"{indent}- {escape(title)} ({citation(article, section.start)})")
        out.append("")
    return out


def export_markdown(
    briefing: Briefing, reviews: dict | None = None, only: str | None = None
) -> str:
    """The briefing as a Markdown note.

    Args:
        briefing: the loaded briefing.
        reviews: article id -> ``{"reviews": {...}, "orphans": [...]}`` from the review store.
        only: ``"reviewed"`` or ``"flagged"`` to keep only those key points.
    """
    head = ["---", f"title: {yaml_str(briefing.title)}"]
    if briefing.articles:
        head.append("sources:")
        for a in briefing.articles:
            head.append(f"  - path: {yaml_str(a.path)}")
            head += [
                f"    {k}: {yaml_str(v)}" for k, v in (("url", a.url), ("byline", a.byline)) if v
            ]
    else:
        head.append("sources: []")
    head += [f"articles: {len(briefing.articles)}"]
    if reviews is not None:
        reviewers = _reviewers(reviews)
        head.append(f"reviewed: {'true' if reviewers is not None else 'false'}")
        if reviewers:
            head.append("reviewers: [" + ", ".join(yaml_str(r) for r in reviewers) + "]")
    head += ["---", ""]
    out = head + [f"# {heading(briefing.title)}", ""]
    for article in briefing.articles:
        extra = (reviews or {}).get(article.id)
        out += article_markdown(
            article,
            extra.get("reviews", {}) if extra is not None else None,
            extra.get("orphans") if extra else None,
            only,
        )
    if briefing.errors:
        out += ["## Files not loaded", ""]
        out += [f"- {code(e.path)}: {escape(e.reason)}" for e in briefing.errors]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _reviewers(reviews: dict) -> list[str] | None:
    """Sorted reviewer names of every review and orphan; None when nothing was reviewed."""
    names: set[str] = set()
    found = False
    for extra in reviews.values():
        entries = [r.get("review") or {} for r in (extra.get("reviews") or {}).values()]
        entries += list(extra.get("orphans") or [])
        for entry in entries:
            if entry.get("verdict") or entry.get("note"):
                found = True
                if entry.get("reviewer"):
                    names.add(entry["reviewer"])
        if any(r.get("added") for r in (extra.get("reviews") or {}).values()):
            found = True
    return sorted(names) if found else None
