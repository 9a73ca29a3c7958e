"""Names that go on past a possessive the candidate regex stops at.

The regex ends a word before "'s" (the owner's, not the name). Two kinds of name keep it:
a gazetteer entry written with it ("Moody's", "Lloyd's of London"; also "Moody 's" in
tokenised text), a saint's name with the words after it ("St Mary's Hospital"), and a
capitalised collective noun with the words after it ("the People's Liberation Army").
"""

from __future__ import annotations

from briefing.analyse.actors.chunks import entry_seg
from briefing.analyse.actors.context import next_word
from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.tokens import CANDIDATE_RE, Seg, Word
from briefing.analyse.english import FUNCTION_WORDS

_SAINTS = ("St ", "St. ", "Saint ", "Ste ", "Ste. ")
# Plurals whose possessive is "'s" and that open the names of bodies for them: "the
# People's Bank of China", "the Women's Institute", "Children's Hospital".
COLLECTIVES = ("People", "Women", "Men", "Children")


# The stems of the gazetteer's forms written with a possessive ("Moody" of "Moody's",
# "Lloyd" of "Lloyd's of London"), per gazetteer (the tuple is swapped whole).
_STEMS: list = [(None, frozenset())]


def possessive_stems(gaz: Gazetteer) -> frozenset[str]:
    """The candidates that may open a gazetteer form with a possessive (see :data:`_STEMS`)."""
    memo = _STEMS[0]
    if memo[0] is not gaz:
        stems = {f.split("'s", 1)[0] for f in gaz.entries if "'s" in f and not f.startswith("'")}
        memo = _STEMS[0] = (gaz, frozenset(stems))
    return memo[1]


def possessive_ends(text: str) -> set[int]:
    """Where a word may end right before a possessive ("'s", "’s", or " 's" in tokenised
    text), found with one ``str.find`` per possessive in ``text``."""
    out: set[int] = set()
    for mark in ("'s", "’s"):
        at = text.find(mark)
        while at >= 0:
            out.add(at)
            if at and text[at - 1] == " ":
                out.add(at - 1)  # " 's": the word ends before the space
            at = text.find(mark, at + 2)
    return out


def possessive_entry(text: str, s: int, e: int, gaz: Gazetteer) -> Seg | None:
    """The gazetteer entry the candidate ``text[s:e]`` and its possessive make, if any
    ("Moody's", "McDonald's", "Lloyd's of London")."""
    end = e + (3 if text[e] == " " else 2)
    if end < len(text) and (text[end].isalnum() or text[end] in "'’-"):
        return None
    form = text[s:e] + "'s"
    entry = gaz.entries.get(form)
    if entry is None and text.startswith(" of ", end):
        m = CANDIDATE_RE.match(text, end + 4)
        if m is None or gaz.entries.get(f"{form} of {m.group()}") is None:
            return None
        entry, end = gaz.entries.get(f"{form} of {m.group()}"), m.end()
    if entry is None:
        return None
    return entry_seg([Word(s, end, text[s:end])], 0, 1, entry, text)


def saint_possessive(text: str, s: int, e: int, gaz: Gazetteer) -> int:
    """Where the name ``text[s:e]`` ends when a possessive follows it: a saint's name keeps
    its "'s" and the capitalised words after it ("St Mary's", "St David's Shopping
    Centre", "St. Peter's Square"), unless it is a known place and a noun follows ("St.
    Louis's mayor"); any other name ends at ``e``."""
    group = text[s:e]
    if not group.startswith(_SAINTS):
        at = max(group.rfind(" " + saint) for saint in _SAINTS)
        if at < 0:
            return e
        s += at + 1  # "Picador and St. Martin's"
    end = e + 2
    if end < len(text) and (text[end].isalnum() or text[end] in "'’-"):
        return e
    if gaz.entries.get(text[s:e]) is not None and text[end + 1 : end + 2].islower():
        after = next_word(text, end)
        if after not in FUNCTION_WORDS:
            return e  # "St. Louis's mayor": the place's, not a name of its own
    if text[end : end + 1] == " ":
        m = CANDIDATE_RE.match(text, end + 1)
        if m is not None:
            return m.end()
    return end


def collective_possessive(text: str, s: int, e: int) -> int:
    """Where the name ``text[s:e]`` ends when a possessive follows it: a name whose last
    word is a capitalised collective noun (:data:`COLLECTIVES`) keeps its "'s" and the
    capitalised words after it ("the People's Liberation Army", "Scottish Women's Aid");
    any other name ends at ``e``."""
    if not text.endswith(COLLECTIVES, s, e):
        return e
    word_start = text.rfind(" ", s, e) + 1 or s
    if text[word_start:e] not in COLLECTIVES:
        return e  # "Spacemen's"
    end = e + 2
    if text[end : end + 1] != " ":
        return e
    m = CANDIDATE_RE.match(text, end + 1)
    return e if m is None else m.end()
