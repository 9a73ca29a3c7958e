"""Find name candidates with one compiled regex and split them into typed segments.

A candidate is a run of capitalised words, optionally joined by name particles
("Bank of England", "Steve van Vuuren"). Each run is cut into segments: gazetteer
matches, titles (kept as roles of the next person), demonyms, and unknown chunks
that :func:`classify_chunk` types from their words and surrounding context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.analyse.actors_words import (
    ACTS,
    COMMON,
    DAYS_MONTHS,
    EVENT_HEADS,
    FUNCTION,
    INSTITUTION_HEADS,
    INSTITUTIONS,
    LEGAL_FORMS,
    NOT_ORGS,
    PLACE_FIRST,
    PLACE_LAST,
    PLACE_PREPS,
    SPEECH,
)
from briefing.analyse.gazetteer import Entry, Gazetteer

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĘĚĞİĶĹĽŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ"
_ABBR = (
    "Mr|Mrs|Ms|Dr|St|Sen|Gov|Rep|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Jr|Sr|Prof|Rev|Co|Corp|Inc"
    "|Ltd|Bros|Mt|Ft|Messrs|Cmdr|Supt|Insp|Det|Hon|Gov|Fr"
)
_WORD = (
    rf"(?:(?:{_ABBR})\.(?!\w)"
    rf"|(?:[{_UP}]\.){{1,4}}(?!\w)"
    rf"|[{_UP}](?!\d)[^\W_]*(?:-[^\W_]+|['’](?!s\b)[^\W_]+|&[{_UP}]+)*)"
)
_CONN = (
    "of the|of|for the|for|and|&|de la|de|da|di|du|del|della|des|dos|do|van der|van den|van"
    "|von der|von|der|den|ter|la|le|bin|ibn|al|el|y"
)
_SEP = "[ \u00a0]"
# Frequent capitalised words that are never names alone: skipped inside the regex.
_SKIP = (
    "The|I|It|He|She|We|They|You|But|And|In|On|At|As|A|An|This|That|There|These|Those|If"
    "|However|Some|For|His|Her|Its|Their|Our|My|What|When|While|After|Before|So|One|Yet|Or"
    "|Not|No|All|Many|Most|Now|Then|Here|Also|With|From|By|To|Of|Last|Next|Other|Such"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April"
    "|June|July|August|September|October|November|December|I['’](?:m|ve|d|ll)"
)
CANDIDATE_RE = re.compile(
    rf"(?=[{_UP}])(?!(?:{_SKIP})(?:['’]s)?(?![\w&'’.-]| [{_UP}]))"
    rf"\b{_WORD}(?:{_SEP}(?:(?:{_CONN}){_SEP})*{_WORD})*"
)
_TOKEN_RE = re.compile(rf"{_WORD}|[^ \u00a0]+")

JOINTS = frozenset(("of", "of the", "for", "for the", "and", "&"))
_ORG_HEADS = frozenset(
    "Bank Ministry Department University College School Institute Council Commission"
    " Committee Agency Authority Association Federation Union League Party Board Court"
    " Corporation Company Group Office Service Museum Church Foundation Society Fund"
    " Organisation Organization Embassy Consulate Parliament Assembly Congress Senate"
    " Army Navy Police Club Academy Centre Center Hospital Trust Airlines Airways"
    " Times Post News Journal Herald Telegraph Tribune Gazette Daily Radio Television"
    " Network Records Studios Exchange Bureau Forces Front Movement Alliance Coalition"
    " Institution Press Holdings Industries Motors Systems Technologies Productions Films"
    " Pictures Entertainment Records Studios Labs Unit Liga Digest Markets"
    " Executive Government Treasury Exchequer Cabinet Commons".split()
)
_GIVEN_PARTICLES = frozenset(
    "de da di du del della des dos do van von der den ter la le bin ibn al el y".split()
)


@dataclass(slots=True)
class Word:
    """One token of a candidate: ``[start, end)`` and its text."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Seg:
    """A typed piece of a candidate.

    ``kind`` is an actor kind, or ``demonym``, ``capital`` (a capital city that may
    stand for its country) or ``unknown``. ``name`` is the gazetteer name, if any.
    """

    start: int
    end: int
    text: str
    kind: str
    name: str = ""
    reason: str = "name"
    roles: list[str] = field(default_factory=list)
    honorific: str = ""
    capital_of: str = ""
    cue: str = ""
    words: int = 1


