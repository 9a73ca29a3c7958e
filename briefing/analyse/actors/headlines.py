"""ALL-CAPS lines, Title Case headlines and wire datelines, where capitals say little.

Such sentences are scanned after the rest of the article: only gazetteer entries,
names already found in the article (matched case-insensitively) and, in Title Case,
a given name followed by a capitalised word are taken. A dateline opening a line
("LONDON 1996-12-06", "MONTGOMERY , Ala .") names a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from briefing.analyse.actors.cast import Draft
from briefing.analyse.actors.chunks import entry_seg
from briefing.analyse.actors.context import appears_lower, team_context
from briefing.analyse.actors.gazetteer import Entry, Gazetteer
from briefing.analyse.actors.tokens import Seg, SegKind, Word, tokens
from briefing.analyse.english import FUNCTION_WORDS
from briefing.model import MentionReason

Mode = Literal["caps", "title", ""]

# A wire dateline opening a line: "LONDON 1996-12-06", "WASHINGTON (Reuters)", "MINSK, ".
DATELINE_RE = re.compile(
    r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})(?= ?,| \d{4}-\d\d-\d\d| \((?:Reuters|AP|AFP)\)"
    r")"
)
# The region after a dateline's place: "MONTGOMERY , Ala .", "ATLANTA, Georgia".
_REGION_RE = re.compile(
    r" ?, ([A-Z][A-Za-z]*\.?(?: [A-Z][A-Za-z]*\.?)?)(?= ?\.?$| ?\.? ?\n| \d{4}-)", re.M
)
# A fixtures line in capitals: "SEATTLE AT BOSTON": the visitors are a team, the hosts
# a place ("at Boston").
_FIXTURE_RE = re.compile(r"[A-Z][A-Z .'-]*( AT )[A-Z][A-Z .'-]*(?: \(.*\))?$")


# A candidate in an ALL-CAPS or Title Case sentence, scanned after the others:
# (start, end, mode), always unpacked by name. A plain tuple: one is made per such
# candidate, and a named tuple costs several times more to make.
Run = tuple[int, int, Mode]


# An actor found so far, as a surface form in a headline may name it: (name, kind,
# reason), always unpacked by name. A plain tuple: one is made per form of every actor.
Known = tuple[str, SegKind, MentionReason]


def sentence_mode(text: str, start: int, end: int, caps_word: bool) -> Mode:
    """``caps`` for an ALL-CAPS sentence, ``title`` for a Title Case headline, else "".

    ``caps_word`` says whether the candidate that asks is itself ALL-CAPS; if not, the
    sentence cannot be ALL-CAPS. Only a whole short line can be a Title Case headline; a
    list number before it ("5. ") does not count, as a sentence or as part of one.
    """
    if caps_word:
        s = text[start:end]
        if s.upper() == s:
            return "caps" if sum(c.isalpha() for c in s[:40]) > 3 else ""
    listed = bool(start) and text[start - 1] != "\n"
    if not listed and text[start : start + 1].isdigit():  # "5. Strengthen Trust Signals"
        m = _LIST_MARKER_RE.match(text, start, end)
        if m is not None:
            start, listed = m.end(), True
    if (
        end - start > 160
        or (listed and not list_heading(text, start))
        or text[end : end + 1] not in ("", "\n")
    ):
        return ""
    s = text[start:end]
    words = s.split()
    if len(words) < (3 if listed else 4) or any(c in s for c in ",;()0123456789"):
        return ""
    caps = _capitalised(words)
    return "title" if caps >= 3 and caps * 2 > len(words) else ""


def _capitalised(words: list[str]) -> int:
    """How many of ``words`` open with a capital; -1 if a word other than a function
    word opens in lower case (no Title Case)."""
    caps = 0
    for w in words:
        c = w[0]
        if c.isupper():
            caps += 1
        elif c.isalpha() and w.lower() not in FUNCTION_WORDS:
            return -1
    return caps


def heading_mode(line: str) -> Mode:
    """``title`` when a heading capitalises every word but function words ("Stadia Is
    Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap"), else "".

    A heading is known from the page's structure, so numbers and commas do not make it a
    sentence, as they do for :func:`sentence_mode`; three capitalised words are needed.
    """
    return "title" if _capitalised(line.split()) >= 3 else ""


# A number opening a line as a list marker: "5. ", "12) ".
_LIST_MARKER_RE = re.compile(r"\d{1,2}[.)] +")


def list_heading(text: str, start: int) -> bool:
    """True if only a list number stands between the line start and ``start`` ("5.
    Strengthen Trust Signals"): a numbered heading, read as a Title Case line. The callers
    test first that a digit is three characters back (cheap: most starts follow "word. ")."""
    line = text.rfind("\n", max(0, start - 7), start) + 1
    return start - line < 6 and _LIST_MARKER_RE.fullmatch(text, line, start) is not None


def dateline(text: str, start: int, gaz: Gazetteer) -> list[Seg]:
    """Places of a wire dateline at a line start in a normal sentence, unless known."""
    m = DATELINE_RE.match(text, start)
    if not m or gaz.folded.get(m.group(1).casefold()) is not None:
        return []
    name = m.group(1)
    out = [Seg(start, m.end(1), name, "place", name.title())]
    r = _REGION_RE.match(text, m.end(1))
    if r and gaz.entries.get(r.group(1).rstrip(".")) is None:
        region = r.group(1)
        out.append(Seg(r.start(1), r.end(1), region, "place", region))
    return out


def known_forms(drafts: Iterable[Draft]) -> tuple[dict[str, Known], int]:
    """Case-folded surface forms of the actors found so far, and the longest in words.

    A surname counts when one person alone has it.
    """
    known: dict[str, Known] = {}
    surnames: dict[str, set[str]] = {}
    longest = 1
    for d in drafts:
        for m in d.mentions:
            if m.reason in ("demonym", "reference"):
                continue
            key = m.text.casefold()
            if key not in known:
                known[key] = (d.name, d.kind, m.reason)
            longest = max(longest, m.text.count(" ") + 1)
        if d.kind == "person" and " " in d.name:
            surnames.setdefault(d.name.rsplit(" ", 1)[-1].casefold(), set()).add(d.name)
    for key, names in surnames.items():
        if len(names) == 1 and key not in known:
            known[key] = (next(iter(names)), "person", "surname")
    return known, longest


def scan_deferred(text: str, runs: list[Run], drafts: Iterable[Draft], gaz: Gazetteer) -> list[Seg]:
    """Segments for the candidate runs of ALL-CAPS and Title Case sentences."""
    known, longest = known_forms(drafts)
    limit = max(longest, gaz.max_words)
    out: list[Seg] = []
    for start, end, mode in runs:
        words = tokens(text, start, end)
        line_start = text.rfind("\n", 0, start) + 1
        fixture = None
        if mode == "caps":
            line_end = text.find("\n", end)
            fixture = _FIXTURE_RE.match(text, line_start, line_end if line_end >= 0 else len(text))
            if start == line_start:
                words = _caps_dateline(text, start, words, gaz, out)
        # Where the visitors of a fixtures line end: places before it are teams.
        teams_end = fixture.start(1) if fixture else -1
        i, n = 0, len(words)
        while i < n:
            seg = _match_at(words, i, mode, known, limit, text, gaz, teams_end)
            if seg is None and mode == "title" and words[i].text in gaz.given_names:
                seg = _given_name_at(words, i, text)
            if seg is not None:
                out.append(seg)
            i += seg.words if seg is not None else 1
    return out


def _caps_dateline(
    text: str, start: int, words: list[Word], gaz: Gazetteer, out: list[Seg]
) -> list[Word]:
    """A dateline names a place, even where a team shares the name: the words left after it."""
    m = DATELINE_RE.match(text, start)
    if not m:
        return words
    entry = gaz.folded.get(m.group(1).casefold())
    if entry is not None and entry.kind in ("place", "country"):
        s, e, form = m.start(1), m.end(1), m.group(1)
        kind: SegKind = "capital" if entry.capital_of else entry.kind
        out.append(Seg(s, e, form, kind, entry.name, entry.reason, capital_of=entry.capital_of))
    elif entry is None:
        out.append(Seg(m.start(1), m.end(1), m.group(1), "place", m.group(1).title()))
    if entry is None or entry.kind in ("place", "country"):
        return [w for w in words if w.start >= m.end(1)]
    return words


def _match_at(
    words: list[Word],
    i: int,
    mode: Mode,
    known: dict[str, Known],
    limit: int,
    text: str,
    gaz: Gazetteer,
    teams_end: int,
) -> Seg | None:
    """The longest form at word ``i`` that names an actor found so far or an entry.

    In ALL-CAPS lines entries match in any case; a place before ``teams_end`` (the
    visitors of a fixtures line) or in a results line is a team.
    """
    caps = mode == "caps"
    lookup = gaz.folded if caps else gaz.entries
    for k in range(min(limit, len(words) - i), 0, -1):
        form = " ".join(w.text for w in words[i : i + k])
        hit = known.get(form.casefold())
        if hit is not None:
            name, kind, reason = hit
            if caps or reason != "surname" or k > 1 or form.istitle():
                s, e = words[i].start, words[i + k - 1].end
                if reason not in ("surname", "acronym", "alias"):
                    reason = "name"
                return Seg(s, e, text[s:e], kind, name, reason, words=k)
        entry = lookup.get(form.casefold() if caps else form)
        if entry is not None and k == 1 and caps and _ordinary_in_caps(entry, form, text):
            entry = None  # "TO BAT", "ICE HOCKEY": an ordinary word in capitals
        if entry is not None and (k > 1 or form.lower() not in FUNCTION_WORDS):
            seg = entry_seg(words, i, k, entry, text)
            if seg.kind in ("place", "capital") and (
                seg.end <= teams_end or team_context(text, seg.start, seg.end)
            ):
                seg.kind, seg.name, seg.capital_of = "organization", "", ""
            return seg
    return None


def _ordinary_in_caps(entry: Entry, form: str, text: str) -> bool:
    """True if a one-word organization in capitals is an ordinary word of the article."""
    return entry.kind in ("organization", "group") and appears_lower(form.casefold(), text)


def _given_name_at(words: list[Word], i: int, text: str) -> Seg | None:
    """In Title Case, a given name (``words[i]``) and a capitalised word: a person."""
    n = len(words)
    if (
        i + 1 < n
        and words[i + 1].text[0].isupper()
        and words[i + 1].text.lower() not in FUNCTION_WORDS
    ):
        s, e = words[i].start, words[i + 1].end
        return Seg(s, e, text[s:e], "person", words=2)
    return None
