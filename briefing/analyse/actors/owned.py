"""Names a business owns or holds: "Macmillan, which owns Henry Holt, Picador and St.
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

from briefing.analyse.actors.tokens import Seg, name_starts

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
