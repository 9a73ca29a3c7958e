"""Actor extraction: who is involved in an article, with every mention explained.

One regex pass finds capitalised candidates (:mod:`briefing.analyse.actors_text`),
they are cut into typed segments (:mod:`~briefing.analyse.actors_scan`,
:mod:`~briefing.analyse.actors_classify`; ALL-CAPS and headline lines in
:mod:`~briefing.analyse.actors_caps`), then resolved into actors
(:mod:`~briefing.analyse.actors_resolve`): surnames and "Mr X" join the full name seen
earlier, capitals acting as a government and demonyms join their country, acronyms and
"the alliance" join a named organization. A wrong merge is worse than a missed one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from briefing.analyse.actors_caps import DATELINE_RE, scan_deferred, sentence_mode
from briefing.analyse.actors_resolve import Cast, persons_first, references, resolve
from briefing.analyse.actors_scan import segment, single
from briefing.analyse.actors_text import (
    CANDIDATE_RE,
    Seg,
    Word,
    club_context,
    team_context,
)
from briefing.analyse.gazetteer import Gazetteer
from briefing.model import Actor, Mention, Sentence

_QUOTES = " \t\"“‘'(«[-–—"
_WEIGHT = {"demonym": 0.5, "reference": 0.5}
_KIND_WEIGHT = {"place": 0.6}  # a place is more often a setting than an actor
_SLUG_RE = re.compile(r"[^a-z0-9]+")
_TEAM_NEXT = frozenset("0123456789vV")


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


def _segments(
    text: str, sentences: Sequence[Sentence], gaz: Gazetteer
) -> tuple[list[Seg], list[tuple[int, int, str]]]:
    """All segments of normal sentences, plus the ALL-CAPS/headline runs to do later."""
    starts = {s.start for s in sentences}
    if sentences:
        first = [s.start for s in sentences]
        ends = [s.end for s in sentences]
    else:
        first, ends = [0], [len(text)]
    modes: dict[int, str] = {}
    caps_no: set[int] = set()
    segs: list[Seg] = []
    deferred: list[tuple[int, int, str]] = []
    si = 0
    last = len(ends) - 1
    end_si = ends[0]
    covered = 0
    memo = gaz.memo
    for m in CANDIDATE_RE.finditer(text):
        s, e = m.span()
        if s < covered:
            continue
        if s >= end_si:
            while si < last and s >= ends[si]:
                si += 1
            end_si = ends[si]
        group = m.group()
        mode = modes.get(si)
        if mode is None:
            caps = group.isupper()
            at = first[si]
            if not caps and at and text[at - 1] != "\n":
                mode = modes[si] = ""  # sentence_mode: no headline starts mid-line
            elif caps and si in caps_no:
                mode = ""  # asked already for an ALL-CAPS word of this sentence
            else:
                mode = sentence_mode(text, at, end_si, caps)
                if mode or not caps:
                    modes[si] = mode
                else:
                    caps_no.add(si)  # else every caps word re-scans a long sentence
        if mode:
            deferred.append((s, e, mode))
            continue
        before = text[s - 1] if s else "\n"
        if before == "\n" and group.isupper() and len(group) > 2:
            found = _dateline(text, s, gaz)
            if found:
                segs.extend(found)
                covered = found[-1].end
                continue
        if " " not in group and "\u00a0" not in group:
            if s in starts or not s:
                initial = True
            elif s > 1 and before == " " and (text[s - 2].isalnum() or text[s - 2] in ",;"):
                initial = False  # mid-sentence: the commonest case, decided here
            else:
                initial = _initial(text, s, starts)
            info = memo.get(group)
            entry = info[0] if info is not None and not initial else None
            if (
                entry is not None and group[-1] != "." and not info[5] and (text[e : e + 1] != "$")
            ):  # a gazetteer word mid-sentence: single() would give entry_seg's segment
                kind = entry.kind
                if entry.capital_of and kind == "place":
                    kind = "capital"
                seg = Seg(
                    s,
                    e,
                    group,
                    kind,
                    entry.name,
                    entry.reason,
                    list(entry.roles),
                    capital_of=entry.capital_of,
                )
            else:
                seg = single(s, e, group, text, gaz, initial)
            if seg is not None:
                kind = seg.kind
                if (
                    kind != "country"
                    and (kind in _PLACES or _team_cue(text, seg.start, seg.end))
                    and _teamish(seg, text, segs[-1] if segs else None)
                ):
                    as_team(seg, text, gaz)
                segs.append(seg)
                if seg.end > e:
                    covered = seg.end
            continue
        words = []
        pos = s
        for part in group.replace("\u00a0", " ").split(" "):  # tokens(text, s, e)
            words.append(Word(pos, pos + len(part), part))
            pos += len(part) + 1
        pieces = [words]
        if ". " in group:
            pieces = [[words[0]]]
            for w in words[1:]:
                prior = pieces[-1][-1].text
                # A sentence start right after "W." or "Mr." is the splitter's slip.
                if w.start in starts and not (
                    len(prior) == 2 and prior[1] == "." or prior.rstrip(".") in gaz.honorifics
                ):
                    pieces.append([])
                pieces[-1].append(w)
        for words in pieces:
            for seg in segment(words, text, gaz, _initial(text, words[0].start, starts)):
                kind = seg.kind
                if (
                    kind != "country"
                    and (kind in _PLACES or _team_cue(text, seg.start, seg.end))
                    and _teamish(seg, text, segs[-1] if segs else None)
                ):
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


_PLACES = frozenset(("place", "capital"))


def _team_cue(text: str, s: int, e: int) -> bool:
    """A digit or "v" after the name, or "v"/"vs" before it: worth asking team_context."""
    return (
        text[e : e + 1] == " " and text[e + 1 : e + 2] in _TEAM_NEXT or text[s - 2 : s - 1] in "vVs"
    )


def _teamish(seg: Seg, text: str, prev: Seg | None) -> bool:
    """True if a name stands for a sports team (results line, "beat", "( Club )")."""
    s, e = seg.start, seg.end
    if _team_cue(text, s, e) and team_context(text, s, e):
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


_SLUGS: dict[str, str] = {}


def _slug(name: str) -> str:
    slug = _SLUGS.get(name)
    if slug is None:
        if len(_SLUGS) > 50_000:
            _SLUGS.clear()
        plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
        slug = _SLUGS[name] = _SLUG_RE.sub("-", plain).strip("-") or "actor"
    return slug


def _finish(cast: Cast) -> tuple[Actor, ...]:
    """Rank the drafts into actors (salience, ids; see :func:`extract_actors`).

    A guessed person (capitalised words, no given name) with no second sign (a role or
    a mention that is not a plain name) keeps half its salience: foreign names are often
    unknown, so such actors are kept but ranked lower.
    """
    n = max(len(cast.text), 1)
    weight = _WEIGHT.get
    kind_weight = _KIND_WEIGHT.get
    ranked = []
    for d in cast.drafts.values():
        mentions = d.mentions
        if not mentions:
            continue
        confirmed = not d.guess or bool(d.roles)
        if len(mentions) > 1:
            mentions = sorted(mentions)
            kept = [mentions[0]]  # one mention per span
            for i in range(1, len(mentions)):
                if mentions[i][:2] != mentions[i - 1][:2]:
                    kept.append(mentions[i])
            mentions = kept
        salience = 0
        for m in mentions:
            salience += weight(m[3], 1.0) * (2.0 - m[0] / n)
        if not confirmed and not any(m[3] != "name" for m in d.mentions):
            salience *= 0.5
        salience *= kind_weight(d.kind, 1.0)
        ranked.append((-salience, mentions[0][0], d, mentions, salience))
    ranked.sort(key=_rank_key)
    seen: set[str] = set()
    out = []
    for _, _, d, mentions, salience in ranked:
        base = _slug(d.name)
        ident, k = base, 2
        while ident in seen:
            ident, k = f"{base}-{k}", k + 1
        seen.add(ident)
        name = d.name
        aliases = tuple(dict.fromkeys([m[2] for m in mentions if m[2] != name]))
        found = tuple([Mention(*m) for m in mentions])
        out.append(Actor(ident, name, d.kind, tuple(d.roles), aliases, found, round(salience, 3)))
    return tuple(out)


def _rank_key(r: tuple) -> tuple[float, int]:
    return r[0], r[1]


def extract_actors(
    text: str, sentences: Sequence[Sentence], gazetteer: Gazetteer
) -> tuple[Actor, ...]:
    """Actors sorted by salience (highest first), ids stable within the article.

    Ids are the slug of the name ("jens-stoltenberg"), de-duplicated with a suffix.
    Every mention's ``[start, end)`` indexes ``text`` and carries the reason it joined;
    mentions never overlap. Salience sums, over mentions, ``2 - start / len(text)`` (an
    early mention counts up to twice a late one), halved for demonym and reference
    mentions; places count 0.6, and a guessed person with no second sign 0.5.

    Args:
        text: The article text every offset indexes.
        sentences: Its sentences (their starts mark sentence-initial capitals).
        gazetteer: From :func:`briefing.analyse.gazetteer.load_gazetteer`.
    """
    cast = Cast(text, gazetteer)
    segs, deferred = _segments(text, sentences, gazetteer)
    persons_first(cast, segs)
    resolve(cast, segs)
    if deferred:
        resolve(cast, scan_deferred(text, deferred, cast.drafts, gazetteer))
    references(cast)
    return _finish(cast)
