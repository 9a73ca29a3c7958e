"""Typing actor candidates: gazetteer matches, titles, and unknown chunks from context."""

from __future__ import annotations

import re

from briefing.analyse.actors_text import (
    CANDIDATE_RE,
    GIVEN_PARTICLES,
    JOINTS,
    ORG_HEADS,
    Seg,
    Word,
    appears_lower,
    institution_after,
    is_acronym,
    next_word,
    prev_word,
    prev_words,
)
from briefing.analyse.actors_words import (
    COMMON,
    DAYS_MONTHS,
    EVENT_HEADS,
    FUNCTION,
    LEGAL_FORMS,
    NOT_ORGS,
    PLACE_FIRST,
    PLACE_LAST,
    PLACE_PREPS,
    SPEECH,
    TEAM_WORDS,
)
from briefing.analyse.gazetteer import Entry, Gazetteer

# Endings of ordinary English words, never of a first name ("Finding", "Desperate").
_WORD_ENDINGS = (
    "ing",
    "ness",
    "ment",
    "tion",
    "sion",
    "ity",
    "ous",
    "ful",
    "less",
    "able",
    "ible",
    "ive",
    "ism",
    "ate",
    "ed",
    "ly",
)


def classify_chunk(words: list[Word], text: str, gaz: Gazetteer, seg: Seg) -> None:
    """Give an unknown chunk a kind from its words and context (sets ``seg.kind``)."""
    first = words[0].text
    last = words[-1].text
    suffixes, entries, memo = gaz.org_suffixes, gaz.entries, gaz.memo
    # One pass over the words for every fact the rules below need.
    n = 0
    joint = has_head = has_gaz = has_acronym = False
    heads = []
    for w in words:
        t = w.text
        if t[0].isupper():
            n += 1
        elif t in JOINTS:
            joint = True
        info = memo.get(t)
        if info is None:
            info = word_info(t, gaz)
        head = info[8]
        heads.append(head)
        if head:
            has_head = True
        if not has_gaz and t in entries:
            has_gaz = True
        if info[7]:
            has_acronym = True
    mixed = not all(w.text.isupper() for w in words) if has_acronym else True
    titled = bool(seg.honorific or seg.roles)
    if n > 1 and not titled:
        if last in EVENT_HEADS:
            seg.kind = "event"
            return
        placeish = last in PLACE_LAST and last not in suffixes or first in PLACE_FIRST
        if (
            placeish
            and not joint
            and first not in gaz.given_any
            and not any(w.text in ORG_HEADS or w.text in suffixes for w in words)
        ):
            seg.kind = "place"
            return
    if titled and not joint:
        if n == 1 and (
            first in suffixes
            or first in ORG_HEADS
            or first.lower() in COMMON
            or first in gaz.titles
        ):
            seg.kind = "unknown"  # "Commodore International", "Queen Mother": not a name
            return
        seg.kind = "person"
        return
    if n > 1 and (f"{first} {words[1].text}" in gaz.org_prefixes or first in gaz.org_prefixes):
        seg.kind = "organization"
        return
    if has_head and (n > 1 or first in TEAM_WORDS):  # not "the Office", "Transport"
        seg.kind = _joint_kind(words, heads, gaz) if joint else "organization"
        return
    if joint:
        seg.kind = "split"
        return
    if n > 1:
        if (
            first in gaz.given_any
            or first in gaz.surname_first
            or (words[1].text in GIVEN_PARTICLES)
            or (
                first[-1] == "."
                and first[0].isupper()
                and len(first) <= 4
                and getattr(entries.get(last), "kind", "") != "country"  # "N. Ireland"
            )
        ):
            seg.kind = "person"
            return
        if has_gaz or (has_acronym and mixed):
            seg.kind = "organization"
            return
        if n > 3 or prev_word(text, seg.start).lower() in ("the", "a", "an"):
            seg.kind = "organization"
            return
        if first.lower().endswith(_WORD_ENDINGS) or any(
            w.text.lower() in COMMON or appears_lower(w.text.lower(), text) for w in words
        ):
            seg.kind = "unknown"  # "Spirited Away", "Finding Neverland": ordinary words
            return
        if _title_follows(text, seg.end, gaz):
            seg.kind = "organization"  # "Liberal Democrat leader Charles Kennedy"
            return
        seg.kind = "person"
        if next_word(text, seg.end) not in SPEECH:
            seg.cue = "guess"  # kept only if the article confirms it (see actors._confirmed)
        return
    low = first.lower()
    classify_word(seg, text, gaz, low in COMMON or low in FUNCTION)


