"""Identity after resolution: a form several bodies share names the one the article means.

"Treasury" is HM Treasury in an article about Britain and the US Treasury in one about
the United States; "Parliament" is the UK Parliament only where the UK is named. A
shared or ambiguous form joins an organization only with context in the article: that
organization named by a form of its own, or its country named. Without it the mention
keeps the name as written ("Treasury"), so no body is renamed into another.
"""

from __future__ import annotations

import re

from briefing.analyse.actors.cast import Cast, Draft
from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.english import CITY_NOUNS, FOOTBALL_WORDS
from briefing.model import Mention

_ORG_KINDS = frozenset(("organization", "group"))
_LOOSE = frozenset(("alias", "acronym", "name"))


def settle(cast: Cast) -> None:
    """Move mentions of shared or ambiguous forms to the organization the context names.

    Then one-word teams join their club (:func:`join_short_teams`).
    """
    _settle_shared(cast)
    drop_portfolios(cast)
    clubs_by_city(cast)
    join_short_teams(cast)


_OFFICES = re.compile(r" (?:Secretary|Department|Dept\b|Ministry|Secretariat)\b")


def drop_portfolios(cast: Cast) -> None:
    """A party's one-word name before an office is a portfolio: "Labor Secretary Elaine
    Chao" names no Labor party (unless the article names the party in full)."""
    parties = _parties(cast.gaz)
    for name, d in cast.drafts.items():  # fewer drafts than parties: ask each draft
        if name not in parties or not d.mentions or name in cast.text:
            continue
        d.mentions = [
            m
            for m in d.mentions
            if " " in m.text or m.reason != "alias" or not _OFFICES.match(cast.text, m.end)
        ]


# (gazetteer, the names "the party" may stand for): swapped whole with the gazetteer.
_PARTIES: list = [(None, frozenset())]


def _parties(gaz: Gazetteer) -> frozenset[str]:
    """The parties of ``gaz`` (names "the party" may refer to), as a set."""
    memo = _PARTIES[0]
    if memo[0] is not gaz:
        memo = _PARTIES[0] = (gaz, frozenset(gaz.references.get("the party", ())))
    return memo[1]


def clubs_by_city(cast: Cast) -> None:
    """ "Milan" is AC Milan in a football report (or beside "AC Milan"), else the city."""
    clubs = cast.gaz.clubs
    drafts = cast.drafts
    found = [d for d in drafts.values() if d.name in clubs and d.mentions and d.kind != "person"]
    if not found:
        return
    low = cast.text.lower()
    football = sum(1 for w in FOOTBALL_WORDS if w in low) >= 2
    for d in found:
        club = clubs[d.name]
        if not (football or (club in drafts and drafts[club].mentions)):
            continue
        stay: list[Mention] = []
        moving: list[Mention] = []
        for m in d.mentions:
            (stay if _the_city(cast.text, m) else moving).append(m)
        if not moving:
            continue
        target = cast.get(club, "organization")
        target.known = True
        for m in moving:
            target.add(m.start, m.end, m.text, "alias")
        d.mentions = stay


_IN_PLACE = re.compile(r"(?:\b(?:in|near|from|outside|around|across)) $")
_NOUN_AFTER = re.compile(r" ([a-z][a-z-]+)")


def _the_city(text: str, m: Mention) -> bool:
    """ "grew up in Leicester", "the Leicester band": the city even in a report naming the
    club; "Leicester striker", "Leicester won" stay the club's."""
    if _IN_PLACE.search(text, max(0, m.start - 8), m.start):
        return True
    after = _NOUN_AFTER.match(text, m.end)
    return after is not None and after.group(1) in CITY_NOUNS


def _settle_shared(cast: Cast) -> None:
    drafts = cast.drafts
    countries = {d.name for d in drafts.values() if d.kind == "country" and d.mentions}
    for d in list(drafts.values()):
        if not d.known or d.kind not in _ORG_KINDS or not d.mentions:
            continue
        loose = [m for m in d.mentions if m.reason in _LOOSE and _needs_context(cast, d, m)]
        if not loose:
            continue
        firm = [m for m in d.mentions if m not in loose]
        forms = {m.text for m in loose}
        for form in forms:
            target = _choose(cast, d, form, countries, bool(firm))
            if target == d.name:
                continue
            moving = [m for m in loose if m.text == form]
            d.mentions = [m for m in d.mentions if m.text != form or m not in moving]
            _move(cast, moving, target, d)


def join_short_teams(cast: Cast) -> None:
    """A team named by one word ("Milan") joins the one known club named with that word."""
    drafts = cast.drafts
    clubs: dict[str, list[str]] = {}
    for d in drafts.values():
        if d.known and d.kind == "organization" and " " in d.name and d.mentions:
            for w in d.name.split():
                clubs.setdefault(w, []).append(d.name)
    if not clubs:
        return
    for d in list(drafts.values()):
        if d.known or d.kind != "organization" or " " in d.name or not d.mentions:
            continue
        owners = clubs.get(d.name, ())
        if len(owners) == 1 and all(m.reason == "name" for m in d.mentions):
            target = drafts[owners[0]]
            for m in d.mentions:
                target.add(m.start, m.end, m.text, "alias")
            d.mentions = []


def _needs_context(cast: Cast, d: Draft, m: Mention) -> bool:
    """True if ``m`` is a form another body shares, or an ambiguous short form of ``d``."""
    if m.text in cast.gaz.shared:
        return True
    entry = cast.gaz.entries.get(m.text)
    return (
        entry is not None
        and entry.ambiguous
        and m.text != d.name
        and d.name in cast.gaz.homes
        and d.name not in cast.text
    )


def _choose(cast: Cast, d: Draft, form: str, countries: set[str], firm: bool) -> str:
    """The organization ``form`` names here, or ``form`` itself when nothing decides."""
    gaz = cast.gaz
    options = gaz.shared.get(form, (d.name,))
    named = [
        o
        for o in options
        if (o == d.name and firm) or (o != d.name and o in cast.drafts and cast.drafts[o].mentions)
    ]
    if len(named) == 1:
        return named[0]
    homed = [o for o in options if gaz.homes.get(o) in countries]
    if len(homed) == 1:
        return homed[0]
    if len(options) == 1 and not countries:
        return d.name  # one body and no country to contradict it
    return form


def _move(cast: Cast, moving: list[Mention], target: str, source: Draft) -> None:
    """Give ``moving`` to the draft ``target`` (a body when it is one, else as written)."""
    known = target in cast.gaz.homes or cast.gaz.entries.get(target) is not None
    dest = cast.get(target, source.kind)
    dest.known = dest.known or (known and target != moving[0].text)
    for m in moving:
        reason = m.reason if known and target != m.text else "name"
        dest.mentions.append(Mention(m.start, m.end, m.text, reason))
