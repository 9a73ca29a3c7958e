"""The "Who said what" view, and the reader's jumps to statements.

:class:`WhoSaidWhatScreen` lists every statement of the article grouped by speaker.
Typing filters (every word must appear in the speaker, cue or content); ``up``/``down``
move, ``enter`` closes the view and jumps the source to the statement, ``escape``
closes. The filter box keeps the focus, so every typed letter is filter text; letters
typed before it has the focus (a burst right after the key that opened the view)
are put into it too. :class:`StatementJumps` is the reader screen's part.
"""

from __future__ import annotations

from functools import partial

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.geometry import Spacing
from textual.screen import ModalScreen, Screen
from textual.visual import Padding
from textual.widgets import Footer, Input, OptionList
from textual.widgets.option_list import Option

from briefing.config import Config
from briefing.model import Article, Statement
from briefing.tui.who_said import Group, count_label, filter_groups, groups
from briefing.tui.widgets.actors import MARKERS, ActorPane
from briefing.tui.widgets.source import SourceView
from briefing.tui.widgets.statements import StatementList, statement_row

VIEW_EXCERPT = 160  # content characters per row (rows wrap)
ROW_INDENT = Spacing(0, 0, 0, 2)  # statements sit under their speaker


class StatementOptions(OptionList, can_focus=False):
    """The grouped statements; driven from the filter box, so never focused."""


def group_header(group: Group, total: int, style: str) -> Content:
    """A speaker's header row: kind marker, name and how many statements are shown."""
    marker = MARKERS.get(group.kind, "?") if group.speaker is not None else "·"
    return Content.assemble(
        (f"{marker} ", f"bold {style}"),
        Content(group.label).stylize(f"bold {style}"),
        (f"  {count_label(len(group.statements), total)}", "$text-muted"),
    )


