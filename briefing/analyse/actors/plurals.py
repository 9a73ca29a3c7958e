"""Capitalised plurals after "the": a team, band or party ("the Orioles", "the Beatles",
"the Greens"), or something else that looks the same.

Not a name: a people ("the Parisians", "the Scots"), a family ("the Kennedys" beside
Kennedy), a word also written in lower case, a thing's name before its noun ("the Alps
ski resort"), an event named in the plural ("the Olympics", "the Grammys"), or a title of
a work: inside a run of capitalised words ("Meet The Parents", "Attack of The Clones"),
before "of" and a name ("The Dukes of Hazzard") or after a work noun ("cartoon The
Simpsons", "star of The Kumars"), or anywhere in an article that writes it in a sentence
about a screen, stage or book work with no team, band or party word ("series Nip/Tuck
beat The Sopranos to the drama prize"). What is left must be supported by its sentence: a
score or a sport, music or politics word ("The Quokkas won", "the band's tour"), since
many plurals of common nouns are capitalised as titles or labels ("the Directors would
take the money", "the Troubles").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing.analyse.actors.bounds import Bounds
from briefing.analyse.actors.context import appears_lower, noun_after
from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.words import (
    BODY_WORDS,
    EVENT_PLURALS,
    PEOPLE_NOUNS,
    PLURAL_SUPPORT,
    WORK_NOUN_AFTER,
    WORK_NOUNS_SHOWN,
    WORK_PHRASES,
    WORK_SIGNALS,
)

# Plural endings of peoples and followers ("Parisians", "Afrikaners", "Zionists").
_PEOPLE_ENDINGS = ("ans", "ers", "ists", "ites", "ese")
# Nouns before "the" that make the plural after it a work's title ("cartoon The
# Simpsons", "star of The Kumars"; "of" is skipped).
_WORK_BEFORE = frozenset(
    """
film films movie movies show shows series cartoon sitcom drama comedy album song novel
book programme musical documentary play star stars cast episode episodes creator sequel
""".split()
)
# Small words inside a title after a capitalised word ("Attack of The Clones").
_TITLE_JOINS = frozenset("of with between from in on to".split())
# A match in the sentence: what a plural in -ers or a given name's plural needs to be
# a team ("the Mariners scored", "the Tigers won 7-4"), unlike "the Villagers".
_SPORT_RE = re.compile(
    r"\b(?:won|beat|lost|scored|victory|defeat|trailed|innings|inning|homered|runs|season|"
    r"league|coach|game|games|match)\b|\d+-\d+"
)
_SUPPORT_RE = re.compile(
    r"\b(?:" + "|".join(sorted(PLURAL_SUPPORT, key=len, reverse=True)) + r")\b|\d+-\d+"
)


def _alternatives(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_WORK_RE = re.compile(
    rf"\b(?:{_alternatives(WORK_SIGNALS)}|{_alternatives(WORK_PHRASES)})\b"
    rf"|\b(?:{_alternatives(WORK_NOUN_AFTER)}) (?:{_alternatives(WORK_NOUNS_SHOWN)})(?![\w-])"
)
_BODY_RE = re.compile(rf"\b(?:{_alternatives(BODY_WORDS)})\b|\d+-\d+")


def plural_name(
    t: str, common: bool, text: str, start: int, end: int, gaz: Gazetteer, bounds: Bounds
) -> bool:
    """True if ``t`` (at ``start``-``end``, right after "the") reads as a plural name;
    ``bounds``: the article's sentences."""
    if common or len(t) < 5 or t[-1] != "s" or t[-2] in "su'’" or not t[1:].islower():
        return False
    one = t[:-1]
    if t.endswith("ers") or one in gaz.given_any:  # "the Mariners", "the Tigers"
        if not _SPORT_RE.search(text, *bounds.around(start)):
            return False
    elif t.endswith(_PEOPLE_ENDINGS):
        return False
    if (
        t in EVENT_PLURALS
        or one in gaz.demonyms
        or one in PEOPLE_NOUNS
        or f"{one} " in text
        or f"{one}," in text
        or appears_lower(t.lower(), text)
        or appears_lower(one.lower(), text)
        or noun_after(text, end)
    ):
        return False
    return (
        not in_title(text, start - 4, end)
        and supported(text, start, bounds)
        and not a_work(t, text, bounds)
    )


def a_work(t: str, text: str, bounds: Bounds) -> bool:
    """True if a sentence with ``t`` names a screen, stage or book work and no team,
    band or party word (``words.WORK_SIGNALS``, ``words.BODY_WORDS``): "Cosmetic surgery
    series Nip/Tuck beat The Sopranos to the best drama title" makes "Sopranos" a title
    everywhere in the article, "The Vorlicks' film was shown on the band's tour" not."""
    i = text.find(t)
    while i >= 0:
        lo, hi = bounds.around(i)
        if _WORK_RE.search(text, lo, hi) and not _BODY_RE.search(text, lo, hi):
            return True
        i = text.find(t, i + len(t))
    return False


def in_title(text: str, the: int, end: int) -> bool:
    """True if the plural ending at ``end`` after the article at ``the`` is part of a
    work's title (see the module docstring)."""
    if text.startswith(" of ", end) and text[end + 4 : end + 5].isupper():
        return True  # "The Dukes of Hazzard"
    before = text[max(0, the - 40) : the].rstrip(" ").rsplit(None, 2)
    if not before or text[the - 1 : the] != " ":
        return False
    last = before[-1]
    if last.lower() in _WORK_BEFORE or last == "of" and before[-2:-1] in (["star"], ["stars"]):
        return True  # "cartoon The Simpsons", "a star of The Kumars"
    prior = before[-2] if len(before) > 1 else ""
    ends = (".", ",", "!", "?", ":", ";", '"', "'", "”", ")", "")
    if last[:1].isupper() and last[-1:] not in ends and prior[-1:] not in ends:
        return True  # "Meet The Parents": a capitalised word mid-sentence before "the"
    return (
        text[the] == "T" and last in _TITLE_JOINS and prior[:1].isupper()
    )  # "Attack of The Clones"


def supported(text: str, start: int, bounds: Bounds) -> bool:
    """True if the sentence holding ``start`` has a score or a team, band or party word
    (``words.PLURAL_SUPPORT``)."""
    return _SUPPORT_RE.search(text, *bounds.around(start)) is not None
