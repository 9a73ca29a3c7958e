"""Two names joined by a hyphen: "the US-China talks", "the Macmillan-Amazon dust-up".

An unknown one-word candidate with one hyphen between two capitalised parts is two
mentions when each part is a name in its own right: a gazetteer entry, or a name the
article also writes alone, and the pair never starts a longer name ("PMC-Sierra Inc."
makes "PMC-Sierra" a firm). Otherwise it stays whole ("Smith-Jones", "Anglo-French"), and
so does a pair with a demonym ("Israeli-Syrian talks": an adjective).
"""

from __future__ import annotations

from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.segment import single
from briefing.analyse.actors.tokens import Seg, name_starts


def split_compounds(segs: list[Seg], text: str, gaz: Gazetteer) -> list[Seg]:
    """``segs`` with each joined pair of names replaced by its two parts."""
    if not any(s.kind == "unknown" and "-" in s.text for s in segs):
        return segs
    alone = {s.text: s for s in segs if "-" not in s.text}
    firsts = name_starts(segs)  # "PMC-Sierra Inc"
    out: list[Seg] = []
    for seg in segs:
        whole = seg.kind != "unknown" or seg.text in firsts
        parts = None if whole else _parts(seg, text, gaz, alone, firsts)
        out.extend(parts or (seg,))
    return out


def _parts(
    seg: Seg, text: str, gaz: Gazetteer, alone: dict[str, Seg], firsts: set[str]
) -> list[Seg] | None:
    """The two named parts of ``seg``, or None if it is no pair of names."""
    left, _, right = seg.text.partition("-")
    if len(left) < 2 or len(right) < 2 or left == right or "-" in right:
        return None
    if not (left[0].isupper() and right[0].isupper()) or text[seg.end : seg.end + 1] == ".":
        return None  # "Iraq-U.N." was cut at a stop
    mid = seg.start + len(left)
    found = []
    for start, word in ((seg.start, left), (mid + 1, right)):
        part = _part(start, word, text, gaz, alone, firsts)
        if part is None:
            return None
        found.append(part)
    return found


def _part(
    start: int, word: str, text: str, gaz: Gazetteer, alone: dict[str, Seg], firsts: set[str]
) -> Seg | None:
    """``word`` at ``start`` as a segment if it names something on its own."""
    twin = alone.get(word)
    if twin is not None and twin.kind == "demonym":
        return None  # "Israeli-Syrian talks": an adjective
    if twin is not None and twin.kind != "unknown":
        return Seg(start, start + len(word), word, twin.kind, twin.name, twin.reason)
    if word in gaz.entries:
        seg = single(start, start + len(word), word, text, gaz, False)
        if seg is not None and seg.kind not in ("unknown", "demonym"):
            return seg
    if twin is not None and word not in firsts:  # not "Sierra" of "Sierra Semiconductor"
        return Seg(start, start + len(word), word, "unknown")
    return None
