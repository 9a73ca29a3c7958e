"""Context after one unknown word that makes it a person: an age ("Dutroux, 39, was
charged") or a kin noun after its possessive ("Dutroux's wife", "Lebed 's son": a firm or
place has no wife). Not ", who", which follows a team as often ("Schalke, who finished
third")."""

from __future__ import annotations

import re

_AGE_RE = re.compile(r" ?, (?:aged )?[1-9]\d? ?,")
_PERSON_AFTER_RE = re.compile(
    r" ?['’]s (?:wife|husband|son|sons|daughter|daughters|widow|mother|father|brother"
    r"|sister|parents|girlfriend|boyfriend|fiancee|fiancée|grandson|granddaughter)\b"
)


def person_after(text: str, end: int, after: str) -> bool:
    """True if the words after ``text[:end]`` make the one word before them a person
    (``after``: the next word, "," for a comma)."""
    if after == ",":
        return _AGE_RE.match(text, end) is not None
    return _PERSON_AFTER_RE.match(text, end) is not None
