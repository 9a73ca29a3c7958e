"""Products named like persons: words ending in a software or product noun ("Zorbo
Code", "Acme Plugins", "Zorbo Credit Card"; :data:`~briefing.analyse.actors.words.
SOFTWARE_WORDS`, or a generic product noun after a word that is no given name) name a
product, not a person, and make their first word a brand: the brand's other names of
several words in the article ("Zorbo Opus") and the brand word alone, taken for a person
or place, are products too. A gazetteer firm and a product noun is the firm ("Apple
Pay"; see :func:`briefing.analyse.actors.chunks.chunk_leaves`).
"""

from __future__ import annotations

from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.tokens import Seg
from briefing.analyse.actors.words import PRODUCT_WORDS, SOFTWARE_WORDS

_NAMELESS = ("person", "place", "unknown")


def without_products(segs: list[Seg], multi: list[Seg], gaz: Gazetteer) -> list[Seg]:
    """``segs`` without the products named like persons (see the module docstring);
    ``multi``: those of them of several words, where products are looked for."""
    brands = set()
    for s in multi:
        if s.kind == "person" and _plain(s):
            first, last = _ends(s)
            if last in SOFTWARE_WORDS or (last in PRODUCT_WORDS and first not in gaz.given_any):
                brands.add(first)  # "Zorbo Code", "Acme Credit Card"
    if not brands:
        return segs
    return [s for s in segs if not _of_brand(s, brands)]


def _plain(seg: Seg) -> bool:
    """True if nothing but its capitals made ``seg`` a person: no gazetteer name, title
    or honorific."""
    return not seg.name and not seg.roles and not seg.honorific


def _of_brand(seg: Seg, brands: set[str]) -> bool:
    """True if ``seg`` is a brand's product or the brand word taken for a person or place."""
    if seg.words == 1:
        return seg.text in brands and seg.kind in _NAMELESS
    return seg.kind == "person" and _plain(seg) and _ends(seg)[0] in brands


def _ends(seg: Seg) -> tuple[str, str]:
    """The first and last words of ``seg`` (a no-break space may join them)."""
    words = seg.text.replace("\u00a0", " ").split(" ")
    return words[0], words[-1]
