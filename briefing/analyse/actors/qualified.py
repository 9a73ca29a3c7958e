"""A country or demonym written right before an organization's name: "the U.S. Food and
Drug Administration", "the British Labour Party", "the Indonesian Democratic Party".

When the organization is the country's own (the gazetteer's home of the entry), the
country is part of its name: one mention of that organization, and no mention of the
country. When the gazetteer's entry belongs to another country, the words name a
different body of the same kind ("Indonesian Democratic Party" is not the United
States' Democratic Party, "Nepali Congress" not the US Congress): one organization of
its own, named as written, when its last word names a body every country has
(``words.NATIONAL_HEADS``: party, parliament, court, union…; not a firm: "the UK
Nintendo DS launch"). An entry with no home ("Red Cross") is left as it is.

A known organization written right before a place, in one run of capitals, names a body
of its own, its branch or namesake there ("NEC Nijmegen", "Feyenoord Rotterdam", "Toyota
Australia"): one organization, named as written, not its country's or the place.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.tokens import Seg
from briefing.analyse.actors.words import NATIONAL_HEADS


def join_qualified(segs: list[Seg], text: str, gaz: Gazetteer) -> list[Seg]:
    """``segs`` (the segments of one candidate) with each country or demonym right
    before an organization joined to it."""
    segs = _branches(segs, text)
    hits = [
        i
        for i in range(1, len(segs))
        if segs[i].kind == "organization" and segs[i - 1].end + 1 == segs[i].start
    ]
    if not hits:
        return segs
    out = list(segs)
    for i in reversed(hits):  # the one before a hit is never a hit that joins
        prev, seg = segs[i - 1], segs[i]
        joined = _joined(prev, seg, text, gaz) if seg.name and text[prev.end] == " " else None
        if joined is not None:
            out[i - 1 : i + 1] = [joined]
    return out


def _joined(prev: Seg, seg: Seg, text: str, gaz: Gazetteer) -> Seg | None:
    """The one organization ``prev`` (a country or demonym) and ``seg`` make, or None."""
    if prev.kind == "demonym" or (prev.kind == "country" and prev.reason in ("name", "acronym")):
        country = prev.name
    else:
        return None
    home = gaz.homes.get(seg.name)
    if not home or not country:
        return None
    span = text[prev.start : seg.end]
    words = prev.words + seg.words
    if home == country:  # "the U.S. Food and Drug Administration"
        return replace(seg, start=prev.start, text=span, words=words)
    if seg.text.rsplit(" ", 1)[-1] not in NATIONAL_HEADS:
        return None  # "the UK Nintendo DS launch": a firm's market, not a body
    return Seg(prev.start, seg.end, span, "organization", words=words)


_PLACES = frozenset(("place", "capital", "country"))


def _branches(segs: list[Seg], text: str) -> list[Seg]:
    """``segs`` with each known organization right before a place joined to it (see the
    module docstring)."""
    i = 1
    while i < len(segs):
        prev, seg = segs[i - 1], segs[i]
        if (
            seg.kind in _PLACES
            and prev.kind == "organization"
            and prev.name
            and prev.end + 1 == seg.start
            and text[prev.end] == " "
        ):
            span = text[prev.start : seg.end]
            joined = Seg(prev.start, seg.end, span, "organization", words=prev.words + seg.words)
            segs = [*segs[: i - 1], joined, *segs[i + 1 :]]
        else:
            i += 1
    return segs
