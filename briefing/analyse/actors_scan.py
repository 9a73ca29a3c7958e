"""Cut candidates into typed segments: the per-candidate loop and its one-word fast path.

Each run of capitalised words is cut into segments: gazetteer matches, titles (kept as
roles of the next person), demonyms, and unknown chunks that
:func:`briefing.analyse.actors_classify.classify_chunk` types from words and context.
"""

from __future__ import annotations

from briefing.analyse.actors_classify import (
    classify_word,
    demonym_seg,
    emit_chunk,
    entry_seg,
    gaz_match,
    title_match,
    word_info,
)
from briefing.analyse.actors_text import (
    ORG_HEADS,
    Seg,
    Word,
    appears_lower,
    is_common,
    next_word,
    prev_word,
)
from briefing.analyse.actors_words import (
    DAYS_MONTHS,
    EVENT_HEADS,
    FUNCTION,
    LEGAL_FORMS,
    SPEECH,
)
from briefing.analyse.gazetteer import Gazetteer


def segment(words: list[Word], text: str, gaz: Gazetteer, initial: bool) -> list[Seg]:
    """Cut one candidate into typed segments (see module docstring)."""
    n = len(words)
    if n == 1:
        w = words[0]
        seg = single(w.start, w.end, w.text, text, gaz, initial)
        return [seg] if seg is not None else []
    out: list[Seg] = []
    memo = gaz.memo
    for w in words:
        info = memo.get(w.text)
        if info is None:
            info = word_info(w.text, gaz)
        if not info[4]:
            break
    else:  # only plain words ("Tony Blair"): one unknown chunk
        first = words[0].text
        if (
            initial
            and first not in gaz.given_names
            and (
                memo[first][3] or appears_lower(memo[first][6], text)  # is_common(first, text)
            )
        ):
            words = words[1:]
        emit_chunk(words, text, gaz, out, [], "")
        return out
    roles: list[str] = []
    honorific = ""
    chunk: list[Word] = []
    limit = gaz.max_words
    title_firsts = gaz.title_firsts

    role_at: list[Word] = []

    def flush() -> None:  # a no-op unless chunk, roles or honorific is set
        nonlocal roles, honorific
        while chunk and not chunk[-1].text[0].isupper():
            chunk.pop()
        if chunk:
            emit_chunk(chunk[:], text, gaz, out, roles, honorific)
        elif roles and role_at:
            ref = title_ref(role_at[0].start, role_at[-1].end, text)
            if ref is not None:
                out.append(ref)
        chunk.clear()
        role_at.clear()
        roles, honorific = [], ""

    i = 0
    if initial and n and gaz.entries.get(words[0].text) is None:
        first = words[0].text
        if (
            not title_match(words, 0, gaz)
            and first.rstrip(".") not in gaz.honorifics
            and (is_common(first, text) and not (n > 1 and first in gaz.given_names))
        ):
            i = 1
        elif (
            n > 1
            and first not in gaz.given_names
            and not title_match(words, 0, gaz)
            and (gaz_match(words, 0, gaz, limit)[0] == 0)
        ):
            # "Rival Sony ...": an adjective before a known name.
            nxt = gaz.entries.get(words[1].text)
            if nxt is not None and nxt.kind in ("organization", "country", "group"):
                i = 1
    while i < n:
        w = words[i]
        t = w.text
        info = memo.get(t)
        if info is None:
            info = word_info(t, gaz)
        if info[4]:  # plain: no entry, title, stop word or demonym starts here
            chunk.append(w)
            i += 1
            continue
        if not t[0].isupper() and t != "&":
            if chunk:
                chunk.append(w)
            i += 1
            continue
        if info[11] == 1:  # no longer entry starts here: the word's own match
            k, e = info[10], info[0]
        else:
            k, e = gaz_match(words, i, gaz, limit)
        if (
            e is not None
            and k > 1
            and words[i + k - 1].text in title_firsts
            and (title_match(words, i + k - 1, gaz) > 1)
        ):
            # "US Treasury Secretary John Snow": the title wins over "US Treasury".
            k, e = gaz_match(words, i, gaz, k - 1)
        if (
            e is not None
            and k > 1
            and chunk
            and e.kind == "organization"
            and all((gaz.entries.get(x.text) or e).kind == "place" for x in chunk)
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
                if chunk or roles or honorific:
                    flush()
                seg = entry_seg(words, i, k + 1, e, text)
                seg.reason = "alias"
                out.append(seg)
                i += k + 1
                continue
            if (
                nxt is not None
                and not chunk
                and nxt.text[0].isupper()
                and (
                    e.kind == "place"
                    or nxt.text.rstrip(".") in gaz.org_suffixes
                    or nxt.text in ORG_HEADS
                )
                and nxt.text not in gaz.titles
                and gaz.entries.get(nxt.text) is None
                and nxt.text.lower() not in FUNCTION
                and nxt.text not in gaz.demonyms
            ):
                chunk.extend(words[i : i + k])
                i += k
                continue
            if chunk or roles or honorific:
                flush()
            if i + k < n and words[i + k].text in EVENT_HEADS and e.kind != "person":
                i += k + 1  # "U.S. Open", "Toshiba Classic": an event, not the country or firm
                continue
            if text[words[i + k - 1].end : words[i + k - 1].end + 1] != "$":  # "US$ 300"
                out.append(entry_seg(words, i, k, e, text))
            i += k
            continue
        tk = title_match(words, i, gaz) if t in title_firsts else 0
        if tk and not (chunk and tk == 1 and t in gaz.org_suffixes):
            if chunk or roles or honorific:
                flush()
            roles = [" ".join(x.text for x in words[i : i + tk])]
            role_at.extend(words[i : i + tk])
            i += tk
            continue
        bare = t.rstrip(".")
        if bare in gaz.honorifics:
            if chunk or roles or honorific:
                flush()
            honorific = bare
            i += 1
            continue
        low = t.lower()
        if "-" in t and t[t.rindex("-") + 1 :].islower():  # "Oscar-winning Pulp Fiction"
            if chunk or roles or honorific:
                flush()
            i += 1
            continue
        if (
            low in FUNCTION
            or low in DAYS_MONTHS
            and not (t in gaz.given_any and i + 1 < n and words[i + 1].text[0].isupper())
        ):
            if chunk or roles or honorific:
                flush()
            i += 1
            continue
        if t in gaz.demonyms and not chunk:
            # "Chinese Foreign Ministry" is one name; "Russian Dmitriy Bogdanov" is two.
            rest = [x.text for x in words[i + 1 : i + 5]]
            if not (
                rest
                and rest[0][0].isupper()
                and gaz.entries.get(rest[0]) is None
                and any(x in ORG_HEADS or x.rstrip(".") in gaz.org_suffixes for x in rest)
            ):
                if chunk or roles or honorific:
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
    if chunk or roles or honorific:
        flush()
    return out


def title_ref(start: int, end: int, text: str) -> Seg | None:
    """A title standing alone after "the" ("the President said"): may name one person."""
    if prev_word(text, start).lower() != "the":
        return None
    return Seg(start, end, text[start:end], "title_ref")


def single(start: int, end: int, t: str, text: str, gaz: Gazetteer, initial: bool) -> Seg | None:
    """The fast path for a one-word candidate (most of them)."""
    info = gaz.memo.get(t)
    if info is None:
        info = word_info(t, gaz)
    if info[5] or text[end : end + 1] == "$":
        return None  # "London-based", "Oscar-winning"; "US$ 300"
    e = info[0]
    if initial:
        low = info[6]
        # is_common(t, text), computed at most once
        common_here = info[3] or appears_lower(low, text)
        if e is not None and not (e.ambiguous and common_here):
            return entry_seg([Word(start, end, t)], 0, 1, e, text)
        if common_here and not (
            next_word(text, end) in SPEECH
            and not info[9]  # "Lebed said ..."
            and not appears_lower(low, text)
        ):
            return None
    elif e is not None:
        return entry_seg([Word(start, end, t)], 0, 1, e, text)
    if info[1]:
        return title_ref(start, end, text) if t in gaz.titles else None
    if info[2]:
        return demonym_seg(Word(start, end, t), text, gaz)
    if len(t) == 2 and t[1] == ".":
        return None
    seg = Seg(start, end, t, "unknown")
    classify_word(seg, text, gaz, info[3])
    return seg
