"""Who said what, as plain data: statements grouped by speaker, filtered, excerpted.

No textual here: the "Who said what" view, the actor pane's statement list and the
palette show what these functions return, so grouping, order and filtering are
testable without a terminal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from briefing.model import Article, Statement
from briefing.tui.markdown_view import one_line
from briefing.tui.text import clean_line

EXCERPT = 90  # characters of content shown in a row (the rest is "…")
UNRESOLVED = "Unresolved speaker"


def count_label(shown: int, total: int | None = None) -> str:
    """``"1 statement"``, ``"4 statements"``, or ``"2/4 statements"`` when some are hidden."""
    total = shown if total is None else total
    count = str(total) if shown == total else f"{shown}/{total}"
    return f"{count} statement{'' if total == 1 else 's'}"


@dataclass(frozen=True, slots=True)
class Group:
    """One speaker's statements in document order; ``speaker`` None is the unresolved group."""

    speaker: str | None
    label: str
    kind: str
    statements: tuple[Statement, ...]


def groups(article: Article) -> list[Group]:
    """Every statement of ``article`` grouped by speaker.

    Speakers with more statements come first (ties: the earlier first statement);
    the unresolved statements are the last group.
    """
    by_speaker: dict[str | None, list[Statement]] = {}
    for statement in sorted(article.statements, key=lambda s: (s.start, s.end)):
        by_speaker.setdefault(statement.speaker, []).append(statement)
    out = []
    for speaker, statements in by_speaker.items():
        actor = article.actor(speaker) if speaker is not None else None
        if actor is None:
            continue  # unresolved (or an id no actor has): the last group
        out.append(Group(speaker, clean_line(actor.name), actor.kind, tuple(statements)))
    out.sort(key=lambda g: (-len(g.statements), g.statements[0].start))
    rest = [s for s in article.statements if article.actor(s.speaker or "") is None]
    if rest:
        out.append(Group(None, UNRESOLVED, "", tuple(sorted(rest, key=lambda s: s.start))))
    return out


def speaker_words(article: Article, statement: Statement) -> str:
    """The words naming the speaker in this statement ("he", "the embassy"), or ""."""
    span = statement.speaker_span
    return one_line(article, span.text_of(article.text)).strip() if span is not None else ""


def content_excerpt(article: Article, statement: Statement, limit: int = EXCERPT) -> str:
    """The contents as one line without markup, cut at a word before ``limit`` characters."""
    text = " ".join(one_line(article, statement.content_text(article.text)).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def cue_words(statement: Statement) -> str:
    """The cue as one line ("said", "according to", ":")."""
    return " ".join(clean_line(statement.cue_text).split())


def haystack(article: Article, group: Group, statement: Statement) -> str:
    """What a filter searches, case-folded: speaker, its words, aliases, cue and contents."""
    actor = article.actor(group.speaker) if group.speaker is not None else None
    parts = [group.label, speaker_words(article, statement), cue_words(statement)]
    if actor is not None:
        parts.extend(actor.aliases)
    parts.append(statement.content_text(article.text))
    return " ".join(" ".join(parts).split()).casefold()


def filter_groups(article: Article, all_groups: Iterable[Group], query: str) -> list[Group]:
    """The groups keeping only statements whose :func:`haystack` holds every word of ``query``.

    Groups left empty are dropped; an empty query keeps everything.
    """
    words = query.casefold().split()
    if not words:
        return list(all_groups)
    out = []
    for group in all_groups:
        kept = tuple(
            s
            for s in group.statements
            if all(word in haystack(article, group, s) for word in words)
        )
        if kept:
            out.append(Group(group.speaker, group.label, group.kind, kept))
    return out


def speaker_label(article: Article, statement: Statement) -> str:
    """The speaker's actor name, else "unresolved" with the speaker's words if any."""
    actor = article.actor(statement.speaker) if statement.speaker is not None else None
    if actor is not None:
        return clean_line(actor.name)
    words = speaker_words(article, statement)
    return f"unresolved ({words})" if words else "unresolved"
