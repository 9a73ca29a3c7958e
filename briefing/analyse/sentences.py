"""Rule-based sentence splitting with character offsets.

One compiled regex finds candidate boundaries: a run of terminators (``.``, ``?``,
``!``, ``…``) plus any closing quotes or brackets, followed by whitespace or the end
of the range. Each candidate is then accepted or rejected with a few cheap checks on
the word before the stop and the word after it:

* A lower-case next word never starts a sentence ("a.m. on", "... and", "e.g. the").
* Titles (``Mr.``, ``Dr.``, ``Sen.``, ``Gen.`` ...) and ``e.g.``/``i.e.`` never end one.
* ``No.``, ``Vol.``, ``Jan.`` ... do not end a sentence before a digit ("No. 2", "Jan. 15")
  or a case number ("No. C 03-4121"); nor do the abbreviations of legal citations
  (``Dkt.``, ``Cir.``, ``Supp.``, ``Ex.`` ...), also not before "No." ("FTC Dkt. No. 9302",
  "(8th Cir. 1992)").
* Other abbreviations - a known list (``Inc.``, ``Ltd.``, ``St.``, ``etc.``, ``Calif.``),
  single letters (initials) and dotted forms (``U.S.``, ``J.P.``, ``a.m.``), and a single
  parenthesised word such as ``(ret.)`` - end a sentence only when the next word is a
  typical sentence starter (``The``, ``He``, ``It``, ``But`` ...): "moved to the U.S. The
  move" splits, "J.P. Morgan" and "U.S. President" do not.
* A stop followed by a closing quote ends the sentence before a capital ('Block H."
  Labour'), and even before a lower-case word if that opens a new quotation.
* After ``?``, ``!`` or an ellipsis and a closing quote, a name plus a speech verb is
  the quotation's attribution, not a new sentence: '"Why not?" Tony Blair asked.'
* A number of up to three digits opening a sentence is a list marker ("1. Stir well").
* Otherwise a stop followed by a capital, a digit, an opening quote or bracket, or any
  other non-lower-case character ends the sentence.

Closing quotes and brackets after the stop stay with the sentence they close. Newlines
inside a range are ordinary whitespace.

Chinese and Japanese full stops (``。！？`` and their closing brackets ``」』）``) end a
sentence whatever follows, with or without a space: those scripts have no spaces and no
case to look at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.analyse.english import (
    ABBREVIATIONS,
    MONTH_ABBREVIATIONS,
    NUMBER_ABBREVIATIONS,
    SENTENCE_STARTERS,
    TITLE_ABBREVIATIONS,
)
from briefing.model import Paragraph, Sentence

_OPENERS = "([{\"'“‘«"
_OPEN_QUOTES = "\"'“‘«"
_CLOSE_QUOTES = frozenset("\"'”’»")

# A whole terminator run, any closing quotes/brackets (group 1), then whitespace or the
# end of the range, in the text with every terminator written as "." (:func:`_dotted`):
# a pattern opening with one literal character is scanned for far faster than one opening
# with a character set. The lookbehind (the run starts here) and possessive quantifiers
# keep long runs ("......") linear.
_CANDIDATE = re.compile(r"(\.(?<!\.\.)\.*+[)\]}\"'”’»]*+)(?:\s+|\Z)")
_NON_SPACE = re.compile(r"\S")
# A CJK stop run and its closing quotes/brackets, not at the end of the range.
_CJK_STOP = re.compile(r"[。！？]+[」』）)\]\"”’]*\s*")
# After any opening quotes or brackets: the first character (group 1) and the word of
# letters it starts (group 2, perhaps empty).
_NEXT = re.compile(f"[{re.escape(_OPENERS)}]*+(?=(.))([^\\W\\d_]*+)", re.DOTALL)
# Letters joined by dots: "U.S", "J.P", "a.m", "Ph.D" (the final stop is not part of it).
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")

_TITLES = TITLE_ABBREVIATIONS
_NUMBER_ABBREVS = NUMBER_ABBREVIATIONS
# Months are abbreviations proper: "Jan. The" splits, "Jan. Smith" does not.
_MONTHS = frozenset(MONTH_ABBREVIATIONS)
_ABBREVS = ABBREVIATIONS
# A name (capitalised words) and a speech verb, perhaps after one adverb: "Hailey later said".
_ATTRIBUTION = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:[a-z]+ly\s+|later\s+|then\s+|also\s+)?"
    r"(?:said|says|asked|asks|added|adds|told|tells|recalled|recalls|explained|explains|"
    r"insisted|insists|replied|replies|wrote|writes|declared|declares|argued|argues|"
    r"warned|warns|noted|notes|claimed|claims|admitted|admits|continued|joked|jokes|"
    r"stated|states|shouted|shouts|cried|laughed|remarked|quipped|added|conceded)\b"
)
_STARTERS = SENTENCE_STARTERS
# Abbreviations of legal citations: no sentence ends before a digit or "No."
# ("FTC Dkt. No. 9302", "965 F.2d 597 (8th Cir. 1992)", "Dkt. 12", "Ex. 3").
_LEGAL = frozenset("Dkt Dkts Cir Supp App Dist Ct Civ Crim Rptr Mot Doc Ex Exh".split())
_CASE_WORDS = frozenset(("No", "Nos"))
_BEFORE_NUMBERS = _NUMBER_ABBREVS | _LEGAL  # One lookup for both.
# A case number that starts with letters: "No. C 03-4121", "No. CV 12-345".
_CASE_NUMBER = re.compile(r"[A-Z]{1,3}[- ]?[A-Z]{0,2}\d")


def _case_number(text: str, after: int, word: str, end: int) -> bool:
    """True when a short capitalised code and a figure follow ``after``: a case number."""
    return len(word) <= 3 and word.isupper() and _CASE_NUMBER.match(text, after, end) is not None


def _word_before(text: str, lo: int, stop: int) -> str:
    """Return the whitespace-delimited token ending at ``stop`` (at most 40 characters)."""
    parts = text[max(lo, stop - 40) : stop].rsplit(None, 1)
    return parts[-1] if parts else ""


def _is_boundary(text: str, lo: int, m: re.Match[str], end: int) -> bool:
    """Decide whether candidate ``m`` (not at the end of the range) ends a sentence.

    ``m`` was found in the dotted text (its offsets and quotes are ``text``'s).
    """
    after = m.end()
    upcoming = _NEXT.match(text, after, end)
    if upcoming is None:
        return False
    first, word = upcoming.groups()
    stop = m.start()
    closed = not _CLOSE_QUOTES.isdisjoint(m[1])
    if first.islower():
        # A quotation closed after its stop and a new one opens: '... to him." "think ...'
        return closed and text[after] in _OPEN_QUOTES
    if text[stop] != "." or text.startswith("..", stop):
        # "?", "!", an ellipsis: a non-lower-case word starts a sentence, unless a quotation
        # closed and the next words attribute it: '"Why?" Tony Blair asked.'
        return not (closed and word not in _STARTERS and _ATTRIBUTION.match(text, after, end))
    if stop - lo <= 3 and text[lo:stop].isdigit():
        return False  # A list number opening the sentence: "1. Combine the flour ..."
    token = _word_before(text, lo, stop)
    core = token.lstrip(_OPENERS)
    if not core:
        return True
    if core in _TITLES:
        return False
    if closed:
        return True  # A quotation closed after the stop: 'Cell Block H." Labour said'
    if core in _BEFORE_NUMBERS:
        if first.isdigit() or _case_number(text, after, word, end):
            return False
        if core in _LEGAL:
            return word not in _CASE_WORDS
        if core not in _MONTHS:
            return True
        return word in _STARTERS
    if (
        core in _ABBREVS
        or ("." in core and _DOTTED.fullmatch(core))
        or (len(core) == 1 and core.isalpha())
        or (token[:1] == "(" and ")" in text[stop : m.end()] and core.isalpha())
    ):
        return word in _STARTERS
    return True


def _dotted(text: str) -> str:
    """``text`` with every terminator ("?", "!", "…") written as ".", offsets unchanged."""
    return text.replace("?", ".").replace("!", ".").replace("…", ".")


def sentence_spans(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    cjk: bool = True,
    dotted: str | None = None,
) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences.

    Args:
        text: The full text the offsets index.
        start: First character of the range.
        end: End of the range (exclusive); ``None`` means ``len(text)``.
        cjk: False when the caller knows the text holds no CJK stop (skips the check).
        dotted: ``_dotted(text)`` if the caller has it (one per text, not per range).

    Returns:
        ``[start, end)`` spans of sentences, in order, with whitespace trimmed off both
        ends. A range holding any non-space character yields at least one span.
    """
    if end is None or end > len(text):
        end = len(text)
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return []
    seg = first.start()
    spans: list[tuple[int, int]] = []
    if dotted is None:
        dotted = _dotted(text)
    for m in _CANDIDATE.finditer(dotted, seg, end):
        after = m.end()
        if after >= end:
            break
        if _is_boundary(text, seg, m, end):
            spans.append((seg, m.end(1)))
            seg = after
    tail = text[seg:end].rstrip()
    if tail:
        spans.append((seg, seg + len(tail)))
    if cjk and _CJK_STOP.search(text, start, end):
        return [piece for a, b in spans for piece in _cjk_spans(text, a, b)]
    return spans


def _cjk_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` after every CJK stop run (``。！？``).

    A quotation closed after its stop and followed by kana goes on: 「はい。」と彼は言った。
    """
    out = []
    seg = start
    for m in _CJK_STOP.finditer(text, start, end):
        if m.end() >= end:
            break
        if m.group().rstrip()[-1] in "」』" and "\u3040" <= text[m.end()] <= "\u309f":
            continue
        stop_end = m.start() + len(m.group().rstrip())
        out.append((seg, stop_end))
        seg = m.end()
    out.append((seg, end))
    return out


def split_sentences(text: str, paragraphs: Sequence[Paragraph]) -> tuple[Sentence, ...]:
    """Split every paragraph into sentences.

    Args:
        text: The article text the paragraphs index.
        paragraphs: Paragraph spans, in order.

    Returns:
        The sentences of all paragraphs, in order, each with its paragraph index.
    """
    cjk = not text.isascii() and any(stop in text for stop in "。！？")
    dotted = _dotted(text)
    return tuple(
        Sentence(s, e, index)
        for index, para in enumerate(paragraphs)
        for s, e in sentence_spans(text, para.start, para.end, cjk=cjk, dotted=dotted)
    )
