"""JSON export, schema ``briefing/1`` (documented in docs/json-schema.md)."""

from __future__ import annotations

import json
from typing import Any

from briefing.model import Article, Briefing

SCHEMA = "briefing/1"


def article_dict(article: Article, reviews: dict | None = None) -> dict[str, Any]:
    """One article as plain JSON data; ``reviews`` maps sentence index -> review dict."""
    key_points = []
    for kp in article.key_points:
        item: dict[str, Any] = {
            "sentence": kp.sentence, "start": kp.start, "end": kp.end, "text": kp.text,
            "score": round(kp.score, 4), "line": article.line_of(kp.start),
            "actors": list(kp.actors),
        }
        if reviews is not None:
            item.update(reviews.get(kp.sentence, {"review": None}))
        key_points.append(item)
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "dek": article.dek,
        "category": article.category,
        "date": article.date,
        "source": article.source,
        "url": article.url,
        "byline": article.byline,
        "tags": list(article.tags),
        "first_line": article.first_line,
        "word_count": article.word_count,
        "text": article.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in article.paragraphs],
        "sentences": [
            {"start": s.start, "end": s.end, "paragraph": s.paragraph} for s in article.sentences
        ],
        "sections": [
            {"title": s.title, "level": s.level, "start": s.start, "end": s.end,
             "generated": s.generated}
            for s in article.sections
        ],
        "key_points": key_points,
        "actors": [
            {
                "id": a.id, "name": a.name, "kind": a.kind, "roles": list(a.roles),
                "aliases": list(a.aliases), "salience": round(a.salience, 4),
                "mentions": [
                    {"start": m.start, "end": m.end, "text": m.text, "reason": m.reason}
                    for m in a.mentions
                ],
            }
            for a in article.actors
        ],
        "warnings": list(article.warnings),
    }


def briefing_dict(briefing: Briefing, extra: dict | None = None) -> dict[str, Any]:
    """The whole briefing as plain JSON data; ``extra`` maps article id -> extra fields."""
    extra = extra or {}
    articles = []
    for article in briefing.articles:
        data = article_dict(article, extra.get(article.id, {}).get("reviews"))
        data.update({k: v for k, v in extra.get(article.id, {}).items() if k != "reviews"})
        articles.append(data)
    return {
        "schema": SCHEMA,
        "title": briefing.title,
        "articles": articles,
        "errors": [{"path": e.path, "reason": e.reason} for e in briefing.errors],
    }


def export_json(briefing: Briefing, extra: dict | None = None) -> str:
    """Serialise ``briefing`` deterministically (sorted nothing, stable order, no timestamps)."""
    return json.dumps(briefing_dict(briefing, extra), ensure_ascii=False, indent=2) + "\n"
