"""Names typed by the words before them. A person-shaped name a motion or place word and
"the" open ("travel to the Vicente Calderon", "at the John Radcliffe") is a venue.

Names a business owns or holds: "Macmillan, which owns Henry Holt, Picador and St.
Martin's", "a stake in Volvo", "shares of Acme Foods": they are organizations, even when
they read like a person's name.

The names are the list of capitalised words right after the cue ("owns", "owned" but not
"owned by", "a stake in", "shares in/of", "its imprints", "subsidiaries"), joined by
commas and "and". A name with a title, an honorific or a gazetteer entry keeps its kind;
an unknown name counts only when it is a whole item of the list and not the first word of
a longer name in the article ("a stake in United" is United Breweries, named before).
"""

from __future__ import annotations

import re

from briefing.analyse.actors.context import next_word
from briefing.analyse.actors.tokens import Seg, name_starts
from briefing.analyse.english import FUNCTION_WORDS

_WORD = r"[A-Z](?:[\w'’&-]|\.(?=\w))*(?:\.(?= [A-Z]))?"  # "St. Martin's", "U.S.", no final stop
_NAME = rf"{_WORD}(?: (?:of |the |& )?{_WORD})*"
_ITEM = re.compile(_NAME)
_JOIN = re.compile(r", (?:and )?| and ")
_CUE = re.compile(
    r"\b(?:owns|owned(?! by)|stakes? in|shares (?:in|of)|imprints|subsidiaries)"
    r"(?: (?:the|its) (?:publishers?|imprints?|brands?|firms?|companies))? (?=[A-Z])"
)
# How every cue starts: the cues can only be where one of these is.
_CUE_STARTS = ("own", "stake", "shares", "imprints", "subsidiaries")
_RETYPE = frozenset(("person", "unknown", "place"))  # a place by its shape alone: "St. Martin's"


def owned_items(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of each name in a list right after an ownership cue."""
    items: list[tuple[int, int]] = []
    for cue in cues(text):
        pos = cue.end()
        while (item := _ITEM.match(text, pos)) is not None:
            items.append(item.span())
            join = _JOIN.match(text, item.end())
            if join is None:
                break
            pos = join.end()
    return items


def cues(text: str) -> list[re.Match[str]]:
    """What ``_CUE.finditer(text)`` finds, matched only where a cue's first word is (found
    by plain string search: the regex, opening with a word boundary, would be tried at
    every position of the text)."""
    at: list[int] = []
    for word in _CUE_STARTS:
        i = text.find(word)
        while i >= 0:
            at.append(i)
            i = text.find(word, i + 1)
    found = []
    end = 0
    for i in sorted(at):
        if i >= end:
            m = _CUE.match(text, i)
            if m is not None:
                found.append(m)
                end = m.end()
    return found


def owned_as_orgs(segs: list[Seg], text: str) -> None:
    """Type the persons and unknown names inside an owned list as organizations."""
    items = owned_items(text)
    if not items:
        return
    firsts = name_starts(segs)
    whole = set(items)
    for seg in segs:
        if seg.kind not in _RETYPE or seg.name or seg.roles or seg.honorific:
            continue
        if seg.kind == "unknown" and ((seg.start, seg.end) not in whole or seg.text in firsts):
            continue
        if any(a <= seg.start and seg.end <= b for a, b in items):
            seg.kind, seg.reason = "organization", "name"


# "to the", "at the", …: before a person-shaped name, a venue's ("at the John Radcliffe").
_VENUE_BEFORE = re.compile(r"\b(?:to|at|from|into|outside|inside|near|towards?) the $")


def venues_as_places(segs: list[Seg], text: str) -> None:
    """Type the guessed persons of two words or more after "to the", "at the", … as places,
    unless a word other than a function word follows ("at the Joe Biden rally": his)."""
    for seg in segs:
        if seg.kind != "person" or seg.words < 2 or seg.name or seg.roles or seg.honorific:
            continue
        if text.endswith("the ", 0, seg.start) and _VENUE_BEFORE.search(
            text, max(0, seg.start - 12), seg.start
        ):
            after = next_word(text, seg.end)
            if not after[:1].islower() or after in FUNCTION_WORDS:
                seg.kind, seg.cue = "place", "prep"
