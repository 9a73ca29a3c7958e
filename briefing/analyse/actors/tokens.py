"""The pieces actor extraction works on: candidates, their words, typed segments.

A candidate is a run of capitalised words, optionally joined by name particles
("Bank of England", "Steve van Vuuren"), found by one compiled regex pass; its words
are cut into typed segments (:class:`Seg`) that resolution turns into actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from briefing.analyse.actors.words import CAMEL_NAME_STARTS, CAMEL_WORD_STARTS
from briefing.analyse.english import CAPITALISED_NON_NAMES, NAME_ABBREVIATIONS
from briefing.model import ActorKind, MentionReason

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_ABBR = NAME_ABBREVIATIONS
# Frequent capitalised words that are never names alone: skipped inside the regex.
_SKIP = [*CAPITALISED_NON_NAMES, "I['’](?:m|ve|d|ll)"]


_LITERAL = re.compile(r"\w+")  # a rest matched as plain text


def _after_first(alternatives: list[str]) -> str:
    """Regex alternatives for the rest of each word once its first letter is consumed.

    Each plain rest is matched first and its whole word then checked by a look-behind,
    so the regex engine skips an alternative at its first letter: ["Mr", "Ms", "Dr"]
    gives "r(?<=Mr)|s(?<=Ms)|r(?<=Dr)". Rests that begin with the same letter share it,
    so that letter is tested once: "r(?:(?<=Mr)|(?<=Dr))|s(?<=Ms)". A rest that is a regex
    fragment keeps a look-behind on the first letter ("(?<=I)(?:['’]m)"); an empty rest
    ("I") is "(?<=I)"; both come last. Each word is still matched only by its own
    alternative, and where the same text matches several the same text is consumed, so
    the order of alternatives does not change what the regex matches.
    """
    groups: dict[str, list[str]] = {}
    for word in alternatives:
        groups.setdefault(word[0], []).append(word[1:])
    shared: dict[str, list[str]] = {}  # plain rests by their first letter
    last = []
    for first, rests in groups.items():
        for rest in sorted(rests, key=lambda r: not r):
            if not rest:
                last.append(f"(?<={first})")
            elif _LITERAL.fullmatch(rest):
                shared.setdefault(rest[0], []).append(f"{rest[1:]}(?<={first}{rest})")
            else:
                last.append(f"(?<={first})(?:{rest})")
    out = [
        f"{c}(?:{'|'.join(alts)})" if len(alts) > 1 else c + alts[0] for c, alts in shared.items()
    ]
    return "|".join(out + last)


_WORD = (
    rf"(?:(?:{'|'.join(_ABBR)})\.(?!\w)"
    rf"|(?:[{_UP}]\.){{1,4}}(?!\w)"
    rf"|[{_UP}](?!\d|/\w)[^\W_]*(?:-[^\W_]+|['’](?!s\b)[^\W_]+|&[{_UP}]+)*)"
)
# _WORD after its first capital: the abbreviation, the initials or the plain word. A
# capital letter before a slash and a letter is no word of a name ("P/E", "Q/Q").
_WORD_REST = (
    rf"(?:(?:{_after_first(_ABBR)})\.(?!\w)"
    rf"|\.(?:[{_UP}]\.){{0,3}}(?!\w)"
    rf"|(?!\d|/\w)[^\W_]*(?:-[^\W_]+|['’](?!s\b)[^\W_]+|&[{_UP}]+)*)"
)
# _WORD after a space: its first capital, then the rest as above, so the engine tests that
# capital once, not once per abbreviation (every abbreviation opens with a capital).
_LATER = rf"[{_UP}]{_WORD_REST}"
# Words that may join the capitalised words of one name: the joints and the particles
# of names (``words.JOINTS``, ``words.GIVEN_PARTICLES``) as regex alternatives, each
# longer form before its prefix.
_CONN = (
    "of the|of|for the|for|and|&|de la|de|da|di|du|del|della|des|dos|do|van der|van den|van"
    "|von der|von|der|den|ter|la|le|bin|ibn|al|el|y"
)
_SEP = "[ \u00a0]"
# The Arabic article on a later word of a name, right after a capitalised word
# ("Abdul-Karim al-Kabariti", "Ayman al-Zawahiri"): the word stays in the name.
_ARTICLE = "(?:al|el|ad|as|ash|at|an|ar|az|ul|ud)-"
# An elided "de" joins the word after it too ("Côte d'Ivoire", "Quai d’Orsay").
# A word boundary, not the second of two capitals around a slash ("A/B Tests", "P/E"),
# not a skipped word, then _WORD, then more words (_LATER) and connectors. The
# pattern opens with a plain character class so the regex engine scans for capitals fast;
# the other conditions at the match start look back at that capital.
CANDIDATE_RE = re.compile(
    rf"[{_UP}](?<!\w.)(?<!\W[{_UP}]/.)"
    rf"(?!(?:{_after_first(_SKIP)})(?:['’]s)?(?![\w&'’.-]| [{_UP}]))"
    rf"{_WORD_REST}(?:{_SEP}(?:(?:(?:{_CONN}){_SEP})*{_LATER}|(?=[aeu][a-z]{{1,2}}-){_ARTICLE}{_LATER}"
    rf"|d['’]{_LATER}))*"
)
# The same for ASCII text, where only A-Z are capitals: the engine tests a small class,
# not one holding letters past U+00FF, at every character it scans.
CANDIDATE_ASCII_RE = re.compile(CANDIDATE_RE.pattern.replace(_UP, "A-Z"))

# A segment's kind: an actor kind, or ``demonym`` ("Chinese"), ``capital`` (a capital
# city that may stand for its country), ``title_ref`` ("the President"), ``event``,
# ``split`` (a chunk to cut at its joints) or ``unknown``.
SegKind = ActorKind | Literal["demonym", "capital", "title_ref", "event", "split", "unknown"]


@dataclass(slots=True)
class Word:
    """One token of a candidate: ``[start, end)`` and its text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Seg:
    """A typed piece of a candidate (see :data:`SegKind`).

    ``name`` is the gazetteer name, if any; ``cue`` the context that typed it
    ("speech", "guess", "prep", "team") or, for an institution named by a demonym, its noun.
    """

    start: int
    end: int
    text: str
    kind: SegKind
    name: str = ""
    reason: MentionReason = "name"
    roles: list[str] = field(default_factory=list)
    honorific: str = ""
    capital_of: str = ""
    cue: str = ""
    words: int = 1