class WhoSaidWhatScreen(ModalScreen[Statement | None]):
    """Lists ``article``'s statements by speaker; dismisses with the chosen one, or None.

    ``highlight`` holds the reader's highlight styles (actor kinds, ``cue``).
    """

    DEFAULT_CSS = """
    WhoSaidWhatScreen { align: center middle; }
    #who-box { width: 90%; max-width: 120; height: 90%; border: round $accent;
               background: $surface; padding: 0 1; }
    #who-filter { height: 1; margin-bottom: 1; }
    #who-options { height: 1fr; border: none; padding: 0; background: transparent; }
    #who-options > .option-list--option { padding: 0; }
    #who-options > .option-list--option-disabled { color: $text; }
    """

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Close"),
        Binding("down", "move('cursor_down')", "Down", show=False),
        Binding("up", "move('cursor_up')", "Up", show=False),
        Binding("pagedown", "move('page_down')", "Page down", show=False),
        Binding("pageup", "move('page_up')", "Page up", show=False),
        Binding("ctrl+home", "move('first')", show=False),
        Binding("ctrl+end", "move('last')", show=False),
    ]

    def __init__(self, article: Article, highlight: dict[str, str]) -> None:
        super().__init__()
        self.article = article
        self.highlight = highlight
        self.groups = groups(article)
        self.totals = {g.speaker: len(g.statements) for g in self.groups}
        self.shown: dict[str, Statement] = {}  # option id -> statement
        self.pending = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="who-box"):
            yield Input(
                placeholder="type to filter: speaker, cue or words said",
                id="who-filter",
                compact=True,
                select_on_focus=False,
            )
            yield StatementOptions(id="who-options")
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one("#who-box")
        box.border_subtitle = "type filters · ↑↓ move · enter jumps · escape closes"
        box = self.query_one(Input)
        box.insert_text_at_cursor(self.pending)
        self.pending = ""
        self._fill(box.value)
        box.focus()

    @property
    def filter_text(self) -> str:
        """What the filter box holds."""
        return self.query_one(Input).value

    def _fill(self, query: str) -> None:
        shown = filter_groups(self.article, self.groups, query)
        options: list[Option] = []
        self.shown = {}
        cue = self.highlight.get("cue", "bold")
        for n, group in enumerate(shown):
            style = self.highlight.get(group.kind, "bold") if group.speaker is not None else ""
            total = self.totals[group.speaker]
            header = Padding(group_header(group, total, style), Spacing(1 if n else 0, 0, 0, 0))
            options.append(Option(header, id=f"g{n}", disabled=True))
            for statement in group.statements:
                key = f"s{len(self.shown)}"
                self.shown[key] = statement
                row = statement_row(
                    self.article,
                    statement,
                    limit=VIEW_EXCERPT,
                    words=group.speaker is None,
                    cue_style=cue,
                )
                options.append(Option(Padding(row, ROW_INDENT), id=key))
        box = self.query_one(StatementOptions)
        box.set_options(options)
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        box.highlighted = first
        count, total = len(self.shown), len(self.article.statements)
        label = count_label(count if query.strip() else total, total)
        self.query_one("#who-box").border_title = f"Who said what ({label})"
        if not options:
            message = "No statements match." if query.strip() else "No statements found."
            box.set_options([Option(Content(message).stylize("$text-muted"), disabled=True)])

    @property
    def highlighted_statement(self) -> Statement | None:
        """The statement under the cursor, if any."""
        box = self.query_one(StatementOptions)
        if box.highlighted is None:
            return None
        return self.shown.get(box.get_option_at_index(box.highlighted).id or "")

    def action_move(self, how: str) -> None:
        """Run the list's movement action ``how`` (``cursor_down``, ``page_up``...)."""
        getattr(self.query_one(StatementOptions), f"action_{how}")()

    @on(Input.Changed, "#who-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#who-filter")
    def _submitted(self) -> None:
        statement = self.highlighted_statement
        if statement is not None:
            self.dismiss(statement)

    @on(OptionList.OptionSelected, "#who-options")
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        statement = self.shown.get(event.option.id or "")
        if statement is not None and self.is_active:
            self.dismiss(statement)

    def type_text(self, text: str) -> None:
        """Add ``text`` to the filter (keys typed before the box had the focus)."""
        if not self.is_mounted:
            self.pending += text  # typed before the view was built: added on mount
            return
        box = self.query_one(Input)
        box.insert_text_at_cursor(text)
        box.focus()

    def on_key(self, event: events.Key) -> None:
        """A printable key reaching the screen (the box not focused yet) goes into the box."""
        if event.is_printable and event.character and self.focused is not self.query_one(Input):
            event.stop()
            event.prevent_default()
            self.type_text(event.character)


class StatementJumps(Screen[None]):
    """The reader screen's part of who said what (its base class).

    The ``who_said_what`` action opens the view; a statement chosen there, in the
    actor pane's list or in the palette is shown by :meth:`show_statement`.
    """

    config: Config
    article: Article | None

    def action_who_said_what(self) -> None:
        """Open "Who said what" over the current article; the chosen statement is shown."""
        if self.article is not None:
            view = WhoSaidWhatScreen(self.article, self.config.highlight)
            self.app.push_screen(view, partial(self.show_statement, from_view=True))

    @on(StatementList.Jump)
    def _statement_jump(self, event: StatementList.Jump) -> None:
        self.show_statement(event.statement)

    def show_statement(self, statement: Statement | None, *, from_view: bool = False) -> None:
        """Scroll the source to ``statement`` and highlight it like a key point.

        ``from_view``: also list the speaker's statements, focused, so ``n``/``N`` go on.
        """
        if statement is None:
            return
        source = self.query_one(SourceView)
        source.show_span(statement.start, statement.end)
        if self.has_class("-tiny"):
            source.focus()  # only the focused pane is shown: show the source
        elif from_view and statement.speaker is not None:
            self.query_one(ActorPane).select_statement(statement)
            self.query_one(StatementList).focus()
