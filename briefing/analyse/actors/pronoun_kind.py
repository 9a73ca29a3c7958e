"""A one-word name the article refers back to as "its" is a body, not a person.

Speech verbs type an unknown word as a person ("Waymo says …"), but firms speak too. The
first personal or possessive pronoun after each mention, in the same sentence, tells
them apart: "Waymo has 3,000 vehicles in its fleet", "Waymo says it …" name a body;
"Smith said his …" a person. Only "its" counts for a body ("it" is too often the
subject of what was said: "Smith said it would rain"), and only for a single word that
no gazetteer entry, given name, title or role makes a person.
"""

from __future__ import annotations

import re

from briefing.analyse.actors.bounds import Bounds
from briefing.analyse.actors.cast import Cast

_PRONOUN = re.compile(r"\b(?:(its)|he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
_REACH = 150  # characters after a mention, at most: the rest of its sentence
_VOTES = 2  # mentions followed by "its" needed, with none followed by he/she/his/her


def bodies_by_pronoun(cast: Cast, bounds: Bounds) -> None:
    """Retype as organisations the one-word guessed persons the article calls "its"
    (``bounds``: the article's sentences, where each mention's sentence ends)."""
    text = cast.text
    for d in cast.drafts.values():
        if d.kind != "person" or d.known or d.roles or " " in d.name or len(d.mentions) < _VOTES:
            continue
        if d.name in cast.gaz.given_any:
            continue
        body = person = 0
        for m in d.mentions:
            end = min(bounds.around(m.end)[1], m.end + _REACH)
            found = _PRONOUN.search(text, m.end, end)
            if found is None:
                continue
            if found.group(1):
                body += 1
            else:
                person += 1
                break
        if body >= _VOTES and not person:
            d.kind = "organization"
