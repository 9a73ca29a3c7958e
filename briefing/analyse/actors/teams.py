"""Sports teams: a city or a name in a results line or a match report is a team.

"Hamburg 1 Bremen 0", "Lyon v Nice", "Hamburg beat Bremen", "Enzo Scifo ( Lille )":
the places and unknown names there are organizations. These conventions come from
wire sports pages (CoNLL's Reuters text); they need a score, "v" or a match verb.
"""

from __future__ import annotations

import re

from briefing.analyse.actors.context import club_context, prev_word, prev_words, team_context
from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.tokens import Seg
from briefing.analyse.actors.words import PLACE_PREPS

TEAM_PLACES = frozenset(("place", "capital"))  # kinds a team may be written as
_TEAM_NEXT = frozenset("0123456789vV")
_MAY_BE_TEAMS = frozenset(("person", "place", "capital", "unknown", "organization"))
# Words before a place that keep it a place in an article where it is also a team.
_NOT_TEAM_BEFORE = PLACE_PREPS | frozenset(("from", "to"))
# A bowler's figures after a name: overs, maidens, runs, wickets ("22-6-56-2").
_BOWLING_RE = re.compile(r" \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")
# Words before a place that make it a club: a player's move or games ("joined from
# Porto", "on loan at Brighton", "a rare start for Lyon"), a result ("win over Brighton")
# or a table position ("bottom-of-the-table Blackpool").
_MOVED = (" from ", " for ", " to ", " at ", " over ", " against ", " with ", "-table ")
_TRANSFER = re.compile(
    r"\b(?:(?:joined|signed) (?:from|for)|loan (?:from|to|at)|transfer from"
    r"|(?:debut|start|starts|appearances?|goals?|scored|played|playing) for"
    r"|(?:win|victory|defeat|draw|loss) (?:over|against|to|with)|of-the-table|mid-table) $"
)
# A result after a place's possessive: "Rotherham's win", "Leeds's 2-1 defeat".
_RESULT_AFTER = re.compile(r"['’]s (?:[\w-]+ )?(?:win|victory|defeat|draw)\b")


def as_team_if_teamish(seg: Seg, text: str, gaz: Gazetteer, prev: Seg | None) -> None:
    """Make ``seg`` a team if it reads as one.

    Worth asking only for a place, or a name with a :func:`team_cue`, never a country.
    """
    if _scorecard_player(text, seg.start, seg.end):
        if seg.words == 1 and seg.kind != "country":
            seg.kind, seg.name, seg.reason, seg.capital_of = "person", "", "name", ""
            seg.cue = "speech"  # "c Cork b Croft 46", "Mullally 22-6-56-2"
    elif _teamish(seg, text, prev):
        as_team(seg, text, gaz)


def _scorecard_player(text: str, s: int, e: int) -> bool:
    """True if the name at ``s``-``e`` is a player in a cricket scorecard: after "c", "b"
    or "st" ("c Cork b Croft 46") or before bowling figures ("Mullally 22-6-56-2")."""
    return (
        text[s - 2 : s] in ("c ", "b ")
        and text[s - 3 : s - 2] in (" ", "\n", "")
        or text[s - 3 : s] == "st "
        and text[s - 4 : s - 3] in (" ", "\n", "")
    ) or _BOWLING_RE.match(text, e) is not None


def team_cue(text: str, s: int, e: int) -> bool:
    """A digit or "v" after the name, or "v"/"vs" before it: worth asking team_context."""
    return (
        text[e : e + 1] == " " and text[e + 1 : e + 2] in _TEAM_NEXT or text[s - 2 : s - 1] in "vVs"
    )


def _teamish(seg: Seg, text: str, prev: Seg | None) -> bool:
    """True if a name stands for a sports team (results line, "beat", "( Club )")."""
    s, e = seg.start, seg.end
    if team_cue(text, s, e) and team_context(text, s, e):
        return True
    if seg.kind in TEAM_PLACES and seg.words <= 3:
        if prev is not None and prev.kind == "person" and text[prev.end : s].strip() == "(":
            return True  # "Enzo Scifo ( Lille )": a player's club
        if club_context(text, s, e):
            return True
        if text[e : e + 1] in "'’" and _RESULT_AFTER.match(text, e) is not None:
            return not _in_title(text, s)
        return text.endswith(_MOVED, 0, s) and _TRANSFER.search(text, max(0, s - 24), s) is not None
    return False


def _in_title(text: str, s: int) -> bool:
    """True if the name at ``s`` ends a title after a place word ("Shakespeare in Love's
    victory"), not a result ("a goal in Liverpool's 3-2 defeat")."""
    words = prev_words(text, s, 2)
    return len(words) == 2 and words[1].lower() in _NOT_TEAM_BEFORE and words[0][:1].isupper()


def as_team(seg: Seg, text: str, gaz: Gazetteer) -> None:
    """Make a name in a results line a team (organization), unless it is a golfer-like person."""
    if seg.kind == "organization" and seg.name:
        return  # a known club ("Juventus") keeps its name
    if seg.kind == "person":
        first = seg.text.split(" ", 1)[0]
        if seg.roles or seg.honorific or first in gaz.given_any or "." in first:
            return
        digits = text[seg.end + 1 : seg.end + 4].split(" ", 1)[0]
        if digits.isdigit() and int(digits) >= 60:
            return  # a golfer's round: "Els 68"
    if seg.kind in _MAY_BE_TEAMS:
        seg.kind, seg.name, seg.reason, seg.capital_of = "organization", "", "name", ""
        seg.cue = "team"


def spread_teams(segs: list[Seg], text: str, gaz: Gazetteer) -> None:
    """A place the article has written as a team once ("Surrey 128-4", "Lyon v Nice") is
    that team wherever else it is not after a place word ("behind Yorkshire and Surrey",
    "Boston has won 15"; not "rain at Leicester", "born in Boston")."""
    teams = {s.text for s in segs if s.cue == "team"}
    if not teams:
        return
    for seg in segs:
        if seg.kind in TEAM_PLACES and seg.text in teams:
            if prev_word(text, seg.start).lower() not in _NOT_TEAM_BEFORE:
                as_team(seg, text, gaz)