def name_starts(segs: list[Seg]) -> set[str]:
    """The first words of the segments of two words or more ("Kestrel" of "Kestrel Foods")."""
    return {s.text.split(" ", 1)[0] for s in segs if s.words > 1}


def tokens(text: str, start: int, end: int) -> list[Word]:
    """Split the candidate ``text[start:end]`` on spaces into words with offsets."""
    out = []
    pos = start
    for part in text[start:end].replace("\u00a0", " ").split(" "):
        out.append(Word(pos, pos + len(part), part))
        pos += len(part) + 1
    return out


_ARTICLE_RE = re.compile(_ARTICLE + f"[{_UP}]")


def named(word: str) -> bool:
    """True if ``word`` is written as a name: a capital first, or the Arabic article
    ("al-Turabi") or an elided "de" ("d'Estaing") before one."""
    c = word[:1]
    if c.isupper():
        return True
    if c == "d":
        return word[1:2] in ("'", "’") and word[2:3].isupper()
    return (c == "a" or c == "e" or c == "u") and (_ARTICLE_RE.match(word) is not None)


def is_acronym(word: str, longest: int = 5) -> bool:
    """True for ALL-CAPS words of 2 to ``longest`` letters, dots and "&" aside ("BBC", "U.S.")."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= longest and letters.isalpha() and letters.isupper()


def acronym_of(name: str) -> str:
    """Initials of the capitalised words of ``name`` ("World Health Organization" -> "WHO")."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def camel_case(t: str) -> bool:
    """True for a word with a capital inside after a lower-case run of two letters or more
    ("QuickSprout", "WebSideStory"), not a name's particle ("MacKenzie", "VanDyke"), or
    after a two-letter English word ("WeWork", "GoPro"; not "McCain", "DeLay")."""
    if len(t) < 5 or t.isupper():
        return False
    if not t[1:3].islower():
        return t[:2] in CAMEL_WORD_STARTS and t[2].isupper() and t[3:].isalpha() and t[3].islower()
    inner = next((i for i in range(3, len(t)) if t[i].isupper()), 0)
    return bool(inner) and t[1:inner].isalpha() and t[:inner].lower() not in CAMEL_NAME_STARTS
