"""Names run into the next sentence: "… at the World Cup Defoe added" in a caption
with no full stop. The name of a place, event or body and the surname of the one person
the article names in full are two mentions, not one organization."""

from __future__ import annotations

from briefing.analyse.actors.cast import Cast
from briefing.analyse.actors.tokens import Seg
from briefing.analyse.actors.words import EVENT_HEADS, ORG_HEADS, PLACE_LAST

_ACTOR_KINDS = frozenset(("country", "organization", "group", "place"))


def run_on_surname(cast: Cast, seg: Seg) -> bool:
    """Split ``seg`` ("White Hart Lane Sherwood") when its words but the last are a name
    of two words or more ending in a place, event or organization head, and its last
    word the surname of one person named in full; True if split. The name is kept when
    the gazetteer knows it as an actor; the surname joins its person."""
    head, _, last = seg.text.rpartition(" ")
    head_last = head.rsplit(" ", 1)[-1]
    if head_last not in PLACE_LAST and head_last not in EVENT_HEADS and head_last not in ORG_HEADS:
        return False
    if last in PLACE_LAST or last in ORG_HEADS or last in EVENT_HEADS:
        return False  # "Ameris Bank Amphitheatre": the venue's own word
    owner = cast.surname_owner(last, seg.start)
    if owner is None or " " not in owner:
        return False
    entry = cast.gaz.entries.get(head)
    if entry is not None and entry.kind in _ACTOR_KINDS:
        cast.get(entry.name, entry.kind).add(seg.start, seg.start + len(head), head, entry.reason)
    cast.get(owner, "person").add(seg.end - len(last), seg.end, last, "surname")
    return True
