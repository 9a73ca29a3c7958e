"""Text helpers for actor extraction: the candidate regex, words, segments, context.

A candidate is a run of capitalised words, optionally joined by name particles
("Bank of England", "Steve van Vuuren"), found by one compiled regex pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.analyse.actors_words import (
    ACTS,
    COMMON,
    DAYS_MONTHS,
    FUNCTION,
    INSTITUTIONS,
    SPORTS_ROLES,
    TEAM_BEFORE,
    TEAM_VERBS,
)

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_ABBR = (
    "Mr Mrs Ms Dr St Sen Gov Rep Gen Lt Col Capt Sgt Maj Adm Jr Sr Prof Rev Co Corp Inc"
    " Ltd Bros Mt Ft Messrs Cmdr Supt Insp Det Hon Gov Fr"
).split()
# Frequent capitalised words that are never names alone: skipped inside the regex.
_SKIP = (
    "The I It He She We They You But And In On At As A An This That There These Those If"
    " However Some For His Her Its Their Our My What When While After Before So One Yet Or"
    " Not No All Many Most Now Then Here Also With From By To Of Last Next Other Such"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April"
    " June July August September October November December"
).split() + ["I['’](?:m|ve|d|ll)"]


def _after_first(alternatives: list[str]) -> str:
    """Regex alternatives for the rest of each word once its first letter is consumed.

    Grouped by that letter, which a look-behind checks: ["Mr", "Ms", "Dr"] gives
    "(?<=M)(?:r|s)|(?<=D)(?:r)". An empty rest ("I") goes last in its group.
    """
    groups: dict[str, list[str]] = {}
    for word in alternatives:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        f"(?<={first})(?:{'|'.join(sorted(rests, key=lambda r: not r))})"
        for first, rests in groups.items()
    )


_WORD = (
    rf"(?:(?:{'|'.join(_ABBR)})\.(?!\w)"
    rf"|(?:[{_UP}]\.){{1,4}}(?!\w)"
    rf"|[{_UP}](?!\d)[^\W_]*(?:-[^\W_]+|['’](?!s\b)[^\W_]+|&[{_UP}]+)*)"
)
# _WORD after its first capital: the abbreviation, the initials or the plain word.
_WORD_REST = (
    rf"(?:(?:{_after_first(_ABBR)})\.(?!\w)"
    rf"|\.(?:[{_UP}]\.){{0,3}}(?!\w)"
    rf"|(?!\d)[^\W_]*(?:-[^\W_]+|['’](?!s\b)[^\W_]+|&[{_UP}]+)*)"
)
_CONN = (
    "of the|of|for the|for|and|&|de la|de|da|di|du|del|della|des|dos|do|van der|van den|van"
    "|von der|von|der|den|ter|la|le|bin|ibn|al|el|y"
)
_SEP = "[ \u00a0]"
# A word boundary, not a skipped word, then _WORD, then more words and connectors. The
# pattern opens with a plain character class so the regex engine scans for capitals fast;
# the other conditions at the match start look back at that capital.
CANDIDATE_RE = re.compile(
    rf"[{_UP}](?<!\w.)(?!(?:{_after_first(_SKIP)})(?:['’]s)?(?![\w&'’.-]| [{_UP}]))"
    rf"{_WORD_REST}(?:{_SEP}(?:(?:{_CONN}){_SEP})*{_WORD})*"
)

JOINTS = frozenset(("of", "of the", "for", "for the", "and", "&"))
ORG_HEADS = frozenset(
    "Bank Ministry Department University College School Institute Council Commission"
    " Committee Agency Authority Association Federation Union League Party Board Court"
    " Corporation Company Group Office Service Museum Church Foundation Society Fund"
    " Organisation Organization Embassy Consulate Parliament Assembly Congress Senate"
    " Army Navy Police Club Academy Centre Center Hospital Trust Airlines Airways"
    " Times Post News Journal Herald Telegraph Tribune Gazette Daily Radio Television"
    " Network Records Studios Exchange Bureau Forces Front Movement Alliance Coalition"
    " Institution Press Holdings Industries Motors Systems Technologies Productions Films"
    " Pictures Entertainment Records Studios Labs Unit Liga Digest Markets"
    " Executive Government Treasury Exchequer Cabinet Commons".split()
)
GIVEN_PARTICLES = frozenset(
    "de da di du del della des dos do van von der den ter la le bin ibn al el y".split()
)


@dataclass(slots=True)
class Word:
    """One token of a candidate: ``[start, end)`` and its text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Seg:
    """A typed piece of a candidate.

    ``kind`` is an actor kind, or ``demonym``, ``capital`` (a capital city that may
    stand for its country) or ``unknown``. ``name`` is the gazetteer name, if any.
    """

    start: int
    end: int
    text: str
    kind: str
    name: str = ""
    reason: str = "name"
    roles: list[str] = field(default_factory=list)
    honorific: str = ""
    capital_of: str = ""
    cue: str = ""
    words: int = 1


def tokens(text: str, start: int, end: int) -> list[Word]:
    """Split the candidate ``text[start:end]`` on spaces into words with offsets."""
    out = []
    pos = start
    for part in text[start:end].replace("\u00a0", " ").split(" "):
        out.append(Word(pos, pos + len(part), part))
        pos += len(part) + 1
    return out


_ASCII_WORD_RE = re.compile(r"[A-Za-z'’-]*")