def tokens(text: str, start: int, end: int) -> list[Word]:
    """Split the candidate ``text[start:end]`` on spaces into words with offsets."""
    out = []
    pos = start
    for part in text[start:end].replace("\u00a0", " ").split(" "):
        out.append(Word(pos, pos + len(part), part))
        pos += len(part) + 1
    return out


def next_word(text: str, end: int) -> str:
    """The lower-case word right after ``end`` (after one space), or punctuation."""
    if end >= len(text):
        return ""
    ch = text[end]
    if ch in "'’" and text[end + 1 : end + 3] in ("s ", "s", "s,", "s."):
        return "'s"
    if ch != " ":
        return ch
    stop = end + 1
    n = len(text)
    while stop < n and (text[stop].isalpha() or text[stop] in "'’-"):
        stop += 1
    word = text[end + 1 : stop]
    if word in ("'s", "’s"):
        return "'s"
    return word.lower() if word else text[end + 1 : end + 2]


def prev_words(text: str, start: int, count: int = 3) -> list[str]:
    """Up to ``count`` words before ``start`` (original case), nearest last."""
    chunk = text[max(0, start - 48) : start]
    if "\n" in chunk:
        chunk = chunk[chunk.rindex("\n") + 1 :]
    return chunk.split()[-count:]


def institution_after(text: str, end: int) -> str:
    """The lower-case institution noun phrase right after ``end`` ("embassy"), if any."""
    if end >= len(text) or text[end] != " ":
        return ""
    tail = text[end + 1 : end + 20]
    for noun in INSTITUTIONS:
        if tail.startswith(noun) and (len(tail) == len(noun) or not tail[len(noun)].isalpha()):
            return noun
    return ""


def is_common(word: str, text: str) -> bool:
    """True if a sentence-initial ``word`` is probably an ordinary word, not a name."""
    low = word.lower()
    if low in FUNCTION or low in COMMON or low in DAYS_MONTHS:
        return True
    if len(low) > 4 and low.endswith(("ing", "ly", "ed")):
        return True
    return f" {low} " in text or f" {low}," in text


def is_acronym(word: str) -> bool:
    """True for ALL-CAPS short words such as "BBC" or "U.S."."""
    letters = word.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


def classify_chunk(words: list[Word], text: str, gaz: Gazetteer, seg: Seg) -> None:
    """Give an unknown chunk a kind from its words and context (sets ``seg.kind``)."""
    first = words[0].text
    n = sum(1 for w in words if w.text[0].isupper())
    joint = any(w.text in JOINTS for w in words)
    last = words[-1].text
    if n > 1 and not (seg.honorific or seg.roles):
        if last in EVENT_HEADS:
            seg.kind = "event"
            return
        placeish = last in PLACE_LAST and last not in gaz.org_suffixes or first in PLACE_FIRST
        if placeish and not any(w.text in _ORG_HEADS or w.text in gaz.org_suffixes
                                for w in words):
            seg.kind = "place"
            return
    if (seg.honorific or seg.roles) and not joint:
        seg.kind = "person"
        return
    if n > 1 and (f"{first} {words[1].text}" in gaz.org_prefixes or first in gaz.org_prefixes):
        seg.kind = "organization"
        return
    heads = [w.text.rstrip(".") in gaz.org_suffixes or w.text in _ORG_HEADS for w in words]
    if any(heads):
        seg.kind = "organization"
        if joint:
            seg.kind = _joint_kind(words, heads, gaz)
        return
    if joint:
        seg.kind = "split"
        return
    if n > 1:
        if first in gaz.given_any or first in gaz.surname_first or (
            words[1].text in _GIVEN_PARTICLES
        ) or (
            first[-1] == "." and first[0].isupper() and len(first) <= 4
        ):
            seg.kind = "person"
            return
        mixed = not all(w.text.isupper() for w in words)
        if any(gaz.entries.get(w.text) is not None or mixed and is_acronym(w.text)
               for w in words):
            seg.kind = "organization"
            return
        if n > 3 or prev_word(text, seg.start).lower() in ("the", "a", "an"):
            seg.kind = "organization"
            return
        if any(w.text.lower() in COMMON or f" {w.text.lower()} " in text for w in words):
            seg.kind = "unknown"  # "Spirited Away", "Happy Holidays": ordinary words
            return
        seg.kind = "person"
        if next_word(text, seg.end) not in SPEECH:
            seg.cue = "guess"  # kept only if the article confirms it (see actors._confirmed)
        return
    # A single word: look at its context.
    if is_acronym(first):
        seg.kind = "unknown" if first.replace(".", "") in NOT_ORGS else "organization"
        return
    after = next_word(text, seg.end)
    if after in SPEECH:
        seg.kind = "person"
        seg.cue = "speech"
        return
    before = prev_words(text, seg.start, 2)
    if before:
        b = before[-1].lower()
        if b in PLACE_PREPS and "-" not in first and not (
            len(before) > 1 and before[-2].lower() == "according"
        ):
            seg.kind = "place"
            seg.cue = "prep"
            return
        if b.lower() in gaz.lower_titles:
            seg.kind = "person"
            seg.roles.append(before[-1])
            return
    seg.kind = "unknown"


