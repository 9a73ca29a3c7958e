"""Words found alone that joined no actor, read once the whole article is resolved."""

from __future__ import annotations

import re

from briefing.analyse.actors.cast import Cast
from briefing.analyse.actors.context import prev_word
from briefing.analyse.actors.tokens import camel_case

_DETERMINERS = frozenset("a an the his her their its this that each every any".split())
_ORG_KINDS = frozenset(("organization", "group"))


def lone_words(cast: Cast) -> None:
    """Words found alone that joined nobody, once the whole article is resolved.

    One that is an organization's name joins it ("Hachette" before "between Hachette
    and Amazon" typed it); a camel-case word alone at least twice is one ("WeWork"). A
    given name alone at least twice, with no full name it belongs to, is a person called
    by it ("Priya" throughout a story about a child) unless a determiner ever comes
    before it or it opens a compound ("an Oscar", "Oscar-winning": a thing).
    """
    text = cast.text
    for name, spans in cast.lone_words.items():
        found = cast.drafts.get(name)
        if found is not None and found.mentions and found.kind in _ORG_KINDS:
            for start, end in spans:
                found.add(start, end, name, "name")
            continue
        if len(spans) >= 2 and found is None and _camel_firm(cast, name, spans):
            d = cast.get(name, "organization")  # "WeWork" twice: a firm's name
            for start, end in spans:
                d.add(start, end, name, "name")
            continue
        if len(spans) < 2 or name not in cast.gaz.given_names or name in cast.givens:
            continue
        if found is not None:
            continue
        if any(prev_word(text, start).lower() in _DETERMINERS for start, _ in spans):
            continue
        hyphen = text.find(name + "-")  # "Oscar-winning": a thing's name in a compound
        if hyphen >= 0 and text[hyphen + len(name) + 1 : hyphen + len(name) + 2].islower():
            continue
        d = cast.get(name, "person")
        d.guess = True
        for start, end in spans:
            d.add(start, end, name, "name")


def _camel_firm(cast: Cast, name: str, spans: list[tuple[int, int]]) -> bool:
    """True if the camel-case ``name`` found alone at ``spans`` names a firm: no
    determiner before it, no noun or number after it ("the PlayStation", "EastEnders
    star", "AirPlay 2": a thing's name), no "#" or "@" before it (a hashtag, a handle)
    and not a name written without its space ("MattBevin" beside "Matt Bevin")."""
    if not camel_case(name) or cast.thing_word(name):
        return False
    if _CAMEL_SPLIT.sub(" ", name) in cast.drafts:
        return False
    text = cast.text
    for start, end in spans:
        if start and text[start - 1] in "#@" or _NUMBER_AFTER.match(text, end):
            return False
        if prev_word(text, start).lower() in _DETERMINERS:
            return False
    return True


_NUMBER_AFTER = re.compile(r" \d")


_CAMEL_SPLIT = re.compile(r"(?<=[a-z])(?=[A-Z])")
