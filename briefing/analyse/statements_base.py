"""Statement patterns that need no cue word in the sentence: quotes signed ``― Name``,
paragraphs led by ``Name:``, quotes continued from a previous one, loosely attributed
quotes, and ``according to X``; plus building the :class:`Statement`. Noun cues after a
possessive are in :mod:`briefing.analyse.statements_nominal`."""

from __future__ import annotations

import re
from itertools import islice

from briefing.analyse.statements_cues import _Cue, ends_in
from briefing.analyse.statements_phrases import _phrase, _speaker_left, _tokens
from briefing.analyse.statements_quotes import adjunct, colon_lead, dash_speaker, signature_end
from briefing.analyse.statements_reading import _lead_start
from briefing.analyse.statements_speakers import Speakers
from briefing.analyse.statements_text import (
    _OPEN,
    _clause_end,
    _contents,
    _title,
    _trim,
    _trivial,
    _Unit,
)
from briefing.model import Span, Statement

_LOOSE_AFTER = re.compile(
    r"\s+((?:(?:an?|the)\s+(?:[a-z]+\s+)?)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|he|she|they"
    r"|(?:the|an?|one|another|his|her|their|its)\s+(?:[\w-]+\s+){0,5}[a-z][\w-]*|it|one)"
    r"\s+([a-z]{3,}(?:ed|s)|read)\b"
)
# ``"…," read one sign.`` / ``"…," reads an editorial in X.``: the verb before its subject.
_READ_BEFORE = re.compile(
    r"\s+(reads?)\s+((?:the|an?|one|another)\b(?:\s+[\w’'.-]+){0,8}?)\s*(?=[.,;]?\s*$)"
)
_LOOSE_COLON = re.compile(r"\b([a-z]{3,}(?:ed|s)):\s*")
_LOOSE_COMMA = re.compile(r"\b([a-z]{3,}ed),\s*$")
_PUT_IT = re.compile(r"\b[Aa]s\s[^“”\"]{2,120}?\s((?:once\s+|memorably\s+)?put\s+it)\s*[,:]\s*$")
_LOOSE_END = re.compile(r"\b([a-z]{3,}(?:ed|s)):\s*$")
_WORD_CHAR = re.compile(r"\w")
_SPEAKER_WORDS = 6
_TIME_ASIDE = re.compile(
    r"\s+(?:(?:on|last|this|early|late|earlier|later|in)\s+)?(?:[A-Z][a-z]+|morning|night|"
    r"week|month|year|afternoon|evening)\s*,\s*"
)
_OPEN_END = re.compile(r"[,?!](?:[”\"]|'')$")
_SENTENCE_END = re.compile(r"[.!?][”\"'’]*\s+[“\"']?[A-Z]")
_LABEL_SENTENCES = 3  # sentences a "Label: …" with no actor behind it may hold