def _joint_kind(words: list[Word], heads: list[bool], gaz: Gazetteer) -> str:
    """``organization`` if "of"/"and" join one name, ``split`` if they join two."""
    size = len(words)
    for j, w in enumerate(words):
        if w.text not in JOINTS or not 0 < j < size - 1:
            continue
        left = [x for x in words[:j] if x.text[0].isupper()]
        right = [x for x in words[j + 1 :] if x.text[0].isupper()]
        if w.text in ("of", "of the", "for", "for the"):
            # "Jeremy Philpott of the UK Patent Office": a person of an organization.
            if not any(heads[:j]) and left and left[0].text not in gaz.org_prefixes and (
                f"{left[0].text} {w.text}" not in gaz.org_prefixes
            ):
                return "split"
        elif (heads[j - 1] or gaz.entries.get(words[j - 1].text) is not None) and (
            not heads[-1] or len(right) > 1
        ):
            return "split"  # "Walt Disney Corporation and Saudi Arabian ..."
        elif len(left) > 1 and len(right) > 1 and not heads[-1]:
            return "split"
    return "organization"


def title_before(text: str, start: int, gaz: Gazetteer) -> str:
    """A title written just before a name ("Tory leader", "chief executive"), if any."""
    before = prev_words(text, start, 3)
    for k in range(len(before), 0, -1):
        form = " ".join(before[-k:])
        if form in gaz.titles or form.lower() in gaz.lower_titles:
            return form
    return ""


def gaz_match(words: list[Word], i: int, gaz: Gazetteer, limit: int) -> tuple[int, Entry | None]:
    """Longest gazetteer entry starting at word ``i`` (length in words, entry)."""
    t = words[i].text
    n = min(len(words) - i, limit, gaz.spans.get(t, 1) if not t.isupper()
            else gaz.spans.get(t.casefold(), 1))
    entries = gaz.entries
    for k in range(n, 0, -1):
        if k == 1:
            form = words[i].text
        else:
            form = " ".join(w.text for w in words[i : i + k])
        e = entries.get(form)
        if e is None and len(form) > 3 and form.isupper():
            e = gaz.folded.get(form.casefold())
        if e is not None:
            return k, e
        if form.endswith("."):
            e = entries.get(form[:-1])
            if e is not None and k == 1 and not is_acronym(form):
                return -1, e
    return 0, None


def title_match(words: list[Word], i: int, gaz: Gazetteer) -> int:
    """Length in words of the longest title starting at word ``i`` (0 if none).

    A lower-case title capitalised ("Producer", "Chief Executive") counts when a name follows.
    """
    t = words[i].text
    if t not in gaz.title_firsts:
        return 0
    n = min(len(words) - i, 4, gaz.spans.get(t, 1) if t[0].isupper() else 4)
    for k in range(n, 0, -1):
        form = t if k == 1 else " ".join(w.text for w in words[i : i + k])
        if form in gaz.titles or (i + k < len(words) and form.lower() in gaz.lower_titles):
            return k
    return 0


