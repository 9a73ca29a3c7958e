"""The save-state line: hidden while every change is stored, shown while one is not."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class SaveStatus(Static):
    """One line under the panes: "Not saved, retrying — …" or why nothing is saved.

    The app sets ``app.save_state`` (a message, '' when all is stored) and calls
    :meth:`show_state` on every screen's line; a line mounted later reads it itself.
    """

    DEFAULT_CSS = """
    SaveStatus { height: 1; background: $error 30%; color: $text; padding: 0 1; display: none; }
    """

    def on_mount(self) -> None:
        self.show_state(str(getattr(self.app, "save_state", "")))

    def show_state(self, message: str) -> None:
        """Show ``message`` (one line), or hide the line when it is empty."""
        self.display = bool(message)
        self.update(Content(message))
