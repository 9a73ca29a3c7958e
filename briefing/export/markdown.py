"""Markdown export: front matter, then per article key points with citations, actors, outline."""

from __future__ import annotations

import json
import re

from briefing.export.json import key_point_items
from briefing.model import Article, Briefing

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")
_LINE_START = re.compile(r"^(\s*)([-=>]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Escape article-derived text so it stays literal inline Markdown on one line."""
    text = " ".join(text.split())
    text = _SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(
        lambda m: (
            m.group(1) + m.group(2) + "\\"
            if m.group(2).isdigit()
            else m.group(1) + "\\" + m.group(2)
        ),
        text,
    )


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
    out = [f"## {escape(article.heading)}", ""]
    if article.dek:
        out += [f"*{escape(article.dek)}*", ""]
    out += [meta_line(article) + "  ", f"Source: {code(article.path)}", ""]
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
                f"| {escape(actor.name)} | {actor.kind} | {escape(roles)} | {len(actor.mentions)} |"
            )
    else:
        out.append("*No actors found.*")
    out.append("")
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
        head += ["sources:"] + [f"  - {yaml_str(a.path)}" for a in briefing.articles]
    else:
        head.append("sources: []")
    head += [f"articles: {len(briefing.articles)}"]
    if reviews is not None:
        head.append(f"reviewed: {'true' if reviews else 'false'}")
    head += ["---", ""]
    out = head + [f"# {escape(briefing.title)}", ""]
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
