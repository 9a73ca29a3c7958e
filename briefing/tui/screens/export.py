"""The export prompt (where to write the Markdown briefing) and the overwrite question."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, Static


class ExportScreen(ModalScreen[str | None]):
    """Asks for a path (prefilled); dismisses with it, or None on escape."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel")]

    def __init__(self, default: str) -> None:
        super().__init__()
        self.default = default

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(Content("Export the briefing to Markdown — path:"))
            yield Input(value=self.default, id="export-path")
            yield Static(Content("enter writes · escape cancels").stylize("$text-muted"))
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#export-box").border_title = "Export"
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if self.is_active:  # not after escape closed the prompt (keys typed in a burst)
            self.dismiss(event.value.strip() or None)


class OverwriteScreen(ModalScreen[bool]):
    """ "<path> exists — overwrite? y/n"; dismisses with True only for ``y``."""

    BINDINGS = [
        Binding("y", "dismiss(True)", "Overwrite"),
        Binding("n", "dismiss(False)", "Keep the file"),
        Binding("escape", "dismiss(False)", "Cancel", show=False),
    ]

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(Content(f"{self.path} exists. Overwrite it?"))
            yield Static(Content("y overwrites · n or escape keeps it").stylize("$text-muted"))
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#export-box").border_title = "Export"
