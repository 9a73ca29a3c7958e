"""Namesakes: full names in one article that share a surname ("Marc Dutroux", "Mark
Dutroux"). A lone surname joins one of them only when they are one person (see
:func:`one_person`); else it joins neither (a wrong merge is worse than a missed one).
"""

from __future__ import annotations

from briefing.analyse.actors.context import appears_lower
from briefing.analyse.actors.gazetteer import Gazetteer


def one_person(keys: list[str], gaz: Gazetteer, text: str) -> str | None:
    """The one person several full names sharing a surname are, if they are one: the
    only one opening with a known given name, the others with ordinary words ("Tony
    Blair" beside a misread "Vote Blair"), or the first of spellings of one given name
    ("Marc Dutroux", "Mark Dutroux"; see :func:`_spelling`)."""
    if len(keys) < 2 or any(" " not in k for k in keys):
        return None  # "President Bush" owning "Bush" beside "Laura Bush": nobody's
    firsts = [k.split(" ", 1)[0] for k in keys]
    given = [k for k, f in zip(keys, firsts, strict=True) if f in gaz.given_any]
    if len(given) == 1 and all(
        appears_lower(f.lower(), text) for f in firsts if f not in gaz.given_any
    ):
        return given[0]  # the others open with a word the article writes in lower case
    if all(_spelling(firsts[0], f) for f in firsts[1:]):
        return keys[0]
    return None


def _spelling(a: str, b: str) -> bool:
    """True if the given names ``a`` and ``b`` are spellings or short forms of one name:
    one opens the other ("Pat", "Patrick") or they differ in one letter ("Marc", "Mark";
    "Frederic", "Frederick"); not "Loretta" and "Lorenzo"."""
    if a.startswith(b) or b.startswith(a):
        return len(a) > 2 and len(b) > 2
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