def next_word(text: str, end: int) -> str:
    """The lower-case word right after ``end`` (after one space), or punctuation."""
    if end >= len(text):
        return ""
    ch = text[end]
    if ch != " ":
        if ch in "'’" and text[end + 1 : end + 3] in ("s ", "s", "s,", "s."):
            return "'s"
        return ch
    stop = _ASCII_WORD_RE.match(text, end + 1).end()  # type: ignore[union-attr]
    n = len(text)
    if stop < n and text[stop] > "\x7f":  # a non-ASCII letter may continue the word
        while stop < n and (text[stop].isalpha() or text[stop] in "'’-"):
            stop += 1
    word = text[end + 1 : stop]
    if word in ("'s", "’s"):
        return "'s"
    return word.lower() if word else text[end + 1 : end + 2]


def prev_words(text: str, start: int, count: int = 3) -> list[str]:
    """Up to ``count`` words before ``start`` (original case), nearest last."""
    chunk = text[max(0, start - 48) : start]
    if "\n" in chunk:
        chunk = chunk[chunk.rindex("\n") + 1 :]
    return chunk.split()[-count:]


def institution_after(text: str, end: int) -> str:
    """The lower-case institution noun phrase right after ``end`` ("embassy"), if any."""
    if end >= len(text) or text[end] != " ":
        return ""
    tail = text[end + 1 : end + 20]
    for noun in INSTITUTIONS:
        if tail.startswith(noun) and (len(tail) == len(noun) or not tail[len(noun)].isalpha()):
            return noun
    return ""


def is_common(word: str, text: str) -> bool:
    """True if a sentence-initial ``word`` is probably an ordinary word, not a name."""
    low = word.lower()
    if low in FUNCTION or low in COMMON or low in DAYS_MONTHS:
        return True
    if len(low) > 4 and low.endswith(("ing", "ly", "ed")):
        return True
    return appears_lower(low, text)


_LOWER_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_AFTER_LOWER = frozenset(" ,.")
# (text, its answers so far, its lower-case word set or None): one tuple, swapped whole,
# so threads analysing different texts never read each other's answers.
_LOWER_MEMO: list = [(None, {}, None)]


def appears_lower(low: str, text: str) -> bool:
    """True if the lower-case word ``low`` occurs in ``text`` as an ordinary word.

    Short texts are searched directly (" low" followed by a space, comma or full stop);
    a long one builds its word set once, so the many checks of one article stay linear.
    Answers are remembered for the current text.
    """
    memo = _LOWER_MEMO[0]
    if memo[0] is not text:
        memo = _LOWER_MEMO[0] = (text, {}, None)
    hit = memo[1].get(low)
    if hit is not None:
        return hit
    if len(text) < 20_000:
        pat = " " + low
        size = len(pat)
        i = text.find(pat)
        hit = False
        while i >= 0:
            if text[i + size : i + size + 1] in _AFTER_LOWER:
                hit = True
                break
            i = text.find(pat, i + 1)
    else:
        words = memo[2]
        if words is None:
            words = frozenset(_LOWER_RE.findall(text))
            memo = _LOWER_MEMO[0] = (text, memo[1], words)
        hit = low in words
    memo[1][low] = hit
    return hit


def is_acronym(word: str) -> bool:
    """True for ALL-CAPS short words such as "BBC" or "U.S."."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def prev_word(text: str, start: int) -> str:
    """The word right before ``start`` (separated by one space), or ""."""
    j = start - 1
    if j <= 0 or text[j] != " ":
        return ""
    k = text.rfind(" ", 0, j)
    line = text.rfind("\n", k + 1, j)  # only between that space and the word
    if line > k:
        k = line
    return text[k + 1 : j]


def acts_after(text: str, end: int) -> bool:
    """True if the name ending at ``end`` acts (possessive or followed by an acting verb)."""
    word = next_word(text, end)
    return word == "'s" or word in ACTS


_SCORE_RE = re.compile(r" (?:\d{1,3}(?:-\d{1,3})?|[vV][sS]?\.?)(?=[ \n]|$)")


def team_context(text: str, start: int, end: int) -> bool:
    """True if a name stands in a results line: "Hamburg 1", "Lyon v Nice", "Surrey 128-4".

    In running prose ("Halo 2 has sold...") only a score like "2-1" counts.
    """
    m = _SCORE_RE.match(text, end)
    if m:
        if "-" in m.group():
            return True
        line_start = text.rfind("\n", max(0, start - 81), start) + 1
        if line_start == 0 and start > 80:
            return False  # the line is long: running prose
        line_end = text.find("\n", end, end + 81)
        return (line_end if line_end >= 0 else min(len(text), end + 81)) - line_start <= 80
    before = text[max(0, start - 3) : start]
    return before in (" v ", " V ") or before.endswith("vs ")


def club_context(text: str, start: int, end: int) -> bool:
    """True if a city name acts as a team: "Hamburg beat ...", "against Hamburg",
    "Bremen 's striker ...".
    """
    after = next_word(text, end)
    if after in TEAM_VERBS:
        return True
    if after == "'s" or text[end : end + 4] in (" 's ", " ’s "):
        tail = text[end : end + 40].replace("’", "'").split()
        if tail[:1] == ["'s"]:
            tail = tail[1:]
        elif tail[:1] and tail[0].startswith("'s"):
            tail = tail[1:]
        return any(w.lower().strip(",.") in SPORTS_ROLES for w in tail[:3])
    return prev_word(text, start).lower() in TEAM_BEFORE


def acronym_of(name: str) -> str:
    """Initials of the capitalised words of ``name`` ("World Health Organization" -> "WHO")."""
    return "".join(w[0] for w in name.split() if w[0].isupper())
