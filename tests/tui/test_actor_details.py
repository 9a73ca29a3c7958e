"""The actor details text: counts read as English."""

from __future__ import annotations

from briefing.tui.widgets.actors import actor_details
from tests.tui.helpers import build_article


def _details(mentions: list[tuple[str, str]]) -> str:
    article = build_article(
        "d1",
        "Port",
        ["Ana Ruiz spoke. Later Ruiz left the port."],
        actors={"Ana Ruiz": ("person", (), mentions)},
    )
    return str(actor_details(article.actors[0], article, "bold"))


def test_one_mention_is_singular() -> None:
    assert "Found as (1 mention):" in _details([("Ana Ruiz", "name")])


def test_several_mentions_are_plural() -> None:
    text = _details([("Ana Ruiz", "name"), ("Ruiz", "surname")])
    assert "Found as (2 mentions):" in text
