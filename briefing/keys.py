"""The reader's bindable actions and their default keys (no textual import here).

``config.yaml``'s ``keys:`` section maps an action name to one key or a list of keys;
the TUI builds its bindings from :func:`bindings`.
"""

from __future__ import annotations

# action -> (default keys, comma-separated; description shown in the footer and help)
ACTIONS: dict[str, tuple[str, str]] = {
    "quit": ("q", "Quit"),
    "help": ("question_mark", "Help"),
    "next_pane": ("tab", "Next pane"),
    "previous_pane": ("shift+tab", "Previous pane"),
    "down": ("j,down", "Down"),
    "up": ("k,up", "Up"),
    "top": ("g,home", "Top"),
    "bottom": ("G,end", "Bottom"),
    "page_down": ("space,pagedown", "Page down"),
    "page_up": ("b,pageup", "Page up"),
    "next_mention": ("n", "Next mention/match"),
    "previous_mention": ("N", "Previous mention/match"),
    "next_article": ("right_square_bracket", "Next article"),
    "previous_article": ("left_square_bracket", "Previous article"),
    "articles": ("l", "Article list"),
    "search": ("slash", "Search"),
    "export": ("e", "Export Markdown"),
    "review": ("r", "Review"),
    "resize": ("z", "Resize focused pane"),
    "toggle_read": ("R", "Toggle read"),
}


def bindings(overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Return ``{action: keys}`` with config ``overrides`` applied."""
    out = {action: keys for action, (keys, _) in ACTIONS.items()}
    out.update(overrides or {})
    return out
