"""Small readings of the words around a cue for :mod:`briefing.analyse.statements`: a
common word before it, a role before its speaker, a dateline opening the sentence, words
with no quotation; each with its cheap tests first."""

from __future__ import annotations

import re

from briefing.analyse.attribution_words import (
    AUXILIARIES,
    BARRIERS,
    DETERMINERS,
    EVIDENCE,
    EVIDENCE_BARE,
    EVIDENCE_HEADS,
    PREPOSITIONS,
    PRONOUNS,
    ROLE_ORG,
    ROLE_PERSON,
    SPEECH_FORMS,
    STATE_FORMS,
)
from briefing.analyse.keypoint_rules import content_start
from briefing.analyse.statements_cues import _Cue
from briefing.analyse.statements_text import _has_quote, _trimmed
from briefing.model import Span

_THAT_OR_COLON = re.compile(r"\s*(?:that\b|:)")
_WORD_BEFORE_CUE = re.compile(r"([\w’'-]+)\s+$")


def _common_before(text: str, lo: int, cue: _Cue) -> bool:
    """True if a lower-case word that names nobody (no pronoun, role or evidence such as
    "poll") stands right before ``cue``."""
    m = _WORD_BEFORE_CUE.search(text, max(lo, cue.start - 30), cue.start)
    if m is None or not m.group(1)[0].islower():
        return False
    word = m.group(1).lower()
    return (
        word not in PRONOUNS
        and word not in ROLE_ORG
        and word not in ROLE_PERSON
        and word not in EVIDENCE
    )


def _shown(text: str, lo: int, cue: _Cue) -> bool:
    """True if evidence "shows" or "finds" (``cue``), with or without "that": an evidence
    noun right before it ("the poll shows Smith ahead", "studies find no link")."""
    if cue.lemma not in EVIDENCE_BARE:
        return False
    m = _WORD_BEFORE_CUE.search(text, max(lo, cue.start - 30), cue.start)
    if m is None:
        return False
    if m.group(1).lower() in EVIDENCE:
        return True
    return not cue.read.gerund and _evidence_subject(text, lo, cue.start) >= 0


_SUBJECT_TOKEN = re.compile(r"[\w’'./&-]+|[^\w\s]")
_SUBJECT_TOKENS = 14  # words between an evidence noun and its cue, at most
_SUBJECT_CHARS = 160  # and characters before the cue
_SUBJECT_NOUNS = EVIDENCE | EVIDENCE_HEADS
_SUBJECT_STOPS = frozenset('.;:!?"“”()—–')


def _evidence_subject(text: str, lo: int, start: int) -> int:
    """Start of the subject before a cue at ``start`` if it is headed by an evidence noun
    with its modifiers ("A poll from the college released Monday found", "An average of
    recent polls shows"), else -1. Not a noun after a preposition other than "of"
    ("leading in the polls, showed") or an auxiliary ("can record shows"), nor a
    capitalised one after a lower-case word ("voted Record Of The Year on the show")."""
    low = max(lo, start - _SUBJECT_CHARS)
    if _SUBJECT_NOUNS.isdisjoint(text[low:start].lower().split()):
        return -1  # the cheap test first: no evidence noun between spaces
    toks = list(_SUBJECT_TOKEN.finditer(text, low, start))
    for i in range(len(toks) - 1, max(-1, len(toks) - 2 - _SUBJECT_TOKENS), -1):
        tok = toks[i].group()
        if tok.lower() in _SUBJECT_NOUNS:
            return _subject_start(toks, i)
        if tok.lower() in BARRIERS or tok in _SUBJECT_STOPS or tok == ",":
            return -1
    return -1


def _token_at(toks: list[re.Match[str]], start: int) -> str:
    """The token of ``toks`` starting at ``start``."""
    return next((t.group() for t in toks if t.start() == start), "")


def _subject_start(toks: list[re.Match[str]], i: int) -> int:
    """Where the noun phrase headed by ``toks[i]`` starts (see _evidence_subject)."""
    first = toks[i].start()
    for j in range(i - 1, max(-1, i - 6), -1):  # its determiner and modifiers
        word = toks[j].group()
        low = word.lower()
        if not word[0].isalnum() or low in BARRIERS:
            if j == i - 1 and word == ",":
                return -1  # "…, record shows I want": a verb after a comma
            break
        if low in AUXILIARIES or (low in PREPOSITIONS and low != "of"):
            return -1
        if j == i - 1 and toks[i].group()[0].isupper() and not word[0].isupper():
            return -1
        first = toks[j].start()
        if low in DETERMINERS:
            before = toks[j - 1].group().lower() if j else ""
            if before in PREPOSITIONS and before != "of":
                return -1  # "in the polls"
            if before != "of":
                break
    return -1 if _token_at(toks, first) == "of" else first
    return -1


# "called the plan a disaster", "calls it unfair", "called Smith reckless": an object, then
# "a"/"an" or an adjective (by its ending) naming what the speaker calls it.
_NAMED_AS = re.compile(
    r"\s+(?:it|him|her|them|this|that|these|those|me|us|you"
    r"|(?:the|his|her|their|its|this|these|those|our|my)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
    r"|(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)"
    r"\s+(?:(?:a|an)\s+[\w-]|(?:very\s+|too\s+|so\s+|deeply\s+|totally\s+)?"
    r"(?!several\b)[a-z]+(?:ed|ous|ible|able|ful|ic|ive|ent|ant|less|ary|ory|al)\b)"
)


