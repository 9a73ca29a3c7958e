"""An article with hand-placed statements for the reader's "who said what" tests.

The text is written for the tests; every statement's spans are found in it, so the
offsets are real (the analysis is not run: these tests are about the reader).
"""

from __future__ import annotations

from dataclasses import replace

from textual import events

from briefing.model import Article, Span, Statement
from tests.tui.helpers import build_article

QUOTES = [
    "Harbour ministers met in Valdora on Tuesday to agree a shared plan for the northern ports. "
    "The Port Authority said the talks ran late into the night.",
    "“We have a plan that works for every harbour,” Minister Elena Marsh told reporters. "
    "“It will cut waiting times by half,” she said, “and the money is there.”",
    "Marsh said funding would come from the Coastal Fund over five years.",
    "Critics in Valdora warned that smaller harbours could lose trade. "
    "The Fishers Union called the plan rushed and said it would protest.",
    "According to the Port Authority, the full text will be published next week.",
]

QUOTE_ACTORS = {
    "Elena Marsh": ("person", ("minister",), [("Elena Marsh", "name"), ("Marsh", "surname")]),
    "Port Authority": ("organization", (), [("Port Authority", "name")]),
    "Valdora": ("place", (), [("Valdora", "name")]),
    "Fishers Union": ("group", (), [("Fishers Union", "name")]),
}

# (speaker actor name or None, speaker words or None, cue, contents, kind, search from)
STATEMENTS = [
    (
        "Port Authority",
        "Port Authority",
        "said",
        ["the talks ran late into the night"],
        "indirect",
        0,
    ),
    (
        "Elena Marsh",
        "Elena Marsh",
        "told reporters",
        ["“We have a plan that works for every harbour,”"],
        "direct",
        0,
    ),
    (
        "Elena Marsh",
        "she",
        "said",
        ["“It will cut waiting times by half,”", "“and the money is there.”"],
        "direct",
        "“It will",
    ),
    (
        "Elena Marsh",
        "Marsh",
        "said",
        ["funding would come from the Coastal Fund over five years"],
        "indirect",
        "Marsh said",
    ),
    (None, "Critics", "warned", ["that smaller harbours could lose trade"], "indirect", 0),
    ("Fishers Union", "Fishers Union", "called", ["the plan rushed"], "indirect", 0),
    (
        "Fishers Union",
        None,
        "said",
        ["it would protest"],
        "indirect",
        "rushed and",
    ),
    (
        "Port Authority",
        "Port Authority",
        "According to",
        ["the full text will be published next week"],
        "indirect",
        "According",
    ),
]


def _find(text: str, piece: str, start: int) -> Span:
    at = text.index(piece, start)
    return Span(at, at + len(piece))


def quotes_article() -> Article:
    """The harbour story with eight statements (one unresolved, one two-part quote)."""
    article = build_article(
        "quotes",
        "Harbour plan: the reactions",
        QUOTES,
        actors=QUOTE_ACTORS,
        keypoints=[QUOTES[1].split(". ")[0] + "."],
        dek="Ministers, the port and its critics on the plan.",
    )
    text = article.text
    ids = {actor.name: actor.id for actor in article.actors}
    statements = []
    for name, words, cue, contents, kind, origin in STATEMENTS:
        base = origin if isinstance(origin, int) else text.index(origin)
        cue_span = _find(text, cue, base)
        who = _find(text, words, base) if words else None
        spans = tuple(_find(text, c, base) for c in contents)
        parts = [cue_span, *spans] + ([who] if who else [])
        statements.append(
            Statement(
                min(p.start for p in parts),
                max(p.end for p in parts),
                speaker=ids[name] if name else None,
                speaker_span=who,
                cue=cue_span,
                cue_text=cue,
                contents=spans,
                kind=kind,
            )
        )
    statements.sort(key=lambda s: s.start)
    return replace(article, statements=tuple(statements))


async def burst(pilot, keys: str | list[str]) -> None:
    """Send ``keys`` all at once (as fast typing does), then let the app catch up."""
    driver = pilot.app._driver
    for key in keys:
        name = {" ": "space"}.get(key, key)
        event = events.Key(name, key if len(key) == 1 else None)
        event.set_sender(pilot.app)
        driver.send_message(event)
    await pilot.pause()
    await pilot.pause()
