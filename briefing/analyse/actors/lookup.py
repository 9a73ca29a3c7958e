"""Gazetteer look-ups of words: what a word is alone, the longest entry or title at a word.

:func:`word_info` gathers every context-free fact the rules ask about a word once, and
memoises it in ``gaz.memo`` (the same words recur across articles).
"""

from __future__ import annotations

from briefing.analyse.actors.gazetteer import Entry, Gazetteer, WordInfo
from briefing.analyse.actors.tokens import Word, is_acronym, named
from briefing.analyse.actors.words import CONTRACTIONS, EVENT_HEADS, LEGAL_FORMS, ORG_HEADS
from briefing.analyse.english import CALENDAR_WORDS, FUNCTION_WORDS, NEWS_WORDS, NOT_ACTORS

_MEMO_LIMIT = 200_000  # words remembered before the memo starts afresh


def _alone(t: str, gaz: Gazetteer) -> tuple[int, Entry | None]:
    """What :func:`gaz_match` gives for the word ``t`` by itself."""
    e = gaz.entries.get(t)
    if e is None and len(t) > 3 and t.isupper():
        e = gaz.folded.get(t.casefold())
    if e is not None:
        return 1, e
    if t.endswith("."):
        e = gaz.entries.get(t[:-1])
        if e is not None and not is_acronym(t):
            return -1, e
    return 0, None


def _is_plain(t: str, gaz: Gazetteer, hyphen_lower: bool) -> bool:
    """True if no multi-word entry, title or name word list starts with ``t``."""
    return (
        named(t)
        and t not in gaz.spans
        and t.casefold() not in gaz.spans
        and t not in gaz.title_firsts
        and t not in EVENT_HEADS
        and t not in LEGAL_FORMS
        and not hyphen_lower
    )


def word_info(t: str, gaz: Gazetteer) -> WordInfo:
    """The facts about the word ``t`` (see :class:`WordInfo`), memoised in ``gaz.memo``."""
    memo = gaz.memo
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
    k, e = _alone(t, gaz)
    low = t.lower()
    stop = (
        low in FUNCTION_WORDS
        or low in CALENDAR_WORDS
        or t in gaz.titles
        or t.rstrip(".") in gaz.honorifics
        or t in NOT_ACTORS
        or ("'" in t or "’" in t)
        and low.replace("’", "'") in CONTRACTIONS
    )
    common = (
        low in FUNCTION_WORDS
        or low in NEWS_WORDS
        or low in CALENDAR_WORDS
        or len(low) > 4
        and low.endswith(("ing", "ly", "ed"))
        and t not in gaz.given_any  # "Mohamed", "Kelly", "Irving": names, not -ed/-ly words
    )
    demonym = t in gaz.demonyms
    hyphen_lower = "-" in t and compound(t)
    plain = e is None and not stop and not demonym and _is_plain(t, gaz, hyphen_lower)
    head = (
        t.rstrip(".") in gaz.org_suffixes
        or t in ORG_HEADS
        or (t[-1:] == "s" and t[:-1] in ORG_HEADS)
    )
    span = gaz.spans.get(t, 1) if not t.isupper() else gaz.spans.get(t.casefold(), 1)
    info = memo[t] = WordInfo(
        e,
        stop,
        demonym,
        common,
        plain,
        hyphen_lower,
        low,
        is_acronym(t),
        head,
        low in NEWS_WORDS or low in FUNCTION_WORDS,
        k,
        span,
    )
    return info


def info_of(t: str, gaz: Gazetteer) -> WordInfo:
    """The memoised facts about ``t``, computed on first use."""
    info = gaz.memo.get(t)
    return info if info is not None else word_info(t, gaz)


def gaz_match(words: list[Word], i: int, gaz: Gazetteer, limit: int) -> tuple[int, Entry | None]:
    """Longest gazetteer entry starting at word ``i`` (length in words, entry).

    The length is -1 for a one-word entry matched without its full stop ("Corp.").
    """
    t = words[i].text
    n = min(
        len(words) - i,
        limit,
        gaz.spans.get(t, 1) if not t.isupper() else gaz.spans.get(t.casefold(), 1),
    )
    texts = [w.text for w in words[i : i + n]]
    memo = _MATCHES[0]
    if memo[0] is not gaz:
        memo = _MATCHES[0] = (gaz, {})
    key = " ".join(texts)  # words hold no spaces: the key tells its n words apart
    found = memo[1].get(key)
    if found is None:
        if len(memo[1]) > _MEMO_LIMIT:
            memo[1].clear()
        found = memo[1][key] = _longest(texts, gaz)
    return found


# (gazetteer, the words asked about joined by spaces -> the longest entry at their start):
# swapped whole when the gazetteer changes.
_MATCHES: list = [(None, {})]


def _longest(texts: list[str], gaz: Gazetteer) -> tuple[int, Entry | None]:
    """:func:`gaz_match` for exactly the words ``texts``."""
    if not texts:
        return 0, None
    entries = gaz.entries
    t = texts[0]
    for k in range(len(texts), 0, -1):
        form = t if k == 1 else " ".join(texts[:k])
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


# Lower-case tails of compounds ("London-based", "Oscar-winning") and heads that make a
# compound whatever follows ("Anti-war", "Ex-wife"); a short other tail is a name part,
# as in hyphenated given names ("Ka-ming", "Tsz-wai").
COMPOUND_TAILS = frozenset(
    """based led run era born made owned backed style type like wide free up in on off out
    back year old day war bound rich poor rule area zone wing sized class level scale term
    time way side held wide linked funded allied friendly only elect designate""".split()
)
COMPOUND_HEADS = frozenset(
    """Anti Pro Non Ex Post Pre Mid Self Co Multi Cross Semi Sub Super Counter Inter Over
    Under Half All Well Long Short High Low Far Re Un Neo Pan Vice Then Once""".split()
)


def compound(t: str) -> bool:
    """True if ``t`` ends in a lower-case part that makes it a compound, not a name."""
    cut = t.rindex("-")
    tail = t[cut + 1 :]
    if not tail.islower():
        return False
    head = t[: t.index("-")]
    return (
        len(tail) > 5 or tail in COMPOUND_TAILS or head in COMPOUND_HEADS or not head[:1].isupper()
    )
