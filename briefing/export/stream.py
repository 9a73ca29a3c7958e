"""Exports over a :class:`~briefing.pipeline.Pipeline`, article by article, in worker processes.

JSON is streamed: each worker analyses a file and returns the article's JSON text (with
its review state), and the parent writes it and forgets it, so memory does not grow with
the briefing. Markdown needs the whole briefing for its front matter: its workers return
the articles, which the parent renders at the end.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path
from typing import Any

from briefing.config import Config
from briefing.export.json import JsonWriter, TextOut, article_json
from briefing.model import Article, Briefing, LoadError
from briefing.pipeline import Pipeline, load_item

_STORES: dict[tuple[str, str], Any] = {}  # review stores opened by this process


def usable_state(config: Config) -> tuple[Path | None, str | None]:
    """The review state file to export with, or ``(None, one-line warning)``.

    The file is checked once, read-only, here; a corrupt, foreign, newer, locked or
    special file never stops an export (it goes without review state).
    """
    if not os.path.lexists(config.state):
        return None, None
    from briefing.state import ReviewStore, StateError

    try:
        ReviewStore.open(config.state, config.reviewer, readonly=True).close()
    except StateError as exc:
        return None, f"{exc}; exported without review state"
    return config.state, None


def _store(state: Path, reviewer: str) -> Any:
    """The review store at ``state``, opened read-only once per process."""
    key = (str(state), reviewer)
    if key not in _STORES:
        from briefing.state import ReviewStore

        _STORES[key] = ReviewStore.open(state, reviewer, readonly=True)
    return _STORES[key]


def review_entry(store: Any, article: Article) -> dict[str, Any]:
    """The article's entry of the exporters' review ``extra`` (reviews, orphans, read)."""
    from briefing.clean import clean_data
    from briefing.state.review import export_extra

    entry = export_extra(store, [article])[article.id]
    entry["read"] = store.is_read(article)
    return clean_data(entry)  # type: ignore[return-value]


def json_item(
    pipeline: Pipeline,
    index: int,
    *,
    state: Path | None,
    reviewer: str,
    only: str | None,
    pretty: bool,
) -> tuple[str, str, str]:
    """``("article", heading, JSON text)`` or ``("error", path, reason)`` for one file.

    ``state`` is the review store to include (None for none).
    """
    item = load_item(pipeline, index)
    if isinstance(item, LoadError):
        return ("error", item.path, item.reason)
    more = review_entry(_store(state, reviewer), item) if state is not None else None
    return ("article", item.heading, article_json(item, more, only, pretty))


def write_json(
    pipeline: Pipeline,
    out: TextOut,
    *,
    jobs: int = 1,
    state: Path | None = None,
    only: str | None = None,
    pretty: bool = False,
) -> list[LoadError]:
    """Stream the briefing's JSON to ``out``; return what did not load (files, folders).

    Review state comes from ``state`` (see :func:`usable_state`; None for none).
    """
    config: Config = pipeline.config
    fn = functools.partial(
        json_item, state=state, reviewer=config.reviewer, only=only, pretty=pretty
    )
    writer = JsonWriter(out, pretty)
    errors: list[LoadError] = list(pipeline.problems)  # folders that could not be listed
    started = False
    # closing(): a failed write (a closed pipe) stops the worker processes at once.
    with closing(pipeline.map(fn, jobs)) as results:
        for kind, first, second in results:
            if kind == "error":
                errors.append(LoadError(first, second))
                continue
            if not started:
                writer.start(pipeline.title_from(first))
                started = True
            writer.article(second)
    if not started:
        writer.start(pipeline.title(None))
    writer.finish(errors)
    close_stores()
    return errors


def close_stores() -> None:
    """Close the review stores this process opened for exports."""
    while _STORES:
        _STORES.popitem()[1].close()


def packed_item(pipeline: Pipeline, index: int) -> bytes | LoadError:
    """One file loaded and packed for the trip back from a worker (see briefing.cache)."""
    from briefing import cache

    item = load_item(pipeline, index)
    return item if isinstance(item, LoadError) else cache.dumps(item)


def load_briefing(pipeline: Pipeline, jobs: int = 1) -> Briefing:
    """Every file of ``pipeline`` loaded (in ``jobs`` processes) into a Briefing.

    Workers send articles packed field by field (:func:`briefing.cache.dumps`), which
    unpickles about twice as fast as the default.
    """
    from briefing import cache

    articles: list[Article] = []
    errors: list[LoadError] = list(pipeline.problems)  # folders that could not be listed
    items: Iterable[Article | LoadError | bytes]
    items = pipeline.map(load_item, 1) if jobs <= 1 else pipeline.map(packed_item, jobs)
    for index, item in enumerate(items):
        if isinstance(item, bytes):
            item = cache.loads(item) or LoadError(
                pipeline.display_path(index), "analysis failed: result could not be unpacked"
            )
        if isinstance(item, LoadError):
            errors.append(item)
        else:
            articles.append(item)
    first = articles[0] if articles else None
    return Briefing(pipeline.title(first), tuple(articles), tuple(errors))
