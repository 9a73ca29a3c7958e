"""Text helpers for statement finding: quotations, sentence units, content spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.analyse.attribution_words import PREPOSITIONS, SPEECH_FORMS
from briefing.analyse.statements_fast_regex import words_at_start
from briefing.model import Paragraph, Sentence, Span

_TOKEN_RE = re.compile(r"[\w’'./\-]+")
_OPEN = '“"«'
_CLOSE = '”"»'
_QUOTE_END = "”\"'"
# Quotation marks as an alternation of literals rather than "[“”\"«»]|''": the regex
# engine then scans for their first characters quickly (the same matches, ~2.5x faster).
_QUOTE_CHAR = re.compile("“|”|\"|«|»|''")
_ALNUM = re.compile(r"[^\W_]")
_ONLY_COMMAS = re.compile(r"^[\s,]*$")  # nothing but spaces and commas
# ``, adding``, ``;`` or `` — ``; written to start with a character set (the regex engine
# scans for it quickly): a dash match starts at the dash, the space before it is its start.
_CLAUSE_END = re.compile(
    r"[,;—–](?:(?<=,)(?:[”\"]|'')?\s+(?:and\s+)?(?=(?:adding|saying|noting|stating|arguing|warning|insisting|"
    r"explaining|according to|but|while|although)\b)|(?<=;)|(?<=\s[—–])\s)"
)


@dataclass(slots=True)
class _Unit:
    start: int
    end: int
    paragraph: int
    quotes: list[tuple[int, int]]
    first: int = 0  # index of its first sentence
    last: int = 0  # index of its last sentence


_NO_QUOTES: list[tuple[int, int]] = []  # never appended to (see _units)


def quotations(text: str, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int, int]]:
    """Quoted stretches ``(start, end, paragraph)`` including their marks.

    Curly quotes pair by direction, straight ones (``"`` and the typewriter ``''``)
    alternate; a quotation still open at the end of a paragraph ends there (news style
    reopens it in the next paragraph).
    """
    singles = [c for c in ('"' if text.isascii() else _SINGLE_MARKS) if c in text]
    doubled = "''" in text
    if not singles and not doubled:
        return []
    if not doubled and singles == ['"']:
        return _straight_quotations(text, paragraphs)
    return _paired_quotations(text, paragraphs, singles, doubled)


def _paired_quotations(
    text: str, paragraphs: Sequence[Paragraph], singles: list[str], doubled: bool
) -> list[tuple[int, int, int]]:
    """:func:`quotations` by listing each paragraph's marks (``singles`` of
    ``_SINGLE_MARKS``, ``''`` if ``doubled``) and pairing them."""
    out: list[tuple[int, int, int]] = []
    for index, para in enumerate(paragraphs):
        end = para.end
        opened = -1
        for i, mark in _marks(text, para.start, end, singles, doubled):
            if opened < 0:
                # A closing mark opens only at the very start of a paragraph (a typo).
                if (mark != "”" and mark != "»") or i == para.start:
                    opened = i
            elif (mark == '"' or mark == "“") and _reopens(text, i, end, opened):
                out.append((opened, i - 1, index))
                opened = i
            elif mark in ("”", "»", '"', "''"):
                if i - opened > 1:
                    out.append((opened, i + len(mark), index))
                opened = -1
            elif mark == "“":
                if _typo_close(text, i, end):  # ``unusual,“ said``: a closing typo
                    out.append((opened, i + 1, index))
                    opened = -1
                else:
                    opened = i
        if opened >= 0 and end - opened > 2:
            out.append((opened, end, index))
    return out


_SINGLE_MARKS = '“”"«»'


def _straight_quotations(text: str, paragraphs: Sequence[Paragraph]) -> list[tuple[int, int, int]]:
    """:func:`quotations` of a text whose only marks are straight ones (``"``): in each
    paragraph they open and close in turn, found by ``str.find`` with no list of marks."""
    out: list[tuple[int, int, int]] = []
    find = text.find
    for index, para in enumerate(paragraphs):
        end = para.end
        i = find('"', para.start, end)
        while i >= 0:
            j = find('"', i + 1, end)
            if j < 0:  # still open at the paragraph's end
                if end - i > 2:
                    out.append((i, end, index))
                break
            if _reopens(text, j, end, i):
                out.append((i, j - 1, index))
                i = j
                continue
            if j - i > 1:
                out.append((i, j + 1, index))
            i = find('"', j + 1, end)
    return out


def _reopens(text: str, i: int, end: int, opened: int) -> bool:
    """True if the mark at ``i``, inside the quotation opened at ``opened``, opens the
    next one: after a full stop and a space, before a word (``… this club. "No one
    is …``: a quote of several paragraphs whose breaks were lost, each reopened)."""
    return (
        i - opened > 3
        and text[i - 1] == " "
        and text[i - 2] in ".?!"
        and i + 1 < end
        and text[i + 1].isalnum()
    )


def _marks(
    text: str, start: int, end: int, singles: list[str], doubled: bool
) -> list[tuple[int, str]]:
    """``(offset, mark)`` of the quotation marks in ``[start, end)``, in order: what
    ``_QUOTE_CHAR.finditer`` finds, by ``str.find`` for each mark the text holds (``singles``
    of ``_SINGLE_MARKS``; ``''`` if ``doubled``), which is faster."""
    found: list[tuple[int, str]] = []
    for mark in singles:
        i = text.find(mark, start, end)
        while i >= 0:
            found.append((i, mark))
            i = text.find(mark, i + 1, end)
    if doubled:
        i = text.find("''", start, end)
        while i >= 0:
            found.append((i, "''"))
            i = text.find("''", i + 2, end)
    found.sort()
    return found


def _typo_close(text: str, i: int, end: int) -> bool:
    """True if the opening mark at ``i`` (inside a quotation) closes it: it ends a
    word or punctuation and no word follows it (``“It is unusual,“ said``)."""
    before = text[i - 1]
    after = text[i + 1] if i + 1 < end else " "
    return (before in ",.?!" or before.isalnum()) and not after.isalnum() and after not in "‘'"


def _units(
    sentences: Sequence[Sentence],
    quotes: list[tuple[int, int, int]],
    marked: Sequence[int] | None = None,
) -> list[_Unit]:
    """Sentences merged where a quotation runs across them; only the sentences
    ``marked`` (indexes, in order; default all): a sentence left out starts a new unit
    after it, as a sentence without quotation would."""
    units: list[_Unit] = []
    qi = 0
    nq = len(quotes)
    last: _Unit | None = None
    prev = -2
    for index in range(len(sentences)) if marked is None else marked:
        sentence = sentences[index]
        s_start, s_end, s_para = sentence.start, sentence.end, sentence.paragraph
        if (
            last is not None
            and prev == index - 1
            and last.quotes
            and last.paragraph == s_para
            and last.quotes[-1][1] > s_start
        ):
            last.end = s_end
            last.last = index
            unit = last
        else:
            unit = last = _Unit(s_start, s_end, s_para, _NO_QUOTES, index, index)
            units.append(unit)
        prev = index
        while qi < nq and quotes[qi][0] < s_end:
            quote = quotes[qi]
            if quote[1] > unit.start:
                if unit.quotes:
                    unit.quotes.append(quote[:2])
                else:  # most sentences quote nothing: they share one empty list
                    unit.quotes = [quote[:2]]
                unit.end = max(unit.end, min(quote[1], _para_end(quote, sentence)))
            qi += 1
    return units


def marked_sentences(
    text: str,
    sentences: Sequence[Sentence],
    quotes: Sequence[tuple[int, int, int]],
    cue_starts: Sequence[int],
) -> list[int]:
    """Indexes of the sentences that may hold a statement: those holding a cue's start or
    a colon, overlapping a quotation, or opening a line that holds a colon. Every other
    sentence is read as one without cue or quotation, which finds nothing."""
    ends = [s.end for s in sentences]  # a list comprehension: faster than map(attrgetter)
    marked = {bisect_right(ends, c) for c in cue_starts}
    n = len(sentences)
    for a, b, _ in quotes:
        i = bisect_right(ends, a)
        while i < n and sentences[i].start < b:
            marked.add(i)
            i += 1
    colon = text.find(":")
    if colon >= 0:
        starts = [s.start for s in sentences]
        while colon >= 0:
            marked.add(bisect_right(ends, colon))  # "… Smith boomed:"
            line = text.rfind("\n", 0, colon) + 1  # "Smith: …" opening the line
            marked.add(bisect_left(starts, line))
            colon = text.find(":", colon + 1)
    marked.discard(n)
    return sorted(marked)


def joins_next(text: str, unit: _Unit, nxt: _Unit, cues: Sequence[tuple[int, int, str]]) -> bool:
    """True if ``nxt`` is a short cued sentence belonging to the quotation that ends
    ``unit`` (``''Can we win?'' Mr. Smith asked.``, split by the sentence finder)."""
    last = unit.quotes[-1]
    return (
        not nxt.quotes
        and last[1] >= unit.end - 1
        and unit.paragraph == nxt.paragraph
        and _ENDS_QUESTION.search(text, last[0], last[1]) is not None
        and len(text[nxt.start : nxt.end].split()) <= _SHORT
        and bisect_left(cues, (nxt.start,)) < bisect_left(cues, (nxt.end,))
    )


_ENDS_QUESTION = re.compile(r"[?!](?:[”\"]|'')$")
_SHORT = 8


def _para_end(quote: tuple[int, int, int], sentence: Sentence) -> int:
    return quote[1] if quote[2] == sentence.paragraph else sentence.end


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each ``_TOKEN_RE`` match in ``[start, end)``.

    Tokens are maximal runs of token characters, so the first occurrence of a token's
    word after the previous token's end is the token itself: ``findall`` and ``find``
    place them without building a match object per token."""
    out = []
    pos = start
    for word in _TOKEN_RE.findall(text, start, end):
        at = text.find(word, pos)
        pos = at + len(word)
        out.append((at, pos, word))
    return out


def _trim(text: str, start: int, end: int, quoted: bool = False) -> Span | None:
    """Strip leading/trailing spaces and punctuation (keeping a quotation's own)."""
    seg = text[start:end]
    stripped = seg.lstrip(" \t\n\xa0,:")
    start += len(seg) - len(stripped)
    end = start + len(stripped.rstrip() if quoted else stripped.rstrip(" \t\n\xa0,;:."))
    return Span(start, end) if end > start else None


_LEFT_STRIPPED = frozenset(" \t\n\xa0,:")  # what _trim strips on each side
_RIGHT_STRIPPED = frozenset(" \t\n\xa0,;:.")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` as :func:`_trim` strips it (not quoted), as offsets; empty
    (``end <= start``) if nothing is left or no letter or digit (")", "I think)" cut to
    ")"): the span is built only for words kept. The characters are stepped over in
    place, without the copies that slicing and stripping make of a long stretch."""
    if end > len(text):
        end = len(text)
    if end <= start:
        return start, start
    while start < end and text[start] in _LEFT_STRIPPED:
        start += 1
    while end > start and text[end - 1] in _RIGHT_STRIPPED:
        end -= 1
    if end > start and not text[start].isalnum() and not _ALNUM.search(text, start, end):
        return start, start
    return start, end


def _contents(
    text: str, start: int, end: int, quotes: list[tuple[int, int]], cut: bool = True
) -> tuple[list[Span], str]:
    """Contents of ``[start, end)``: its quotations when nothing else is said, else the
    whole stretch (up to a quotation closing on a comma before an aside, if ``cut``);
    with the kind."""
    inner = [(a, b) for a, b in quotes if a >= start and b <= end + 1] if quotes else quotes
    if inner:
        at = start  # nothing but the quotations: no letter or digit between them
        for a, b in inner:
            if _ALNUM.search(text, at, a):
                break
            at = b
        else:
            if at >= end or not _ALNUM.search(text, at, end):
                return [Span(a, b) for a, b in inner], "direct"
    start, end = _trimmed(text, start, end)
    if end <= start:
        return [], "indirect"  # nothing, or no word ("I think)")
    if quotes and _QUOTE_CHAR.search(text, start, end + 1) is not None:
        last = text[end : end + 2]
        if last == "''":
            end += 2
        elif last and last[0] in _CLOSE:
            end += 1
        span = Span(start, end)
        return [_cut_after_comma_quote(text, span, quotes) if cut else span], "mixed"
    return [Span(start, end)], "indirect"


def _cut_after_comma_quote(text: str, span: Span, quotes: list[tuple[int, int]]) -> Span:
    """``things “should be wrapped up,” referring to …``: reported words end at their last
    quotation when it closes on a comma and words without a quotation follow it."""
    last = None
    for a, b in quotes:
        if a >= span.end:
            break
        if a >= span.start:
            last = (a, b)
    if last is None or last[1] >= span.end:
        return span
    a, b = last
    mark = 2 if text[b - 2 : b] == "''" else 1
    if text[b - mark - 1] != "," or _title(text, a + mark, b - mark - 1):
        return span
    nxt = _NEXT_WORD.match(text, b, span.end)
    if nxt is None or nxt.group(1).lower() in _GOES_ON:
        return span  # "“peanuts,” compared to …", "“futile,” because …": the clause goes on
    return Span(span.start, b)


_NEXT_WORD = re.compile(r"\s*(?:and\s+)?([\w’']+)")
# Words after ``,”`` that carry the reported clause on (subordinators, prepositions).
_GOES_ON = PREPOSITIONS | frozenset(
    "because while where when whereas compared that if unless since "
    "is are was were has have had it".split()
)


def _title(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` reads as a title, not speech: two words at least, every
    one capitalised but short function words inside ("Fox and Friends")."""
    words = text[start:end].split()
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or not w[:1].isalpha() or w in _TITLE_SMALL for w in words)
    )


_TITLE_SMALL = frozenset("and of the a an in on for to with at by or".split())


def _has_quote(text: str, start: int, end: int) -> bool:
    return _QUOTE_CHAR.search(text, start, end) is not None


def _clause_end(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]] = ()) -> int:
    """Where the clause from ``start`` ends: a new attribution, "but", ";", a dash (not
    one of a pair around an aside the clause goes on after: "the guards – who … - were")."""
    past = start  # the end of the last dashed aside stepped over
    for m in _CLAUSE_END.finditer(text, start, end):
        at = m.start()
        if at < past:
            continue
        ch = text[at]
        if text.endswith("that", start, at) and not text[at - 5 : at - 4].isalnum():
            continue  # "said that, while …, …": "that" opens the clause, it cannot end it
        if ch == ",":
            if text[at + 1] in _QUOTE_END:  # ``…,” adding``: the clause ends after the mark
                at += 3 if text[at + 1] == "'" else 2
        elif ch != ";":
            at -= 1  # the space before the dash
            if at < start:
                continue
            past = _aside_end(text, at + 1, end)
            if past > at:
                continue
        for a, b in quotes:
            if a < at < b:
                break
        else:
            return at
    return end


# The dash closing an aside opened by a dash, the clause going on in lower case after it.
_ASIDE_CLOSE = re.compile(r"[^.;:!?“”\"]{3,120}? [—–-] (?=['‘\"“]?[a-z])")


def _aside_end(text: str, dash: int, end: int) -> int:
    """Where the aside opened by the spaced dash at ``dash`` closes (``– who … - were``:
    past the second dash), or -1 if the dash does not open one."""
    m = _ASIDE_CLOSE.match(text, dash + 1, end)
    return m.end() if m is not None else -1


# ``(?:\s*,\s*(?:and\s+|but\s+|then\s+)?|\s+(?:and|but|before|after|while|then)\s+)``
# then up to three words to the end, written to open with the comma or space every match
# opens with (the regex engine then scans for those, not trying every position).
_CONNECTOR = re.compile(
    r"[\s,](?:(?<=,)\s*(?:and\s+|but\s+|then\s+)?|"
    r"(?<=\s)(?:\s*,\s*(?:and\s+|but\s+|then\s+)?|\s*(?:and|but|before|after|while|then)\s+))"
    r"(?:[\w’'-]+\s+){0,3}$"
)


def _tense(form: str) -> str:
    """``s`` (says), ``ing`` (saying) or ``past`` (said, called) for a cue's form."""
    if form.endswith("ing"):
        return "ing"
    return "s" if form.endswith("s") and not form.endswith("ss") else "past"


def connector_start(text: str, start: int, cue_start: int, cue: str = "") -> int:
    """Start of ", and Trump" / "before" linking ``[start, cue_start)`` to a next cue, or -1
    (``cue``: the form of the statement's own cue, whose tense a bare "and" + verb shares)."""
    m = _CONNECTOR.search(text, start, cue_start)
    if m is None or m.start() <= start:
        return -1
    link = m.group()
    words = link.replace(",", " ").split()[1:]
    subject = any(w[:1].isupper() or w.lower() in _SUBJECTS for w in words)
    verb = text[cue_start : cue_start + 40].split()[0]
    if "," in link or subject or verb.endswith("ing"):
        return m.start()
    if words or link.split()[0] not in ("and", "but"):
        return -1
    verb = verb.rstrip(",:")
    # "said … and called": an inflected speech verb in the cue's own tense ("stating that
    # China … and maintains" keeps the clause's own verb)
    if verb in _SAID_AGAIN or (
        verb in SPEECH_FORMS and verb != SPEECH_FORMS[verb] and _tense(verb) == _tense(cue)
    ):
        return m.start()  # "… and said, “…”": a second statement of the same speaker
    return -1


_THAT_WORD = re.compile(words_at_start(["that"]) + r"\b")
_SUBJECTS = frozenset("he she they i we it".split())
_SAID_AGAIN = frozenset("said says added adds told tells wrote writes asked asks".split())


def _trivial(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` holds no reported words (only time, place, punctuation)."""
    if _QUOTE_CHAR.search(text, start, end) is not None:
        return False
    rest = text[start:end]
    if _THAT_WORD.search(rest):
        return False  # "in a letter to members that …": reported words follow
    # Words holding a letter or digit: most open with one, the regex looks at the others.
    head = rest.split(None, 10)
    if len(head) == 11 and all(w[0].isalnum() or _ALNUM.search(w) for w in head[:10]):
        return _asides_only(rest)  # ten words at least
    words = [
        w for w in (head if len(head) < 11 else rest.split()) if w[0].isalnum() or _ALNUM.search(w)
    ]
    if len(words) > 9:
        return _asides_only(rest)
    if not words or _ONLY_COMMAS.match(rest):
        return True
    first = words[0].strip(",").lower()
    return rest.lstrip()[:1] == "," or first in PREPOSITIONS or first in _WHEN_WORDS


_WHEN_WORDS = frozenset(
    "last this yesterday today tonight earlier later recently monday tuesday wednesday"
    " thursday friday saturday sunday".split()
)


def _asides_only(rest: str) -> bool:
    """True if every comma-separated piece of the long ``rest`` opens with a preposition
    or a time ("on Tuesday, after years of debate over …"): asides, no reported clause;
    not one piece alone ("at least six planes …")."""
    if "," not in rest:
        return False
    for piece in rest.split(","):
        words = piece.split(None, 2)
        if not words:
            continue
        first = words[0].lower()
        if first not in PREPOSITIONS and first not in _WHEN_WORDS:
            return False
        if first == "at" and words[1:2] in (["least"], ["most"]):
            return False  # "at least seven delegates have signed": a number, reported
    return True
