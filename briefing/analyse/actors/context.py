"""What surrounds a candidate: the words before and after it and what they tell.

Cheap look-ups into the article text around ``[start, end)``: the next and previous
words, an institution noun after a demonym, a verb that shows a name acts, a results
line or match report that makes a city a team, a title written before a name.
"""

from __future__ import annotations

import re

from briefing.analyse.actors.gazetteer import Gazetteer
from briefing.analyse.actors.words import (
    ACTS,
    AUXILIARIES,
    FIRM_CONTEXT,
    INSTITUTIONS,
    IRREGULAR_PAST,
    NOT_MODIFIED,
    NOT_PLACE_ENDINGS,
    PLACE_NOUNS,
    SPEECH,
    SPORTS_ROLES,
    TEAM_BEFORE,
    TEAM_VERBS,
)
from briefing.analyse.english import FIRM_TITLES, FUNCTION_WORDS, ORG_NOUNS

_ASCII_WORD_RE = re.compile(r"[A-Za-z'’-]*")


def next_word(text: str, end: int) -> str:
    """The lower-case word right after ``end`` (after one space), or punctuation."""
    if end >= len(text):
        return ""
    ch = text[end]
    if ch != " ":
        if ch in "'’" and text[end + 1 : end + 3] in ("s ", "s", "s,", "s."):
            return "'s"
        return ch
    stop = _ASCII_WORD_RE.match(text, end + 1).end()  # type: ignore[union-attr]
    n = len(text)
    if stop < n and text[stop] > "\x7f":  # a non-ASCII letter may continue the word
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


# The institution nouns by their first two letters, in order: only those can match.
_INSTITUTIONS_AT: dict[str, list[str]] = {}
for _noun in INSTITUTIONS:
    _INSTITUTIONS_AT.setdefault(_noun[:2], []).append(_noun)


def institution_after(text: str, end: int) -> str:
    """The lower-case institution noun phrase right after ``end`` ("embassy"), if any."""
    if end >= len(text) or text[end] != " ":
        return ""
    tail = text[end + 1 : end + 20]
    for noun in _INSTITUTIONS_AT.get(tail[:2], ()):
        if tail.startswith(noun) and (len(tail) == len(noun) or not tail[len(noun)].isalpha()):
            if noun == "military" and _modifies(text, end + 1 + len(noun)):
                return ""  # "Russian military support": an adjective, not the body
            return noun
    return ""


