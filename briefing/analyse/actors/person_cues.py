"""Context that makes one unknown word a person: after it, an age ("Dutroux, 39, was
charged") or a kin noun after its possessive ("Dutroux's wife", "Lebed 's son": a firm or
place has no wife); before it, a kin noun ("his son Mohamed", "Mr Eavis' daughter,
Emily,"). Not ", who", which follows a team as often ("Schalke, who finished
third")."""

from __future__ import annotations

import re

from briefing.analyse.actors.words import PEOPLE_PLURALS

# Kin nouns, as after a possessive ("Dutroux's wife") and before a name ("his son X").
_KIN = (
    "wife husband son daughter widow mother father brother sister girlfriend boyfriend"
    " fiancee fiancée grandson granddaughter"
).split()
_KIN_BEFORE_ONLY = (
    "widower fiance fiancé grandmother grandfather niece nephew cousin uncle aunt stepson"
    " stepdaughter"
).split()
_KIN_BEFORE = frozenset(w + end for w in (*_KIN, *_KIN_BEFORE_ONLY) for end in ("", ","))
_AGE_RE = re.compile(r" ?, (?:aged )?[1-9]\d? ?,")
_PERSON_AFTER_RE = re.compile(rf" ?['’]s (?:{'|'.join((*_KIN, 'sons', 'daughters', 'parents'))})\b")


def kin_before(low: str, word: str) -> bool:
    """True if ``low``, the word before ``word`` in lower case, is a kin noun that makes
    it a person ("son Mohamed"), and ``word`` is no plural noun ("son Prosecutors": a
    sentence run on)."""
    return low in _KIN_BEFORE and word.lower() not in PEOPLE_PLURALS


def person_after(text: str, end: int, after: str) -> bool:
    """True if the words after ``text[:end]`` make the one word before them a person
    (``after``: the next word, "," for a comma)."""
    if after[:1] not in ",'’":
        return False
    if after == ",":
        return _AGE_RE.match(text, end) is not None
    return _PERSON_AFTER_RE.match(text, end) is not None
