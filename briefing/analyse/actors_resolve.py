"""Resolving typed segments into actors: names, surnames, capitals, acronyms, references.

A lone surname or "Mr X" joins the one person of that surname named before it (a wrong
merge is worse than a missed one, so two candidates leave it unattached); a capital that
acts ("Beijing's ...", "Washington said") joins its country; an acronym joins the
organization whose initials it spells; "the alliance" joins the one organization named
earlier that the gazetteer says it may stand for.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from briefing.analyse.actors_text import Seg, acronym_of, acts_after, is_acronym
from briefing.analyse.actors_words import FUNCTION
from briefing.analyse.gazetteer import Gazetteer


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


class Cast:
    """The actors of one article, keyed by (kind family, name)."""

    def __init__(self, text: str, gaz: Gazetteer) -> None:
        self.text = text
        self.gaz = gaz
        self.drafts: dict[str, Draft] = {}
        self.surnames: dict[str, list[tuple[int, str]]] = {}
        self.heads: dict[str, list[tuple[int, str]]] = {}
        self.org_words: dict[str, str] = {}
        self.initials: dict[str, list[str]] = {}
        self.role_owners: dict[str, list[str]] = {}

    def get(self, name: str, kind: str) -> Draft:
        """The draft for ``name``, created on first use."""
        d = self.drafts.get(name)
        if d is None:
            d = self.drafts[name] = Draft(name, kind)
            if kind in ("organization", "group") and " " in name:
                self.initials.setdefault(acronym_of(name), []).append(name)
        elif d.kind == "place" and kind == "country":
            d.kind = kind
        return d

    def add_roles(self, d: Draft, roles: Sequence[str]) -> None:
        """Give ``d`` the roles, indexed for "the President"-style references."""
        for r in roles:
            if r not in d.roles:
                d.roles.append(r)
                self.role_owners.setdefault(r.lower(), []).append(d.name)

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
        # Owners are distinct keys in order of first mention: two are enough to decide
        # (linear in the owners consulted, not in all of them: "Smith" x 10,000).
        before = _two_keys(key for first, key in takewhile(lambda o: o[0] < pos, owners))
        pool = before or _two_keys(key for _, key in owners)
        return next(iter(pool)) if len(pool) == 1 else None


def _two_keys(keys: Iterable[str]) -> set[str]:
    """The first two distinct keys (or fewer)."""
    out: set[str] = set()
    for key in keys:
        out.add(key)
        if len(out) == 2:
            break
    return out


def persons_first(cast: Cast, segs: list[Seg]) -> None:
    """Register multi-word person names so lone surnames can find them.

    Also note the first word of multi-word organizations ("Cairn" of "Cairn Energy").
    """
    orgs: dict[str, set[str]] = {}
    owned: dict[str, set[str]] = {}  # surname -> keys already in cast.surnames[surname]
    titled: list[Seg] = []
    for seg in segs:
        if seg.kind == "person" and seg.words == 1 and (seg.roles or seg.honorific):
            titled.append(seg)
        if seg.kind == "organization" and seg.words > 1:
            first = seg.text.split(" ", 1)[0]
            if first[0].isupper() and first.lower() not in FUNCTION:
                orgs.setdefault(first, set()).add(seg.name or seg.text)
        if seg.kind == "person" and seg.words > 1:
            key = seg.name or cast.person_key(seg.text)
            d = cast.get(key, "person")
            cast.add_roles(d, seg.roles)
            parts = key.split()
            surnames = [parts[-1]]
            if parts[0] in cast.gaz.surname_first and len(parts) <= 3:
                surnames.append(parts[0])  # "Xi" of "Xi Jinping"
            for last in surnames:
                owners = cast.surnames.setdefault(last, [])
                known = owned.get(last)
                if known is None:
                    known = owned[last] = {k for _, k in owners}
                if key not in known:
                    known.add(key)
                    owners.append((seg.start, key))
    for seg in titled:
        # "President Bush" with no full name anywhere: "Bush" owns the surname itself.
        cast.surnames.setdefault(seg.text, [(seg.start, seg.text)])
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


_NAMED_KINDS = frozenset(("country", "organization", "group", "place", "person"))
_PLACE_KINDS = frozenset(("place", "capital", "country"))


def resolve(cast: Cast, segs: list[Seg]) -> None:
    """Turn typed segments into actor mentions (see the module docstring)."""
    text = cast.text
    cues = _single_kinds(segs)
    drafts = cast.drafts
    prev: Seg | None = None
    for seg in segs:
        kind = seg.kind
        name = seg.name
        if name and kind in _NAMED_KINDS and (seg.words != 1 or kind not in _PLACE_KINDS):
            # The common case, as below: a gazetteer name (not a one-word place).
            d = drafts.get(name)
            if d is None or d.kind == "place" and kind == "country":
                d = cast.get(name, kind)
            if seg.roles:
                cast.add_roles(d, seg.roles)
            d.mentions.append((seg.start, seg.end, seg.text, seg.reason))
            if seg.cue:
                cast.heads.setdefault(seg.cue, []).append((seg.start, name))
            prev = seg
            continue
        if (
            seg.words == 1
            and kind in ("place", "capital")
            and seg.reason == "alias"
            and (seg.text in cast.org_words and seg.text not in cast.surnames)
        ):
            # "Baikal" alone where "Baikal Finance Group" is named: the firm, not the lake.
            cast.get(cast.org_words[seg.text], "organization").add(
                seg.start, seg.end, seg.text, "alias"
            )
            prev = seg
            continue
        if (
            seg.words == 1
            and kind in ("place", "capital", "country")
            and (kind != "country" or _ambiguous(cast, seg.text))
            and seg.text in cast.surnames
        ):
            owner = cast.surname_owner(seg.text, seg.start)  # "Washington" for MaliVai Washington
            if owner:
                cast.get(owner, "person").add(seg.start, seg.end, seg.text, "surname")
            prev = seg
            continue
        if seg.name and kind in ("country", "organization", "group", "place", "person"):
            d = cast.get(seg.name, kind)
            cast.add_roles(d, seg.roles)
            d.add(seg.start, seg.end, seg.text, seg.reason)
            if seg.cue:
                cast.heads.setdefault(seg.cue, []).append((seg.start, seg.name))
        elif kind == "capital":
            if acts_after(text, seg.end):
                cast.get(seg.capital_of, "country").add(seg.start, seg.end, seg.text, "capital")
            else:
                cast.get(seg.name, "place").add(seg.start, seg.end, seg.text, seg.reason)
        elif kind == "title_ref":
            _resolve_title(cast, seg)
        elif kind == "demonym":
            cast.get(seg.name, "country").add(seg.start, seg.end, seg.text, "demonym")
        elif kind == "person" and seg.words > 1:
            key = cast.person_key(seg.text)
            fresh = key not in cast.drafts or not cast.drafts[key].mentions
            d = cast.get(key, "person")
            d.guess = (fresh or d.guess) and seg.cue == "guess" and not seg.roles
            cast.add_roles(d, seg.roles)
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


def _resolve_title(cast: Cast, seg: Seg) -> None:
    """ "the President" joins the one person named earlier with that role, if exactly one."""
    named = dict.fromkeys(cast.role_owners.get(seg.text.lower(), ()))
    owners = [
        d
        for d in map(cast.drafts.__getitem__, named)
        if d.kind == "person" and d.mentions and min(m[0] for m in d.mentions) < seg.start
    ]
    if len(owners) == 1:
        owners[0].add(seg.start, seg.end, seg.text, "title")


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
            cast.add_roles(d, seg.roles)
            reason = "surname" if owner != seg.text else "name"
            d.add(seg.start, seg.end, seg.text, "title" if seg.honorific else reason)
        return  # ambiguous: attach to neither
    if kind == "person" or seg.honorific:
        d = cast.get(seg.text, "person")
        cast.add_roles(d, seg.roles)
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
    names = cast.initials.get(letters)
    return names[0] if names else None


def references(cast: Cast) -> None:
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
        if (
            pos < covered
            or (k and taken[k - 1][1] > pos)
            or (k < len(taken) and taken[k][0] < -neg_end)
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
