"""Quotation conventions for statement finding: who stands between a quotation and its
cue, what follows a cue, where a quote resumes, and ``"…" ― Name`` attributions."""

from __future__ import annotations

import re

from briefing.analyse.attribution_words import PREPOSITIONS, ROLE_ORG, ROLE_PERSON
from briefing.analyse.statements_text import _QUOTE_CHAR, _trim, _Unit
from briefing.model import Span

# A quotation whose words end in a comma, "?" or "!": the sentence goes on to its speaker.
_OPEN_ENDED = re.compile(r"[,?!]\s*(?:[”“\"»]|'')$")
_LAST_OF_OPEN_ENDED = frozenset("”“\"»'\n")  # a match ends in one ("$" may precede "\n")
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
_THAT_WORD = re.compile(r"\bthat\b")
# Words opening an adverbial after a cue ("said Friday as he entered", "said after …").
_ADJUNCT_WORDS = PREPOSITIONS | frozenset(
    "as when while after before during following amid upon until once "
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
    "last this earlier later recently".split()
)
_SPACE = "[ \t\xa0]"
# ``"…" ― Carlos Ruiz``: a dash and a name alone to the end of the line.
_DASH_NAME = re.compile(
    rf"{_SPACE}*([―—]{{1,2}}){_SPACE}*((?:[A-Z][\w’'.-]*{_SPACE}+){{0,4}}[A-Z][\w’'-]*)"
    rf"[{_SPACE[1:-1]}.]*(?:\n|$)"
)
# ``"…"`` closing a paragraph, ``- Jane Roe, Ohio.`` the next: a signature line below.
_SIGNED_BELOW = re.compile(
    rf"{_SPACE}*\n\s*([-–—―]{{1,2}}){_SPACE}*((?:[A-Z][\w’'.-]*{_SPACE}+){{0,4}}[A-Z][\w’'-]*)"
    rf"(?:,[^\n]{{0,80}})?[{_SPACE[1:-1]}.]*(?:\n|$)"
)
_MAX_GAP_WORDS = 25


def speaker_after_quote(text: str, unit: _Unit, lo: int, cue_start: int) -> Span | None:
    """The words between an open-ended quotation and the cue (``"…," X, a …, said``)."""
    last = None
    for a, b in unit.quotes:
        if b > cue_start:
            break  # the quotations are in order and disjoint: the later ones end later
        if a >= lo:
            last = (a, b)
    if (
        last is None
        or text[lo : last[0]].strip()
        or text[last[1] - 1] not in _LAST_OF_OPEN_ENDED
        or not _OPEN_ENDED.search(text, last[0], last[1])
    ):
        return None
    gap = text[last[1] : cue_start]
    if not gap.strip() or _QUOTE_CHAR.search(gap) or len(gap.split()) > _MAX_GAP_WORDS:
        return None
    start = last[1] + len(gap) - len(gap.lstrip())
    return Span(start, start + len(gap.strip()))


