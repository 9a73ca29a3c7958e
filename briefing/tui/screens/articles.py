"""The article list: title, date and an unread dot; enter opens, ``N`` toggles read."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList
from textual.widgets.option_list import Option

from briefing.tui.widgets.summary import MOVE_BINDINGS


class ArticleOptions(OptionList):
    """The list itself, with the reader's movement keys."""

    BINDINGS = MOVE_BINDINGS


def row_prompt(title: str, date: str, read: bool) -> Content:
    """One row: unread dot, title, date."""
    return Content.assemble(
        ("  " if read else "● ", "bold $accent"),
        Content(title),
        (f"  {date}" if date else "", "$text-muted"),
    )


class ArticleListScreen(ModalScreen[int | None]):
    """Pick an article; dismisses with its index, or None.

    ``toggle(index)`` flips an article's read mark and returns the new state.
    """

    BINDINGS = [
        Binding("escape,l", "dismiss(None)", "Close"),
        Binding("N", "toggle_read", "Toggle read"),
    ]

    def __init__(
        self,
        rows: list[tuple[str, str, bool]],
        current: int,
        toggle: Callable[[int], bool] | None = None,
        skipped: list[str] | None = None,
    ) -> None:
        """``skipped`` lines (files and folders the loader left out) close the list."""
        super().__init__()
        self.skipped = list(skipped or ())
        self.rows = list(rows)
        self.current = current
        self.toggle = toggle

    def compose(self) -> ComposeResult:
        options = [Option(row_prompt(*row), id=str(i)) for i, row in enumerate(self.rows)]
        options += [
            Option(Content(f"  skipped: {line}").stylize("$text-warning"), disabled=True)
            for line in self.skipped
        ]
        yield ArticleOptions(*options, id="article-options")
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one(ArticleOptions)
        self._update_title()
        box.border_subtitle = "enter opens · N toggles read · escape closes"
        box.highlighted = self.current
        box.focus()

    @property
    def unread(self) -> int:
        """How many articles are unread."""
        return sum(not read for _, _, read in self.rows)

    def _update_title(self) -> None:
        box = self.query_one(ArticleOptions)
        box.border_title = f"Articles ({len(self.rows)} · {self.unread} unread)"

    def action_toggle_read(self) -> None:
        box = self.query_one(ArticleOptions)
        index = box.highlighted
        if self.toggle is None or index is None or index >= len(self.rows):
            return
        title, date, _ = self.rows[index]
        read = self.toggle(index)
        self.rows[index] = (title, date, read)
        box.replace_option_prompt_at_index(index, row_prompt(title, date, read))
        self._update_title()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.is_active:  # a queued enter after escape closed the list: nothing to do
            self.dismiss(int(event.option.id or 0))
