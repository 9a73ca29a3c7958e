"""Index a person's full name by the surnames and given name it may be called by."""

from __future__ import annotations

from briefing.analyse.actors.cast import Cast
from briefing.analyse.actors.tokens import Seg
from briefing.analyse.actors.words import REGNAL


def register_person(cast: Cast, seg: Seg, owned: dict[str, set[str]]) -> None:
    """Index the full name of the person ``seg`` by its surnames and given name.

    ``owned``: surname -> keys already in ``cast.surnames[surname]``.
    """
    key = seg.name or cast.person_key(seg.text)
    d = cast.get(key, "person")
    if seg.roles:
        cast.add_roles(d, seg.roles)
    parts = key.split()
    if parts[-1] in REGNAL:  # "John Paul II": no surname; "John Paul" alone is he
        cast.regnal.setdefault(key.rsplit(" ", 1)[0], set()).add(key)
        cast.givens.setdefault(parts[0], set()).add(key)
        return
    surnames = [parts[-1]]
    if len(parts) > 3 and _second_surname(parts, cast.gaz.given_any):
        surnames.append(parts[-2])  # "Letourneau" of "Mary Kay Letourneau Fualaau"
    if len(parts) <= 3 and (parts[0] in cast.gaz.surname_first or _given_last(parts)):
        surnames.append(parts[0])  # "Xi" of "Xi Jinping", "Sheu" of "Sheu Yuan-dong"
    elif parts[0][:1].isupper() and parts[0][-1:] != ".":
        cast.givens.setdefault(parts[0], set()).add(key)
    for last in surnames:
        owners = cast.surnames.setdefault(last, [])
        known = owned.get(last)
        if known is None:
            known = owned[last] = {k for _, k in owners}
        if key not in known:
            known.add(key)
            owners.append((seg.start, key))


def _second_surname(parts: list[str], given: frozenset[str]) -> bool:
    """True if the word before the last of a long name is a surname too: capitalised,
    not a given name or an initial, after a given name."""
    word = parts[-2]
    return parts[0] in given and word[:1].isupper() and word[-1] != "." and word not in given


def _given_last(parts: list[str]) -> bool:
    """ "Sheu Yuan-dong", "Lee Ki-choo": a hyphenated given name with a lower-case tail
    comes last, after the family name."""
    last = parts[-1]
    return len(parts) == 2 and "-" in last and last[last.index("-") + 1 :].islower()