def adjunct(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` after a cue is an aside, not reported words: it opens
    with a comma, a time or place ("Friday", "on CNN's …", "after …", "as …") and holds
    no "that" clause."""
    rest = text[start:end]
    if rest.lstrip()[:1] == ",":
        return True
    m = _FIRST_WORD.match(rest)
    return m is not None and m.group(1).lower() in _ADJUNCT_WORDS and not _THAT_WORD.search(rest)


def resumed(text: str, unit: _Unit, after: int) -> Span | None:
    """A quotation after an aside that resumes a quote (``, "you give …"``: after a
    comma, opening in lower case)."""
    for a, b in unit.quotes:
        if a < after:
            continue
        word = text[a + 1 : a + 3].lstrip("'")
        if text[max(after, a - 2) : a] == ", " and word[:1].islower():
            return Span(a, b)
        return None
    return None


def dash_speaker(text: str, end: int) -> tuple[Span, Span] | None:
    """(dash, name) of ``"…" ― Name`` right after a quotation ending at ``end``, or of a
    signature line ``- Name, …`` below it."""
    m = _DASH_NAME.match(text, end) or _SIGNED_BELOW.match(text, end)
    if m is None:
        return None
    return Span(*m.span(1)), Span(*m.span(2))


def signature_end(text: str, dash: Span) -> int:
    """End of the line holding a signature's dash."""
    end = text.find("\n", dash.end)
    return len(text) if end < 0 else end


# ``Poll: Voters …`` / ``WALLACE: If I may …``: a paragraph led by a name and a colon.
_COLON_LEAD = re.compile(
    r"[\"“]?((?:[A-Z][\w’'.-]*[ \xa0]){0,3}[A-Z][\w’'.-]*[\w’'](?: \([A-Z][\w.,-]{0,10}\))?)"
    r"(:)[ \xa0]+(?=\S)"
)
# Labels that lead a paragraph with a colon without anyone speaking.
_LABELS = frozenset(
    "update updated note photo photos video watch read related source sources editor "
    "editor's editors correction clarification breaking exclusive live advertisement "
    "transcript subscribe follow share tags tag topics caption credit credits image "
    "pictured see also listen warning spoiler disclosure disclaimer contact email "
    "phone web website location when where date time price cost tickets byline by "
    "contributing reporting written produced wow"
    "".split()
)


_ARTICLES = frozenset(("The", "A", "An", "THE"))
_ROLES = ROLE_ORG | ROLE_PERSON


def colon_lead(text: str, start: int) -> tuple[Span, Span] | None:
    """(speaker, colon) of a paragraph opening ``Name: …``, or None."""
    if start and text[start - 1] != "\n":
        return None
    line_end = text.find("\n", start)
    if text.find(":", start, len(text) if line_end < 0 else line_end) < 0:
        return None  # no colon on the line: _COLON_LEAD cannot match
    m = _COLON_LEAD.match(text, start)
    if m is None or len(m.group(1)) < 2 or m.group(1).split()[0].lower() in _LABELS:
        return None
    words = m.group(1).split()
    if any(w.lower() in _LABELS for w in words):
        return None
    if len(words) > 1 and words[0] in _ARTICLES and words[-1].lower() not in _ROLES:
        return None  # "The Latest: …", "The Gap Goes On: …": a title, not "The President:"
    return Span(*m.span(1)), Span(*m.span(2))


# Words opening what follows ", he said," that start a clause of their own, not the rest
# of the reported sentence.
_NEW_CLAUSE = frozenset("and but or nor so yet who which whose where according".split())


def parenthetical_rest(text: str, before: int, cue_end: int, clause: int) -> Span | None:
    """The reported words after a cue set off by commas inside them ("The plan, he said,
    would fail"): ``[cue_end, clause)`` when a comma closes the cue, one opens it just
    before ``before`` (the speaker's or cue's start), and lower-case words follow, maybe
    quoted (``, he said, “not only …”``), that open no clause of their own ("and …",
    "adding …"). A short adjunct may come between the cue and its comma ("he said on
    Tuesday,"), not before another ("…, after years of debate": asides only)."""
    if before < 2 or text[before - 2 : before] != ", ":
        return None
    comma = cue_end if text.startswith(", ", cue_end) else _adjunct_comma(text, cue_end)
    if comma < 0:
        return None
    start = comma + 2
    head = text[start : start + 24].split(None, 1)
    if len(head) < 2:
        return None
    first = head[0].lstrip("\"“'").rstrip(",")
    if not first[:1].islower() or first in _NEW_CLAUSE or first.endswith("ing"):
        return None
    if comma > cue_end and first in _ADJUNCT_WORDS:  # "said on Tuesday, after years …"
        return None
    return _trim(text, start, clause)


def _adjunct_comma(text: str, cue_end: int) -> int:
    """Where ", " ends a short adjunct right after a cue (" on Tuesday, "), else -1."""
    comma = text.find(", ", cue_end, cue_end + 40)
    if comma < 0 or text[cue_end : cue_end + 1] != " ":
        return -1
    words = text[cue_end:comma].split()
    if len(words) > 5 or words[0].lower() not in _ADJUNCT_WORDS:
        return -1
    return -1 if _QUOTE_CHAR.search(text, cue_end, comma) or "." in words[-1] else comma
