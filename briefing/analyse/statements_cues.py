"""Reporting cues: one trie-shaped regex over the article, cues per sentence unit."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analyse.attribution_words import (
    AUXILIARIES,
    CUE_MEDIA,
    CUE_TAILS,
    EVIDENCE_BARE,
    SPEECH_FORMS,
    STATE_FORMS,
    WEAK_BARE,
)
from briefing.analyse.statements_fast_regex import words_at_start
from briefing.analyse.statements_forms import _Form

# Bare weak lemmas ("state", "report", "plan") are far more often nouns: left out.
_FORMS = sorted(
    {
        f
        for f, lemma in (SPEECH_FORMS | STATE_FORMS).items()
        if f != lemma or lemma not in WEAK_BARE or lemma in EVIDENCE_BARE
    },
    key=len,
    reverse=True,
)


# form -> (lemma, form as the cue keeps it, internal state?); _FORM_READ adds what the
# form decides (a statements_forms._Form), looked up once per cue
_FORM_INFO = {f: (SPEECH_FORMS.get(f) or STATE_FORMS[f], f, f not in SPEECH_FORMS) for f in _FORMS}
_FORM_INFO["according to"] = _FORM_INFO["According to"] = ("according to", "according to", False)
_FORM_READ = {f: (*info, _Form(info[1], info[0])) for f, info in _FORM_INFO.items()}

# English words by first letter, most frequent first: the regex tries the top-level
# branches in this order (the output does not depend on it, only the speed).
_INITIALS = "taoswicbphfmdrlengyuvjkqzx"
_RANK = {c: i for i, c in enumerate(_INITIALS + _INITIALS.upper())}


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation shaped as a trie (the regex engine tries far fewer branches)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, top: bool = False) -> str:
        end = "" in node
        keys = sorted(k for k in node if k)
        if top:
            keys.sort(key=lambda ch: _RANK.get(ch, len(_RANK)))
        parts = [re.escape(ch) + build(node[ch]) for ch in keys]
        if not parts:
            return ""
        if end:  # "(?:…|)" matches as "(?:…)?" does; the engine runs a branch faster
            return "(?:" + "|".join(parts) + "|)"
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return build(trie, top=True)


# "according to" joins the trie: one alternation fewer for the engine at each position.
_CUE_BODY = "(?:" + _trie_pattern([*_FORMS, "according to", "According to"]) + r")\b(?![-’'])"
# The cues are those of "(?<!\w)" + _CUE_BODY, found in three scans that the regex engine
# runs far faster: at the text's start, after a space (a literal the engine scans for
# quickly) and after any other non-word character (ASCII ones by a bitmap, others
# checked by "(?<=\W)"). Cues do not overlap (no cue starts with a multi-word cue's
# later word), so the three together are what one scan finds.
_ASCII_NON_WORD = "".join(chr(c) for c in range(128) if not (chr(c).isalnum() or chr(c) in "_ "))
_CUE_START = re.compile(_CUE_BODY)
_CUE_AFTER_SPACE = re.compile(" " + _CUE_BODY)
_CUE_AFTER_OTHER = re.compile(
    "[" + re.escape(_ASCII_NON_WORD) + "\x80-\U0010ffff]" + r"(?<=\W)" + _CUE_BODY
)
# The third scan's candidates, found once over the whole text in bytes where every
# character but an ASCII letter, digit, "_" or space is one mark byte (non-ASCII ones are
# encoded as "?" first): the engine scans for that literal, far faster than for a set of
# characters. A cue after a non-word character is a mark then the cue's letters, so every
# such cue starts at a candidate (no test after the letters: a stretch may end inside a
# word); each candidate is checked with _CUE_AFTER_OTHER up to its stretch's end.
# Most marks are followed by a space, a digit, another mark or a capital no form starts
# with: the look-ahead for a form's first letter (which the trie's first branch also
# tests) rejects those at once, before the trie tries each of its first branches.
_MARK = b"\x01"
_TO_MARKS = bytes.maketrans(_ASCII_NON_WORD.encode(), _MARK * len(_ASCII_NON_WORD))
_FORM_INITIALS = "".join(sorted({f[0] for f in [*_FORMS, "according to", "According to"]}))
_MARKED_CUE = re.compile(
    _MARK
    + f"(?=[{_FORM_INITIALS}])".encode()
    + _trie_pattern([*_FORMS, "according to", "According to"]).encode()
)
_TAIL_RE = re.compile(
    r"\s+(?:in\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(re.escape(t) for t in CUE_MEDIA)
    + r")|"
    + "|".join(re.escape(t) for t in CUE_TAILS)
    + r")\b(?![’'])",
    re.I,
)
# Characters after a cue's space that start no tail (the tails start i, o, w, l, e, t, m, f, s).
_NO_TAIL = frozenset("abcdghjknpqruvxyzABCDGHJKNPQRUVXYZ0123456789,.;:“”\"'’‘()")
# The first three letters of a tail other than "in …" (lower case).
_TAIL_STARTS = frozenset(t[:3] for t in CUE_TAILS if not t.startswith("in "))


def _may_tail(text: str, at: int) -> bool:
    """False if no tail can start at ``at`` (after the space following a cue): a cheap
    test of its first characters before ``_TAIL_RE``."""
    head = text[at : at + 3]
    if head[:1] in _NO_TAIL:
        return False
    if not head.isascii() or head[:1].isspace():
        return True  # case-folded non-ASCII letters, more spaces: the regex decides
    low = head.lower()
    return low in _TAIL_STARTS or (low[:2] == "in" and low[2:].isspace())


_CLITIC = re.compile(r"(?<=\w)[’'](?:s|ve|re|d|ll) $")
_WORD_BEFORE = re.compile(r"([A-Za-z]+(?:[’']t)?) $")

# Auxiliaries an adverb outside AUXILIARIES may follow inside the cue.
_AUX_VERBS = frozenset(
    "has have had will would could can may might should must did does do is are was were".split()
)
_GO_ON_TO = re.compile(words_at_start("go goes went gone going".split()) + r"\s+on\s+to\s+$")
_PROGRESSIVE = re.compile(words_at_start("is are was were am been be".split()) + r"\s+$")
_MEDIUM_SAYING = re.compile(
    words_at_start(r"issued released put\s+out sent sent\s+out posted published".split())
    + r"\s+an?\s+"
    r"(?:[\w-]+\s+)?(?:statement|letter|e-?mail|tweet|message|memo|video)\s+$"
)


_BLANK = _Form("", "")  # the tests of a cue built without a form (an auxiliary's start)


@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    lemma: str
    form: str
    state: bool
    read: _Form = _BLANK  # what the form decides (see statements_forms)


def _all_cues(text: str, quotes: Sequence[tuple[int, int, int]] = ()) -> list[tuple[int, int, str]]:
    """Every cue word of the text starting outside the quotations ``quotes`` (sorted,
    disjoint ``(start, end, …)`` stretches), once.

    Only the stretches between quotations are scanned, each from the last character of
    the quotation before it (its closing mark may precede a cue) to the first of the
    quotation after it (the cue's final look-ahead sees the opening mark)."""
    first = _CUE_START.match(text)
    found = [(0, first.end(), first.group())] if first is not None else []
    low = 0
    for a, b, *_ in quotes:
        _scan(text, low, a + 1, found)
        low = b - 1
    _scan(text, low, len(text), found)
    _add_after_marks(text, quotes, found)
    found.sort()  # the scans never find one cue twice and cues never overlap (tested)
    return found


def _scan(text: str, low: int, high: int, found: list[tuple[int, int, str]]) -> None:
    """Add the cues after a space in ``[low, high)``."""
    for m in _CUE_AFTER_SPACE.finditer(text, low, high):
        start, end = m.span()
        found.append((start + 1, end, text[start + 1 : end]))


def _add_after_marks(
    text: str, quotes: Sequence[tuple[int, int, int]], found: list[tuple[int, int, str]]
) -> None:
    """Add the cues after a non-word character other than a space that _scan's stretches
    hold: _MARKED_CUE's candidates over the whole text (a mark byte is only ever the
    first byte of a match, so no match hides one), each checked with _CUE_AFTER_OTHER up
    to the end of its stretch."""
    marks = text.encode("ascii", "replace").translate(_TO_MARKS)  # one byte a character
    candidates = [m.start() for m in _MARKED_CUE.finditer(marks)]
    if not candidates:
        return
    lows = [0, *(q[1] - 1 for q in quotes)]
    highs = [*(q[0] + 1 for q in quotes), len(text)]
    after_other = _CUE_AFTER_OTHER.match
    for at in candidates:
        i = bisect_right(lows, at) - 1
        if at < highs[i]:  # inside the stretch from lows[i]: not in a quotation
            cue = after_other(text, at, highs[i])
            if cue is not None:
                found.append((cue.start() + 1, cue.end(), cue.group()[1:]))


def _cues(found: list[tuple[int, int, str]]) -> list[_Cue]:
    """Reporting cues from ``found`` (cues outside quotations), in order."""
    info = _FORM_READ
    out = []
    new = object.__new__
    for start, end, form in found:
        # what _Cue(start, end, *info[form]) builds, its fields stored here: cheaper
        cue = new(_Cue)
        cue.start = start
        cue.end = end
        cue.lemma, cue.form, cue.state, cue.read = info[form]
        out.append(cue)
    return out


def _extend_aux(text: str, lo: int, cue: _Cue) -> int:
    """Pull auxiliaries and adverbs before the cue into it ("has also said")."""
    start = cue.start
    while True:
        low = lo if lo > start - 20 else start - 20
        before = text[start - 1] if start > low else ""
        if before == " ":  # the usual case, without the regex: a plain word and a space
            k = text.rfind(" ", low, start - 1) + 1
            word = text[k or low : start - 1]
            if word.isascii() and word.isalpha():
                if word.lower() not in AUXILIARIES:
                    # _adverb_after_aux's first test inline: most words end otherwise
                    if word[-2:] != "ly" or not _adverb_after_aux(text, low, k, word):
                        return start
                start = k or low
                continue
            last = word[-1:]
            if not (last.isascii() and last.isalpha()):
                return start  # _WORD_BEFORE needs a letter before the space
        elif before != "\n":
            return start
        m = _WORD_BEFORE.search(text, low, start)
        if m is None or m.group(1).lower() not in AUXILIARIES:
            return start
        start = m.start(1)


def _adverb_after_aux(text: str, low: int, k: int, word: str) -> bool:
    """True if ``word`` (starting at ``k``) is an adverb after an auxiliary ("has
    consistently said", "would only say"): an -ly word or "only" after one."""
    if not (word.endswith("ly") and word.islower()) or k <= low + 1:
        return False
    j = text.rfind(" ", low, k - 1) + 1
    return text[j or low : k - 1].lower() in _AUX_VERBS


def ends_in(text: str, low: int, end: int, letters: str) -> bool:
    """True if the last non-space character of ``[low, end)`` is one of ``letters``
    (a cheap test before a regex anchored at ``end``)."""
    while end > low and text[end - 1].isspace():
        end -= 1
    return end > low and text[end - 1] in letters


def cue_bounds(text: str, lo: int, cue: _Cue, hi: int) -> tuple[int, int]:
    """The cue's span with its auxiliaries, "went on to", "is", "issued a statement" before
    it and a medium, day or particle after it ("said in a statement", "agreed with")."""
    read = cue.read
    cue_start = _extend_aux(text, lo, cue)
    before = text[cue_start - 1] if cue_start > lo else ""
    if before == " " and read.clitic:
        near = text[max(lo, cue_start - 5) : cue_start]
        if "’" in near or "'" in near:
            clitic = _CLITIC.search(text, max(lo, cue_start - 5), cue_start)
            if clitic is not None:  # "he’s said", "they’ve long argued": the auxiliary is cued
                cue_start = clitic.start()
                before = text[cue_start - 1] if cue_start > lo else ""
    # _GO_ON_TO ends in "to" and whitespace: test that first (any spaces, not only one).
    if before.isspace() and cue_start - 2 >= lo:
        last = text[cue_start - 2]  # the last character before the spaces, if only one
        if last.isspace():
            last = text[max(lo, cue_start - 20) : cue_start].rstrip()[-1:]
        if last == "o":  # ends_in(…, "o")
            went = _GO_ON_TO.search(text, max(lo, cue_start - 20), cue_start)
            if went is not None:  # "went on to say": the whole phrase is the cue
                cue_start = _extend_aux(text, lo, _Cue(went.start(), 0, "", "", False))
    if read.ing:
        prog = _PROGRESSIVE.search(text, max(lo, cue_start - 8), cue_start)
        if prog is not None:  # "is calling", "was telling": active, and part of the cue
            cue_start = _extend_aux(text, lo, _Cue(prog.start(), 0, "", "", False))
        if read.saying:
            medium = _MEDIUM_SAYING.search(text, max(lo, cue_start - 40), cue_start)
            if medium is not None:  # "issued a statement saying"
                cue_start = medium.start()
    cue_end = cue.end
    # Tails and prepositions start with a space: nothing to match without one.
    if not text[cue_end : cue_end + 1].isspace():
        return cue_start, cue_end
    first = text[cue_end + 1 : cue_end + 2]
    if first not in _NO_TAIL and _may_tail(text, cue_end + 1):  # _may_tail's first test, inline
        tail = _TAIL_RE.match(text, cue_end, hi)
        if tail is not None:
            return cue_start, tail.end()
    prep = read.prep  # _cue_prep(lemma), None for the plain verbs of saying
    if prep is not None and (first in read.prep_first or first.isspace()):
        found = prep.match(text, cue_end, hi)  # the regex only if it may match
        if found is not None:  # "warned of", "talked about": the preposition is cued
            return cue_start, found.end()
    return cue_start, cue_end
