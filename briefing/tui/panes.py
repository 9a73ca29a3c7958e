"""Pane focus cycling, narrow-width layouts and the resize key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widget import Widget

from briefing.tui.widgets.actors import ActorList
from briefing.tui.widgets.source import SourceView
from briefing.tui.widgets.summary import KeyPointList

if TYPE_CHECKING:
    from textual.screen import Screen

NARROW = 100  # below this many columns only one of summary/actors is shown
TINY = 70  # below this many columns only the focused pane is shown
PANES = ("keypoints", "actors", "source")


class PaneMixin:
    """Mixed into :class:`~briefing.tui.app.BriefingApp` (which provides ``main``)."""

    main: Screen
    resize_level: int
    resized_pane: str

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        self.main.set_class(width < NARROW, "-narrow")
        self.main.set_class(width < TINY, "-tiny")

    def _panes(self) -> list[Widget]:
        return [
            self.main.query_one(KeyPointList),
            self.main.query_one(ActorList),
            self.main.query_one(SourceView),
        ]

    def _pane_index(self) -> int:
        focused = self.focused
        for i, pane in enumerate(self._panes()):
            if focused is not None and (focused is pane or pane in focused.ancestors):
                return i
        if focused is not None and focused.id in ("actor-filter",):
            return 1
        if focused is not None and focused.id == "search":
            return 2
        return 0

    def action_next_pane(self) -> None:
        self._focus_pane((self._pane_index() + 1) % 3)

    def action_previous_pane(self) -> None:
        self._focus_pane((self._pane_index() - 1) % 3)

    def action_focus_next(self) -> None:
        """Tab (the screen's binding): cycle the reader's panes on the main screen."""
        if self.screen is self.screen_stack[0]:
            self.action_next_pane()
        else:
            super().action_focus_next()

    def action_focus_previous(self) -> None:
        """Shift+tab: cycle the panes backwards on the main screen."""
        if self.screen is self.screen_stack[0]:
            self.action_previous_pane()
        else:
            super().action_focus_previous()

    def _focus_pane(self, index: int) -> None:
        self._panes()[index].focus()

    def on_descendant_focus(self, event) -> None:
        maximized = self.main.maximized
        if (
            maximized is not None
            and self.focused is not None
            and maximized not in self.focused.ancestors_with_self
        ):
            self.main.minimize()  # tab left a maximised pane: show every pane again
            self.resize_level = 0
        index = self._pane_index()
        if index in (0, 1):
            self.main.set_class(index == 1, "-show-actors")
        self.main.set_class(index == 2, "-source-focused")

    def action_resize(self) -> None:
        """Cycle the focused pane: normal → larger → maximised → normal."""
        pane = PANES[self._pane_index()]
        if pane != self.resized_pane:
            self.resize_level = 0
        self.resized_pane = pane
        self.resize_level = (self.resize_level + 1) % 3
        screen = self.main
        screen.minimize()
        for name in ("-large-left", "-large-source", "-large-summary", "-large-actors"):
            screen.remove_class(name)
        if self.resize_level == 1:
            if pane == "source":
                screen.add_class("-large-source")
            else:
                screen.add_class(
                    "-large-left", "-large-summary" if pane == "keypoints" else "-large-actors"
                )
        elif self.resize_level == 2:
            target = {"keypoints": "#summary", "actors": "#actor-pane", "source": "#right"}[pane]
            screen.maximize(self.main.query_one(target), container=False)
            self._panes()[PANES.index(pane)].focus()
        label = ("normal", "larger", "maximised")[self.resize_level]
        self.notify(f"{pane}: {label}", timeout=1)
