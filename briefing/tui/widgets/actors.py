"""The actor pane: a filter box, the actors sorted by salience and the selected actor's details."""

from __future__ import annotations

from collections import Counter

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import Actor, Article, Statement
from briefing.tui.markdown_view import one_line
from briefing.tui.text import clean_line
from briefing.tui.widgets.statements import StatementList
from briefing.tui.widgets.summary import MOVE_BINDINGS

MARKERS = {"person": "P", "organization": "O", "country": "C", "place": "L", "group": "G"}
SNIPPET = 60


def actor_row(actor: Actor, style: str) -> Content:
    """One list row: kind marker, name, mention count, roles."""
    marker = MARKERS.get(actor.kind, "?")
    parts: list[Content | tuple[str, str] | str] = [
        (f"{marker} ", f"bold {style}"),
        Content(clean_line(actor.name)).stylize(style),
        (f" {len(actor.mentions)}", "$text-muted"),
    ]
    if actor.roles:
        parts.append(Content(" " + clean_line(", ".join(actor.roles))).stylize("italic"))
    return Content.assemble(*parts)


def actor_details(actor: Actor, article: Article, style: str) -> Content:
    """Aliases found (with the reason each resolved), roles and the first mention."""
    lines = [
        Content.assemble(
            Content(clean_line(actor.name)).stylize(f"bold {style}"),
            (f"  {actor.kind}", "$text-muted"),
        )
    ]
    if actor.roles:
        lines.append(Content("Roles: " + clean_line(", ".join(actor.roles))))
    found = Counter((m.text or article.text[m.start : m.end], m.reason) for m in actor.mentions)
    if found:
        n = len(actor.mentions)
        noun = "mention" if n == 1 else "mentions"
        lines.append(Content(f"Found as ({n} {noun}):").stylize("bold"))
        for (text, reason), count in found.most_common():
            lines.append(
                Content.assemble(
                    "  ",
                    Content(clean_line(text)),
                    (f" ({reason})", "$text-muted"),
                    (f" ×{count}" if count > 1 else "", "$text-muted"),
                )
            )
    other = [a for a in actor.aliases if a not in {text for text, _ in found}]
    if other:
        lines.append(Content("Also known as: " + clean_line(", ".join(other))).stylize("italic"))
    if actor.mentions:
        first = min(actor.mentions, key=lambda m: m.start)
        lo = max(0, first.start - SNIPPET // 2)
        hi = min(len(article.text), first.end + SNIPPET // 2)
        snippet = one_line(article, article.text[lo:hi]).strip()
        lines.append(
            Content.assemble(
                (f"First mention, line {article.line_of(first.start)}: ", "bold"),
                Content("…" + snippet + "…"),
            )
        )
    return Content("\n").join(lines)


class ActorList(OptionList):
    """Actors sorted by salience; printable keys that are not bindings go to the filter."""

    BINDINGS = [
        *MOVE_BINDINGS,
        Binding("enter", "select", "Show mentions"),
        Binding("n", "screen.next_mention", "Next mention", id="next_mention"),
        Binding("slash", "filter", "Filter", id="search"),
    ]

    def action_filter(self) -> None:
        """Focus the filter box."""
        self.screen.query_one("#actor-filter", Input).focus()

    def on_key(self, event: events.Key) -> None:
        char = event.character
        if char and char.isalnum() and len(char) == 1 and not self._is_bound(event.key):
            event.stop()
            event.prevent_default()
            box = self.screen.query_one("#actor-filter", Input)
            box.focus()
            box.insert_text_at_cursor(char)

    def _is_bound(self, key: str) -> bool:
        for node in self.ancestors_with_self:
            if key in node._bindings.key_to_bindings:
                return True
        return key in self.app._bindings.key_to_bindings


class ActorFilter(Input):
    """The type-to-narrow box above the actor list."""

    BINDINGS = [
        Binding("escape", "clear_filter", "Clear filter", show=False),
        Binding("down", "to_list", "To list", show=False),
    ]

    def action_clear_filter(self) -> None:
        self.value = ""
        self.screen.query_one(ActorList).focus()

    def action_to_list(self) -> None:
        self.screen.query_one(ActorList).focus()


class ActorPane(Vertical):
    """Filter box, actor list and details."""

    ALLOW_MAXIMIZE = True

    def __init__(self, highlight: dict[str, str], **kwargs) -> None:
        super().__init__(**kwargs)
        self.highlight = highlight
        self.article: Article | None = None
        self.shown: list[Actor] = []

    def compose(self) -> ComposeResult:
        yield ActorFilter(
            placeholder="/ or type to filter actors",
            id="actor-filter",
            compact=True,
            select_on_focus=False,
        )
        yield ActorList(id="actors")
        yield Static(id="actor-details")
        yield StatementList(id="actor-statements")

    def show(self, article: Article) -> None:
        """Fill the pane from ``article``, keeping the filter text."""
        self.article = article
        self._fill()

    def style_of(self, actor: Actor) -> str:
        """The highlight style for ``actor``'s kind."""
        return self.highlight.get(actor.kind, "bold")

    def _fill(self) -> None:
        article = self.article
        if article is None:
            return
        needle = self.query_one(ActorFilter).value.strip().casefold()
        actors = sorted(article.actors, key=lambda a: (-a.salience, -len(a.mentions), a.name))
        if needle:
            actors = [
                a
                for a in actors
                if needle in a.name.casefold()
                or any(needle in alias.casefold() for alias in a.aliases)
            ]
        self.shown = actors
        box = self.query_one(ActorList)
        box.set_options([Option(actor_row(a, self.style_of(a)), id=a.id) for a in actors])
        if actors:
            box.highlighted = 0
        else:
            self.query_one("#actor-details", Static).update(
                Content("No actors match." if needle else "No actors found.")
            )
            self.query_one(StatementList).show(article, None)
        self.border_title = (
            f"Actors ({len(actors)}/{len(article.actors)})"
            if needle
            else f"Actors ({len(article.actors)})"
        )

    @property
    def highlighted_actor(self) -> Actor | None:
        """The actor under the list cursor."""
        box = self.query_one(ActorList)
        if box.highlighted is None or box.highlighted >= len(self.shown):
            return None
        return self.shown[box.highlighted]

    def select_id(self, actor_id: str) -> None:
        """Move the cursor to ``actor_id`` (clearing the filter if it hides it)."""
        if not any(a.id == actor_id for a in self.shown):
            self.query_one(ActorFilter).value = ""
            self._fill()
        for i, actor in enumerate(self.shown):
            if actor.id == actor_id:
                self.query_one(ActorList).highlighted = i

    def select_statement(self, statement: Statement) -> None:
        """Show ``statement``'s speaker with the cursor on ``statement`` in its list."""
        if statement.speaker is None:
            return
        self.select_id(statement.speaker)
        self._show_details()
        self.query_one(StatementList).select(statement)

    @on(Input.Changed, "#actor-filter")
    def _filter_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#actor-filter")
    def _filter_done(self) -> None:
        self.query_one(ActorList).focus()

    @on(OptionList.OptionHighlighted, "#actors")
    def _show_details(self) -> None:
        actor = self.highlighted_actor
        if actor is not None and self.article is not None:
            self.query_one("#actor-details", Static).update(
                actor_details(actor, self.article, self.style_of(actor))
            )
            cue_style = self.highlight.get("cue", "bold")
            self.query_one(StatementList).show(self.article, actor.id, cue_style)
