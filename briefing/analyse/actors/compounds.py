"""Two names joined by a hyphen or by "and": "the US-China talks", "the Macmillan-Amazon
dust-up", "Editas Medicine and Intellia Therapeutics".

An unknown one-word candidate with one hyphen between two capitalised parts is two
mentions when each part is a name in its own right: a gazetteer entry, or a name the
article also writes alone, and the pair never starts a longer name ("PMC-Sierra Inc."
makes "PMC-Sierra" a firm). Otherwise it stays whole ("Smith-Jones", "Anglo-French"), and
so does a pair with a demonym ("Israeli-Syrian talks": an adjective).

An unknown organization "A B and C D" (each side two capitalised words or more) is two
organizations when each side is a name of its own (written whole or by its first word
elsewhere in the article, or ending in an organization's head word) and the article
writes at least one of them apart; "Texas Parks and Wildlife Department" and "Procter
and Gamble" stay one. A name guessed to be a person that is an organization elsewhere in
the article is that organization.
"""

from __future__ import annotations

from briefing.analyse.actors.bounds import Bounds
from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.products import without_products
from briefing.analyse.actors.segment import single
from briefing.analyse.actors.tokens import Seg, name_starts
from briefing.analyse.actors.words import ORG_HEADS


def split_compounds(segs: list[Seg], text: str, gaz: Gazetteer, bounds: Bounds) -> list[Seg]:
    """``segs`` with each joined pair of names replaced by its two parts (``bounds``: the
    article's sentences)."""
    if not any(s.kind == "unknown" and "-" in s.text for s in segs):
        return segs
    alone = {s.text: s for s in segs if "-" not in s.text}
    firsts = name_starts(segs)  # "PMC-Sierra Inc"
    out: list[Seg] = []
    for seg in segs:
        whole = seg.kind != "unknown" or seg.text in firsts
        parts = None if whole else _parts(seg, text, gaz, bounds, alone, firsts)
        out.extend(parts or (seg,))
    return out


def _parts(
    seg: Seg, text: str, gaz: Gazetteer, bounds: Bounds, alone: dict[str, Seg], firsts: set[str]
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
        part = _part(start, word, text, gaz, bounds, alone, firsts)
        if part is None:
            return None
        found.append(part)
    return found


def _part(
    start: int,
    word: str,
    text: str,
    gaz: Gazetteer,
    bounds: Bounds,
    alone: dict[str, Seg],
    firsts: set[str],
) -> Seg | None:
    """``word`` at ``start`` as a segment if it names something on its own."""
    twin = alone.get(word)
    if twin is not None and twin.kind == "demonym":
        return None  # "Israeli-Syrian talks": an adjective
    if twin is not None and twin.kind != "unknown":
        return Seg(start, start + len(word), word, twin.kind, twin.name, twin.reason)
    if word in gaz.entries:
        seg = single(start, start + len(word), word, text, gaz, bounds, False)
        if seg is not None and seg.kind not in ("unknown", "demonym"):
            return seg
    if twin is not None and word not in firsts:  # not "Sierra" of "Sierra Semiconductor"
        return Seg(start, start + len(word), word, "unknown")
    return None


def split_coordinated(segs: list[Seg], text: str, gaz: Gazetteer) -> list[Seg]:
    """``segs`` with each unknown organization "A B and C D" that names two bodies
    replaced by its two sides (see the module docstring); then a multi-word name guessed
    to be a person from its shape alone ("Zhang cofounded Editas Medicine") becomes an
    organization where the article types it as one elsewhere, not only as a team in a
    results line (a bowler's figures: "Mushtaq Ahmed 27-5-78-2")."""
    multi = [s for s in segs if s.words > 1]
    kept = without_products(segs, multi, gaz)
    if kept is not segs:  # "Claude Code", "Acme Plugins": products, no persons
        segs, multi = kept, [s for s in kept if s.words > 1]
    guesses = [s for s in multi if s.cue == "guess" and s.kind == "person"]
    pairs = [s for s in multi if s.kind == "organization" and not s.name and " and " in s.text]
    if not (guesses or pairs):
        return segs
    firms = {s.text for s in multi if s.kind == "organization" and not s.cue}
    if pairs:
        segs = _split_pairs(segs, pairs, text, gaz, firms)
    for seg in guesses:
        if seg.text in firms:
            seg.kind, seg.cue = "organization", ""
    return segs


def _split_pairs(
    segs: list[Seg], pairs: list[Seg], text: str, gaz: Gazetteer, firms: set[str]
) -> list[Seg]:
    """``segs`` with each of ``pairs`` that names two bodies replaced by its sides, which
    join ``firms``."""
    alone = {s.text for s in segs if s.words == 1 and not s.name}
    asked = {id(s) for s in pairs}  # by identity: equal segments are compared field by field
    out: list[Seg] = []
    for seg in segs:
        sides = _sides(seg, text, gaz, alone) if id(seg) in asked else None
        if sides:
            firms.update(x.text for x in sides)
        out.extend(sides or (seg,))
    return out


def _sides(seg: Seg, text: str, gaz: Gazetteer, alone: set[str]) -> list[Seg] | None:
    """The two organizations of ``seg`` "A B and C D", or None if it names one."""
    left, _, right = seg.text.partition(" and ")
    words = (left.split(), right.split())
    if " and " in right or any(len(w) < 2 or not all(x[0].isupper() for x in w) for w in words):
        return None
    whole = text.count(seg.text)
    sides = zip((left, right), words, strict=True)
    apart = [text.count(side) > whole or w[0] in alone for side, w in sides]
    heads = [w[-1] in ORG_HEADS or w[-1] in gaz.org_suffixes for w in words]
    if not (any(apart) and (apart[0] or heads[0]) and (apart[1] or heads[1])):
        return None
    mid = seg.start + len(left) + 5
    return [
        Seg(seg.start, seg.start + len(left), left, "organization", words=len(words[0])),
        Seg(mid, mid + len(right), right, "organization", words=len(words[1])),
    ]
