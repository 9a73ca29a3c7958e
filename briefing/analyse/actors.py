"""Actor extraction: who is involved in an article, with every mention explained.

One regex pass finds capitalised candidates (:mod:`briefing.analyse.actors_text`),
segments are typed from the gazetteer and context, then resolved into actors:
surnames and "Mr X" join the full name seen earlier, capitals acting as a government
and demonyms join their country, acronyms and "the alliance" join a named
organization. A wrong merge is worse than a missed one, so ambiguity drops a mention.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefing.analyse.actors_caps import DATELINE_RE, scan_deferred, sentence_mode
from briefing.analyse.actors_scan import segment, single
from briefing.analyse.actors_text import (
    CANDIDATE_RE,
    Seg,
    acronym_of,
    acts_after,
    club_context,
    is_acronym,
    team_context,
    tokens,
)
from briefing.analyse.actors_words import FUNCTION
from briefing.analyse.gazetteer import Gazetteer
from briefing.model import Actor, Mention, Sentence

_QUOTES = " \t\"“‘'(«[-–—"
_WEIGHT = {"demonym": 0.5, "reference": 0.5}
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_TEAM_NEXT = frozenset("0123456789vV")


@dataclass(slots=True)
class Draft:
    """An actor being assembled."""

    name: str
    kind: str
    guess: bool = False
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, str, str]] = field(default_factory=list)

    def add(self, start: int, end: int, text: str, reason: str) -> None:
        """Record one mention as (start, end, text, reason)."""
        self.mentions.append((start, end, text, reason))

    def role(self, roles: Sequence[str]) -> None:
        """Record roles not yet seen."""
        for r in roles:
            if r not in self.roles:
                self.roles.append(r)


class Cast:
    """The actors of one article, keyed by (kind family, name)."""

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self.text = text
        self.gaz = gaz
        self.drafts: dict[str, Draft] = {}
        self.surnames: dict[str, list[tuple[int, str]]] = {}
        self.heads: dict[str, list[tuple[int, str]]] = {}
        self.org_words: dict[str, str] = {}

    def get(self, name: str, kind: str) -> Draft:
        """The draft for ``name``, created on first use."""
        d = self.drafts.get(name)
        if d is None:
            d = self.drafts[name] = Draft(name, kind)
        elif d.kind == "place" and kind == "country":
            d.kind = kind
        return d

    def person_key(self, name: str) -> str:
        """Merge "George W. Bush" with "George Bush": same first and last word."""
        parts = name.split()
        if len(parts) > 2:
            short = f"{parts[0]} {parts[-1]}"
            if short in self.drafts and self.drafts[short].kind == "person":
                return short
        return name

    def surname_owner(self, surname: str, pos: int) -> str | None:
        """The one person whose surname this is (preferring names seen before ``pos``)."""
        owners = self.surnames.get(surname)
        if not owners:
            return None
        before = {key for first, key in owners if first < pos}
        pool = before or {key for _, key in owners}
        return next(iter(pool)) if len(pool) == 1 else None


def _initial(text: str, pos: int, starts: set[int]) -> bool:
    """True if ``pos`` opens a sentence or line (after any quotes or brackets)."""
    if pos in starts or pos == 0:
        return True
    if pos > 1 and text[pos - 1] == " " and (text[pos - 2].isalnum() or text[pos - 2] in ",;"):
        return False
    q = pos
    while q > 0 and text[q - 1] in _QUOTES:
        q -= 1
        if q in starts:
            return True
    return q == 0 or text[q - 1] == "\n"


def _segments(text: str, sentences: Sequence[Sentence], gaz: Gazetteer
              ) -> tuple[list[Seg], list[tuple[int, int, str]]]:
    """All segments of normal sentences, plus the ALL-CAPS/headline runs to do later."""
    starts = {s.start for s in sentences}
    bounds = [(s.start, s.end) for s in sentences] or [(0, len(text))]
    modes: dict[int, str] = {}
    segs: list[Seg] = []
    deferred: list[tuple[int, int, str]] = []
    si = 0
    last = len(bounds) - 1
    covered = 0
    for m in CANDIDATE_RE.finditer(text):
        s, e = m.span()
        if s < covered:
            continue
        if s >= bounds[si][1]:
            while si < last and s >= bounds[si][1]:
                si += 1
        group = m.group()
        mode = modes.get(si)
        if mode is None:
            caps = group.isupper()
            mode = sentence_mode(text, bounds[si][0], bounds[si][1], caps)
            if mode or not caps:
                modes[si] = mode
        if mode:
            deferred.append((s, e, mode))
            continue
        if (s == 0 or text[s - 1] == "\n") and group.isupper() and len(group) > 2:
            found = _dateline(text, s, gaz)
            if found:
                segs.extend(found)
                covered = found[-1].end
                continue
        if " " not in group and "\u00a0" not in group:
            seg = single(s, e, group, text, gaz, s in starts or _initial(text, s, starts))
            if seg is not None:
                if seg.kind != "country" and _teamish(seg, text, segs[-1] if segs else None):
                    as_team(seg, text, gaz)
                segs.append(seg)
                if seg.end > e:
                    covered = seg.end
            continue
        words = tokens(text, s, e)
        pieces = [words]
        if ". " in group:
            pieces = [[words[0]]]
            for w in words[1:]:
                if w.start in starts:
                    pieces.append([])
                pieces[-1].append(w)
        for words in pieces:
            new = segment(words, text, gaz, _initial(text, words[0].start, starts))
            for seg in new:
                if seg.kind != "country" and _teamish(seg, text, segs[-1] if segs else None):
                    as_team(seg, text, gaz)
                segs.append(seg)
        if segs and segs[-1].end > e:
            covered = segs[-1].end
    return segs, deferred


_REGION_RE = re.compile(
    r" ?, ([A-Z][A-Za-z]*\.?(?: [A-Z][A-Za-z]*\.?)?)(?= ?\.?$| ?\.? ?\n| \d{4}-)", re.M
)


def _dateline(text: str, start: int, gaz: Gazetteer) -> list[Seg]:
    """Places of a wire dateline at a line start: "MONTGOMERY , Ala .", "LONDON 1996-12-06"."""
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


def _teamish(seg: Seg, text: str, prev: Seg | None) -> bool:
    """True if a name stands for a sports team (results line, "beat", "( Club )")."""
    s, e = seg.start, seg.end
    if (text[e : e + 1] == " " and text[e + 1 : e + 2] in _TEAM_NEXT
            or text[s - 2 : s - 1] in "vVs") and team_context(text, s, e):
        return True
    if seg.kind in ("place", "capital") and seg.words <= 3:
        if prev is not None and prev.kind == "person" and text[prev.end : s].strip() == "(":
            return True  # "Enzo Scifo ( Lille )": a player's club
        return club_context(text, s, e)
    return False


def as_team(seg: Seg, text: str, gaz: Gazetteer) -> None:
    """Make a name in a results line a team (organization), unless it is a golfer-like person."""
    if seg.kind == "person":
        first = seg.text.split(" ", 1)[0]
        if seg.roles or seg.honorific or first in gaz.given_any or "." in first:
            return
        digits = text[seg.end + 1 : seg.end + 4].split(" ", 1)[0]
        if digits.isdigit() and int(digits) >= 60:
            return
    if seg.kind in ("person", "place", "capital", "unknown", "organization"):
        seg.kind, seg.name, seg.reason, seg.capital_of = "organization", "", "name", ""


def _persons_first(cast: Cast, segs: list[Seg]) -> None:
    """Register multi-word person names so lone surnames can find them.

    Also note the first word of multi-word organizations ("Cairn" of "Cairn Energy").
    """
    orgs: dict[str, set[str]] = {}
    for seg in segs:
        if seg.kind == "person" and seg.words == 1 and (seg.roles or seg.honorific):
            # "President Bush" with no full name: "Bush" owns the surname itself.
            cast.surnames.setdefault(seg.text, [(seg.start, seg.text)])
        if seg.kind == "organization" and seg.words > 1:
            first = seg.text.split(" ", 1)[0]
            if first[0].isupper() and first.lower() not in FUNCTION:
                orgs.setdefault(first, set()).add(seg.name or seg.text)
        if seg.kind == "person" and seg.words > 1 and not seg.name:
            key = cast.person_key(seg.text)
            d = cast.get(key, "person")
            d.role(seg.roles)
            parts = seg.text.split()
            surnames = [parts[-1]]
            if parts[0] in cast.gaz.surname_first and len(parts) <= 3:
                surnames.append(parts[0])  # "Xi" of "Xi Jinping"
            for last in surnames:
                owners = cast.surnames.setdefault(last, [])
                if all(k != key for _, k in owners):
                    owners.append((seg.start, key))
    for first, names in orgs.items():
        if len(names) == 1:
            cast.org_words[first] = next(iter(names))


def _single_kinds(segs: list[Seg]) -> dict[str, str]:
    """Single words that a verb of speech marked as a person somewhere ("Campese said")."""
    kinds: dict[str, str] = {}
    for seg in segs:
        if seg.words == 1 and seg.cue == "speech" and not seg.name:
            kinds.setdefault(seg.text, seg.kind)
    return kinds


def _resolve(cast: Cast, segs: list[Seg]) -> None:
    text = cast.text
    cues = _single_kinds(segs)
    prev: Seg | None = None
    for seg in segs:
        kind = seg.kind
        if seg.words == 1 and kind in ("place", "capital") and seg.reason == "alias" and (
            seg.text in cast.org_words and seg.text not in cast.surnames
        ):
            # "Baikal" alone where "Baikal Finance Group" is named: the firm, not the lake.
            cast.get(cast.org_words[seg.text], "organization").add(
                seg.start, seg.end, seg.text, "alias")
            prev = seg
            continue
        if seg.words == 1 and kind in ("place", "capital", "country") and (
            kind != "country" or _ambiguous(cast, seg.text)
        ) and seg.text in cast.surnames:
            owner = cast.surname_owner(seg.text, seg.start)  # "Washington" for MaliVai Washington
            if owner:
                cast.get(owner, "person").add(seg.start, seg.end, seg.text, "surname")
            prev = seg
            continue
        if seg.name and kind in ("country", "organization", "group", "place", "person"):
            d = cast.get(seg.name, kind)
            d.role(seg.roles)
            d.add(seg.start, seg.end, seg.text, seg.reason)
            if seg.cue:
                cast.heads.setdefault(seg.cue, []).append((seg.start, seg.name))
        elif kind == "capital":
            if acts_after(text, seg.end):
                cast.get(seg.capital_of, "country").add(seg.start, seg.end, seg.text, "capital")
            else:
                cast.get(seg.name, "place").add(seg.start, seg.end, seg.text, seg.reason)
        elif kind == "demonym":
            cast.get(seg.name, "country").add(seg.start, seg.end, seg.text, "demonym")
        elif kind == "person" and seg.words > 1:
            key = cast.person_key(seg.text)
            fresh = key not in cast.drafts or not cast.drafts[key].mentions
            d = cast.get(key, "person")
            d.guess = (fresh or d.guess) and seg.cue == "guess" and not seg.roles
            d.role(seg.roles)
            d.add(seg.start, seg.end, seg.text, "name")
        elif kind in ("person", "unknown"):
            _resolve_single(cast, seg, cues.get(seg.text, kind))
        elif kind == "organization":
            owner = _acronym_owner(cast, seg, prev)
            if owner:
                cast.drafts[owner].add(seg.start, seg.end, seg.text, "acronym")
            else:
                cast.get(seg.text, "organization").add(seg.start, seg.end, seg.text, "name")
        elif kind == "place":
            owner = cast.surname_owner(seg.text, seg.start)
            if owner:
                cast.get(owner, "person").add(seg.start, seg.end, seg.text, "surname")
            else:
                cast.get(seg.text, "place").add(seg.start, seg.end, seg.text, "name")
        prev = seg


def _ambiguous(cast: Cast, form: str) -> bool:
    entry = cast.gaz.entries.get(form)
    return entry is not None and entry.ambiguous


def _resolve_single(cast: Cast, seg: Seg, kind: str) -> None:
    org = cast.org_words.get(seg.text)
    if org and not seg.honorific and not seg.roles and seg.text not in cast.surnames:
        cast.get(org, "organization").add(seg.start, seg.end, seg.text, "alias")
        return
    owners = cast.surnames.get(seg.text)
    if owners:
        owner = cast.surname_owner(seg.text, seg.start)
        if owner:
            d = cast.get(owner, "person")
            d.role(seg.roles)
            reason = "surname" if owner != seg.text else "name"
            d.add(seg.start, seg.end, seg.text, "title" if seg.honorific else reason)
        return  # ambiguous: attach to neither
    if kind == "person" or seg.honorific:
        d = cast.get(seg.text, "person")
        d.role(seg.roles)
        d.add(seg.start, seg.end, seg.text, "title" if seg.honorific else "name")
    elif kind == "place":
        cast.get(seg.text, "place").add(seg.start, seg.end, seg.text, "name")


def _acronym_owner(cast: Cast, seg: Seg, prev: Seg | None) -> str | None:
    """The organization an acronym stands for, if its initials match one named earlier."""
    if seg.words != 1 or not is_acronym(seg.text):
        return None
    letters = seg.text.replace(".", "")
    if prev is not None and prev.kind == "organization" and prev.words > 1:
        between = cast.text[prev.end : seg.start].strip()
        if between == "(" and acronym_of(prev.text).upper().startswith(letters[:2]):
            return prev.name or prev.text
    for d in cast.drafts.values():
        if d.kind in ("organization", "group") and " " in d.name:
            if acronym_of(d.name) == letters:
                return d.name
    return None


def _references(cast: Cast) -> None:
    """Add "the alliance"-style mentions for organizations named in the article.

    Only the phrases of organizations already found (and "the embassy"-style nouns of
    institutions found) are searched, with ``str.find``.
    """
    gaz, text = cast.gaz, cast.text
    phrases = {p for name in cast.drafts for p in gaz.phrases.get(name, ())}
    phrases.update(f"the {head}" for head in cast.heads)
    if not phrases:
        return
    hits = []
    size = len(text)
    for phrase in phrases:
        for form in {phrase, phrase[:1].upper() + phrase[1:]}:
            i = text.find(form)
            while i >= 0:
                j = i + len(form)
                if (i == 0 or not text[i - 1].isalnum()) and (j == size or not text[j].isalnum()):
                    hits.append((i, -j, phrase))
                i = text.find(form, j)
    taken = sorted((m[0], m[1]) for d in cast.drafts.values() for m in d.mentions)
    starts = [t[0] for t in taken]
    covered = -1
    for pos, neg_end, phrase in sorted(hits):
        k = bisect.bisect_right(starts, pos)
        if pos < covered or (k and taken[k - 1][1] > pos) or (
            k < len(taken) and taken[k][0] < -neg_end
        ):
            continue  # overlaps a name already found ("Metropolitan Police")
        covered = -neg_end
        last: dict[str, int] = {}
        for name in gaz.references.get(phrase, ()):
            d = cast.drafts.get(name)
            if d is not None:
                seen = [x[0] for x in d.mentions if x[0] < pos and x[3] != "reference"]
                if seen:
                    last[name] = max(seen)
        if phrase[:4] == "the ":
            for p, name in cast.heads.get(phrase.rsplit(" ", 1)[-1], ()):
                if p < pos:
                    last[name] = max(p, last.get(name, -1))
        if len(last) == 1:  # two candidates: a wrong merge is worse than none
            cast.drafts[next(iter(last))].add(pos, covered, text[pos:covered], "reference")


_SLUGS: dict[str, str] = {}


def _slug(name: str) -> str:
    slug = _SLUGS.get(name)
    if slug is None:
        if len(_SLUGS) > 50_000:
            _SLUGS.clear()
        plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
        slug = _SLUGS[name] = _SLUG_RE.sub("-", plain).strip("-") or "actor"
    return slug


def _confirmed(d: Draft) -> bool:
    """False for a guessed person (capitalised words, no given name) with no second sign.

    Such actors are kept (foreign names are often unknown) but ranked lower.
    """
    return not d.guess or bool(d.roles) or any(m[3] != "name" for m in d.mentions)


def _finish(cast: Cast) -> tuple[Actor, ...]:
    n = max(len(cast.text), 1)
    ranked = []
    for d in cast.drafts.values():
        if not d.mentions:
            continue
        mentions = sorted(d.mentions)
        if len(mentions) > 1:  # one mention per span
            mentions = [m for i, m in enumerate(mentions)
                        if i == 0 or m[:2] != mentions[i - 1][:2]]
        weight = _WEIGHT.get
        salience = sum(weight(m[3], 1.0) * (2.0 - m[0] / n) for m in mentions)
        if not _confirmed(d):
            salience *= 0.5
        ranked.append((-salience, mentions[0][0], d, mentions, salience))
    ranked.sort(key=lambda r: (r[0], r[1]))
    seen: set[str] = set()
    out = []
    for _, _, d, mentions, salience in ranked:
        base = _slug(d.name)
        ident, k = base, 2
        while ident in seen:
            ident, k = f"{base}-{k}", k + 1
        seen.add(ident)
        aliases = tuple(dict.fromkeys(m[2] for m in mentions if m[2] != d.name))
        out.append(Actor(ident, d.name, d.kind, tuple(d.roles), aliases,
                         tuple(Mention(*m) for m in mentions), round(salience, 3)))
    return tuple(out)


def extract_actors(text: str, sentences: Sequence[Sentence], gazetteer: Gazetteer
                   ) -> tuple[Actor, ...]:
    """Actors sorted by salience (highest first), ids stable within the article.

    Ids are the slug of the name ("jens-stoltenberg"), de-duplicated with a suffix.
    Every mention's ``[start, end)`` indexes ``text`` and carries the reason it joined.
    """
    cast = Cast(text, gazetteer)
    segs, deferred = _segments(text, sentences, gazetteer)
    _persons_first(cast, segs)
    _resolve(cast, segs)
    if deferred:
        _resolve(cast, scan_deferred(text, deferred, cast.drafts, gazetteer))
    _references(cast)
    return _finish(cast)
