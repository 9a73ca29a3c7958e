"""Who said what: statements found with patterns over sentences and quotations.

No parser. One regex finds reporting cues (said, told, according to, believes…) and
quotations are paired per paragraph; each sentence (merged with its neighbours when a
quotation spans them) is read with a few patterns:

* ``"…," X said`` / ``"…," said X`` / ``X said: "…"`` / ``"…," X said, "…"`` (two parts);
* ``X said (that) …`` / ``X, who …, said …`` / ``X said in a statement …``;
* ``…, X said.`` at the end and ``according to X, …`` / ``…, according to X``;
* a fully quoted sentence or paragraph after a quotation continues it (same speaker)
  until another cue appears;
* ``the poll shows …``, ``X is expected to …`` and ``Asked about X, …``
  (:mod:`briefing.analyse.statements_unsourced`), title-case headlines ``X Says …``.

Speakers come from the words next to the cue and link to actors through their mentions
(:mod:`briefing.analyse.statements_speakers`). Content spans follow PolNeAR's
conventions: a quotation includes its marks, reported speech includes "that" and
drops the final full stop.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter

from briefing.analyse.attribution_words import (
    DETERMINERS,
    EVIDENCE_BARE,
    PREPOSITIONS,
    STRONG,
)
from briefing.analyse.quote_style import quote_view
from briefing.analyse.statements_as import _AS_LEAD, _AsSaid, dated_only
from briefing.analyse.statements_cues import _all_cues, _Cue, _cues, cue_bounds
from briefing.analyse.statements_forms import _CHECKED_LEMMAS, _NEEDS_QUOTE, _NEEDS_THAT
from briefing.analyse.statements_nominal import add_nominal
from briefing.analyse.statements_quotes import adjunct, parenthetical_rest, resumed
from briefing.analyse.statements_reading import (
    _before_role,
    _common_before,
    _evidence_subject,
    _lead_start,
    _named_as,
    _no_speech_object,
    _passive_by,
    _plain,
    _seen_as,
    _shown,
    _unquoted,
)
from briefing.analyse.statements_speaker_of import _Found, _SpeakerOf
from briefing.analyse.statements_speakers import Speakers
from briefing.analyse.statements_text import (
    _clause_end,
    _contents,
    _has_quote,
    _trivial,
    _Unit,
    _units,
    joins_next,
    marked_sentences,
    quotations,
)
from briefing.analyse.statements_unsourced import _Unsourced
from briefing.model import Actor, Paragraph, Sentence, Span, Statement

_START_END = attrgetter("start", "end")
_APPOSITION = re.compile(r",\s+(?:who|a|an|the|whose)\b")
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|of|for|whose)|['’]s)\s+$",
    re.I,
)
# Before an -ing form: a determiner makes it a noun ("in a posting to authors", "the
# meeting"), a superlative an adjective ("best supporting actor"); "of"/"for" do not
# ("accused of saying that …").
_SUPERLATIVES = frozenset(("best", "worst"))
_DETERMINER_BEFORE = re.compile(
    rf"(?:\b(?:{'|'.join(sorted(DETERMINERS | _SUPERLATIVES))})|['’]s)\s+$", re.I
)
_PASSIVE_WORDS = "to be been being was were is are".split()
_PASSIVE = re.compile(rf"\b(?:{'|'.join(_PASSIVE_WORDS)})\s*$")
# The last two letters of the words, tested before _PASSIVE (a match ends in one of them).
_PASSIVE_ENDS = frozenset(w[-2:] for w in _PASSIVE_WORDS)
_WORD_CHAR = re.compile(r"\w")
_PARA_END = ("\n", "")
_IN_AFTER = frozenset(" \n\"“'‘(")  # what may precede a sentence's first word
_START = attrgetter("start")
_POLL_STEMS = ("poll", "urvey", "census", "tall")  # IN_EVIDENCE's words hold one (tested)
_TANK = re.compile(r"[\s-]tanks?\b")
_THAT_SOON = re.compile(
    r"\s*(?!(?:the|a|an|his|her|their|its|this|these|those)\b)(?:[\w’'.-]+\s+){1,4}?(that\b)"
)
# "said in a letter to members, donors and staff that …": a phrase led by a preposition,
# which may list names, before the "that".
_THAT_AFTER_PHRASE = re.compile(
    rf"\s*(?:{'|'.join(sorted(PREPOSITIONS))})\s+(?:[\w’'.-]+,?\s+){{1,12}}?(that\b)"
)
_THAT = re.compile(r"\s*that\b")
_RECIPIENT_CUES = frozenset("tell ask inform advise urge warn".split())


class _Reader(_SpeakerOf, _Unsourced, _AsSaid):
    """Statement finding over one article."""

    def unit(self, unit: _Unit, cues: list[_Cue]) -> bool:
        """Find the statements of a unit; True if any."""
        lo = unit.start
        found = False
        prev: Statement | None = None
        for i, cue in enumerate(cues):
            if cue.start < lo:
                continue
            made = self.statement(unit, cue, lo, prev, cues, i + 1)
            if made is not None:
                self.out.append(made)
                prev = made
                found = True
                lo = made.end if made.end > cue.end else cue.end
        return found

    def statement(
        self,
        unit: _Unit,
        cue: _Cue,
        lo: int,
        prev: Statement | None,
        cues: Sequence[_Cue] = (),
        later: int = 0,
    ) -> Statement | None:
        """The statement ``cue`` makes in ``unit`` (its words from ``lo`` on), or None;
        ``prev`` is the unit's statement before it, ``cues[later:]`` the unit's cues after it."""
        text = self.text
        read = cue.read
        if read.special:  # lemmas with tests of their own, capitalised forms, "asked", "think"
            lemma = cue.lemma
            form = cue.form
            if lemma in _CHECKED_LEMMAS:
                if lemma == "according to":
                    return self.according(unit, cue, lo, prev)
                if lemma in _NEEDS_QUOTE and not unit.quotes:
                    if not _named_as(text, cue.end, unit.end):
                        return None
                if lemma in _NEEDS_THAT:
                    if form == lemma and lemma in EVIDENCE_BARE:  # bare "show", "find"
                        if not _shown(text, lo, cue):
                            return None  # "polls show", "studies find"; not "the show"
                    elif text.find("that", cue.end, unit.end) < 0 and not _shown(text, lo, cue):
                        if lemma != "see" or not _seen_as(text, cue.end, unit.end):
                            return None
            if form[0].isupper():
                if form == "Asked":
                    return self.asked(unit, cue)
                if cue.start > unit.start and text[cue.start - 1] == " ":
                    return self.headline(unit, cue)  # "Smith Says …" inside a title-case line
                return self.said_first(unit, cue)
            if form == "asked" and text[cue.start - 5 : cue.start].lower() == "when ":
                return self.asked(unit, cue)  # "… when asked about …"
            if form == "think" and _TANK.match(text, cue.end):
                return None  # "a liberal think tank": a noun
        if text[cue.start - 1] == "-":
            return None  # a compound: "larger-than-expected", "much-criticised"
        bounds = cue_bounds(text, lo, cue, unit.end)
        cue_start = bounds[0]
        low = cue_start - 8 if cue_start - 8 > lo else lo
        if text[low:cue_start].rstrip()[-2:] in _PASSIVE_ENDS and _PASSIVE.search(
            text, low, cue_start
        ):
            # infinitive or passive: only "X is expected to …" is a statement
            return self.expected(unit, cue, lo) if read.expected else None
        if cue_start == cue.start:
            if read.plural:
                if _NOUN_BEFORE.search(text, max(lo, cue_start - 12), cue_start):
                    return None  # a plural noun: "his plans", "the states"
            elif read.gerund:
                if _DETERMINER_BEFORE.search(text, low, cue_start):
                    return None  # a noun: "in a posting", "the warning"
        if read.weak_plural and _common_before(text, lo, cue):
            return None  # "swing states", "took questions": a noun after a common word
        if read.object_checked and _no_speech_object(text, cue):
            return None  # "charged with fraud", "threatened a try"
        # _passive_by's own first tests, then the call
        if read.participle and text.startswith(" by", cue.end) and _passive_by(text, cue):
            return None  # "the changes proposed by X": a passive
        found = self._speaker(unit, cue, lo, bounds, prev)
        if cue.lemma in EVIDENCE_BARE:
            found = self._evidence(cue, lo, bounds, found)
        if found is None:
            return None
        span = found[1]
        if span is not None:
            if span.end - span.start == 3 and text[span.start : span.end] in _YOU:
                return None  # "You describe what you want": the generic reader, no speaker
            if text[span.start - 3 : span.start] in _IF_BEFORE:  # _conditional's first test
                if _conditional(text, span, found[2]):
                    return None
        return self._said(unit, cue, bounds, found, cues, later)

    def _evidence(
        self, cue: _Cue, lo: int, bounds: tuple[int, int], found: _Found | None
    ) -> _Found | None:
        """The speaker of "shows"/"finds" widened to its whole evidence subject ("A poll
        from the college released Monday found"), or ``found`` as it was."""
        if cue.read.gerund:
            return found  # "photos showing …": the noun before is an object as often
        start = _evidence_subject(self.text, lo, cue.start)
        span = None if found is None else found[1]
        if start < 0 or (span is not None and (span.start <= start or span.end > cue.start)):
            return found
        if span is not None and _evidence_subject(self.text, span.start, cue.start) >= 0:
            if not self.text[start : span.start].endswith("of "):
                return found  # the words found hold their evidence noun: "ICM survey"
        end = bounds[0] if span is None else span.end
        while end > start and self.text[end - 1] in " ,":
            end -= 1
        wide = Span(start, end)
        return self.speakers.resolve(wide, wide.text_of(self.text).split()), wide, False, lo

    def _said(
        self,
        unit: _Unit,
        cue: _Cue,
        bounds: tuple[int, int],
        found: _Found,
        cues: Sequence[_Cue],
        later: int,
    ) -> Statement | None:
        """The statement of a cue spanning ``bounds`` whose speaker is ``found``: its words
        before the speaker or after the cue, up to the clause's end (``cues[later:]``: the
        unit's cues after it)."""
        text = self.text
        quotes = unit.quotes
        cue_start, cue_end = bounds
        speaker, speaker_span, inverted, lo = found
        after = speaker_span.end if inverted and speaker_span is not None else cue_end
        if not inverted and text[after : after + 1] == ":":
            cue_end = after = after + 1
        clause = _clause_end(text, after, unit.end, quotes)
        if later < len(cues) and cues[later].start < clause:
            clause = self._next_clause(unit, cue, after, clause, cues[later:])
        named_before = speaker_span is not None and not inverted
        left_end = speaker_span.start if named_before and speaker_span is not None else cue_start
        left_start = lo
        if lo == unit.start and left_end > lo:  # not "WASHINGTON (CNN) -- " or "1. "
            left_start += _lead_start(text, lo, left_end)
        if named_before and left_end > left_start:  # none before an empty stretch
            left_end = _before_role(text, left_start, left_end)
        lemma = cue.lemma
        if inverted:
            if not _has_quote(text, after, clause) or _APPOSITION.match(text, after, clause):
                clause = after  # "…," said X, a spokesman for Y, …
            after_words = self._skip_listener(after, clause) if clause > after else after
        elif lemma in _RECIPIENT_CUES:
            after_words = self._skip_listener(after, clause)
        else:
            after_words = after
        contents: list[Span] = []
        kind = "indirect"
        has_left = left_end > left_start and _WORD_CHAR.search(text, left_start, left_end)
        if has_left and dated_only(text[left_start:left_end]):
            has_left = False  # "Yesterday at 15:02, Ana Lee wrote:": when, not what
        if has_left and _AS_LEAD.fullmatch(text, left_start, left_end):
            # "As Ana Lee explained, the port …": what follows the comma is said
            made = self._as_said(unit, cue, (cue_start, cue_end), found, after)
            if made is not None:
                return made
        left_quote = False
        left: tuple[list[Span], str] = ([], "indirect")
        if has_left and quotes:  # without quotations the words left are read when taken
            left = _contents(text, left_start, left_end, quotes)
            left_quote = left[1] == "direct"
        # Reported words before the speaker ("…, X said.") only with verbs of saying (or
        # of evidence showing).
        left_ok = has_left and (
            left_quote
            or lemma in STRONG
            or _has_quote(text, left_start, left_end)
            or _shown(text, lo, cue)  # "…, records show."
        )
        rest = None  # "The plan, he said, would fail": the words on both sides
        if (
            has_left
            and not inverted
            and lemma not in _NEEDS_THAT
            and lemma not in _NEEDS_QUOTE
            and not _has_quote(text, left_start, left_end)
        ):
            rest = parenthetical_rest(text, left_end, cue_end, clause)
        if rest is not None:
            kind = "mixed" if _has_quote(text, rest.start, rest.end) else "indirect"
            contents = [*_unquoted(text, left_start, left_end)[0], rest]
        elif left_ok and (
            after_words >= clause  # nothing after the cue: what _trivial finds there
            or _trivial(text, after_words, clause)
            or (
                left_quote
                and (_plain(text, after_words, clause) or adjunct(text, after_words, clause))
            )
        ):
            if not quotes:  # _unquoted finds no quotation: left_quote is False
                left = _unquoted(text, left_start, left_end)
            contents, kind = list(left[0]), left[1]
            if kind == "mixed":  # "… his former wife: “…,” he told": the quotation alone
                contents, kind = self._introduced_quote(unit, left_start, left_end, contents)
            if kind == "direct":  # a quotation resumed after the cue: only after one
                right = (
                    self._second_part(unit, clause)
                    or self._second_part(unit, after)
                    or resumed(text, unit, after)
                )
                if right is not None:
                    contents.append(right)
        else:
            start = after
            if lemma in _RECIPIENT_CUES:
                start = self._skip_recipient(after, clause)
            if text.find("that", start, clause) >= 0:
                that = _THAT_SOON.match(text, start, clause) or _THAT_AFTER_PHRASE.match(
                    text, start, clause
                )
                if that is not None:  # "said last week that …": the content starts at "that"
                    start = that.start(1)
            if lemma in _NEEDS_THAT and not _THAT.match(text, start, clause):
                if not _shown(text, lo, cue) and not (
                    lemma == "see" and _seen_as(text, start, clause)
                ):
                    return None
            if lemma in _NEEDS_QUOTE and not _has_quote(text, start, clause):
                if not _named_as(text, start, clause):
                    return None
            if (
                clause == unit.end
                and text[clause : clause + 1] in _PARA_END
                and self._leads_into_next(start, clause)
            ):
                # "He told the crowd, to applause:" ending the paragraph: the quote below
                self.pending = (speaker, speaker_span, Span(cue_start, cue_end), cue.state)
                return None
            contents, kind = (
                _contents(text, start, clause, quotes) if quotes else _unquoted(text, start, clause)
            )
            if kind == "mixed":
                contents, kind = self._quote_then_aside(unit, start, clause, contents)
            if kind == "direct" and left_quote:  # "…," he said, "…"
                contents = left[0] + contents
        if not contents:
            if text[cue_end - 1] == ":" and not text[cue_end : unit.end].strip():
                self.pending = (speaker, speaker_span, Span(cue_start, cue_end), cue.state)
            return None
        return self.make(speaker, speaker_span, Span(cue_start, cue_end), contents, kind, cue.state)


_IF_BEFORE = frozenset(("if ", "If "))  # "if you want to …"
# "you" outside a quotation is the reader or anyone ("You might think that …"): no speaker.
_YOU = frozenset(("you", "You", "YOU"))


def _conditional(text: str, span: Span | None, inverted: bool) -> bool:
    """True for a speaker named right after "if" ("If you want to go deeper, …", "asked
    if he would say"): a condition or a question, not a statement."""
    if span is None or inverted or text[span.start - 3 : span.start] not in _IF_BEFORE:
        return False
    before = text[max(0, span.start - 8) : span.start].split()
    return bool(before) and before[-1].lower() == "if"


def find_statements(
    text: str,
    paragraphs: Sequence[Paragraph],
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
    view: str | None = None,
) -> tuple[Statement, ...]:
    """Every statement of an article, in text order.

    An article quoting in single marks is read through its double-mark ``view``
    (:func:`briefing.analyse.quote_style.quote_view`, worked out here if not given),
    whose offsets are the article's."""
    if not text or not sentences:
        return ()
    if view is None:
        view = quote_view(text, paragraphs)
    if view is not text:
        found = _find(view, paragraphs, sentences, actors)
        return tuple(replace(s, cue_text=s.cue.text_of(text)) for s in found)
    return _find(text, paragraphs, sentences, actors)


def _find(
    text: str,
    paragraphs: Sequence[Paragraph],
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
) -> tuple[Statement, ...]:
    """:func:`find_statements` over ``text`` (the article's, or its view)."""
    quotes = quotations(text, paragraphs)
    reader = _Reader(text, Speakers(text, actors, quotes))
    chain = False  # the last unit ended a quotation or a cue with ":"
    found = _all_cues(text, quotes)
    every = _cues(found)  # once for the article; each unit takes its slice
    starts = [c.start for c in every]
    k = 0
    units = _units(sentences, quotes, marked_sentences(text, sentences, quotes, starts))
    n_units = len(units)
    after = -1  # the last sentence of the unit before
    for i, unit in enumerate(units):
        start = unit.start
        if unit.first > after + 1 and sentences[unit.first - 1].start >= reader.skip:
            chain = False  # sentences left out: no cue, no quotation, no colon
            reader.pending = None
        after = unit.last
        if start < reader.skip:
            continue
        if (
            unit.quotes
            and i + 1 < n_units
            and units[i + 1].first == unit.last + 1
            and joins_next(text, unit, units[i + 1], found)
        ):
            unit.end = reader.skip = units[i + 1].end  # "“…?” Ana Ruiz asked."
        end = unit.end
        k = bisect_left(starts, start, k)
        m = bisect_left(starts, end, k)
        if (not start or text[start - 1] == "\n") and reader.colon_lead(unit):
            chain = False
            continue
        if m == k and not unit.quotes:  # no cue, no quotation: what the branches below do
            chain = False
            if reader.pending is not None:
                reader.pending = None  # reader.introduced: only a quoted unit takes it
            elif text[end : end + 1] in _PARA_END:  # colon_end's first test
                reader.colon_end(unit)
            continue
        cues = every[k:m]
        if reader.pending is not None and not cues:
            chain = reader.introduced(unit)
            continue
        reader.pending = None
        if cues and reader.unit(unit, cues):
            chain = True
        elif unit.quotes and not cues and reader.dashed(unit):
            chain = False  # each signed quotation has its own speaker
        elif chain and unit.quotes and not cues:
            chain = reader.continue_quote(unit)
        elif unit.quotes:
            chain = reader.loose(unit)
        else:
            chain = False
            reader.colon_end(unit)
    _in_evidence(reader, sentences, starts)
    add_nominal(reader, sentences, quotes)
    return tuple(sorted(reader.out, key=_START_END))


def _may_cite_poll(text: str, at: int) -> bool:
    """The cheap test before reading ``In …, `` at ``at``: a poll word soon after it."""
    head = text[at + 3 : at + 130]
    return any(word in head for word in _POLL_STEMS)


def _in_evidence(reader: _Reader, sentences: Sequence[Sentence], cue_starts: list[int]) -> None:
    """Add ``In a poll released Monday, Smith led …`` for each sentence opening so that
    holds no cue and no statement (``cue_starts``: every cue's start, sorted)."""
    text = reader.text
    at = text.find("In ")  # a few per article: cheaper than a test per sentence
    while at >= 0:
        if (not at or text[at - 1] in _IN_AFTER) and _may_cite_poll(text, at):
            i = bisect_right(sentences, at, key=_START) - 1
            if i >= 0 and sentences[i].start == at:
                end = sentences[i].end
                k = bisect_left(cue_starts, at)
                if (k == len(cue_starts) or cue_starts[k] >= end) and not any(
                    o.start < end and at < o.end for o in reader.out
                ):
                    made = reader.in_evidence(at, end)
                    if made is not None:
                        reader.out.append(made)
        at = text.find("In ", at + 3)
