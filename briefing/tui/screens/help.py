"""The help screen: every binding with its current key(s)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from briefing.keys import ACTIONS, READER_ACTIONS

KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "space": "space",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "shift+tab": "shift+tab",
    "pagedown": "PgDn",
    "pageup": "PgUp",
}

# Keys fixed in the panes (not rebindable), shown after the configurable ones.
FIXED = [
    ("enter", "Key points: show the sentence in the source"),
    ("enter", "Actors: highlight all mentions, show the first"),
    ('type / "/"', "Actors: filter the list (escape clears)"),
    ("tab", "Actors: on to the actor's statements (when it has any)"),
    ("enter / n N", "Statements: show one / the next, previous in the source"),
    ("escape", "Source: clear the search, then the selection"),
    ("enter", "Search box: keep the matches and return to the source"),
    ("ctrl+p", "Command palette: jump to an article, actor, section or statement"),
    ("ctrl+q", "Quit"),
]

LEGEND = [
    "Actor kinds: P person · O organization · C country · L place · G group",
    "Source: n▎ marks key point n (by rank); § lines are topic headings added by the",
    "analysis (not in the text); coloured names are actor mentions; italic text is what",
    "someone said, with its cue (said, told…) and its speaker emphasised (w: who said what).",
]


def key_label(keys: str) -> str:
    """Human-readable form of a comma-separated key list."""
    return ", ".join(KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def help_rows(keymap: dict[str, str]) -> list[tuple[str, str]]:
    """(keys, description) for every configurable reader action, then the fixed keys."""
    rows = [(key_label(keymap[action]), text) for action, (_, text) in READER_ACTIONS.items()]
    return rows + FIXED


def review_rows(keymap: dict[str, str]) -> list[tuple[str, str]]:
    """(keys, description) of review mode and the article list."""
    from briefing.tui.screens.review import REVIEW_HELP

    rows = []
    for label, text, actions in REVIEW_HELP:
        if any(keymap[a] != ACTIONS[a][0] for a in actions):  # rebound: show the config's keys
            label = " / ".join(key_label(keymap[a]) for a in actions)
        rows.append((label, text))
    return [*rows, ("N", "Article list: toggle read/unread")]


class HelpScreen(ModalScreen[None]):
    """Lists every binding; any of escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
        Binding("j,down", "scroll('down')", show=False),
        Binding("k,up", "scroll('up')", show=False),
    ]

    def __init__(self, keymap: dict[str, str]) -> None:
        super().__init__()
        self.keymap = keymap

    def compose(self) -> ComposeResult:
        rows = help_rows(self.keymap)
        width = max(len(k) for k, _ in rows) + 2
        lines = [Content("Keys").stylize("bold")]
        for keys, text in rows:
            lines.append(Content.assemble((keys.ljust(width), "bold $accent"), text))
        review = review_rows(self.keymap)
        width = max(len(k) for k, _ in review) + 2
        lines += [Content(""), Content("Review mode (r, or `briefing review`)").stylize("bold")]
        for keys, text in review:
            lines.append(Content.assemble((keys.ljust(width), "bold $accent"), text))
        lines.append(Content(""))
        lines.extend(Content(line).stylize("$text-muted") for line in LEGEND)
        with VerticalScroll(id="help-body"):
            yield Static(Content("\n").join(lines), id="help-text")
        yield Footer()

    def on_mount(self) -> None:
        body = self.query_one("#help-body")
        body.border_title = "Help"
        body.border_subtitle = "escape closes"

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        if direction == "down":
            body.scroll_down()
        else:
            body.scroll_up()
