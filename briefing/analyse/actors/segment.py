"""Cut one candidate (a run of capitalised words) into typed segments.

Reading left to right, each word either extends the open chunk of unknown words or
closes it and starts something else: a gazetteer entry, a title (kept as a role of the
next person), an honorific, a demonym, or a word that is never part of a name. Closed
chunks become leaves (:func:`briefing.analyse.actors.chunks.chunk_leaves`). How a
candidate is cut depends on its words alone, so it is planned once per candidate text
and applied to each occurrence in its context. A one-word candidate (most of them)
takes the fast path :func:`single`.
"""

from __future__ import annotations

from briefing.analyse.actors.bounds import Bounds
from briefing.analyse.actors.chunks import (
    FIXED,
    UNKNOWN,
    chunk_leaves,
    demonym_seg,
    entry_seg,
    fixed_leaf,
    leaf_seg,
    title_ref,
)
from briefing.analyse.actors.classify import classify_word
from briefing.analyse.actors.context import appears_lower, next_word
from briefing.analyse.actors.cutter import ALIAS, CHUNK, DEMONYM, ENTRY, MARK, TITLE, Cutter
from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.lookup import WordInfo, gaz_match, info_of, title_match, word_info
from briefing.analyse.actors.tokens import Seg, Word
from briefing.analyse.actors.words import PEOPLE_PLURALS, PLACE_FIRST, SPEECH
from briefing.analyse.english import NOT_ACTORS

_ORG_LIKE = ("organization", "country", "group")


# Plans by candidate text, per gazetteer (the tuple is swapped whole), bounded: the ops
# for each way the opening word goes (kept, skipped), compiled when first needed, and
# the rule that decides it (see _opening), found when the candidate first opens a sentence.
_PLANS: list = [(None, {})]
_PLAN_LIMIT = 100_000

# The ops of a plan (see _run), offsets relative to the candidate: the leaves of chunks
# and entries (chunks.FIXED, chunks.UNKNOWN), and, numbered after them, an entry leaf
# unless "$" follows (where to look, the leaf), a lone title (start, end), a demonym
# (start, end, text), the mark before a firm's title and that title.
_DOLLAR, _LONE_TITLE, _LONE_DEMONYM, _FIRM_MARK, _FIRM_TITLE = range(2, 7)


def segment(
    start: int, form: str, text: str, gaz: Gazetteer, bounds: Bounds, initial: bool
) -> list[Seg]:
    """Cut the candidate ``form`` at ``text[start:]`` into typed segments.

    ``bounds`` are the article's sentences; ``initial`` says the candidate opens a
    sentence, where a capital proves nothing.
    """
    if " " not in form and "\u00a0" not in form:
        seg = single(start, start + len(form), form, text, gaz, bounds, initial)
        return [seg] if seg is not None else []
    memo = _PLANS[0]
    if memo[0] is not gaz:
        memo = _PLANS[0] = (gaz, {})
    plans = memo[1]
    plan = plans.get(form)
    if plan is None:
        if len(plans) > _PLAN_LIMIT:
            plans.clear()
        plan = plans[form] = [None, None, None]
    skip = 0
    if initial:  # how the opening word goes matters only at a sentence's start
        opening = plan[2]
        if opening is None:
            opening = plan[2] = _opening(_words(form), gaz)
        ask, low, skip = opening
        if ask and appears_lower(low, text):
            skip = 1
    ops = plan[skip]
    if ops is None:
        ops = plan[skip] = _compile(form, gaz, skip)
    return _run(ops, start, text, gaz, bounds)


# Opening words of place and club names that stay at a sentence's start.
_NAME_OPENERS = PLACE_FIRST | frozenset(("North", "South", "East", "West"))


def _words(form: str) -> list[Word]:
    """The words of a candidate, their offsets relative to its start."""
    out = []
    pos = 0
    for part in form.replace("\u00a0", " ").split(" "):
        end = pos + len(part)
        out.append(Word(pos, end, part))
        pos = end + 1
    return out


def _opening(words: list[Word], gaz: Gazetteer) -> tuple[bool, str, int]:
    """Whether a sentence-opening word of a candidate is skipped, as ``(ask, low, skip)``:
    it is if ``ask`` and the lower-case ``low`` appears in the text, else if ``skip``.

    An ordinary word ("Yesterday Tony Blair") or an adjective before a known name
    ("Rival Sony ...") is skipped; a gazetteer entry, title or honorific is kept, and
    so is an ordinary word other than "The" that opens an entry of several words ("New
    Zealand won", "United Nations officials said", "National Grid said"; not "The
    Australian cricket team").
    """
    first = words[0].text
    if gaz.entries.get(first) is not None or first in _NAME_OPENERS:
        return False, "", 0  # "North Melbourne 21 15", "Port Vale won"
    matched = gaz_match(words, 0, gaz, gaz.max_words)[0]
    if matched > 1 and first != "The":  # not "The Australian cricket team"
        return False, "", 0  # "New Zealand won", "United Nations officials said"
    titled = title_match(words, 0, gaz) > 0
    low = first.lower()
    if (
        not titled
        and (low in PEOPLE_PLURALS or low + "s" in PEOPLE_PLURALS)
        and first[1:].islower()
    ):
        return False, "", 1  # "Resident Ana Ruiz said", "Residents Ana and …": a noun
    given = first in gaz.given_names
    ask = not titled and first.rstrip(".") not in gaz.honorifics and not given
    skip = 0
    if not given and not titled and matched == 0:
        nxt = gaz.entries.get(words[1].text)
        if nxt is not None and nxt.kind in _ORG_LIKE:
            skip = 1
    info = info_of(first, gaz)
    if ask and info.common:  # an ordinary word wherever it is
        return False, "", 1
    return ask, info.lower, skip


