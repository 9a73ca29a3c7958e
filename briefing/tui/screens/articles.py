"""The article list: title, date and an unread dot; enter opens the article."""

from __future__ import annotations

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


class ArticleListScreen(ModalScreen[int | None]):
    """Pick an article; dismisses with its index, or None."""

    BINDINGS = [Binding("escape,l", "dismiss(None)", "Close")]

    def __init__(self, rows: list[tuple[str, str, bool]], current: int) -> None:
        super().__init__()
        self.rows = rows
        self.current = current

    def compose(self) -> ComposeResult:
        options = []
        for i, (title, date, read) in enumerate(self.rows):
            options.append(Option(Content.assemble(
                ("  " if read else "● ", "bold $accent"),
                Content(title),
                (f"  {date}" if date else "", "$text-muted"),
            ), id=str(i)))
        yield ArticleOptions(*options, id="article-options")
        yield Footer()

    def on_mount(self) -> None:
        box = self.query_one(ArticleOptions)
        box.border_title = f"Articles ({len(self.rows)})"
        box.border_subtitle = "enter opens · escape closes"
        box.highlighted = self.current
        box.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))
