"""Actor extraction, top down: from an article's text to its ranked actors.

:func:`extract_actors` runs the stages in order:

1. :func:`candidate_segments`: one regex pass finds runs of capitalised words
   (:mod:`~briefing.analyse.actors.tokens`); each run is cut into typed segments
   (:mod:`~briefing.analyse.actors.segment`, :mod:`~briefing.analyse.actors.classify`),
   and places in results lines become teams (:mod:`~briefing.analyse.actors.teams`).
   Runs in ALL-CAPS lines and Title Case headlines wait
   (:mod:`~briefing.analyse.actors.headlines`).
2. :mod:`~briefing.analyse.actors.resolve` turns segments into drafts: surnames and
   "Mr X" join the full name seen earlier, capitals acting as a government and demonyms
   join their country, acronyms and "the alliance" join a named organization. A wrong
   merge is worse than a missed one.
3. The waiting headline runs are matched against what was found, then resolved.
4. :mod:`~briefing.analyse.actors.variants` joins "TimeWarner" and "Time Warner";
   :mod:`~briefing.analyse.actors.identity` gives a form several bodies share
   ("Treasury") to the one the article's context names, else keeps it as written.
5. :mod:`~briefing.analyse.actors.rank` ranks the drafts into actors.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analyse.actors.bounds import Bounds
from briefing.analyse.actors.cast import Cast
from briefing.analyse.actors.chunks import entry_kind, entry_seg
from briefing.analyse.actors.compounds import split_compounds, split_coordinated
from briefing.analyse.actors.context import prev_word, unit_after_number
from briefing.analyse.actors.defined import defined_names
from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.headlines import (
    Mode,
    Run,
    dateline,
    heading_mode,
    list_heading,
    scan_deferred,
    sentence_mode,
)
from briefing.analyse.actors.identity import settle
from briefing.analyse.actors.imperatives import NO_NAME, imperative_cut
from briefing.analyse.actors.lone import lone_words
from briefing.analyse.actors.lookup import word_info
from briefing.analyse.actors.owned import owned_as_orgs, venues_as_places
from briefing.analyse.actors.person_cues import kin_before
from briefing.analyse.actors.possessive import (
    COLLECTIVES,
    collective_possessive,
    possessive_ends,
    possessive_entry,
    possessive_stems,
    saint_possessive,
)
from briefing.analyse.actors.pronoun_kind import bodies_by_pronoun
from briefing.analyse.actors.qualified import join_qualified
from briefing.analyse.actors.rank import rank_actors
from briefing.analyse.actors.references import references
from briefing.analyse.actors.resolve import persons_first, resolve
from briefing.analyse.actors.segment import segment, single
from briefing.analyse.actors.teams import TEAM_PLACES, as_team_if_teamish, spread_teams, team_cue
from briefing.analyse.actors.tokens import CANDIDATE_ASCII_RE, CANDIDATE_RE, Seg, Word
from briefing.analyse.actors.variants import join_spellings
from briefing.analyse.actors.words import IMPERATIVES
from briefing.analyse.actors.works import without_works
from briefing.analyse.keypoint_rules import CAPTION_START
from briefing.model import Actor, Sentence

_QUOTES = " \t\"“‘'(«[-–—"


def extract_actors(
    text: str, sentences: Sequence[Sentence], gazetteer: Gazetteer
) -> tuple[Actor, ...]:
    """Actors sorted by salience (highest first), ids stable within the article.

    Ids are the slug of the canonical name ("jens-stoltenberg"), de-duplicated with a
    suffix; a known entity the article never calls by its canonical name is shown by
    the fullest name the article uses, the canonical one first among its aliases.
    Every mention's ``[start, end)`` indexes ``text`` and carries the reason it joined;
    mentions never overlap. Salience is explained by
    :func:`briefing.analyse.actors.rank.rank_actors`.

    Args:
        text: The article text every offset indexes.
        sentences: Its sentences (their starts mark sentence-initial capitals).
        gazetteer: From :func:`briefing.analyse.actors.gazetteer_cache.load_gazetteer`.
    """
    cast = Cast(text, gazetteer)
    bounds = Bounds(sentences, len(text))
    segs, deferred = candidate_segments(text, bounds, gazetteer)
    credits = credit_lines(text)
    segs = without_works(outside(segs, credits), text, gazetteer)
    owned_as_orgs(segs, text)
    venues_as_places(segs, text)
    spread_teams(segs, text, gazetteer)
    segs = split_coordinated(split_compounds(segs, text, gazetteer, bounds), text, gazetteer)
    segs = defined_names(segs, text)
    cues = persons_first(cast, segs)
    resolve(cast, segs, cues)
    if deferred:
        late = scan_deferred(text, deferred, cast.drafts.values(), gazetteer)
        resolve(cast, outside(late, credits))
    lone_words(cast)
    references(cast)
    join_spellings(cast)
    settle(cast)
    bodies_by_pronoun(cast, bounds)
    return rank_actors(cast)


def _count_unit(seg: Seg, text: str) -> bool:
    """True if ``seg`` (in capitals) is an acronym counting something after a number ("four RBI for
    the Mariners", "his 116th RBI ."): no actor (see ``context.unit_after_number``)."""
    s = seg.start
    return (
        s > 1 and text[s - 2].isalnum() and seg.words == 1 and unit_after_number(text, s, seg.end)
    )


# Abbreviations that open a name: the splitter's sentence start after one is a slip
# ("St. Peter's Square", "Mt. Everest").
_NAME_OPENING_ABBREVIATIONS = frozenset(("St.", "Ste.", "Mt.", "Ft."))


def article_name(scan: _Scan, s: int, e: int) -> bool:
    """Take the one-word name ``text[s:e]`` after the Arabic article written apart ("al
    Qaeda", "el Mouraby"; the caller saw " ?l " before it): the gazetteer's entry if "al"
    and the word are one, else an organization (never a person of the word after "al");
    not after "et" ("et al")."""
    text = scan.text
    if s < 4 or text[s - 4] != " " or text[s - 3] not in "ae" or text[s - 7 : s - 4] == " et":
        return False
    form = text[s - 3 : e]
    entry = scan.gaz.entries.get(form)
    if entry is not None:
        scan.segs.append(entry_seg([Word(s - 3, e, form)], 0, 1, entry, text))
    else:
        scan.segs.append(Seg(s - 3, e, form, "organization"))
    return True


def credit_lines(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of photo credit and caption label lines ("Photos: Getty
    Images", "Image Credit: …"): the agency or photographer is not part of the story."""
    lines: list[tuple[int, int]] = []
    if ":" not in text:
        return lines
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if ":" in line and CAPTION_START.match(text, start, end):
            lines.append((start, end))
        start = end + 1
    return lines


def outside(segs: list[Seg], lines: list[tuple[int, int]]) -> list[Seg]:
    """``segs`` less those starting inside one of ``lines``."""
    if not lines:
        return segs
    return [s for s in segs if not any(a <= s.start < b for a, b in lines)]


def candidate_segments(text: str, bounds: Bounds, gaz: Gazetteer) -> tuple[list[Seg], list[Run]]:
    """All segments of normal sentences (``bounds``), plus the ALL-CAPS/headline runs to do
    later."""
    scan = _Scan(text, bounds, gaz)
    first, ends, modes = scan.first, scan.ends, scan.modes
    caps_no: set[int] = set()  # sentences an ALL-CAPS word found not ALL-CAPS
    si = 0
    last = len(ends) - 1
    end_si = ends[0]
    several, one, deferred = scan.words, scan.word, scan.deferred
    stems = possessive_stems(gaz)
    owners = possessive_ends(text)
    found = (CANDIDATE_ASCII_RE if text.isascii() else CANDIDATE_RE).finditer(text)
    for m in found:
        s, e = m.span()
        if s < scan.covered:
            continue
        if s >= end_si:
            while si < last and s >= ends[si]:
                si += 1
            end_si = ends[si]
        group = m.group()
        if group[1:2] == "-" and group[0] in "DRI" and group[2:3].isupper():
            continue  # "Ana Ruiz, D-North Carolina,": a party and state tag, no actor
        if e in owners and ("St" in group or group in stems or group.endswith(COLLECTIVES)):
            e = scan.possessive(s, e)
            if e < 0:
                continue
            group = text[s:e]
        mode = modes.get(si) if s >= first[si] else scan.line_mode(s)
        if mode is None:  # the sentence's first candidate that can tell decides
            caps = group.isupper()
            at = first[si]
            if (
                not caps
                and at
                and text[at - 1] != "\n"
                and not (text[at - 3].isdigit() and list_heading(text, at))
            ):
                mode = modes[si] = ""  # sentence_mode: no headline starts mid-line
            elif caps and si in caps_no:
                mode = ""  # asked already for an ALL-CAPS word of this sentence
            else:
                mode = sentence_mode(text, at, end_si, caps)
                if mode or not caps:  # else an ALL-CAPS word in a normal sentence
                    modes[si] = mode
                else:
                    caps_no.add(si)  # else every caps word re-scans a long sentence
        if mode:
            deferred.append((s, e, mode))
        elif " " in group or "\u00a0" in group:
            several(s, e, group)
        else:
            one(s, e, group)
    return scan.segs, scan.deferred


class _Scan:
    """One pass over the candidates of an article, sentence by sentence.

    ``modes`` remembers per sentence whether it is ALL-CAPS or a headline; ``covered``
    is where the last segment ended when it reached past its candidate.
    """

    __slots__ = (
        "text", "gaz", "bounds", "starts", "first", "ends", "modes", "lines", "segs", "deferred",
        "covered",
    )  # fmt: skip

    def __init__(self, text: str, bounds: Bounds, gaz: Gazetteer) -> None:
        self.text = text
        self.gaz = gaz
        self.bounds = bounds
        self.first, self.ends = bounds.starts, bounds.ends
        self.starts = set(bounds.starts) if bounds.located else set()
        self.modes: dict[int, Mode] = {}
        self.lines: dict[int, Mode] = {}  # line start -> mode, for lines outside sentences
        self.segs: list[Seg] = []
        self.deferred: list[Run] = []
        self.covered = 0

    def line_mode(self, s: int) -> Mode:
        """The mode of a candidate outside every sentence (a heading's line): ``title`` when
        the line is in Title Case (:func:`heading_mode`), else "" (read as a sentence)."""
        text = self.text
        start = text.rfind("\n", 0, s) + 1
        mode = self.lines.get(start)
        if mode is None:
            end = text.find("\n", s)
            mode = self.lines[start] = heading_mode(text[start : end if end >= 0 else len(text)])
        return mode

    def add(self, seg: Seg) -> None:
        """Append ``seg``, first making it a team if it reads as one.

        Asked only for a place, or a name with a team cue (never a country): the
        callers tell, as they see every segment.
        """
        segs = self.segs
        as_team_if_teamish(seg, self.text, self.gaz, segs[-1] if segs else None)
        segs.append(seg)

    def possessive(self, s: int, e: int) -> int:
        """Where the candidate ``[s, e)`` ends, a possessive after it: -1 if it and the
        possessive make a gazetteer entry (taken here: "Moody's", "Lloyd's of London"), past
        it for a saint's name ("St David's Shopping Centre"), else ``e``."""
        text = self.text
        seg = possessive_entry(text, s, e, self.gaz)
        if seg is not None:
            self.segs.append(seg)
            self.covered = seg.end
            return -1
        if "S" in text[s:e]:
            e = self.covered = saint_possessive(text, s, e, self.gaz)
        else:  # "People's", "Women's" (collective_possessive checks the word)
            e = self.covered = collective_possessive(text, s, e)
        return e

    def dateline(self, s: int) -> bool:
        """Take the places of a wire dateline opening a line at ``s``, if there is one."""
        found = dateline(self.text, s, self.gaz)
        if found:
            self.segs.extend(found)
            self.covered = found[-1].end
        return bool(found)

    def words(self, s: int, e: int, group: str) -> None:
        """Segment the candidate ``text[s:e]`` of several words in a normal sentence."""
        text = self.text
        if (not s or text[s - 1] == "\n") and group.isupper() and self.dateline(s):
            return
        gaz, starts, segs, add = self.gaz, self.starts, self.segs, self.add
        if ". " in group:  # the sentence splitter may have put a sentence start inside
            spans = [(p[0].start, p[-1].end) for p in self.pieces(s, group)]
        else:
            spans = [(s, e)]
        parts: list[Seg] = []
        for ps, pe in spans:
            form = group if pe - ps == len(group) else text[ps:pe]
            first = initial(text, ps, starts)
            if first and " " in form and form[: form.find(" ")] in IMPERATIVES:
                cut = imperative_cut(ps, form, text, gaz)
                if cut == NO_NAME:
                    continue  # "Display Trust Signals such as …": an instruction
                if cut >= 0:  # "Watch Bush": the name after the verb
                    ps, form, first = ps + cut, form[cut:], False
            parts += segment(ps, form, text, gaz, self.bounds, first)
        if len(parts) > 1:
            parts = join_qualified(parts, text, gaz)  # "the U.S. Food and Drug …"
        for seg in parts:
            if seg.text.isupper() and _count_unit(seg, text):
                continue
            kind = seg.kind
            if kind == "country" or (
                kind not in TEAM_PLACES and not team_cue(text, seg.start, seg.end)
            ):
                segs.append(seg)  # not a team
            else:
                add(seg)
        if segs and segs[-1].end > e:
            self.covered = segs[-1].end

    def word(self, s: int, e: int, group: str) -> None:
        """Segment a one-word candidate: a known word mid-sentence, else :func:`single`."""
        text, gaz = self.text, self.gaz
        before = text[s - 1] if s else "\n"
        if before == " " and text[s - 2] == "l" and article_name(self, s, e):
            return  # "al Qaeda": the article written apart
        if before == "\n" and group.isupper() and len(group) > 2 and self.dateline(s):
            return
        if s in self.starts or not s:
            first = True
        elif s > 1 and before == " " and (text[s - 2].isalnum() or text[s - 2] in ",;"):
            first = False  # mid-sentence: the commonest case, decided here
        else:
            first = initial(text, s, self.starts)
        info = gaz.memo.get(group) or word_info(group, gaz)
        entry = None if first else info.entry
        if entry is None or group[-1] == "." or info.hyphen_lower or text[e : e + 1] == "$":
            seg = single(s, e, group, text, gaz, self.bounds, first, info)
            if seg is None:
                return
        elif group in gaz.given_any and kin_before(prev_word(text, s).lower(), group):
            seg = Seg(s, e, group, "person")  # "his son Jordan": not the country
        else:  # a gazetteer word mid-sentence: what single() would give, without asking again
            kind = entry_kind(entry)
            seg = Seg(
                s, e, group, kind, entry.name, entry.reason, list(entry.roles), "", entry.capital_of
            )
        if info.acronym and _count_unit(seg, text):
            return
        kind = seg.kind
        if kind in TEAM_PLACES or kind != "country" and team_cue(text, s, seg.end):
            self.add(seg)
        else:  # not a team
            self.segs.append(seg)
        if seg.end > e:
            self.covered = seg.end

    def pieces(self, s: int, group: str) -> list[list[Word]]:
        """The words of a candidate, cut where the sentence splitter put a sentence start."""
        words = []
        pos = s
        for part in group.replace("\u00a0", " ").split(" "):  # tokens(text, s, e)
            end = pos + len(part)
            words.append(Word(pos, end, part))
            pos = end + 1
        pieces = [[words[0]]]
        honorifics = self.gaz.honorifics
        for w in words[1:]:
            prior = pieces[-1][-1].text
            # A sentence start right after "W." or "Mr." is the splitter's slip.
            if w.start in self.starts and not (
                len(prior) == 2
                and prior[1] == "."
                or prior.rstrip(".") in honorifics
                or prior in _NAME_OPENING_ABBREVIATIONS
            ):
                pieces.append([])
            pieces[-1].append(w)
        return pieces


def initial(text: str, pos: int, starts: set[int]) -> bool:
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
