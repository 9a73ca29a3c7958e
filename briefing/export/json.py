"""JSON export, schema ``briefing/2`` (documented in docs/json-schema.md)."""

from __future__ import annotations

import json
from typing import Any, Protocol

from briefing.model import Article, Briefing, LoadError

SCHEMA = "briefing/2"


REVIEW_FILTERS = {
    # accepted, flagged or noted; never rejected
    "reviewed": lambda review: bool(
        review
        and review.get("verdict") != "rejected"
        and (review.get("verdict") or review.get("note"))
    ),
    "flagged": lambda review: bool(review and review.get("verdict") == "flagged"),
}


def key_point_items(
    article: Article, reviews: dict | None = None, only: str | None = None
) -> list[dict[str, Any]]:
    """Key points as JSON data in rank order, then reviewer-added ones in text order.

    Args:
        article: the article.
        reviews: sentence index -> ``{"review": {...}, "added": True?}`` from the state store;
            None for an export without review state.
        only: ``"reviewed"`` or ``"flagged"`` to keep only those key points.
    """
    out: list[dict[str, Any]] = []
    ranked = set()
    for kp in article.key_points:
        ranked.add(kp.sentence)
        out.append(
            {
                "sentence": kp.sentence,
                "start": kp.start,
                "end": kp.end,
                "text": kp.text,
                "score": round(kp.score, 4),
                "confidence": round(kp.confidence, 3),
                "line": article.line_of(kp.start),
                "actors": list(kp.actors),
            }
        )
    for index, entry in sorted((reviews or {}).items()):
        if entry.get("added") and index not in ranked and index < len(article.sentences):
            sentence = article.sentences[index]
            inside = [
                a.id
                for a in article.actors
                if any(sentence.start <= m.start < sentence.end for m in a.mentions)
            ]
            out.append(
                {
                    "sentence": index,
                    "start": sentence.start,
                    "end": sentence.end,
                    "text": sentence.text_of(article.text),
                    "score": 0.0,
                    "line": article.line_of(sentence.start),
                    "actors": inside,
                }
            )
    if reviews is None:
        return out
    for item in out:
        item.update(reviews.get(item["sentence"], {"review": None}))
    if only:
        keep = REVIEW_FILTERS[only]
        out = [item for item in out if keep(item["review"])]
    return out


def statement_items(article: Article) -> list[dict[str, Any]]:
    """Statements as JSON data, in text order."""
    out = []
    for s in article.statements:
        span = s.speaker_span
        out.append(
            {
                "speaker": s.speaker,
                "speaker_start": span.start if span is not None else None,
                "speaker_end": span.end if span is not None else None,
                "cue": s.cue_text,
                "cue_start": s.cue.start,
                "cue_end": s.cue.end,
                "cue_class": s.cue_class,
                "kind": s.kind,
                "contents": [{"start": c.start, "end": c.end} for c in s.contents],
                "text": s.content_text(article.text),
                "line": article.line_of(s.contents[0].start if s.contents else s.start),
            }
        )
    return out


def article_dict(
    article: Article, reviews: dict | None = None, only: str | None = None
) -> dict[str, Any]:
    """One article as plain JSON data; ``reviews`` maps sentence index -> review dict."""
    key_points = key_point_items(article, reviews, only)
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
        "language": article.language,
        "text": article.text,
        "paragraphs": [{"start": p.start, "end": p.end} for p in article.paragraphs],
        "sentences": [
            {"start": s.start, "end": s.end, "paragraph": s.paragraph} for s in article.sentences
        ],
        "sections": [
            {
                "title": s.title,
                "level": s.level,
                "start": s.start,
                "end": s.end,
                "generated": s.generated,
            }
            for s in article.sections
        ],
        "key_points": key_points,
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "roles": list(a.roles),
                "aliases": list(a.aliases),
                "salience": round(a.salience, 4),
                "confidence": round(a.confidence, 2),
                "mentions": [
                    {"start": m.start, "end": m.end, "text": m.text, "reason": m.reason}
                    for m in a.mentions
                ],
            }
            for a in article.actors
        ],
        "statements": statement_items(article),
        "warnings": list(article.warnings),
    }