class _Base:
    """The article, its speakers and the statements found so far."""

    def __init__(self, text: str, speakers: Speakers) -> None:
        self.text = text
        self.speakers = speakers
        self.out: list[Statement] = []
        self.pending: tuple[str | None, Span | None, Span, bool] | None = None
        self.skip = 0  # units before this offset are read already

    def introduced(self, unit: _Unit) -> bool:
        """A fully quoted unit after ``He said:`` ending the previous paragraph."""
        pending, self.pending = self.pending, None
        if pending is None or not self._quoted(unit):
            return False
        a, b = unit.quotes[0]
        self.out.append(
            self.make(pending[0], pending[1], pending[2], [Span(a, b)], "direct", pending[3])
        )
        return True

    def colon_lead(self, unit: _Unit) -> bool:
        """A paragraph opening ``Name: …`` (headlines, transcripts); True if found."""
        found = colon_lead(self.text, unit.start)
        if found is None:
            return False
        speaker_span, colon = found
        end = self.text.find("\n", colon.end)
        end = len(self.text) if end < 0 else end
        contents, kind = _contents(self.text, colon.end, end, unit.quotes)
        if not contents or len(contents[0].text_of(self.text).split()) < 2:
            return False
        words = speaker_span.text_of(self.text).split()
        speaker = self.speakers.resolve(speaker_span, words)
        if speaker is None and _long(self.text, colon.end, end):
            return False  # "Wanted: Police in …" over a whole story: a caption's label
        if _listing(contents[0].text_of(self.text)):
            return False  # "Lunch: 1 Green, 1 Red", "Smith: 3 goals, 2 assists": no speech
        self.out.append(self.make(speaker, speaker_span, colon, contents, kind, False))
        self.skip = end
        return True

    def dashed(self, unit: _Unit) -> bool:
        """A quotation opening the unit and signed ``― Name``; True if found."""
        a, b = unit.quotes[0]
        found = dash_speaker(self.text, b) if a <= unit.start + 1 else None
        if found is None:
            return False
        dash, name = found
        speaker = self.speakers.resolve(name, name.text_of(self.text).split())
        self.out.append(self.make(speaker, name, dash, [Span(a, b)], "direct", False))
        if "\n" in self.text[b : dash.start]:
            self.skip = signature_end(self.text, dash)  # the signature line is read
        return True

    def _quoted(self, unit: _Unit) -> bool:
        if len(unit.quotes) != 1:
            return False
        a, b = unit.quotes[0]
        return a <= unit.start + 1 and b >= unit.end - 1

    def loose(self, unit: _Unit) -> bool:
        """A quotation attributed with a verb not in the cue lists: ``"…," Smith
        retaliated.`` or ``Smith boomed: "…"``; True if found."""
        text = self.text
        a, b = unit.quotes[0]
        m = _LOOSE_AFTER.match(text, b, unit.end)
        if (
            m is not None
            and a <= unit.start + 1
            and (_trivial(text, m.end(), unit.end) or adjunct(text, m.end(), unit.end))
        ):
            span = Span(*m.span(1))
            speaker = self.speakers.resolve(span, span.text_of(text).split())
            parts = [Span(a, b)]
            right = self._second_part(unit, m.end())
            if right is not None:
                parts.append(right)
            made = self.make(speaker, span, Span(*m.span(2)), parts, "direct", False)
            self.out.append(made)
            return True
        m = _READ_BEFORE.match(text, b, unit.end)
        if m is not None and a <= unit.start + 1 and _OPEN_END.search(text, a, b):
            span = Span(m.start(2), m.end(2) - (text[m.end(2) - 1] == "."))
            speaker = self.speakers.resolve(span, span.text_of(text).split())
            cue = Span(*m.span(1))
            self.out.append(self.make(speaker, span, cue, [Span(a, b)], "direct", False))
            return True
        m = None
        if text.find(":", unit.start, a + 1) >= 0:  # _LOOSE_COLON needs one
            m = _LOOSE_COLON.search(text, unit.start, a + 1)
        cue_end = m.end(1) + 1 if m is not None else 0
        if m is None or m.end() != a:
            m = None
            if b >= unit.end - 1:  # ``Smith cracked, "…"`` / ``as Smith put it, "…"``
                low = max(unit.start, a - 150)
                m = _PUT_IT.search(text, low, a) or _LOOSE_COMMA.search(text, max(low, a - 30), a)
            if m is None:
                return False
            cue_end = m.end(1)
        lo = m.start() + 3 if m.re is _PUT_IT else unit.start
        found = _speaker_left(text, lo, m.start(1), self.speakers)
        if found is None:
            return False
        speaker = self.speakers.resolve(found[0], found[1])
        cue = Span(m.start(1), cue_end)
        self.out.append(self.make(speaker, found[0], cue, [Span(a, b)], "direct", False))
        return True

    def colon_end(self, unit: _Unit) -> None:
        """A paragraph ending ``Smith boomed:`` (a verb not in the cue lists) introduces
        the quotation of the next paragraph: kept as pending."""
        text = self.text
        low = max(unit.start, unit.end - 30)
        if text[unit.end : unit.end + 1] not in ("\n", "") or not ends_in(text, low, unit.end, ":"):
            return  # the cheap tests first: a paragraph's last unit, ending in a colon
        m = _LOOSE_END.search(text, low, unit.end)
        if m is None:
            return
        found = _speaker_left(text, unit.start, m.start(1), self.speakers)
        if found is None or not found[1][-1][:1].isalpha():
            return
        speaker = self.speakers.resolve(found[0], found[1])
        self.pending = (speaker, found[0], Span(m.start(1), m.end()), False)

    def _second_part(self, unit: _Unit, after: int) -> Span | None:
        """The quotation resuming a quote after ``"…," X said,``."""
        for a, b in unit.quotes:
            if a >= after - 2:
                gap = self.text[after:a]
                if not gap.strip(" ,") or _TIME_ASIDE.fullmatch(gap):  # "tweeted last May, "
                    mark = 2 if self.text[a : a + 2] == "''" else 1
                    if _title(self.text, a + mark, b - mark - 1):
                        return None  # 'told "Fox and Friends,"': the listener
                    return Span(a, b)
        return None

    def according(
        self, unit: _Unit, cue: _Cue, lo: int, prev: Statement | None = None
    ) -> Statement | None:
        """``according to X, …`` and ``…, according to X``; after ``"…," Y said,`` the
        report holds Y's statement (``prev``) as its content."""
        text = self.text
        clause = _clause_end(text, cue.end, unit.end, unit.quotes)
        comma = text.find(",", cue.end, clause)
        src_end = comma if comma >= 0 else clause
        trimmed = _trim(text, cue.end, src_end)
        if trimmed is None:
            return None
        src_end = trimmed.end
        toks = _tokens(text, cue.end, src_end)
        found = _phrase(text, toks, self.speakers) if toks else None
        if found is None:
            return None
        span, words = found
        span = Span(toks[0][0], span.end)
        speaker = self.speakers.resolve(span, words)
        if lo == unit.start and cue.start > lo:  # not "WASHINGTON (Reuters) — "
            lo += _lead_start(text, lo, cue.start)
        if comma >= 0 and _WORD_CHAR.search(text, comma, clause):
            if _trivial(text, lo, cue.start):
                contents, kind = _contents(text, comma + 1, clause, unit.quotes)
            else:
                contents, kind = _contents(text, lo, cue.start, unit.quotes)
        else:
            contents, kind = _contents(text, lo, cue.start, unit.quotes)
        if not contents and prev is not None and not text[prev.end : cue.start].strip(" ,"):
            contents, kind = _contents(text, prev.start, cue.start, unit.quotes, cut=False)
        if not contents:
            return None
        return self.make(speaker, span, Span(cue.start, cue.end), contents, kind, False)

    def headline(self, unit: _Unit, cue: _Cue) -> Statement | None:
        """A headline line in title case: ``Smith Says Talks Will Go On`` and ``Talks Will
        Go On, Smith Says``; the capitalised cue inside the line."""
        text = self.text
        start, end = unit.start, unit.end
        if (start and text[start - 1] != "\n") or text[end : end + 1] not in ("\n", ""):
            return None  # a line of its own
        words = text[start:end].split()
        if len(words) < 4 or sum(w[:1].isupper() for w in words) < 0.7 * len(words):
            return None  # a full stop may end it: "Talks Will Go On, Smith Says."
        comma = text.rfind(",", start, cue.start)
        lo = start if comma < 0 else comma + 1
        found = _speaker_left(text, lo, cue.start, self.speakers)
        if found is None:
            return None
        if comma >= 0 and not text[cue.end : end].strip(" .!?"):
            contents, kind = _contents(text, start, comma, unit.quotes)  # "…, Smith Says"
        else:
            contents, kind = _contents(text, cue.end, end, unit.quotes)
        if not contents or len(contents[0].text_of(text).split()) < 2:
            return None
        speaker = self.speakers.resolve(found[0], found[1])
        return self.make(speaker, found[0], Span(cue.start, cue.end), contents, kind, False)

    def said_first(self, unit: _Unit, cue: _Cue) -> Statement | None:
        """``Said Smith, who …, “…”``: a capitalised cue opening the sentence, the
        speaker after it and the quotation that ends the sentence."""
        text = self.text
        if text[unit.start : cue.start].strip(" “\"'‘") or not unit.quotes:
            return None
        a, b = unit.quotes[-1]
        if a < cue.end or b < unit.end - 1 or len(unit.quotes) > 1 and unit.quotes[0][0] > cue.end:
            return None
        toks = _tokens(text, cue.end, a)
        if not toks or not toks[0][2][:1].isupper():
            return None
        # The speaker: the capitalised words right after the cue ("Said Dorothy Poynter").
        end = 0
        while end < len(toks) and end < _SPEAKER_WORDS and toks[end][2][:1].isupper():
            end += 1
            gap_end = toks[end][0] if end < len(toks) else a
            if not text[toks[end - 1][1] : gap_end].isspace():
                break
        span = Span(toks[0][0], toks[end - 1][1])
        words = [t[2] for t in toks[:end]]
        speaker = self.speakers.resolve(span, words)
        return self.make(speaker, span, Span(cue.start, cue.end), [Span(a, b)], "direct", False)

    def make(
        self,
        speaker: str | None,
        speaker_span: Span | None,
        cue: Span,
        contents: list[Span],
        kind: str,
        state: bool,
    ) -> Statement:
        start, end = cue.start, cue.end
        for c in contents:
            if c.start < start:
                start = c.start
            if c.end > end:
                end = c.end
        if speaker_span is not None:
            if speaker_span.start < start:
                start = speaker_span.start
            if speaker_span.end > end:
                end = speaker_span.end
        if speaker is not None:
            self.speakers.last = (speaker, end)
        return Statement(
            start,
            end,
            speaker,
            speaker_span,
            cue,
            self.text[cue.start : cue.end],
            "state" if state else "speech",
            tuple(contents),
            kind,  # type: ignore[arg-type]
        )

    def continue_quote(self, unit: _Unit) -> bool:
        """Add a fully quoted unit to the last statement if that was a quotation."""
        if not self.out or not unit.quotes:
            return False
        a, b = unit.quotes[0][0], unit.quotes[-1][1]
        if b < unit.end - 1:
            return False
        text = self.text
        at = len(self.out) - 1
        if self._trailing_participle(at):  # "“…,” she said, adding that …. “…”"
            at -= 1
        last = self.out[at]
        part = Span(a, b)
        opening = text[a : a + 2]
        if len(unit.quotes) != 1 or not (opening[:1] in _OPEN or opening == "''"):
            full = False
        else:  # the quotation opens the unit (after spaces)
            full = a <= unit.start + 1 or not text[unit.start : a].strip()
        if not full:
            # ``"…," X said. Now, "…"``: a sentence ending in a quotation goes on
            if last.kind != "direct" or text.find("\n", last.end, unit.start) >= 0:
                return False
            trimmed = _trim(text, unit.start, unit.end, quoted=True)
            if trimmed is None:
                return False
            part = trimmed
        elif last.kind == "indirect" and not text[last.cue.end : last.cue.end + 1] == ":":
            if text.find("\n", last.end, unit.start) >= 0:  # ``X said …. "…"``: same paragraph
                return False
        if unit.start - last.end > 1200 and text[last.end : unit.start].strip():
            return False
        self.out[at] = Statement(
            last.start,
            max(last.end, part.end),
            speaker=last.speaker,
            speaker_span=last.speaker_span,
            cue=last.cue,
            cue_text=last.cue_text,
            cue_class=last.cue_class,
            contents=(*last.contents, part),
            kind="direct" if last.kind == "direct" and part.start == a else "mixed",
        )
        return True

    def _trailing_participle(self, at: int) -> bool:
        """True if statement ``at`` is reported in the attribution of the quotation before
        it, in the same sentence (``"…," she said, adding that …``, ``"…," said X, who
        criticised …``): a quote that follows continues the quotation."""
        if at < 1:
            return False
        last, before = self.out[at], self.out[at - 1]
        if last.kind == "direct" or before.kind != "direct" or before.end > last.start:
            return False
        gap = self.text[before.end : last.start + 1]
        return "\n" not in gap and _SENTENCE_END.search(gap) is None


def _listing(words: str) -> bool:
    """True for a list of counted items ("1 Green, 1 Red, 1 tsp.") or of names, (most)
    each with a bracket ("Ana Berg (Leeds), Tom Lind (York)": a squad): no speech."""
    if words[:1].isdigit():
        items = words.split(",")
        return len(items) > 1 and all(len(i.split()) <= 3 for i in items)
    if "(" not in words:
        return False
    items = _BRACKETED.sub("()", words).split(",")
    named = sum(1 for i in items if _NAMED_ITEM.fullmatch(i.strip()))
    return len(items) > 1 and named * 4 >= len(items) * 3  # three in four: one may run on


_BRACKETED = re.compile(r"\([^()]*\)")
# "Ana Berg ()": a name with its bracket emptied, as _listing reads the items.
_NAMED_ITEM = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*\(\)")


def _long(text: str, start: int, end: int) -> bool:
    """True if ``text[start:end]`` holds more than ``_LABEL_SENTENCES`` sentences."""
    ends = _SENTENCE_END.finditer(text, start, end)
    return next(islice(ends, _LABEL_SENTENCES - 1, None), None) is not None
