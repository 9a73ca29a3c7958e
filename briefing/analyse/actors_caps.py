"""ALL-CAPS lines and Title Case headlines, where capitals say nothing about names.

Such sentences are scanned after the rest of the article: only gazetteer entries,
names already found in the article (matched case-insensitively) and, in Title Case,
a given name followed by a capitalised word are taken.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from briefing.analyse.actors_classify import entry_seg
from briefing.analyse.actors_text import Seg, appears_lower, team_context, tokens
from briefing.analyse.actors_words import FUNCTION
from briefing.analyse.gazetteer import Gazetteer

# A wire dateline opening a line: "LONDON 1996-12-06", "WASHINGTON (Reuters)", "MINSK, ".
DATELINE_RE = re.compile(
    r"([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})(?= ?,| \d{4}-\d\d-\d\d| \((?:Reuters|AP|AFP)\)"
    r")"
)


# A fixtures line in capitals: "SEATTLE AT BOSTON": the visitors are a team, the hosts
# a place ("at Boston").
_FIXTURE_RE = re.compile(r"[A-Z][A-Z .'-]*( AT )[A-Z][A-Z .'-]*(?: \(.*\))?$")


def sentence_mode(text: str, start: int, end: int, caps_word: bool) -> str:
    """``caps`` for an ALL-CAPS sentence, ``title`` for a Title Case headline, else "".

    ``caps_word`` says whether the candidate that asks is itself ALL-CAPS; if not, the
    sentence cannot be ALL-CAPS. Only a whole short line can be a Title Case headline.
    """
    if caps_word:
        s = text[start:end]
        if s.upper() == s:
            return "caps" if sum(c.isalpha() for c in s[:40]) > 3 else ""
    if (
        end - start > 160
        or (start and text[start - 1] != "\n")
        or text[end : end + 1] not in ("", "\n")
    ):
        return ""
    s = text[start:end]
    words = s.split()
    if len(words) < 4 or any(c in s for c in ",;()0123456789"):
        return ""
    caps = 0
    for w in words:
        c = w[0]
        if c.isupper():
            caps += 1
        elif c.isalpha() and w.lower() not in FUNCTION:
            return ""
    return "title" if caps >= 3 and caps * 2 > len(words) else ""


def _known(drafts: Mapping[str, object]) -> tuple[dict[str, tuple[str, str, str]], int]:
    """Case-folded surface forms of the actors found so far -> (name, kind, reason)."""
    known: dict[str, tuple[str, str, str]] = {}
    surnames: dict[str, set[str]] = {}
    longest = 1
    for d in drafts.values():
        kind = d.kind  # type: ignore[attr-defined]
        name = d.name  # type: ignore[attr-defined]
        for _, _, form, reason in d.mentions:  # type: ignore[attr-defined]
            if reason in ("demonym", "reference"):
                continue
            known.setdefault(form.casefold(), (name, kind, reason))
            longest = max(longest, form.count(" ") + 1)
        if kind == "person" and " " in name:
            surnames.setdefault(name.rsplit(" ", 1)[-1].casefold(), set()).add(name)
    for key, names in surnames.items():
        if len(names) == 1 and key not in known:
            known[key] = (next(iter(names)), "person", "surname")
    return known, longest


def scan_deferred(
    text: str, runs: list[tuple[int, int, str]], drafts: Mapping[str, object], gaz: Gazetteer
) -> list[Seg]:
    """Segments for the candidate runs of ALL-CAPS and Title Case sentences."""
    known, longest = _known(drafts)
    limit = max(longest, gaz.max_words)
    out: list[Seg] = []
    for start, end, mode in runs:
        words = tokens(text, start, end)
        line_end = text.find("\n", end)
        fixture = mode == "caps" and _FIXTURE_RE.match(
            text, text.rfind("\n", 0, start) + 1, line_end if line_end >= 0 else len(text)
        )
        line_start = text.rfind("\n", 0, start) + 1
        if mode == "caps" and start == line_start:
            m = DATELINE_RE.match(text, start)
            if m:  # a dateline names a place, even where a team shares the name
                entry = gaz.folded.get(m.group(1).casefold())
                if entry is not None and entry.kind in ("place", "country"):
                    kind = "capital" if entry.capital_of else entry.kind
                    out.append(
                        Seg(
                            m.start(1),
                            m.end(1),
                            m.group(1),
                            kind,
                            entry.name,
                            entry.reason,
                            capital_of=entry.capital_of,
                        )
                    )
                elif entry is None:
                    out.append(Seg(m.start(1), m.end(1), m.group(1), "place", m.group(1).title()))
                if entry is None or entry.kind in ("place", "country"):
                    words = [w for w in words if w.start >= m.end(1)]
        i, n = 0, len(words)
        while i < n:
            step = 1
            for k in range(min(limit, n - i), 0, -1):
                form = " ".join(w.text for w in words[i : i + k])
                key = form.casefold() if mode == "caps" else form
                hit = known.get(form.casefold())
                if hit is not None and (
                    mode == "caps" or hit[2] != "surname" or k > 1 or form.istitle()
                ):
                    s, e = words[i].start, words[i + k - 1].end
                    reason = hit[2] if hit[2] in ("surname", "acronym", "alias") else "name"
                    out.append(Seg(s, e, text[s:e], hit[1], hit[0], reason, words=k))
                    step = k
                    break
                entry = (gaz.folded if mode == "caps" else gaz.entries).get(key)
                if (
                    entry is not None
                    and k == 1
                    and mode == "caps"
                    and (entry.kind in ("organization", "group") and appears_lower(key, text))
                ):
                    entry = None  # "TO BAT", "ICE HOCKEY": an ordinary word in capitals
                if entry is not None and (k > 1 or form.lower() not in FUNCTION):
                    seg = entry_seg(words, i, k, entry, text)
                    if seg.kind in ("place", "capital") and (
                        fixture
                        and seg.end <= fixture.start(1)
                        or team_context(text, seg.start, seg.end)
                    ):
                        seg.kind, seg.name, seg.capital_of = "organization", "", ""
                    out.append(seg)
                    step = k
                    break
            else:
                w = words[i].text
                if (
                    mode == "title"
                    and w in gaz.given_names
                    and i + 1 < n
                    and words[i + 1].text[0].isupper()
                    and words[i + 1].text.lower() not in FUNCTION
                ):
                    s, e = words[i].start, words[i + 1].end
                    out.append(Seg(s, e, text[s:e], "person", words=2))
                    step = 2
            i += step
    return out