_MINUTE_RE = re.compile(r" \d{1,3}(?:st|nd|rd|th)\b(?! (?:century|anniversary|birthday|time))")
_NOT_PLACE_ENDINGS = ("ish", "ese", "ian", "ans", "ican", "ean", "ing")


def _title_follows(text: str, end: int, gaz: Gazetteer, word: str | None = None) -> bool:
    """True if a lower-case title and then a capitalised name follow ``end``.

    ``word`` is ``next_word(text, end)`` if the caller has it already.
    """
    if word is None:
        word = next_word(text, end)
    if not word or word not in gaz.title_firsts or not text[end + 1 : end + 2].islower():
        return False
    tail = text[end + 1 : end + 48].split()
    for k in (3, 2, 1):
        if len(tail) > k and " ".join(tail[:k]).lower() in gaz.lower_titles:
            return tail[k][:1].isupper()
    return False


def classify_word(seg: Seg, text: str, gaz: Gazetteer, common: bool) -> None:
    """Type a one-word unknown from its context (``common``: an ordinary English word)."""
    t, start, end = seg.text, seg.start, seg.end
    info = gaz.memo.get(t)
    if info[7] if info is not None else is_acronym(t):
        if t.replace(".", "") not in NOT_ORGS:
            seg.kind = "organization"
        return
    after = next_word(text, end)
    if _title_follows(text, end, gaz, after):
        seg.kind = "organization"  # "Vodafone chief executive Arun Sarin"
        return
    if after in SPEECH and not common:  # not "Officials said"
        seg.kind, seg.cue = "person", "speech"
    elif _MINUTE_RE.match(text, end):  # a scorer: "( Smicer 52nd )", "Becanovic 79th pen"
        seg.kind, seg.cue = "person", "speech"
    low = prev_word(text, start).lower()
    if low in gaz.title_tails:
        role = title_before(text, start, gaz)
        if role:
            seg.kind = "person"
            seg.roles.append(role)
    elif (
        seg.kind == "unknown"
        and low in PLACE_PREPS
        and "-" not in t
        and not t.endswith(_NOT_PLACE_ENDINGS)
        and not t.lower().endswith(_WORD_ENDINGS)
        and not appears_lower(t.lower(), text)
        and not (low == "to" and prev_word(text, start - 3).lower() == "according")
    ):
        seg.kind, seg.cue = "place", "prep"


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
            if (
                not any(heads[:j])
                and left
                and left[0].text not in gaz.org_prefixes
                and (f"{left[0].text} {w.text}" not in gaz.org_prefixes)
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
    n = min(
        len(words) - i,
        limit,
        gaz.spans.get(t, 1) if not t.isupper() else gaz.spans.get(t.casefold(), 1),
    )
    entries = gaz.entries
    texts = [w.text for w in words[i : i + n]] if n > 1 else None
    for k in range(n, 0, -1):
        form = t if k == 1 else " ".join(texts[:k])  # type: ignore[index]
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


def word_info(t: str, gaz: Gazetteer) -> tuple:
    """Context-free facts about a word, memoised in ``gaz.memo``.

    (0 entry, 1 stop word, 2 demonym, 3 common, 4 plain, 5 hyphenated lower-case ending,
    6 lower case, 7 acronym, 8 organization head, 9 in COMMON or FUNCTION, 10 the length
    :func:`gaz_match` gives the word alone, 11 the longest entry or title it may start,
    in words). ``plain``
    means nothing in the gazetteer, titles or word lists starts with it, so a run of
    plain words is one unknown chunk.
    """
    memo = gaz.memo
    if len(memo) > 200_000:
        memo.clear()
    # gaz_match of the word alone
    k, e = 1, gaz.entries.get(t)
    if e is None and len(t) > 3 and t.isupper():
        e = gaz.folded.get(t.casefold())
    if e is None:
        k = 0
        if t.endswith("."):
            e = gaz.entries.get(t[:-1])
            if e is not None and not is_acronym(t):
                k = -1
            else:
                e = None
    low = t.lower()
    stop = (
        low in FUNCTION or low in DAYS_MONTHS or t in gaz.titles or t.rstrip(".") in gaz.honorifics
    )
    common = (
        low in FUNCTION
        or low in COMMON
        or low in DAYS_MONTHS
        or len(low) > 4
        and low.endswith(("ing", "ly", "ed"))
    )
    demonym = t in gaz.demonyms
    hyphen_lower = "-" in t and t[t.rindex("-") + 1 :].islower()
    plain = (
        e is None
        and not stop
        and not demonym
        and t[0].isupper()
        and t not in gaz.spans
        and t.casefold() not in gaz.spans
        and t not in gaz.title_firsts
        and t not in EVENT_HEADS
        and t not in LEGAL_FORMS
        and not hyphen_lower
    )
    head = (
        t.rstrip(".") in gaz.org_suffixes
        or t in ORG_HEADS
        or (t[-1:] == "s" and t[:-1] in ORG_HEADS)
    )
    span = gaz.spans.get(t, 1) if not t.isupper() else gaz.spans.get(t.casefold(), 1)
    info = memo[t] = (
        e,
        stop,
        demonym,
        common,
        plain,
        hyphen_lower,
        low,
        is_acronym(t),
        head,
        low in COMMON or low in FUNCTION,
        k,
        span,
    )
    return info


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


DOTTED_SUFFIXES = frozenset(("Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Cos.", "L.P."))


def entry_seg(words: list[Word], i: int, k: int, e: Entry, text: str) -> Seg:
    """A segment for a gazetteer match of ``k`` words at ``i``."""
    start, end = words[i].start, words[i + k - 1].end
    last = words[i + k - 1].text
    if (
        text[end - 1] == "."
        and not e.name.endswith(".")
        and not is_acronym(text[start:end])
        and (last not in LEGAL_FORMS and last not in DOTTED_SUFFIXES)
    ):
        end -= 1
    kind = e.kind
    if e.capital_of and e.kind == "place":
        kind = "capital"
    return Seg(
        start,
        end,
        text[start:end],
        kind,
        e.name,
        e.reason,
        list(e.roles),
        capital_of=e.capital_of,
        words=k,
    )


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


def emit_chunk(
    chunk: list[Word], text: str, gaz: Gazetteer, out: list[Seg], roles: list[str], honorific: str
) -> None:
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
            if (
                chunk[j].text in gaz.given_names
                and chunk[j + 1].text[0].isupper()
                and all(x.text[0].isupper() for x in chunk[: j + 2])
            ):
                emit_chunk(chunk[:j], text, gaz, out, [], "")
                emit_chunk(chunk[j:], text, gaz, out, roles, honorific)
                return
    seg = Seg(start, end, form, "unknown", "", "name", list(roles), honorific, "", "", len(chunk))
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
                while part and not part[0].text[0].isupper():
                    part.pop(0)
                if part:
                    emit_chunk(part, text, gaz, out, roles, honorific)
                part = []
                roles, honorific = [], ""
            else:
                part.append(w)
        return
    out.append(seg)
