"""Spelling variants of one name in one article: "TimeWarner" and "Time Warner".

A name written closed up (CamelCase) and the same words spaced or hyphenated are one
actor when both occur in the article: their letters match up to case, spaces, hyphens
and dots. Two gazetteer names are never joined this way (they are two entries).
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.analyse.actors.cast import Cast, Draft

# Closed-up surnames: "McDonald", "DiCaprio", "LeBron" are persons' names, spaced or not.
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'")
_KIND_ORDER = {"organization": 0, "group": 1, "country": 2, "place": 3, "person": 4}


def join_spellings(cast: Cast) -> None:
    """Merge drafts named (or found as) forms that differ only by spaces, hyphens, dots
    or case, one of them closed up.

    The draft that survives is the gazetteer's, else the spaced form, else the one with
    more mentions; it keeps its kind unless it is a guessed person and the other is not
    (a closed-up "AirAsia" read as a person beside the firm "Air Asia"). A pair the
    gazetteer does not know is an organization unless the closed-up form starts like a
    surname ("McDonald", "DiCaprio").
    """
    closed = _closed_keys(cast.drafts.values())
    if not closed:
        return  # most articles: nothing to do
    groups: dict[str, dict[int, Draft]] = {}
    for d in cast.drafts.values():
        if not d.mentions:
            continue
        forms = {d.name} | {m.text for m in d.mentions if m.reason in ("name", "alias")}
        for form in forms:
            key = _key(form)
            if key in closed:
                groups.setdefault(key, {})[id(d)] = d
    for found in groups.values():
        same = [d for d in found.values() if d.mentions]
        if len(same) < 2 or not any(_closed_up(f) for d in same for f in _forms(d)):
            continue
        if sum(d.known for d in same) > 1:
            continue  # two entries: two bodies
        same.sort(key=_survivor_rank)
        keep = same[0]
        for d in same[1:]:
            if keep.guess or (keep.kind == "person") != (d.kind == "person"):
                keep.kind = min(keep.kind, d.kind, key=_KIND_ORDER.__getitem__)
                keep.guess = keep.guess and d.guess
            for m in d.mentions:
                keep.add(m.start, m.end, m.text, "alias" if m.reason == "name" else m.reason)
            d.mentions = []
        if not keep.known and keep.kind == "person" and not _surname_shape(same):
            keep.kind, keep.guess = "organization", False  # a person's name is not closed up


def _closed_keys(drafts: Iterable[Draft]) -> set[str]:
    """The keys of the closed-up forms the article uses for ``drafts``."""
    keys = set()
    for d in drafts:
        for m in d.mentions:
            f = m.text
            # istitle() and isupper() rule out nearly every form at C speed.
            if not f.istitle() and not f.isupper() and " " not in f and _closed_up(f):
                keys.add(_key(f))
    return keys


def _forms(d: Draft) -> set[str]:
    return {d.name} | {m.text for m in d.mentions}


def _key(name: str) -> str:
    return name.casefold().replace(" ", "").replace("-", "").replace(".", "")


def _closed_up(name: str) -> bool:
    """ "TimeWarner", "AirAsia": one word with a capital inside after a lower-case letter."""
    return " " not in name and any(
        a.islower() and b.isupper() for a, b in zip(name, name[1:], strict=False)
    )


def _survivor_rank(d: Draft) -> tuple[bool, bool, int]:
    return not d.known, " " not in d.name, -len(d.mentions)


def _surname_shape(same: list[Draft]) -> bool:
    forms = {m.text for d in same for m in d.mentions} | {d.name for d in same}
    return any(
        _closed_up(f) and f[len(p) : len(p) + 1].isupper()
        for f in forms
        for p in _NAME_PREFIXES
        if f.startswith(p)
    )
