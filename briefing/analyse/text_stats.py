"""Shared word statistics for key points and sections: tokens, stop words, quotes.

Words (key points) are lower-cased runs of letters and digits, optionally with one
apostrophe part ("china's", "don't"). Terms (sections) also keep inner hyphens and
further apostrophe parts whole ("indo-pacific"); every word lies inside one term (a
term of letters and digits only is one word), so one term scan per sentence
(:func:`sentence_terms`, run once by ``Analyser.article`` and passed to both) serves both.
Stop words are a fixed English list (function words plus reporting filler such as
"said", "mr", "year"), written here so nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import Sentence

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# Possessive quantifiers (never backtracking) give the same terms, faster.
TERM = re.compile(r"\w++(?:[-'’]\w++)*+")
# The same for ASCII text, where it gives the same terms and runs faster.
_TERM_ASCII = re.compile(TERM.pattern, re.ASCII)
# Any double quotation mark; single quotes are too often apostrophes to count.
QUOTE_MARKS = '"“”'
# Quoted speech for the key-point penalty: also the opening single quote, which British
# papers use for speech and which, unlike the closing one, is never an apostrophe.
SPEECH_MARKS = QUOTE_MARKS + "‘"
# Reported speech: "..., the minister said", "she told reporters".
ATTRIBUTION_WORDS = frozenset(("said", "says", "told"))
_CLOSERS = frozenset("\"'”’»)]")
TERMINATORS = frozenset(".!?…")

_STOP = """
a about above after again against all am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each few for from further had hadn't has hasn't have
haven't having he he'd he'll he's her here here's hers herself him himself his how how's
i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
myself no nor not of off on once only or other ought our ours ourselves out over own same
shan't she she'd she'll she's should shouldn't so some such than that that's the their
theirs them themselves then there there's these they they'd they'll they're they've this
those through to too under until up very was wasn't we we'd we'll we're we've were weren't
what what's when when's where where's which while who who's whom why why's with won't would
wouldn't you you'd you'll you're you've your yours yourself yourselves also said says say
will one two mr mrs ms
"""
STOP_WORDS = frozenset(
    {w for w in _STOP.split()} | {w.replace("'", "’") for w in _STOP.split() if "'" in w}
)

# Extra words too generic to name a section ("NATO: said, year" helps nobody).
_GENERIC = """
year years new time times people just like get gets got make makes made many much may might
must could would should week weeks month months day days last first next now well back told
according including however since even still way ago around among another every later three
four five six seven eight nine ten percent per cent use used using part take takes took
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow weekend
january february march april june july august september october november december
already always anymore almost despite previously recently currently really actually simply
found find finds going goes went come comes came think thinks thought know knows knew want
wants wanted see sees saw seen look looks looked give gives gave given put puts call calls
called keep keeps kept left lot lots thing things something anything nothing everything
someone anyone everyone whether though although without within across along behind near
added adding asked asking says saying tell tells telling went become became becomes
able likely possible several least less far away yet else enough rather quite earlier
mr mrs ms dr
"""
TITLE_STOP_WORDS = STOP_WORDS | frozenset(_GENERIC.split())


def is_terminated(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` ends with a stop, perhaps before closing quotes."""
    i = end - 1
    while i >= start and (text[i] in _CLOSERS or text[i].isspace()):
        i -= 1
    return i >= start and text[i] in TERMINATORS


def lower_aligned(text: str) -> str | None:
    """``text.lower()`` if it lines up with ``text`` character for character, else None.

    Then ``lower_aligned(text)[a:b] == text[a:b].lower()`` for every span, so one call
    serves all sentences. It fails for the few characters that lower-case to two
    ("İ") and for capital sigma, whose lower case depends on the letter after it.
    """
    low = text.lower()
    if len(low) != len(text) or "Σ" in text:
        return None
    return low


@dataclass(frozen=True, slots=True)
class SentenceTerms:
    """One :data:`TERM` scan of an article's sentences, shared by key points and sections.

    ``low`` is ``lower_aligned(text)`` (None when lower-casing moves offsets; then each
    sentence was lower-cased on its own); ``terms[i]`` holds sentence ``i``'s terms.
    """

    low: str | None
    terms: list[list[str]]


def sentence_terms(text: str, sentences: Sequence[Sentence]) -> SentenceTerms:
    """Scan every sentence of ``text`` for its lower-cased :data:`TERM` tokens, once.

    ``Analyser.article`` calls this once and hands the result to key points and sections;
    either computes it when called without one, with the same result. ASCII sentences are
    split at spaces (:func:`_split_terms`), the others scanned with :data:`TERM`.
    """
    low = lower_aligned(text)
    if low is None:
        return SentenceTerms(None, [TERM.findall(text[s.start : s.end].lower()) for s in sentences])
    ascii_text = text.isascii()
    # Each other character becomes a "?" (offsets stay), then a space: for ASCII sentences.
    spaced = (low if ascii_text else low.encode("ascii", "replace").decode()).translate(_SPACE_OUT)
    terms = []
    for s in sentences:
        start, end = s.start, s.end
        if not ascii_text and not low[start:end].isascii():
            terms.append(TERM.findall(low, start, end))
            continue
        terms.append(_split_terms(spaced[start:end]))
    return SentenceTerms(low, terms)


# Every ASCII character that is neither a word character nor a term joiner ("-", "'")
# becomes a space (a full table: translate then never looks a character up twice).
_SPACE_OUT = {c: c if chr(c).isalnum() or chr(c) in "_-'" else ord(" ") for c in range(128)}
# A joiner ("-", "'") without a word character on both sides is not inside a term: the
# joiner is matched first, then "no word character before it, or none after it". Opening
# with the joiner lets the engine skip to the next "-" or "'" in C; a pattern opening with
# the look-behind is tried at every character (8x slower over the BBC texts).
_LOOSE_JOINER = re.compile(r"[-'](?:(?<![A-Za-z0-9_][-'])|(?![A-Za-z0-9_]))")


def _split_terms(spaced: str) -> list[str]:
    """The :data:`TERM` tokens of ASCII text put through :data:`_SPACE_OUT` (``spaced``).

    A joiner belongs to a term when word characters stand on both sides of it; the others
    become spaces too, and splitting at spaces then gives the terms.
    """
    if "-" not in spaced and "'" not in spaced:
        return spaced.split()
    return _LOOSE_JOINER.sub(" ", spaced).split()


def words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Lower-cased word tokens of ``text[start:end]``."""
    return WORD.findall(text[start:end].lower())