gaz_suffixes_dotted = frozenset(("Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Cos.", "L.P."))


def entry_seg(words: list[Word], i: int, k: int, e: Entry, text: str) -> Seg:
    """A segment for a gazetteer match of ``k`` words at ``i``."""
    start, end = words[i].start, words[i + k - 1].end
    last = words[i + k - 1].text
    if text[end - 1] == "." and not e.name.endswith(".") and not is_acronym(text[start:end]) and (
        last not in LEGAL_FORMS and last not in gaz_suffixes_dotted
    ):
        end -= 1
    kind = e.kind
    if e.capital_of and e.kind == "place":
        kind = "capital"
    return Seg(start, end, text[start:end], kind, e.name, e.reason, list(e.roles),
               capital_of=e.capital_of, words=k)


def acts_after(text: str, end: int) -> bool:
    """True if the name ending at ``end`` acts (possessive or followed by an acting verb)."""
    word = next_word(text, end)
    return word == "'s" or word in ACTS


def demonym_seg(w: Word, text: str, gaz: Gazetteer) -> Seg:
    """A demonym, or an institution named by one ("Chinese embassy in Washington")."""
    noun = institution_after(text, w.end)
    if not noun:
        return Seg(w.start, w.end, w.text, "demonym", gaz.demonyms[w.text], "demonym")
    end = w.end + 1 + len(noun)
    tail = text[end : end + 40]
    if tail.startswith(" in "):
        m = CANDIDATE_RE.match(text, end + 4)
        if m and gaz.entries.get(m.group()) is not None:
            end = m.end()
    name = text[w.start : end]
    seg = Seg(w.start, end, name, "organization", name, "name")
    seg.cue = noun.rsplit(" ", 1)[-1]
    return seg