def briefing_dict(
    briefing: Briefing, extra: dict | None = None, only: str | None = None
) -> dict[str, Any]:
    """The whole briefing as plain JSON data.

    Args:
        briefing: the loaded briefing.
        extra: article id -> ``{"reviews": {...}, "orphans": [...], "read": bool}`` from the
            review store (see ``briefing.state.review.export_extra``).
        only: ``"reviewed"`` or ``"flagged"`` to keep only those key points.
    """
    articles = []
    for article in briefing.articles:
        more = (extra or {}).get(article.id)
        data = article_dict(article, more.get("reviews", {}) if more is not None else None, only)
        if more is not None:
            data.update({k: v for k, v in more.items() if k != "reviews"})
        articles.append(data)
    return {
        "schema": SCHEMA,
        "title": briefing.title,
        "articles": articles,
        "errors": [{"path": e.path, "reason": e.reason} for e in briefing.errors],
    }


def export_json(
    briefing: Briefing, extra: dict | None = None, only: str | None = None, pretty: bool = True
) -> str:
    """Serialise ``briefing`` deterministically (stable order, no timestamps of its own).

    Indented with ``pretty``, else compact (through the C encoder).
    """
    return dumps(briefing_dict(briefing, extra, only), pretty) + "\n"


# Exported data is plain trees (no cycles), so the encoder need not track containers.
_COMPACT = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def dumps(data: Any, pretty: bool = False, depth: int = 0) -> str:
    """``data`` as JSON nested ``depth`` levels deep in a briefing (compact or indented).

    Compact output goes through the C encoder (``json.dumps`` without ``indent``).
    """
    if not pretty:
        return _COMPACT.encode(data)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * depth) if depth else text


def article_json(
    article: Article, more: dict | None = None, only: str | None = None, pretty: bool = False
) -> str:
    """One article's JSON text as it appears in the briefing's ``articles`` list.

    ``more`` is the article's entry of the review ``extra`` (see :func:`briefing_dict`).
    """
    data = article_dict(article, more.get("reviews", {}) if more is not None else None, only)
    if more is not None:
        data.update({k: v for k, v in more.items() if k != "reviews"})
    return dumps(data, pretty, 2)


class TextOut(Protocol):
    """Where the streamed export goes: anything with ``write(str)``."""

    def write(self, text: str, /) -> int: ...


class JsonWriter:
    """Writes a briefing's JSON one article at a time (memory independent of its size).

    The output is byte-identical to :func:`export_json` (``pretty``) or to its compact
    form: ``start(title)``, then ``article(text)`` per :func:`article_json`, then
    ``finish(errors)``.
    """

    def __init__(self, out: TextOut, pretty: bool = False) -> None:
        self.out, self.pretty = out, pretty
        self.count = 0

    def start(self, title: str) -> None:
        """Write the head: schema, title and the opening of the articles list."""
        schema, name = dumps(SCHEMA), dumps(title)
        if self.pretty:
            self.out.write(f'{{\n  "schema": {schema},\n  "title": {name},\n  "articles": [')
        else:
            self.out.write(f'{{"schema": {schema}, "title": {name}, "articles": [')

    def article(self, text: str) -> None:
        """Write one article's JSON (from :func:`article_json` with the same ``pretty``)."""
        if self.pretty:
            self.out.write((",\n    " if self.count else "\n    ") + text)
        else:
            self.out.write((", " if self.count else "") + text)
        self.count += 1

    def finish(self, errors: list[LoadError] | tuple[LoadError, ...]) -> None:
        """Close the articles list and write the files that did not load."""
        data = [{"path": e.path, "reason": e.reason} for e in errors]
        if self.pretty:
            close = "\n  ]" if self.count else "]"
            self.out.write(f'{close},\n  "errors": {dumps(data, True, 1)}\n}}\n')
        else:
            self.out.write(f'], "errors": {dumps(data)}}}\n')
