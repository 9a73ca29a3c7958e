"""Command palette providers: jump to an article, an actor, a section or a statement.

Candidates come from article text, so they are built as plain ``Content`` and
highlighted here; Textual's ``Matcher.highlight`` would parse them as markup. They
act on the reader's screen the palette was opened over (none over other screens).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from briefing.tui.text import clean_line
from briefing.tui.who_said import content_excerpt, count_label, cue_words, speaker_label

if TYPE_CHECKING:
    from briefing.tui.screens.reader import ReaderScreen

DISCOVER_LIMIT = 30


def _display(prefix: str, label: str, positions: Iterable[int] = ()) -> Content:
    content = Content(label)
    for offset in positions:
        if 0 <= offset < len(label) and not label[offset].isspace():
            content = content.stylize("bold underline", offset, offset + 1)
    return Content.assemble((prefix, "$text-muted"), content)


class _JumpProvider(Provider):
    """Shared search over ``(prefix, label, callback)`` candidates."""

    def candidates(self) -> list[tuple[str, str, Callable[[], None]]]:
        """``(prefix, label, callback)`` for every hit (none away from the reader)."""
        from briefing.tui.screens.reader import ReaderScreen

        return self.jumps(self.screen) if isinstance(self.screen, ReaderScreen) else []

    def jumps(self, reader: ReaderScreen) -> list[tuple[str, str, Callable[[], None]]]:
        raise NotImplementedError

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for prefix, label, callback in self.candidates():
            score = matcher.match(label)
            if score > 0:
                _, offsets = matcher.fuzzy_search.match(query, label)
                yield Hit(score, _display(prefix, label, offsets), callback, text=prefix + label)

    async def discover(self) -> Hits:
        for prefix, label, callback in self.candidates()[:DISCOVER_LIMIT]:
            yield DiscoveryHit(_display(prefix, label), callback, text=prefix + label)


class ArticleCommands(_JumpProvider):
    """Open the article list, or jump to an article by title."""

    def jumps(self, reader: ReaderScreen) -> list[tuple[str, str, Callable[[], None]]]:
        rows = reader.library.rows()
        listing = [("", f"Article list ({len(rows)} articles)", reader.action_articles)]
        return listing + [
            ("Article: ", clean_line(title), partial(reader.show_index, i))
            for i, (title, _, _) in enumerate(rows)
        ]


class ActorCommands(_JumpProvider):
    """Jump to an actor of the current article (selects it and shows its mentions)."""

    def jumps(self, reader: ReaderScreen) -> list[tuple[str, str, Callable[[], None]]]:
        article = reader.article
        if article is None:
            return []
        actors = sorted(article.actors, key=lambda a: -a.salience)
        return [
            (f"Actor ({a.kind}): ", clean_line(a.name), partial(reader.select_actor, a.id))
            for a in actors
        ]


class SectionCommands(_JumpProvider):
    """Jump to a section of the current article."""

    def jumps(self, reader: ReaderScreen) -> list[tuple[str, str, Callable[[], None]]]:
        article = reader.article
        if article is None:
            return []
        return [
            (
                "Section: ",
                clean_line(s.title or f"Section {i + 1}"),
                partial(reader.show_section, i),
            )
            for i, s in enumerate(article.sections)
        ]


class StatementCommands(_JumpProvider):
    """Open "Who said what", or jump to one statement of the current article."""

    def jumps(self, reader: ReaderScreen) -> list[tuple[str, str, Callable[[], None]]]:
        article = reader.article
        if article is None:
            return []
        label = count_label(len(article.statements))
        view = ("", f"Who said what ({label})", reader.action_who_said_what)
        return [view] + [
            (
                "Said: ",
                f"{speaker_label(article, s)}, {cue_words(s)}: {content_excerpt(article, s, 60)}",
                partial(reader.show_statement, s, from_view=True),
            )
            for s in article.statements
        ]