def _named_as(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` after "called" names something as something."""
    return _NAMED_AS.match(text, start, end) is not None


_SEEN_AS = re.compile(r"\s+(?:[\w’'-]+\s+){0,6}?as\s+[\w“\"]")


def _seen_as(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` after "sees" reads "X as Y" (a view, not sight: "sees the
    vote as a test", not "saw profits fall")."""
    return _SEEN_AS.match(text, start, end) is not None


_ROLE_GAP = re.compile(r",\s+((?:[\w’'.&-]+\s+){1,5})$")


def _before_role(text: str, start: int, end: int) -> int:
    """Where reported words before a speaker end: before the role that introduces the
    speaker ("…, White House spokesman Tony Snow said" ends at the comma), else ``end``."""
    comma = text.rfind(",", max(start, end - 60), end)  # the last comma, 60 back at most
    if comma < 0:
        return end
    m = _ROLE_GAP.match(text, comma, end)
    return comma if m is not None and not _has_quote(text, comma, end) else end


def _lead_start(text: str, start: int, end: int) -> int:
    """``content_start(text[start:min(end, start + 80)])``: how many characters a dateline,
    page control or list marker takes at ``start``. Cheap tests first: a sentence with no
    "(" in its first 60 characters (no dateline) opening with a quotation mark or with a
    letter and no full stop or bracket after it (no list marker), not "Scroll", has none."""
    if end - start < 2 or text.find("(", start, min(end, start + 60)) >= 0:
        return content_start(text[start : min(end, start + 80)])
    first = text[start]
    if first in _QUOTE_OPENERS:
        return 0
    if (
        first.isalpha()
        and text[start + 1] not in ".)"
        and (first not in "sS" or text[start : start + 6].lower() != "scroll")
    ):
        return 0
    return content_start(text[start : min(end, start + 80)])


_QUOTE_OPENERS = frozenset("“”\"‘’'«»")  # no list marker starts with one


def _unquoted(text: str, start: int, end: int) -> tuple[list[Span], str]:
    """``_contents(text, start, end, [])``: in a unit without quotations, the trimmed
    stretch, reported speech."""
    start, end = _trimmed(text, start, end)
    if end <= start:
        return [], "indirect"  # nothing, or no word ("I think)")
    return [Span(start, end)], "indirect"


def _plain(text: str, start: int, end: int) -> bool:
    """True if ``[start, end)`` holds no quotation mark and opens with no "that" or colon."""
    return not _has_quote(text, start, end) and not _THAT_OR_COLON.match(text, start, end)


# "a man charged (previously) with fraud": the accused, not a speaker ("prosecutors
# charged X with fraud" keeps its object, and is PolNeAR's attribution).
_CHARGED_WITH = re.compile(r"\s+(?:[a-z]+ly\s+)?with\b")
# "threatened to sue", "threatens that …": what a threat reports; with another object
# ("threatened stocks of oil", "threatened a try") the verb is no speech.
_THREAT_TO = re.compile(r"\s+(?:(?:also|again|even|now)\s+)?(?:to|that)\b")


# "continued to rise", "is continuing to offer": the verb after "to" says what goes on.
_TO_VERB = re.compile(r"\s+to\s+([a-z]+)\b")


# "the changes proposed by X", "claims denied by Y": a past participle before its agent
# (not "responded by accusing", "declined by 1.3%" is no statement either).
_BY_AGENT = re.compile(r"\s+by\s+(?![a-z]+ing\b)")


def _passive_by(text: str, cue: _Cue) -> bool:
    """True if ``cue`` is a past participle followed by "by" and its agent."""
    if not text.startswith(" by", cue.end):  # the rarest of its conditions first
        return False
    form = cue.form
    return (
        form != cue.lemma
        and not form.endswith(("s", "ing"))
        and _BY_AGENT.match(text, cue.end, cue.end + 40) is not None
    )


# "shares added 5.3%", "the economy added 337,000 jobs", "adding an extra $2": an amount.
_AMOUNT = re.compile(r"\s+(?:an?\s+(?:extra|further)\s+)?[$£€¥]?\d")
# "adding to a mounting series", "added to the pressure" (not "added to reporters that").
_ADD_TO = re.compile(r"\s+to\s+(?!(?:reporters|journalists|the\s+press|me|us|him|her|them)\b)")
# "27 percentage points to 5.8%", "three points to widen the gap": a score, not evidence.
_NUMBER_BEFORE = re.compile(
    r"(?:\d|\b(?:percentage|basis|two|three|four|five|six|seven|eight|nine|ten|consecutive))\s+$"
)


def _no_speech_object(text: str, cue: _Cue) -> bool:
    """True if the words right after ``cue`` make it no reporting verb: "charged with",
    "threatened" without "to" or "that", "continued to" and a verb that reports nothing
    ("continued to rise"; not "continued to insist"), "added" an amount or "to" a
    thing, "points to" after a number."""
    lemma = cue.lemma
    if lemma == "add":  # "added $5", "adding to a series of problems": no speech
        return (
            _AMOUNT.match(text, cue.end, cue.end + 20) is not None
            or _ADD_TO.match(text, cue.end, cue.end + 30) is not None
        )
    if lemma == "point to":
        return _NUMBER_BEFORE.search(text, max(0, cue.start - 12), cue.start) is not None
    if lemma == "continue":
        verb = _TO_VERB.match(text, cue.end, cue.end + 40)
        return (
            verb is not None
            and verb.group(1) not in SPEECH_FORMS
            and verb.group(1) not in STATE_FORMS
        )
    if lemma == "charge":
        return _CHARGED_WITH.match(text, cue.end, cue.end + 80) is not None
    if lemma == "threaten":
        return _THREAT_TO.match(text, cue.end, cue.end + 20) is None
    return False
