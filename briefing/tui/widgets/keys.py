"""Bindings built from the action registry (``briefing.keys.ACTIONS``)."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from briefing.keys import ACTIONS


def action_binding(action: str, method: str | None = None, show: bool = True) -> Binding:
    """The binding of registry ``action``: its default keys, running ``method`` (or itself).

    The binding id is the action name, so ``keys:`` in config.yaml rebinds it.
    """
    keys, description = ACTIONS[action]
    return Binding(keys, method or action, description, show=show, id=action)


def move_bindings(**actions: str) -> list[BindingType]:
    """Hidden movement bindings with the keys of ``briefing.keys.ACTIONS``.

    Each keyword names a movement action (``down``, ``up``, ``top``, ``bottom``,
    ``page_down``, ``page_up``) and gives the widget method it runs.
    """
    return [action_binding(name, method, show=False) for name, method in actions.items()]