def _compile(form: str, gaz: Gazetteer, skip: int) -> tuple:
    """The ops (see :func:`_run`) of the candidate ``form``, its first ``skip`` words left out."""
    words = _words(form)
    ops: list[tuple] = []
    for step in Cutter(words, gaz).cut(skip):
        op = step[0]
        if op == CHUNK:
            chunk_leaves([words[j] for j in step[1]], form, gaz, ops, step[2], step[3])
        elif op == ENTRY:
            i, k = step[1], step[2]
            ops.append(
                (_DOLLAR, words[i + k - 1].end, fixed_leaf(entry_seg(words, i, k, step[3], form)))
            )
        elif op == ALIAS:
            seg = entry_seg(words, step[1], step[2], step[3], form)
            seg.reason = "alias"  # "Disney Corporation" is still Disney
            ops.append(fixed_leaf(seg))
        elif op == TITLE:
            ops.append((_LONE_TITLE, words[step[1]].start, words[step[2]].end))
        elif op == DEMONYM:
            w = words[step[1]]
            ops.append((_LONE_DEMONYM, w.start, w.end, w.text))
        else:
            ops.append((_FIRM_MARK if op == MARK else _FIRM_TITLE,))
    return tuple(ops)


def _run(ops: tuple, shift: int, text: str, gaz: Gazetteer, bounds: Bounds) -> list[Seg]:
    """The segments of one occurrence of a candidate at ``shift``, by its ops."""
    out: list[Seg] = []
    before = 0
    for op in ops:
        code = op[0]
        if code == FIXED or code == UNKNOWN:
            out.append(leaf_seg(op, shift, text, gaz, bounds))
        elif code == _DOLLAR:
            end = shift + op[1]
            if text[end : end + 1] != "$":  # "US$ 300"
                out.append(leaf_seg(op[2], shift, text, gaz, bounds))
        elif code == _LONE_TITLE:
            ref = title_ref(shift + op[1], shift + op[2], text)
            if ref is not None:
                out.append(ref)
        elif code == _LONE_DEMONYM:
            out.append(demonym_seg(Word(shift + op[1], shift + op[2], op[3]), text, gaz))
        elif code == _FIRM_MARK:
            before = len(out)
        else:  # "Macmillan CEO John Sargent": his firm
            for seg in out[before:]:
                if _firm_word(seg, gaz):
                    seg.kind = "organization"
    return out


def _firm_word(seg: Seg, gaz: Gazetteer) -> bool:
    """An unknown one-word name before a firm's title, not an ordinary word."""
    t = seg.text
    return seg.kind == "unknown" and " " not in t and not info_of(t, gaz).common


def single(
    start: int,
    end: int,
    t: str,
    text: str,
    gaz: Gazetteer,
    bounds: Bounds,
    initial: bool,
    info: WordInfo | None = None,
) -> Seg | None:
    """The fast path for a one-word candidate (most of them); ``bounds``: the article's
    sentences; ``info``: its word's facts."""
    if info is None:
        info = gaz.memo.get(t) or word_info(t, gaz)
    if info.hyphen_lower or text[end : end + 1] == "$" or t in NOT_ACTORS:
        return None  # "London-based", "Oscar-winning"; "US$ 300"; "DJ"
    e = info.entry
    if e is None and text.startswith(".", end) and start > 1 and text.startswith(", ", start - 2):
        state = gaz.entries.get(t + ".")
        if state is not None and state.kind == "place":  # "Woodridge, Ill., said"
            return Seg(start, end + 1, t + ".", "place", state.name, state.reason)
    if initial:
        if info.lower in PEOPLE_PLURALS:
            return None  # "Witnesses said", "Dealers said": a noun, not a name
        common_here = info.common or appears_lower(info.lower, text)
        if e is not None and not (e.ambiguous and common_here):
            return entry_seg([Word(start, end, t)], 0, 1, e, text)
        if common_here and not (
            next_word(text, end) in SPEECH
            and not info.closed  # "Lebed said ..."
            and not appears_lower(info.lower, text)
        ):
            return None
    elif e is not None:
        return entry_seg([Word(start, end, t)], 0, 1, e, text)
    if info.stop:
        return title_ref(start, end, text) if t in gaz.titles else None
    if info.demonym:
        return demonym_seg(Word(start, end, t), text, gaz)
    if len(t) == 2 and t[1] == ".":
        return None
    seg = Seg(start, end, t, "unknown")
    classify_word(seg, text, gaz, bounds, info.common, info.acronym)
    return seg
