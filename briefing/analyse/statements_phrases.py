"""Speaker phrases: the words naming who speaks, before or after a cue."""

from __future__ import annotations

import re

from briefing.analyse.attribution_words import (
    ABOUT_WORDS,
    AUXILIARIES,
    BARRIERS,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
)
from briefing.analyse.english import DAYS
from briefing.analyse.statements_speakers import Speakers
from briefing.analyse.statements_text import _ALNUM, _QUOTE_CHAR, _TOKEN_RE, _tokens
from briefing.model import Span

_STOP = re.compile('[,;:()“”"«»—–.!?]')  # punctuation ending a speaker phrase
_PARTY = re.compile(r"\s*\([A-Z][\w.,\- ]{0,10}\)\s*$")
_ABBREV_BEFORE = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])$")
_MAX_APPOSITION = 18
# Lower-case words that name a speaker alone ("another said", "someone told me").
_LONE_SPEAKERS = frozenset("everyone nobody someone somebody everybody another".split())
_MAX_KEEP = 8  # words in a speaker phrase
# Inflected speech verbs a speaker phrase starts after ("…, said Thursday he believes").
_SAID = frozenset("said says told tells added adds wrote writes asked asks".split())
_ABBREV_RE = re.compile(r"^(?:[A-Z][a-z]{0,3}|[A-Z])\.$")


def _left_region(text: str, lo: int, cue: int) -> int:
    """Start of the words just before ``cue`` up to punctuation that ends a phrase.

    The words (200 characters at most) are read backwards, so the first stop found is the
    last one before the cue; a full stop after "Mr" or "J" inside a name is passed."""
    low = lo if lo > cue - 200 else cue - 200
    if cue <= low:
        return low
    back = text[cue - 1 : low - 1 : -1] if low else text[cue - 1 :: -1]
    m = _STOP.search(back)
    while m is not None:
        stop = cue - 1 - m.start()
        if text[stop] != "." or not _ABBREV_BEFORE.search(text, max(low, stop - 6), stop):
            return stop + 1
        m = _STOP.search(back, m.start() + 1)  # "Mr." or "J." inside the speaker's name
    return low


# An adverb between a speaker and the cue ("Brooke tearfully asked").
_ADVERB_BEFORE = re.compile(r"(?<=\w )([a-z]+ly) +$")
# Words in -ly that are nouns or adjectives a speaker phrase may end in.
_LY_NOUNS = frozenset(
    "family assembly ally rally supply reply monopoly anomaly bully daily weekly monthly "
    "quarterly lily holly jelly belly folly".split()
)


