"""The reader's and the review screen's bindable actions and their default keys.

No textual import here. ``config.yaml``'s ``keys:`` section maps an action name to
one key or a list of keys; the TUI builds its bindings from :data:`ACTIONS` (the
binding id is the action name) and applies :func:`bindings` as its keymap.
"""

from __future__ import annotations

# action -> (default keys, comma-separated; description shown in the footer and help)
READER_ACTIONS: dict[str, tuple[str, str]] = {
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
    "who_said_what": ("w", "Who said what"),
}

# The review screen's actions (``review_`` names, so they never clash with the reader's).
REVIEW_ACTIONS: dict[str, tuple[str, str]] = {
    "review_accept": ("a", "Accept"),
    "review_reject": ("x", "Reject"),
    "review_flag": ("f", "Flag"),
    "review_note": ("c", "Note"),
    "review_undo": ("u", "Undo"),
    "review_skip": ("s", "Skip"),
    "review_next": ("j", "Next"),
    "review_previous": ("k", "Prev"),
    "review_cursor_down": ("J,down", "Sentence ↓"),
    "review_cursor_up": ("K,up", "Sentence ↑"),
    "review_mark": ("m", "Mark"),
    "review_unmark": ("M", "Unmark"),
    "review_page_down": ("space,pagedown", "Page down"),
    "review_page_up": ("b,pageup", "Page up"),
    "review_summary": ("S", "Summary"),
    "review_leave": ("escape,r", "Reader"),
}

# Every bindable action: the names ``keys:`` accepts.
ACTIONS: dict[str, tuple[str, str]] = {**READER_ACTIONS, **REVIEW_ACTIONS}

# Actions bound on the App, so they are live over the review screen too.
APP_ACTIONS = ("quit", "help", "export")

# Groups of actions live at the same time: a key may serve one action per group.
SCOPES: tuple[tuple[str, ...], ...] = (
    tuple(READER_ACTIONS),
    APP_ACTIONS + tuple(REVIEW_ACTIONS),
)


def bindings(overrides: dict[str, str] | None = None) -> dict[str, str]:
    """Return ``{action: keys}`` with config ``overrides`` applied."""
    out = {action: keys for action, (keys, _) in ACTIONS.items()}
    out.update(overrides or {})
    return out


MODIFIERS = ("ctrl", "shift", "alt", "meta", "super", "hyper")
NAMED_KEYS = frozenset(
    "escape enter tab space backspace delete insert home end pageup pagedown".split()
    + ["up", "down", "left", "right"]
    + [f"f{i}" for i in range(1, 25)]
)


def key_problem(key: str) -> str | None:
    """Why ``key`` is not a key name the reader understands, or None if it is one.

    A key is optional modifiers (``ctrl+``, ``shift+``, ``alt+``...) then one printable
    character (``q``, ``?``), a named key (``escape``, ``f1``, ``pagedown``) or a
    character's Unicode name in lower case with underscores (``question_mark``).
    """
    import unicodedata

    *mods, base = key.split("+") if key not in ("+",) else ["+"]
    if not base:
        return "empty key name"
    bad = [m for m in mods if m not in MODIFIERS]
    if bad:
        return f"unknown modifier '{bad[0]}' (expected one of: {', '.join(MODIFIERS)})"
    if len(base) == 1:
        return None if base.isprintable() and not base.isspace() else "not a printable key"
    if base in NAMED_KEYS:
        return None
    try:
        char = unicodedata.lookup(base.replace("_", " ").upper())
    except KeyError:
        return f"unknown key name '{base}'"
    return None if char.isprintable() and len(char) == 1 else f"unknown key name '{base}'"