def _modifies(text: str, end: int) -> bool:
    """True if a lower-case noun the word ending at ``end`` describes follows it
    ("military support", "military command"), not a verb ("military said", "military
    has", "military launched")."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    word = next_word(text, end)
    return not (
        word in ACTS
        or word in SPEECH
        or word in AUXILIARIES
        or word in IRREGULAR_PAST
        or word in FUNCTION_WORDS
        or word.endswith("ed")
    )


_LOWER_RE = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
_AFTER_LOWER = frozenset(" ,.")
# (text, its answers so far, its lower-case word set or None): one tuple, swapped whole,
# so threads analysing different texts never read each other's answers.
_LOWER_MEMO: list = [(None, {}, None)]


def appears_lower(low: str, text: str) -> bool:
    """True if the lower-case word ``low`` occurs in ``text`` as an ordinary word.

    Short texts are searched directly (" low" followed by a space, comma or full stop);
    a long one builds its word set once, so the many checks of one article stay linear.
    Answers are remembered for the current text.
    """
    memo = _LOWER_MEMO[0]
    if memo[0] is not text:
        memo = _LOWER_MEMO[0] = (text, {}, None)
    hit = memo[1].get(low)
    if hit is not None:
        return hit
    if len(text) < 20_000:
        pat = " " + low
        size = len(pat)
        hit = False
        i = text.find(pat) if pat in text else -1  # "in" is the cheaper call
        while i >= 0:
            if text[i + size : i + size + 1] in _AFTER_LOWER:
                hit = True
                break
            i = text.find(pat, i + 1)
    else:
        words = memo[2]
        if words is None:
            words = frozenset(_LOWER_RE.findall(text))
            memo = _LOWER_MEMO[0] = (text, memo[1], words)
        hit = low in words
    memo[1][low] = hit
    return hit


def prev_word(text: str, start: int) -> str:
    """The word right before ``start`` (separated by one space), or ""."""
    j = start - 1
    if j <= 0 or text[j] != " ":
        return ""
    if j > 32:  # most words are short: look in a window first (rpartition is cheap)
        _, space, word = text[j - 32 : j].rpartition(" ")
        if not space:
            word = text[text.rfind(" ", 0, j) + 1 : j]
    else:
        word = text[text.rfind(" ", 0, j) + 1 : j]
    if "\n" in word:  # the word starts after the line break
        word = word.rpartition("\n")[2]
    return word


def acts_after(text: str, end: int) -> bool:
    """True if the name ending at ``end`` acts (possessive or followed by an acting verb)."""
    word = next_word(text, end)
    return word == "'s" or word in ACTS


_OBJECTS = frozenset("the a an his her their its him them me us this that".split())


def noun_after(text: str, end: int) -> str:
    """The lower-case noun right after ``end`` that the name ending there modifies, else "".

    "the CRISPR system", "Gmail Web addresses were": the name is a thing's, used as a
    modifier. Not a function word or a time word ("last July"); not a verb (an acting or
    speech verb, a word in -ed or -ing, an irregular past, "born", a contraction, a word
    before an object: "make his debut") nor an adverb in -ly; not a firm's people, shares,
    deals or accounts, nor a noun for a firm ("Cairn shares", "the Welspun group", "Ruch
    newsstand chain"); a word in -s only before an auxiliary (a plural
    noun, not the verb of "Yukos owns the field").
    """
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return ""
    word = next_word(text, end)
    if (
        len(word) < 3
        or not word.isalpha()
        or word in FUNCTION_WORDS
        or word in ACTS
        or word in SPEECH
        or word in FIRM_CONTEXT
        or word in ORG_NOUNS
        or word in IRREGULAR_PAST
        or word in NOT_MODIFIED
        or word.endswith(("ed", "ing", "ly"))
    ):
        return ""
    after = next_word(text, end + 1 + len(word))
    if after in ORG_NOUNS or after in FIRM_CONTEXT:
        return ""  # "Ruch newsstand chain", "Jones common stock": the firm
    if after in _OBJECTS:
        return ""  # "saw Pierce Brosnan make his debut": a verb and its object
    if word[-1] == "s" and word[-2] != "s" and after not in AUXILIARIES:
        return ""
    return word


_DETERMINERS = frozenset("a an the no its their this these each every any".split())


def used_as_modifier(word: str, text: str) -> bool:
    """True if ``word`` is written alone twice or more after a determiner and right before
    a noun it modifies (:func:`noun_after`): "the CRISPR system", "no CRISPR drug" make
    "CRISPR" a thing in this article; once may be a firm's product ("the Lycos
    screensaver site")."""
    pat = word + " "
    seen = 0
    i = text.find(pat)
    while i >= 0:
        if (
            i > 1
            and text[i - 1] == " "
            and prev_word(text, i).lower() in _DETERMINERS
            and noun_after(text, i + len(word))
        ):
            seen += 1
            if seen == 2:
                return True
        i = text.find(pat, i + 1)
    return False


# "the town of", "the northern state of" right before a name: it is a place.
_PLACE_OF_RE = re.compile(r"\b(?:" + "|".join(PLACE_NOUNS) + r") of $")


def place_of(text: str, start: int) -> bool:
    """True if a settlement or area noun and "of" come right before ``start`` ("the town
    of", "the northern state of")."""
    return _PLACE_OF_RE.search(text, max(0, start - 16), start) is not None


def place_before_noun(t: str, before: str) -> bool:
    """True if ``t`` before a place noun ("the Salang tunnel") may be the place's name:
    mid-sentence (``before``: the word before it; not "Assistant district attorney"), not
    an adjective ("the Kurdish region", "the Welsh border", "the Himalayan region") nor a
    pair ("Iran-Iraq border", which two names make)."""
    return (
        before[-1:].isalpha()
        and "-" not in t
        and not t.lower().endswith((*NOT_PLACE_ENDINGS, "sh", "an"))
    )


_SCORE_RE = re.compile(r" (?:\d{1,3}(?:-\d{1,3})?|[vV][sS]?\.?)(?=[ \n]|$)")


def team_context(text: str, start: int, end: int) -> bool:
    """True if a name stands in a results line: "Hamburg 1", "Lyon v Nice", "Surrey 128-4".

    In running prose ("Halo 2 has sold...") only a score like "2-1" counts.
    """
    m = _SCORE_RE.match(text, end)
    if m:
        if "-" in m.group():
            return True
        line_start = text.rfind("\n", max(0, start - 81), start) + 1
        if line_start == 0 and start > 80:
            return False  # the line is long: running prose
        line_end = text.find("\n", end, end + 81)
        return (line_end if line_end >= 0 else min(len(text), end + 81)) - line_start <= 80
    before = text[max(0, start - 3) : start]
    return before in (" v ", " V ") or before.endswith("vs ")


def club_context(text: str, start: int, end: int) -> bool:
    """True if a city name acts as a team: "Hamburg beat ...", "against Hamburg",
    "Bremen 's striker ...".
    """
    after = next_word(text, end)
    if after in TEAM_VERBS:
        return True
    if after == "'s" or text[end : end + 4] in (" 's ", " ’s "):
        tail = text[end : end + 40].replace("’", "'").split()
        if tail[:1] == ["'s"]:
            tail = tail[1:]
        elif tail[:1] and tail[0].startswith("'s"):
            tail = tail[1:]
        return any(w.lower().strip(",.") in SPORTS_ROLES for w in tail[:3])
    return prev_word(text, start).lower() in TEAM_BEFORE