def _speaker_left(
    text: str, lo: int, cue_start: int, speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """The speaker phrase ending right before the cue, if it looks like one."""
    near = lo if lo > cue_start - 16 else cue_start - 16
    if text.find(")", near, cue_start) >= 0:
        party = _PARTY.search(text, near, cue_start)
        if party is not None:  # "Gov. Pat McCrory (R) said"
            cue_start = party.start()
    region = _left_region(text, lo, cue_start)
    if region > lo and text[region - 1] == "," and not text[region:cue_start].strip():
        comma = region - 1
        region = _appositive(text, lo, comma)
        if region < 0:
            return _named_apposition(text, lo, comma, speakers)
        end = text.find(",", region, cue_start)
        return _phrase(text, _tokens(text, region, end), speakers)
    adverb = (
        _ADVERB_BEFORE.search(text, near, cue_start)
        if text[cue_start - 3 : cue_start - 1] == "ly"
        else None
    )
    if adverb is not None and adverb.group(1) not in _LY_NOUNS:
        cue_start = adverb.start(1)  # "Brooke tearfully asked": the adverb is no speaker's
    return _speaker_tail(
        text, region if region > cue_start - 120 else cue_start - 120, cue_start, speakers
    )


def _speaker_tail(
    text: str, start: int, end: int, speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """What ``_phrase(text, _tokens(text, start, end), speakers)`` finds, faster: the
    words are scanned right to left without their offsets, and only the kept ones are
    placed, after the cheap rejects on the last word.

    Tokens are maximal runs of token characters, so the last occurrence of a token's
    word before the previous token's start is the token itself: ``findall`` and
    ``rfind`` place them without building a match object per token."""
    words = _TOKEN_RE.findall(text, start, end)
    if not words:
        return None
    last = words[-1]  # kept unless a barrier: the rejects on it come first
    low = last.lower()
    if low in _NO_LAST_OR_BARRIER or not last[0].isalpha():
        if low == "it":  # "It says …": the pronoun alone
            at = text.rfind(last, start, end)
            return Span(at, at + 2), [last]
        return None
    n = len(words)
    first = n - 1
    stop = n - _MAX_KEEP if n > _MAX_KEEP else 0
    while first > stop and words[first - 1].lower() not in BARRIERS:
        first -= 1
    while words[first].lower() in PREPOSITIONS:  # the last word is none
        first += 1
    keep: list[tuple[int, int, str]] = []
    pos = end
    for i in range(n - 1, first - 1, -1):
        word = words[i]
        at = text.rfind(word, start, pos)
        keep.append((at, at + len(word), word))
        pos = at
    keep.reverse()
    return _cut_phrase(keep, words[first:], low, speakers)


_APPOSITION_WORDS = frozenset("who which whose a an the himself herself of from".split())


def _appositive(text: str, lo: int, comma: int) -> int:
    """For ``X, who …, said`` / ``X, 39, of Leeds, said``: the start of the words before
    the first of up to three appositions, or -1."""
    found, end = -1, comma
    for _ in range(3):
        first = text.rfind(",", lo, end)
        if first < 0:
            break
        inner = text[first + 1 : end].split()
        word = inner[0].lower() if inner else ""
        if not (word in _APPOSITION_WORDS or word.isdigit()):
            break
        found = end = first
    if found < 0:
        return -1
    start = _left_region(text, lo, found)
    return start if text[start:found].strip() else -1


def _named_apposition(
    text: str, lo: int, comma: int, speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """``A lawyer for the firm, David Schulz, said`` / ``Senator X, Democrat of Y,
    said``: both parts, when they name someone and hold no clause words."""
    first = text.rfind(",", lo, comma)
    if first < 0:
        return None
    toks = _tokens(text, _left_region(text, lo, first), comma)
    while toks and toks[0][2].lower() in BARRIERS:
        toks = toks[1:]  # "But Megan Hester, …"
    if not toks or len(toks) > _MAX_APPOSITION or any(t[2].lower() in BARRIERS for t in toks):
        return None
    if _QUOTE_CHAR.search(text, toks[0][0], comma) or speakers.head(toks[0][0], comma) is None:
        return None
    outer = [t for t in toks if t[1] <= first]
    if outer and speakers.head(outer[0][0], first) is not None:  # "Megan Hester, senior …,"
        return Span(outer[0][0], outer[-1][1]), [t[2] for t in outer]
    return Span(toks[0][0], comma + 1), [t[2] for t in toks]


def _phrase(
    text: str, toks: list[tuple[int, int, str]], speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """Cut a speaker phrase from the tokens before a cue (scanning right to left)."""
    if toks and toks[-1][2].lower() == "it":  # "It says …": the pronoun alone (a barrier)
        return Span(toks[-1][0], toks[-1][1]), [toks[-1][2]]
    keep: list[tuple[int, int, str]] = []
    for tok in reversed(toks):
        low = tok[2].lower()
        if low in BARRIERS or len(keep) >= _MAX_KEEP:
            break
        keep.append(tok)
    keep.reverse()
    return _kept_phrase(keep, speakers)


def _kept_phrase(
    keep: list[tuple[int, int, str]], speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """:func:`_phrase` after its scan: ``keep`` holds at most eight tokens, no barrier."""
    while keep and keep[0][2].lower() in PREPOSITIONS:
        keep = keep[1:]
    if not keep:
        return None
    last = keep[-1][2]
    low = last.lower()
    if low in _NO_LAST or not last[0].isalpha():
        return None
    return _cut_phrase(keep, [t[2] for t in keep], low, speakers)


_WEEKDAYS = frozenset(DAYS)
# The last word of a time phrase ending a speaker phrase: "Ann Lee yesterday said",
# "Trump on Monday said", "Police last night said".
_TIME_WORDS = _WEEKDAYS | frozenset(
    "yesterday today tonight night week month year weekend morning afternoon evening".split()
)
_TIME_LEADS = frozenset("on last this next earlier".split())


def _without_time(keep: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``keep`` (more than one token) without the time phrase it ends in, if it ends in
    one and words remain before it."""
    last = keep[-1][2]
    n = len(keep) - 1  # the time phrase starts at n
    if last not in _TIME_WORDS:
        return keep
    if last in _WEEKDAYS:
        if keep[-2][2][0].isupper():
            return keep  # "Super Tuesday", "Facebook Friday": a name's
        if last == "Sunday" and n > 2 and keep[n - 3][2].lower() == "the":
            return keep  # "The Mail on Sunday", "the Independent on Sunday": a title
    elif last not in ("yesterday", "today", "tonight"):
        if keep[-2][2].lower() not in ("last", "this", "next"):
            return keep  # "the night", "the Year": no time phrase
        n -= 1
    while n > 0 and keep[n - 1][2].lower() in _TIME_LEADS:
        n -= 1
    before = keep[n - 1][2] if n > 0 else ""
    if not before[:1].isalpha() or before.lower() in _NO_LAST:
        return keep
    if before[0].islower() and before.endswith(("ed", "ing")):
        return keep  # "a poll released Monday", "is filing on Saturday": the verb's time
    return keep[:n]


# Words a speaker phrase never ends in.
_NO_LAST = PREPOSITIONS | DETERMINERS | AUXILIARIES | {"not"}
_NO_LAST_OR_BARRIER = _NO_LAST | BARRIERS
_NOT_IN_HEAD = PREPOSITIONS - {"of"}  # "the minister of health in Paris" is one phrase


def _cut_phrase(
    keep: list[tuple[int, int, str]], words: list[str], low: str, speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """:func:`_kept_phrase` after its rejects on the last word (``low``: in lower case):
    the words from the phrase's head on. ``words`` are those of ``keep``, in a list of
    their own (the phrase's words are a slice of it, or it)."""
    if keep[-1][2] in _TIME_WORDS and len(keep) > 1:
        timed = _without_time(keep)  # "Ann Lee yesterday said": the time is no speaker's
        if timed is not keep:
            keep, words, low = timed, words[: len(timed)], timed[-1][2].lower()
    cut = 0
    n = len(keep)
    if n > 1 and low in PRONOUNS:
        cut = n - 1  # "At the market in Leeds she said": the pronoun alone
    elif n > 1:
        first_at, end_at = keep[0][0], keep[-1][1]
        head = speakers.head(first_at, end_at)
        # located() is -1 for a head not ending the phrase: that test first, without a call
        where = (
            -1 if head is None or head[1] != end_at else speakers.located(head, first_at, end_at)
        )
        if where >= 0:  # "the court in Washington": the words before "in" head it
            cut = next(i for i, tok in enumerate(keep) if tok[0] >= where)
            while cut > 0 and words[cut - 1].lower() not in _NOT_IN_HEAD:
                cut -= 1
                if words[cut].lower() in DETERMINERS:
                    break  # "In 2013 the court in …": from "the"
        elif head is not None and _object_of_about(words, keep, head[0]):
            cut = 0  # "people familiar with the Trump campaign": who, not the campaign
        elif head is not None:  # drop leading words before a named head ("On Monday Smith")
            for i, tok in enumerate(keep):
                if tok[1] > head[0]:
                    cut = i
                    break
            while cut > 0 and (
                words[cut - 1][0].isupper() or words[cut - 1].lower() in DETERMINERS
            ):
                cut -= 1
        else:  # the words after the last preposition (the last word is none)
            for i in range(n - 2, -1, -1):
                if words[i].lower() in PREPOSITIONS and words[i + 1] not in _WEEKDAYS:
                    if i and words[i - 1].lower() in ABOUT_WORDS:
                        break  # "people familiar with the talks": the people speak
                    cut = i + 1  # not "on Sunday" of "the Mail on Sunday"
                    break
    if cut + 2 < len(words) and words[cut + 1] in _THE:  # _from_article's first test
        cut = _from_article(keep, words, cut, speakers)
    while cut < n - 1:  # "' he said" (a lone quotation mark), "said Thursday he believes"
        word = words[cut]
        if word not in _SAID and (word[0].isalnum() or _ALNUM.search(word)):
            break
        cut += 1
    if n - cut == 1 and low not in PRONOUNS and words[-1][0].islower():
        if not low.endswith("s") and low not in _LONE_SPEAKERS:
            return None  # a bare singular common noun is rarely a speaker
    return Span(keep[cut][0], keep[-1][1]), words[cut:] if cut else words


def _object_of_about(words: list[str], keep: list[tuple[int, int, str]], at: int) -> bool:
    """True if the mention starting at ``at`` follows "familiar with", "close to" … in
    the phrase ``keep`` (its ``words``): the object of the people who speak."""
    for i in range(1, len(keep)):
        if keep[i][0] >= at:
            return False
        if words[i].lower() in PREPOSITIONS and words[i - 1].lower() in ABOUT_WORDS:
            return True
    return False


# Words after which "the" continues the phrase ("sources within the party", "all the
# players") or starts an object ("has the final say"; so does any word in -ed:
# "Trump unleashed the tweets").
_BEFORE_ARTICLE = (
    PREPOSITIONS
    | DETERMINERS
    | frozenset(
        "has have had is are was were do does did will would can could may might must "
        "all both half within without inside outside behind beyond around toward towards "
        "upon like including despite amid alongside off onto".split()
    )
)


_THE = ("the", "The")


def _from_article(
    keep: list[tuple[int, int, str]], words: list[str], cut: int, speakers: Speakers
) -> int:
    """The phrase's first word: "the" after a first word that names nobody and does not
    lead into it starts the speaker ("In October the company said", "To be protected
    from terror the government says"; not "Obama the realist")."""
    if cut + 2 >= len(words) or words[cut + 1] not in _THE:
        return cut
    first = words[cut]
    if (
        not first[-1:].isalpha()
        or first.lower() in _BEFORE_ARTICLE
        or first.lower() in PRONOUNS  # "We the People"
        or first.endswith("ed")
        or speakers.inside(keep[cut][0], keep[cut + 1][0])
    ):
        return cut
    return cut + 1


def _speaker_right(
    text: str, cue_end: int, hi: int, speakers: Speakers
) -> tuple[Span, list[str]] | None:
    """The speaker after an inverted cue (``"…," said X``)."""
    toks: list[tuple[int, int, str]] = []
    prev = cue_end  # the end of the token before
    for m in _TOKEN_RE.finditer(text, cue_end, min(hi, cue_end + 400)):  # 8 tokens at most
        start, end = m.span()
        if len(toks) >= 8 or (start > prev and not text[prev:start].isspace()):
            break  # eight tokens, or more than spaces before this one
        word = m.group()
        low = word.lower()
        if low in BARRIERS or (toks and low in PREPOSITIONS):
            break
        toks.append((start, end, word))
        if word.endswith(".") and not _ABBREV_RE.match(word):
            break
        prev = end
    while toks and toks[-1][2].endswith("."):
        s, e, w = toks[-1]
        if len(w) > 2 and not w[:-1].isupper() and w[:-1] not in _NAME_SUFFIXES:
            toks[-1] = (s, e - 1, w[:-1])
        break
    if not toks:
        return None
    return _phrase(text, toks, speakers)


_NAME_SUFFIXES = frozenset(("Jr", "Sr", "Jnr", "Snr"))  # "said John Smith Jr.": his stop
_LOOSE_RIGHT = re.compile(
    r"\s+((?:the|a|an|one|another)\s+)?([\w’'-]+(?:\s+[\w’'.-]+){0,6}?)\s*(?=[,.;:(—–]|$)"
)


def _speaker_right_loose(text: str, cue_end: int, hi: int) -> tuple[Span, list[str]] | None:
    """After ``"…," said``: the words up to the next comma or full stop, when the strict
    scan finds no speaker (``said the 46-year-old.``, ``said master of ceremonies X``)."""
    m = _LOOSE_RIGHT.match(text, cue_end, min(hi, cue_end + 120))
    if m is None:
        return None
    words = m.group(0).split()
    if any(w.lower() in BARRIERS for w in words):
        return None
    start = m.start(1) if m.group(1) else m.start(2)
    return Span(start, m.end(2)), words