def segment(words: list[Word], text: str, gaz: Gazetteer, initial: bool) -> list[Seg]:
    """Cut one candidate into typed segments (see module docstring)."""
    n = len(words)
    if n == 1:
        w = words[0]
        seg = single(w.start, w.end, w.text, text, gaz, initial)
        return [seg] if seg is not None else []
    out: list[Seg] = []
    roles: list[str] = []
    honorific = ""
    chunk: list[Word] = []
    limit = gaz.max_words

    def flush() -> None:
        nonlocal roles, honorific
        while chunk and not chunk[-1].text[0].isupper():
            chunk.pop()
        if chunk:
            emit_chunk(chunk[:], text, gaz, out, roles, honorific)
        chunk.clear()
        roles, honorific = [], ""

    i = 0
    if initial and n and gaz.entries.get(words[0].text) is None:
        first = words[0].text
        if not title_match(words, 0, gaz) and first.rstrip(".") not in gaz.honorifics and (
            is_common(first, text) and not (n > 1 and first in gaz.given_names)
        ):
            i = 1
        elif n > 1 and first not in gaz.given_names and not title_match(words, 0, gaz) and (
            gaz_match(words, 0, gaz, limit)[0] == 0
        ):
            # "Rival Sony ...": an adjective before a known name.
            nxt = gaz.entries.get(words[1].text)
            if nxt is not None and nxt.kind in ("organization", "country", "group"):
                i = 1
    while i < n:
        w = words[i]
        t = w.text
        if not t[0].isupper() and t != "&":
            if chunk:
                chunk.append(w)
            i += 1
            continue
        k, e = gaz_match(words, i, gaz, limit)
        if e is not None and k > 1 and title_match(words, i + k - 1, gaz) > 1:
            # "US Treasury Secretary John Snow": the title wins over "US Treasury".
            k, e = gaz_match(words, i, gaz, k - 1)
        if e is not None and k > 1 and chunk and e.kind == "organization" and all(
            (gaz.entries.get(x.text) or e).kind == "place" for x in chunk
        ):
            # "Kurdistan Democratic Party": a place before an organization's name.
            chunk.extend(words[i : i + k])
            i += k
            continue
        if e is not None and (k > 1 or k < 0 or not (chunk or e.ambiguous)):
            k = abs(k)
            # A place or country starting a longer name ("Manchester United", "China Daily").
            nxt = words[i + k] if i + k < n else None
            if nxt is not None and e.kind == "organization" and nxt.text in LEGAL_FORMS:
                flush()
                seg = entry_seg(words, i, k + 1, e, text)
                seg.reason = "alias"
                out.append(seg)
                i += k + 1
                continue
            if (
                nxt is not None and not chunk and nxt.text[0].isupper()
                and (e.kind == "place" or nxt.text.rstrip(".") in gaz.org_suffixes
                     or nxt.text in _ORG_HEADS)
                and nxt.text not in gaz.titles
                and gaz.entries.get(nxt.text) is None and nxt.text.lower() not in FUNCTION
                and nxt.text not in gaz.demonyms
            ):
                chunk.extend(words[i : i + k])
                i += k
                continue
            flush()
            if i + k < n and words[i + k].text in EVENT_HEADS and e.kind != "person":
                i += k + 1  # "U.S. Open", "Toshiba Classic": an event, not the country or firm
                continue
            if text[words[i + k - 1].end : words[i + k - 1].end + 1] != "$":  # "US$ 300"
                out.append(entry_seg(words, i, k, e, text))
            i += k
            continue
        tk = title_match(words, i, gaz)
        if tk and not (chunk and tk == 1 and t in gaz.org_suffixes):
            flush()
            roles = [" ".join(x.text for x in words[i : i + tk])]
            i += tk
            continue
        bare = t.rstrip(".")
        if bare in gaz.honorifics:
            flush()
            honorific = bare
            i += 1
            continue
        low = t.lower()
        if "-" in t and t[t.rindex("-") + 1 :].islower():  # "Oscar-winning Pulp Fiction"
            flush()
            i += 1
            continue
        if low in FUNCTION or low in DAYS_MONTHS and not (
            t in gaz.given_any and i + 1 < n and words[i + 1].text[0].isupper()
        ):
            flush()
            i += 1
            continue
        if t in gaz.demonyms and not chunk:
            # "Chinese Foreign Ministry" is one name; "Russian Dmitriy Bogdanov" is two.
            rest = [x.text for x in words[i + 1 : i + 5]]
            if not (rest and rest[0][0].isupper() and gaz.entries.get(rest[0]) is None
                    and any(x in _ORG_HEADS or x.rstrip(".") in gaz.org_suffixes
                            for x in rest)):
                flush()
                out.append(demonym_seg(w, text, gaz))
                i += 1
                continue
        if e is not None and chunk:
            chunk.append(w)
            i += 1
            continue
        chunk.append(w)
        i += 1
    flush()
    return out


def _static(t: str, gaz: Gazetteer) -> tuple[Entry | None, bool, bool, bool]:
    """Context-free facts about a one-word candidate: (entry, stop word, demonym, common)."""
    memo = gaz.memo
    if len(memo) > 200_000:
        memo.clear()
    _, e = gaz_match([Word(0, len(t), t)], 0, gaz, 1)
    low = t.lower()
    stop = (low in FUNCTION or low in DAYS_MONTHS or t in gaz.titles
            or t.rstrip(".") in gaz.honorifics)
    common = (low in FUNCTION or low in COMMON or low in DAYS_MONTHS
              or len(low) > 4 and low.endswith(("ing", "ly", "ed")))
    info = memo[t] = (e, stop, t in gaz.demonyms, common)
    return info


def single(start: int, end: int, t: str, text: str, gaz: Gazetteer, initial: bool
           ) -> Seg | None:
    """The fast path for a one-word candidate (most of them)."""
    info = gaz.memo.get(t)
    e, stop, demonym, common = info if info is not None else _static(t, gaz)
    if text[end : end + 1] == "$" or ("-" in t and t[t.rindex("-") + 1 :].islower()):
        return None  # "US$ 300"; "London-based", "Oscar-winning"
    if e is not None and not (e.ambiguous and initial and is_common(t, text)):
        return entry_seg([Word(start, end, t)], 0, 1, e, text)
    if initial and (common or is_common(t, text)):
        return None
    if stop:
        return None
    if demonym:
        return demonym_seg(Word(start, end, t), text, gaz)
    if len(t) == 2 and t[1] == ".":
        return None
    seg = Seg(start, end, t, "unknown")
    if is_acronym(t):
        if t.replace(".", "") not in NOT_ORGS:
            seg.kind = "organization"
        return seg
    if next_word(text, end) in SPEECH:
        seg.kind, seg.cue = "person", "speech"
    before = prev_word(text, start)
    low = before.lower()
    if low in gaz.title_tails:
        role = title_before(text, start, gaz)
        if role:
            seg.kind = "person"
            seg.roles.append(role)
    elif seg.kind == "unknown" and low in PLACE_PREPS and "-" not in t and not t.endswith(
        ("ish", "ese", "ian", "ans")
    ) and f" {t.lower()} " not in text and not (
        low == "to" and prev_word(text, start - 3).lower() == "according"
    ):
        seg.kind, seg.cue = "place", "prep"
    return seg