def title_follows(text: str, end: int, gaz: Gazetteer, word: str | None = None) -> bool:
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


def _any_case(title: str) -> str:
    """``title`` as a regex whose words may start in either case (acronyms as written)."""
    parts = re.split(r"([ -])", title)
    return "".join(
        p if p in (" ", "-") or p.isupper() else f"[{p[0].upper()}{p[0].lower()}]{re.escape(p[1:])}"
        for p in parts
    )


# A firm's title before "of"/"at" ("CEO of …", "the founder of …"): the firm titles less
# the spokespeople (who speak for anyone), plus the shorter forms written in prose.
_FIRM_OF_TITLES = (FIRM_TITLES - {"Spokesman", "Spokeswoman"}) | {
    "Chief Operating", "Chief Financial", "Chair", "Owner"
}  # fmt: skip
_FIRM_OF_RE = re.compile(
    r"\b(?:"
    + "|".join(_any_case(t) for t in sorted(_FIRM_OF_TITLES, key=lambda t: (-len(t), t)))
    + r") (?:of|at) (?:the )?$"
)


def firm_title_before(text: str, start: int) -> bool:
    """True if a firm's title and "of"/"at" stand before ``start`` ("CEO of …")."""
    return _FIRM_OF_RE.search(text, max(0, start - 36), start) is not None


def title_before(text: str, start: int, gaz: Gazetteer) -> str:
    """A title written just before a name ("Tory leader", "chief executive"), if any."""
    before = prev_words(text, start, 3)
    for k in range(len(before), 0, -1):
        form = " ".join(before[-k:])
        if form in gaz.titles or form.lower() in gaz.lower_titles:
            return form
    return ""


# Nouns right after a one-word name that make it the body they name ("the Gazeta
# newspaper", "Zorbo news agency"); not "maker", "giant" or "network" ("the Walkman
# maker", "the Wimax network").
_BODY_AFTER = frozenset(
    "newspaper magazine tabloid agency company firm bank airline broadcaster".split()
)
_PRESS = frozenset(("newspaper", "magazine", "tabloid"))
_NEWS_BODIES = frozenset("agency service channel network website".split())
BODY_AFTER = _BODY_AFTER | {"news"}  # every word after a name that may start a body noun


def body_noun_follows(text: str, start: int, end: int, after: str) -> bool:
    """True if a noun for a body follows the name at ``start``-``end`` (``after``: the
    word right after it, from :func:`next_word`); a sentence's first word only before a
    press noun and if not written in lower case too (not "Record company Sony", "Fake
    bank e-mails")."""
    if not text[end + 1 : end + 2].islower():
        return False
    if after == "news":
        found = next_word(text, end + 5) in _NEWS_BODIES
    else:
        found = after in _BODY_AFTER
    if not found:
        return False
    if start > 1 and text[start - 1] == " " and text[start - 2] not in ".!?:":
        return True
    press = after in _PRESS or after == "news"
    return press and not appears_lower(text[start:end].lower(), text)


_NUMBER_RE = re.compile(
    r"\d{1,3}(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten|dozen"
)


def unit_after_number(text: str, start: int, end: int) -> bool:
    """True if the acronym at ``start``-``end`` counts something after a number ("21
    RBI and 15 runs", "his 116th RBI ."), not a body ("three UN soldiers"): a small
    number before it (not a year, an amount or a rank "3."), and after it neither a
    score, a capitalised word nor a lower-case noun."""
    before = prev_word(text, start)
    if not before or _NUMBER_RE.fullmatch(before) is None:
        return False
    if text[end : end + 1] != " ":
        return True
    after = text[end + 1 : end + 2]
    if after.isdigit() or after.isupper():
        return False  # "Bekescsaba 0 BVSC 1", "1 NEC Nijmegen 1": a team's name
    return not after.islower() or next_word(text, end) in FUNCTION_WORDS


_WEB_ENDINGS = (".com", ".net", ".org")


def site_name(text: str, start: int, end: int, common: bool) -> bool:
    """True if the word ``text[start:end]`` is a site's name before its web ending
    ("GrowMap.com"), not an ordinary word of the article ("Space.com": ``common`` or
    written in lower case elsewhere), in the middle of a sentence."""
    return (
        text[end : end + 1] == "."
        and text.startswith(_WEB_ENDINGS, end)
        and not text[end + 4 : end + 5].isalpha()
        and text[start - 1 : start] == " "
        and text[start - 2 : start - 1] not in ".!?:\n"  # not "Space.com Exclusive" heading
        and not (common or appears_lower(text[start:end].lower(), text))
    )
