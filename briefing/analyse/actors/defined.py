"""Acronyms defined in the text: "The Ruritania State Attorney General (RSAG)" names one
body, though its words were read as a place and a title; the segments inside the name
become one organization, which the acronym then joins (see ``resolve._acronym_owner``).
"""

from __future__ import annotations

from briefing.analyse.actors.tokens import Seg, is_acronym

_JOINTS = frozenset(("of", "for", "and", "&", "the", "on"))
_LONGEST = 8  # words in a name an acronym defines


def defined_names(segs: list[Seg], text: str) -> list[Seg]:
    """``segs`` with the segments inside a name an acronym in brackets spells right after
    it merged into one organization (see :func:`_kept` for those left alone)."""
    if not any(s.start > 2 and text[s.start - 1] == "(" and s.words == 1 for s in segs):
        return segs  # the usual case: no one-word name opens a bracket
    out: list[Seg] = []
    names: set[str] = set()
    for seg in segs:
        if seg.words == 1 and seg.start > 2 and text[seg.start - 1] == "(":
            span = _defined(text, seg)
            if span is not None:
                start, end = span
                inside = [s for s in out if s.start >= start and s.end <= end]
                if inside and not _kept(inside, start, end):
                    out = _merged(out, inside, start, end, text)
                    names.add(text[start:end])
        out.append(seg)
    return _elsewhere(out, names, text) if names else out


def _merged(segs: list[Seg], inside: list[Seg], start: int, end: int, text: str) -> list[Seg]:
    """``segs`` with those ``inside`` ``[start, end)`` replaced by one organization."""
    words = len(text[start:end].split())
    kept = [s for s in segs if s not in inside]
    kept.append(Seg(start, end, text[start:end], "organization", words=words))
    kept.sort(key=lambda s: s.start)
    return kept


def _elsewhere(segs: list[Seg], names: set[str], text: str) -> list[Seg]:
    """The defined ``names`` merged where the article writes them again without the
    acronym ("the office of the New York State Attorney General")."""
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            inside = [s for s in segs if s.start >= at and s.end <= end]
            if inside and not _kept_whole(inside, at, end) and _bounded(text, at, end):
                if not any(s.kind == "person" for s in inside):
                    segs = _merged(segs, inside, at, end, text)
            at = text.find(name, end)
    return segs


def _kept_whole(inside: list[Seg], start: int, end: int) -> bool:
    """True if one segment already spans ``[start, end)``."""
    return len(inside) == 1 and inside[0].start == start and inside[0].end == end


def _bounded(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` is whole words."""
    return (not start or not text[start - 1].isalnum()) and not text[end : end + 1].isalnum()


def _kept(inside: list[Seg], start: int, end: int) -> bool:
    """True if the segments stay as they are: one already names the whole span, one is a
    person ("Ana Ruiz (AR)"), or none is a name ("Virtual Private Network (VPN)": words
    a thing's acronym spells)."""
    if _kept_whole(inside, start, end):
        return True
    return all(s.kind == "unknown" for s in inside) or any(s.kind == "person" for s in inside)


def _defined(text: str, seg: Seg) -> tuple[int, int] | None:
    """The ``[start, end)`` of the capitalised words right before ``(ACRONYM)`` whose
    initials the acronym spells (exactly, or with one initial left out inside:
    "New York State Attorney General (NYAG)"), or None."""
    if not is_acronym(seg.text) or text[seg.end : seg.end + 1] != ")":
        return None
    end = seg.start - 1
    if text[end - 1 : end] != " ":
        return None
    end -= 1
    words = _words_before(text, end)
    letters = seg.text.replace(".", "").replace("&", "")
    capitals = [(s, w) for s, w in words if w[0].isupper()]
    initials = [w[0].upper() for _, w in capitals]
    for loose in (False, True):  # the exact spelling first, then the longest name
        for k in range(len(capitals) - 1):  # two capitals at least
            if spells(letters, "".join(initials[k:]), loose):
                return capitals[k][0], end
    return None


def _words_before(text: str, end: int) -> list[tuple[int, str]]:
    """The run of capitalised words (and joints between them) ending at ``end``, in
    order, with their starts."""
    out: list[tuple[int, str]] = []
    pos = end
    while len(out) < _LONGEST:
        start = text.rfind(" ", 0, pos) + 1
        word = text[start:pos]
        if not word or not (word[0].isupper() and word.replace("-", "").isalpha()):
            if word not in _JOINTS or not out:
                break
        out.append((start, word))
        if start == 0 or text[start - 1] != " ":
            break
        pos = start - 1
    while out and not out[-1][1][0].isupper():
        out.pop()  # a joint opens no name
    out.reverse()
    return out


def spells(letters: str, initials: str, loose: bool = True) -> bool:
    """True if ``letters`` are ``initials`` or, if ``loose``, ``initials`` less one
    inside."""
    if letters == initials or not loose:
        return letters == initials
    if len(initials) != len(letters) + 1 or letters[0] != initials[0]:
        return False
    return any(initials[:i] + initials[i + 1 :] == letters for i in range(1, len(initials) - 1))