def prev_word(text: str, start: int) -> str:
    """The word right before ``start`` (separated by one space), or ""."""
    j = start - 1
    if j <= 0 or text[j] != " ":
        return ""
    k = max(text.rfind(" ", 0, j), text.rfind("\n", 0, j))
    return text[k + 1 : j]


def emit_chunk(chunk: list[Word], text: str, gaz: Gazetteer, out: list[Seg],
               roles: list[str], honorific: str) -> None:
    """Classify an unknown chunk; split it at "of"/"and" unless it is one name."""
    last = chunk[-1]
    if len(last.text) == 2 and last.text[1] == "." and len(chunk) > 1:
        last = Word(last.start, last.end - 1, last.text[:-1])
        chunk[-1] = last
    start, end = chunk[0].start, last.end
    form = text[start:end]
    entry = gaz.entries.get(form)
    if entry is not None:
        out.append(entry_seg(chunk, 0, len(chunk), entry, text))
        return
    if form in gaz.demonyms:
        out.append(Seg(start, end, form, "demonym", gaz.demonyms[form], "demonym"))
        return
    if len(chunk) > 2 and chunk[0].text not in gaz.given_names and not honorific:
        # "Former Oriole Jamie Moyer": the name starts at a given name inside the run.
        for j in range(1, len(chunk) - 1):
            if chunk[j].text in gaz.given_names and chunk[j + 1].text[0].isupper() and all(
                x.text[0].isupper() for x in chunk[: j + 2]
            ):
                emit_chunk(chunk[:j], text, gaz, out, [], "")
                emit_chunk(chunk[j:], text, gaz, out, roles, honorific)
                return
    seg = Seg(start, end, text[start:end], "unknown", roles=list(roles), honorific=honorific,
              words=len(chunk))
    classify_chunk(chunk, text, gaz, seg)
    if seg.kind == "person" and not seg.roles and prev_word(text, start).lower() in gaz.title_tails:
        role = title_before(text, start, gaz)
        if role:
            seg.roles.append(role)
    if seg.kind == "split":
        part: list[Word] = []
        for w in [*chunk, None]:
            if w is None or w.text in JOINTS:
                while part and not part[-1].text[0].isupper():
                    part.pop()
                if part:
                    emit_chunk(part, text, gaz, out, roles, honorific)
                part = []
                roles, honorific = [], ""
            else:
                part.append(w)
        return
    out.append(seg)


_SCORE_RE = re.compile(r" (?:\d{1,3}(?:-\d{1,3})?|[vV][sS]?\.?)(?=[ \n]|$)")


def team_context(text: str, start: int, end: int) -> bool:
    """True if a name stands in a results line: "Hamburg 1", "Lyon v Nice", "Surrey 128-4".

    In running prose ("Halo 2 has sold...") only a score like "2-1" counts.
    """
    m = _SCORE_RE.match(text, end)
    if m:
        if "-" in m.group():
            return True
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        return (line_end if line_end >= 0 else len(text)) - line_start <= 80
    before = text[max(0, start - 3) : start]
    return before in (" v ", " V ") or before.endswith("vs ")


def acronym_of(name: str) -> str:
    """Initials of the capitalised words of ``name`` ("World Health Organization" -> "WHO")."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


__all__ = [
    "CANDIDATE_RE", "INSTITUTION_HEADS", "Seg", "Word", "acronym_of", "acts_after",
    "is_acronym", "is_common", "prev_words", "segment", "single", "tokens",
]
