"""Statement rows and the actor pane's list of the selected actor's statements."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Article, Statement
from briefing.tui.who_said import content_excerpt, cue_words, speaker_words
from briefing.tui.widgets.summary import MOVE_BINDINGS

PANE_EXCERPT = 70  # content characters per row in the actor pane


def statement_row(
    article: Article,
    statement: Statement,
    *,
    limit: int = PANE_EXCERPT,
    words: bool = False,
    cue_style: str = "bold",
) -> Content:
    """One row: (the speaker's words,) the cue, the content excerpt and its locator."""
    parts: list[Content | tuple[str, str] | str] = []
    said_by = speaker_words(article, statement) if words else ""
    if said_by:
        parts.append((said_by + " ", "$text-muted"))
    cue = cue_words(statement)
    if cue:
        parts.append(Content(cue).stylize(cue_style))
        parts.append(" ")
    parts.append(Content(content_excerpt(article, statement, limit)))
    parts.append((f"  {article.short_locator(statement.start)}", "$text-muted"))
    return Content.assemble(*parts)


class StatementList(OptionList):
    """The selected actor's statements; ``enter`` or ``n``/``N`` jumps the source to one.

    ``n``/``N`` share the ids of the reader's next/previous mention, so ``keys:`` rebinds
    them together. The border shows ``Statements i/n``.
    """

    DEFAULT_CSS = """
    StatementList {
        height: auto; max-height: 6; border: none; border-top: solid $panel;
        padding: 0; background: transparent; text-wrap: nowrap; text-overflow: ellipsis;
    }
    StatementList:focus { border: none; border-top: solid $accent; }
    """

    BINDINGS = [
        *MOVE_BINDINGS,
        Binding("enter", "select", "Show statement"),
        Binding("n", "step(1)", "Next statement", id="next_mention"),
        Binding("N", "step(-1)", "Previous statement", id="previous_mention"),
    ]

    class Jump(Message):
        """Posted when a statement is chosen (``enter``, ``n``/``N``, a click)."""

        def __init__(self, statement: Statement) -> None:
            super().__init__()
            self.statement = statement

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.statements: tuple[Statement, ...] = ()
        self.actor_id: str | None = None
        self.jumped = False  # whether a statement of this list was shown yet
        self.display = False

    def show(self, article: Article, actor_id: str | None, cue_style: str = "bold") -> None:
        """List ``actor_id``'s statements in ``article`` (hidden when there are none)."""
        if actor_id == self.actor_id and self.option_count == len(self.statements):
            if self.statements == article.statements_of(actor_id):
                return  # the same actor again: keep the cursor
        self.actor_id, self.jumped = actor_id, False
        self.statements = article.statements_of(actor_id) if actor_id is not None else ()
        self.set_options(
            Option(statement_row(article, s, cue_style=cue_style), id=str(i))
            for i, s in enumerate(self.statements)
        )
        self.display = bool(self.statements)
        if self.statements:
            self.highlighted = 0
        self._update_title()

    def select(self, statement: Statement) -> None:
        """Put the cursor on ``statement`` (shown in the source) if it is listed."""
        for i, listed in enumerate(self.statements):
            if listed == statement:
                self.highlighted, self.jumped = i, True
                self._update_title()

    def _update_title(self) -> None:
        total = len(self.statements)
        index = self.highlighted
        self.border_title = (
            f"Statements {index + 1}/{total}" if index is not None and total else "Statements"
        )

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self._update_title()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._jump(event.option_index)

    def _jump(self, index: int) -> None:
        if 0 <= index < len(self.statements):
            self.jumped = True
            self.post_message(self.Jump(self.statements[index]))

    def action_step(self, step: int) -> None:
        """Jump to the next (``1``) or previous (``-1``) statement, wrapping.

        Before any statement of the list was shown, the one under the cursor is shown.
        """
        if not self.statements:
            return
        current = self.highlighted
        if current is None:
            index = 0 if step > 0 else len(self.statements) - 1
        elif not self.jumped:
            index = current
        else:
            index = (current + step) % len(self.statements)
        self.highlighted = index
        self._update_title()
        self._jump(index)
